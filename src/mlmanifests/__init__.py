"""mlmanifests: typed Python config in, deterministic Kubernetes YAML out.

The public API: every name in `__all__` is importable from `mlmanifests` itself and stays where it is across
releases (the modules behind them may move). Names load on first use, so `import mlmanifests` is cheap and does
not start Node; importing it keeps jsii's Node end-of-life banner out of the output of whatever imports cdk8s next.

- Run it: `load_config`, `run` (synthesize and check, in memory), `render_tree` / `write_tree` (dist/),
  `synthesize_target` (one target's objects from a section dict), `run_checks`.
- Build on it: `Target` (register your own, entry point group `mlmanifests.targets`), `TargetSection` (base of a
  config section), `ClusterPart`, `Prerequisite`, and the constructs a chart of yours can reuse:
  `RestrictedWorkload` (a Pod, Job, Deployment or DaemonSet held to Pod Security "restricted") with its
  `RestrictedContainer`s, `PodSecurity` and typed `Exemption`s, `GpuPool`, `NodeGroup`, `Taint`, `SecretSource`,
  `secret_from_source`, `GoogleServiceAccount`, `google_service_account`, `bind_workload_identity`, `KustomizeBase`,
  `restricted_pod_security_context`, `restricted_container_security_context`.
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
"""The release (pyproject.toml's `version`)."""

# jsii reads these when it starts Node (the first cdk8s import): without them Node's end-of-life notice is
# printed as a bytes repr on stderr. jsii compares the first against the running major, split on commas
# (jsii/_embedded/jsii/bin__jsii-runtime.js, checkNode), so every major is listed: no `node --version` at import.
# Set only when unset, so a user's own choice wins; runner.node.prepare_node checks the version before synthesis.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", ",".join(str(major) for major in range(10, 41)))
os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")

_EXPORTS: dict[str, str] = {
    # running
    "load_config": "mlmanifests.config.load",
    "ConfigBase": "mlmanifests.config.root",
    "ConfigError": "mlmanifests.config.errors",
    "run": "mlmanifests.runner.pipeline",
    "Run": "mlmanifests.runner.pipeline",
    "synthesize_target": "mlmanifests.runner.synth",
    "render_tree": "mlmanifests.output.writer",
    "write_tree": "mlmanifests.output.writer",
    "run_checks": "mlmanifests.checks",
    "Report": "mlmanifests.checks.findings",
    "Finding": "mlmanifests.checks.findings",
    "Manifest": "mlmanifests.manifests",
    "ObjectId": "mlmanifests.manifests",
    # extending
    "Target": "mlmanifests.targets",
    "ClusterPart": "mlmanifests.targets",
    "registered_targets": "mlmanifests.targets",
    "TargetSection": "mlmanifests.config.types",
    "StrictModel": "mlmanifests.config.types",
    "Taint": "mlmanifests.config.types",
    "SecretSource": "mlmanifests.config.types",
    "ExternalObject": "mlmanifests.config.types",
    "GlobalSettings": "mlmanifests.config.global_settings",
    "Prerequisite": "mlmanifests.targets.prerequisites",
    # constructs (these import cdk8s: Node starts on first use)
    "GpuPool": "mlmanifests.constructs.gpu_pool",
    "NodeGroup": "mlmanifests.constructs.node_group",
    "secret_from_source": "mlmanifests.constructs.external_secret",
    "GoogleServiceAccount": "mlmanifests.constructs.workload_identity",
    "google_service_account": "mlmanifests.constructs.workload_identity",
    "bind_workload_identity": "mlmanifests.constructs.workload_identity",
    "KustomizeBase": "mlmanifests.constructs.kustomize_base",
    "restricted_pod_security_context": "mlmanifests.constructs.pod_security",
    "restricted_container_security_context": "mlmanifests.constructs.pod_security",
    "PodSecurity": "mlmanifests.constructs.pod_security",
    "Exemption": "mlmanifests.constructs.pod_security",
    "RestrictedWorkload": "mlmanifests.constructs.restricted_workload",
    "RestrictedContainer": "mlmanifests.constructs.restricted_workload",
}

__all__ = ["Config", "__version__", "ClusterPart", "ConfigBase", "ConfigError", "Exemption", "ExternalObject",
    "Finding", "GlobalSettings", "GoogleServiceAccount", "GpuPool", "KustomizeBase", "Manifest", "NodeGroup", "ObjectId",
    "PodSecurity", "Prerequisite", "Report", "RestrictedContainer", "RestrictedWorkload", "Run", "SecretSource",
    "StrictModel", "Taint", "Target", "TargetSection",
    "bind_workload_identity", "google_service_account", "load_config", "registered_targets", "render_tree",
    "restricted_container_security_context", "restricted_pod_security_context", "run", "run_checks",
    "secret_from_source", "synthesize_target", "write_tree"]

if TYPE_CHECKING:
    from mlmanifests.targets import ClusterPart, Target, registered_targets
    from mlmanifests.checks import run_checks
    from mlmanifests.checks.findings import Finding, Report
    from mlmanifests.config.errors import ConfigError
    from mlmanifests.config.global_settings import GlobalSettings
    from mlmanifests.config.load import load_config
    from mlmanifests.config.root import Config, ConfigBase
    from mlmanifests.config.types import ExternalObject, SecretSource, StrictModel, Taint, TargetSection
    from mlmanifests.constructs.external_secret import secret_from_source
    from mlmanifests.constructs.gpu_pool import GpuPool
    from mlmanifests.constructs.kustomize_base import KustomizeBase
    from mlmanifests.constructs.node_group import NodeGroup
    from mlmanifests.constructs.pod_security import (
        Exemption,
        PodSecurity,
        restricted_container_security_context,
        restricted_pod_security_context,
    )
    from mlmanifests.constructs.restricted_workload import RestrictedContainer, RestrictedWorkload
    from mlmanifests.constructs.workload_identity import (
        GoogleServiceAccount,
        bind_workload_identity,
        google_service_account,
    )
    from mlmanifests.manifests import Manifest, ObjectId
    from mlmanifests.runner.pipeline import Run, run
    from mlmanifests.targets.prerequisites import Prerequisite
    from mlmanifests.runner.synth import synthesize_target
    from mlmanifests.output.writer import render_tree, write_tree


def __getattr__(name: str) -> Any:
    if name == "Config":  # the config model, with a section per registered target (built on first use)
        from mlmanifests.config.root import config_model

        return config_model()
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'mlmanifests' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
