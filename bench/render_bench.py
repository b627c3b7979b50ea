"""Render time of mlmanifests.kustomize against `kubectl kustomize`, in process and as a process.

    python bench/render_bench.py [--bases 50] [--objects 20] [--runs 5] [--process-runs 15]

The tree: N bases of M objects each (Deployments, Services, ConfigMaps, ServiceAccounts), every base with a
configMapGenerator; one overlay per base adding a prefix, labels, an image override and a strategic-merge
and a JSON 6902 patch; a top kustomization over all overlays with a namespace.

1. In process, on the large tree (default 1,050 objects): median wall time of build+to_yaml against a
   `kubectl kustomize` process (goal ours/kubectl < 0.3).
2. As a process, on a 40-object tree of the same shape (2 bases x 19 objects + 2 generated): median wall time
   of `python -m mlmanifests render DIR` against `kubectl kustomize DIR`, run alternately so both see the same
   machine load (goal ours/kubectl <= 0.7). The package's bytecode is compiled first, as an install leaves it.

Both print the ratio (below 1 means we are faster) and check the outputs are identical.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mlmanifests.kustomize import build, to_yaml


def _deployment(name: str) -> str:
    return f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {name}
  labels:
    app: {name}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: {name}
  template:
    metadata:
      labels:
        app: {name}
    spec:
      serviceAccountName: {name}
      containers:
      - name: main
        image: example.com/app:1.0
        envFrom:
        - configMapRef:
            name: settings
        ports:
        - containerPort: 8080
        resources:
          limits:
            memory: 128Mi
"""


def _service(name: str) -> str:
    return f"""apiVersion: v1
kind: Service
metadata:
  name: {name}
spec:
  selector:
    app: {name}
  ports:
  - port: 80
    targetPort: 8080
"""


def _plain(kind: str, name: str) -> str:
    body = "data:\n  key: value\n" if kind == "ConfigMap" else ""
    return f"apiVersion: v1\nkind: {kind}\nmetadata:\n  name: {name}\n{body}"


def write_tree(root: Path, bases: int, objects: int) -> Path:
    overlays = []
    for b in range(bases):
        base = root / f"base-{b:03d}"
        base.mkdir(parents=True)
        documents = []
        for o in range(objects):
            name = f"svc-{o:03d}"
            kind = o % 4
            if kind == 0:
                documents.append(_deployment(name))
            elif kind == 1:
                documents.append(_service(f"svc-{o - 1:03d}"))
            elif kind == 2:
                documents.append(_plain("ServiceAccount", f"svc-{o - 2:03d}"))
            else:
                documents.append(_plain("ConfigMap", f"extra-{o:03d}"))
        (base / "objects.yaml").write_text("---\n".join(documents))
        (base / "kustomization.yaml").write_text(
            "resources:\n- objects.yaml\nconfigMapGenerator:\n- name: settings\n  literals:\n"
            f"  - BASE={b}\n  - MODE=default\n"
        )
        overlay = root / f"overlay-{b:03d}"
        overlay.mkdir()
        (overlay / "kustomization.yaml").write_text(
            f"""resources:
- ../base-{b:03d}
namePrefix: o{b:03d}-
labels:
- pairs:
    overlay: o{b:03d}
  includeSelectors: true
images:
- name: example.com/app
  newTag: "2.0"
configMapGenerator:
- name: settings
  behavior: merge
  literals:
  - MODE=prod
patches:
- patch: |-
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: svc-000
    spec:
      replicas: 3
      template:
        spec:
          containers:
          - name: main
            env:
            - name: OVERLAY
              value: "{b}"
- target:
    kind: Service
  patch: |-
    - op: add
      path: /spec/type
      value: ClusterIP
"""
        )
        overlays.append(overlay.name)
    top = root / "top"
    top.mkdir()
    (top / "kustomization.yaml").write_text(
        "namespace: bench\nresources:\n" + "".join(f"- ../{name}\n" for name in overlays)
    )
    return top


def _process_seconds(commands: dict[str, list[str]], runs: int) -> dict[str, tuple[float, str]]:
    """Median wall time of each command over `runs` rounds, the commands alternating within a round."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    outputs: dict[str, str] = {}
    for _ in range(runs):
        for name, command in commands.items():
            start = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            times[name].append(time.perf_counter() - start)
            outputs[name] = done.stdout
    return {name: (statistics.median(values), outputs[name]) for name, values in times.items()}


def _median_seconds(action, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bases", type=int, default=50)
    parser.add_argument("--objects", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--process-runs", type=int, default=15)
    args = parser.parse_args()
    kubectl = Path(sys.executable).parent / "kubectl"
    import mlmanifests

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(mlmanifests.__file__).parent)], check=True)
    with tempfile.TemporaryDirectory() as scratch:
        top = write_tree(Path(scratch), args.bases, args.objects)
        ours_time, ours = _median_seconds(lambda: to_yaml(build(top)), args.runs)

        def run_kubectl() -> str:
            return subprocess.run(
                [str(kubectl), "kustomize", str(top)], capture_output=True, text=True, check=True
            ).stdout

        kubectl_time, theirs = _median_seconds(run_kubectl, args.runs)
    objects = args.bases * args.objects + args.bases  # plus one generated ConfigMap per base
    print(f"tree: {args.bases} bases x {args.objects} objects (+ generators, overlays, patches) = {objects} objects")
    print(f"ours    build+to_yaml: {ours_time * 1000:8.1f} ms (median of {args.runs})")
    print(f"kubectl kustomize:     {kubectl_time * 1000:8.1f} ms (median of {args.runs})")
    print(f"ratio ours/kubectl:    {ours_time / kubectl_time:8.2f}  (goal < 0.3)")
    print(f"outputs identical:     {ours == theirs}")
    with tempfile.TemporaryDirectory() as scratch:
        small = write_tree(Path(scratch), 2, 19)
        figures = _process_seconds(
            {
                "ours": [sys.executable, "-m", "mlmanifests", "render", str(small)],
                "kubectl": [str(kubectl), "kustomize", str(small)],
            },
            args.process_runs,
        )
    (ours_process, ours_text), (kubectl_process, kubectl_text) = figures["ours"], figures["kubectl"]
    print(f"process, 40-object tree: python -m mlmanifests render {ours_process * 1000:7.1f} ms, "
          f"kubectl kustomize {kubectl_process * 1000:7.1f} ms (medians of {args.process_runs}, alternating)")
    print(f"ratio ours/kubectl:    {ours_process / kubectl_process:8.2f}  (goal <= 0.7)")
    print(f"outputs identical:     {ours_text == kubectl_text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
