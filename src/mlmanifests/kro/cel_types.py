"""CEL types for OpenAPI schemas, as kro declares them (pkg/cel/environment.go `WithTypedResources`, through
k8s.io/apiserver's `SchemaDeclType`): an object with properties is a struct whose fields the checker knows, an
array a list, `additionalProperties` a map, and int-or-string, preserve-unknown and untyped fields `dyn`.

cel-expr-python learns struct types from a protobuf descriptor pool, so each object schema becomes a protobuf
message (one pool per set of schemas). Field names are escaped as the API server escapes them for CEL
(`__dash__`, `__dot__`, `__slash__`, `__underscores__`). Strings of `date-time` format are timestamps and of
`duration` format durations, as the API server types them (so `job.status.completionTime != null` checks, as
kro's own readiness test has it: test/integration/suites/core/readiness_test.go).

`CelType` is the structural form the checks compare: the expected type of a target field (`expected`) and the
checker's result type (`parse_type_name`), compared as kro's `AreTypesStructurallyCompatible` does
(pkg/cel/compatibility.go at v0.9.3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from mlmanifests.checks.cel_library import cel

PACKAGE = "mlm"
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def escape_field(name: str) -> str | None:
    """The name CEL knows a property by (k8s.io/apiserver/pkg/cel/escaping.go), None if it has none. Reserved words
    stay as they are: selecting them parses (`schema.metadata.namespace`, which kro's docs use throughout)."""
    escaped = name.replace("__", "__underscores__").replace(".", "__dot__").replace("-", "__dash__").replace("/", "__slash__")
    return escaped if _IDENTIFIER.match(escaped) else None


@dataclass(frozen=True)
class CelType:
    """kind: dyn, string, int, uint, double, bool, bytes, null, list, map, struct, optional or an opaque name."""

    kind: str
    params: tuple[CelType, ...] = ()
    name: str = ""

    def __str__(self) -> str:
        if self.kind == "struct":
            return "object"
        if self.params:
            return f"{self.kind}({', '.join(map(str, self.params))})"
        return self.kind


DYN = CelType("dyn")
_FORMATS = {"date-time": "timestamp", "duration": "duration", "byte": "bytes"}
_NAMES = {"DYN": "dyn", "STRING": "string", "INT": "int", "UINT": "uint", "DOUBLE": "double", "BOOL": "bool",
          "BYTES": "bytes", "NULL": "null", "NULL_TYPE": "null", "google.protobuf.Value": "dyn", "ERROR": "dyn",
          "TIMESTAMP": "timestamp", "DURATION": "duration", "google.protobuf.Timestamp": "timestamp",
          "google.protobuf.Duration": "duration"}


def parse_type_name(text: str) -> CelType:
    """The structural type of a cel-expr-python type name: `LIST<STRING>`, `MAP<STRING, INT>`, `optional_type<X>`."""
    text = text.strip()
    head, bracket, rest = text.partition("<")
    if not bracket:
        if text in _NAMES:
            return CelType(_NAMES[text])
        if text == "google.protobuf.Struct":
            return CelType("map", (CelType("string"), DYN))
        if text == "google.protobuf.ListValue":
            return CelType("list", (DYN,))
        if text.startswith(PACKAGE + "."):
            return CelType("struct", name=text)
        return CelType(text)
    params, depth, start, inner = [], 0, 0, rest[:-1]
    for index, char in enumerate(inner):
        if char == "<":
            depth += 1
        elif char == ">":
            depth -= 1
        elif char == "," and depth == 0:
            params.append(parse_type_name(inner[start:index]))
            start = index + 1
    params.append(parse_type_name(inner[start:]))
    kind = {"LIST": "list", "MAP": "map", "optional_type": "optional"}.get(head, head)
    return CelType(kind, tuple(params))


def compatible(output: CelType, expected: CelType) -> bool:
    """kro's AreTypesStructurallyCompatible, with struct-to-struct and map-to-struct accepted (kro compares their
    fields through its type provider; a mismatch there surfaces in the schema validation of the template)."""
    if expected.kind == "dyn" or output.kind == "dyn":
        return True
    if output.kind == "optional":
        return compatible(output.params[0], expected)
    if expected.kind == "struct":
        return output.kind in ("struct", "map")
    if expected.kind == "map" and output.kind == "struct":
        return True
    if expected.kind in ("list", "map"):
        return output.kind == expected.kind and all(compatible(o, e) for o, e in zip(output.params, expected.params))
    return output.kind == expected.kind


class SchemaTypes:
    """Protobuf messages (in one descriptor pool) for the OpenAPI schemas of one environment."""

    def __init__(self, resolve: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
        from google.protobuf import descriptor_pb2, duration_pb2, struct_pb2, timestamp_pb2

        self._descriptor_pb2 = descriptor_pb2
        self._resolve = resolve
        self.file = descriptor_pb2.FileDescriptorProto(name="mlmanifests/openapi.proto", package=PACKAGE, syntax="proto2")
        self._well_known = []
        for module in (struct_pb2, timestamp_pb2, duration_pb2):
            self.file.dependency.append(module.DESCRIPTOR.name)
            proto = descriptor_pb2.FileDescriptorProto()
            module.DESCRIPTOR.CopyToProto(proto)
            self._well_known.append(proto)
        self._by_ref: dict[str, str] = {}
        self._names: set[str] = set()

    # ------------------------------------------------------------------------------------------ building

    def declare(self, schema: dict[str, Any], name: str) -> CelType:
        """The CEL type of `schema`, declaring the messages it needs under `name`."""
        return self._type(schema, _message_name(name))

    def _type(self, schema: dict[str, Any], name: str) -> CelType:
        reference = schema.get("$ref")
        if reference:
            key = reference.rpartition("/")[2]
            if key not in self._by_ref:
                self._by_ref[key] = full = self._unique(_message_name(key))
                resolved = self._resolve(schema)
                kind = self._shape(resolved)
                if kind != "struct":
                    del self._by_ref[key]
                    return self._type(resolved, name)
                self._message(resolved, full)
            return CelType("struct", name=f"{PACKAGE}.{self._by_ref[key]}")
        shape = self._shape(schema)
        if shape == "struct":
            full = self._unique(name)
            self._message(schema, full)
            return CelType("struct", name=f"{PACKAGE}.{full}")
        if shape == "list":
            return CelType("list", (self._type(schema.get("items") or {}, name + "Item"),))
        if shape == "map":
            return CelType("map", (CelType("string"), self._type(schema["additionalProperties"], name + "Value")))
        return CelType(shape)

    def expected(self, schema: dict[str, Any]) -> CelType:
        """The type a field of this schema takes, without declaring messages (structs compare loosely)."""
        schema = self._resolve(schema)
        shape = self._shape(schema)
        if shape == "list":
            return CelType("list", (self.expected(schema.get("items") or {}),))
        if shape == "map":
            return CelType("map", (CelType("string"), self.expected(schema["additionalProperties"])))
        return CelType(shape)

    def _shape(self, schema: dict[str, Any]) -> str:
        if "$ref" in schema:
            schema = self._resolve(schema)
        if schema.get("x-kubernetes-int-or-string"):
            return "dyn"
        declared = schema.get("type")
        if isinstance(declared, list):
            declared = next((t for t in declared if t != "null"), None) if len([t for t in declared if t != "null"]) == 1 else None
        if declared == "string" and schema.get("format") in _FORMATS:
            return _FORMATS[schema["format"]]
        if declared in ("string", "boolean", "integer", "number"):
            return {"string": "string", "boolean": "bool", "integer": "int", "number": "double"}[declared]
        if declared == "array":
            return "list"
        if schema.get("properties"):
            return "struct"
        if isinstance(schema.get("additionalProperties"), dict) and declared in ("object", None):
            return "map"
        return "dyn"

    def _message(self, schema: dict[str, Any], full: str) -> None:
        F = self._descriptor_pb2.FieldDescriptorProto
        message = self.file.message_type.add(name=full)
        for number, (property_name, sub) in enumerate(sorted((schema.get("properties") or {}).items()), start=1):
            field_name = escape_field(property_name)
            if field_name is None or not isinstance(sub, dict):
                continue
            field_type = self._type(sub, f"{full}_{field_name}")
            entry = message.field.add(name=field_name, number=number, json_name=field_name)
            self._field(entry, field_type, message, F)

    def _field(self, entry, field_type: CelType, message, F) -> None:
        entry.label = F.LABEL_OPTIONAL
        if field_type.kind == "list":
            entry.label = F.LABEL_REPEATED
            self._scalar(entry, field_type.params[0], F, in_container=True)
        elif field_type.kind == "map":
            entry_name = f"{entry.name[0].upper()}{entry.name[1:]}Entry".replace("__", "_")
            nested = message.nested_type.add(name=entry_name)
            nested.options.map_entry = True
            nested.field.add(name="key", number=1, type=F.TYPE_STRING, label=F.LABEL_OPTIONAL)
            value = nested.field.add(name="value", number=2, label=F.LABEL_OPTIONAL)
            self._scalar(value, field_type.params[1], F, in_container=True)
            entry.label = F.LABEL_REPEATED
            entry.type = F.TYPE_MESSAGE
            entry.type_name = f".{PACKAGE}.{message.name}.{entry_name}"
        else:
            self._scalar(entry, field_type, F, in_container=False)

    def _scalar(self, entry, field_type: CelType, F, in_container: bool) -> None:
        scalars = {"string": F.TYPE_STRING, "int": F.TYPE_INT64, "double": F.TYPE_DOUBLE, "bool": F.TYPE_BOOL,
                   "bytes": F.TYPE_BYTES}
        if field_type.kind in scalars:
            entry.type = scalars[field_type.kind]
            return
        entry.type = F.TYPE_MESSAGE
        if field_type.kind in ("timestamp", "duration"):
            entry.type_name = f".google.protobuf.{field_type.kind.capitalize()}"
        elif field_type.kind == "struct":
            entry.type_name = "." + field_type.name
        elif field_type.kind == "list" and in_container:
            entry.type_name = ".google.protobuf.ListValue"
        elif field_type.kind == "map" and in_container:
            entry.type_name = ".google.protobuf.Struct"
        else:
            entry.type_name = ".google.protobuf.Value"

    def _unique(self, name: str) -> str:
        candidate, suffix = name, 2
        while candidate in self._names:
            candidate, suffix = f"{name}{suffix}", suffix + 1
        self._names.add(candidate)
        return candidate

    def pool(self):
        from google.protobuf import descriptor_pool

        pool = descriptor_pool.DescriptorPool()
        for proto in self._well_known:
            pool.Add(proto)
        pool.Add(self.file)
        return pool


def _message_name(text: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9_]", "_", text)
    return cleaned if cleaned[:1].isalpha() else "M" + cleaned


def cel_type(kind: CelType) -> Any:
    """The cel-expr-python type of a structural type (to declare a variable)."""
    T = cel.Type
    simple = {"dyn": T.DYN, "string": T.STRING, "int": T.INT, "double": T.DOUBLE, "bool": T.BOOL, "bytes": T.BYTES,
              "timestamp": T.TIMESTAMP, "duration": T.DURATION}
    if kind.kind in simple:
        return simple[kind.kind]
    if kind.kind == "list":
        return T.List(cel_type(kind.params[0]))
    if kind.kind == "map":
        return T.Map(cel_type(kind.params[0]), cel_type(kind.params[1]))
    if kind.kind == "struct":
        return T(kind.name)
    return T.DYN
