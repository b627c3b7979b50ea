"""The `gemma-on-tpu` section: the GemmaOnTPUServer kro graph, its admin bootstrap and example instances (seed 000)."""

from __future__ import annotations

import math
import re
from pydantic import Field, model_validator

from mlmanifests.targets.prerequisites import EXTERNAL_SECRETS_OPERATOR, Prerequisite

from mlmanifests.config.gcp import GcpSecretStoreConfig, KccIdentity, KccObjectPolicy
from mlmanifests.config.types import (
    DnsLabel,
    ExternalObject,
    ObjectName,
    PinnedImage,
    RemoteSecretKey,
    ResourceRequirements,
    SecretSource,
    SecretStoreRef,
    StrictModel,
    TargetSection,
)

KAGGLE_CREDENTIALS_KEY = "kaggle.json"
"""The key the Kaggle CLI reads: the converter mounts the Secret at its config dir, so the file is kaggle.json."""

_TOPOLOGY = re.compile(r"^[1-9][0-9]*(x[1-9][0-9]*){1,2}$")
_KAGGLE_MAXTEXT_HANDLE = re.compile(r"^[a-z0-9-]+/(?P<model>[a-z0-9-]+)/maxtext/(?P<variation>[a-z0-9.-]+)/[0-9]+$")
MAX_CHIPS_PER_HOST = 8
"""A Deployment's pod runs on one TPU VM: single-host slices have at most 8 chips (v5e, v6e)."""
MAX_INSTANCE_NAME = 63 - len("-checkpoint")
"""The checkpoint Job is `<name>-checkpoint`, and a Job's name is a label value (63 characters)."""
RGD_NAME_FOR_DOCS = "gemmaontpuserver.kro.run"


class GcpProject(StrictModel):
    """The Google Cloud project the team namespace is bound to; created as a KCC Project object that acquires it."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]{4,28}[a-z0-9]$")
    """Project ID (resourceID of the KCC Project); no default."""
    display_name: str = Field(min_length=4, max_length=30)
    """The project's display name (`spec.name`). KCC makes the project match it, so use its current name."""
    object_name: ObjectName = "acquire-namespace-project"
    """Name of the KCC Project object in the team namespace; the RGD's `project` externalRef names it."""
    folder_id: str | None = Field(default=None, pattern=r"^[0-9]+$")
    """Numeric ID of the parent folder (set this or `organizationId`)."""
    organization_id: str | None = Field(default=None, pattern=r"^[0-9]+$")
    """Numeric ID of the parent organization (set this or `folderId`)."""

    @model_validator(mode="after")
    def _one_parent(self) -> "GcpProject":
        if (self.folder_id is None) == (self.organization_id is None):
            raise ValueError(
                "gemma-on-tpu.project: set exactly one of `folderId` or `organizationId` (the project's parent; "
                "`gcloud projects describe PROJECT --format='value(parent.type,parent.id)'` shows it)"
            )
        return self


class GemmaCheckpoint(StrictModel):
    """One Gemma checkpoint users may pick: its Kaggle MaxText handle; the converter's output paths follow from it."""

    name: DnsLabel
    """Value of the instance's `checkpoint` field, e.g. gemma-7b-it."""
    kaggle_handle: str = Field(pattern=_KAGGLE_MAXTEXT_HANDLE.pattern)
    """Kaggle model handle in MaxText format, OWNER/MODEL/maxtext/VARIATION/VERSION (e.g. google/gemma/maxtext/7b-it/2)."""
    min_chips: int = Field(default=1, ge=1, le=MAX_CHIPS_PER_HOST)
    """Fewest TPU chips whose HBM holds the bf16 weights plus the KV cache (v5e: 16 GB a chip). An instance asking
    for a smaller topology is refused at admission. Default 1; gemma-7b-it (~17 GB of weights) needs 4."""

    @property
    def _parts(self) -> tuple[str, str]:
        match = _KAGGLE_MAXTEXT_HANDLE.match(self.kaggle_handle)
        assert match is not None  # the field pattern guarantees it
        return match["model"], match["variation"]

    @property
    def maxtext_model_name(self) -> str:
        """MaxText's `model_name` (gemma-7b): the converter names it MODEL-SIZE, SIZE being the variation up to '-'."""
        model, variation = self._parts
        return f"{model}-{variation.split('-')[0]}"

    @property
    def unscanned_items_path(self) -> str:
        """Where the converter writes the unscanned (serving) checkpoint, relative to the bucket root."""
        model, variation = self._parts
        return f"final/unscanned/{model}_{variation}/0/checkpoints/0/items"


