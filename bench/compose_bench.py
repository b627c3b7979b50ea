"""Composing and checking a whole Kubeflow platform, against `kubectl kustomize` of the same folder, side by side.

    python bench/compose_bench.py [--release v1.8.1] [--runs 3]

For the release's `example` (the full platform): the median CPU time of
- kubectl kustomize <release>/example (the peer: what a user runs to get the same objects),
- compose cold: our renderer building the example through an overlay (an empty compose cache each run), then
  every check over the result, as `synth` checks a cluster's objects;
- compose warm: the same with the compose cache filled (what a re-run costs), then the checks.
Prints the ratios cold / kubectl and warm / kubectl (goal: cold at most 3x). Reads the release from
../shared/upstream; CPU time (user + system of the process and its children) so a busy machine skews it less.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UPSTREAM = REPO.parent / "shared" / "upstream" / "kubeflow-manifests"
KUBECTL = Path(sys.executable).parent / "kubectl"

_COMPOSE = """
import sys
from mlmanifests.checks import run_checks
from mlmanifests.manifests import Manifest
from mlmanifests.upstream.compose import Overlay, compose
from mlmanifests.upstream.git import local
objects = compose(local(sys.argv[1]), ["example"], Overlay()).objects
report = run_checks([Manifest("bench", body) for body in objects])
print(len(objects), len(report.findings))
"""


def _cpu(command: list[str], env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, capture_output=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", default="v1.8.1")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    tree = UPSTREAM / args.release
    kubectl, cold, warm = [], [], []
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    with tempfile.TemporaryDirectory() as warm_cache:
        for _ in range(args.runs):
            kubectl.append(_cpu([str(KUBECTL), "kustomize", str(tree / "example")], env))
            with tempfile.TemporaryDirectory() as empty:
                cold.append(_cpu([sys.executable, "-c", _COMPOSE, str(tree)], {**env, "MLMANIFESTS_CACHE_DIR": empty}))
            warm.append(_cpu([sys.executable, "-c", _COMPOSE, str(tree)], {**env, "MLMANIFESTS_CACHE_DIR": warm_cache}))
    k, c, w = (statistics.median(x) for x in (kubectl, cold, warm))
    print(f"kubeflow {args.release} example: kubectl kustomize {k:.2f} s CPU; compose+checks cold {c:.2f} s "
          f"({c / k:.2f}x), warm {w:.2f} s ({w / k:.2f}x)  [median of {args.runs}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
