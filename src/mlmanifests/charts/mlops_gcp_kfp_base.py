"""mlops-gcp's render mode: a local Kubeflow Pipelines kustomize tree, rendered in-process and patched with the wiring.

When `kfp.pipelinesCheckout` names a kustomization folder (e.g. `<kubeflow/pipelines>/manifests/kustomize/env/gcp`),
the chart includes its objects (through `KustomizeBase`) and patches them the way an overlay would:

- the base's `pipeline-install-config` ConfigMap gets the wiring merged into its data (configMapGenerator
  `behavior: merge`), is renamed with kustomize's content hash of the merged data, and every reference to its
  old name (configMapKeyRef, configMapRef, configMap volumes) follows;
- every Secret of the base is dropped: a rendered Secret holds values (KFP's default MySQL and MinIO
  credentials), which must never reach dist/. `mysql-secret` (hashed or not) is replaced by the target's
  ExternalSecret and references follow its name; references to any other dropped Secret stay, so the checks
  report them until the Secret is provided (declared in `external`, or synced by another ExternalSecret);
- the base's Kubernetes ServiceAccounts that act as the KFP Google account get the Workload Identity annotation
  (the chart then emits only the IAM binding for them, not a second ServiceAccount).
The plan is computed on plain dicts (`plan_kfp_base_patch`), then applied to the construct's ApiObjects.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from constructs import Construct

from mlmanifests.constructs.kustomize_base import KustomizeBase, reshape
from mlmanifests.constructs.workload_identity import GSA_ANNOTATION
from mlmanifests.kustomize.hashing import content_hash

ObjectKey = tuple[str, str, str, str]
"""(apiVersion, kind, namespace, name) of a rendered object."""
_CONFIG_MAP_REF_KEYS = ("configMapKeyRef", "configMapRef", "configMap")
_SECRET_REF_KEYS = ("secretKeyRef", "secretRef")


def object_key(body: dict) -> ObjectKey:
    metadata = body.get("metadata") or {}
    return (body.get("apiVersion", ""), body.get("kind", ""), metadata.get("namespace", ""), metadata.get("name", ""))


@dataclass
class KfpBasePatch:
    """What to change in the rendered base: the new body of each object, None for objects to drop."""

    bodies: dict[ObjectKey, dict | None]
    config_map_name: str
    """The wiring ConfigMap's new (hashed) name."""
    dropped_secrets: list[str] = field(default_factory=list)
    annotated_service_accounts: set[str] = field(default_factory=set)
    has_namespace: bool = False


class KfpBaseError(ValueError):
    """The rendered tree is not a KFP base this mode can patch; the message says what is missing."""


def _generated_name(base_name: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(base_name)}(-[a-z0-9]{{10}})?$")


def _rename_refs(node: Any, keys: tuple[str, ...], renames: dict[str, str], name_field: str = "name") -> None:
    if isinstance(node, list):
        for item in node:
            _rename_refs(item, keys, renames, name_field)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key in keys and isinstance(value, dict) and value.get(name_field) in renames:
                value[name_field] = renames[value[name_field]]
            else:
                _rename_refs(value, keys, renames, name_field)


def plan_kfp_base_patch(
    objects: list[dict], *, namespace: str, config_map_name: str, wiring: dict[str, str], mysql_secret_name: str,
    gsa_email: str, service_accounts: list[str],
) -> KfpBasePatch:
    """The patch that points a rendered KFP base at Cloud SQL and GCS (see the module docstring)."""
    bodies = {object_key(body): copy.deepcopy(body) for body in objects}
    in_namespace = [body for body in bodies.values() if body["metadata"].get("namespace", "") == namespace]
    config_map_pattern = _generated_name(config_map_name)
    config_maps = [b for b in in_namespace if b["kind"] == "ConfigMap" and config_map_pattern.match(b["metadata"]["name"])]
    if len(config_maps) != 1:
        raise KfpBaseError(
            f"the rendered tree has {len(config_maps)} ConfigMaps named {config_map_name} in namespace {namespace}; "
            "point kfp.pipelinesCheckout at a KFP kustomization that includes base/installs/generic (e.g. env/gcp)"
        )
    (config_map,) = config_maps
    old_name = config_map["metadata"]["name"]
    merged = {**(config_map.get("data") or {}), **wiring}
    # The name configMapGenerator would give it, so KFP's pods roll when the wiring changes.
    new_name = f"{config_map_name}-{content_hash({'kind': 'ConfigMap', 'data': merged})}"
    config_map["data"] = merged
    config_map["metadata"]["name"] = new_name

    patch = KfpBasePatch(bodies={}, config_map_name=new_name)
    secret_renames: dict[str, str] = {}
    mysql_pattern = _generated_name(mysql_secret_name)
    for key, body in bodies.items():
        metadata = body["metadata"]
        if body["kind"] == "Secret":
            patch.dropped_secrets.append(f"{metadata.get('namespace', '')}/{metadata['name']}")
            if metadata.get("namespace", "") == namespace and mysql_pattern.match(metadata["name"]):
                secret_renames[metadata["name"]] = mysql_secret_name
        if body["kind"] == "Namespace" and metadata["name"] == namespace:
            patch.has_namespace = True
        if body["kind"] == "ServiceAccount" and metadata.get("namespace") == namespace and metadata["name"] in service_accounts:
            metadata.setdefault("annotations", {})[GSA_ANNOTATION] = gsa_email
            patch.annotated_service_accounts.add(metadata["name"])
    for key, body in bodies.items():
        if body["metadata"].get("namespace", "") != namespace:
            patch.bodies[key] = None if body["kind"] == "Secret" else body
            continue
        _rename_refs(body, _CONFIG_MAP_REF_KEYS, {old_name: new_name})
        _rename_refs(body, _SECRET_REF_KEYS, secret_renames)
        _rename_refs(body, ("secret",), secret_renames, name_field="secretName")  # volumes
        _rename_refs(body, ("secret",), secret_renames)  # projected volume sources
        patch.bodies[key] = None if body["kind"] == "Secret" else body
    return patch


def apply_kfp_base_patch(base: KustomizeBase, patch: KfpBasePatch) -> None:
    """Change the rendered objects to the planned bodies (top-level fields replaced), dropping the Nones."""
    for api_object in base.api_objects:
        reshape(api_object, patch.bodies.get(object_key(api_object.to_json())))


def render_kfp_base(
    scope: Construct, id: str, *, path: str, namespace: str, config_map_name: str, wiring: dict[str, str],
    mysql_secret_name: str, gsa_email: str, service_accounts: list[str],
) -> KfpBasePatch:
    """Include the KFP tree at `path` in `scope` (rendered by KustomizeBase) and patch it; returns the plan."""
    base = KustomizeBase(scope, id, path=path)
    patch = plan_kfp_base_patch(
        [api_object.to_json() for api_object in base.api_objects], namespace=namespace,
        config_map_name=config_map_name, wiring=wiring, mysql_secret_name=mysql_secret_name,
        gsa_email=gsa_email, service_accounts=service_accounts,
    )
    apply_kfp_base_patch(base, patch)
    return patch
