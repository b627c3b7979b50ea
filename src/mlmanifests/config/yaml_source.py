"""Config from YAML: a file the user names, or the default embedded in the package."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError

from .errors import ConfigError

DEFAULT_CONFIG_NAME = "<embedded default config>"
STDIN_NAME = "<stdin>"


def _parse(text: str, name: str) -> Any:
    yaml = YAML(typ="rt")  # round-trip nodes keep line/column for error messages
    try:
        tree = yaml.load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"{name}:{mark.line + 1}:{mark.column + 1}" if mark else name
        raise ConfigError(f"{where}: not valid YAML: {error.problem or error.context}; fix the syntax there") from None
    if tree is None:
        return {}
    if not isinstance(tree, dict):
        raise ConfigError(f"{name}: the config must be a mapping of sections (global, gkm, ...), not {type(tree).__name__}")
    return tree


def read_config_file(path: str | Path) -> Any:
    """A config file's tree; `-` reads standard input."""
    if str(path) == "-":
        return _parse(sys.stdin.read(), STDIN_NAME)
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found; pass an existing file to --config or omit it to use the default") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the config file: {error.strerror}") from None
    return _parse(text, str(path))


def default_config_text() -> str:
    return resources.files("mlmanifests").joinpath("defaults/mlmanifests.yaml").read_text(encoding="utf-8")


def read_default_config() -> Any:
    return _parse(default_config_text(), DEFAULT_CONFIG_NAME)
