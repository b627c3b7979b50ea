"""Per-object cost of `run_checks` on the composed Kubeflow release (kubeflow/manifests `example/`, rendered by
our kustomize renderer): thousands of objects, the release's own CRDs among them, so the CRD CEL rules run on every
custom resource of the release. Peer: `kubernetes_validate.validate()` per core object, run side by side.

    .venv/bin/python bench/checks_bench_kubeflow.py [--release ../shared/upstream/kubeflow-manifests/v1.10.2] [--rounds 2]

Prints ms/object for the first run (schemas and CEL rules compiled on the way), later runs, the CRD rules' share
and the naive peer on a sample of the core objects.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import kubernetes_validate

from checks_bench import KUBERNETES_VERSION, warm_costs  # beside this file

from mlmanifests.checks import ManifestSet, run_checks
from mlmanifests.checks.crd_rules import check_crd_rules
from mlmanifests.kustomize import build
from mlmanifests.manifests import Manifest

DEFAULT_RELEASE = Path(__file__).resolve().parents[2] / "shared" / "upstream" / "kubeflow-manifests" / "v1.10.2"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", type=Path, default=DEFAULT_RELEASE)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--naive-sample", type=int, default=100)
    options = parser.parse_args()

    manifests = [Manifest("kubeflow", body) for body in build(options.release / "example")]
    started = time.perf_counter()
    run_checks(manifests, kubernetes_version=KUBERNETES_VERSION)
    first_ms = (time.perf_counter() - started) * 1000 / len(manifests)

    warm_ms, rules_ms = warm_costs(manifests, options.rounds)
    rule_findings = list(check_crd_rules(ManifestSet(manifests, KUBERNETES_VERSION)))

    core = [m.body for m in manifests if "." not in m.group or m.group.endswith(".k8s.io")][:options.naive_sample]
    started = time.perf_counter()
    for body in core:
        try:
            kubernetes_validate.validate(body, KUBERNETES_VERSION, strict=True)
        except Exception:  # the peer's verdict does not matter here, only its cost
            pass
    naive_ms = (time.perf_counter() - started) * 1000 / len(core)

    crds = sum(1 for m in manifests if m.kind == "CustomResourceDefinition")
    print(f"objects: {len(manifests)} ({crds} CRDs among them); CRD-rule findings: {len(rule_findings)}")
    print(f"run_checks, first run (compiles schemas, CEL rules): {first_ms:7.3f} ms/object")
    print(f"run_checks, later runs (all checks):                {warm_ms:7.3f} ms/object")
    print(f"  of which CRD CEL rules:                            {rules_ms:7.3f} ms/object")
    print(f"kubernetes_validate.validate() per core object:     {naive_ms:7.3f} ms/object ({len(core)} objects)")
    print(f"ratio naive / run_checks (later runs):              {naive_ms / warm_ms:7.1f}x")


if __name__ == "__main__":
    main()
