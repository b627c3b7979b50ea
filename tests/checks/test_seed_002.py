"""Regression: the YAML blocks of seed 002 (Kubeflow on AKS with Karpenter), run through `validate`, report the
three mistakes the seeds README names: the GPU toleration mismatch, the duplicate VirtualService and the
Karpenter API versions current releases no longer serve."""

from __future__ import annotations

import io
import json
import re

import pytest

from conftest import shared_file
from mlmanifests.cli.validate import validate_command

SEED = "seeds/002_ae70d7b9a6821aa4.txt"


def _yaml_blocks(text: str) -> list[str]:
    """Fenced ```yaml blocks that hold whole objects (the seed also shows `...`-elided fragments)."""
    return [block for block in re.findall(r"```yaml\n(.*?)```", text, re.S) if re.search(r"^apiVersion:", block, re.M)]


@pytest.fixture(scope="module")
def seed_findings(tmp_path_factory) -> list[dict]:
    seed = shared_file(SEED)
    folder = tmp_path_factory.mktemp("seed-002")
    blocks = _yaml_blocks(seed.read_text(encoding="utf-8"))
    assert len(blocks) == 6, "the seed's object blocks: device plugin, 2 pools with classes, Job, PodDefault, VirtualServices"
    for index, block in enumerate(blocks):
        (folder / f"{index:02d}.yaml").write_text(block, encoding="utf-8")
    out = io.StringIO()
    exit_code = validate_command([str(folder)], output_format="json", kubernetes_version="1.35", stdout=out)
    assert exit_code == 1
    return json.loads(out.getvalue())["findings"]


def _found(findings: list[dict], rule: str, kind: str, name: str) -> list[dict]:
    return [f for f in findings if f["rule"] == rule and f["object"]["kind"] == kind and f["object"]["name"] == name]


def test_gpu_job_and_pod_default_cannot_tolerate_the_gpu_pool(seed_findings):
    job = _found(seed_findings, "toleration-mismatch", "Job", "samples-tf-mnist-demo")
    assert len(job) == 1
    assert "nvidia.com/gpu=true:NoSchedule" in job[0]["message"] and "sku=gpu" in job[0]["message"]
    assert job[0]["file"].endswith(".yaml") and job[0]["line"] is not None
    assert len(_found(seed_findings, "toleration-mismatch", "PodDefault", "gpu-toleration")) == 1


def test_second_authservice_web_virtual_service_is_a_duplicate(seed_findings):
    duplicates = _found(seed_findings, "duplicate-identity", "VirtualService", "authservice-web")
    assert len(duplicates) == 1
    assert duplicates[0]["object"]["namespace"] == "istio-system"


def test_karpenter_api_versions_are_flagged_with_their_replacements(seed_findings):
    for pool in ("general-purpose", "gpu"):
        removed = _found(seed_findings, "removed-api", "NodePool", pool)
        assert len(removed) == 1 and "karpenter.sh/v1" in removed[0]["message"]
        assert "WhenEmptyOrUnderutilized" in removed[0]["hint"]
    for node_class in ("default", "gpu-nc"):
        deprecated = _found(seed_findings, "deprecated-api", "AKSNodeClass", node_class)
        assert len(deprecated) == 1 and "karpenter.azure.com/v1beta1" in deprecated[0]["message"]


def test_device_plugin_tolerates_the_gpu_pool(seed_findings):
    assert not _found(seed_findings, "toleration-mismatch", "DaemonSet", "nvidia-device-plugin-daemonset")
