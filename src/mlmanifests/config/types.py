"""Building blocks shared by every config section: strict models and the value types Kubernetes imposes."""

from __future__ import annotations

import re
from typing import Annotated, Any, ClassVar, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError
from pydantic.alias_generators import to_camel

from mlmanifests.config.errors import CREDENTIAL_ERROR
from mlmanifests.credentials import credential_problem
from mlmanifests.manifests import ObjectId
from mlmanifests.targets.prerequisites import Prerequisite


class StrictModel(BaseModel):
    """A config section: camelCase keys as in Kubernetes YAML, unknown keys rejected, values immutable."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, alias_generator=to_camel, populate_by_name=True, use_attribute_docstrings=True
    )


# ------------------------------------------------------------------------------------------ Kubernetes values
# Each type checks a value as the API server will (k8s.io/apimachinery/pkg/util/validation/validation.go:
# IsDNS1123Label, IsDNS1123Subdomain, IsQualifiedName, IsValidLabelValue; resource.ParseQuantity;
# int32/int64 OpenAPI formats), matching the whole value: `re.fullmatch`, never `$`, which accepts a final "\n".

_DNS_LABEL = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?")
_DNS_SUBDOMAIN = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*")
_QUALIFIED_NAME_PART = re.compile(r"([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]")
_LABEL_VALUE = re.compile(r"(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?")
# resource.ParseQuantity (k8s.io/apimachinery/pkg/api/resource/quantity.go): sign, digits, binary or decimal
# suffix, or an exponent.
_QUANTITY = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([KMGTPE]i|[mkMGTPE]|[eE][+-]?[0-9]+)?")

INT32_MAX, INT64_MAX = 2**31 - 1, 2**63 - 1


def _dns_label(value: str) -> str:
    if len(value) > 63 or not _DNS_LABEL.fullmatch(value):
        raise ValueError("must be a DNS-1123 label: at most 63 lowercase letters, digits and '-', starting and ending alphanumeric")
    return value


def _dns_subdomain(value: str) -> str:
    if len(value) > 253 or not _DNS_SUBDOMAIN.fullmatch(value):
        raise ValueError("must be a DNS-1123 subdomain: lowercase letters, digits, '-' and '.', starting and ending alphanumeric")
    return value


def qualified_name_problem(value: str) -> str | None:
    """Why `value` is not a qualified name (label and annotation keys, taint keys, extended resource names)."""
    prefix, slash, name = value.rpartition("/")
    if slash and (not prefix or len(prefix) > 253 or not _DNS_SUBDOMAIN.fullmatch(prefix)):
        return "has a prefix (before '/') that is not a DNS-1123 subdomain (e.g. example.com/name)"
    if len(name) > 63 or not _QUALIFIED_NAME_PART.fullmatch(name):
        return ("must be a qualified name: an optional DNS subdomain prefix and '/', then at most 63 letters, digits, "
                "'-', '_' and '.', starting and ending alphanumeric (e.g. example.com/gpu)")
    return None


def _qualified_name(value: str) -> str:
    problem = qualified_name_problem(value)
    if problem:
        raise ValueError(problem)
    return value


def label_value_problem(value: str) -> str | None:
    if len(value) > 63 or not _LABEL_VALUE.fullmatch(value):
        return "must be a label value: empty, or at most 63 letters, digits, '-', '_' and '.', starting and ending alphanumeric"
    return None


def _label_value(value: str) -> str:
    problem = label_value_problem(value)
    if problem:
        raise ValueError(problem)
    return value


def _quantity(value: str) -> str:
    if not _QUANTITY.fullmatch(value):
        raise ValueError("is not a Kubernetes quantity: a number with an optional suffix (e.g. 100m, 1.5, 256Mi, 2Gi)")
    return value


def _non_negative_quantity(value: str) -> str:
    if _quantity(value).startswith("-") and value.strip("-0.") != "":
        raise ValueError("must not be negative: resource requests and limits are amounts (e.g. 256Mi)")
    return value


def _container_path(value: str) -> str:
    if not value.startswith("/") or ".." in value.split("/") or any(ord(c) < 32 or c == "\x7f" for c in value):
        raise ValueError("must be an absolute path without `..` or control characters (e.g. /cache)")
    return value


def _single_line(value: str) -> str:
    if any(ord(c) < 32 and c != "\t" or c == "\x7f" for c in value):
        raise ValueError("must be one line of text: no newline or other control character")
    return value


DnsLabel = Annotated[str, AfterValidator(_dns_label)]
"""A namespace or Service name."""

ObjectName = Annotated[str, AfterValidator(_dns_subdomain)]
"""The name of most Kubernetes objects (and of a StorageClass)."""

QualifiedName = Annotated[str, AfterValidator(_qualified_name)]
"""A label or annotation key, a taint key, an extended resource name (`[prefix/]name`)."""

LabelValue = Annotated[str, AfterValidator(_label_value)]
"""A label's (or a taint's) value."""

Labels = dict[QualifiedName, LabelValue]
"""A label set (metadata.labels, a nodeSelector)."""

Quantity = Annotated[str, AfterValidator(_non_negative_quantity)]
"""A resource amount: `100m`, `1.5`, `256Mi`."""

ResourceList = dict[QualifiedName, Quantity]
"""Requests or limits: resource name -> quantity."""

Int32 = Annotated[int, Field(ge=-(2**31), le=INT32_MAX)]
"""An OpenAPI `format: int32` value (replicas, ports, counts)."""

NonNegativeInt32 = Annotated[int, Field(ge=0, le=INT32_MAX)]

Int64 = Annotated[int, Field(ge=-(2**63), le=INT64_MAX)]
"""An OpenAPI `format: int64` value (user and group ids)."""

UserId = Annotated[int, Field(ge=1, le=INT32_MAX)]
"""A non-root user (or group) id: runAsUser, runAsGroup, fsGroup. The field is int64, but the API server takes
0..2147483647 (apimachinery validation.go IsValidUserID, IsValidGroupID)."""

Port = Annotated[int, Field(ge=1, le=65535)]

ContainerPath = Annotated[str, AfterValidator(_container_path)]
"""An absolute path in a container (mountPath): no `..`, no control characters."""

SingleLine = Annotated[str, AfterValidator(_single_line)]
"""Free text that becomes a Kubernetes value (a cluster name, a URL): one line."""


def _without_credentials(value: str) -> str:
    problem = credential_problem(value)
    if problem:
        raise PydanticCustomError(CREDENTIAL_ERROR, problem)
    return value


def _args_without_credentials(args: list[str]) -> list[str]:
    _without_credentials(" ".join(args))  # `--token` and its value are two items
    return args


CredentialFreeText = Annotated[str, AfterValidator(_single_line), AfterValidator(_without_credentials)]
"""A URL, an env value, an arg: one line, refused when it holds a credential (credentials.py)."""

Args = Annotated[list[str], AfterValidator(_args_without_credentials)]
"""A container's command or args: refused when they hold a credential (use $(VAR) from a secretKeyRef env)."""


