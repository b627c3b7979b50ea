"""The README's promises, executed: its two commands exist, and its example error is what the CLI prints."""

from __future__ import annotations

import re
import shlex

from conftest import REPO, run_cli

README = (REPO / "README.md").read_text()


def test_readme_names_exactly_two_setup_commands_and_ci_runs_the_test_one():
    block = README.split("## Two commands", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["make synth", "make test"]
    assert "make test" in (REPO / ".ci" / "run").read_text()


def test_readme_error_example_is_what_the_cli_prints():
    example = re.search(r"```text\n\$ python -m mlmanifests (.+?)\n(error: .+?)\n```", README, re.S)
    assert example, "the README's error example is missing"
    result = run_cli(*shlex.split(example[1]))
    assert result.code == 2
    assert result.stderr.strip() == example[2].strip()


def test_readme_fleet_example_synthesizes(tmp_path):
    block = README.split("### Fleets: adding a cluster", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    from mlmanifests.config.yaml_source import default_config_text

    config = tmp_path / "fleet.yaml"
    config.write_text(default_config_text() + "\n" + block)
    result = run_cli("synth", "-c", str(config), "--set", f"global.outputDir={tmp_path / 'dist'}")
    assert result.code == 0, result.stderr
    clusters = tmp_path / "dist" / "clusters"
    assert sorted(p.name for p in (clusters / "eu-1").iterdir()) == ["gkm", "kubeflow-aks"]
    assert sorted(p.name for p in (clusters / "us-1").iterdir()) == ["gemma-on-tpu", "gkm", "mlops-gcp"]
    assert "US-EAST5" in (clusters / "us-1" / "gemma-on-tpu" / "60_resourcegraphdefinition_gemmaontpuserver.kro.run.yaml").read_text()
