"""Config Connector networking references whose field name does not say the kind they name.

`references.py` resolves `*Ref` fields by a table of field names; two networking fields fall outside it: a
ComputeRouterNAT's `routerRef` (a ComputeRouter) and a ServiceNetworkingConnection's `reservedPeeringRanges` (a list
of ComputeAddress references, KCC servicenetworkingconnections CRD v1.155.1). Each `name` must be an object of that
kind in the same target and namespace (or the namespace the reference names), or declared `external`; an
`external:` value is the resource's own name in Google Cloud and is not checked here.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from mlmanifests.checks.findings import Finding, error, join_path
from mlmanifests.checks.manifest_set import ManifestSet
from mlmanifests.manifests import Manifest, ObjectId

COMPUTE = "compute.cnrm.cloud.google.com"
# (group, kind) of the referring object -> (spec field, is a list, referred kind)
NETWORK_REFERENCES: dict[tuple[str, str], tuple[str, bool, str]] = {
    (COMPUTE, "ComputeRouterNAT"): ("routerRef", False, "ComputeRouter"),
    ("servicenetworking.cnrm.cloud.google.com", "ServiceNetworkingConnection"): ("reservedPeeringRanges", True, "ComputeAddress"),
}


def check_kcc_network_refs(manifests: ManifestSet) -> Iterator[Finding]:
    by_target: dict[str, list[Manifest]] = defaultdict(list)
    for manifest in manifests.manifests:
        by_target[manifest.target].append(manifest)
    for target, target_manifests in by_target.items():
        present = {manifest.id for manifest in target_manifests} | set(manifests.external)
        for manifest in target_manifests:
            field = NETWORK_REFERENCES.get((manifest.group, manifest.kind))
            if field is None:
                continue
            name, is_list, kind = field
            value = (manifest.body.get("spec") or {}).get(name)
            refs = list(enumerate(value)) if is_list and isinstance(value, list) else [(None, value)]
            for index, ref in refs:
                if not isinstance(ref, dict) or "name" not in ref:
                    continue
                wanted = ObjectId(COMPUTE, kind, str(ref.get("namespace") or manifest.namespace), str(ref["name"]))
                if wanted not in present:
                    path = join_path("spec", name, *([index] if index is not None else []), "name")
                    yield error(manifest, "dangling-kcc-ref", path,
                                f"{manifest.id} refers to {kind} {wanted.namespace}/{wanted.name}, which is not in target {target}",
                                f"add the {kind} to the target, or declare it under `external:` if it exists outside it")