class TpuChoices(StrictModel):
    """The TPU slices users may ask for: GKE node labels cloud.google.com/gke-tpu-accelerator and -topology."""

    accelerators: list[str] = Field(default_factory=lambda: ["tpu-v5-lite-podslice"], min_length=1)
    """Allowed values of gke-tpu-accelerator; the first is the default."""
    topologies: list[str] = Field(default_factory=lambda: ["2x4", "2x2", "1x1"], min_length=1)
    """Allowed single-host topologies (e.g. 2x4 = 8 chips); the first is the default."""

    @model_validator(mode="after")
    def _single_host_topologies(self) -> "TpuChoices":
        for index, topology in enumerate(self.topologies):
            if not _TOPOLOGY.fullmatch(topology):
                raise ValueError(f"gemma-on-tpu.tpu.topologies[{index}] is {topology!r}; write it as AxB or AxBxC (e.g. 2x4)")
            if chips_of(topology) > MAX_CHIPS_PER_HOST:
                raise ValueError(
                    f"gemma-on-tpu.tpu.topologies[{index}] ({topology}) has {chips_of(topology)} chips; a serving pod "
                    f"runs on one TPU VM, so use a single-host topology of at most {MAX_CHIPS_PER_HOST} chips"
                )
        for name, values in (("accelerators", self.accelerators), ("topologies", self.topologies)):
            if len(set(values)) != len(values):
                raise ValueError(f"gemma-on-tpu.tpu.{name} lists a value twice; list each once")
        return self


def chips_of(topology: str) -> int:
    """TPU chips in a slice: the product of its topology's dimensions (2x4 -> 8)."""
    return math.prod(int(part) for part in topology.split("x"))


class CheckpointConverter(StrictModel):
    """The Job that downloads a checkpoint from Kaggle into the bucket and converts it for MaxText serving."""

    image: PinnedImage = "us-docker.pkg.dev/cloud-tpu-images/inference/inference-checkpoint:v0.2.4"
    """Converter image (ai-on-gke checkpoint_converter.sh)."""
    resources: ResourceRequirements = Field(
        default_factory=lambda: ResourceRequirements(
            requests={"cpu": "16", "memory": "96Gi", "ephemeral-storage": "64Gi"},
            limits={"memory": "96Gi", "ephemeral-storage": "64Gi"},
        )
    )
    """No TPU: conversion runs on CPU. Default sized for 7B (full-precision weights held twice while rewritten,
    ~56 GB; Autopilot needs 1 vCPU per 6.5 GiB) and ephemeral storage for `scratchSize` plus the MaxText clone."""
    scratch_size: str = Field(default="50Gi", pattern=r"^[0-9]+(Mi|Gi|Ti)$")
    """Size limit of the emptyDir at /data where the Kaggle archive is downloaded and unpacked (~32 GB peak for 7B)."""
    active_deadline_seconds: int = Field(default=21600, ge=600)
    """The Job fails (and its pod stops) after this long, so a stuck download does not hold the node. Default 6 h."""


