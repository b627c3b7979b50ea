"""Every Config Connector `*Ref` of both KCC targets resolves, and no secret value is anywhere in their output.

A reference either names (`name`) an object the same target defines, in the same namespace unless the
reference says otherwise, of the kind the field implies (or the `kind` it states), or is an `external` value
that comes from the target's config (the project, a configured network). Anything else fails here, so a new
reference field must be taught to `REF_KINDS` before it can ship.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Iterator

import pytest

from mlmanifests.targets.kubeflow_gke.config import KubeflowGkeConfig
from mlmanifests.targets.mlops_gcp.config import MlopsGcpConfig
from mlmanifests.config.yaml_source import read_default_config

REF_KINDS: dict[str, tuple[str, str]] = {
    "projectRef": ("resourcemanager.cnrm.cloud.google.com", "Project"),
    "networkRef": ("compute.cnrm.cloud.google.com", "ComputeNetwork"),
    "privateNetworkRef": ("compute.cnrm.cloud.google.com", "ComputeNetwork"),
    "subnetworkRef": ("compute.cnrm.cloud.google.com", "ComputeSubnetwork"),
    "clusterRef": ("container.cnrm.cloud.google.com", "ContainerCluster"),
    "instanceRef": ("sql.cnrm.cloud.google.com", "SQLInstance"),
    "serviceAccountRef": ("iam.cnrm.cloud.google.com", "IAMServiceAccount"),
    "secretKeyRef": ("", "Secret"),
    "routerRef": ("compute.cnrm.cloud.google.com", "ComputeRouter"),
    "reservedPeeringRanges": ("compute.cnrm.cloud.google.com", "ComputeAddress"),  # a list of references
}
CHARTS = {
    "mlops-gcp": ("mlmanifests.targets.mlops_gcp.chart", "MlopsGcpChart", MlopsGcpConfig),
    "kubeflow-gke": ("mlmanifests.targets.kubeflow_gke.chart", "KubeflowGkeChart", KubeflowGkeConfig),
}


@dataclass(frozen=True)
class Ref:
    target: str
    owner: str
    path: str
    field: str
    value: dict


def synth(target: str, *, management_only: bool = False) -> tuple[Any, list[dict]]:
    """The section and this project's own objects of the target (not upstream Kubeflow's, composed in cluster parts,
    which test_upstream_sources and the targets' own tests check)."""
    from mlmanifests.runner.synth import synthesize_target

    section = json.loads(json.dumps(read_default_config()[target]))
    config = CHARTS[target][2].model_validate(section)
    manifests = [m for m in synthesize_target(target, section) if not m.origin]
    if management_only:
        manifests = [m for m in manifests if m.folder is None]
    return config, [m.body for m in manifests]


@pytest.fixture(scope="module", params=sorted(CHARTS))
def target_output(request):
    config, objects = synth(request.param)
    return request.param, config, objects


def is_kcc(obj: dict) -> bool:
    return obj["apiVersion"].rpartition("/")[0].endswith(".cnrm.cloud.google.com")


def find_refs(target: str, obj: dict, node: Any = None, path: str = "") -> Iterator[Ref]:
    node = obj if node is None else node
    owner = f"{obj['kind']} {obj['metadata'].get('namespace', '')}/{obj['metadata']['name']}"
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from find_refs(target, obj, item, f"{path}[{index}]")
    elif isinstance(node, dict):
        for key, value in node.items():
            child = f"{path}.{key}" if path else key
            if key.endswith("Ref") and isinstance(value, dict):
                yield Ref(target, owner, child, key, value)
            elif key == "reservedPeeringRanges" and isinstance(value, list):
                for index, item in enumerate(value):
                    yield Ref(target, owner, f"{child}[{index}]", key, item)
            else:
                yield from find_refs(target, obj, value, child)


def allowed_externals(config: Any) -> set[str]:
    allowed = {f"projects/{config.project.project_id}"}
    # Secret Manager secrets the target's ExternalSecrets read: each gets an accessor grant on the secret.
    allowed |= {f"projects/{config.secret_store.secret_project or config.project.project_id}/secrets/{secret}"
                for secret in config.secret_ids()}
    platform = getattr(config, "kubeflow", None)
    if platform is not None:  # the secrets the composed Kubeflow's ExternalSecrets read: `<remoteKeyPrefix><Secret>`
        allowed.add(f"projects/{config.secret_store.secret_project or config.project.project_id}/secrets/"
                    f"{platform.secrets.remote_key_prefix}*")
    network = getattr(getattr(config, "cluster", None), "network", None)
    if network:
        allowed.add(network)
    return allowed


