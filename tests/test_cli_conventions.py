"""The command line's conventions, one test each: --version, colour (NO_COLOR, --color), -q/-v, --format json,
`-` for standard input, completion, global options anywhere, exit codes (4 differs, 1 checks failed)."""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import tomllib

import pytest
import regress
import jsonschema
import yaml

from conftest import REPO, run_cli


def test_version_is_the_package_version():
    result = run_cli("--version")
    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    assert result.code == 0 and result.stdout.strip() == f"mlmanifests {version}"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("flag, no_color, expected", [
    ("auto", None, True), ("auto", "1", False), ("auto", "", True),
    ("never", None, False), ("always", "1", True), ("always", None, True),
])
def test_colour_follows_the_flag_then_no_color_then_the_terminal(monkeypatch, flag, no_color, expected):
    from mlmanifests.cli.output import Output

    if no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", no_color)
    out = Output(argparse.Namespace(color=flag, quiet=False, verbose=0), _Terminal(), _Terminal())
    assert out.color(out.stdout) is expected
    assert out.color(io.StringIO()) is (flag == "always")  # auto: never colour a pipe


def test_color_is_a_global_option_of_every_command(tmp_path):
    broken = tmp_path / "pod.yaml"
    broken.write_text("apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: n}\nspec: {containers: [{name: c, image: 'busybox:latest'}]}\n")
    assert "\033[" in run_cli("--color", "always", "validate", str(broken)).stdout
    assert "\033[" in run_cli("validate", str(broken), "--color", "always").stdout
    assert "\033[" not in run_cli("validate", str(broken), env={"NO_COLOR": "1"}).stdout


def test_global_options_before_or_after_the_command():
    before = run_cli("--quiet", "synth", "--check", "--target", "gkm")
    after = run_cli("synth", "--check", "--target", "gkm", "-q")
    assert before.code == after.code == 0 and before.stdout == after.stdout == ""
    assert run_cli("-q", "synth", "--check", "--debug").code == 0


def test_quiet_and_verbose(tmp_path):
    out = tmp_path / "dist"
    loud = run_cli("synth", "-v", "--target", "gkm", "--set", f"global.outputDir={out}")
    assert loud.code == 0 and "construct" in loud.stderr and f"{out}/gkm/Kustomization" in loud.stderr
    quiet = run_cli("synth", "-q", "--target", "gkm", "--set", f"global.outputDir={out}")
    assert quiet.code == 0 and quiet.stdout == "" and quiet.stderr == ""


def test_check_and_diff_with_target_on_a_current_tree_are_clean(tmp_path, default_dist):
    """Regression: `synth --check --target gkm` listed `added dist/.mlmanifests-output` and exited 1."""
    dist = tmp_path / "dist"
    shutil.copytree(default_dist, dist)
    check = run_cli("synth", "--check", "--target", "gkm", "--set", f"global.outputDir={dist}")
    assert check.code == 0, check.stdout + check.stderr
    diff = run_cli("diff", "--target", "gkm", "--set", f"global.outputDir={dist}")
    assert diff.code == 0 and "0 added, 0 changed, 0 removed" in diff.stdout


def test_differs_and_checks_failed_have_distinct_exit_codes(tmp_path, default_dist):
    dist = tmp_path / "dist"
    shutil.copytree(default_dist, dist)
    (dist / "gkm" / "00_namespace_gkm-test-cl-scoped.yaml").write_text("edited\n")
    for command in (["synth", "--check"], ["diff"]):
        assert run_cli(*command, "--set", f"global.outputDir={dist}").code == 4
        failing = run_cli(*command, "--set", f"global.outputDir={dist}", "--set", "global.layout=single-cluster")
        assert failing.code == 1 and "checks failed" in failing.stderr


def test_json_output_of_check_diff_and_list(tmp_path, default_dist):
    dist = tmp_path / "dist"
    shutil.copytree(default_dist, dist)
    (dist / "gkm" / "00_namespace_gkm-test-cl-scoped.yaml").unlink()
    check = run_cli("synth", "--check", "--format", "json", "--set", f"global.outputDir={dist}")
    document = json.loads(check.stdout)
    assert check.code == 4 and document["stale"] is True
    assert document["changes"] == [{"change": "added", "path": f"{dist}/gkm/00_namespace_gkm-test-cl-scoped.yaml"}]
    assert {report["ok"] for report in document["reports"]} == {True}
    diff = run_cli("diff", "--format", "json", "--set", f"global.outputDir={dist}")
    (change,) = json.loads(diff.stdout)["changes"]
    assert diff.code == 4 and change["change"] == "added" and "+kind: Namespace" in change["diff"]
    listing = json.loads(run_cli("list", "--format", "json").stdout)
    assert [t["name"] for t in listing["targets"]][:1] == ["gkm"] and listing["targets"][0]["inConfig"] is True


