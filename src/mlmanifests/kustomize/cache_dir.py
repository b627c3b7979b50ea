"""Where mlmanifests keeps what it fetched or derived: $MLMANIFESTS_CACHE_DIR, else $XDG_CACHE_HOME/mlmanifests
(default ~/.cache/mlmanifests)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_home() -> Path:
    configured = os.environ.get("MLMANIFESTS_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mlmanifests"
