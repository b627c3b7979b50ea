"""Every file the default config synthesizes, compared with its snapshot in snapshots/<target>/ — except the
objects a Kubeflow target takes unchanged from its pinned upstream release.

Those are upstream's YAML as the release ships it (hundreds of files per platform): they are in dist/ already,
and what they must equal is the release itself, which test_upstream_sources checks against real kubectl. Storing
them a second time here would double the repository for nothing a reviewer reads. What the snapshots hold is
what this project decides: its own objects and the upstream objects its overlays change.
"""

from __future__ import annotations

import json
from functools import cache

import pytest
import yaml

from conftest import read_files
from mlmanifests.charts import TARGETS
from mlmanifests.config import load_config
from mlmanifests.upstream.compose import Overlay, compose
from snapshot_files import SNAPSHOT_DIR


def _snapshot_name(path: str) -> str:
    return path if path.endswith(".yaml") else f"{path}.yaml"


@cache
def _unchanged_upstream(target: str) -> frozenset[str]:
    """Canonical JSON of every object the target's upstream releases ship, as they ship it."""
    section = load_config().section(target)
    bodies = set()
    for _, ref in section.upstream_refs() if section is not None else []:
        plain = compose(ref.source.checkout(), ref.chosen_components(), Overlay()).objects
        bodies |= {json.dumps(body, sort_keys=True) for body in plain}
    return frozenset(bodies)


def _reviewed(target: str, files: dict[str, bytes]) -> dict[str, bytes]:
    unchanged = _unchanged_upstream(target)
    if not unchanged:
        return files
    return {path: content for path, content in files.items()
            if not path.endswith(".yaml") or json.dumps(yaml.safe_load(content), sort_keys=True) not in unchanged}


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
