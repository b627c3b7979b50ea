"""Typed config: pydantic models per section, loaded from YAML with --set overrides."""

from typing import TYPE_CHECKING, Any

from .errors import ConfigError
from .load import config_json_schema, load_config
from .root import ConfigBase, config_model

if TYPE_CHECKING:
    from .root import Config

__all__ = ["Config", "ConfigBase", "ConfigError", "config_json_schema", "config_model", "load_config"]


def __getattr__(name: str) -> Any:
    if name == "Config":  # built on first use from the target registry (plugins add their sections)
        return config_model()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
