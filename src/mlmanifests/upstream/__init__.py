"""Pinned upstream releases: fetched with the `git` CLI into a cache (or read from a local checkout), verified
against the lock file, rendered in-process and composed with a target's patches.

    checkout = fetch(source)                     # git clone --depth 1 --branch <ref>, cached; or the local path
    composed = compose(checkout, components, overlay)   # upstream + our patches, as kustomize builds them
    lock.verify(name, composed.digest)           # content that differs from mlmanifests.lock is refused
"""

from .errors import UpstreamError
from .git import Checkout, fetch

__all__ = ["Checkout", "UpstreamError", "fetch"]
