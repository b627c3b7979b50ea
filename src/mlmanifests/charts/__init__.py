"""The targets: one cdk8s Chart per target, each built only from its own config section.

A chart module is imported only when its target is synthesized: the generated bindings it uses are large.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Target:
    name: str
    """The target's name: its config section key and its folder under dist/."""
    chart: str
    """`module:Class` of its cdk8s Chart; the class takes (scope, id, section, settings)."""
    summary: str


TARGETS: dict[str, Target] = {
    target.name: target
    for target in (
        Target("gkm", "mlmanifests.charts.gkm:GkmChart", "GPU Kernel Manager caches and the workloads that mount them"),
    )
}


def chart_class(target: str) -> Any:
    module, _, cls = TARGETS[target].chart.partition(":")
    return getattr(importlib.import_module(module), cls)
