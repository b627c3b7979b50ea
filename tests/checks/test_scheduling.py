"""Taints against tolerations and pod node selection against pool requirements, one rule at a time."""

from __future__ import annotations

import pytest

from mlmanifests.checks.scheduling import Pool, tolerates
from mlmanifests.manifests import Manifest

GPU_TAINT = {"key": "nvidia.com/gpu", "value": "true", "effect": "NoSchedule"}


@pytest.mark.parametrize(("toleration", "expected"), [
    ({"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}, True),
    ({"key": "nvidia.com/gpu", "operator": "Equal", "value": "true", "effect": "NoSchedule"}, True),
    ({"key": "nvidia.com/gpu", "value": "true"}, True),  # operator defaults to Equal, any effect
    ({"key": "nvidia.com/gpu", "operator": "Equal", "value": "false", "effect": "NoSchedule"}, False),
    ({"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoExecute"}, False),
    ({"key": "sku", "operator": "Equal", "value": "gpu", "effect": "NoSchedule"}, False),
    ({"operator": "Exists"}, True),  # tolerates everything
    ({"operator": "Equal", "value": "true"}, False),  # an empty key needs Exists
])
def test_toleration_matches_taint(toleration, expected):
    assert tolerates(toleration, GPU_TAINT) is expected


def _pool(labels=None, requirements=None) -> Pool:
    body = {"apiVersion": "karpenter.sh/v1", "kind": "NodePool", "metadata": {"name": "p"},
            "spec": {"template": {"metadata": {"labels": labels or {}}, "spec": {"requirements": requirements or []}}}}
    return Pool.from_manifest(Manifest("t", body))


@pytest.mark.parametrize(("pod_requirement", "expected"), [
    (("kubernetes.io/arch", "In", ["amd64"]), True),
    (("kubernetes.io/arch", "In", ["arm64"]), False),
    (("kubernetes.io/arch", "NotIn", ["amd64"]), False),
    (("kubernetes.io/arch", "Exists", []), True),
    (("kubernetes.io/arch", "DoesNotExist", []), False),
    (("team", "In", ["ml"]), True),  # a template label
    (("team", "In", ["web"]), False),
    (("karpenter.sh/nodepool", "In", ["p"]), True),  # every node knows its pool
    (("topology.kubernetes.io/zone", "In", ["westeurope-1"]), True),  # well known, not constrained by the pool
    (("gpu-node", "In", ["true"]), False),  # a custom label the pool never sets
    (("gpu-node", "DoesNotExist", []), True),
])
def test_pool_allows_pod_requirement(pod_requirement, expected):
    pool = _pool(labels={"team": "ml"}, requirements=[{"key": "kubernetes.io/arch", "operator": "In", "values": ["amd64"]}])
    assert pool.allows(*pod_requirement) is expected


def test_pool_supplies_gpus_by_taint_or_by_requirement():
    assert _pool(requirements=[{"key": "karpenter.azure.com/sku-gpu-manufacturer", "operator": "In", "values": ["nvidia"]}]).supplies("nvidia.com/gpu")
    assert not _pool().supplies("nvidia.com/gpu")
    tainted = Pool("g", (GPU_TAINT,), {}, ())
    assert tainted.supplies("nvidia.com/gpu") and not tainted.supplies("google.com/tpu")
