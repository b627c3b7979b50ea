"""The package as a library: its public names, its version, its typing marker, and a start that loads no cdk8s."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import mlmanifests
from conftest import REPO


def test_every_public_name_resolves_and_has_a_docstring():
    for name in mlmanifests.__all__:
        value = getattr(mlmanifests, name)
        if name != "__version__":
            assert (value.__doc__ or "").strip(), f"mlmanifests.{name} has no docstring"


def test_version_matches_pyproject_and_the_package_is_typed():
    assert mlmanifests.__version__ == tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    assert (Path(mlmanifests.__file__).parent / "py.typed").is_file()


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["list"], ["synth", "--help"], ["schema"]])
def test_commands_that_need_no_synthesis_do_not_import_cdk8s(argv):
    code = ("import sys, runpy; sys.argv = ['mlmanifests', *sys.argv[1:]]\n"
            "try:\n    runpy.run_module('mlmanifests', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "print('CDK8S-LOADED' if 'cdk8s' in sys.modules or 'jsii' in sys.modules else 'NO-CDK8S', file=sys.stderr)\n")
    process = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=120)
    assert process.stderr.strip().endswith("NO-CDK8S"), process.stderr
