"""The command line as users meet it: list, schema, config, and a missing Node.js."""

from __future__ import annotations

import json
import sys

import jsonschema
import yaml

from conftest import run_cli


def test_list_names_every_target_and_its_objects():
    result = run_cli("list", "--objects")
    assert result.code == 0, result.stderr
    assert "gkm:" in result.stdout
    assert "GKMCache.gkm.io gkm-test-ns-scoped-1/vector-add-cache-rocm  ->  gkm/35_gkmcache_" in result.stdout


def test_schema_is_a_json_schema_that_accepts_the_default_config():
    result = run_cli("schema")
    assert result.code == 0
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    default = yaml.safe_load(run_cli("config").stdout)
    jsonschema.validate(default, schema)
    assert "gkm" in schema["properties"] and "global" in schema["properties"]


def test_config_prints_the_effective_config_with_overrides():
    result = run_cli("config", "--set", "global.outputDir=out")
    assert result.code == 0
    assert yaml.safe_load(result.stdout)["global"]["outputDir"] == "out"


def test_missing_node_is_one_clear_sentence(tmp_path):
    result = run_cli("synth", "--check", env={"PATH": str(tmp_path)})
    assert result.code == 2
    assert result.stderr.strip() == (
        "error: Node.js >= 20 is required (cdk8s runs on it) but `node` is not on PATH; install Node.js 20 or newer."
    )


def test_unknown_target_is_bad_input():
    result = run_cli("synth", "--check", "--target", "nope")
    assert result.code == 2 and "unknown target 'nope'" in result.stderr


def test_console_script_runs_the_cli():
    import subprocess
    from pathlib import Path

    script = Path(sys.executable).parent / "mlmanifests"
    process = subprocess.run([str(script), "schema"], capture_output=True, text=True, timeout=120)
    assert process.returncode == 0 and json.loads(process.stdout)["title"] == "mlmanifests config"


def test_render_prints_what_kubectl_kustomize_prints():
    from pathlib import Path

    case = Path(__file__).parent / "kustomize" / "cases" / "common-labels-selectors"
    result = run_cli("render", str(case))
    assert result.code == 0, result.stderr
    assert result.stdout == (case / "expected.yaml").read_text()


def test_render_of_a_broken_tree_is_bad_input(tmp_path):
    (tmp_path / "kustomization.yaml").write_text("resources: [missing.yaml]\n")
    result = run_cli("render", str(tmp_path))
    assert result.code == 2 and "missing.yaml" in result.stderr and "Traceback" not in result.stderr


def test_validate_accepts_the_synthesized_output_and_refuses_a_broken_file(tmp_path, default_dist):
    result = run_cli("validate", str(default_dist / "kubeflow-aks"))
    assert result.code == 0, result.stdout + result.stderr
    broken = tmp_path / "pod.yaml"
    broken.write_text("apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: n}\nspec:\n  containers:\n"
                      "  - name: c\n    image: busybox:latest\n    privileged: true\n")
    result = run_cli("validate", "--format", "json", str(broken))
    assert result.code == 1
    rules = {finding["rule"] for finding in json.loads(result.stdout)["findings"]}
    assert {"schema", "image-unpinned"} <= rules


def test_errors_go_to_stderr_so_json_on_stdout_stays_parseable(tmp_path):
    result = run_cli("validate", "--format", "json", str(tmp_path / "missing.yaml"))
    assert result.code == 2 and result.stdout == "" and "no such file or folder" in result.stderr
    result = run_cli("graph", "gkm")
    assert result.code == 2 and result.stdout == "" and "synthesizes no ResourceGraphDefinition" in result.stderr


def test_a_command_puts_the_garbage_collector_thresholds_back_for_its_caller(capsys):
    import gc

    from mlmanifests.cli import main

    before = gc.get_threshold()
    assert main(["list"]) == 0
    assert gc.get_threshold() == before
