"""`validate PATH...`: check YAML files and folders, print the report, pick the exit code (what is read and
how is mlmanifests.checks.validate).
"""

from __future__ import annotations

import os
from typing import TextIO

from mlmanifests.checks.findings import Report
from mlmanifests.checks.validate import InputError, Skipped, _with_field_lines, read_paths, redact_secret_values
from mlmanifests.exit_codes import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK


def validate_command(
    paths: list[str], *, output_format: str, kubernetes_version: str, stdout: TextIO, stderr: TextIO | None = None,
    color: bool | None = None,
) -> int:
    """Run the checks on files or folders (`-`: YAML on standard input) and print the report to `stdout`;
    unreadable input is one line on `stderr` (default: `stdout`) and exit code 2. `color`: None asks the terminal."""
    from mlmanifests.checks import format_json, format_text, run_checks

    skipped = Skipped()
    try:
        documents = read_paths(paths, skipped)
        report = run_checks([d.manifest for d in documents], kubernetes_version=kubernetes_version)
    except (InputError, ValueError) as problem:
        print(f"error: {problem}", file=stderr or stdout)
        return EXIT_BAD_INPUT
    if skipped.note():
        print(f"note: {skipped.note()}", file=stderr or stdout)
    findings = redact_secret_values(_with_field_lines(report.findings, documents), [d.manifest for d in documents])
    report = Report(findings, report.exemptions)
    if output_format == "json":
        stdout.write(format_json(report))
    else:
        stdout.write(format_text(report, color=_is_terminal(stdout) if color is None else color))
    return EXIT_OK if report.ok else EXIT_FAILED


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and "NO_COLOR" not in os.environ
