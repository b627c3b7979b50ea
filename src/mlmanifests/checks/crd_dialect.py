"""Turn a CRD's structural OpenAPI v3 schema into a JSON Schema a jsonschema validator enforces as the API server does.

The API server does not validate a custom object against its schema as plain JSON Schema would:
- `nullable: true` admits null; a null in a field that is not nullable is pruned before defaulting;
- `x-kubernetes-int-or-string` admits an integer or a string;
- `x-kubernetes-preserve-unknown-fields` keeps fields the schema does not name; everywhere else unknown fields
  are pruned, which we report as errors (a pruned field is a setting the user believes is applied and is not);
- `x-kubernetes-embedded-resource` marks an object that is itself a resource: apiVersion and kind required,
  metadata allowed;
- defaults are applied before validation, so a defaulted field satisfies `required`;
- OpenAPI 3.0 spells exclusive bounds as booleans beside minimum/maximum.
`to_json_schema` rewrites the first four and the bounds once per schema; `apply_defaults` does the pruning of
nulls and the defaulting per object. `x-kubernetes-validations` (CEL rules) are not evaluated here.
"""

from __future__ import annotations

import copy
from typing import Any

# The object metadata of every resource (and embedded resource) is checked against the core ObjectMeta schema
# kubernetes-validate ships, resolved through the same registry as the core kinds.
OBJECT_META_REF = "https://kubernetes.io/api/_definitions.json#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"

_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_DROPPED_KEYS = {"nullable", "description", "example", "externalDocs", "default", "format"}


def to_json_schema(structural: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) for a CRD version's `openAPIV3Schema`."""
    schema = _convert(structural, strict=True)
    properties = schema.setdefault("properties", {})
    properties["apiVersion"] = {"type": "string"}
    properties["kind"] = {"type": "string"}
    properties["metadata"] = {"$ref": OBJECT_META_REF}
    schema["type"] = "object"
    if not structural.get("x-kubernetes-preserve-unknown-fields"):
        schema["additionalProperties"] = False
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def _convert(node: dict[str, Any], *, strict: bool) -> dict[str, Any]:
    """Rewrite one schema node. `strict` is False inside allOf/anyOf/oneOf/not, whose subschemas may only restate
    fields the enclosing schema declares, so they must not forbid the others."""
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "properties":
            out[key] = {name: _convert(sub, strict=strict) for name, sub in value.items()}
        elif key in ("items", "additionalProperties") and isinstance(value, dict):
            out[key] = _convert(value, strict=strict)
        elif key in _SUBSCHEMA_LISTS:
            out[key] = [_convert(sub, strict=False) for sub in value]
        elif key == "not":
            out[key] = _convert(value, strict=False)
        elif key in ("exclusiveMinimum", "exclusiveMaximum"):
            continue  # handled with minimum/maximum below
        elif key.startswith("x-kubernetes-") or key in _DROPPED_KEYS:
            continue
        else:
            out[key] = value

    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if node.get(exclusive) is True and bound in node:
            out[exclusive] = out.pop(bound)

    if node.get("x-kubernetes-int-or-string"):
        out["type"] = ["integer", "string"]
        out.pop("anyOf", None)  # the usual restatement `anyOf: [{type: integer}, {type: string}]`

    preserve_unknown = bool(node.get("x-kubernetes-preserve-unknown-fields"))
    if node.get("x-kubernetes-embedded-resource"):
        out["type"] = "object"
        out["required"] = sorted({*out.get("required", []), "apiVersion", "kind"})
        properties = out.setdefault("properties", {})
        properties.setdefault("apiVersion", {"type": "string"})
        properties.setdefault("kind", {"type": "string"})
        properties["metadata"] = {"$ref": OBJECT_META_REF}

    is_object = node.get("type") == "object" or "properties" in node
    if strict and is_object and not preserve_unknown and "additionalProperties" not in node:
        out["additionalProperties"] = False

    if node.get("nullable"):
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
        elif isinstance(out.get("type"), list):
            out["type"] = [*out["type"], "null"]
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
    return out


def apply_defaults(structural: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """A copy of `body` as the API server stores it before validating: nulls in non-nullable fields pruned,
    then the schema's defaults filled in where a field is absent."""
    defaulted = copy.deepcopy(body)
    _default_in_place(structural, defaulted)
    return defaulted


def _default_in_place(node: dict[str, Any], value: Any) -> None:
    if isinstance(value, dict):
        properties = node.get("properties")
        if properties:
            for name, sub in properties.items():
                if name in value and value[name] is None and not sub.get("nullable"):
                    del value[name]
                if name not in value and "default" in sub:
                    value[name] = copy.deepcopy(sub["default"])
                if name in value:
                    _default_in_place(sub, value[name])
        extra = node.get("additionalProperties")
        if isinstance(extra, dict):
            for name, item in value.items():
                if properties and name in properties:
                    continue
                _default_in_place(extra, item)
    elif isinstance(value, list):
        items = node.get("items")
        if isinstance(items, dict):
            for item in value:
                _default_in_place(items, item)
