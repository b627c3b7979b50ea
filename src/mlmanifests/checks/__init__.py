"""Checks of the objects mlmanifests writes, or of any YAML: schemas, references, scheduling, identity, security,
currency. Every check module exposes one function `ManifestSet -> Iterable[Finding]`; `CHECKS` lists them, and
adding a module to that list is all it takes to run it (the kro graph check plugs in the same way, through checks/kro.py).

Entry points: `run_checks` (used by `synth` and by `python -m mlmanifests validate`, mlmanifests.cli.validate),
`format_text` / `format_json` to print a `Report`.
"""

from __future__ import annotations

from typing import Callable, Iterable, Sequence

from mlmanifests.checks.api_values import check_api_values
from mlmanifests.checks.crd_rules import check_crd_rules
from mlmanifests.checks.currency import check_currency
from mlmanifests.checks.findings import Exemption, Finding, Report, Severity
from mlmanifests.checks.identity import check_identity
from mlmanifests.checks.kcc_network_refs import check_kcc_network_refs
from mlmanifests.checks.kro import check_kro_graphs
from mlmanifests.checks.manifest_set import ManifestSet
from mlmanifests.checks.references import check_references
from mlmanifests.checks.report import format_json, format_text
from mlmanifests.checks.scheduling import check_scheduling
from mlmanifests.checks.secret_stores import check_secret_stores
from mlmanifests.checks.schemas import check_schemas
from mlmanifests.checks.security import EXEMPTIBLE_RULES, check_security, summarize_upstream
from mlmanifests.manifests import EXEMPTION_PREFIX, Manifest, ObjectId

Check = Callable[[ManifestSet], Iterable[Finding]]

CHECKS: list[Check] = [
    check_schemas,
    check_api_values,
    check_crd_rules,
    check_identity,
    check_references,
    check_kcc_network_refs,
    check_secret_stores,
    check_scheduling,
    check_security,
    check_currency,
    check_kro_graphs,
]

__all__ = [
    "CHECKS", "Check", "Exemption", "Finding", "ManifestSet", "Report", "Severity",
    "format_json", "format_text", "run_checks",
]


def run_checks(
    manifests: Sequence[Manifest],
    *,
    kubernetes_version: str = "1.35",
    external: Iterable[ObjectId] = (),
) -> Report:
    """Run every check over `manifests`. `external` objects exist outside every target and satisfy references.
    Security findings on upstream objects (`Manifest.origin`) are summarized as one warning per component.

    Raises ValueError only for a `kubernetes_version` with no shipped schemas; every defect of the manifests
    is a finding in the report.
    """
    manifest_set = ManifestSet(list(manifests), kubernetes_version, frozenset(external))
    findings = [finding for check in CHECKS for finding in check(manifest_set)]
    kept, honoured = _apply_exemptions(manifest_set, findings)
    kept = summarize_upstream(kept, manifest_set.manifests)
    return Report(sorted(kept, key=Finding.sort_key), sorted(honoured, key=Exemption.sort_key))


def _apply_exemptions(manifest_set: ManifestSet, findings: list[Finding]) -> tuple[list[Finding], list[Exemption]]:
    """Drop findings an object is exempted from; list every exemption an object declares, with its reason.

    Only judgement rules (EXEMPTIBLE_RULES) can be exempted; an annotation naming any other rule is itself
    reported, so a typo in a rule id cannot pass silently."""
    declared: dict[tuple[str, ObjectId], dict[str, str]] = {}
    exemptions: list[Exemption] = []
    extra: list[Finding] = []
    for manifest in manifest_set.manifests:
        rules = manifest.exemptions()
        if not rules:
            continue
        declared[(manifest.target, manifest.id)] = rules
        for rule, reason in rules.items():
            if rule in EXEMPTIBLE_RULES:
                exemptions.append(Exemption(manifest.target, manifest.id, rule, str(reason)))
            else:
                extra.append(Finding("error", "unknown-exemption", manifest.target, manifest.id,
                                     f"metadata.annotations[{EXEMPTION_PREFIX}{rule}]",
                                     f"exemption names rule {rule!r}, which cannot be exempted or does not exist",
                                     f"exemptible rules: {', '.join(sorted(EXEMPTIBLE_RULES))}", manifest.source))
    kept = [f for f in findings
            if not (f.rule in EXEMPTIBLE_RULES and f.rule in declared.get((f.target, f.object), {}))]
    return kept + extra, exemptions
