"""Every file the default config synthesizes, compared with its snapshot in snapshots/<target>/."""

from __future__ import annotations

import pytest

from conftest import read_files
from mlmanifests.charts import TARGETS


@pytest.mark.parametrize("target", [*sorted(TARGETS), "gitops"])
def test_target_files_match_snapshots(target, default_dist, dist_snapshot):
    files = read_files(default_dist / target)
    assert files, f"the default config synthesizes nothing for {target}"
    for path, content in files.items():
        assert content.decode() == dist_snapshot(name=f"{target}/{path}"), path
