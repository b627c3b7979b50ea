"""Config from YAML: a file the user names, or the default embedded in the package."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError

from mlmanifests.yaml_limits import CONFIG_LIMITS, YamlLimitExceeded, check_yaml_bounds, read_bounded_text

from .errors import ConfigError

DEFAULT_CONFIG_NAME = "<embedded default config>"
STDIN_NAME = "<stdin>"


def _parse(text: str, name: str) -> Any:
    try:
        check_yaml_bounds(text, CONFIG_LIMITS)
    except YamlLimitExceeded as problem:
        raise ConfigError(f"{name}: {problem}") from None
    yaml = YAML(typ="rt")  # round-trip nodes keep line/column for error messages
    try:
        tree = yaml.load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"{name}:{mark.line + 1}:{mark.column + 1}" if mark else name
        raise ConfigError(f"{where}: not valid YAML: {error.problem or error.context}; fix the syntax there") from None
    if tree is None:
        raise ConfigError(f"{name}: the config is empty (nothing but comments); it names no target, so synth would "
                          "empty dist/: start from `mlmanifests config` and keep the sections you use")
    if not isinstance(tree, dict):
        raise ConfigError(f"{name}: the config must be a mapping of sections (global, gkm, ...), not {type(tree).__name__}")
    return tree


def read_config_file(path: str | Path) -> Any:
    """A config file's tree; `-` reads standard input."""
    if str(path) == "-":
        return _parse(sys.stdin.read(), STDIN_NAME)
    path = Path(path)
    try:
        text = read_bounded_text(path, CONFIG_LIMITS)
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found; pass an existing file to --config or omit it to use the default") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a folder; pass the config file itself to --config") from None
    except YamlLimitExceeded as problem:
        raise ConfigError(f"{path}: {problem}") from None
    except (OSError, ValueError) as error:  # ValueError: a path with NUL in it
        raise ConfigError(f"{path}: cannot read the config file: {getattr(error, 'strerror', None) or error}") from None
    return _parse(text, str(path))


def default_config_text() -> str:
    return resources.files("mlmanifests").joinpath("defaults/mlmanifests.yaml").read_text(encoding="utf-8")


def read_default_config() -> Any:
    return _parse(default_config_text(), DEFAULT_CONFIG_NAME)
