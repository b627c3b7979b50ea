"""Hostile and unlucky inputs (issue 15): each is refused with exit 2 and one message naming the problem and the
fix, fast, and leaves dist/ and every file beside it as they were. The inputs are in inputs/."""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from conftest import REPO, run_cli
from mlmanifests.checks.schemas import crd_documents
from mlmanifests.cli.output import _os_error_text
from mlmanifests.output.layout import MAX_FILE_NAME_BYTES, place
from mlmanifests.manifests import Manifest
from mlmanifests.output.dir_lock import locked_output

INPUTS = Path(__file__).parent / "inputs"
SECRET = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"  # a GitHub token's shape, no real token


def snapshot(root: Path) -> dict[str, tuple[bytes | str, int]]:
    """Every file and link under `root` (content or link target, mode), but the lock file (only a handle)."""
    found = {}
    for path in sorted(root.rglob("*")):
        if path.name.endswith(".mlmanifests-lock"):
            continue
        if path.is_symlink():
            found[str(path.relative_to(root))] = (os.readlink(path), 0)
        elif path.is_file():
            found[str(path.relative_to(root))] = (path.read_bytes(), stat.S_IMODE(path.stat().st_mode))
    return found


@pytest.fixture
def workspace(tmp_path, default_dist):
    """tmp_path holding dist/ (a copy of the default output) and a file beside it."""
    shutil.copytree(default_dist, tmp_path / "dist", symlinks=True)
    (tmp_path / "beside.txt").write_text("someone's file\n")
    return tmp_path


def refused(workspace: Path, *args: str, message: str, env: dict[str, str] | None = None, seconds: float = 20):
    """Run the CLI in `workspace`; assert exit 2, one `error:` line holding `message`, nothing changed, in time."""
    before = snapshot(workspace)
    started = time.monotonic()
    result = run_cli(*args, cwd=workspace, env=env)
    elapsed = time.monotonic() - started
    assert result.code == 2, (result.code, result.stderr[-2000:])
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and message in errors[0], result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert snapshot(workspace) == before
    assert elapsed < seconds, elapsed
    return result


def synth(*extra: str) -> tuple[str, ...]:
    return ("synth", "--set", "global.outputDir=dist", *extra)


# ------------------------------------------------------------------------------ 1. one run at a time


def test_a_run_waits_for_the_lock_then_refuses(workspace):
    with locked_output(workspace / "dist"):
        result = refused(workspace, *synth("--target", "gkm"), message="another mlmanifests run has held its lock",
                         env={"MLMANIFESTS_LOCK_WAIT": "1"}, seconds=120)
    assert "waiting up to 1 s" in result.stderr


def test_check_and_diff_ignore_a_killed_runs_staging_folder(workspace):
    staging = workspace / ".dist.mlmanifests-new"
    (staging / "gkm").mkdir(parents=True)
    (staging / "gkm" / "half-written.yaml").write_text("kind: Pod\n")
    result = run_cli("synth", "--check", "--set", "global.outputDir=dist", cwd=workspace)
    assert result.code == 0, result.stdout
    assert run_cli(*synth("--target", "gkm"), cwd=workspace).code == 0
    assert not staging.exists()


# ------------------------------------------------------------------------------ 2. symbolic links


def test_a_symlinked_output_dir_is_neither_written_through_nor_replaced(workspace):
    (workspace / "dist").rename(workspace / "real")
    (workspace / "dist").symlink_to("real")
    refused(workspace, *synth("--target", "gkm"), message="is a symbolic link", seconds=120)


def test_a_symlinked_target_folder_is_not_written_through(workspace):
    (workspace / "elsewhere").mkdir()
    (workspace / "elsewhere" / "keep.yaml").write_text("mine\n")
    shutil.rmtree(workspace / "dist" / "gkm")
    (workspace / "dist" / "gkm").symlink_to(workspace / "elsewhere")
    refused(workspace, *synth("--target", "gkm"), message="dist/gkm: is a symbolic link", seconds=120)


