"""One object in the build, with the bookkeeping kustomize keeps beside it.

kustomize tracks, per object, every earlier (kind, namespace, name) it had, the name prefixes and
suffixes applied to it, and whether a generator asked for a hash suffix; name references are fixed
from that history at the end of the build. Here that history lives on `Resource`, not in annotations.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field


def split_api_version(api_version: str) -> tuple[str, str]:
    """('apps', 'v1') from 'apps/v1'; ('', 'v1') from 'v1'."""
    if "/" in api_version:
        group, _, version = api_version.rpartition("/")
        return group, version
    return "", api_version


# The (apiVersion, kind) pairs kustomize v5 treats as cluster-scoped: its precomputed table plus the
# cluster-scoped paths of its built-in Kubernetes v1.21.2 schema. Anything else, including newer API
# versions of these kinds (flowcontrol.apiserver.k8s.io/v1 FlowSchema, say) and all custom resources,
# counts as namespaced there, so it does here.
_CLUSTER_SCOPED_BY_VERSION = {
    "v1": ["ComponentStatus", "Namespace", "Node", "NodeProxyOptions", "PersistentVolume"],
    "admissionregistration.k8s.io/v1": [
        "MutatingWebhookConfiguration",
        "ValidatingWebhookConfiguration",
        "ValidatingAdmissionPolicy",
        "ValidatingAdmissionPolicyBinding",
    ],
    "admissionregistration.k8s.io/v1beta1": ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"],
    "apiextensions.k8s.io/v1": ["CustomResourceDefinition"],
    "apiextensions.k8s.io/v1beta1": ["CustomResourceDefinition"],
    "apiregistration.k8s.io/v1": ["APIService"],
    "apiregistration.k8s.io/v1beta1": ["APIService"],
    "authentication.k8s.io/v1": ["TokenReview"],
    "authentication.k8s.io/v1beta1": ["TokenReview"],
    "authorization.k8s.io/v1": ["SelfSubjectAccessReview", "SelfSubjectRulesReview", "SubjectAccessReview"],
    "authorization.k8s.io/v1beta1": ["SelfSubjectAccessReview", "SelfSubjectRulesReview", "SubjectAccessReview"],
    "certificates.k8s.io/v1": ["CertificateSigningRequest"],
    "certificates.k8s.io/v1beta1": ["CertificateSigningRequest"],
    "flowcontrol.apiserver.k8s.io/v1beta1": ["FlowSchema", "PriorityLevelConfiguration"],
    "networking.k8s.io/v1": ["IngressClass"],
    "networking.k8s.io/v1beta1": ["IngressClass"],
    "node.k8s.io/v1": ["RuntimeClass"],
    "node.k8s.io/v1beta1": ["RuntimeClass"],
    "policy/v1beta1": ["PodSecurityPolicy"],
    "rbac.authorization.k8s.io/v1": ["ClusterRole", "ClusterRoleBinding"],
    "rbac.authorization.k8s.io/v1beta1": ["ClusterRole", "ClusterRoleBinding"],
    "scheduling.k8s.io/v1": ["PriorityClass"],
    "scheduling.k8s.io/v1beta1": ["PriorityClass"],
    "storage.k8s.io/v1": ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"],
    "storage.k8s.io/v1beta1": ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"],
}
_CLUSTER_SCOPED = {
    (*split_api_version(api_version), kind)
    for api_version, kinds in _CLUSTER_SCOPED_BY_VERSION.items()
    for kind in kinds
}

DEFAULT_NAMESPACE = "default"
NOT_A_NAMESPACE = "_non_namespaceable_"


def is_cluster_scoped(group: str, version: str, kind: str) -> bool:
    return (group, version, kind) in _CLUSTER_SCOPED


@dataclass(frozen=True)
class ResId:
    """group/version/kind plus name and namespace, as kustomize identifies objects."""

    group: str
    version: str
    kind: str
    name: str
    namespace: str

    @property
    def cluster_scoped(self) -> bool:
        return is_cluster_scoped(self.group, self.version, self.kind)

    @property
    def effective_namespace(self) -> str:
        if self.cluster_scoped:
            return NOT_A_NAMESPACE
        if self.namespace in ("", DEFAULT_NAMESPACE):
            return DEFAULT_NAMESPACE
        return self.namespace

    def key(self) -> tuple[str, str, str, str, str]:
        """What `equals` compares, as a hashable value."""
        return (self.group, self.version, self.kind, self.name, self.effective_namespace)

    def equals(self, other: "ResId") -> bool:
        return (
            self.effective_namespace == other.effective_namespace
            and self.group == other.group
            and self.version == other.version
            and self.kind == other.kind
            and self.name == other.name
        )

    def gvk_text(self) -> str:
        return ".".join([self.kind or "[noKind]", self.version or "[noVer]", self.group or "[noGrp]"])

    def __str__(self) -> str:
        return f"{self.gvk_text()}/{self.name}.{self.namespace or '[noNs]'}"


@dataclass
class Resource:
    """An object plus kustomize's build-time history of it."""

    obj: dict
    source: str = ""  # file it was read from, for error messages
    previous: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, namespace, name)
    prefixes: list[str] = field(default_factory=list)
    suffixes: list[str] = field(default_factory=list)
    needs_hash: bool = False
    behavior: str = ""
    allow_name_change: bool = False
    allow_kind_change: bool = False
    var_names: list[str] = field(default_factory=list)  # vars bound to this object
    origin: dict | None = None  # buildMetadata: where it came from (origins.py)
    transformations: list[dict] = field(default_factory=list)  # buildMetadata: transformers that ran on it

    # --- identity -----------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return str(self.obj.get("kind") or "")

    @property
    def api_version(self) -> str:
        return str(self.obj.get("apiVersion") or "")

    @property
    def metadata(self) -> dict:
        meta = self.obj.get("metadata")
        if not isinstance(meta, dict):
            meta = {}
            self.obj["metadata"] = meta
        return meta

    @property
    def name(self) -> str:
        meta = self.obj.get("metadata")
        return str(meta.get("name") or "") if isinstance(meta, dict) else ""

    @name.setter
    def name(self, value: str) -> None:
        self.metadata["name"] = value

    @property
    def namespace(self) -> str:
        meta = self.obj.get("metadata")
        return str(meta.get("namespace") or "") if isinstance(meta, dict) else ""

    @namespace.setter
    def namespace(self, value: str) -> None:
        if value:
            self.metadata["namespace"] = value
        else:
            self.metadata.pop("namespace", None)

    def cur_id(self) -> ResId:
        obj = self.obj
        api_version = obj.get("apiVersion") or ""
        if "/" in api_version:
            group, _, version = api_version.rpartition("/")
        else:
            group, version = "", api_version
        meta = obj.get("metadata")
        if isinstance(meta, dict):
            name, namespace = meta.get("name") or "", meta.get("namespace") or ""
        else:
            name = namespace = ""
        return ResId(group, version, obj.get("kind") or "", str(name), str(namespace))

    def prev_ids(self) -> list[ResId]:
        group, version = split_api_version(self.api_version)
        return [ResId(group, version, kind, name, ns) for kind, ns, name in self.previous]

    def org_id(self) -> ResId:
        previous = self.prev_ids()
        return previous[0] if previous else self.cur_id()

    def any_ids(self) -> list[ResId]:
        return self.prev_ids() + [self.cur_id()]

    def store_previous_id(self) -> None:
        current = self.cur_id()
        self.previous.append((current.kind, current.effective_namespace, current.name))

    # --- labels / annotations -----------------------------------------------------------------
    def labels(self) -> dict:
        value = self.metadata.get("labels")
        return value if isinstance(value, dict) else {}

    def annotations(self) -> dict:
        value = self.metadata.get("annotations")
        return value if isinstance(value, dict) else {}

    def describe(self) -> str:
        return f"{self.kind}/{self.name}" + (f" in namespace {self.namespace}" if self.namespace else "")

    def copy(self) -> "Resource":
        return Resource(
            obj=copy.deepcopy(self.obj),
            source=self.source,
            previous=list(self.previous),
            prefixes=list(self.prefixes),
            suffixes=list(self.suffixes),
            needs_hash=self.needs_hash,
            behavior=self.behavior,
            allow_name_change=self.allow_name_change,
            allow_kind_change=self.allow_kind_change,
            var_names=list(self.var_names),
            origin=dict(self.origin) if self.origin is not None else None,
            transformations=list(self.transformations),
        )


def describe_id(res_id: ResId) -> str:
    text = f"{res_id.kind}/{res_id.name}"
    if res_id.namespace:
        text += f" in namespace {res_id.namespace}"
    return text
