"""Shared by the kubeflow-aks tests: the target synthesized in-process from the default config plus --set values."""

from __future__ import annotations

from typing import Any, Iterator

import pytest

import chart_support
from mlmanifests.config import ConfigError, load_config
from mlmanifests.manifests import Manifest
from mlmanifests.runner.synth import synthesize

TARGET = "kubeflow-aks"


def synth(*overrides: str) -> list[Manifest]:
    """The target's objects from the embedded default config with these `--set` overrides."""
    return synthesize(load_config(None, list(overrides)), [TARGET])


def config_error(*overrides: str) -> str:
    """The message of the ConfigError the default config with these `--set` overrides raises."""
    with pytest.raises(ConfigError) as raised:
        load_config(None, list(overrides))
    return str(raised.value)


def default_section() -> dict[str, Any]:
    """The default config's kubeflow-aks section as a plain tree, to edit for a test."""
    return chart_support.default_section(TARGET)


def synth_section(section: dict[str, Any]) -> list[Manifest]:
    """The target's objects for this section (other sections of the default config left out)."""
    return chart_support.synth(TARGET, section)


def by_kind(manifests: list[Manifest], kind: str) -> list[Manifest]:
    return [m for m in manifests if m.kind == kind]


def one(manifests: list[Manifest], kind: str, name: str) -> Manifest:
    return chart_support.only(manifests, kind, name)


def pod_spec(manifest: Manifest) -> dict[str, Any]:
    return manifest.body["spec"]["template"]["spec"]


def tolerates(toleration: dict[str, Any], taint: dict[str, Any]) -> bool:
    """Kubernetes' toleration matching, written out here so the tests do not lean on the checks under test."""
    if toleration.get("effect") not in (None, "", taint["effect"]):
        return False
    if toleration.get("operator", "Equal") == "Exists":
        return toleration.get("key") in (None, "", taint["key"])
    return toleration.get("key") == taint["key"] and toleration.get("value") == taint.get("value")


def pool_taints(manifests: list[Manifest], pool: str) -> list[dict[str, Any]]:
    return one(manifests, "NodePool", pool).body["spec"]["template"]["spec"].get("taints", [])


def strings(node: Any) -> Iterator[str]:
    """Every string (keys and values) in an object tree."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from strings(item)
    elif node is not None:
        yield str(node)
