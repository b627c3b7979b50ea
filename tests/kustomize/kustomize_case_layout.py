"""Where a renderer case keeps its input and its expectations.

tests/kustomize/cases/<name>/
    kustomization.yaml or overlay/kustomization.yaml   the tree to build (overlay/ wins when present)
    expected.yaml            exact `kubectl kustomize` output, for cases that build
    expected_warnings.txt    kustomize's `# Warning:` lines on stderr, when there are any
    expected_error.txt       for cases that must fail: line 1 a substring of our message, line 2 the field it names
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

CASES_DIR = Path(__file__).parent / "cases"


@dataclass(frozen=True)
class Case:
    folder: Path

    @property
    def name(self) -> str:
        return self.folder.name

    @property
    def build_dir(self) -> Path:
        overlay = self.folder / "overlay"
        return overlay if overlay.is_dir() else self.folder

    @property
    def expected_file(self) -> Path:
        return self.folder / "expected.yaml"

    @property
    def warnings_file(self) -> Path:
        return self.folder / "expected_warnings.txt"

    @property
    def error_file(self) -> Path:
        return self.folder / "expected_error.txt"

    @property
    def is_error_case(self) -> bool:
        return self.error_file.exists()

    def expected_error(self) -> tuple[str, str]:
        substring, field = self.error_file.read_text().splitlines()[:2]
        return substring, field


def all_cases() -> list[Case]:
    return [Case(folder) for folder in sorted(CASES_DIR.iterdir()) if folder.is_dir()]


def kubectl_binary() -> Path:
    return Path(sys.executable).parent / "kubectl"


@dataclass(frozen=True)
class KubectlRun:
    ok: bool
    stdout: str
    warnings: str
    stderr: str


def run_kubectl(case: Case) -> KubectlRun:
    done = subprocess.run(
        [str(kubectl_binary()), "kustomize", str(case.build_dir)], capture_output=True, text=True, timeout=120
    )
    warnings = "".join(line + "\n" for line in done.stderr.splitlines() if line.startswith("# Warning:"))
    return KubectlRun(done.returncode == 0, done.stdout, warnings, done.stderr)
