"""The one error type of the upstream package: bad input or an unreachable source, reported by the CLI (exit 2)."""

from mlmanifests.config.errors import ConfigError


class UpstreamError(ConfigError):
    """An upstream source that cannot be fetched, or content that differs from the lock; the message says the fix."""
