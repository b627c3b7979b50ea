"""Compare our renderer with `kubectl kustomize` over every kustomization folder of a kubeflow/manifests work tree.

    python bench/kubeflow_corpus.py /path/to/kubeflow-manifests [--jobs 8] [--show 50]

Prints how many folders build offline with kubectl, how many of those we render byte-identically,
and for the rest the first differing line (or our error).
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from mlmanifests.kustomize import render_command

KUSTOMIZATION_FILE_NAMES = ("kustomization.yaml", "kustomization.yml", "Kustomization")


@dataclass
class FolderOutcome:
    folder: Path
    kubectl_ok: bool
    kubectl_output: str
    ours_ok: bool = False
    ours_output: str = ""

    @property
    def identical(self) -> bool:
        return self.kubectl_ok and self.ours_ok and self.kubectl_output == self.ours_output


def kustomization_folders(root: Path) -> list[Path]:
    folders = []
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = [d for d in subdirectories if d != ".git"]
        if any(name in files for name in KUSTOMIZATION_FILE_NAMES):
            folders.append(Path(directory))
    return sorted(folders)


def kubectl_path() -> str:
    beside_python = Path(sys.executable).parent / "kubectl"
    return str(beside_python) if beside_python.exists() else "kubectl"


def run_kubectl(folder: Path, timeout: float) -> tuple[bool, str]:
    try:
        done = subprocess.run(
            [kubectl_path(), "kustomize", str(folder)], capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return False, "timeout"
    if done.returncode != 0:
        return False, done.stderr.strip().splitlines()[0] if done.stderr.strip() else "failed"
    return True, done.stdout


def run_ours(folder: Path) -> tuple[bool, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        code = render_command(str(folder), out, err)
    except Exception as problem:  # a crash is a finding here, reported with its type
        return False, f"CRASH {type(problem).__name__}: {problem}"
    if code != 0:
        return False, err.getvalue().strip()
    return True, out.getvalue()


def first_difference(expected: str, actual: str) -> str:
    expected_lines, actual_lines = expected.splitlines(), actual.splitlines()
    for number, (want, got) in enumerate(zip(expected_lines, actual_lines, strict=False), start=1):
        if want != got:
            return f"line {number}: kubectl {want!r} / ours {got!r}"
    return f"length: kubectl {len(expected_lines)} lines / ours {len(actual_lines)} lines"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", type=Path)
    parser.add_argument("--jobs", type=int, default=8)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--show", type=int, default=100, help="how many non-identical folders to list")
    args = parser.parse_args()
    folders = kustomization_folders(args.root)
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        kubectl_results = list(pool.map(lambda f: run_kubectl(f, args.timeout), folders))
    outcomes = []
    for folder, (ok, output) in zip(folders, kubectl_results, strict=True):
        outcome = FolderOutcome(folder, ok, output)
        if ok:
            outcome.ours_ok, outcome.ours_output = run_ours(folder)
        outcomes.append(outcome)
    buildable = [o for o in outcomes if o.kubectl_ok]
    identical = [o for o in buildable if o.identical]
    share = 100.0 * len(identical) / len(buildable) if buildable else 0.0
    print(f"kustomization folders: {len(outcomes)}")
    print(f"build offline with kubectl kustomize: {len(buildable)}")
    print(f"byte-identical with ours: {len(identical)} ({share:.1f}%)")
    rest = [o for o in buildable if not o.identical]
    for outcome in rest[: args.show]:
        relative = outcome.folder.relative_to(args.root)
        if not outcome.ours_ok:
            print(f"  {relative}: our error: {outcome.ours_output.splitlines()[0] if outcome.ours_output else '?'}")
        else:
            print(f"  {relative}: {first_difference(outcome.kubectl_output, outcome.ours_output)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