def unresolved(ref: Ref, obj: dict, objects: list[dict], config: Any) -> str | None:
    """Why `ref` does not resolve, or None when it does."""
    value = ref.value
    if "external" in value:
        allowed = allowed_externals(config)
        if value["external"] in allowed or any(a.endswith("*") and value["external"].startswith(a[:-1]) for a in allowed):
            return None
        return f"external {value['external']!r} is not a value from config ({sorted(allowed_externals(config))})"
    if "name" not in value:
        return "neither `name` nor `external`"
    if value.get("kind"):
        group, kind = str(value.get("apiVersion", "")).rpartition("/")[0] or None, value["kind"]
    elif ref.field in REF_KINDS:
        group, kind = REF_KINDS[ref.field]
    else:
        return f"field {ref.field} names no kind and REF_KINDS does not know it"
    namespace = value.get("namespace") or obj["metadata"].get("namespace", "")
    for candidate in objects:
        meta = candidate["metadata"]
        candidate_group = candidate["apiVersion"].rpartition("/")[0]
        if kind == "Secret" and candidate["kind"] == "ExternalSecret":
            name = candidate["spec"]["target"]["name"]
        elif candidate["kind"] == kind and (group is None or candidate_group == group):
            name = meta["name"]
        else:
            continue
        if name == value["name"] and meta.get("namespace", "") == namespace:
            return None
    for declared in config.external_objects():
        if (declared.kind, declared.name, declared.namespace or "") == (kind, value["name"], namespace):
            return None
    return f"{kind} {namespace}/{value['name']} is not defined by the target nor declared external"


def test_every_kcc_reference_resolves(target_output):
    target, config, objects = target_output
    refs = [(ref, obj) for obj in objects if is_kcc(obj) for ref in find_refs(target, obj)]
    assert refs, f"{target} has no references at all"
    problems = [f"{ref.owner} {ref.path}: {why}" for ref, obj in refs if (why := unresolved(ref, obj, objects, config))]
    assert problems == []


def test_the_issue_s_reference_fields_are_all_exercised():
    seen = set()
    for target in CHARTS:
        _, objects = synth(target)
        seen.update(ref.field for obj in objects if is_kcc(obj) for ref in find_refs(target, obj))
    assert {"networkRef", "subnetworkRef", "clusterRef", "instanceRef", "serviceAccountRef", "resourceRef",
            "privateNetworkRef", "secretKeyRef"} <= seen


def test_a_dangling_reference_is_reported():
    config, objects = synth("mlops-gcp", management_only=True)
    pool = next(obj for obj in objects if obj["kind"] == "ContainerNodePool")
    pool["spec"]["clusterRef"] = {"name": "no-such-cluster"}
    pool["spec"]["nodeConfig"]["serviceAccountRef"] = {"external": "someone@else.iam.gserviceaccount.com"}
    problems = [why for ref in find_refs("mlops-gcp", pool) if (why := unresolved(ref, pool, objects, config))]
    assert len(problems) == 2
    # The product's reference check (what `synth` runs) refuses the dangling name too.
    from mlmanifests.checks import run_checks
    from mlmanifests.manifests import Manifest

    external = [declared.id for declared in config.external_objects()]
    report = run_checks([Manifest("mlops-gcp", obj) for obj in objects], external=external)
    assert [(f.rule, f.path) for f in report.errors] == [("dangling-kcc-ref", "spec.clusterRef.name")]


def test_namespaced_kcc_objects_live_in_the_annotated_namespace(target_output):
    target, config, objects = target_output
    annotated = {obj["metadata"]["name"] for obj in objects if obj["kind"] == "Namespace"
                 and "cnrm.cloud.google.com/project-id" in obj["metadata"].get("annotations", {})}
    if not config.kcc_namespace.create:
        annotated.add(config.kcc_namespace.name)
    for obj in objects:
        if is_kcc(obj) and obj["kind"] != "ConfigConnector":
            assert obj["metadata"].get("namespace") in annotated, obj["metadata"]["name"]


