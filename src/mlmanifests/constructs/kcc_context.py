"""The ConfigConnectorContext of a namespace: which Google service account KCC acts as there (namespaced mode) and
which project its requests are charged to."""

from __future__ import annotations

from constructs import Construct

from mlmanifests.config.gcp import KccIdentity
from mlmanifests.constructs.kcc import CONFIG_CONNECTOR_CONTEXT_NAME
from mlmanifests.imports.kcc_core import (
    ConfigConnectorContext,
    ConfigConnectorContextSpec,
    ConfigConnectorContextSpecRequestProjectPolicy,
)


def config_connector_context(scope: Construct, id: str, *, namespace: str, identity: KccIdentity) -> ConfigConnectorContext:
    """The namespace's one ConfigConnectorContext (the operator reconciles only this name).

    requestProjectPolicy is always written: KCC's default, SERVICE_ACCOUNT_PROJECT, sends quota, API-enablement
    checks and billing to the account's (management) project (configconnectorcontext_types.go GetRequestProjectPolicy)."""
    return ConfigConnectorContext(
        scope, id,
        metadata={"name": CONFIG_CONNECTOR_CONTEXT_NAME, "namespace": namespace},
        spec=ConfigConnectorContextSpec(
            google_service_account=identity.google_service_account,
            request_project_policy=ConfigConnectorContextSpecRequestProjectPolicy[identity.request_project_policy.replace("_", "_UNDERSCORE_")],
            billing_project=identity.billing_project,
        ),
    )
