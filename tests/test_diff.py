"""`mlmanifests diff`: per-object unified diffs against dist/, counts, exit 1 when anything differs."""

from __future__ import annotations

import shutil

from conftest import run_cli


def test_diff_of_current_output_is_empty(tmp_path, default_dist):
    dist = tmp_path / "dist"
    shutil.copytree(default_dist, dist)
    result = run_cli("diff", "--set", f"global.outputDir={dist}")
    assert result.code == 0, result.stderr
    assert "0 added, 0 changed, 0 removed objects" in result.stdout


def test_diff_shows_added_changed_and_removed_objects(tmp_path, default_dist):
    dist = tmp_path / "dist"
    shutil.copytree(default_dist, dist)
    (dist / "gkm" / "00_namespace_gkm-test-cl-scoped.yaml").unlink()  # synth would add it back
    (dist / "gkm" / "99_configmap_x_leftover.yaml").write_text("apiVersion: v1\nkind: ConfigMap\n")  # would be removed
    result = run_cli("diff", "--color", "never", "--set", f"global.outputDir={dist}", "--set", "gkm.workloads[0].replicas=1",
                     "--set", "gkm.workloads[0].mountPath=/kernels")
    assert result.code == 4
    assert "1 added, 1 changed, 1 removed objects" in result.stdout
    assert "-      mountPath: /cache" in result.stdout or "-    - mountPath: /cache" in result.stdout
    assert "+    - mountPath: /kernels" in result.stdout
    assert "\033[" not in result.stdout


def test_diff_colours_when_asked(tmp_path, default_dist):
    dist = tmp_path / "dist"
    shutil.copytree(default_dist, dist)
    result = run_cli("diff", "--color", "always", "--set", f"global.outputDir={dist}", "--set", "gkm.workloads[0].mountPath=/k")
    assert result.code == 4 and "\033[32m+" in result.stdout
