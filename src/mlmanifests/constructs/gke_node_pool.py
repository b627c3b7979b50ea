"""A GKE node pool as Config Connector builds it: autoscaled, auto-repaired and -upgraded, shielded, Workload Identity
metadata, running as a given Google service account."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from mlmanifests.constructs.kcc import CLOUD_PLATFORM_SCOPE
from mlmanifests.imports.kcc_container import (
    ContainerNodePool,
    ContainerNodePoolSpec,
    ContainerNodePoolSpecAutoscaling,
    ContainerNodePoolSpecClusterRef,
    ContainerNodePoolSpecManagement,
    ContainerNodePoolSpecNodeConfig,
    ContainerNodePoolSpecNodeConfigServiceAccountRef,
    ContainerNodePoolSpecNodeConfigShieldedInstanceConfig,
    ContainerNodePoolSpecNodeConfigWorkloadMetadataConfig,
)


def gke_node_pool(
    scope: Construct, id: str, *, metadata: dict, cluster: str, location: str, node_account: str, machine_type: str,
    min_nodes: int, max_nodes: int, disk_size_gb: int, spot: bool = False, guest_accelerator: Any = None, taint: Any = None,
) -> ContainerNodePool:
    """`cluster` and `node_account` name the ContainerCluster and IAMServiceAccount objects of the same namespace.

    The pool starts at `min_nodes` (0 is allowed: the autoscaler adds nodes when pods need them)."""
    return ContainerNodePool(scope, id, metadata=metadata, spec=ContainerNodePoolSpec(
        cluster_ref=ContainerNodePoolSpecClusterRef(name=cluster),
        location=location,
        initial_node_count=min_nodes,
        autoscaling=ContainerNodePoolSpecAutoscaling(min_node_count=min_nodes, max_node_count=max_nodes),
        management=ContainerNodePoolSpecManagement(auto_repair=True, auto_upgrade=True),
        node_config=ContainerNodePoolSpecNodeConfig(
            machine_type=machine_type,
            disk_size_gb=disk_size_gb,
            spot=spot or None,
            oauth_scopes=[CLOUD_PLATFORM_SCOPE],
            service_account_ref=ContainerNodePoolSpecNodeConfigServiceAccountRef(name=node_account),
            workload_metadata_config=ContainerNodePoolSpecNodeConfigWorkloadMetadataConfig(mode="GKE_METADATA"),
            shielded_instance_config=ContainerNodePoolSpecNodeConfigShieldedInstanceConfig(
                enable_secure_boot=True, enable_integrity_monitoring=True,
            ),
            guest_accelerator=guest_accelerator,
            taint=taint,
        ),
    ))
