"""The x-kubernetes-validations (CEL) rules of a CRD version, evaluated with cel-python on an object.

Enough for the node-layer tests to hold the NodePools and AKSNodeClasses to every rule of the Azure-patched CRDs
(the label-domain restrictions among them): each rule is evaluated where its schema node has a value, with
`self` bound to that value. Transition rules (`oldSelf`) only apply to updates and are left out. `find` is the
Kubernetes regex extension the Karpenter CRDs use; cel-python lacks it, so it is supplied here. cel-go accepts a
trailing comma in a list literal (the Azure label rules end `"kubernetes.azure.com/hostedvm", ]`), cel-python's
grammar does not, so it is dropped before parsing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import celpy
from celpy import celtypes

_ENV = celpy.Environment()
_TRAILING_COMMA = re.compile(r",\s*\]")


def _find(text: Any, pattern: Any) -> celtypes.StringType:
    match = re.search(str(pattern), str(text))
    return celtypes.StringType(match.group(0) if match else "")


@dataclass
class RuleReport:
    evaluated: list[str] = field(default_factory=list)
    """Messages of every rule evaluated (one entry per evaluation)."""
    violations: list[tuple[str, str]] = field(default_factory=list)
    """(path, message) of every rule that did not hold."""


def crd_version_schema(crd: dict[str, Any], version: str) -> dict[str, Any]:
    (served,) = [v for v in crd["spec"]["versions"] if v["name"] == version]
    return served["schema"]["openAPIV3Schema"]


def check_rules(schema: dict[str, Any], value: Any, path: str = "", report: RuleReport | None = None) -> RuleReport:
    report = report if report is not None else RuleReport()
    for validation in schema.get("x-kubernetes-validations") or []:
        rule = validation["rule"]
        if "oldSelf" in rule:
            continue
        program = _ENV.program(_ENV.compile(_TRAILING_COMMA.sub("]", rule)), functions={"find": _find})
        message = validation.get("message") or rule
        report.evaluated.append(message)
        result = program.evaluate({"self": celpy.json_to_cel(value)})
        if result is not True and not (isinstance(result, celtypes.BoolType) and bool(result)):
            report.violations.append((path or ".", message))
    if isinstance(value, dict):
        for key, child in value.items():
            if key in (schema.get("properties") or {}):
                check_rules(schema["properties"][key], child, f"{path}.{key}", report)
            elif isinstance(schema.get("additionalProperties"), dict):
                check_rules(schema["additionalProperties"], child, f"{path}.{key}", report)
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            check_rules(schema["items"], item, f"{path}[{index}]", report)
    return report