# ---------------------------------------------------------------------------------- no secret values

SECRET_FIELDS = re.compile(r"^(password|rootPassword|clientSecret|client_secret|clientKey|privateKey|private_key|"
                           r"token|accessToken|apiKey|credentials)$", re.IGNORECASE)
SECRET_TEXT = [
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    re.compile(r'"type"\s*:\s*"service_account"'),
    re.compile(r"AIza[0-9A-Za-z_-]{35}"),
    re.compile(r"\bya29\.[0-9A-Za-z_-]+"),
    re.compile(r"\bgh[pousr]_[0-9A-Za-z]{36}"),
]


def secret_values(node: Any, path: str = "") -> Iterator[str]:
    """Paths holding something that looks like a secret value rather than a reference to one."""
    if isinstance(node, dict):
        for key, value in node.items():
            child = f"{path}.{key}" if path else key
            if SECRET_FIELDS.match(key) and not isinstance(value, dict):
                yield child
            elif SECRET_FIELDS.match(key) and isinstance(value, dict) and "value" in value:
                yield f"{child}.value"
            else:
                yield from secret_values(value, child)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from secret_values(item, f"{path}[{index}]")
    elif isinstance(node, str) and any(pattern.search(node) for pattern in SECRET_TEXT):
        yield path


def test_no_secret_value_in_the_output(target_output):
    target, _, objects = target_output
    assert [obj["metadata"]["name"] for obj in objects if obj["kind"] == "Secret"] == []
    found = [f"{obj['kind']} {obj['metadata']['name']}: {path}" for obj in objects for path in secret_values(obj)]
    assert found == []
    assert not any(pattern.search(json.dumps(objects)) for pattern in SECRET_TEXT)


@pytest.mark.parametrize("planted", [
    {"spec": {"password": {"value": "hunter2"}}},
    {"spec": {"rootPassword": "hunter2"}},
    {"data": {"application_default_credentials.json": '{"type": "service_account", "private_key": "x"}'}},
])
def test_the_secret_scan_finds_planted_values(planted):
    assert list(secret_values(planted))


# ---------------------------------------------------------------------- prerequisites the output implies

GCP_TARGETS = ["gemma-on-tpu", "kubeflow-gke", "mlops-gcp"]


@pytest.mark.parametrize("target", GCP_TARGETS)
def test_prerequisites_cover_what_the_output_needs(target):
    """Each operator whose API the output uses is a prerequisite with the release that serves that API version."""
    from mlmanifests.config import Config
    from mlmanifests.runner.synth import synthesize_target

    section = json.loads(json.dumps(read_default_config()[target]))
    config = getattr(Config.model_validate({"upstreams": read_default_config()["upstreams"], target: section}),
                     target.replace("-", "_"))
    lines = [p.line() for p in config.prerequisites()]
    api_versions = {m.body["apiVersion"] for m in synthesize_target(target, section)}
    if "external-secrets.io/v1" in api_versions:  # v1 is served from ESO 0.16.0 on (crds/SOURCES.md, section 11)
        assert any(re.match(r"External Secrets Operator.* >= 0\.16 ", line) for line in lines), lines
    if any(v.rpartition("/")[0].endswith(".cnrm.cloud.google.com") for v in api_versions):
        assert any(line.startswith("Config Connector operator >= 1.155") for line in lines), lines
        assert any("roles/iam.workloadIdentityUser for serviceAccount:" in line and "[cnrm-system/cnrm-controller-manager"
                   in line for line in lines), lines
    if "kro.run/v1alpha1" in api_versions:
        assert any(line.startswith("kro >= 0.9") for line in lines), lines


@pytest.mark.parametrize("target", GCP_TARGETS)
def test_readme_has_a_prerequisites_section_naming_the_operators(target):
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    section = readme.split("### Prerequisites", 1)[1].split(f"**{target}**", 1)[1].split("\n\n", 1)[0]
    assert "Config Connector operator" in section and ">= 1.155" in section
    assert "cnrm-system/cnrm-controller-manager" in section
    assert "External Secrets Operator >= 0.16" in section