def test_diff_never_prints_a_file_reached_through_a_link(workspace):
    (workspace / "private.txt").write_text(f"token {SECRET}\n")
    (workspace / "dist" / "gkm" / "99_link.yaml").symlink_to(workspace / "private.txt")
    result = refused(workspace, "diff", "--set", "global.outputDir=dist", message="is a symbolic link", seconds=120)
    assert SECRET not in result.stdout + result.stderr


def test_validate_reads_nothing_through_a_link_out_of_its_folder(workspace):
    """The link is not followed (kustomize's rootOnly rule): it is named as skipped, and what it points at is
    neither read nor printed."""
    (workspace / "tree").mkdir()
    (workspace / "tree" / "out.yaml").symlink_to(workspace / "beside.txt")
    before = snapshot(workspace)
    result = run_cli("validate", "tree", cwd=workspace)
    assert result.code == 0 and "Traceback" not in result.stderr, result.stderr
    assert "did not follow 1 symlink" in result.stderr
    assert (workspace / "beside.txt").read_text() not in result.stdout + result.stderr
    assert snapshot(workspace) == before


# ------------------------------------------------------------------------------ 3. bounded YAML


def test_an_alias_bomb_in_the_config_is_refused_at_once(workspace):
    refused(workspace, *synth("-c", str(INPUTS / "alias_bomb.yaml")), message="expands through aliases", seconds=10)


def test_an_alias_bomb_in_set_is_refused_and_not_repeated_whole(workspace):
    bomb = "{" + ", ".join(INPUTS.joinpath("alias_bomb.yaml").read_text().splitlines()[1:]) + "}"
    result = refused(workspace, *synth("--set", f"gkm={bomb}"), message="expands through aliases", seconds=10)
    assert len(result.stderr) < 1000


def test_an_alias_bomb_in_yaml_to_validate_is_refused(workspace):
    refused(workspace, "validate", str(INPUTS / "alias_bomb.yaml"), message="expands through aliases", seconds=10)


def test_deep_nesting_is_refused_not_a_recursion_error(workspace):
    refused(workspace, *synth("-c", str(INPUTS / "deep_nesting.yaml")), message="nests deeper than", seconds=10)
    refused(workspace, "validate", str(INPUTS / "deep_nesting.yaml"), message="nests deeper than", seconds=10)


# ------------------------------------------------------------------------------ 4. values the API server refuses


@pytest.mark.parametrize(("assignment", "message"), [
    ("gkm.workloads[0].replicas=100000000000000000000", "less than or equal to 2147483647"),
    ("gkm.workloads[0].runAsUser=99999999999", "less than or equal to 2147483647"),
    ('gkm.gpuNodes.labels={"bad key!": x}', "must be a qualified name"),
    ("gkm.workloads[0].resources.requests.cpu=abc", "is not a Kubernetes quantity"),
    ("gkm.workloads[0].resources.limits.memory=-5Gi", "must not be negative"),
    ("gkm.gpuNodes.taints[0].key=bad key!", "must be a qualified name"),
    ("gkm.caches[0].storageClassName=Bad_Name!", "must be a DNS-1123 subdomain"),
    ("gkm.workloads[0].mountPath=/cache/../../etc", "has segment '..'"),
    ('global.gitops.argocd.destinations={gkm: "in-cluster\\nx"}', "must be one line"),
])
def test_values_the_api_server_refuses_are_refused_with_the_field(workspace, assignment, message):
    result = refused(workspace, *synth("--set", assignment), message=message)
    assert assignment.split("=")[0].split(".")[-1].split("[")[0] in result.stderr


def test_a_name_with_a_trailing_newline_is_refused(workspace):
    refused(workspace, *synth("-c", str(INPUTS / "name_with_newline.yaml")), message="gkm.workloads[0].name")


