"""API versions that are no longer served, with where each kind moved and what changed on the way."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MovedApi:
    replacement: str  # apiVersion (and kind, when it changed) to use instead
    note: str = ""  # fields that changed with the move


_KARPENTER_V1_NOTE = ("consolidationPolicy WhenUnderutilized became WhenEmptyOrUnderutilized, nodeClassRef needs "
                      "group and kind, expireAfter moved to spec.template.spec")
_APPS = ("Deployment", "DaemonSet", "ReplicaSet", "StatefulSet")

# (group, version) -> kinds -> MovedApi; "*" matches every kind of that group version.
_MOVED: dict[tuple[str, str], dict[str, MovedApi]] = {
    ("karpenter.sh", "v1beta1"): {"*": MovedApi("karpenter.sh/v1", _KARPENTER_V1_NOTE)},
    ("karpenter.sh", "v1alpha5"): {"Provisioner": MovedApi("karpenter.sh/v1 NodePool", _KARPENTER_V1_NOTE)},
    ("karpenter.azure.com", "v1alpha2"): {"*": MovedApi("karpenter.azure.com/v1beta1")},
    ("external-secrets.io", "v1beta1"): {"*": MovedApi("external-secrets.io/v1")},
    ("external-secrets.io", "v1alpha1"): {"*": MovedApi("external-secrets.io/v1")},
    ("extensions", "v1beta1"): {
        "Ingress": MovedApi("networking.k8s.io/v1", "backend.serviceName/servicePort became backend.service.name/port"),
        **{kind: MovedApi("apps/v1", "spec.selector is required") for kind in _APPS},
        "PodSecurityPolicy": MovedApi("Pod Security Admission namespace labels", "PodSecurityPolicy was removed in 1.25"),
    },
    ("networking.k8s.io", "v1beta1"): {"*": MovedApi("networking.k8s.io/v1")},
    ("apps", "v1beta1"): {"*": MovedApi("apps/v1")},
    ("apps", "v1beta2"): {"*": MovedApi("apps/v1")},
    ("batch", "v1beta1"): {"CronJob": MovedApi("batch/v1")},
    ("policy", "v1beta1"): {
        "PodDisruptionBudget": MovedApi("policy/v1"),
        "PodSecurityPolicy": MovedApi("Pod Security Admission namespace labels", "PodSecurityPolicy was removed in 1.25"),
    },
    ("autoscaling", "v2beta1"): {"*": MovedApi("autoscaling/v2")},
    ("autoscaling", "v2beta2"): {"*": MovedApi("autoscaling/v2")},
    ("rbac.authorization.k8s.io", "v1beta1"): {"*": MovedApi("rbac.authorization.k8s.io/v1")},
    ("apiextensions.k8s.io", "v1beta1"): {"*": MovedApi("apiextensions.k8s.io/v1")},
    ("admissionregistration.k8s.io", "v1beta1"): {"*": MovedApi("admissionregistration.k8s.io/v1")},
    ("storage.k8s.io", "v1beta1"): {"*": MovedApi("storage.k8s.io/v1")},
    ("flowcontrol.apiserver.k8s.io", "v1beta3"): {"*": MovedApi("flowcontrol.apiserver.k8s.io/v1")},
}


def moved_api(group: str, version: str, kind: str) -> MovedApi | None:
    kinds = _MOVED.get((group, version)) or {}
    return kinds.get(kind) or kinds.get("*")
