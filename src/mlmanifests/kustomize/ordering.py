"""Output order: kustomize's legacy order (by kind priority, then group/version/kind, then namespace/name) or FIFO."""

from __future__ import annotations

import functools

from .errors import KustomizeError
from .resource import Resource

DEFAULT_ORDER_FIRST = [
    "Namespace",
    "ResourceQuota",
    "StorageClass",
    "CustomResourceDefinition",
    "ServiceAccount",
    "PodSecurityPolicy",
    "Role",
    "ClusterRole",
    "RoleBinding",
    "ClusterRoleBinding",
    "ConfigMap",
    "Secret",
    "Endpoints",
    "Service",
    "LimitRange",
    "PriorityClass",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "Deployment",
    "StatefulSet",
    "CronJob",
    "PodDisruptionBudget",
]
DEFAULT_ORDER_LAST = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"]


def _gvk_sort_text(group: str, version: str, kind: str) -> str:
    return "_".join([group or "~G", version or "~V", kind or "~K"])


def _id_sort_text(resource: Resource) -> str:
    res_id = resource.cur_id()
    return "|".join([res_id.gvk_text(), res_id.namespace or "~X", res_id.name or "~N"])


def legacy_sorted(resources: list[Resource], order_first: list[str], order_last: list[str]) -> list[Resource]:
    rank = {kind: index - len(order_first) for index, kind in enumerate(order_first)}
    rank.update({kind: index + 1 for index, kind in enumerate(order_last)})

    def compare(a: Resource, b: Resource) -> int:
        ida, idb = a.cur_id(), b.cur_id()
        if (ida.group, ida.version, ida.kind) != (idb.group, idb.version, idb.kind):
            ra, rb = rank.get(ida.kind, 0), rank.get(idb.kind, 0)
            if ra != rb:
                return -1 if ra < rb else 1
            ta = _gvk_sort_text(ida.group, ida.version, ida.kind)
            tb = _gvk_sort_text(idb.group, idb.version, idb.kind)
            if ida.kind == "Namespace" and idb.kind == "Namespace" and (not ida.group or not idb.group):
                return -1 if ta > tb else (1 if ta < tb else 0)
            return -1 if ta < tb else (1 if ta > tb else 0)
        sa, sb = _id_sort_text(a), _id_sort_text(b)
        return -1 if sa < sb else (1 if sa > sb else 0)

    return sorted(resources, key=functools.cmp_to_key(compare))


def apply_sort_options(resources: list[Resource], sort_options: dict | None, file: str) -> list[Resource]:
    """Order the final objects as the top kustomization's `sortOptions` (default: legacy) says."""
    if sort_options is None:
        return legacy_sorted(resources, DEFAULT_ORDER_FIRST, DEFAULT_ORDER_LAST)
    order = sort_options.get("order")
    legacy_options = sort_options.get("legacySortOptions")
    if order not in ("legacy", "fifo"):
        raise KustomizeError(
            "the field 'sortOptions.order' must be one of [fifo, legacy]", file=file, field="sortOptions"
        )
    if order == "fifo":
        if legacy_options is not None:
            raise KustomizeError(
                "the field 'sortOptions.legacySortOptions' is set but the selected sort order is 'fifo', not 'legacy'",
                file=file,
                field="sortOptions",
            )
        return resources
    if legacy_options is None:
        return legacy_sorted(resources, DEFAULT_ORDER_FIRST, DEFAULT_ORDER_LAST)
    return legacy_sorted(
        resources,
        [str(k) for k in legacy_options.get("orderFirst") or []],
        [str(k) for k in legacy_options.get("orderLast") or []],
    )
