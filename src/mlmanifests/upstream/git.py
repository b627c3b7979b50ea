"""Fetching an upstream release with the `git` CLI into the user's cache.

The `git` command runs with the user's own configuration, so `url.<base>.insteadOf` (mirrors in air-gapped
networks), proxies and credential helpers apply exactly as they do for `git clone`. A clone is shallow and holds
the one tag asked for; it is made in a scratch folder and renamed into place (kustomize.remote), so a killed run
never leaves a half-written checkout behind. Every git call has a timeout (`MLMANIFESTS_GIT_TIMEOUT`, seconds,
default 300).
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from mlmanifests.kustomize.cache_dir import cache_home
from mlmanifests.kustomize.remote import RemoteFetchError, fetch_remote

from .errors import UpstreamError

DEFAULT_TIMEOUT_SECONDS = 300


@dataclass(frozen=True)
class Checkout:
    """A local tree of an upstream release."""

    root: Path
    commit: str
    """The commit the ref resolved to; empty for a local folder that is not a git checkout."""
    source: str
    """Where it came from: the git URL (as configured, before git's insteadOf) or the local path."""
    ref: str = ""


def cache_dir() -> Path:
    """The one cache of mlmanifests (`$MLMANIFESTS_CACHE_DIR`, else `$XDG_CACHE_HOME/mlmanifests`)."""
    return cache_home()


def fetch(url: str, ref: str) -> Checkout:
    """The tree of `url` at tag (or branch, or commit) `ref`: the renderer's own git fetch for remote bases, so a
    release and the remote bases it names share the cache and git's configuration."""
    timeout = float(os.environ.get("MLMANIFESTS_GIT_TIMEOUT") or DEFAULT_TIMEOUT_SECONDS)
    try:
        root = fetch_remote(url, ref, timeout=timeout)
    except RemoteFetchError as problem:
        raise UpstreamError(f"upstream release: {problem}; check the URL and the tag, the network, or point git at a "
                            "mirror (git config url.<mirror>.insteadOf <url>); MLMANIFESTS_GIT_TIMEOUT sets the "
                            "time allowed (seconds)") from None
    return Checkout(root=root, commit=_git(["rev-parse", "HEAD"], cwd=root, url=url).strip(), source=url, ref=ref)


def local(path: str | Path) -> Checkout:
    """A local folder (a checkout or a copy of a release); its commit when it is a git work tree."""
    root = Path(path).expanduser()
    if not root.is_dir():
        raise UpstreamError(f"upstream path {str(root)!r} is not a folder; point it at a checkout of the release")
    commit = ""
    if (root / ".git").exists():
        try:
            commit = _git(["rev-parse", "HEAD"], cwd=root, url=str(root)).strip()
        except UpstreamError:
            commit = ""
    return Checkout(root=root.resolve(), commit=commit, source=str(root))


def _git(args: list[str], *, cwd: Path, url: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=60,
                              stdin=subprocess.DEVNULL, env={**os.environ, "GIT_TERMINAL_PROMPT": "0"})
    except (OSError, subprocess.TimeoutExpired) as problem:
        raise UpstreamError(f"git {args[0]} in {cwd} ({url}) failed: {problem}") from None
    if done.returncode != 0:
        raise UpstreamError(f"git {args[0]} in {cwd} ({url}) failed: {' '.join(done.stderr.split())[:300]}")
    return done.stdout
