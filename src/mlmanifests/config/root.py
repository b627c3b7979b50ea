"""The whole config file: the `global` section, one optional section per registered target, and `clusters`.

The target sections come from the target registry (`mlmanifests.targets.registered_targets`): a plugin's target
adds its section, with its own model, exactly as the shipped ones do. The model is built on first use.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import Field, PrivateAttr, create_model, model_validator

from .fleet import ClusterSpec
from .global_settings import GlobalSettings
from .types import DnsLabel, StrictModel, TargetSection
from .upstreams import UpstreamSource


class ConfigBase(StrictModel):
    """One mlmanifests config. A target is synthesized when its section is present."""

    global_: GlobalSettings = Field(default_factory=GlobalSettings, alias="global")

    upstreams: dict[DnsLabel, UpstreamSource] = Field(default_factory=dict)
    """Pinned upstream releases (a git URL and tag, or a local folder) the Kubeflow targets compose with, by the
    name targets refer to them (`upstream: <name>`, a DNS label so `--set upstreams.<name>.ref=...` can address
    it); their content is pinned by mlmanifests.lock."""

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
        for target in sorted(targets):
            section = self.section(target)
            for field_path, ref in section.upstream_refs() if section is not None else []:
                if ref.upstream not in self.upstreams:
                    known = ", ".join(sorted(self.upstreams)) or "none"
                    raise ValueError(f"{target}.{field_path}.upstream names {ref.upstream!r}, which `upstreams` does not "
                                     f"define (defined: {known}); add it under `upstreams:` with its release and git URL or path")
                ref.bind(self.upstreams[ref.upstream])
                ref.check_release(field_path)
        return self

    @classmethod
    def target_names(cls) -> list[str]:
        """Every target this config model has a section for, in registry order."""
        from mlmanifests.targets import registered_targets

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
    from mlmanifests.targets import registered_targets

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
