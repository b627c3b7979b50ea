"""Values the API server refuses although the OpenAPI schemas let them through: names, label syntax, quantities,
integer ranges. The same rules as the config's types (config/types.py), applied to any object, so `validate`
finds in YAML written elsewhere what the config refuses in ours.

Sources (kubernetes v1.35): apimachinery/pkg/api/validation/objectmeta.go (names, namespace, labels and
annotation keys), pkg/apis/core/validation/validation.go (ValidateResourceRequirements: quantities, no negative
amount; IsValidUserID/IsValidGroupID for runAsUser/runAsGroup: 0..2147483647; a Service's and a Namespace's name
is a DNS-1123 label), pkg/apis/rbac/validation (RBAC names are path segments), apps validation (replicas:
non-negative int32; ValidateDeploymentSpec and its ReplicaSet, StatefulSet and DaemonSet siblings: "empty selector
is invalid", "`selector` does not match template `labels`", and ValidatePodTemplateSpecForReplicaSet: the pod
template's restartPolicy is Always, which defaulting gives an unset one), batch validation (validateJobPodTemplate:
a Job's, or a CronJob's job's, restartPolicy is OnFailure or Never, and the default Always is refused).
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from mlmanifests.checks.findings import Finding, error, join_path
from mlmanifests.checks.manifest_set import ManifestSet
from mlmanifests.checks.pod_templates import SERVING_KINDS, PodTemplate, pod_templates
from mlmanifests.config.types import (
    INT32_MAX, INT64_MAX, _dns_label, _dns_subdomain, _non_negative_quantity, label_value_problem,
    qualified_name_problem,
)
from mlmanifests.manifests import Manifest

RULE = "api-value"
_DNS_LABEL_KINDS = {("", "Namespace"), ("", "Service")}
_PATH_SEGMENT_KINDS = {("rbac.authorization.k8s.io", kind) for kind in ("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding")}


def check_api_values(manifest_set: ManifestSet) -> Iterable[Finding]:
    for manifest in manifest_set.manifests:
        yield from _metadata(manifest)
        yield from _integers(manifest, manifest.body, "")
        spec = manifest.body.get("spec") if (manifest.group, manifest.kind) in SERVING_KINDS else None
        replicas = spec.get("replicas") if isinstance(spec, dict) else None
        if isinstance(replicas, int) and not isinstance(replicas, bool) and not 0 <= replicas <= INT32_MAX:
            yield error(manifest, RULE, "spec.replicas", f"replicas {replicas} is outside 0..{INT32_MAX} (int32)",
                        "give a replica count the API server accepts")
    for template in pod_templates(manifest_set.manifests):
        yield from _selection_and_restart(template)
        yield from _run_as(template.manifest, template.spec.get("securityContext"), template.field("securityContext"))
        for path, container in template.containers():
            yield from _run_as(template.manifest, container.get("securityContext"), join_path(path, "securityContext"))
            resources = container.get("resources")
            for part in ("requests", "limits"):
                amounts = resources.get(part) if isinstance(resources, dict) else None
                for name, amount in (amounts.items() if isinstance(amounts, dict) else ()):
                    where = join_path(path, "resources", part, name)
                    problem = qualified_name_problem(str(name))
                    if problem:
                        yield error(template.manifest, RULE, where, f"resource name {name!r} {problem}")
                    try:
                        _non_negative_quantity(str(amount))
                    except ValueError as refused:
                        yield error(template.manifest, RULE, where, f"{str(amount)[:40]!r} {refused}")


_SELECTING_KINDS = {("apps", "Deployment"), ("apps", "StatefulSet"), ("apps", "DaemonSet"), ("apps", "ReplicaSet")}
RESTART_POLICIES = {**{kind: ("Always",) for kind in _SELECTING_KINDS}, ("", "ReplicationController"): ("Always",),
                     ("batch", "Job"): ("OnFailure", "Never"), ("batch", "CronJob"): ("OnFailure", "Never")}
"""(group, kind) -> the restart policies the API server admits in its pod template (a bare Pod takes any)."""


def _selection_and_restart(template: PodTemplate) -> Iterator[Finding]:
    """The selector a workload finds its own pods by, and the restart policy its kind admits."""
    manifest = template.manifest
    kind = (manifest.group, manifest.kind)
    allowed = RESTART_POLICIES.get(kind)
    policy = template.spec.get("restartPolicy") or "Always"  # what defaulting writes into an unset one
    if allowed and policy not in allowed:
        yield error(manifest, RULE, template.field("restartPolicy"),
                    f"restartPolicy {policy}{'' if 'restartPolicy' in template.spec else ' (the default)'} is refused "
                    f"in a {manifest.kind}'s pods", f"set restartPolicy: {' or '.join(allowed)}")
    if kind not in _SELECTING_KINDS:
        return
    selector = (manifest.body.get("spec") or {}).get("selector")
    if not isinstance(selector, dict):
        return  # missing or of the wrong type: the schema check says so
    match_labels, expressions = selector.get("matchLabels") or {}, selector.get("matchExpressions") or []
    if not match_labels and not expressions:
        yield error(manifest, RULE, "spec.selector", f"a {manifest.kind} with an empty selector is refused",
                    "select the pod template's labels")
        return
    template_metadata = ((manifest.body.get("spec") or {}).get("template") or {}).get("metadata") or {}
    labels = template_metadata.get("labels") or {}
    if isinstance(labels, dict) and not _selects(match_labels, expressions, labels):
        yield error(manifest, RULE, "spec.selector", "the selector does not match the pod template's labels, so the "
                    f"{manifest.kind} would never own its pods", "make spec.template.metadata.labels hold what "
                    "spec.selector selects")


def _selects(match_labels: Any, expressions: Any, labels: dict[str, Any]) -> bool:
    """A LabelSelector's verdict on a label set (apimachinery labels.Selector.Matches)."""
    if not isinstance(match_labels, dict) or not isinstance(expressions, list):
        return True  # malformed: the schema check says so
    if any(labels.get(key) != value for key, value in match_labels.items()):
        return False
    for expression in expressions:
        if not isinstance(expression, dict):
            continue
        key, operator, values = expression.get("key"), expression.get("operator"), expression.get("values") or []
        present = key in labels
        if operator == "In" and not (present and labels[key] in values):
            return False
        if operator == "NotIn" and present and labels[key] in values:
            return False
        if operator == "Exists" and not present:
            return False
        if operator == "DoesNotExist" and present:
            return False
    return True


