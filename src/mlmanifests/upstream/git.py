"""Fetching an upstream release with the `git` CLI into the user's cache.

The `git` command runs with the user's own configuration, so `url.<base>.insteadOf` (mirrors in air-gapped
networks), proxies and credential helpers apply exactly as they do for `git clone`. A clone is shallow and holds
the one tag asked for; it is made in a scratch folder and renamed into place, so a killed run never leaves a
half-written checkout behind. Every git call has a timeout (`MLMANIFESTS_GIT_TIMEOUT`, seconds, default 300).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import UpstreamError

DEFAULT_TIMEOUT_SECONDS = 300
_COMPLETE = ".mlmanifests-complete"


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
    """`$MLMANIFESTS_CACHE_DIR`, else `$XDG_CACHE_HOME/mlmanifests` (default `~/.cache/mlmanifests`)."""
    configured = os.environ.get("MLMANIFESTS_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mlmanifests"


def fetch(url: str, ref: str) -> Checkout:
    """The tree of `url` at tag (or branch) `ref`, cloned once into the cache and reused afterwards."""
    key = hashlib.sha256(f"{url}\n{ref}".encode()).hexdigest()[:16]
    target = cache_dir() / "upstream" / f"{_safe(ref)}-{key}"
    if not (target / _COMPLETE).is_file():
        _clone(url, ref, target)
    return Checkout(root=target, commit=_git(["rev-parse", "HEAD"], cwd=target, url=url).strip(), source=url, ref=ref)


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


def _clone(url: str, ref: str, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".clone-", dir=target.parent))
    try:
        _git(["clone", "--quiet", "--depth", "1", "--branch", ref, "--single-branch", "--no-tags",
              "-c", "advice.detachedHead=false", url, str(scratch / "tree")], cwd=target.parent, url=url, ref=ref)
        (scratch / "tree" / _COMPLETE).write_text(f"{url}\n{ref}\n")
        if target.exists():  # an incomplete earlier attempt
            shutil.rmtree(target)
        os.replace(scratch / "tree", target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _git(args: list[str], *, cwd: Path, url: str, ref: str = "") -> str:
    timeout = float(os.environ.get("MLMANIFESTS_GIT_TIMEOUT") or DEFAULT_TIMEOUT_SECONDS)
    environment = {**os.environ, "GIT_TERMINAL_PROMPT": "0"}  # never wait for a password on a terminal
    where = f"{url}" + (f" at {ref}" if ref else "")
    try:
        done = subprocess.run(["git", *args], cwd=cwd, env=environment, capture_output=True, text=True,
                              timeout=timeout, stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        raise UpstreamError("the `git` command is not installed; install git (the upstream release is fetched with it)") from None
    except subprocess.TimeoutExpired:
        raise UpstreamError(f"fetching {where} took longer than {timeout:.0f} s; check the network or point git at a "
                            "mirror (git config url.<mirror>.insteadOf <url>), or raise MLMANIFESTS_GIT_TIMEOUT") from None
    if done.returncode != 0:
        reason = " ".join((done.stderr or done.stdout).split())[:400] or f"git exited with {done.returncode}"
        raise UpstreamError(f"cannot fetch {where}: {reason}; check the URL and the tag, the network, or a mirror "
                            "(git config url.<mirror>.insteadOf <url>)")
    return done.stdout


def _safe(ref: str) -> str:
    return "".join(c if c.isalnum() or c in ".-_" else "_" for c in ref)[:40]
