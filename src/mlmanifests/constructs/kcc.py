"""Config Connector conventions the KCC charts share: annotation keys, singleton names, object metadata."""

from __future__ import annotations

PROJECT_ID_ANNOTATION = "cnrm.cloud.google.com/project-id"
"""On a namespace (or object): the Google Cloud project its KCC objects are created in."""
DELETION_POLICY_ANNOTATION = "cnrm.cloud.google.com/deletion-policy"
"""`abandon`: deleting the object leaves the cloud resource in place."""
REMOVE_DEFAULT_NODE_POOL_ANNOTATION = "cnrm.cloud.google.com/remove-default-node-pool"
CONFIG_CONNECTOR_NAME = "configconnector.core.cnrm.cloud.google.com"
"""The only ConfigConnector name the KCC operator reconciles (one per cluster)."""
CONFIG_CONNECTOR_CONTEXT_NAME = "configconnectorcontext.core.cnrm.cloud.google.com"
CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform"


def kcc_metadata(
    name: str, namespace: str, *, annotations: dict[str, str] | None = None, labels: dict[str, str] | None = None
) -> dict:
    """Metadata of a namespaced KCC object, with only the maps that have entries."""
    metadata: dict = {"name": name, "namespace": namespace}
    if annotations:
        metadata["annotations"] = dict(annotations)
    if labels:
        metadata["labels"] = dict(labels)
    return metadata
