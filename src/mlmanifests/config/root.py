"""The whole config file: the `global` section, one optional section per registered target, and `clusters`.

The target sections come from the target registry (`mlmanifests.charts.registered_targets`): a plugin's target
adds its section, with its own model, exactly as the shipped ones do. The model is built on first use.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import Field, PrivateAttr, create_model, model_validator

from .fleet import ClusterSpec
from .global_settings import GlobalSettings
from .types import StrictModel, TargetSection


class ConfigBase(StrictModel):
    """One mlmanifests config. A target is synthesized when its section is present."""

    global_: GlobalSettings = Field(default_factory=GlobalSettings, alias="global")

    if TYPE_CHECKING:  # declared by config_model(), after the target sections (so they print in that order)
        clusters: list[ClusterSpec]

    _cluster_configs: dict[str, "ConfigBase"] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _destinations_name_targets(self) -> "ConfigBase":
        targets = self.target_names()
        unknown = sorted(set(self.global_.gitops.argocd.destinations) - set(targets))
        if unknown:
            raise ValueError(f"global.gitops.argocd.destinations names {', '.join(unknown)}, which is not a target; "
                             f"targets: {', '.join(sorted(targets))}")
        return self

    @classmethod
    def target_names(cls) -> list[str]:
        """Every target this config model has a section for, in registry order."""
        from mlmanifests.charts import registered_targets

        return list(registered_targets())

    def cluster_config(self, cluster: str) -> "ConfigBase":
        """The config of one fleet cluster (base merged with its overrides, validated at load time)."""
        return self._cluster_configs[cluster]

    def section(self, target: str) -> TargetSection | None:
        """The config section of a target, by its target name (e.g. 'gemma-on-tpu'); None when absent."""
        section: TargetSection | None = getattr(self, target.replace("-", "_"), None)
        return section


@cache
def config_model() -> type[ConfigBase]:
    """The Config model: `global`, a section per registered target (its `Target.config`), then `clusters`."""
    from mlmanifests.charts import registered_targets

    fields: dict[str, Any] = {
        target.field_name: (target.config | None, Field(default=None, alias=target.name, description=target.summary))
        for target in registered_targets().values()
    }
    fields["clusters"] = (
        list[ClusterSpec],
        Field(default_factory=list,
              description="A fleet: each cluster gets dist/clusters/<name>/<target>/ from this config with its overrides merged in."),
    )
    model: type[ConfigBase] = create_model(
        "Config", __base__=ConfigBase, __module__=__name__, __doc__=ConfigBase.__doc__, **fields
    )
    return model


if TYPE_CHECKING:
    Config = ConfigBase
else:

    def __getattr__(name: str) -> Any:
        if name == "Config":
            return config_model()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
