"""`mlmanifests.lock`: the upstream content a config was synthesized from, committed beside the config.

    upstreams:
      kubeflow-1-8:
        source: https://github.com/kubeflow/manifests
        ref: v1.8.1
        commit: a925b2968e68f3085092adc04e9af39d4f5045f3
        content:
          example: sha256:…        # per set of components: digest of every upstream file their build read

What is verified is the content digest: a mirror (git's insteadOf) serving the same files passes whatever its
commit ids, and a moved tag or an edited checkout is refused with the command that accepts it. The commit is
recorded for people reading the lock.
"""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any
from pathlib import Path

import yaml

from .errors import UpstreamError

LOCK_FILE_NAME = "mlmanifests.lock"
_HEADER = ("# mlmanifests.lock: the upstream content this config was synthesized from. Commit it beside the config.\n"
           "# Written by `mlmanifests lock`; `synth` refuses upstream content that differs from it.\n")


@dataclass(frozen=True)
class Use:
    """One composition of an upstream during a run: which source, which components, what content."""

    upstream: str
    source: str
    ref: str
    commit: str
    components: str
    """The components built, joined by ','."""
    digest: str
    composition: Any = field(default=None, compare=False, repr=False)
    """What was composed (checkout, components, overlay), for tests that rebuild it with kubectl."""


EMBEDDED_LOCK = Path(__file__).resolve().parents[1] / "defaults" / LOCK_FILE_NAME
"""The lock of the embedded default config, shipped with it: read, never written."""


@dataclass
class Lock:
    path: Path
    entries: dict[str, dict] = field(default_factory=dict)
    read_only: bool = False
    """The embedded default's lock: verified against, never written (new content is only warned about)."""

    @classmethod
    def embedded(cls) -> "Lock":
        lock = cls.read(EMBEDDED_LOCK)
        lock.read_only = True
        return lock

    @classmethod
    def read(cls, path: Path) -> "Lock":
        if not path.is_file():
            return cls(path)
        try:
            tree = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (yaml.YAMLError, UnicodeDecodeError) as problem:
            raise UpstreamError(f"{path}: not a valid lock file ({problem}); delete it and run `mlmanifests lock`") from None
        entries = tree.get("upstreams") if isinstance(tree, dict) else None
        if not isinstance(entries, dict) or not all(isinstance(v, dict) for v in entries.values()):
            raise UpstreamError(f"{path}: not a valid lock file (no `upstreams` mapping); delete it and run `mlmanifests lock`")
        return cls(path, entries)

    def verify(self, uses: list[Use]) -> list[Use]:
        """Raise on content that differs from the lock; return the uses the lock has no entry for yet."""
        new = []
        for use in uses:
            entry = self.entries.get(use.upstream) or {}
            locked = (entry.get("content") or {}).get(use.components)
            if locked is None:
                new.append(use)
            elif locked != use.digest:
                raise UpstreamError(
                    f"{self.path}: upstream {use.upstream!r} ({use.source} {use.ref}, components {use.components}) has "
                    f"content {use.digest}, but the lock pins {locked}: the release changed under the same ref, or the "
                    "checkout was edited. Review it (`mlmanifests diff`), then accept it with `mlmanifests lock`"
                )
        return new

    def record(self, uses: list[Use], *, replace: bool) -> None:
        """Add the uses to the lock; `replace` first forgets every recorded digest of the upstreams used."""
        if replace:
            for name in {use.upstream for use in uses}:
                self.entries.pop(name, None)
        for use in sorted(uses, key=lambda u: (u.upstream, u.components)):
            entry = self.entries.setdefault(use.upstream, {})
            entry.update({"source": use.source, "ref": use.ref, "commit": use.commit})
            entry.setdefault("content", {})[use.components] = use.digest

    def text(self) -> str:
        ordered = {name: {**{k: v for k, v in entry.items() if k != "content"},
                          "content": dict(sorted((entry.get("content") or {}).items()))}
                   for name, entry in sorted(self.entries.items())}
        return _HEADER + yaml.safe_dump({"upstreams": json.loads(json.dumps(ordered))}, sort_keys=False, width=200)

    def write(self) -> None:
        """Atomically (a scratch file of its own renamed into place, so concurrent runs cannot tear it)."""
        assert not self.read_only, "the embedded default's lock is never written"
        handle, scratch = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(self.text())
        os.chmod(scratch, 0o644)
        os.replace(scratch, self.path)


_USES: ContextVar[list[Use] | None] = ContextVar("upstream_uses", default=None)


@contextmanager
def recording_uses():
    """Collect every upstream composition made while the block runs (the pipeline verifies them against the lock)."""
    uses: list[Use] = []
    token = _USES.set(uses)
    try:
        yield uses
    finally:
        _USES.reset(token)


def note_use(use: Use) -> None:
    uses = _USES.get()
    if uses is not None and use not in uses:
        uses.append(use)
