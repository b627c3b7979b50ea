"""The README's promises, executed: its two commands exist, and its example error is what the CLI prints."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from conftest import REPO, run_cli

README = (REPO / "README.md").read_text()


def test_readme_names_exactly_two_setup_commands_and_ci_runs_the_test_one():
    block = README.split("## Two commands", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["make synth", "make test"]
    assert "make test" in (REPO / ".ci" / "run").read_text()


def test_readme_error_example_is_what_the_cli_prints():
    example = re.search(r"```text\n\$ python -m mlmanifests (.+?)\n(error: .+?)\n```", README, re.S)
    assert example, "the README's error example is missing"
    result = run_cli(*shlex.split(example[1]))
    assert result.code == 2
    assert result.stderr.strip() == example[2].strip()