def test_findings_are_headed_by_the_cluster_they_go_to():
    result = run_cli("synth", "--check", "--set", "clusters=[{name: eu-1, cloud: any, targets: [kubeflow-aks]}]")
    assert "kubeflow-aks  (cluster eu-1)" in result.stderr
    default = run_cli("synth", "--check")  # the embedded default sends kubeflow-aks to the Argo CD cluster kubeflow-aks
    assert "kubeflow-aks  (cluster kubeflow-aks)" in default.stderr


def test_a_target_no_fleet_cluster_gets_is_warned_about():
    result = run_cli("synth", "--check", "--set", "clusters=[{name: us-1, cloud: gcp}]")
    assert ("warning: target kubeflow-aks is in the config but reaches no cluster (clusters: us-1 (gcp)); add a cluster "
            "whose cloud is azure, or name kubeflow-aks in a cluster's `targets`") in result.stderr


def test_dash_reads_standard_input(tmp_path):
    import sys

    piped = subprocess.run([sys.executable, "-m", "mlmanifests", "config", "-c", "-"], input="global: {outputDir: piped}\n",
                           capture_output=True, text=True, cwd=REPO)
    assert piped.returncode == 0 and yaml.safe_load(piped.stdout)["global"]["outputDir"] == "piped"
    pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: n}\nspec: {containers: [{name: c, image: 'busybox:latest'}]}\n"
    checked = subprocess.run([sys.executable, "-m", "mlmanifests", "validate", "--format", "json", "-"], input=pod,
                             capture_output=True, text=True, cwd=REPO)
    findings = json.loads(checked.stdout)["findings"]
    assert checked.returncode == 1 and findings[0]["file"] == "<stdin>"
    bad = subprocess.run([sys.executable, "-m", "mlmanifests", "config", "-c", "-"], input="gkm: {nope: 1}\n",
                         capture_output=True, text=True, cwd=REPO)
    assert bad.returncode == 2 and bad.stderr.startswith("error: <stdin>:1:13: gkm.nope: unknown field")


def test_shell_completion_scripts_name_every_command():
    bash = run_cli("completion", "bash")
    assert bash.code == 0
    for command in ("synth", "diff", "list", "validate", "render", "--target", "--format"):
        assert command in bash.stdout
    syntax = subprocess.run(["bash", "-n"], input=bash.stdout, capture_output=True, text=True)
    assert syntax.returncode == 0, syntax.stderr
    assert run_cli("completion", "zsh").code == 0


def _patterns(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                yield path, value
            yield from _patterns(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _patterns(value, f"{path}/{index}")


def test_schema_patterns_are_ecma_262_and_the_default_config_passes_in_that_dialect():
    schema = json.loads(run_cli("schema").stdout)
    patterns = list(_patterns(schema))
    assert patterns and all(regress.Regex(pattern, "u") for _, pattern in patterns)

    def ecma_pattern(validator, pattern, instance, schema):
        if isinstance(instance, str) and regress.Regex(pattern, "u").find(instance) is None:
            yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r} (ECMA-262)")

    Ecma = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"pattern": ecma_pattern})
    default = yaml.safe_load(run_cli("config").stdout)
    assert not list(Ecma(schema).iter_errors(default))
    default["gemma-on-tpu"]["checkpoints"][0]["kaggleHandle"] = "google/Gemma"
    assert list(Ecma(schema).iter_errors(default))  # the ECMA-262 patterns still reject what they should


def test_schema_titles_read_as_words():
    schema = json.loads(run_cli("schema").stdout)
    gkm = schema["$defs"]["GkmConfig"]["properties"]
    assert gkm["gpuNodes"]["title"] == "GPU nodes"
    assert schema["$defs"]["GitOpsRepo"]["properties"]["repoURL"]["title"] == "Repo URL"
