"""kro's typed CEL environment for one ResourceGraphDefinition, as its graph builder declares it
(pkg/graph/builder.go at v0.9.3): `schema` typed by the instance schema without status, each resource id by
its kind's OpenAPI schema (a forEach collection is `list(dyn)`), forEach iterators by their list's element
type, `each` in a collection's readyWhen, and `runtime` only in `status.conditions`.

`check(text)` type-checks one expression with Google's CEL checker and returns its result type or the
checker's message. Without cel-expr-python, `available` is False and nothing is checked here.
"""

from __future__ import annotations

import json
import re
from collections import OrderedDict
from typing import Any

from mlmanifests.checks import cel_library
from mlmanifests.kro.cel_types import DYN, CelType, SchemaTypes, cel_type, parse_type_name
from mlmanifests.kro.cel import Embedded, string_template
from mlmanifests.kro.schema import FieldSchemas

# kro compiles a string template as one concatenation; cel-cpp's parser stops at a recursion depth of 32 (cel-go's
# at 250), so a long template (a JSON policy with twenty `${...}`) is checked piece by piece instead: after a
# string, each piece must be a string, as `+` requires.
MAX_CONCATENATED_PIECES = 12
# cel-go macros kro enables that cel-expr-python 0.1.3 lacks (ext.TwoVarComprehensions, lists' sortBy): an
# expression using one is not type-checked (it would read as undeclared variables).
UNSUPPORTED_MACROS = re.compile(r"\.(?:(?:all|exists|existsOne|exists_one|transformList|transformMap|transformMapEntry)"
                                r"\(\s*[A-Za-z_]\w*\s*,\s*[A-Za-z_]\w*\s*,|sortBy\()")

_STRUCT_NAME = re.compile(r"'(?:mlm\.)?(?:[a-z0-9]+_)+v\d+(?:alpha\d+|beta\d+)?_([A-Za-z0-9]+)'")


_CACHE_SIZE = 32
_CACHE: OrderedDict[tuple, "KroEnvironment"] = OrderedDict()


def kro_environment(schemas: FieldSchemas, instance: dict[str, Any] | None, kinds: dict[str, tuple[str, str] | None],
                    collections: set[str]) -> KroEnvironment:
    """The environment for one RGD's declarations, shared by every RGD that declares the same (a fleet synthesizes
    the same graph once per cluster): building the message types of a Deployment takes tens of milliseconds."""
    key = (cel_library.available(), schemas.kubernetes_version, json.dumps(instance, sort_keys=True), tuple(sorted(kinds.items(), key=lambda i: i[0])),
           tuple(sorted(collections)))
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key]
    typed = {resource_id: schemas.kind_schema(*kind) if kind else None for resource_id, kind in kinds.items()}
    environment = _CACHE[key] = KroEnvironment(schemas, instance, typed, collections)
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return environment


class KroEnvironment:
    def __init__(self, schemas: FieldSchemas, instance: dict[str, Any] | None,
                 kinds: dict[str, dict[str, Any] | None], collections: set[str]) -> None:
        self.available = cel_library.available()
        self.variables: dict[str, CelType] = {}
        self.elements: dict[str, CelType] = {}
        """collection id -> the type of one of its objects (`each` in its readyWhen)."""
        self.pool = None
        self._envs: dict[tuple, Any] = {}
        self._checked: dict[tuple, tuple[CelType | None, str]] = {}
        if not self.available:
            return
        self.types = SchemaTypes(schemas.resolve)
        if instance is not None:
            without_status = {**instance, "properties": {k: v for k, v in instance["properties"].items() if k != "status"}}
            self.variables["schema"] = self.types.declare(without_status, "schema")
        else:  # the SimpleSchema error is reported; expressions over schema are not typed
            self.variables["schema"] = DYN
        for resource_id, schema in kinds.items():
            if resource_id in collections:
                self.variables[resource_id] = CelType("list", (DYN,))
                self.elements[resource_id] = self.types.declare(schema, f"e_{resource_id}") if schema else DYN
            else:
                self.variables[resource_id] = self.types.declare(schema, f"r_{resource_id}") if schema else DYN
        self.pool = self.types.pool()

    def expected(self, schema: dict[str, Any]) -> CelType:
        return self.types.expected(schema)

    def _env(self, extra: tuple[tuple[str, CelType], ...], runtime: bool):
        key = (extra, runtime)
        if key not in self._envs:
            cel = cel_library.cel
            variables = {name: cel_type(kind) for name, kind in self.variables.items()}
            variables.update({name: cel_type(kind) for name, kind in extra})
            if runtime:
                variables["runtime"] = cel.Type.AbstractType(cel_library.RUNTIME_TYPE)
            functions = [*cel_library.declarations(), *cel_library.kro_declarations()]
            self._envs[key] = cel.NewEnv(self.pool, variables=variables, extensions=cel_library.extensions(),
                                         functions=functions)
        return self._envs[key]

    def check_template(self, value: str, found: list[Embedded], extra: tuple[tuple[str, CelType], ...] = (),
                       runtime: bool = False) -> tuple[CelType | None, str]:
        """A string template, as kro's builder type-checks it (parser.go `buildStringTemplate`)."""
        if len(found) <= MAX_CONCATENATED_PIECES:
            return self.check(string_template(value, found), extra, runtime)
        for embedded in found:
            result, problem = self.check(embedded.text, extra, runtime)
            if problem:
                return None, problem
            if result.kind not in ("string", "dyn"):
                return None, _piece_problem(result)
        return CelType("string"), ""

    def check(self, text: str, extra: tuple[tuple[str, CelType], ...] = (), runtime: bool = False) -> tuple[CelType | None, str]:
        """(result type, "") or (None, the checker's message)."""
        key = (text, extra, runtime)
        if UNSUPPORTED_MACROS.search(text):
            return DYN, ""
        if key not in self._checked:
            try:
                expression = self._env(extra, runtime).compile(text)
                self._checked[key] = parse_type_name(expression.return_type().name()), ""
            except Exception as problem:  # cel-expr-python raises RuntimeError with the checker's issues
                self._checked[key] = None, readable(cel_library.error_text(problem))
        return self._checked[key]


def _piece_problem(result: CelType) -> str:
    return f"found no matching overload for '_+_' applied to '(string, {result})'"


def readable(message: str) -> str:
    """The checker's message with our generated message names shortened to the schema's (`Container`)."""
    return _STRUCT_NAME.sub(lambda match: f"'{match.group(1)}'", message)
