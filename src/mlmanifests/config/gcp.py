"""Config types shared by the Config Connector (KCC) targets: the Google Cloud project and the APIs it enables.

Every KCC object a target emits lives in one namespace annotated `cnrm.cloud.google.com/project-id`, so the
project of each object comes from that namespace; `projectRef`s are only written where a field needs the
project explicitly (IAM grants on the project), and then as `external: projects/<id>`.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from .types import DnsLabel, StrictModel

_PROJECT_ID = re.compile(r"^[a-z][-a-z0-9]{4,28}[a-z0-9]$")
_API = re.compile(r"^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*\.googleapis\.com$")
_REGION = re.compile(r"^[a-z]+-[a-z]+[0-9]+$")
_ZONE = re.compile(r"^[a-z]+-[a-z]+[0-9]+-[a-z]$")


def _project_id(value: str) -> str:
    if not _PROJECT_ID.fullmatch(value):
        raise ValueError("must be a Google Cloud project id: 6-30 lowercase letters, digits and '-', starting with a letter")
    return value


def _api(value: str) -> str:
    if not _API.fullmatch(value):
        raise ValueError("must be a Google Cloud API service name such as 'compute.googleapis.com'")
    return value


def _region(value: str) -> str:
    if not _REGION.fullmatch(value):
        raise ValueError("must be a Google Cloud region such as 'us-central1'")
    return value


def _zone(value: str) -> str:
    if not _ZONE.fullmatch(value):
        raise ValueError("must be a Google Cloud zone such as 'us-central1-a'")
    return value


ProjectId = Annotated[str, AfterValidator(_project_id)]
"""A Google Cloud project id (not its number)."""
ApiName = Annotated[str, AfterValidator(_api)]
"""A Google Cloud API service name, e.g. `container.googleapis.com`."""
Region = Annotated[str, AfterValidator(_region)]
Zone = Annotated[str, AfterValidator(_zone)]

# APIs Google has retired, with the API that replaced them. Config may still name the retired API (the seeds do);
# the chart enables the successor unless told to keep the old name, and records both on the object.
RETIRED_API_SUCCESSORS: dict[str, str] = {
    "containerregistry.googleapis.com": "artifactregistry.googleapis.com",  # Container Registry shut down 2025
    "ml.googleapis.com": "aiplatform.googleapis.com",  # AI Platform (Cloud ML Engine) → Vertex AI
}


class GcpProject(StrictModel):
    """Where a target's Google Cloud resources live."""

    project_id: ProjectId
    """Project id every KCC object of the target is created in (annotated on the target's KCC namespace)."""
    region: Region
    """Region of regional resources (subnetwork, Cloud SQL, bucket location unless set)."""
    zone: Zone
    """Zone of zonal resources (a zonal GKE cluster); must lie in `region`."""

    @property
    def workload_pool(self) -> str:
        """The project's Workload Identity pool, `<project>.svc.id.goog`."""
        return f"{self.project_id}.svc.id.goog"

    def check_zone_in_region(self, where: str) -> None:
        if not self.zone.startswith(f"{self.region}-"):
            raise ValueError(f"{where}.zone {self.zone!r} is not in {where}.region {self.region!r}; pick a zone such as '{self.region}-a'")


class CloudApis(StrictModel):
    """The Cloud APIs a target enables with KCC `Service` objects (abandoned, never disabled, on delete)."""

    enable: list[ApiName] = Field(default_factory=list)
    """API service names to enable, e.g. `compute.googleapis.com`. Retired APIs may be named (see `retiredApis`)."""
    retired_apis: Literal["successor", "keep"] = "successor"
    """What to do with a retired API in `enable` (containerregistry, ml): `successor` (default) enables its
    replacement (artifactregistry, aiplatform) instead; `keep` enables the retired name as written and the
    object carries the successor's name so the checks can warn."""

    def duplicates(self) -> list[str]:
        seen: set[str] = set()
        return sorted({api for api in self.enable if api in seen or seen.add(api)})


class KccNamespace(StrictModel):
    """The namespace of the management cluster where the target's KCC objects live."""

    name: DnsLabel
    """Namespace name; KCC creates every object in it inside the project annotated on it."""
    create: bool = True
    """Emit the Namespace (annotated with the project id). false: it exists already, annotated by someone else."""
