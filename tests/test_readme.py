"""The README's promises, executed: its two commands exist, and its example error is what the CLI prints."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys

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


def test_readme_30_second_example_runs(tmp_path):
    """The example's commands, in a scratch folder: the default config copied to a file, then synth with --set."""
    block = README.split("## A 30-second example", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    assert "mlmanifests config > mlmanifests.yaml" in block and "synth -c mlmanifests.yaml" in block
    config = run_cli("config", cwd=tmp_path)
    assert config.code == 0
    (tmp_path / "mlmanifests.yaml").write_text(config.stdout)
    image = re.search(r"--set '(gkm\.workloads\[0\]\.image=[^']+)'", block)[1]
    result = run_cli("synth", "-c", "mlmanifests.yaml", "--set", image, cwd=tmp_path)
    assert result.code == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "dist" / "gkm").iterdir())
    assert names[0].startswith("00_namespace_") and "Kustomization" in names
    assert any(n.startswith("40_pod_") for n in names) and any(n.startswith("35_gkmcache_") for n in names)
    assert image.split("=", 1)[1] in (tmp_path / "dist" / "gkm" / "40_pod_gkm-test-ns-scoped-1_gkm-test-pod-1.yaml").read_text()


def _library_example() -> str:
    return README.split("## Use it as a library", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]


def test_readme_library_example_runs(tmp_path):
    script = tmp_path / "example.py"
    script.write_text(_library_example())
    process = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert process.returncode == 0, process.stderr
    assert process.stdout.endswith("objects, checks passed\n") and process.stderr == ""  # no Node banner


def test_readme_library_example_passes_mypy_strict_and_mypy_catches_a_wrong_type(tmp_path):
    (tmp_path / "example.py").write_text(_library_example())
    (tmp_path / "wrong.py").write_text("from mlmanifests import GpuPool\n\nGpuPool(name=123, taints=())\n")
    command = [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--no-incremental"]
    # The editable install maps the package with an import hook mypy cannot follow: point it at the source.
    env = {**os.environ, "MYPYPATH": str(REPO / "src")}
    good = subprocess.run([*command, "example.py"], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=600)
    assert good.returncode == 0, good.stdout
    wrong = subprocess.run([*command, "wrong.py"], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=600)
    assert wrong.returncode == 1 and 'Argument "name" to "GpuPool" has incompatible type "int"; expected "str"' in wrong.stdout
