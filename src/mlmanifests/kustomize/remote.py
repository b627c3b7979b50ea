"""Remote resources and bases: kustomize's git URL forms, fetched with the `git` program into a local cache.

    spec = parse_remote("https://github.com/org/repo//deploy/base?ref=v1.2.0")
    checkout = fetch_remote(spec.clone_url, spec.ref)        # a shallow clone, cached
    kustomization_folder = checkout / spec.root_path

The URL rules are kustomize v5.8.1's (api/internal/git/repospec.go): an optional `git::` prefix, a scheme
(`https://`, `http://`, `ssh://`, `file://`) or an scp-like `user@host:path` (a user is required except for
github.com), the repository ending at `_git/<repo>`, at `//`, at `.git`, or after two path segments (all of a
`file://` path), the rest naming the folder in it; `?ref=` (or `?version=`), `?timeout=` and
`?submodules=` as query. Cloning runs `git` itself, with the user's git configuration and environment, so
`url.<base>.insteadOf` redirects (mirrors, GIT_CONFIG_COUNT/KEY/VALUE) apply as they do for kustomize.

`fetch_remote` is the one function that touches the network; it can be swapped for another fetcher.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs

from .cache_dir import cache_home

DEFAULT_TIMEOUT_SECONDS = 27.0  # kustomize's defaultTimeout
_SCHEMES = ("ssh://", "https://", "http://", "file://")
_USER = re.compile(r"^([a-zA-Z][a-zA-Z0-9-]*)@")
_GO_DURATION = re.compile(r"^(\d+(?:\.\d+)?)(ms|s|m|h)$")
_COMPLETE = ".mlmanifests-complete"


class RemoteFetchError(Exception):
    """A remote base could not be fetched; the message says which URL, which ref and why."""


@dataclass(frozen=True)
class RemoteSpec:
    """A remote resource URL taken apart: what `git` clones, at which ref, and the folder inside."""

    raw: str
    clone_url: str  # host + repository path, e.g. https://github.com/org/repo
    root_path: str  # the kustomization's folder in the repository ("" for its root)
    ref: str | None
    timeout: float
    submodules: bool


def parse_remote(raw: str) -> RemoteSpec | None:
    """The remote spec for `raw`, or None when it is not a URL kustomize would clone."""
    if raw.startswith("/"):
        return None
    path_part, _, query = raw.partition("?")
    host_and_rest = _split_host(path_part)
    if host_and_rest is None:
        return None
    host, rest = host_and_rest
    parts = _split_repository(rest, take_all=host.startswith("file://"))
    if parts is None:
        return None
    repository, root = parts
    ref, timeout, submodules = _parse_query(query)
    return RemoteSpec(raw, host + repository, root, ref, timeout, submodules)


def _trim_prefix_ignoring_case(text: str, prefix: str) -> tuple[str, bool]:
    if text[: len(prefix)].lower() == prefix:
        return text[len(prefix):], True
    return text, False


def _split_host(text: str) -> tuple[str, str] | None:
    text, _ = _trim_prefix_ignoring_case(text, "git::")
    scheme = ""
    for candidate in _SCHEMES:
        text, found = _trim_prefix_ignoring_case(text, candidate)
        if found:
            scheme = candidate
            break
    user = ""
    match = _USER.match(text)
    if match:
        user = match.group(1) + "@"
        text = text[len(user):]
    github = text.lower().startswith(("github.com/", "github.com:"))
    scp_like = scheme == "" and (bool(user) or github)
    if scheme == "" and not scp_like:
        return None
    if scheme == "file://":
        return scheme, user + text
    separator = text.find("/")
    if scp_like:
        colon = text.find(":")
        if separator == -1 or 0 < colon < separator:
            separator = colon
    host, rest = (text[: separator + 1], text[separator + 1:]) if separator >= 0 else (text, "")
    if github:
        if scheme.startswith("ssh://") or user:
            scheme, host = "", "github.com:"
        else:
            scheme, user, host = "https://", "", "github.com/"
    if not host:
        return None
    return scheme + user + host, rest


def _split_repository(text: str, *, take_all: bool) -> tuple[str, str] | None:
    """(repository path, folder in it): at `_git/<repo>`, `//` or `.git`, else after two segments."""
    if "_git/" in text:
        index = text.index("_git/") + len("_git/")
        segments = text[index:].split("/")
        repository, root = text[:index] + segments[0], "/".join(segments[1:])
    elif "//" in text:
        repository, _, root = text.partition("//")
    elif ".git" in text:
        index = text.index(".git") + len(".git")
        repository, root = text[:index], text[index:]
    elif take_all:
        repository, root = text, ""
    else:
        segments = text.split("/")
        if len(segments) < 2:
            return None
        repository, root = "/".join(segments[:2]), "/".join(segments[2:])
    if not repository:
        return None
    cleaned = os.path.normpath(root.lstrip("/")) if root.strip("/") else ""
    if cleaned.split("/")[0] == "..":
        return None
    return repository, root[1:] if root.startswith("/") else root


def _parse_query(query: str) -> tuple[str | None, float, bool]:
    values = parse_qs(query, keep_blank_values=True)

    def first(name: str) -> str:
        return (values.get(name) or [""])[0]

    ref = first("ref") or first("version") or None
    timeout = DEFAULT_TIMEOUT_SECONDS
    text = first("timeout")
    if text.isdigit() and int(text) > 0:
        timeout = float(int(text))
    elif _GO_DURATION.match(text):
        number, unit = _GO_DURATION.match(text).groups()
        seconds = float(number) * {"ms": 0.001, "s": 1, "m": 60, "h": 3600}[unit]
        timeout = seconds if seconds > 0 else timeout
    submodules = first("submodules").lower() not in ("false", "0", "f")
    return ref, timeout, submodules


def cache_root() -> Path:
    """$XDG_CACHE_HOME/mlmanifests/git, or ~/.cache/mlmanifests/git."""
    return cache_home() / "git"


def fetch_remote(url: str, ref: str | None, *, timeout: float = DEFAULT_TIMEOUT_SECONDS,
                 submodules: bool = True) -> Path:
    """A checkout of `url` at `ref` (the remote's HEAD when None), shallow, cached by (url, ref).

    A ref is fetched once; delete the cache folder to fetch a moved branch again. Raises RemoteFetchError.
    """
    if shutil.which("git") is None:
        raise RemoteFetchError(f"cannot fetch {url}: no 'git' program on PATH (install git)")
    key = hashlib.sha256(f"{url}\0{ref or ''}".encode()).hexdigest()[:24]
    checkout = cache_root() / key
    if (checkout / _COMPLETE).is_file():
        return checkout
    checkout.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=checkout.parent))
    try:
        _clone(url, ref, scratch, timeout)
        if submodules and (scratch / ".gitmodules").is_file():
            _git(["submodule", "update", "--init", "--recursive", "--depth", "1"], scratch, url, ref, timeout)
        (scratch / _COMPLETE).write_text(f"{url}\n{ref or ''}\n")
        try:
            scratch.rename(checkout)
        except OSError:  # another process finished the same fetch first, or a stale partial folder
            if not (checkout / _COMPLETE).is_file():
                shutil.rmtree(checkout, ignore_errors=True)
                scratch.rename(checkout)
    finally:
        if scratch.exists():
            shutil.rmtree(scratch, ignore_errors=True)
    return checkout


def _clone(url: str, ref: str | None, folder: Path, timeout: float) -> None:
    if ref is None:
        _git(["clone", "--quiet", "--depth", "1", url, "."], folder, url, ref, timeout)
        return
    try:
        _git(["clone", "--quiet", "--depth", "1", "--branch", ref, url, "."], folder, url, ref, timeout)
        return
    except RemoteFetchError:
        if not re.fullmatch(r"[0-9a-fA-F]{7,64}", ref):
            raise
    # A commit id is no branch or tag: fetch it by name, as kustomize does (api/internal/git/cloner.go).
    for name in os.listdir(folder):
        shutil.rmtree(folder / name) if (folder / name).is_dir() else (folder / name).unlink()
    _git(["init", "--quiet"], folder, url, ref, timeout)
    _git(["fetch", "--quiet", "--depth", "1", url, ref], folder, url, ref, timeout)
    _git(["checkout", "--quiet", "FETCH_HEAD"], folder, url, ref, timeout)


def _git(arguments: list[str], folder: Path, url: str, ref: str | None, timeout: float) -> None:
    environment = dict(os.environ, GIT_TERMINAL_PROMPT="0")  # never wait for a password
    at = f" at ref '{ref}'" if ref else ""
    try:
        done = subprocess.run(
            ["git", *arguments], cwd=folder, env=environment, capture_output=True, text=True, timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        raise RemoteFetchError(
            f"fetching {url}{at} timed out after {timeout:g}s (git {arguments[0]}); raise it with '?timeout=' "
            "in the URL, or use a mirror (git config url.<mirror>.insteadOf)"
        ) from None
    if done.returncode != 0:
        lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
        fatal = [line for line in lines if line.startswith(("fatal:", "error:"))]
        reason = (fatal or lines or [f"exit code {done.returncode}"])[0]
        raise RemoteFetchError(f"git {arguments[0]} of {url}{at} failed: {reason}")
