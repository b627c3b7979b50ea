"""Each file in corpus/ is one small input with one defect; its `# expect:` lines are the exact findings.

`# expect: SEVERITY RULE OBJECT PATH` (OBJECT as ObjectId prints it), `# expect: nothing` for a clean
input, `# exempt: RULE OBJECT` for each exemption the report must list, `# says: TEXT` for text a finding's
message must hold.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mlmanifests.checks import run_checks
from mlmanifests.checks.validate import read_yaml_file

CORPUS = Path(__file__).parent / "corpus"
CASES = sorted(CORPUS.glob("*.yaml"))


def _expectations(case: Path) -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str]]]:
    findings, exemptions = [], []
    for line in case.read_text(encoding="utf-8").splitlines():
        if line.startswith("# expect:") and line.split(":", 1)[1].strip() != "nothing":
            severity, rule, rest = line.split(":", 1)[1].split(maxsplit=2)
            object_text, _, path = rest.rpartition(" ")
            findings.append((severity, rule, object_text, "" if path == "(object)" else path))
        elif line.startswith("# exempt:"):
            rule, object_text = line.split(":", 1)[1].split(maxsplit=1)
            exemptions.append((rule, object_text.strip()))
    assert findings or exemptions or "# expect: nothing" in case.read_text(encoding="utf-8"), f"{case.name} states no expectation"
    return sorted(findings), sorted(exemptions)


def test_corpus_is_not_empty():
    assert len(CASES) >= 20


@pytest.mark.parametrize("case", CASES, ids=lambda path: path.stem)
def test_case_reports_exactly_its_findings(case: Path):
    assert_case(case)


def assert_case(case: Path) -> None:
    """The checks on one corpus file report exactly its `# expect:` findings and exemptions, saying its `# says:`."""
    expected_findings, expected_exemptions = _expectations(case)
    manifests = [document.manifest for document in read_yaml_file(case, target=case.stem)]

    report = run_checks(manifests)

    got = sorted((f.severity, f.rule, str(f.object), f.path) for f in report.findings if f.severity != "info")
    assert got == expected_findings, "\n".join(f"{f.rule} {f.path}: {f.message}" for f in report.findings)
    assert sorted((e.rule, str(e.object)) for e in report.exemptions) == expected_exemptions
    for text in _says(case):
        assert any(text in f.message for f in report.findings), f"no finding says {text!r}: {[f.message for f in report.findings]}"


def _says(case: Path) -> list[str]:
    return [line.split(":", 1)[1].strip() for line in case.read_text(encoding="utf-8").splitlines() if line.startswith("# says:")]
