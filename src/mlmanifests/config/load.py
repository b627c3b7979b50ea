"""Load the config: a file (or the embedded default), then --set overrides, then validation."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Union

from pydantic import ValidationError

from .errors import ConfigError, format_validation_error
from .fleet import merge_overrides
from .root import ConfigBase, config_model
from .set_overrides import apply_overrides
from .yaml_source import DEFAULT_CONFIG_NAME, STDIN_NAME, read_config_file, read_default_config


ConfigPaths = Union[str, Path, Sequence[Union[str, Path]], None]


def load_config(path: ConfigPaths = None, overrides: Sequence[str] = ()) -> ConfigBase:
    """The validated config, from layers in this order, each over the one before:

    1. the embedded default, used only when no file is named;
    2. each named file (`-c`, repeatable; `-` is standard input) in order: the first replaces the default, each
       later one is merged over the result (mappings key by key; lists and values replace);
    3. each `--set path=value` in order.
    """
    paths = [] if path is None else [path] if isinstance(path, (str, Path)) else list(path)
    layers = [(read_config_file(p), STDIN_NAME if str(p) == "-" else str(p)) for p in paths] or [
        (read_default_config(), DEFAULT_CONFIG_NAME)
    ]
    tree = layers[0][0]
    for layer, _ in layers[1:]:
        tree = merge_overrides(tree, layer)
    name = layers[-1][1]
    set_paths = apply_overrides(tree, list(overrides))
    try:
        config = config_model().model_validate(tree)
    except ValidationError as error:
        raise format_validation_error(error, tree=tree, file=name, overrides=set_paths, model=config_model(),
                                      layers=layers) from None
    _resolve_clusters(config, tree, name)
    return config


def _resolve_clusters(config: ConfigBase, tree: dict, name: str) -> None:
    """Validate each fleet cluster's config: the base config with the cluster's overrides merged over it."""
    names = [cluster.name for cluster in config.clusters]
    if len(set(names)) != len(names):
        duplicate = next(n for n in names if names.count(n) > 1)
        raise ConfigError(f"{name}: clusters: cluster name {duplicate!r} appears twice; names must be unique")
    base = {key: value for key, value in tree.items() if key != "clusters"}
    for index, cluster in enumerate(config.clusters):
        merged = merge_overrides(base, cluster.overrides)
        try:
            config._cluster_configs[cluster.name] = config_model().model_validate(merged)
        except ValidationError as error:
            overrides_node = tree["clusters"][index].get("overrides", {})
            raise format_validation_error(
                error, tree=overrides_node, file=name, overrides={}, path_prefix=f"clusters[{index}].overrides",
                model=config_model(),
            ) from None
        if "clusters" in cluster.overrides:
            raise ConfigError(f"{name}: clusters[{index}].overrides: a cluster cannot define clusters; remove `clusters` there")


def config_json_schema() -> dict:
    """JSON Schema of the config file, for editor completion."""
    from .json_schema import editor_schema

    schema = editor_schema(config_model().model_json_schema(by_alias=True))
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "mlmanifests config"
    return schema
