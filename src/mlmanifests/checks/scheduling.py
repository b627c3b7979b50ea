"""Scheduling consistency: when a target has Karpenter NodePools, every pod template must fit at least one of them.

A pod fits a pool when it tolerates each of the pool's NoSchedule/NoExecute taints, its nodeSelector and one of
its required node-affinity terms agree with the pool's labels and requirements, and, when it requests an
extended resource (`nvidia.com/gpu`, `google.com/tpu`), the pool supplies it. PodDefaults exist only to add
tolerations, so each must match some pool's taint. A DaemonSet that tolerates every taint fits anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from mlmanifests.checks.findings import Finding, error
from mlmanifests.checks.manifest_set import ManifestSet
from mlmanifests.checks.pod_templates import PodTemplate, pod_template
from mlmanifests.manifests import Manifest

EXTENDED_RESOURCES = ("nvidia.com/gpu", "amd.com/gpu", "google.com/tpu")
# Requirement keys that mark a pool whose nodes carry an extended resource.
_SUPPLY_KEYS = {
    "nvidia.com/gpu": ("karpenter.azure.com/sku-gpu-manufacturer", "karpenter.azure.com/sku-gpu-name",
                       "karpenter.azure.com/sku-gpu-count", "karpenter.k8s.aws/instance-gpu-manufacturer",
                       "karpenter.k8s.aws/instance-gpu-name", "karpenter.k8s.aws/instance-gpu-count",
                       "cloud.google.com/gke-accelerator"),
    "amd.com/gpu": ("karpenter.k8s.aws/instance-gpu-manufacturer",),
    "google.com/tpu": ("cloud.google.com/gke-tpu-accelerator", "cloud.google.com/gke-tpu-topology"),
}
# Labels every node gets from its instance type; a pool that does not constrain them may still match any value.
_WELL_KNOWN_PREFIXES = ("kubernetes.io/", "node.kubernetes.io/", "topology.kubernetes.io/", "karpenter.sh/",
                        "karpenter.azure.com/", "karpenter.k8s.aws/", "beta.kubernetes.io/", "failure-domain.beta.kubernetes.io/")
_BLOCKING_EFFECTS = ("NoSchedule", "NoExecute")


@dataclass(frozen=True)
class Pool:
    name: str
    taints: tuple[dict[str, Any], ...]
    labels: dict[str, str]
    requirements: tuple[dict[str, Any], ...]

    @classmethod
    def from_manifest(cls, manifest: Manifest) -> Pool:
        template = (manifest.body.get("spec") or {}).get("template") or {}
        spec = template.get("spec") or {}
        labels = {str(k): str(v) for k, v in ((template.get("metadata") or {}).get("labels") or {}).items()}
        labels["karpenter.sh/nodepool"] = manifest.name
        taints = tuple(t for t in spec.get("taints") or [] if isinstance(t, dict) and t.get("effect") in _BLOCKING_EFFECTS)
        requirements = tuple(r for r in spec.get("requirements") or [] if isinstance(r, dict) and r.get("key"))
        return cls(manifest.name, taints, labels, requirements)

    def supplies(self, resource: str) -> bool:
        if any(taint.get("key") == resource for taint in self.taints):
            return True
        keys = _SUPPLY_KEYS.get(resource, ())
        return any(r.get("key") in keys and r.get("operator") in ("In", "Exists", "Gt") for r in self.requirements)

    def allows(self, key: str, operator: str, values: list[str]) -> bool:
        """Whether a node of this pool can satisfy one node-selector requirement of a pod."""
        constraints = [("In", [self.labels[key]])] if key in self.labels else []
        constraints += [(r.get("operator", "In"), [str(v) for v in r.get("values") or []])
                        for r in self.requirements if r.get("key") == key]
        if not constraints:
            unconstrained_exists = key.startswith(_WELL_KNOWN_PREFIXES)
            return {"In": unconstrained_exists, "Exists": unconstrained_exists, "NotIn": True,
                    "DoesNotExist": not unconstrained_exists}.get(operator, True)
        return all(_compatible(operator, values, pool_op, pool_values) for pool_op, pool_values in constraints)


def _compatible(operator: str, values: list[str], pool_op: str, pool_values: list[str]) -> bool:
    if operator == "In":
        return {"In": bool(set(values) & set(pool_values)), "NotIn": not set(values) <= set(pool_values),
                "DoesNotExist": False}.get(pool_op, True)
    if operator == "NotIn":
        return not (pool_op == "In" and set(pool_values) <= set(values))
    if operator == "Exists":
        return pool_op != "DoesNotExist"
    if operator == "DoesNotExist":
        return pool_op in ("DoesNotExist", "NotIn")
    return True  # Gt/Lt: not evaluated


def tolerates(toleration: dict[str, Any], taint: dict[str, Any]) -> bool:
    if toleration.get("effect") and toleration.get("effect") != taint.get("effect"):
        return False
    operator = toleration.get("operator") or "Equal"
    if not toleration.get("key"):
        return operator == "Exists"
    if toleration.get("key") != taint.get("key"):
        return False
    return operator == "Exists" or str(toleration.get("value") or "") == str(taint.get("value") or "")


def taint_text(taint: dict[str, Any]) -> str:
    value = f"={taint['value']}" if taint.get("value") not in (None, "") else ""
    return f"{taint.get('key')}{value}:{taint.get('effect')}"


def check_scheduling(manifests: ManifestSet) -> Iterator[Finding]:
    for target_manifests in manifests.by_target.values():
        pools = [Pool.from_manifest(m) for m in target_manifests if m.group == "karpenter.sh" and m.kind == "NodePool"]
        if not pools:
            continue
        for manifest in target_manifests:
            template = pod_template(manifest)
            if template is not None:
                yield from _check_template(template, pools)
            elif manifest.group == "kubeflow.org" and manifest.kind == "PodDefault":
                yield from _check_pod_default(manifest, pools)


def _requested_resources(template: PodTemplate) -> list[str]:
    wanted = set()
    for _, container in template.containers():
        resources = container.get("resources") or {}
        for amounts in (resources.get("requests") or {}, resources.get("limits") or {}):
            wanted |= {name for name in EXTENDED_RESOURCES if str(amounts.get(name, "0")) not in ("0", "")}
    return sorted(wanted)


def _check_template(template: PodTemplate, pools: list[Pool]) -> Iterator[Finding]:
    spec, manifest = template.spec, template.manifest
    tolerations = [t for t in spec.get("tolerations") or [] if isinstance(t, dict)]
    if manifest.kind == "DaemonSet" and any(not t.get("key") and t.get("operator") == "Exists" and not t.get("effect") for t in tolerations):
        return
    resources = _requested_resources(template)
    candidates = [pool for pool in pools if all(pool.supplies(resource) for resource in resources)]
    if not candidates:
        yield error(manifest, "extended-resource-unschedulable", template.field("containers"),
                    f"requests {', '.join(resources)}, which no NodePool of the target supplies "
                    f"(pools: {', '.join(pool.name for pool in pools)})",
                    "add a NodePool for those nodes (taint it with the resource name) or drop the request")
        return
    selector_misses: list[str] = []
    taint_misses: list[str] = []
    for pool in candidates:
        selector_problem = _selector_problem(spec, pool)
        if selector_problem:
            selector_misses.append(f"NodePool {pool.name}: {selector_problem}")
            continue
        untolerated = [taint for taint in pool.taints if not any(tolerates(t, taint) for t in tolerations)]
        if not untolerated:
            return  # fits this pool
        taint_misses.append(f"NodePool {pool.name} taints {', '.join(taint_text(t) for t in untolerated)}")
    why = f"requests {', '.join(resources)}; " if resources else ""
    if taint_misses:
        wanted = "; ".join(taint_misses)
        yield error(manifest, "toleration-mismatch", template.field("tolerations"),
                    f"{why}cannot be scheduled on any NodePool: {wanted}, and no toleration matches "
                    f"(tolerates: {', '.join(_toleration_text(t) for t in tolerations) or 'nothing'})",
                    "derive the tolerations from the pool's taints, e.g. "
                    + ", ".join(f"{{key: {t.get('key')}, operator: Exists, effect: {t.get('effect')}}}" for t in _first_untolerated(candidates, spec, tolerations)))
    else:
        yield error(manifest, "node-selector-mismatch", template.field("nodeSelector") if spec.get("nodeSelector") else template.field("affinity"),
                    f"{why}its node selection matches no NodePool: {'; '.join(selector_misses)}",
                    "select labels the pool sets in its template labels or requirements")


def _first_untolerated(pools: list[Pool], spec: dict[str, Any], tolerations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for pool in pools:
        if not _selector_problem(spec, pool):
            return [taint for taint in pool.taints if not any(tolerates(t, taint) for t in tolerations)]
    return []


def _toleration_text(toleration: dict[str, Any]) -> str:
    if toleration.get("operator") == "Exists":
        return f"{toleration.get('key') or '*'}:{toleration.get('effect') or '*'} (Exists)"
    return f"{toleration.get('key')}={toleration.get('value', '')}:{toleration.get('effect') or '*'}"


def _selector_problem(spec: dict[str, Any], pool: Pool) -> str:
    for key, value in (spec.get("nodeSelector") or {}).items():
        if not pool.allows(str(key), "In", [str(value)]):
            return f"nodeSelector {key}={value} is not a label its nodes get"
    affinity = ((spec.get("affinity") or {}).get("nodeAffinity") or {}).get("requiredDuringSchedulingIgnoredDuringExecution") or {}
    terms = [t for t in affinity.get("nodeSelectorTerms") or [] if isinstance(t, dict)]
    if terms and not any(_term_fits(term, pool) for term in terms):
        return "no required node-affinity term matches its requirements"
    return ""


def _term_fits(term: dict[str, Any], pool: Pool) -> bool:
    return all(pool.allows(str(e.get("key")), e.get("operator", "In"), [str(v) for v in e.get("values") or []])
               for e in term.get("matchExpressions") or [] if isinstance(e, dict))


def _check_pod_default(manifest: Manifest, pools: list[Pool]) -> Iterator[Finding]:
    tolerations = [t for t in (manifest.body.get("spec") or {}).get("tolerations") or [] if isinstance(t, dict)]
    taints = [taint for pool in pools for taint in pool.taints]
    if not tolerations or any(tolerates(t, taint) for t in tolerations for taint in taints):
        return
    yield error(manifest, "toleration-mismatch", "spec.tolerations",
                f"adds tolerations {', '.join(_toleration_text(t) for t in tolerations)}, which match no NodePool taint "
                f"(pools taint: {', '.join(sorted({taint_text(t) for t in taints})) or 'nothing'})",
                "derive the tolerations from the pool's taints")