def _metadata(manifest: Manifest) -> Iterator[Finding]:
    metadata = manifest.body.get("metadata")
    if not isinstance(metadata, dict):
        return
    name = metadata.get("name")
    if isinstance(name, str) and "${" not in name:
        problem = _name_problem(manifest, name)
        if problem:
            yield error(manifest, RULE, "metadata.name", f"name {name[:80]!r} {problem}", "rename the object")
    namespace = metadata.get("namespace")
    if isinstance(namespace, str) and "${" not in namespace:
        try:
            _dns_label(namespace)
        except ValueError as refused:
            yield error(manifest, RULE, "metadata.namespace", f"namespace {namespace[:80]!r} {refused}")
    for field, check_value in (("labels", True), ("annotations", False)):
        entries = metadata.get(field)
        for key, value in (entries.items() if isinstance(entries, dict) else ()):
            where = join_path("metadata", field, str(key))
            problem = qualified_name_problem(str(key))
            if problem:
                yield error(manifest, RULE, where, f"{field[:-1]} key {str(key)[:80]!r} {problem}")
            if check_value and isinstance(value, str) and "${" not in value:
                problem = label_value_problem(value)
                if problem:
                    yield error(manifest, RULE, where, f"label value {value[:80]!r} {problem}")


def _name_problem(manifest: Manifest, name: str) -> str | None:
    if (manifest.group, manifest.kind) in _PATH_SEGMENT_KINDS:
        if name in (".", "..") or "/" in name or "%" in name or not name or any(ord(c) < 32 for c in name):
            return "must be a path segment: not '.' or '..', without '/', '%' or control characters"
        return None
    try:
        (_dns_label if (manifest.group, manifest.kind) in _DNS_LABEL_KINDS else _dns_subdomain)(name)
    except ValueError as refused:
        return str(refused)
    return None


def _run_as(manifest: Manifest, context: Any, path: str) -> Iterator[Finding]:
    if not isinstance(context, dict):
        return
    for field in ("runAsUser", "runAsGroup", "fsGroup"):
        value = context.get(field)
        if isinstance(value, int) and not isinstance(value, bool) and not 0 <= value <= INT32_MAX:
            yield error(manifest, RULE, join_path(path, field), f"{field} {value} is outside 0..{INT32_MAX}",
                        "user and group ids the API server accepts are 0..2147483647")


def _holds_huge_integer(node: Any) -> bool:
    stack = [node]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, int) and not isinstance(value, bool) and not -INT64_MAX - 1 <= value <= INT64_MAX:
            return True
    return False


def _integers(manifest: Manifest, node: Any, path: str) -> Iterator[Finding]:
    """Integers no Kubernetes field can hold (beyond int64): the API server refuses to decode them."""
    if not _holds_huge_integer(node):
        return  # the usual case, found without building a path for every value
    stack = [(node, path)]
    while stack:
        value, where = stack.pop()
        if isinstance(value, dict):
            stack.extend((item, join_path(where, str(key))) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend((item, join_path(where, index)) for index, item in enumerate(value))
        elif isinstance(value, int) and not isinstance(value, bool) and not -INT64_MAX - 1 <= value <= INT64_MAX:
            yield error(manifest, RULE, where, f"{str(value)[:30]} does not fit in 64 bits", "give a smaller number")
