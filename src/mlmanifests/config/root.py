"""The whole config file: the `global` section plus one optional section per target."""

from __future__ import annotations

from pydantic import Field

from .gkm import GkmConfig
from .global_settings import GlobalSettings
from .types import StrictModel


class Config(StrictModel):
    """One mlmanifests config. A target is synthesized when its section is present."""

    global_: GlobalSettings = Field(default_factory=GlobalSettings, alias="global")
    gkm: GkmConfig | None = None
    """GPU Kernel Manager caches and the workloads that mount them."""

    def section(self, target: str) -> object | None:
        """The config section of a target, by its target name (e.g. 'gemma-on-tpu')."""
        return getattr(self, target.replace("-", "_"))
