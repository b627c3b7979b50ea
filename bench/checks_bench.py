"""Per-object cost of `run_checks` on a few hundred generated objects of mixed kinds, against calling
`kubernetes_validate.validate()` once per object (which re-reads the 1.5 MB definitions on every call).

    .venv/bin/python bench/checks_bench.py [--objects 400] [--rounds 5] [--kubeflow-example DIR]

Prints ms/object for: the first run (schemas compiled on the way), later runs (validators reused), and the
naive per-object validation of the core objects only (it has no CRD support), and the ratio. With
`--kubeflow-example` (e.g. ../shared/upstream/kubeflow-manifests/v1.10.2/example), also the whole-set reference
check and all checks on that rendered upstream install.
"""

from __future__ import annotations

import argparse
import time

import kubernetes_validate

from mlmanifests.checks import ManifestSet, run_checks
from mlmanifests.checks.crd_rules import check_crd_rules
from mlmanifests.manifests import Manifest

KUBERNETES_VERSION = "1.35"


def _container(name: str) -> dict:
    return {
        "name": name,
        "image": f"registry.example.com/{name}:1.0.{len(name)}",
        "ports": [{"containerPort": 8080}],
        "readinessProbe": {"httpGet": {"path": "/healthz", "port": 8080}},
        "env": [{"name": "SETTINGS", "valueFrom": {"configMapKeyRef": {"name": f"{name}-settings", "key": "s"}}}],
        "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}},
        "securityContext": {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}},
    }


def _pod_spec(name: str) -> dict:
    return {
        "serviceAccountName": name,
        "securityContext": {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}},
        "tolerations": [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}],
        "containers": [_container(name)],
    }


def _app(index: int) -> list[dict]:
    """Nine objects of one small app: the workload and everything it refers to."""
    name, ns = f"app{index}", f"team{index % 7}"
    meta = {"name": name, "namespace": ns, "labels": {"app": name}}
    return [
        {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": meta},
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {**meta, "name": f"{name}-settings"}, "data": {"s": "x"}},
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": meta,
         "spec": {"replicas": 2, "selector": {"matchLabels": {"app": name}},
                  "template": {"metadata": {"labels": {"app": name}}, "spec": _pod_spec(name)}}},
        {"apiVersion": "v1", "kind": "Service", "metadata": meta,
         "spec": {"selector": {"app": name}, "ports": [{"port": 80, "targetPort": 8080}]}},
        {"apiVersion": "batch/v1", "kind": "Job", "metadata": {**meta, "name": f"{name}-migrate"},
         "spec": {"template": {"spec": {**_pod_spec(name), "restartPolicy": "Never"}}}},
        {"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": meta,
         "spec": {"rules": [{"host": f"{name}.example.com", "http": {"paths": [
             {"path": "/", "pathType": "Prefix", "backend": {"service": {"name": name, "port": {"number": 80}}}}]}}]}},
        {"apiVersion": "networking.istio.io/v1", "kind": "VirtualService", "metadata": meta,
         "spec": {"hosts": ["*"], "http": [{"route": [{"destination": {"host": name, "port": {"number": 80}}}]}]}},
        {"apiVersion": "external-secrets.io/v1", "kind": "ExternalSecret", "metadata": {**meta, "name": f"{name}-db"},
         "spec": {"secretStoreRef": {"name": "gsm", "kind": "ClusterSecretStore"},
                  "data": [{"secretKey": "password", "remoteRef": {"key": f"{name}-db"}}]}},
        {"apiVersion": "karpenter.sh/v1", "kind": "NodePool", "metadata": {"name": f"pool{index}"},
         "spec": {"template": {"spec": {
             "nodeClassRef": {"group": "karpenter.azure.com", "kind": "AKSNodeClass", "name": "default"},
             "requirements": [{"key": "kubernetes.io/arch", "operator": "In", "values": ["amd64"]}],
             "taints": [{"key": "nvidia.com/gpu", "value": "true", "effect": "NoSchedule"}]}}}},
    ]


