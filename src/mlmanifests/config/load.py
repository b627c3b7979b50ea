"""Load the config: a file (or the embedded default), then --set overrides, then validation."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from .errors import ConfigError, format_validation_error
from .fleet import merge_overrides
from .root import Config
from .set_overrides import apply_overrides
from .yaml_source import DEFAULT_CONFIG_NAME, read_config_file, read_default_config


def load_config(path: str | Path | None = None, overrides: list[str] | tuple[str, ...] = ()) -> Config:
    """The validated config. A named file replaces the embedded default; --set values apply on top of either."""
    tree = read_config_file(path) if path is not None else read_default_config()
    name = str(path) if path is not None else DEFAULT_CONFIG_NAME
    set_paths = apply_overrides(tree, list(overrides))
    try:
        config = Config.model_validate(tree)
    except ValidationError as error:
        raise format_validation_error(error, tree=tree, file=name, overrides=set_paths, model=Config) from None
    _resolve_clusters(config, tree, name)
    return config


def _resolve_clusters(config: Config, tree: dict, name: str) -> None:
    """Validate each fleet cluster's config: the base config with the cluster's overrides merged over it."""
    names = [cluster.name for cluster in config.clusters]
    if len(set(names)) != len(names):
        duplicate = next(n for n in names if names.count(n) > 1)
        raise ConfigError(f"{name}: clusters: cluster name {duplicate!r} appears twice; names must be unique")
    base = {key: value for key, value in tree.items() if key != "clusters"}
    for index, cluster in enumerate(config.clusters):
        merged = merge_overrides(base, cluster.overrides)
        try:
            config._cluster_configs[cluster.name] = Config.model_validate(merged)
        except ValidationError as error:
            overrides_node = tree["clusters"][index].get("overrides", {})
            raise format_validation_error(
                error, tree=overrides_node, file=name, overrides={}, path_prefix=f"clusters[{index}].overrides",
                model=Config,
            ) from None
        if "clusters" in cluster.overrides:
            raise ConfigError(f"{name}: clusters[{index}].overrides: a cluster cannot define clusters; remove `clusters` there")


def config_json_schema() -> dict:
    """JSON Schema of the config file, for editor completion."""
    schema = Config.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "mlmanifests config"
    return schema
