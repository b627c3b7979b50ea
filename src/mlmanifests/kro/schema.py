"""Schemas the kro graph check reads fields from: SimpleSchema turned into OpenAPI (the instance schema), and the
OpenAPI schema of any kind a graph resource has (core kinds from kubernetes-validate, custom kinds from CRDs).

`FieldSchemas.at(kind_schema, path)` walks a schema along a field path, following `$ref`s into the core
definitions; `json_types` says which JSON types a schema admits, so an expression's type can be compared with it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from mlmanifests.checks.schemas import project_crd, strict_schema_folder

OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
ANY: dict[str, Any] = {"x-kubernetes-preserve-unknown-fields": True}
# kro's SimpleSchema atomic types (pkg/simpleschema/types/atomic.go at v0.9.3): `number` is not one (`float` is).
_SCALARS = {"string": "string", "integer": "integer", "boolean": "boolean", "float": "number", "object": "object"}
# Markers that fit only some types (pkg/simpleschema/markers.go: "minLength marker is only valid for string types").
_MARKER_TYPES = {"minLength": "string", "maxLength": "string", "pattern": "string",
                 "minItems": "array", "maxItems": "array", "uniqueItems": "array"}
_MARKER = re.compile(r'(\w+)=("(?:[^"\\]|\\.)*"|\S+)')


class SimpleSchemaError(ValueError):
    """A SimpleSchema field that kro would reject; the message names the field."""


# ----------------------------------------------------------------------------------------- SimpleSchema


def simple_schema_to_openapi(fields: Any, where: str = "spec", types: dict[str, Any] | None = None) -> dict[str, Any]:
    """The OpenAPI object schema of a SimpleSchema block (`spec:` or a custom type)."""
    if not isinstance(fields, dict):
        raise SimpleSchemaError(f"{where}: expected a map of field names to types, got {type(fields).__name__}")
    properties: dict[str, Any] = {}
    required: list[str] = []
    for name, declaration in fields.items():
        path = f"{where}.{name}"
        if isinstance(declaration, dict):
            properties[name] = simple_schema_to_openapi(declaration, path, types)
            continue
        if not isinstance(declaration, str):
            raise SimpleSchemaError(f"{path}: expected a type such as `string | default=x`, got {declaration!r}")
        type_text, _, markers = declaration.partition("|")
        schema = _type_schema(type_text.strip(), path, types or {})
        if _apply_markers(schema, markers, path):
            required.append(name)
        properties[name] = schema
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    return schema


def _type_schema(text: str, path: str, types: dict[str, Any]) -> dict[str, Any]:
    if text.startswith("[]"):
        return {"type": "array", "items": _type_schema(text[2:], path, types)}
    if text.startswith("map[string]"):
        return {"type": "object", "additionalProperties": _type_schema(text[len("map[string]"):], path, types)}
    if text in _SCALARS:
        schema: dict[str, Any] = {"type": _SCALARS[text]}
        if text == "object":
            schema["x-kubernetes-preserve-unknown-fields"] = True
        return schema
    if text in types:
        return simple_schema_to_openapi(types[text], f"types.{text}", types)
    raise SimpleSchemaError(f"{path}: unknown type {text!r} (string, integer, boolean, float, object, []T, map[string]T or a custom type; kro has no `number`)")


def _apply_markers(schema: dict[str, Any], text: str, path: str) -> bool:
    """Apply `key=value` markers to `schema`; True when the field is required."""
    required = False
    consumed = _MARKER.sub("", text).strip()
    if consumed:
        raise SimpleSchemaError(f"{path}: cannot read marker text {consumed!r}; markers are key=value, quoted if they contain spaces")
    for key, raw in _MARKER.findall(text):
        value = raw[1:-1].replace('\\"', '"') if raw.startswith('"') else raw
        if key in _MARKER_TYPES and schema.get("type") != _MARKER_TYPES[key]:
            raise SimpleSchemaError(f"{path}: {key} marker is only valid for {_MARKER_TYPES[key]} types, "
                                    f"got type: {schema.get('type')}")
        if key == "required":
            required = value == "true"
        elif key == "default":
            schema["default"] = _typed(value, schema.get("type"), path, key)
        elif key in ("minimum", "maximum"):
            schema[key] = _typed(value, "number", path, key)
        elif key in ("minLength", "maxLength", "minItems", "maxItems"):
            schema[key] = _typed(value, "integer", path, key)
        elif key == "enum":
            if schema.get("type") not in ("string", "integer"):
                raise SimpleSchemaError(f"{path}: enum is only allowed on string and integer fields")
            schema["enum"] = [_typed(item.strip(), schema["type"], path, key) for item in value.split(",")]
        elif key in ("description", "pattern"):
            schema[key] = value
        elif key in ("immutable", "uniqueItems", "validation", "listType", "listMapKey"):
            continue  # enforced by the API server through CEL rules; nothing to check offline
        else:
            raise SimpleSchemaError(f"{path}: unknown marker {key!r}")
    if "default" in schema and "enum" in schema and schema["default"] not in schema["enum"]:
        raise SimpleSchemaError(f"{path}: default {schema['default']!r} is not one of the enum values {schema['enum']}")
    return required


def _typed(value: str, json_type: str | None, path: str, marker: str) -> Any:
    try:
        if json_type == "integer":
            return int(value)
        if json_type == "number":
            number = float(value)
            return int(number) if number.is_integer() else number
        if json_type == "boolean":
            if value not in ("true", "false"):
                raise ValueError(value)
            return value == "true"
    except ValueError:
        raise SimpleSchemaError(f"{path}: {marker}={value!r} is not a valid {json_type}") from None
    return value


def instance_schema(schema_block: dict[str, Any]) -> dict[str, Any]:
    """The OpenAPI schema of the instance kind an RGD defines, as kro builds it: spec from SimpleSchema,
    metadata as ObjectMeta, status as whatever the status expressions produce."""
    types = schema_block.get("types") or {}
    spec = simple_schema_to_openapi(schema_block.get("spec") or {}, "spec", types)
    return {
        "type": "object",
        "properties": {
            "apiVersion": {"type": "string"}, "kind": {"type": "string"},
            "metadata": {"$ref": f"#/$defs/{OBJECT_META}"},
            "spec": spec,
            "status": ANY,
        },
    }


# ------------------------------------------------------------------------------------- schemas of kinds


@cache
def _core_definitions(kubernetes_version: str) -> dict[str, Any]:
    folder = strict_schema_folder(kubernetes_version)
    return json.loads(folder.joinpath("_definitions.json").read_text(encoding="utf-8"))["$defs"]


@dataclass(frozen=True)
class FieldSchemas:
    kubernetes_version: str

    @property
    def definitions(self) -> dict[str, Any]:
        return _core_definitions(self.kubernetes_version)

    def kind_schema(self, api_version: str, kind: str) -> dict[str, Any] | None:
        """OpenAPI schema of a kind: the core schema shipped for this Kubernetes version, else the project's CRD."""
        group, _, version = api_version.rpartition("/")
        core = _core_kind(self.kubernetes_version, group, version, kind)
        if core is not None:
            return core
        definition = project_crd(group, kind)
        if definition is None:
            return None
        schema = definition.schemas.get(version)
        if schema is None:
            return None
        properties = dict(schema.get("properties") or {})
        properties["metadata"] = {"$ref": f"#/$defs/{OBJECT_META}"}
        return {**schema, "properties": properties}

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.definitions[schema["$ref"].rpartition("/")[2]]
        return schema

    def at(self, schema: dict[str, Any], path: tuple[str | int, ...]) -> dict[str, Any] | None:
        """The schema of the field at `path`, ANY below a field that keeps unknown fields, None if it does not exist."""
        node = self.resolve(schema)
        for step in path:
            if node.get("x-kubernetes-preserve-unknown-fields") and not node.get("properties"):
                return ANY
            candidates = [node, *[self.resolve(sub) for key in ("allOf", "oneOf", "anyOf") for sub in node.get(key, [])]]
            found = None
            for candidate in candidates:
                if isinstance(step, int) or step == "[*]":
                    items = candidate.get("items") or (candidate.get("additionalProperties") if not isinstance(step, int) else None)
                    if isinstance(items, dict):
                        found = items
                elif step in (candidate.get("properties") or {}):
                    found = candidate["properties"][step]
                elif isinstance(candidate.get("additionalProperties"), dict):
                    found = candidate["additionalProperties"]
                if found is not None:
                    break
            if found is None:
                return None
            node = self.resolve(found)
        return node

    def json_types(self, schema: dict[str, Any]) -> set[str]:
        """JSON types a field admits ('any' when unconstrained); integer counts as a number."""
        schema = self.resolve(schema)
        if schema.get("x-kubernetes-preserve-unknown-fields") and "type" not in schema:
            return {"any"}
        if schema.get("x-kubernetes-int-or-string"):
            return {"integer", "string"}
        declared = schema.get("type")
        types = set(declared if isinstance(declared, list) else [declared] if declared else [])
        for key in ("oneOf", "anyOf"):
            for sub in schema.get(key, []):
                types |= self.json_types(sub)
        types.discard("null")
        if "properties" in schema or "additionalProperties" in schema:
            types.add("object")
        return types or {"any"}


def type_fits(value_type: str, field_types: set[str]) -> bool:
    return "any" in field_types or value_type in field_types or (value_type == "integer" and "number" in field_types)


@cache
def _core_kind(kubernetes_version: str, group: str, version: str, kind: str) -> dict[str, Any] | None:
    if group and "." in group and not group.endswith(".k8s.io"):
        return None
    api = f"{group.split('.')[0]}-{version}" if group else version
    path = strict_schema_folder(kubernetes_version).joinpath(f"{kind.lower()}-{api}.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None
