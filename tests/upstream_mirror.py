"""A local git mirror of kubeflow/manifests built from ../shared/upstream, for tests and CI (which have no network).

    python tests/upstream_mirror.py /tmp/mirror      # prints the environment that redirects git to it

The mirror holds one commit per release folder of ../shared/upstream/kubeflow-manifests, each tagged with the
release (v1.8.1, v1.10.2), committed with fixed names and dates so its commit ids are the same on every machine.
Git's own `url.<mirror>.insteadOf https://github.com/kubeflow/manifests` points the config's URL at it, exactly as
a user mirrors in an air-gapped network.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UPSTREAM = REPO.parent / "shared" / "upstream" / "kubeflow-manifests"
URL = "https://github.com/kubeflow/manifests"
RELEASES = ("v1.8.1", "v1.10.2")
_FIXED = {"GIT_AUTHOR_NAME": "mirror", "GIT_AUTHOR_EMAIL": "mirror@localhost", "GIT_COMMITTER_NAME": "mirror",
          "GIT_COMMITTER_EMAIL": "mirror@localhost", "GIT_AUTHOR_DATE": "2026-01-01T00:00:00Z",
          "GIT_COMMITTER_DATE": "2026-01-01T00:00:00Z"}


def build_mirror(destination: Path, upstream: Path = UPSTREAM) -> Path:
    """A bare repository at `destination` with a tagged commit per release; reused when it is already there."""
    if (destination / "refs" / "tags" / RELEASES[-1]).exists():
        return destination
    work = destination.with_name(destination.name + ".work")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    env = {**os.environ, **_FIXED, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(work)}

    def git(*args: str, cwd: Path = work) -> None:
        subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)

    git("init", "--quiet", "--initial-branch=main")
    for release in RELEASES:
        for entry in work.iterdir():
            if entry.name != ".git":
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
        shutil.copytree(upstream / release, work, dirs_exist_ok=True)
        for path in work.rglob("*"):  # shared/ is read-only; git keeps only the executable bit anyway
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() else 0o644)
        git("add", "-A")
        git("commit", "--quiet", "--no-gpg-sign", "-m", f"kubeflow/manifests {release}")
        git("tag", release)
    shutil.rmtree(destination, ignore_errors=True)
    git("clone", "--quiet", "--bare", str(work), str(destination))
    shutil.rmtree(work)
    return destination


def redirect_environment(mirror: Path) -> dict[str, str]:
    """Git configuration (through the environment) that sends the kubeflow/manifests URL to the mirror."""
    return {"GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": f"url.file://{mirror}.insteadOf", "GIT_CONFIG_VALUE_0": URL}


if __name__ == "__main__":
    mirror = build_mirror(Path(sys.argv[1]).resolve())
    for key, value in redirect_environment(mirror).items():
        print(f"export {key}={value}")
