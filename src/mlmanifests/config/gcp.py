"""Config types shared by the Config Connector (KCC) targets: the Google Cloud project and the APIs it enables.

Every KCC object a target emits lives in one namespace annotated `cnrm.cloud.google.com/project-id`, so the
project of each object comes from that namespace; `projectRef`s are only written where a field needs the
project explicitly (IAM grants on the project), and then as `external: projects/<id>`.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from mlmanifests.targets.prerequisites import Prerequisite

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


# --------------------------------------------------------------------------------------- object lifecycle, labels

_LABEL_KEY = re.compile(r"^[a-z][a-z0-9_-]{0,62}$")
_LABEL_VALUE = re.compile(r"^[a-z0-9_-]{0,63}$")


def _gcp_labels(value: dict[str, str]) -> dict[str, str]:
    # Config Connector copies metadata.labels onto the Google Cloud resource, so they must be valid GCP labels too.
    for key, label in value.items():
        if not _LABEL_KEY.match(key) or not _LABEL_VALUE.match(label):
            raise ValueError(f"label {key}={label!r} is not a Google Cloud label: keys start with a lowercase letter; keys "
                             "and values hold at most 63 lowercase letters, digits, '_' and '-'")
    return value


GcpLabels = Annotated[dict[str, str], AfterValidator(_gcp_labels)]


class KccObjectPolicy(StrictModel):
    """What every Config Connector object of the target carries: labels, and what deleting the object does.

    Argo CD (prune) and Flux (`prune: true`) delete objects that leave the config; with `abandon` (the default) that
    removes only the Kubernetes object and leaves the cluster, network, database or bucket in Google Cloud."""

    labels: GcpLabels = Field(default_factory=dict)
    """Labels on every KCC object, which Config Connector copies onto the Google Cloud resource (billing, ownership)."""
    deletion_policy: Literal["abandon", "delete"] = "abandon"
    """`cnrm.cloud.google.com/deletion-policy` of every stateful resource (clusters, node pools, networks, addresses,
    routers, SQL, buckets, service accounts). Default abandon: pruning an object never deletes the resource."""
    delete_on_removal: list[str] = Field(default_factory=list)
    """Object names (metadata.name) that are deleted in Google Cloud with their object, the per-object opt-out."""


# ------------------------------------------------------------------------------------ Config Connector identity

_GSA_EMAIL = re.compile(r"^[a-z][-a-z0-9]{4,28}[a-z0-9]@(?P<project>[a-z][-a-z0-9]{4,28}[a-z0-9])\.iam\.gserviceaccount\.com$")
CNRM_SYSTEM = "cnrm-system"
CONTROLLER_KSA_PREFIX = "cnrm-controller-manager"
"""KCC's controller KSA: `cnrm-controller-manager` in cluster mode, `cnrm-controller-manager-<namespace>` per
ConfigConnectorContext in namespaced mode (KCC operator/pkg/k8s/constants.go ServiceAccountNamePrefix, and
configconnectorcontext/namespaced.go replaceNamespacePattern, which puts the plain namespace name in ${NAMESPACE?})."""


def _gsa_email(value: str) -> str:
    if not _GSA_EMAIL.match(value):
        raise ValueError("is not a Google service account email (<id>@<project>.iam.gserviceaccount.com)")
    return value


GsaEmail = Annotated[str, AfterValidator(_gsa_email)]


def gsa_project(email: str) -> str:
    """The project a Google service account email belongs to."""
    match = _GSA_EMAIL.match(email)
    assert match is not None  # GsaEmail validated it
    return match["project"]


class KccIdentity(StrictModel):
    """Which Google service account Config Connector acts as for this target's namespace, and who pays for its calls."""

    mode: Literal["namespaced", "cluster"] = "namespaced"
    """namespaced (default): a ConfigConnectorContext in the KCC namespace names the account, and KCC runs a
    controller per namespace (KSA cnrm-system/cnrm-controller-manager-<namespace>); cluster: the cluster's one
    ConfigConnector names the account (KSA cnrm-system/cnrm-controller-manager)."""
    google_service_account: GsaEmail
    """The account KCC acts as; it needs rights on the managed project (the seed grants roles/owner)."""
    management_project: ProjectId | None = None
    """Project of the cluster KCC runs in (its Workload Identity pool); default: the account's project."""
    request_project_policy: Literal["RESOURCE_PROJECT", "SERVICE_ACCOUNT_PROJECT", "BILLING_PROJECT"] = "RESOURCE_PROJECT"
    """namespaced mode: the project quota, API enablement checks and billing of KCC's requests go to. Default
    RESOURCE_PROJECT (the managed project); KCC's own default, SERVICE_ACCOUNT_PROJECT, charges the management project."""
    billing_project: ProjectId | None = None
    """The project for `requestProjectPolicy: BILLING_PROJECT`."""
    emit_context: bool = True
    """namespaced mode: emit the namespace's ConfigConnectorContext (default); false: it exists (declared external)."""

    @model_validator(mode="after")
    def _policy(self) -> "KccIdentity":
        if (self.request_project_policy == "BILLING_PROJECT") != (self.billing_project is not None):
            raise ValueError("configConnector.billingProject is set exactly when requestProjectPolicy is BILLING_PROJECT")
        return self

    @property
    def pool_project(self) -> str:
        return self.management_project or gsa_project(self.google_service_account)

    def controller_ksa(self, namespace: str) -> str:
        """`cnrm-system/<name>` of the KSA KCC's controller runs as for `namespace`."""
        name = CONTROLLER_KSA_PREFIX if self.mode == "cluster" else f"{CONTROLLER_KSA_PREFIX}-{namespace}"
        return f"{CNRM_SYSTEM}/{name}"

    def prerequisites(self, namespace: str, managed_project: str, owner_role: str = "roles/owner") -> list[Prerequisite]:
        """The KCC operator, the Workload Identity binding of the controller's KSA and the account's rights: KCC
        cannot create these for itself (it acts as the account they authorize)."""
        gsa, member = self.google_service_account, f"serviceAccount:{self.pool_project}.svc.id.goog[{self.controller_ksa(namespace)}]"
        config_connector = ("a ConfigConnector with spec.mode: namespaced" if self.mode == "namespaced"
                            else f"a ConfigConnector with spec.mode: cluster and googleServiceAccount {gsa}")
        return [
            Prerequisite("Config Connector operator", KCC_OPERATOR_VERSION,
                         f"serves the KCC kinds; {config_connector} (a cluster has one, named "
                         "configconnector.core.cnrm.cloud.google.com)"),
            Prerequisite(f"Workload Identity binding of {gsa}", "",
                         f"roles/iam.workloadIdentityUser for {member}: `gcloud iam service-accounts add-iam-policy-binding "
                         f"{gsa} --role=roles/iam.workloadIdentityUser --member='{member}'`; without it every KCC object "
                         "stays UpdateFailed with 403"),
            Prerequisite(f"{owner_role} for {gsa} on project {managed_project}", "",
                         f"what KCC needs to create the resources (the seed's grant): `gcloud projects add-iam-policy-binding "
                         f"{managed_project} --member=serviceAccount:{gsa} --role={owner_role}`"),
        ]


KCC_OPERATOR_VERSION = ">= 1.155 (the CRDs carried here are v1.155.1's)"


# ------------------------------------------------------------------------------- External Secrets store (GCP)

class GcpSecretStoreConfig(StrictModel):
    """The ClusterSecretStore for Google Secret Manager the target's ExternalSecrets name, and how it authenticates."""

    name: str = Field(default="gcp-secret-manager", pattern=r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
    """Store name the `store.name` of every SecretSource must match. Default gcp-secret-manager."""
    create: bool = True
    """Emit the store, the KSA it authenticates as, its Google service account, Workload Identity binding and a
    secretAccessor grant per secret read (default). false: it exists; declare it under `external`."""
    secret_project: ProjectId | None = None
    """Project holding the secrets. Default: the target's project."""
    service_account_namespace: DnsLabel = "external-secrets"
    """Namespace of the KSA the store authenticates as (ESO's namespace). Default external-secrets."""
    service_account_name: DnsLabel | None = None
    """That KSA, annotated with the store's Google service account. Default: the store's name (so two targets'
    stores in one cluster never share a KSA)."""

    @property
    def ksa_name(self) -> str:
        return self.service_account_name or self.name
