"""Bad config input: exit 2, one clear message naming file/position, field path and fix; no traceback."""

from __future__ import annotations

import pytest

from conftest import run_cli

GOOD_GKM = """\
gkm:
  caches:
    - name: c1
      namespace: team-a
      image: quay.io/gkm/cache-examples:v2
      signatureFormat: cosign-v2
  workloads:
    - name: w1
      namespace: team-a
      cache: c1
      image: quay.io/fedora/fedora-minimal:42
"""

CASES = {
    "wrong type": (GOOD_GKM + "      replicas: many\n", "gkm.workloads[0].replicas", "7:"),
    "unknown field": (GOOD_GKM + "      replica: 2\n", "gkm.workloads[0].replica", "unknown field"),
    "missing required field": (GOOD_GKM.replace("      image: quay.io/fedora/fedora-minimal:42\n", ""), "gkm.workloads[0].image", "missing"),
    "latest image": (GOOD_GKM.replace("minimal:42", "minimal:latest"), "gkm.workloads[0].image", ":latest"),
    "untagged image": (GOOD_GKM.replace("cache-examples:v2", "cache-examples"), "gkm.caches[0].image", "no tag"),
    "dangling cache": (GOOD_GKM.replace("cache: c1", "cache: c2"), "workloads[0].cache", "'c2'"),
    "cluster cache outside its namespaces": (
        GOOD_GKM.replace("      namespace: team-a\n      image: quay.io/gkm/cache-examples:v2",
                         "      scope: cluster\n      workloadNamespaces: [team-b]\n      image: quay.io/gkm/cache-examples:v2"),
        "workloads[0].cache", "team-a",
    ),
    "malformed yaml": ("gkm:\n  caches: [\n", "bad.yaml:", "not valid YAML"),
    "not a version string": ("global:\n  kubernetesVersion: 1.35\n", "global.kubernetesVersion", "string"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_config_file(case, tmp_path):
    text, field, detail = CASES[case]
    config = tmp_path / "bad.yaml"
    config.write_text(text)
    result = run_cli("synth", "--config", str(config), "--set", f"global.outputDir={tmp_path / 'dist'}")
    assert result.code == 2, result.stderr
    assert field in result.stderr and detail in result.stderr, result.stderr
    assert "bad.yaml" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "dist").exists()


@pytest.mark.parametrize(
    "assignment, message",
    [
        ("gkm.workloads[9].image=quay.io/x:v1", "gkm.workloads[9]"),
        ("gkm..image", "expected path.to.field=value"),
        ("gkm.workloads[0].replicas=lots", "--set gkm.workloads[0].replicas=lots"),
        ("gkm.workloads[0].colour=blue", "unknown field"),
    ],
)
def test_bad_set_argument(assignment, message):
    result = run_cli("synth", "--check", "--set", assignment)
    assert result.code == 2
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_error_position_points_at_the_value(tmp_path):
    config = tmp_path / "bad.yaml"
    config.write_text(GOOD_GKM.replace("minimal:42", "minimal:latest"))
    result = run_cli("synth", "--check", "--config", str(config))
    assert f"{config}:11:14: gkm.workloads[0].image" in result.stderr, result.stderr


def test_missing_config_file(tmp_path):
    result = run_cli("synth", "--config", str(tmp_path / "nope.yaml"))
    assert result.code == 2 and "config file not found" in result.stderr


def test_a_section_rule_broken_by_a_set_value_names_that_set_argument():
    result = run_cli("synth", "--check", "--set", "kubeflow-aks.nodePools[1].taints=[]")
    assert result.code == 2
    assert "(with --set kubeflow-aks.nodePools[1].taints=[]): kubeflow-aks.nodePools[1]:" in result.stderr


def test_nvidia_gpu_software_on_an_amd_pool_is_refused():
    result = run_cli("synth", "--check", "--set", "kubeflow-aks.nodePools[1].gpuManufacturers=[amd]")
    assert result.code == 2 and "installs NVIDIA's software, but pool 'gpu'" in result.stderr
