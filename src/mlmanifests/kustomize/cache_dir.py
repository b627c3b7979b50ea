"""Where the renderer keeps what it fetched or derived: $XDG_CACHE_HOME/mlmanifests (default ~/.cache/mlmanifests)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_home() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mlmanifests"
