"""`validate` in a user's repository: what forms one set, YAML that is not Kubernetes, symlinks, Secret values,
and the pre-commit hook itself (run with `pre-commit try-repo` against a scratch repository)."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mlmanifests.cli.validate import validate_command

CONFIG_MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: apps\ndata:\n  a: b\n"
REPOSITORY = Path(__file__).resolve().parents[2]


def _run(paths) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = validate_command([str(p) for p in paths], output_format="json", kubernetes_version="1.35", stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_yaml_that_is_not_kubernetes_is_skipped_and_counted(tmp_path):
    files = [_write(tmp_path / ".pre-commit-config.yaml", "repos: []\n"),
             _write(tmp_path / ".github" / "workflows" / "ci.yaml", "on: push\njobs: {}\n"),
             _write(tmp_path / "cm.yaml", CONFIG_MAP)]
    code, output, note = _run(files)
    assert code == 0, output
    assert json.loads(output)["findings"] == []
    assert "skipped 2 YAML document(s) that are not Kubernetes objects" in note


def test_a_file_in_a_kustomization_stands_for_the_whole_kustomization(tmp_path):
    """pre-commit passes only the staged file; the Service it references is in the same kustomization."""
    _write(tmp_path / "app" / "kustomization.yaml", "resources: [deployment.yaml, account.yaml]\n")
    _write(tmp_path / "app" / "account.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: runner, namespace: apps}\n")
    pod = (Path(__file__).parent / "corpus" / "clean-deployment.yaml").read_text(encoding="utf-8")
    staged = _write(tmp_path / "app" / "deployment.yaml", pod)
    code, output, _ = _run([staged])
    assert [f["rule"] for f in json.loads(output)["findings"] if f["severity"] == "error"] == [], output


def test_files_of_two_cluster_folders_are_two_sets(tmp_path):
    """The same ConfigMap for two clusters is no duplicate (one set per folder, as each is applied alone)."""
    first = _write(tmp_path / "clusters" / "eu-1" / "cm.yaml", CONFIG_MAP)
    second = _write(tmp_path / "clusters" / "us-1" / "cm.yaml", CONFIG_MAP)
    code, output, _ = _run([first, second])
    assert code == 0, output
    code, output, _ = _run([first, _write(tmp_path / "clusters" / "eu-1" / "again.yaml", CONFIG_MAP)])
    assert code == 1 and {f["rule"] for f in json.loads(output)["findings"]} == {"duplicate-identity"}


def test_a_symlink_out_of_the_folder_is_not_followed(tmp_path):
    outside = _write(tmp_path / "elsewhere" / "bad.yaml", CONFIG_MAP + "bogus: 1\n")
    given = tmp_path / "given"
    _write(given / "cm.yaml", CONFIG_MAP)
    os.symlink(outside.parent, given / "linked")
    code, output, note = _run([given])
    assert code == 0, output
    assert "did not follow 1 symlink(s)" in note and "linked" in note


def test_a_secret_value_is_never_printed(tmp_path):
    secret = _write(tmp_path / "secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata: {name: db, namespace: apps}\n"
                                             "stringData:\n  password: [\"Pr0d-S3cret-Value\"]\n")
    code, output, _ = _run([secret])
    (finding,) = [f for f in json.loads(output)["findings"] if f["rule"] == "schema"]
    assert code == 1 and finding["path"] == "stringData.password"
    assert "Pr0d-S3cret-Value" not in output


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_hook_runs_clean_in_a_user_repository(tmp_path):
    """`pre-commit try-repo` installs this repository's hook into a scratch repository holding dist/, CI files and
    an overlay, and runs it on every file."""
    pre_commit = Path(sys.executable).with_name("pre-commit")
    if not pre_commit.exists():
        pytest.skip("pre-commit is not installed in this environment (pip install pre-commit)")
    user = tmp_path / "user"
    shutil.copytree(REPOSITORY / "dist" / "gkm", user / "dist" / "gkm")
    _write(user / ".pre-commit-config.yaml", "repos: []\n")
    _write(user / ".github" / "workflows" / "ci.yaml", "on: push\njobs:\n  test: {runs-on: ubuntu-latest, steps: []}\n")
    _write(user / "overlays" / "prod" / "kustomization.yaml", "resources: [../../dist/gkm]\ncommonAnnotations: {team: ml}\n")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "u", "GIT_AUTHOR_EMAIL": "u@x",
           "GIT_COMMITTER_NAME": "u", "GIT_COMMITTER_EMAIL": "u@x"}
    for command in (["git", "init", "-q"], ["git", "add", "."]):
        subprocess.run(command, cwd=user, check=True, env=env)
    result = subprocess.run([str(pre_commit), "try-repo", str(REPOSITORY), "mlmanifests-validate", "--all-files"],
                            cwd=user, env=env, capture_output=True, text=True, timeout=1500)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "mlmanifests validate" in result.stdout and "Passed" in result.stdout
