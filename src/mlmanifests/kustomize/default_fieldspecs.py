"""kustomize's built-in transformer configuration (api/internal/konfig/builtinpluginconsts), as field specs.

Which fields hold names of which kinds (the name-reference table), where common labels and annotations
go, where images, replica counts and namespaces live, and which fields `$(VAR)` references may appear in.
"""

from __future__ import annotations

from .fieldspecs import FieldSpec, NameReference, TransformerConfig


_WORKLOAD_TEMPLATES = [
    ("Deployment", "spec/template/"),
    ("ReplicaSet", "spec/template/"),
    ("DaemonSet", "spec/template/"),
    ("StatefulSet", "spec/template/"),
    ("Job", "spec/template/"),
    ("CronJob", "spec/jobTemplate/spec/template/"),
]


def _specs(*rows: tuple) -> list[FieldSpec]:
    result = []
    for row in rows:
        path, kind, group, version, create = (list(row) + ["", "", "", False])[:5]
        result.append(FieldSpec(path=path, kind=kind, group=group, version=version, create=create))
    return result


def _pod_reference_specs(
    pod_paths: list[str], *, include_pod_template: bool = True, cron_paths: list[str] | None = None
) -> list[FieldSpec]:
    specs = [FieldSpec(path="spec/" + p, kind="Pod", version="v1") for p in pod_paths]
    if include_pod_template:
        specs += [FieldSpec(path="template/spec/" + p, kind="PodTemplate") for p in pod_paths]
    for kind, prefix in _WORKLOAD_TEMPLATES:
        paths = cron_paths if (kind == "CronJob" and cron_paths is not None) else pod_paths
        specs += [FieldSpec(path=prefix + "spec/" + p, kind=kind) for p in paths]
    return specs


_CONFIGMAP_POD_PATHS = [
    "volumes/configMap/name",
    "containers/env/valueFrom/configMapKeyRef/name",
    "initContainers/env/valueFrom/configMapKeyRef/name",
    "containers/envFrom/configMapRef/name",
    "initContainers/envFrom/configMapRef/name",
    "volumes/projected/sources/configMap/name",
]
_SECRET_POD_PATHS = [
    "volumes/secret/secretName",
    "containers/env/valueFrom/secretKeyRef/name",
    "initContainers/env/valueFrom/secretKeyRef/name",
    "containers/envFrom/secretRef/name",
    "initContainers/envFrom/secretRef/name",
    "imagePullSecrets/name",
    "volumes/projected/sources/secret/name",
]
_SIMPLE_WORKLOADS = ["StatefulSet", "Deployment", "ReplicationController", "Job", "DaemonSet"]


def _workload_field(field_path: str, *, pod: bool = True) -> list[FieldSpec]:
    specs = [FieldSpec(path="spec/" + field_path, kind="Pod")] if pod else []
    specs += [FieldSpec(path="spec/template/spec/" + field_path, kind=k) for k in _SIMPLE_WORKLOADS]
    specs.append(FieldSpec(path="spec/jobTemplate/spec/template/spec/" + field_path, kind="CronJob"))
    return specs


