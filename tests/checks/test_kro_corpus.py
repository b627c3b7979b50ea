"""kro's rejections and accepted shapes, one RGD per file, each read against kro v0.9.3's graph builder
(pkg/graph/builder.go, validation.go, parser/, pkg/simpleschema/). `# expect:` lines as in corpus/ are the exact
findings (warnings included); each `# says:` line is text the finding's message must hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from mlmanifests.checks import run_checks
from mlmanifests.checks.validate import read_yaml_file
from tests.checks.test_corpus import assert_case

CORPUS = Path(__file__).parent / "kro_corpus"
CASES = sorted(CORPUS.glob("*.yaml"))


def test_the_kro_corpus_covers_every_listed_rejection_and_shape():
    assert len(CASES) >= 19


@pytest.mark.parametrize("case", CASES, ids=lambda path: path.stem)
def test_kro_case_reports_exactly_its_findings(case: Path):
    assert_case(case)


def test_without_the_cel_wheel_the_graph_check_warns_and_still_parses(monkeypatch):
    """Where cel-expr-python has no wheel: one warning names the checks that did not run; the parse-based checks
    (syntax, unknown ids, string template into an int field) still run."""
    from mlmanifests.checks import cel_library

    monkeypatch.setattr(cel_library, "cel", None)
    case = CORPUS / "ternary-into-int.yaml"
    manifests = [document.manifest for document in read_yaml_file(case, target=case.stem)]
    findings = run_checks(manifests).findings
    assert sorted((f.severity, f.rule) for f in findings if f.severity != "info") == [
        ("warning", "crd-rule-checker-missing"), ("warning", "kro-cel-checker-missing")]  # the RGD's own CRD rules too
    assert all("were only parsed" in f.message for f in findings if f.severity == "warning")


def test_a_long_string_template_is_still_checked_piece_by_piece(tmp_path):
    case = tmp_path / "long.yaml"
    text = (CORPUS / "valid-lists-and-long-template.yaml").read_text(encoding="utf-8")
    case.write_text(text.replace("/0/${schema.spec.prefix}", "/0/${size(schema.spec.prefix)}"), encoding="utf-8")
    manifests = [document.manifest for document in read_yaml_file(case, target="long")]
    findings = [f for f in run_checks(manifests).findings if f.severity == "error"]
    assert [(f.rule, f.path) for f in findings] == [("kro-cel-type", "spec.resources[0].template.data.policy")]
    assert "found no matching overload for '_+_' applied to '(string, int)'" in findings[0].message
