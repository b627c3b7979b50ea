"""Config precedence: a named file replaces the embedded default; --set applies on top of either, in order."""

from __future__ import annotations

from mlmanifests.config import load_config


def test_embedded_default_has_every_registered_target():
    from mlmanifests.targets import TARGETS

    config = load_config()
    assert all(config.section(target) is not None for target in TARGETS)


def test_file_replaces_default(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("global:\n  outputDir: out\n")
    config = load_config(path)
    assert config.global_.output_dir == "out"
    assert config.gkm is None


def test_set_overrides_default_and_file(tmp_path):
    assert load_config(overrides=["global.outputDir=elsewhere"]).global_.output_dir == "elsewhere"
    path = tmp_path / "c.yaml"
    path.write_text("global:\n  outputDir: out\n")
    assert load_config(path, ["global.outputDir=x"]).global_.output_dir == "x"


def test_later_set_wins_and_values_are_typed():
    config = load_config(overrides=["gkm.workloads[0].replicas=2", "gkm.workloads[0].replicas=3"])
    assert config.gkm.workloads[0].replicas == 3
    config = load_config(overrides=["gkm.workloads[0].args=[a, b]"])
    assert config.gkm.workloads[0].args == ["a", "b"]
    assert load_config(overrides=["global.kubernetesVersion=1.34"]).global_.kubernetes_version == "1.34"


def test_set_can_create_a_missing_section(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("{}\n")
    config = load_config(path, ["global.layout=single-cluster"])
    assert config.global_.layout == "single-cluster"
