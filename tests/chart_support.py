"""Shared by the per-target chart tests: a target synthesized from (an edited copy of) its default config section,
checked with the real checks, and small finders over the result."""

from __future__ import annotations

import json
from typing import Any

from mlmanifests.checks import Report
from mlmanifests.config import Config
from mlmanifests.config.yaml_source import read_default_config
from mlmanifests.manifests import Manifest
from mlmanifests.runner.pipeline import check_manifests
from mlmanifests.runner.synth import synthesize_target


def default_section(target: str) -> dict[str, Any]:
    """The embedded default config's section of `target` as plain data, free to edit for one test."""
    return json.loads(json.dumps(read_default_config()[target]))


def synth(target: str, section: dict[str, Any]) -> list[Manifest]:
    """The target's objects (cluster parts included) from this section alone."""
    return synthesize_target(target, section)


def checked(target: str, section: dict[str, Any], manifests: list[Manifest]) -> Report:
    """Every check over `manifests`, with the externals the section declares, as `synth` runs them: the target's
    folder and each cluster part (another cluster) on its own."""
    from mlmanifests.config import config_model

    config = config_model().model_validate({"upstreams": read_default_config()["upstreams"], target: section})
    by_folder: dict[str | None, list[Manifest]] = {}
    for manifest in manifests:
        by_folder.setdefault(manifest.folder, []).append(manifest)
    reports = [check_manifests(members, config, [target]) for members in by_folder.values()]
    return Report([f for r in reports for f in r.findings], [e for r in reports for e in r.exemptions])


def only(manifests: list[Manifest], kind: str, name: str | None = None) -> Manifest:
    """The one object of `kind` (and `name`); fails when there is none or more than one."""
    (found,) = [m for m in manifests if m.kind == kind and (name is None or m.name == name)]
    return found
