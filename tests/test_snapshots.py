"""Every file the default config synthesizes, compared with its snapshot in snapshots/<target>/ — except the
objects a Kubeflow target takes unchanged from its pinned upstream release.

Those are upstream's YAML as the release ships it (hundreds of files per platform): they are in dist/ already,
and what they must equal is the release itself, which test_upstream_sources checks against real kubectl. Storing
them a second time here would double the repository for nothing a reviewer reads. What the snapshots hold is
what this project decides: its own objects and the upstream objects its overlays change.
"""

from __future__ import annotations

import pytest

from conftest import read_files
from mlmanifests.targets import TARGETS
from snapshot_files import SNAPSHOT_DIR
from upstream_objects import is_unchanged_upstream


def _snapshot_name(path: str) -> str:
    return path if path.endswith(".yaml") else f"{path}.yaml"


def _reviewed(target: str, files: dict[str, bytes]) -> dict[str, bytes]:
    return {path: content for path, content in files.items()
            if not path.endswith(".yaml") or not is_unchanged_upstream(target, content)}


@pytest.mark.parametrize("target", [*sorted(TARGETS), "gitops"])
def test_target_files_match_snapshots(target, default_dist, dist_snapshot, request):
    files = read_files(default_dist / target)
    assert files, f"the default config synthesizes nothing for {target}"
    files = _reviewed(target, files)
    expected = {_snapshot_name(f"{target}/{path}") for path in files}
    stale = sorted(
        p.relative_to(SNAPSHOT_DIR).as_posix() for p in (SNAPSHOT_DIR / target).rglob("*.yaml")
        if p.relative_to(SNAPSHOT_DIR).as_posix() not in expected
    )
    if request.config.option.update_snapshots:
        for name in stale:
            (SNAPSHOT_DIR / name).unlink()
    else:
        assert not stale, f"snapshots of files the config no longer writes: {stale}; run pytest --snapshot-update"
    mismatched = [path for path, content in files.items() if content.decode() != dist_snapshot(name=f"{target}/{path}")]
    assert not mismatched, f"files differ from their snapshots: {mismatched}"


def test_the_unchanged_upstream_objects_in_dist_are_the_releases_own(default_dist):
    """What the snapshots leave out is exactly upstream's objects as the release ships them, and there are many."""
    for target in ("kubeflow-aks", "kubeflow-gke", "mlops-gcp"):
        files = read_files(default_dist / target)
        left_out = set(files) - set(_reviewed(target, files))
        assert len(left_out) > 50, target