def generate(count: int) -> list[Manifest]:
    bodies: list[dict] = [{"apiVersion": "karpenter.azure.com/v1beta1", "kind": "AKSNodeClass",
                           "metadata": {"name": "default"}, "spec": {"imageFamily": "Ubuntu2204"}}]
    index = 0
    while len(bodies) < count:
        bodies.extend(_app(index))
        index += 1
    return [Manifest("bench", body) for body in bodies[:count]]


def warm_costs(manifests: list[Manifest], rounds: int) -> tuple[float, float]:
    """ms/object of `run_checks` once schemas and CEL rules are compiled, and of the CRD CEL rules alone."""
    started = time.perf_counter()
    for _ in range(rounds):
        run_checks(manifests, kubernetes_version=KUBERNETES_VERSION)
    warm_ms = (time.perf_counter() - started) * 1000 / (len(manifests) * rounds)
    rule_set = ManifestSet(manifests, KUBERNETES_VERSION)
    started = time.perf_counter()
    for _ in range(rounds):
        list(check_crd_rules(rule_set))
    return warm_ms, (time.perf_counter() - started) * 1000 / (len(manifests) * rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--kubeflow-example", help="a kubeflow/manifests example/ folder to check as one set")
    options = parser.parse_args()

    manifests = generate(options.objects)
    started = time.perf_counter()
    first = run_checks(manifests, kubernetes_version=KUBERNETES_VERSION)
    first_ms = (time.perf_counter() - started) * 1000 / len(manifests)
    if not first.ok:  # the generated objects are meant to be clean: a finding means the benchmark is wrong
        raise SystemExit(f"generated objects have findings: {first.errors[:3]}")

    warm_ms, rules_ms = warm_costs(manifests, options.rounds)

    core = [m.body for m in manifests if "." not in m.group or m.group.endswith(".k8s.io")]
    started = time.perf_counter()
    for body in core:
        kubernetes_validate.validate(body, KUBERNETES_VERSION, strict=True)
    naive_ms = (time.perf_counter() - started) * 1000 / len(core)

    kinds = sorted({m.kind for m in manifests})
    print(f"objects: {len(manifests)} ({len(kinds)} kinds: {', '.join(kinds)}); core objects for the naive run: {len(core)}")
    print(f"run_checks, first run (compiles schemas):   {first_ms:7.3f} ms/object")
    print(f"run_checks, later runs (all checks):        {warm_ms:7.3f} ms/object")
    print(f"  of which CRD CEL rules (warm):            {rules_ms:7.3f} ms/object")
    print(f"kubernetes_validate.validate() per object:  {naive_ms:7.3f} ms/object (schema only, core kinds only)")
    print(f"ratio naive / run_checks (later runs):      {naive_ms / warm_ms:7.1f}x")
    print(f"goal <= 1 ms/object: {'met' if warm_ms <= 1.0 else 'NOT met'}")
    if options.kubeflow_example:
        upstream_figure(options.kubeflow_example, options.rounds)


def upstream_figure(folder: str, rounds: int) -> None:
    """The reference check alone and all checks, per object, on a rendered upstream install (warm: second run on)."""
    from mlmanifests.checks.manifest_set import ManifestSet
    from mlmanifests.checks.references import check_references
    from mlmanifests.kustomize import build

    manifests = [Manifest("kubeflow", body, origin="kubeflow") for body in build(folder)]
    run_checks(manifests, kubernetes_version=KUBERNETES_VERSION)
    started = time.perf_counter()
    for _ in range(rounds):
        list(check_references(ManifestSet(manifests, KUBERNETES_VERSION)))
    references_ms = (time.perf_counter() - started) * 1000 / (len(manifests) * rounds)
    started = time.perf_counter()
    for _ in range(rounds):
        run_checks(manifests, kubernetes_version=KUBERNETES_VERSION)
    all_ms = (time.perf_counter() - started) * 1000 / (len(manifests) * rounds)
    print(f"{folder}: {len(manifests)} objects; references {references_ms:.3f} ms/object, all checks {all_ms:.3f} ms/object")


if __name__ == "__main__":
    main()
