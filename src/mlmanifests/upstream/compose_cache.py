"""The cache of composed upstream builds: rendering a whole Kubeflow platform takes seconds, reading it back a
fraction of one.

An entry is keyed by everything the build's result depends on besides upstream's files: the renderer's own code
(a digest of the `mlmanifests.kustomize` sources and the composer), the checkout's folder, the components and
the overlay's files. It holds the upstream files the build read with their digests, and is used only when each
of those files still has its recorded content and the entry's own checksum verifies; otherwise the build runs
again and the entry is rewritten (atomically: a scratch file renamed into place). The file is the sha256 of its JSON payload on the first line,
then the payload.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from .git import cache_dir

_FORMAT = 1


@cache
def renderer_fingerprint() -> str:
    """A digest of the code that decides what a build gives."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted([*(package / "kustomize").rglob("*.py"), package / "upstream" / "compose.py"]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class Entry:
    def __init__(self, root: Path, path: Path) -> None:
        self.root = root
        self.path = path

    def read(self) -> dict[str, Any] | None:
        try:
            checksum, _, text = self.path.read_bytes().partition(b"\n")
            if checksum.decode() != hashlib.sha256(text).hexdigest():
                return None
            payload = json.loads(text)
            if not isinstance(payload, dict) or payload.get("format") != _FORMAT:
                return None
            for relative, content in payload["used"]:
                if hashlib.sha256((self.root / relative).read_bytes()).hexdigest() != content:
                    return None
            return payload["result"]
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing, unreadable or not ours: build again

    def write(self, result: dict[str, Any], used: list[tuple[str, str]]) -> None:
        payload = {"format": _FORMAT, "used": used, "result": result}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, scratch = tempfile.mkstemp(prefix=".entry-", dir=self.path.parent)
            text = json.dumps(payload, separators=(",", ":")).encode()
            with os.fdopen(handle, "wb") as stream:
                stream.write(hashlib.sha256(text).hexdigest().encode() + b"\n" + text)
            os.replace(scratch, self.path)
        except OSError:
            pass  # a cache that cannot be written only costs time


def entry_for(root: Path, components: list[str], overlay_folder: Path) -> Entry:
    key = hashlib.sha256()
    key.update(f"{renderer_fingerprint()}\0{root}\0{','.join(components)}\0".encode())
    for path in sorted(overlay_folder.iterdir()):
        key.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return Entry(root, cache_dir() / "compose" / f"{key.hexdigest()}.json")