# registry[:port]/path[:tag][@sha256:digest]
_IMAGE = re.compile(
    r"(?P<repository>[a-z0-9]+(?:[._-][a-z0-9]+)*(?::[0-9]+)?(?:/[a-zA-Z0-9]+(?:[._-]+[a-zA-Z0-9]+)*)*)"
    r"(?::(?P<tag>[\w][\w.-]{0,127}))?(?:@(?P<digest>sha256:[a-f0-9]{64}))?"
)


def _pinned_image(value: str) -> str:
    match = _IMAGE.fullmatch(value)
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
    """A node taint. The tolerations workloads need are derived from it (constructs/node_group.py), never written by hand."""

    key: QualifiedName
    value: LabelValue | None = None
    effect: TaintEffect = "NoSchedule"


class ResourceRequirements(StrictModel):
    """Container requests and limits (quantities as strings: '100m', '256Mi', '1')."""

    requests: ResourceList = Field(default_factory=lambda: {"cpu": "100m", "memory": "128Mi"})
    limits: ResourceList = Field(default_factory=lambda: {"memory": "128Mi"})

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

    def upstream_refs(self) -> list[tuple[str, Any]]:
        """(field path, UpstreamRef) of each upstream release this section composes with; the config root binds
        each to its `upstreams` entry."""
        return []


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