class ServerOptions(StrictModel):
    """The serving Deployment: JetStream's MaxText engine plus its HTTP front end, in one pod per TPU slice."""

    engine_image: PinnedImage = "us-docker.pkg.dev/cloud-tpu-images/inference/maxengine-server:v0.2.2"
    """JetStream MaxText engine image; default maxengine-server:v0.2.2."""
    http_image: PinnedImage = "us-docker.pkg.dev/cloud-tpu-images/inference/jetstream-http:v0.2.2"
    """JetStream HTTP front-end image; default jetstream-http:v0.2.2."""
    engine_resources: ResourceRequirements = Field(
        default_factory=lambda: ResourceRequirements(requests={"cpu": "8", "memory": "32Gi"}, limits={"memory": "32Gi"})
    )
    """CPU and memory of the engine container (default 8 CPU, 32Gi); its TPU chips follow from the topology."""
    http_resources: ResourceRequirements = Field(
        default_factory=lambda: ResourceRequirements(requests={"cpu": "500m", "memory": "512Mi"}, limits={"memory": "512Mi"})
    )
    """CPU and memory of the HTTP front end (default 500m, 512Mi)."""
    per_device_batch_size: int = Field(default=4, ge=1)
    """MaxText per_device_batch_size (default 4)."""
    max_prefill_predict_length: int = Field(default=1024, ge=1)
    """Longest prompt, in tokens (MaxText max_prefill_predict_length; default 1024)."""
    max_target_length: int = Field(default=2048, ge=2)
    """Longest prompt plus answer, in tokens (MaxText max_target_length; default 2048)."""
    max_replicas: int = Field(default=4, ge=1)
    """Largest `replicas` an instance may ask for (each replica holds a whole TPU slice)."""
    http_port: int = Field(default=8000, ge=1, le=65535)
    """Port of the HTTP API (POST /generate), on the container and the Service (default 8000)."""
    grpc_port: int = Field(default=9000, ge=1, le=65535)
    """Port of the engine's gRPC API, on the container and the Service (default 9000)."""
    metrics_port: int = Field(default=9100, ge=1, le=65535)
    """The engine's Prometheus port (MaxText `prometheus_port`, the seed's 9100), on the container and the Service."""

    @model_validator(mode="after")
    def _lengths(self) -> "ServerOptions":
        if self.max_prefill_predict_length >= self.max_target_length:
            raise ValueError("gemma-on-tpu.server.maxPrefillPredictLength must be below maxTargetLength")
        if len({self.http_port, self.grpc_port, self.metrics_port}) != 3:
            raise ValueError("gemma-on-tpu.server.httpPort, grpcPort and metricsPort must differ")
        return self


class ExampleInstance(StrictModel):
    """A GemmaOnTPUServer to synthesize as an example; unset fields take the schema's defaults."""

    name: DnsLabel
    """Instance name, in the team `namespace` (where its Project object and Kaggle Secret are); no default."""
    replicas: int | None = Field(default=None, ge=0)
    """Serving replicas, each on its own TPU slice; unset: the schema default (1)."""
    checkpoint: str | None = None
    """One of `checkpoints[].name`; unset: the first."""
    tpu_accelerator: str | None = None
    """One of `tpu.accelerators`; unset: the first."""
    tpu_topology: str | None = None
    """One of `tpu.topologies`; unset: the first."""
    kaggle_secret: ObjectName | None = None
    """Secret holding kaggle.json; unset: the schema default (`kaggleSecretName` or `existingSecret`)."""


def _default_kaggle_source() -> SecretSource:
    return SecretSource(
        store=SecretStoreRef(name="gcp-secret-manager"),
        remote_keys={KAGGLE_CREDENTIALS_KEY: RemoteSecretKey(key="kaggle-api-token")},
    )


