"""Print a Report: text grouped by target and object, each target headed with the cluster it goes to (ANSI colour
only when asked), or JSON for machines."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict
from itertools import groupby

from mlmanifests.checks.findings import Finding, Report

_RED, _YELLOW, _BOLD, _DIM, _RESET = "\033[31m", "\033[33m", "\033[1m", "\033[2m", "\033[0m"


def format_text(report: Report, *, color: bool, clusters: Mapping[str, str] | None = None) -> str:
    """The report as text; `clusters` maps a target to the cluster its objects go to, shown in its heading."""
    def paint(text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if color else text

    clusters = clusters or {}
    lines: list[str] = []
    for target, by_target in groupby(report.findings, key=lambda f: f.target):
        cluster = f"  (cluster {clusters[target]})" if target in clusters else ""
        lines.append(paint(target, _BOLD) + cluster)
        for object_id, by_object in groupby(by_target, key=lambda f: f.object):
            lines.append(f"  {paint(str(object_id), _BOLD)}")
            for finding in by_object:
                tone = {"error": _RED, "warning": _YELLOW}.get(finding.severity, _DIM)
                severity = paint(f"{finding.severity:<7}", tone)
                where = f"  ({finding.source})" if finding.source else ""
                lines.append(f"    {severity} {finding.rule}  {finding.path or '(object)'}{paint(where, _DIM)}")
                lines.append(f"            {finding.message}")
                if finding.hint:
                    lines.append(paint(f"            fix: {finding.hint}", _DIM))
    if report.exemptions:
        lines.append(paint("exemptions", _BOLD))
        for exemption in report.exemptions:
            lines.append(f"  {exemption.target}  {exemption.object}  {exemption.rule}: {exemption.reason}")
    errors, warnings = len(report.errors), len(report.warnings)
    summary = f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}, " \
              f"{len(report.exemptions)} exemption{'s' * (len(report.exemptions) != 1)}"
    lines.append(paint(summary, _RED if errors else _YELLOW if warnings else _BOLD))
    return "\n".join(lines) + "\n"


def finding_as_dict(finding: Finding) -> dict:
    return {
        "severity": finding.severity,
        "rule": finding.rule,
        "target": finding.target,
        "object": asdict(finding.object),
        "path": finding.path,
        "message": finding.message,
        "hint": finding.hint,
        "file": finding.source.file if finding.source else None,
        "line": finding.source.line if finding.source else None,
    }


def format_json(report: Report) -> str:
    return json.dumps(report_as_dict(report), indent=2, sort_keys=False) + "\n"


def report_as_dict(report: Report, clusters: Mapping[str, str] | None = None) -> dict:
    """The report as plain data; with `clusters` (target -> cluster), each finding names its cluster."""
    clusters = clusters or {}
    findings = [finding_as_dict(finding) for finding in report.findings]
    for finding in findings:
        if finding["target"] in clusters:
            finding["cluster"] = clusters[finding["target"]]
    return {
        "ok": report.ok,
        "errors": len(report.errors),
        "warnings": len(report.warnings),
        "findings": findings,
        "exemptions": [
            {"target": e.target, "object": asdict(e.object), "rule": e.rule, "reason": e.reason} for e in report.exemptions
        ],
    }
