"""Charts to manifests: build one cdk8s Chart per selected target and take its objects as plain dicts."""

from __future__ import annotations

import time
from collections.abc import Iterable
from contextlib import contextmanager

from typing import TYPE_CHECKING

from mlmanifests.targets import registered_targets
from mlmanifests.manifests import UPSTREAM_ANNOTATION, Manifest
from .node import prepare_node, skip_binding_type_checks

if TYPE_CHECKING:
    from mlmanifests.config import ConfigBase as Config


class TargetSelectionError(ValueError):
    """The targets asked for cannot be synthesized as asked (unknown, missing a section, clashing); bad input."""


def selected_targets(config: Config, requested: Iterable[str] = ()) -> list[str]:
    """Targets to synthesize, in registry order: the requested ones, or every one the config has a section for."""
    requested = list(requested)
    targets = registered_targets()
    unknown = [name for name in requested if name not in targets]
    if unknown:
        raise TargetSelectionError(f"unknown target {unknown[0]!r}; known targets: {', '.join(targets)}")
    missing = [name for name in requested if config.section(name) is None]
    if missing:
        raise TargetSelectionError(f"target {missing[0]!r} has no section in the config; add a `{missing[0]}:` section or drop --target {missing[0]}")
    return [name for name in targets if (name in requested if requested else config.section(name) is not None)]


def synthesize(
    config: Config, targets: Iterable[str], *, folder_prefix: str | None = None, timings: PhaseTimings | None = None
) -> list[Manifest]:
    """Every object of the given targets, in chart order; `folder_prefix` places them under it (fleet clusters)."""
    prepare_node()
    import cdk8s  # imported here: importing it starts Node

    skip_binding_type_checks()
    timings = timings if timings is not None else PhaseTimings()
    app = cdk8s.App()
    manifests: list[Manifest] = []
    registry = registered_targets()
    for target in targets:
        with timings.measure("construct"):
            built = registry[target].build(app, config.section(target), config.global_)
        folder = f"{folder_prefix}/{target}" if folder_prefix else None
        with timings.measure("to_json"):
            manifests.extend(_chart_manifests(built.chart, target, folder=folder))
            for part in built.cluster_parts:
                part_folder = f"{folder or target}/{part.folder}"
                manifests.extend(_chart_manifests(part.chart, target, folder=part_folder, destination=part.argocd_cluster))
    return manifests


def _chart_manifests(chart, target: str, **where) -> list[Manifest]:
    """The chart's own objects, then the upstream objects it composed (`upstream_objects`: plain rendered dicts,
    already final, so they do not make a round trip through jsii)."""
    manifests = [Manifest(target, body, **where) for body in chart.to_json()]
    manifests += [Manifest(target, _marked(item.body, item.origin), origin=item.origin, **where)
                  for item in getattr(chart, "upstream_objects", ())]
    return manifests


def _marked(body: dict, origin: str) -> dict:
    metadata = body.get("metadata") or {}
    annotations = {**(metadata.get("annotations") or {}), UPSTREAM_ANNOTATION: origin}
    return {**body, "metadata": {**metadata, "annotations": annotations}}


class PhaseTimings(dict):
    """Seconds spent per phase of a run (construct, to_json, checks, ...), for the benchmark; never in output."""

    @contextmanager
    def measure(self, phase: str):
        start = time.perf_counter()
        try:
            yield
        finally:
            self[phase] = self.get(phase, 0.0) + time.perf_counter() - start


def synthesize_target(target: str, section: dict, upstreams: dict | None = None) -> list[Manifest]:
    """One target's objects from its config section alone (a dict as in the YAML), cluster parts included;
    `upstreams` are the releases it may compose with (default: the embedded default config's)."""
    from mlmanifests.config import config_model

    return synthesize(config_model().model_validate({"upstreams": _upstreams(upstreams), target: section}), [target])


def _upstreams(upstreams: dict | None) -> dict:
    if upstreams is not None:
        return upstreams
    from mlmanifests.config.yaml_source import read_default_config

    return dict(read_default_config().get("upstreams") or {})
