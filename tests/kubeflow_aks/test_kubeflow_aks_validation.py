"""Every object of the target validates: the project's checks pass in every mode, and each custom resource also
validates directly against its CRD's schema."""

from __future__ import annotations

from mlmanifests.runner.pipeline import check_manifests

import copy
from pathlib import Path

import jsonschema
import pytest
import yaml

import mlmanifests
from mlmanifests.checks import run_checks
from mlmanifests.config import load_config
from mlmanifests.manifests import Manifest

from kubeflow_aks_support import TARGET, one, synth

CRD_DIR = Path(mlmanifests.__file__).parent / "crds"
MODES = {
    "default": (),
    "kubeflow-1-10": ("kubeflow-aks.kubeflow.upstream=kubeflow-1-10",),
    "gpu-operator": ("kubeflow-aks.gpu.enablement=gpu-operator",),
    "both": ("kubeflow-aks.kubeflow.upstream=kubeflow-1-10", "kubeflow-aks.gpu.enablement=gpu-operator"),
}


def _schemas() -> dict[tuple[str, str], dict]:
    """(apiVersion, kind) -> openAPIV3Schema of every CRD version the project carries."""
    schemas = {}
    for path in CRD_DIR.rglob("*.yaml"):
        crd = yaml.safe_load(path.read_text())
        if not isinstance(crd, dict) or crd.get("kind") != "CustomResourceDefinition":
            continue
        for version in crd["spec"]["versions"]:
            schemas[(f"{crd['spec']['group']}/{version['name']}", crd["spec"]["names"]["kind"])] = version["schema"]["openAPIV3Schema"]
    return schemas


SCHEMAS = _schemas()


def _checked(*overrides: str):
    config = load_config(None, list(overrides))
    manifests = synth(*overrides)
    return manifests, check_manifests(manifests, config, [TARGET])


@pytest.mark.parametrize("mode", sorted(MODES))
def test_checks_pass_in_every_mode(mode):
    _, report = _checked(*MODES[mode])
    assert report.errors == [], "\n".join(f"{f.object} {f.rule} {f.path}: {f.message}" for f in report.errors)


@pytest.mark.parametrize("mode", sorted(MODES))
def test_custom_resources_validate_against_their_crds(mode):
    """Ours, against the CRDs the project carries (upstream's objects are checked against the release's own)."""
    custom = [m for m in synth(*MODES[mode]) if "." in m.group and not m.origin and (m.api_version, m.kind) in SCHEMAS]
    assert custom
    for manifest in custom:
        schema = SCHEMAS[(manifest.api_version, manifest.kind)]
        jsonschema.validate(manifest.body.get("spec", {}), schema["properties"]["spec"])


def test_the_minio_gateway_and_oidc_authservice_are_warned_about():
    _, report = _checked()
    assert {("Deployment", "minio", "eol-component"), ("StatefulSet", "oidc-authservice", "eol-component")} <= {
        (f.object.kind, f.object.name, f.rule) for f in report.warnings}


def test_device_plugin_exemptions_are_the_only_ones_and_are_honoured():
    _, report = _checked()
    assert {(e.object.name, e.rule) for e in report.exemptions} == {
        ("nvidia-device-plugin-daemonset", "pss-host-path"), ("nvidia-device-plugin-daemonset", "pss-run-as-non-root")}


def test_crd_validation_rejects_the_seed_v1beta1_consolidation_policy():
    """The CRD validation above can fail: the seed's `WhenUnderutilized` is not a v1 consolidation policy."""
    body = copy.deepcopy(one(synth(), "NodePool", "general-purpose").body)
    body["spec"]["disruption"]["consolidationPolicy"] = "WhenUnderutilized"
    with pytest.raises(jsonschema.ValidationError, match="WhenUnderutilized"):
        jsonschema.validate(body["spec"], SCHEMAS[("karpenter.sh/v1", "NodePool")]["properties"]["spec"])


def test_checks_reject_the_seed_v1beta1_disruption_shape():
    """v1 moved expireAfter out of `disruption`; the checks refuse the seed's placement."""
    manifests = synth()
    pool = one(manifests, "NodePool", "gpu")
    body = copy.deepcopy(pool.body)
    body["spec"]["disruption"]["expireAfter"] = "1h"
    report = run_checks([m for m in manifests if m is not pool] + [Manifest(TARGET, body)], kubernetes_version="1.35")
    assert any(f.object.kind == "NodePool" and f.object.name == "gpu" and "expireAfter" in f.path + f.message
               for f in report.errors)


def test_checks_catch_a_hand_written_toleration_that_misses_the_pool():
    manifests = synth()
    job = one(manifests, "Job", "samples-tf-mnist-demo")
    body = copy.deepcopy(job.body)
    body["spec"]["template"]["spec"]["tolerations"] = [{"key": "sku", "operator": "Equal", "value": "gpu", "effect": "NoSchedule"}]
    report = run_checks([m for m in manifests if m is not job] + [Manifest(TARGET, body)], kubernetes_version="1.35")
    assert [f.rule for f in report.errors if f.object.kind == "Job"] == ["toleration-mismatch"]