class GemmaOnTpuConfig(TargetSection):
    """The GemmaOnTPUServer graph an admin publishes, the bootstrap it relies on, and example instances."""

    namespace: DnsLabel = "config-connector"
    """Team namespace: annotated with the project ID, holds the Project object, Kaggle Secret and instances."""
    project: GcpProject
    """The team's Google Cloud project (no default)."""
    kcc_service_account: str = Field(pattern=r"^[a-z][a-z0-9-]{4,28}[a-z0-9]@[a-z][a-z0-9-]{4,28}[a-z0-9]\.iam\.gserviceaccount\.com$")
    """Google service account Config Connector acts as (ConfigConnector `googleServiceAccount`); no default."""
    manage_config_connector: bool = True
    """Emit the cluster's one ConfigConnector object (default true); set false where the GKE add-on or another
    target owns it (a cluster has exactly one, named configconnector.core.cnrm.cloud.google.com)."""
    workload_identity_project: str | None = Field(default=None, pattern=r"^[a-z][a-z0-9-]{4,28}[a-z0-9]$")
    """Project of the GKE cluster, whose pool <id>.svc.id.goog the pods' identity lives in; unset: the team project."""
    kaggle_credentials: SecretSource = Field(default_factory=_default_kaggle_source)
    """Where the Kaggle API token comes from: an ExternalSecret from Google Secret Manager, or an existing Secret.
    Either way the Secret holds one key, kaggle.json (the file Kaggle's "Create New Token" gives you)."""
    kaggle_secret_name: ObjectName = "kaggle-credentials"
    """Name of the Secret the ExternalSecret creates; the instance's `kaggleSecret` defaults to it (or to `existingSecret`)."""
    bucket_location: str = Field(default="US-CENTRAL1", pattern=r"^[A-Z0-9-]+$")
    """Cloud Storage location of each instance's checkpoint bucket (keep it in the cluster's region)."""
    bucket_prefix: str = Field(default="gemma-ckpt", pattern=r"^[a-z][a-z0-9-]{0,20}$")
    """Bucket names are <prefix>-<instance uid>: unique per instance and across Cloud Storage."""
    checkpoints: list[GemmaCheckpoint] = Field(
        default_factory=lambda: [GemmaCheckpoint(name="gemma-7b-it", kaggle_handle="google/gemma/maxtext/7b-it/2", min_chips=4)],
        min_length=1,
    )
    """Checkpoints users may pick (the instance's `checkpoint` enum); the first is the default."""
    tpu: TpuChoices = Field(default_factory=TpuChoices)
    """TPU accelerators and topologies users may pick (default tpu-v5-lite-podslice; 2x4, 2x2, 1x1)."""
    converter: CheckpointConverter = Field(default_factory=CheckpointConverter)
    """The checkpoint download/convert Job (image and CPU-only resources)."""
    server: ServerOptions = Field(default_factory=ServerOptions)
    """The serving Deployment (images, resources, MaxText settings, ports, largest replicas)."""
    instances: list[ExampleInstance] = Field(default_factory=list)
    """Example GemmaOnTPUServer objects, written to instances/ so they apply once the RGD's CRD exists."""
    kcc: KccObjectPolicy = Field(default_factory=KccObjectPolicy)
    """Labels of the graph's KCC objects; `deletionPolicy` is the checkpoint bucket's: abandon (default) keeps it and
    its checkpoint when an instance is deleted, delete removes it with its objects (force-destroy)."""
    secret_store: GcpSecretStoreConfig = Field(default_factory=GcpSecretStoreConfig)
    """The Secret Manager ClusterSecretStore the Kaggle ExternalSecret reads (emitted with its identity by default)."""

    @property
    def kaggle_secret(self) -> str:
        """The Secret name instances use by default."""
        return self.kaggle_credentials.existing_secret or self.kaggle_secret_name

    @property
    def emits_secret_store(self) -> bool:
        store = self.kaggle_credentials.store
        return (self.secret_store.create and store is not None and store.kind == "ClusterSecretStore"
                and store.name == self.secret_store.name)

    def kcc_identity(self) -> KccIdentity:
        """Cluster mode: the one ConfigConnector acts as `kccServiceAccount` for every namespace."""
        return KccIdentity(mode="cluster", google_service_account=self.kcc_service_account,
                           management_project=self.workload_identity_project or self.project.id)

    def external_objects(self) -> list[ExternalObject]:
        return [*self.external, *self.kaggle_credentials.implied_external(self.namespace)]

    def prerequisites(self) -> list[Prerequisite]:
        kcc = self.kcc_identity().prerequisites(self.namespace, self.project.id)
        if not self.manage_config_connector:
            kcc[0] = Prerequisite(kcc[0].what, kcc[0].version, "serves the KCC kinds; the cluster's ConfigConnector "
                                  f"(cluster mode, googleServiceAccount {self.kcc_service_account}) is someone else's")
        secret = self.kaggle_credentials.remote_keys.get(KAGGLE_CREDENTIALS_KEY)
        return [
            Prerequisite("kro", ">= 0.9 (the RGD CRD carried here is v0.9.3's)",
                         f"serves ResourceGraphDefinition and turns {RGD_NAME_FOR_DOCS} into the GemmaOnTPUServer kind"),
            *kcc,
            EXTERNAL_SECRETS_OPERATOR,
            Prerequisite("Kaggle API token in Secret Manager", "",
                         f"secret {secret.key if secret else '(existing Secret)'} in project "
                         f"{self.secret_store.secret_project or self.project.id} holding the kaggle.json file "
                         "(Kaggle > Settings > Create New Token), after accepting the Gemma license on Kaggle"),
            Prerequisite("GKE cluster with TPU capacity", "GKE >= 1.28 (TPUs for unprivileged containers)",
                         f"Workload Identity on, TPU quota for {', '.join(self.tpu.accelerators)} in the cluster's region "
                         "(Autopilot provisions the slices)"),
        ]

    @model_validator(mode="after")
    def _consistent(self) -> "GemmaOnTpuConfig":
        source = self.kaggle_credentials
        if source.store is not None and set(source.remote_keys) != {KAGGLE_CREDENTIALS_KEY}:
            raise ValueError(
                f"gemma-on-tpu.kaggleCredentials.remoteKeys must map exactly the key {KAGGLE_CREDENTIALS_KEY!r} "
                f"(the converter reads /kaggle/{KAGGLE_CREDENTIALS_KEY}); found {sorted(source.remote_keys)}"
            )
        if self.bucket_prefix.startswith("goog"):
            raise ValueError("gemma-on-tpu.bucketPrefix may not start with 'goog' (Cloud Storage refuses such names); pick another")
        names = [checkpoint.name for checkpoint in self.checkpoints]
        if len(set(names)) != len(names):
            raise ValueError("gemma-on-tpu.checkpoints: each `name` must be unique")
        for index, instance in enumerate(self.instances):
            where = f"gemma-on-tpu.instances[{index}]"
            for field, value, allowed in (
                ("checkpoint", instance.checkpoint, names),
                ("tpuAccelerator", instance.tpu_accelerator, self.tpu.accelerators),
                ("tpuTopology", instance.tpu_topology, self.tpu.topologies),
            ):
                if value is not None and value not in allowed:
                    raise ValueError(f"{where}.{field} is {value!r} ({instance.name}); the RGD allows {', '.join(allowed)}")
            if instance.replicas is not None and instance.replicas > self.server.max_replicas:
                raise ValueError(
                    f"{where}.replicas is {instance.replicas} ({instance.name}); at most server.maxReplicas ({self.server.max_replicas})"
                )
        if self.kcc.delete_on_removal:
            raise ValueError("gemma-on-tpu.kcc.deleteOnRemoval is not used: the graph's objects are per instance; set "
                             "kcc.deletionPolicy for the checkpoint buckets instead")
        chips = {topology: chips_of(topology) for topology in self.tpu.topologies}
        for checkpoint in self.checkpoints:
            if checkpoint.min_chips > max(chips.values()):
                raise ValueError(f"gemma-on-tpu.checkpoints[{checkpoint.name}].minChips is {checkpoint.min_chips}, more "
                                 f"than any of tpu.topologies ({', '.join(self.tpu.topologies)}) offers")
        for index, instance in enumerate(self.instances):
            checkpoint = next(c for c in self.checkpoints if c.name == (instance.checkpoint or names[0]))
            topology = instance.tpu_topology or self.tpu.topologies[0]
            if chips[topology] < checkpoint.min_chips:
                raise ValueError(f"gemma-on-tpu.instances[{index}] ({instance.name}): {checkpoint.name} needs at least "
                                 f"{checkpoint.min_chips} TPU chips, topology {topology} has {chips[topology]}; pick a "
                                 "larger tpuTopology")
        for index, instance in enumerate(self.instances):
            if len(instance.name) > MAX_INSTANCE_NAME or not instance.name[0].isalpha():
                raise ValueError(f"gemma-on-tpu.instances[{index}].name {instance.name!r}: start with a letter (the "
                                 f"Service is named after it, DNS-1035) and keep to {MAX_INSTANCE_NAME} characters "
                                 "(the Job is <name>-checkpoint, at most 63)")
        instance_names = [instance.name for instance in self.instances]
        if len(set(instance_names)) != len(instance_names):
            raise ValueError("gemma-on-tpu.instances: two instances share a name; rename one")
        return self
