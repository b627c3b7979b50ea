"""Load the config: a file (or the embedded default), then --set overrides, then validation."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from .errors import ConfigError, format_validation_error
from .root import Config
from .set_overrides import apply_overrides
from .yaml_source import DEFAULT_CONFIG_NAME, read_config_file, read_default_config


def load_config(path: str | Path | None = None, overrides: list[str] | tuple[str, ...] = ()) -> Config:
    """The validated config. A named file replaces the embedded default; --set values apply on top of either."""
    tree = read_config_file(path) if path is not None else read_default_config()
    name = str(path) if path is not None else DEFAULT_CONFIG_NAME
    set_paths = apply_overrides(tree, list(overrides))
    try:
        return Config.model_validate(tree)
    except ValidationError as error:
        raise format_validation_error(error, tree=tree, file=name, overrides=set_paths) from None


def config_json_schema() -> dict:
    """JSON Schema of the config file, for editor completion."""
    schema = Config.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "mlmanifests config"
    return schema
