"""The one result type of the checks: a `Finding` names object, field path and rule; a `Report` holds them all."""

from __future__ import annotations

from dataclasses import astuple, dataclass, field
from typing import Literal

from mlmanifests.manifests import Manifest, ObjectId, Source

Severity = Literal["error", "warning", "info"]
"""error: refuses the output; warning: printed, output written; info: a fact the checks established (e.g. the
order kro will create an RGD's resources in), printed for the reader."""


@dataclass(frozen=True)
class Finding:
    """One defect of one object.

    `path` is the field path inside the object (`spec.template.spec.containers[0].image`, empty for the whole
    object); `hint` says how to fix it; `source` is the file and line of the object (or of the field, when
    `validate` could resolve the path), None for synthesized objects.
    """

    severity: Severity
    rule: str
    target: str
    object: ObjectId
    path: str
    message: str
    hint: str = ""
    source: Source | None = None

    def sort_key(self) -> tuple:
        # str(): an object read from YAML may carry a non-string name or namespace (`name: 123`)
        object_key = tuple(str(part) for part in astuple(self.object))
        return (self.target, object_key, self.rule, self.path, self.message)


@dataclass(frozen=True)
class Exemption:
    """A declared exemption that the checks honoured: `object` may break `rule` because of `reason`."""

    target: str
    object: ObjectId
    rule: str
    reason: str

    def sort_key(self) -> tuple:
        return (self.target, tuple(str(part) for part in astuple(self.object)), self.rule)


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    exemptions: list[Exemption] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors


def error(manifest: Manifest, rule: str, path: str, message: str, hint: str = "") -> Finding:
    return Finding("error", rule, manifest.target, manifest.id, path, message, hint, manifest.source)


def warning(manifest: Manifest, rule: str, path: str, message: str, hint: str = "") -> Finding:
    return Finding("warning", rule, manifest.target, manifest.id, path, message, hint, manifest.source)


def info(manifest: Manifest, rule: str, path: str, message: str) -> Finding:
    return Finding("info", rule, manifest.target, manifest.id, path, message, "", manifest.source)


def join_path(*parts: str | int) -> str:
    """`join_path("spec", "containers", 0, "image")` -> `spec.containers[0].image`."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part:
            text = f"{text}.{part}" if text else part
    return text
