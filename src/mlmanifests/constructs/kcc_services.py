"""Cloud API enablement as Config Connector `Service` objects, safe to delete and aware of retired APIs.

Every Service is abandoned on delete (`cnrm.cloud.google.com/deletion-policy: abandon`) and never disables
dependent services, so removing it from the config never switches an API off under running workloads.

A retired API named in config (the seeds name Container Registry and Cloud ML Engine) is replaced by its
successor by default; the object records what it replaced. With `retired_apis="keep"` the retired API is
enabled as written and the object names its successor, for the checks to warn with the replacement named.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from constructs import Construct

from mlmanifests.config.gcp import RETIRED_API_SUCCESSORS
from mlmanifests.constructs.kcc import DELETION_POLICY_ANNOTATION
from mlmanifests.imports.kcc_serviceusage import Service, ServiceSpec

DISABLE_DEPENDENT_SERVICES = "cnrm.cloud.google.com/disable-dependent-services"
REPLACES_RETIRED_API = "mlmanifests.dev/replaces-retired-api"
"""On a Service enabling a successor: the retired API the config named."""
RETIRED_API_SUCCESSOR = "mlmanifests.dev/retired-api-successor"
"""On a Service enabling a retired API (kept on request): the API that replaced it. Checks warn on it."""


@dataclass(frozen=True)
class EnabledApi:
    """One API enablement: what config asked for and what the Service object enables."""

    requested: str
    """API named in config."""
    enabled: str
    """API the Service enables (the successor when `requested` is retired and not kept)."""
    successor: str | None
    """Successor of `requested` if Google retired it, else None."""


def plan_apis(requested: list[str], retired_apis: Literal["successor", "keep"]) -> list[EnabledApi]:
    """What to enable for each requested API; a successor already requested is not enabled twice."""
    planned: list[EnabledApi] = []
    seen: set[str] = set()
    for api in requested:
        successor = RETIRED_API_SUCCESSORS.get(api)
        enabled = successor if successor and retired_apis == "successor" else api
        if enabled in seen:
            continue
        seen.add(enabled)
        planned.append(EnabledApi(api, enabled, successor))
    return planned


def enable_apis(
    scope: Construct, *, namespace: str, apis: list[EnabledApi], labels: dict[str, str] | None = None
) -> list[Service]:
    """One KCC Service per API, named after the API, in `namespace` (whose annotation gives the project)."""
    services = []
    for api in apis:
        annotations = {DELETION_POLICY_ANNOTATION: "abandon", DISABLE_DEPENDENT_SERVICES: "false"}
        if api.successor and api.enabled == api.successor:
            annotations[REPLACES_RETIRED_API] = api.requested
        elif api.successor:
            annotations[RETIRED_API_SUCCESSOR] = api.successor
        metadata = {"name": api.enabled, "namespace": namespace, "annotations": annotations}
        if labels:
            metadata["labels"] = labels
        services.append(
            Service(scope, f"service-{api.enabled}", metadata=metadata, spec=ServiceSpec(resource_id=api.enabled))
        )
    return services