def test_validate_reports_what_the_api_server_refuses(workspace):
    result = run_cli("validate", str(INPUTS / "api_rejects.yaml"), "--format", "json", cwd=workspace)
    assert result.code == 1
    found = {(f["rule"], f["path"]) for f in json.loads(result.stdout)["findings"] if f["rule"] == "api-value"}
    assert found >= {
        ("api-value", "metadata.name"), ("api-value", "metadata.namespace"), ("api-value", "metadata.labels.bad key!"),
        ("api-value", "spec.replicas"), ("api-value", "spec.template.spec.securityContext.runAsUser"),
        ("api-value", "spec.template.spec.containers[0].resources.requests.cpu"),
        ("api-value", "spec.template.spec.containers[0].resources.requests.memory"),
    }


# ------------------------------------------------------------------------------ 5. credentials in free text


@pytest.mark.parametrize(("assignment", "secret"), [
    (f"global.gitops.repoURL=https://x-access-token:{SECRET}@github.com/o/r.git", SECRET),
    ("gkm.workloads[0].args=[--password=hunter2]", "hunter2"),
    ("gkm.workloads[0].args=[--token, sk-live-0123456789abcdef]", "sk-live-0123456789abcdef"),
    ("gkm.workloads[0].args=[--aws-key, AKIAIOSFODNN7EXAMPLE]", "AKIAIOSFODNN7EXAMPLE"),
    ("mlops-gcp.cloudSql.password=hunter2", "hunter2"),
])
def test_a_credential_is_refused_and_never_repeated(workspace, assignment, secret):
    result = refused(workspace, *synth("--set", assignment), message="never" if "cloudSql" in assignment else "holds")
    assert secret not in result.stderr + result.stdout


def test_a_reference_in_args_is_not_a_credential(workspace):
    result = run_cli("config", "--set", "gkm.workloads[0].args=[--password=$(DB_PASSWORD), --token-file, /run/t]",
                     cwd=workspace)
    assert result.code == 0, result.stderr


# ------------------------------------------------------------------------------ 6. the CRD cache


CRD = REPO / "src" / "mlmanifests" / "crds" / "gkm" / "gkm.io_gkmcaches.yaml"


@pytest.mark.parametrize("poison", ["{}", "[]", "[1]", "null", "modified", "/dev/zero"])
def test_a_cache_entry_that_does_not_verify_is_rebuilt(isolated_cache, poison):
    text = CRD.read_text()
    expected = list(yaml.safe_load_all(text))
    crd_documents(text)
    entries = sorted(isolated_cache.glob("crd-*.json"), key=lambda p: p.stat().st_mtime)
    entry = entries[-1]
    if poison == "modified":  # a changed pattern under the old hash
        header, _, payload = entry.read_bytes().partition(b"\n")
        entry.write_bytes(header + b"\n" + payload.replace(b"^[a-z0-9]", b"^.*"))
    elif poison == "/dev/zero":
        entry.unlink()
        entry.symlink_to("/dev/zero")
    else:
        entry.write_text(poison)
    assert crd_documents(text) == expected
    assert crd_documents(text) == expected  # and the rebuilt entry verifies


# ------------------------------------------------------------------------------ 7. every bad input: exit 2


@pytest.mark.parametrize(("name", "message"), [
    ("latin1.yaml", "is not UTF-8"),
    ("utf16.yaml", "is UTF-16"),
    ("lone_surrogate.yaml", "not valid YAML"),
    ("nul_output_dir.yaml", "NUL"),
])
def test_unreadable_config_files_exit_2(workspace, name, message):
    refused(workspace, *synth("-c", str(INPUTS / name)), message=message)


def test_a_device_as_config_exits_2(workspace):
    refused(workspace, *synth("-c", "/dev/zero"), message="not a regular file", seconds=10)