def default_name_references() -> list[NameReference]:
    scale_target = (FieldSpec(path="spec/scaleTargetRef/name", kind="HorizontalPodAutoscaler"),)
    configmap = _pod_reference_specs(_CONFIGMAP_POD_PATHS) + _specs(
        ("spec/configSource/configMap", "Node"),
        ("rules/resourceNames", "Role"),
        ("rules/resourceNames", "ClusterRole"),
        ("metadata/annotations/nginx.ingress.kubernetes.io\\/fastcgi-params-configmap", "Ingress"),
    )
    secret = _pod_reference_specs(
        _SECRET_POD_PATHS,
        cron_paths=[p for p in _SECRET_POD_PATHS],
    ) + _specs(
        ("spec/tls/secretName", "Ingress"),
        ("metadata/annotations/ingress.kubernetes.io\\/auth-secret", "Ingress"),
        ("metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret", "Ingress"),
        ("metadata/annotations/nginx.ingress.kubernetes.io\\/auth-tls-secret", "Ingress"),
        ("imagePullSecrets/name", "ServiceAccount"),
        ("parameters/secretName", "StorageClass"),
        ("parameters/adminSecretName", "StorageClass"),
        ("parameters/userSecretName", "StorageClass"),
        ("parameters/secretRef", "StorageClass"),
        ("rules/resourceNames", "Role"),
        ("rules/resourceNames", "ClusterRole"),
        ("spec/template/spec/containers/env/valueFrom/secretKeyRef/name", "Service", "serving.knative.dev", "v1"),
        ("spec/azureFile/secretName", "PersistentVolume"),
    )
    service = _specs(
        ("spec/serviceName", "StatefulSet", "apps"),
        ("spec/rules/http/paths/backend/serviceName", "Ingress"),
        ("spec/backend/serviceName", "Ingress"),
        ("spec/rules/http/paths/backend/service/name", "Ingress"),
        ("spec/defaultBackend/service/name", "Ingress"),
        ("spec/service/name", "APIService", "apiregistration.k8s.io"),
        ("webhooks/clientConfig/service", "ValidatingWebhookConfiguration", "admissionregistration.k8s.io"),
        ("webhooks/clientConfig/service", "MutatingWebhookConfiguration", "admissionregistration.k8s.io"),
    )
    rbac = "rbac.authorization.k8s.io"
    service_account = _specs(
        ("subjects", "RoleBinding", rbac),
        ("subjects", "ClusterRoleBinding", rbac),
        ("spec/serviceAccountName", "Pod"),
    ) + [s for s in _workload_field("serviceAccountName", pod=False)]
    pvc = _workload_field("volumes/persistentVolumeClaim/claimName")
    priority = _workload_field("priorityClassName")
    return [
        NameReference("Deployment", specs=scale_target),
        NameReference("ReplicationController", specs=scale_target),
        NameReference("ReplicaSet", specs=scale_target),
        NameReference("StatefulSet", specs=scale_target),
        NameReference("ConfigMap", version="v1", specs=tuple(configmap)),
        NameReference("Secret", version="v1", specs=tuple(secret)),
        NameReference("Service", version="v1", specs=tuple(service)),
        NameReference("Role", group=rbac, specs=tuple(_specs(("roleRef/name", "RoleBinding", rbac)))),
        NameReference(
            "ClusterRole",
            group=rbac,
            specs=tuple(_specs(("roleRef/name", "RoleBinding", rbac), ("roleRef/name", "ClusterRoleBinding", rbac))),
        ),
        NameReference("ServiceAccount", version="v1", specs=tuple(service_account)),
        NameReference("PersistentVolumeClaim", version="v1", specs=tuple(pvc)),
        NameReference(
            "PersistentVolume",
            version="v1",
            specs=tuple(_specs(("spec/volumeName", "PersistentVolumeClaim"), ("rules/resourceNames", "ClusterRole"))),
        ),
        NameReference(
            "StorageClass",
            group="storage.k8s.io",
            version="v1",
            specs=tuple(
                _specs(
                    ("spec/storageClassName", "PersistentVolume"),
                    ("spec/storageClassName", "PersistentVolumeClaim"),
                    ("spec/volumeClaimTemplates/spec/storageClassName", "StatefulSet"),
                )
            ),
        ),
        NameReference("PriorityClass", group="scheduling.k8s.io", version="v1", specs=tuple(priority)),
        NameReference(
            "IngressClass",
            group="networking.k8s.io/v1",
            version="v1",
            specs=tuple(_specs(("spec/ingressClassName", "Ingress"))),
        ),
        NameReference(
            "ValidatingAdmissionPolicy",
            group="admissionregistration.k8s.io",
            specs=tuple(
                _specs(("spec/policyName", "ValidatingAdmissionPolicyBinding", "admissionregistration.k8s.io"))
            ),
        ),
    ]


def _metadata_label_specs() -> list[FieldSpec]:
    return _specs(
        ("metadata/labels", "", "", "", True),
        ("spec/template/metadata/labels", "ReplicationController", "", "v1", True),
        ("spec/template/metadata/labels", "Deployment", "", "", True),
        ("spec/template/metadata/labels", "ReplicaSet", "", "", True),
        ("spec/template/metadata/labels", "DaemonSet", "", "", True),
        ("spec/template/metadata/labels", "StatefulSet", "apps", "", True),
        ("spec/template/metadata/labels", "Job", "batch", "", True),
        ("spec/jobTemplate/metadata/labels", "CronJob", "batch", "", True),
        ("spec/jobTemplate/spec/template/metadata/labels", "CronJob", "batch", "", True),
    )


_VOLUME_CLAIM_TEMPLATE_LABELS = _specs(("spec/volumeClaimTemplates[]/metadata/labels", "StatefulSet", "apps", "", True))


def _affinity_label_specs(kind: str) -> list[FieldSpec]:
    base = "spec/template/spec/affinity/"
    paths = [
        base + "podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
        base + "podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
        base
        + "podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
        base + "podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
        "spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels",
    ]
    return [FieldSpec(path=p, kind=kind, group="apps") for p in paths]


