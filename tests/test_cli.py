"""The command line as users meet it: list, schema, config, and a missing Node.js."""

from __future__ import annotations

import json
import sys

import jsonschema
import yaml

from conftest import run_cli


def test_list_names_every_target_and_its_objects():
    result = run_cli("list")
    assert result.code == 0, result.stderr
    assert "gkm:" in result.stdout
    assert "GKMCache.gkm.io gkm-test-ns-scoped-1/vector-add-cache-rocm  ->  gkm/60_gkmcache_" in result.stdout


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


def test_console_script_is_installed():
    from pathlib import Path

    assert (Path(sys.executable).parent / "mlmanifests").exists()
