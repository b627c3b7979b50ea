"""What deleting a Config Connector object does, and the labels it carries, applied to a whole chart at once.

KCC deletes the Google Cloud resource when its object is deleted, unless the object says
`cnrm.cloud.google.com/deletion-policy: abandon`. GitOps prunes objects that leave the config, so a stateful
resource (cluster, network, database, bucket, service account) is abandoned by default and deleted only when the
config names it in `kcc.deleteOnRemoval`. KCC copies `metadata.labels` onto the resource as Google Cloud labels.
"""

from __future__ import annotations

from cdk8s import ApiObject
from constructs import Construct

from mlmanifests.config.gcp import KccObjectPolicy
from mlmanifests.constructs.kcc import DELETION_POLICY_ANNOTATION

KCC_GROUP_SUFFIX = ".cnrm.cloud.google.com"
STATEFUL_KINDS = frozenset({
    "ContainerCluster", "ContainerNodePool", "ComputeNetwork", "ComputeSubnetwork", "ComputeAddress", "ComputeRouter",
    "ComputeRouterNAT", "ServiceNetworkingConnection", "SQLInstance", "SQLDatabase", "SQLUser", "StorageBucket",
    "IAMServiceAccount",
})
"""KCC kinds whose resource holds data or state others depend on. API `Service`s are always abandoned (kcc_services)."""
OPERATOR_GROUP = "core.cnrm.cloud.google.com"  # ConfigConnector(Context): operator configuration, not cloud resources


def apply_kcc_policy(scope: Construct, policy: KccObjectPolicy) -> None:
    """Give every KCC resource object under `scope` the policy's labels and, when stateful, its deletion policy."""
    for node in scope.node.find_all():
        if not isinstance(node, ApiObject):
            continue
        group = node.api_version.rpartition("/")[0]
        if not group.endswith(KCC_GROUP_SUFFIX) or group == OPERATOR_GROUP:
            continue
        for key, value in sorted(policy.labels.items()):
            node.metadata.add_label(key, value)
        if node.kind in STATEFUL_KINDS:
            deleted = policy.deletion_policy == "delete" or node.name in policy.delete_on_removal
            node.metadata.add_annotation(DELETION_POLICY_ANNOTATION, "delete" if deleted else "abandon")
