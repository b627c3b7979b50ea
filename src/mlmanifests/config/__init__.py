"""Typed config: pydantic models per section, loaded from YAML with --set overrides."""

from .errors import ConfigError
from .load import config_json_schema, load_config
from .root import Config

__all__ = ["Config", "ConfigError", "config_json_schema", "load_config"]
