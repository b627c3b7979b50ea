"""Building blocks shared by every config section: strict models and the value types Kubernetes imposes."""

from __future__ import annotations

import re
from typing import Annotated, ClassVar, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from pydantic.alias_generators import to_camel

from mlmanifests.manifests import ObjectId
from mlmanifests.prerequisites import Prerequisite


class StrictModel(BaseModel):
    """A config section: camelCase keys as in Kubernetes YAML, unknown keys rejected, values immutable."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, alias_generator=to_camel, populate_by_name=True, use_attribute_docstrings=True
    )


_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
_DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")


def _dns_label(value: str) -> str:
    if len(value) > 63 or not _DNS_LABEL.match(value):
        raise ValueError("must be a DNS-1123 label: at most 63 lowercase letters, digits and '-', starting and ending alphanumeric")
    return value


def _dns_subdomain(value: str) -> str:
    if len(value) > 253 or not _DNS_SUBDOMAIN.match(value):
        raise ValueError("must be a DNS-1123 subdomain: lowercase letters, digits, '-' and '.', starting and ending alphanumeric")
    return value


DnsLabel = Annotated[str, AfterValidator(_dns_label)]
"""A namespace or Service name."""

ObjectName = Annotated[str, AfterValidator(_dns_subdomain)]
"""The name of most Kubernetes objects."""


# registry[:port]/path[:tag][@sha256:digest]
_IMAGE = re.compile(
    r"^(?P<repository>[a-z0-9]+(?:[._-][a-z0-9]+)*(?::[0-9]+)?(?:/[a-zA-Z0-9]+(?:[._-]+[a-zA-Z0-9]+)*)*)"
    r"(?::(?P<tag>[\w][\w.-]{0,127}))?(?:@(?P<digest>sha256:[a-f0-9]{64}))?$"
)


def _pinned_image(value: str) -> str:
    match = _IMAGE.match(value)
    if not match:
        raise ValueError("is not an OCI image reference (registry/repository:tag or repository@sha256:<64 hex>)")
    if match["tag"] == "latest" and not match["digest"]:
        raise ValueError("uses ':latest', which changes under you; pin a release tag (e.g. ':v1.2.3') or a digest ('@sha256:…')")
    if not match["tag"] and not match["digest"]:
        raise ValueError("has no tag, which means ':latest'; pin a release tag (e.g. ':v1.2.3') or a digest ('@sha256:…')")
    return value


PinnedImage = Annotated[str, AfterValidator(_pinned_image)]
"""An OCI image pinned by tag (not `latest`) or digest."""


TaintEffect = Literal["NoSchedule", "PreferNoSchedule", "NoExecute"]


class Taint(StrictModel):
    """A node taint; the tolerations workloads need are derived from it, never written by hand."""

    key: str
    value: str | None = None
    effect: TaintEffect = "NoSchedule"

    def toleration(self) -> dict[str, str]:
        if self.value is None:
            return {"key": self.key, "operator": "Exists", "effect": self.effect}
        return {"key": self.key, "operator": "Equal", "value": self.value, "effect": self.effect}


class NodeGroup(StrictModel):
    """Nodes a workload must land on, described by what they carry: labels to select and taints to tolerate."""

    labels: dict[str, str] = Field(default_factory=dict)
    """Labels on those nodes; workloads select them with a nodeSelector."""
    taints: list[Taint] = Field(default_factory=list)
    """Taints on those nodes; workloads get exactly the matching tolerations."""

    def tolerations(self) -> list[dict[str, str]]:
        return [taint.toleration() for taint in self.taints]

    def node_selector(self) -> dict[str, str]:
        return dict(self.labels)


class ResourceRequirements(StrictModel):
    """Container requests and limits (quantities as strings: '100m', '256Mi', '1')."""

    requests: dict[str, str] = Field(default_factory=lambda: {"cpu": "100m", "memory": "128Mi"})
    limits: dict[str, str] = Field(default_factory=lambda: {"memory": "128Mi"})

    def to_k8s(self, extra: dict[str, str] | None = None) -> dict[str, dict[str, str]]:
        """The resources block; `extra` (e.g. an extended resource) goes into requests and limits alike."""
        requests = {**self.requests, **(extra or {})}
        limits = {**self.limits, **(extra or {})}
        return {key: value for key, value in (("limits", limits), ("requests", requests)) if value}


class ExternalObject(StrictModel):
    """An object that exists outside this target (created by hand, another tool or another target).

    Declaring it lets references to it pass the checks; anything else referenced must be synthesized.
    """

    kind: str
    name: ObjectName
    namespace: DnsLabel | None = None
    api_version: str = "v1"

    @property
    def group(self) -> str:
        return self.api_version.rpartition("/")[0]

    @property
    def id(self) -> ObjectId:
        return ObjectId(self.group, self.kind, self.namespace or "", self.name)


class TargetSection(StrictModel):
    """Base of every target's config section."""

    external: list[ExternalObject] = Field(default_factory=list)
    """Objects outside this target that its objects may reference (the checks accept references to them)."""

    def external_objects(self) -> list[ExternalObject]:
        """Everything this target may reference without synthesizing it: `external` plus what the section implies
        (e.g. an existing Secret named by a SecretSource)."""
        return list(self.external)

    def prerequisites(self) -> list[Prerequisite]:
        """What must exist before this target's output is applied (operators and releases, identities, objects made
        by hand); `mlmanifests list` prints them. Targets override this."""
        return []


class SecretStoreRef(StrictModel):
    """An External Secrets Operator store, created by the platform team (never by mlmanifests)."""

    name: ObjectName
    kind: Literal["ClusterSecretStore", "SecretStore"] = "ClusterSecretStore"


class RemoteSecretKey(StrictModel):
    """One value in the external store: the secret's name there and, for JSON secrets, the property."""

    key: str
    property: str | None = None


class SecretSource(StrictModel):
    """Where a Kubernetes Secret comes from. Its value never passes through mlmanifests.

    Either `existingSecret` (a Secret someone else creates; only referenced) or `store` + `remoteKeys`
    (an ExternalSecret that syncs it from Google Secret Manager, Azure Key Vault, ...).
    """

    references_a_secret: ClassVar[bool] = True
    """What is given in its place may be a secret value: error messages never repeat it."""

    existing_secret: ObjectName | None = None
    """Name of an existing Secret in the workload's namespace; nothing is synthesized for it."""
    store: SecretStoreRef | None = None
    remote_keys: dict[str, RemoteSecretKey] = Field(default_factory=dict)
    """Secret data key -> where its value lives in the store."""
    refresh_interval: str = Field(default="1h", pattern=r"^([0-9]+(ns|us|µs|ms|s|m|h))+$")

    @model_validator(mode="after")
    def _one_source(self) -> "SecretSource":
        if (self.existing_secret is None) == (self.store is None):
            raise ValueError("set exactly one of `existingSecret` (a Secret that exists) or `store` + `remoteKeys` (an ExternalSecret)")
        if self.store is not None and not self.remote_keys:
            raise ValueError("`remoteKeys` must map each Secret key to its key in the store")
        return self

    def implied_external(self, namespace: str) -> list[ExternalObject]:
        """An existing Secret is outside the target: references to it are declared, not dangling."""
        if self.existing_secret is None:
            return []
        return [ExternalObject(kind="Secret", name=self.existing_secret, namespace=namespace)]