def default_common_label_specs() -> list[FieldSpec]:
    specs = _specs(
        ("spec/selector", "Service", "", "v1", True),
        ("spec/selector", "ReplicationController", "", "v1", True),
        ("spec/selector/matchLabels", "Deployment", "", "", True),
    )
    specs += _affinity_label_specs("Deployment")
    specs += _specs(
        ("spec/selector/matchLabels", "ReplicaSet", "", "", True),
        ("spec/selector/matchLabels", "DaemonSet", "", "", True),
        ("spec/selector/matchLabels", "StatefulSet", "apps", "", True),
    )
    specs += _affinity_label_specs("StatefulSet")
    specs += _specs(
        ("spec/selector/matchLabels", "Job", "batch"),
        ("spec/jobTemplate/spec/selector/matchLabels", "CronJob", "batch"),
        ("spec/selector/matchLabels", "PodDisruptionBudget", "policy"),
        ("spec/podSelector/matchLabels", "NetworkPolicy", "networking.k8s.io"),
        ("spec/ingress/from/podSelector/matchLabels", "NetworkPolicy", "networking.k8s.io"),
        ("spec/egress/to/podSelector/matchLabels", "NetworkPolicy", "networking.k8s.io"),
    )
    return specs + _metadata_label_specs() + _VOLUME_CLAIM_TEMPLATE_LABELS


def default_common_annotation_specs() -> list[FieldSpec]:
    return _specs(
        ("metadata/annotations", "", "", "", True),
        ("spec/template/metadata/annotations", "ReplicationController", "", "v1", True),
        ("spec/template/metadata/annotations", "Deployment", "", "", True),
        ("spec/template/metadata/annotations", "ReplicaSet", "", "", True),
        ("spec/template/metadata/annotations", "DaemonSet", "", "", True),
        ("spec/template/metadata/annotations", "StatefulSet", "", "", True),
        ("spec/template/metadata/annotations", "Job", "batch", "", True),
        ("spec/jobTemplate/metadata/annotations", "CronJob", "batch", "", True),
        ("spec/jobTemplate/spec/template/metadata/annotations", "CronJob", "batch", "", True),
    )


def default_namespace_specs() -> list[FieldSpec]:
    return _specs(
        ("metadata/name", "Namespace", "", "", True),
        ("spec/service/namespace", "APIService", "apiregistration.k8s.io", "", True),
        ("spec/conversion/webhook/clientConfig/service/namespace", "CustomResourceDefinition", "apiextensions.k8s.io"),
    )


def default_image_specs() -> list[FieldSpec]:
    return _specs(
        ("spec/containers[]/image", "", "", "", True),
        ("spec/initContainers[]/image", "", "", "", True),
        ("spec/volumes[]/image/reference", "", "", "", True),
        ("spec/template/spec/containers[]/image", "", "", "", True),
        ("spec/template/spec/initContainers[]/image", "", "", "", True),
        ("spec/template/spec/volumes[]/image/reference", "", "", "", True),
    )


def default_replica_specs() -> list[FieldSpec]:
    return [
        FieldSpec(path="spec/replicas", kind=k, create=True)
        for k in ("Deployment", "ReplicationController", "ReplicaSet", "StatefulSet")
    ]


def default_var_reference_specs() -> list[FieldSpec]:
    container_fields = ["args", "command", "env/value", "volumeMounts/mountPath"]
    specs: list[FieldSpec] = []
    for kind, prefix in (
        [("CronJob", "spec/jobTemplate/spec/template/spec/")]
        + [(k, "spec/template/spec/") for k in ("DaemonSet", "Deployment", "Job", "ReplicaSet", "StatefulSet")]
        + [("Pod", "spec/")]
    ):
        for containers in ("containers", "initContainers"):
            specs += [FieldSpec(path=f"{prefix}{containers}/{f}", kind=kind) for f in container_fields]
    specs += _specs(
        ("spec/jobTemplate/spec/template/volumes/nfs/server", "CronJob"),
        ("spec/template/spec/volumes/nfs/server", "DaemonSet"),
        ("spec/template/spec/volumes/nfs/server", "Deployment"),
        ("spec/template/metadata/annotations", "Deployment"),
        ("spec/rules/host", "Ingress"),
        ("spec/tls/hosts", "Ingress"),
        ("spec/tls/secretName", "Ingress"),
        ("spec/template/spec/volumes/nfs/server", "Job"),
        ("spec/volumes/nfs/server", "Pod"),
        ("spec/template/spec/volumes/nfs/server", "ReplicaSet"),
        ("spec/ports/port", "Service"),
        ("spec/ports/targetPort", "Service"),
        ("spec/volumeClaimTemplates/spec/nfs/server", "StatefulSet"),
        ("spec/nfs/server", "PersistentVolume"),
        ("metadata/labels",),
        ("metadata/annotations",),
    )
    return specs


def default_config() -> TransformerConfig:
    """A fresh copy of kustomize's built-in transformer configuration."""
    return TransformerConfig(
        name_prefix=[FieldSpec(path="metadata/name")],
        name_suffix=[FieldSpec(path="metadata/name")],
        namespace=default_namespace_specs(),
        common_labels=default_common_label_specs(),
        template_labels=_metadata_label_specs(),
        volume_claim_template_labels=list(_VOLUME_CLAIM_TEMPLATE_LABELS),
        labels=[],
        common_annotations=default_common_annotation_specs(),
        images=default_image_specs(),
        replicas=default_replica_specs(),
        var_reference=default_var_reference_specs(),
        name_reference=default_name_references(),
    )
