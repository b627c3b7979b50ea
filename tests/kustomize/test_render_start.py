"""`python -m mlmanifests render DIR` runs without the config models, cdk8s or jsii (they cost most of a
short render's time), and still behaves as the full CLI's `render` does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CASE = Path(__file__).parent / "cases" / "images"


def _run(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *arguments], capture_output=True, text=True, timeout=300)


def test_render_imports_neither_config_nor_cdk8s_nor_jsii() -> None:
    done = _run("-X", "importtime", "-m", "mlmanifests", "render", str(CASE))
    assert done.returncode == 0, done.stderr
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "mlmanifests.kustomize" in imported
    heavy = {name for name in imported if name.split(".")[0] in ("cdk8s", "jsii", "pydantic", "constructs")}
    heavy |= {name for name in imported if name.startswith(("mlmanifests.config", "mlmanifests.cli"))}
    assert heavy == set()
    assert done.stdout == (CASE / "expected.yaml").read_text()


def test_bad_input_is_exit_2_and_debug_is_accepted(tmp_path: Path) -> None:
    done = _run("-m", "mlmanifests", "render", "--debug", str(tmp_path))
    assert done.returncode == 2 and done.stdout == ""
    assert "unable to find one of 'kustomization.yaml'" in done.stderr


def test_anything_else_goes_to_the_full_cli() -> None:
    done = _run("-m", "mlmanifests", "render", "--help")
    assert done.returncode == 0 and "usage: mlmanifests render" in done.stdout