def test_an_unsupported_kubernetes_version_exits_2(workspace):
    refused(workspace, *synth("--set", "global.kubernetesVersion=1.21"), message="older than the oldest")


def fake_node(folder: Path, body: str) -> dict[str, str]:
    folder.mkdir()
    node = folder / "node"
    node.write_text(f'#!/bin/sh\nif [ "$1" = "--version" ]; then echo v20.19.0; exit 0; fi\n{body}\n')
    node.chmod(0o755)
    return {"PATH": f"{folder}:{os.environ['PATH']}", "MLMANIFESTS_NODE_TIMEOUT": "3"}


def test_a_node_that_never_answers_is_stopped(workspace, tmp_path_factory):
    env = fake_node(tmp_path_factory.mktemp("hang") / "bin", "exec sleep 600")
    refused(workspace, *synth(), message="did not answer within 3 s", env=env, seconds=60)


def test_a_node_that_crashes_after_its_version(workspace, tmp_path_factory):
    env = fake_node(tmp_path_factory.mktemp("crash") / "bin", "exit 7")
    refused(workspace, *synth(), message="exited with code 7", env=env, seconds=60)


def test_bad_node_options_are_named(workspace):
    refused(workspace, *synth(), message="NODE_OPTIONS", env={"NODE_OPTIONS": "--bad"})


# ------------------------------------------------------------------------------ 8. smaller


def test_an_empty_config_does_not_empty_dist(workspace):
    refused(workspace, *synth("-c", str(INPUTS / "comments_only.yaml")), message="the config is empty")
    (workspace / "empty.yaml").write_text("")
    refused(workspace, *synth("-c", "empty.yaml"), message="the config is empty")


def test_validate_names_a_device_for_what_it_is(workspace):
    refused(workspace, "validate", "/dev/null", message="not a YAML file or folder")


def test_a_long_valid_name_still_makes_a_file_name():
    name = ("a" * 62 + ".") * 4 + "b"  # 253 characters: a valid object name
    manifest = Manifest("gkm", {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "namespace": "n" * 63}})
    [(placement, _)] = place([manifest], "per-target")
    assert len(placement.file.encode()) <= MAX_FILE_NAME_BYTES and placement.file.endswith(".yaml")
    assert place([manifest], "per-target")[0][0] == placement


def test_file_modes_and_bytes_do_not_follow_the_umask(tmp_path, default_dist):
    out = tmp_path / "dist"
    process = subprocess.run(
        [sys.executable, "-m", "mlmanifests", "synth", "--target", "gkm", "--set", f"global.outputDir={out}"],
        cwd=REPO, capture_output=True, text=True, timeout=300, preexec_fn=lambda: os.umask(0o077),
    )
    assert process.returncode == 0, process.stderr
    assert {stat.S_IMODE(p.stat().st_mode) for p in out.rglob("*")} | {stat.S_IMODE(out.stat().st_mode)} == {0o644, 0o755}
    gkm = sorted(p.relative_to(out) for p in (out / "gkm").rglob("*"))
    assert [(p, (out / p).read_bytes()) for p in gkm] == [(p, (default_dist / p).read_bytes()) for p in gkm]


def test_a_big_config_is_refused_before_it_is_parsed(workspace):
    rows = "".join(f"    - {{kind: ConfigMap, name: cm-{i}, namespace: ns}}\n" for i in range(8000))
    (workspace / "big.yaml").write_text("gkm:\n  external:\n" + rows)
    refused(workspace, *synth("-c", "big.yaml"), message="is larger than the", seconds=10)


@pytest.mark.parametrize(("code", "fix"), [(errno.ENOSPC, "the file system is full"), (errno.EROFS, "read-only"),
                                           (errno.ENAMETOOLONG, "too long")])
def test_a_file_system_error_names_the_cause_and_the_fix(code, fix):
    text = _os_error_text(OSError(code, os.strerror(code)))
    assert text.startswith("writing the output: ") and fix in text
