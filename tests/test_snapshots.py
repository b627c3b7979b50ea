"""Every file the default config synthesizes, compared with its snapshot in snapshots/<target>/."""

from __future__ import annotations

import pytest

from conftest import read_files
from mlmanifests.charts import TARGETS
from snapshot_files import SNAPSHOT_DIR


def _snapshot_name(path: str) -> str:
    return path if path.endswith(".yaml") else f"{path}.yaml"


@pytest.mark.parametrize("target", [*sorted(TARGETS), "gitops"])
def test_target_files_match_snapshots(target, default_dist, dist_snapshot, request):
    files = read_files(default_dist / target)
    assert files, f"the default config synthesizes nothing for {target}"
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
