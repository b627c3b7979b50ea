"""Atomic output: a failed run leaves dist/ as it was; objects that leave the config leave dist/."""

from __future__ import annotations

import shutil
from pathlib import PurePosixPath

import pytest

from conftest import read_files, run_cli
from mlmanifests.output.writer import compare_tree, write_tree


@pytest.fixture
def dist(tmp_path, default_dist):
    copy = tmp_path / "dist"
    shutil.copytree(default_dist, copy)
    return copy


def test_bad_config_leaves_dist_untouched(dist):
    before = read_files(dist)
    result = run_cli("synth", "--set", f"global.outputDir={dist}", "--set", "gkm.workloads[0].image=quay.io/x/y:latest")
    assert result.code == 2
    assert read_files(dist) == before


def test_a_failure_while_writing_leaves_dist_untouched(dist):
    before = read_files(dist)
    # 'gkm/x' is written as a file and then needed as a folder: the second write fails half way.
    tree = {PurePosixPath("gkm/x"): b"a", PurePosixPath("gkm/x/y.yaml"): b"b"}
    with pytest.raises(OSError):
        write_tree(tree, dist)
    assert read_files(dist) == before
    assert [p.name for p in dist.parent.iterdir() if "mlmanifests-" in p.name] == [".dist.mlmanifests-lock"]


def test_objects_that_leave_the_config_leave_dist(dist):
    result = run_cli("synth", "--set", f"global.outputDir={dist}", "--set", "gkm.workloads=[]")
    assert result.code == 0, result.stderr
    files = read_files(dist)
    assert not [path for path in files if path.startswith("gkm/") and ("_pod_" in path or "_job_" in path)]
    assert any(path.startswith("gkm/") and "gkmcache" in path for path in files)


def test_target_option_replaces_only_that_target(dist):
    (dist / "other").mkdir()
    (dist / "other" / "00_namespace_x.yaml").write_text("kept")
    assert run_cli("synth", "--target", "gkm", "--set", f"global.outputDir={dist}").code == 0
    assert (dist / "other" / "00_namespace_x.yaml").read_text() == "kept"
    assert run_cli("synth", "--set", f"global.outputDir={dist}").code == 0
    assert not (dist / "other").exists()


def test_check_reports_stale_output_and_writes_nothing(dist):
    assert run_cli("synth", "--check", "--set", f"global.outputDir={dist}").code == 0
    stale = dist / "gkm" / "00_namespace_gkm-test-cl-scoped.yaml"
    stale.write_text("edited by hand\n")
    (dist / "gkm" / "99_leftover.yaml").write_text("x\n")
    result = run_cli("synth", "--check", "--set", f"global.outputDir={dist}")
    assert result.code == 4  # differs: dist/ is stale
    assert "changed" in result.stdout and "00_namespace_gkm-test-cl-scoped.yaml" in result.stdout
    assert "removed" in result.stdout and "99_leftover.yaml" in result.stdout
    assert stale.read_text() == "edited by hand\n"


def test_compare_tree_names_added_changed_removed(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "same.yaml").write_bytes(b"1")
    (tmp_path / "a" / "old.yaml").write_bytes(b"1")
    (tmp_path / "a" / "edit.yaml").write_bytes(b"1")
    tree = {PurePosixPath("a/same.yaml"): b"1", PurePosixPath("a/edit.yaml"): b"2", PurePosixPath("a/new.yaml"): b"3"}
    changes = {(str(c.path), c.change) for c in compare_tree(tree, tmp_path)}
    assert changes == {("a/edit.yaml", "changed"), ("a/new.yaml", "added"), ("a/old.yaml", "removed")}


def test_a_folder_mlmanifests_did_not_write_is_never_replaced(tmp_path):
    foreign = tmp_path / "important"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me")
    result = run_cli("synth", "--set", f"global.outputDir={foreign}")
    assert result.code == 2 and "not written by mlmanifests" in result.stderr
    assert (foreign / "notes.txt").read_text() == "keep me"


def test_the_current_directory_is_never_the_output_dir(tmp_path):
    (tmp_path / "mine.txt").write_text("keep me")
    result = run_cli("synth", "--set", "global.outputDir=.", cwd=tmp_path)
    assert result.code == 2 and "current directory" in result.stderr
    assert (tmp_path / "mine.txt").read_text() == "keep me"


def test_output_left_aside_by_a_killed_run_is_recovered(dist):
    before = read_files(dist)
    retired = dist.parent / f".{dist.name}.mlmanifests-old"
    dist.rename(retired)  # what a run killed between its two renames leaves behind
    result = run_cli("synth", "--check", "--set", f"global.outputDir={dist}")
    assert result.code == 0, result.stdout  # --check reads the output set aside, as the next synth recovers it
    assert not dist.exists()  # and writes nothing
    assert run_cli("synth", "--target", "gkm", "--set", f"global.outputDir={dist}").code == 0
    assert read_files(dist) == before
    assert not retired.exists()
