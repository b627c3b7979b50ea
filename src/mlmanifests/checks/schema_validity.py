"""A fast yes or no to "does this object satisfy this schema", the same answer jsonschema's Draft 2020-12 validator
gives, for the keywords Kubernetes and CRD schemas use.

jsonschema spends most of its time on the way to an answer (a validator object per step, reference lookups, error
objects that are never raised); almost every object we check is valid. So each schema is compiled once into nested
predicates, and jsonschema itself runs only on an object these reject, to say why. A schema holding any asserting
keyword not handled here is not compiled (`Unsupported`): jsonschema then checks every object, as before.
`tests/checks/test_schema_validity.py` holds the two to the same answer on the committed objects and on broken
copies of them.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from jsonschema._utils import equal, uniq
from referencing import Registry
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

if TYPE_CHECKING:
    from referencing._core import Resolver

Predicate = Callable[[Any], bool]


class Unsupported(Exception):
    """The schema uses an asserting keyword this module does not evaluate."""


# Every keyword the 2020-12 validator asserts with; unknown keywords (description, x-kubernetes-…) assert nothing.
_ASSERTING = {
    "$ref", "$dynamicRef", "additionalProperties", "allOf", "anyOf", "const", "contains", "dependentRequired",
    "dependentSchemas", "enum", "exclusiveMaximum", "exclusiveMinimum", "if", "items", "maxItems", "maxLength",
    "maxProperties", "maximum", "minItems", "minLength", "minProperties", "minimum", "multipleOf", "not", "oneOf",
    "pattern", "patternProperties", "prefixItems", "properties", "propertyNames", "required", "type",
    "unevaluatedItems", "unevaluatedProperties", "uniqueItems",
}
_HANDLED = {
    "$ref", "additionalProperties", "allOf", "anyOf", "const", "enum", "exclusiveMaximum", "exclusiveMinimum",
    "items", "maxItems", "maxLength", "maxProperties", "maximum", "minItems", "minLength", "minProperties", "minimum",
    "not", "oneOf", "pattern", "patternProperties", "properties", "required", "type", "uniqueItems",
}


def compile_validity(schema: dict[str, Any], registry: Registry) -> Predicate:
    """The predicate of `schema`, whose references resolve in `registry` (the one its jsonschema validator has).
    Each part is compiled when first used, so the predicate raises Unsupported where it meets a keyword it does
    not evaluate."""
    resolver = registry.resolver_with_root(DRAFT202012.create_resource(schema))
    return _Compiler().compile(schema, resolver, root=True)


def _always(instance: Any) -> bool:
    return True


def _never(instance: Any) -> bool:
    return False


# jsonschema's 2020-12 type checker, for the values JSON and YAML decode to.
def _is_integer(instance: Any) -> bool:
    if isinstance(instance, bool):
        return False
    return isinstance(instance, int) or (isinstance(instance, float) and instance.is_integer())


def _is_number(instance: Any) -> bool:
    return isinstance(instance, numbers.Number) and not isinstance(instance, bool)


_TYPES: dict[str, Predicate] = {
    "object": lambda instance: isinstance(instance, dict),
    "array": lambda instance: isinstance(instance, list),
    "string": lambda instance: isinstance(instance, str),
    "boolean": lambda instance: isinstance(instance, bool),
    "null": lambda instance: instance is None,
    "integer": _is_integer,
    "number": _is_number,
}


class _Compiler:
    def __init__(self) -> None:
        self._done: dict[int, Predicate] = {}

    def compile(self, node: Any, resolver: Resolver, *, root: bool = False) -> Predicate:
        """The node's predicate, built the first time it is asked (most of a large schema is never visited)."""
        if node is True:
            return _always
        if node is False:
            return _never
        if type(node) is not dict:
            raise Unsupported
        key = id(node)
        found = self._done.get(key)
        if found is not None:
            return found
        built: list[Predicate] = []

        def predicate(instance: Any) -> bool:
            if not built:
                built.append(self._build(node, resolver, root))
            return built[0](instance)

        self._done[key] = predicate
        return predicate

    def _build(self, node: dict[str, Any], resolver: Resolver, root: bool) -> Predicate:
        if ("$id" in node or "$schema" in node) and not root:
            raise Unsupported  # a subschema of another base or dialect: jsonschema switches, we do not
        if (node.keys() & _ASSERTING) - _HANDLED:
            raise Unsupported
        return _all_of(self._checks(node, resolver))

    def _checks(self, node: dict[str, Any], resolver: Resolver) -> list[Predicate]:
        checks: list[Predicate] = []
        if "type" in node:
            checks.append(_type_check(node["type"]))
        if "enum" in node:
            checks.append(_enum_check(node["enum"]))
        if "const" in node:
            wanted = node["const"]
            checks.append(lambda instance: equal(instance, wanted))
        if "$ref" in node:
            try:
                resolved = resolver.lookup(node["$ref"])
            except Unresolvable:
                raise Unsupported from None  # jsonschema says what is wrong with the reference
            checks.append(self.compile(resolved.contents, resolved.resolver))
        object_check = self._object_checks(node, resolver)
        if object_check is not None:
            checks.append(object_check)
        array_check = self._array_checks(node, resolver)
        if array_check is not None:
            checks.append(array_check)
        string_check = _string_checks(node)
        if string_check is not None:
            checks.append(string_check)
        number_check = _number_checks(node)
        if number_check is not None:
            checks.append(number_check)
        for keyword in ("allOf", "anyOf", "oneOf"):
            if keyword in node:
                subs = [self.compile(sub, resolver) for sub in node[keyword]]
                checks.append(_combinator(keyword, subs))
        if "not" in node:
            negated = self.compile(node["not"], resolver)
            checks.append(lambda instance: not negated(instance))
        return checks

    def _object_checks(self, node: dict[str, Any], resolver: Resolver) -> Predicate | None:
        properties = {name: self.compile(sub, resolver) for name, sub in (node.get("properties") or {}).items()}
        patterns = [(_LazyPattern(p), self.compile(sub, resolver)) for p, sub in (node.get("patternProperties") or {}).items()]
        extra = self.compile(node["additionalProperties"], resolver) if "additionalProperties" in node else None
        joined = _LazyPattern("|".join(node["patternProperties"])) if patterns and extra is not None else None
        required = list(node.get("required") or [])
        min_properties, max_properties = node.get("minProperties"), node.get("maxProperties")
        if not (properties or patterns or extra or required or min_properties is not None or max_properties is not None):
            return None

        def check(instance: Any) -> bool:
            if not isinstance(instance, dict):
                return True
            for name in required:
                if name not in instance:
                    return False
            if min_properties is not None and len(instance) < min_properties:
                return False
            if max_properties is not None and len(instance) > max_properties:
                return False
            for name, value in instance.items():
                sub = properties.get(name)
                if sub is not None:
                    if not sub(value):
                        return False
                if patterns:
                    for pattern, pattern_check in patterns:
                        if pattern.search(name) and not pattern_check(value):
                            return False
                if extra is not None and sub is None:
                    if joined is not None and joined.search(name):
                        continue
                    if not extra(value):
                        return False
            return True

        return check

    def _array_checks(self, node: dict[str, Any], resolver: Resolver) -> Predicate | None:
        items = self.compile(node["items"], resolver) if "items" in node else None
        min_items, max_items = node.get("minItems"), node.get("maxItems")
        unique = bool(node.get("uniqueItems"))
        if items is None and min_items is None and max_items is None and not unique:
            return None

        def check(instance: Any) -> bool:
            if not isinstance(instance, list):
                return True
            if min_items is not None and len(instance) < min_items:
                return False
            if max_items is not None and len(instance) > max_items:
                return False
            if unique and not uniq(instance):
                return False
            if items is not None:
                for item in instance:
                    if not items(item):
                        return False
            return True

        return check


def _all_of(checks: list[Predicate]) -> Predicate:
    if not checks:
        return _always
    if len(checks) == 1:
        return checks[0]
    return lambda instance: all(check(instance) for check in checks)


def _type_check(wanted: Any) -> Predicate:
    names = [wanted] if isinstance(wanted, str) else list(wanted)
    if any(name not in _TYPES for name in names):
        raise Unsupported
    checks = [_TYPES[name] for name in names]
    if len(checks) == 1:
        return checks[0]
    return lambda instance: any(check(instance) for check in checks)


def _enum_check(values: list[Any]) -> Predicate:
    strings = {value for value in values if type(value) is str}

    def check(instance: Any) -> bool:
        if isinstance(instance, str):
            return instance in strings  # jsonschema's equal: a string equals only an equal string
        return any(equal(value, instance) for value in values)

    return check


def _combinator(keyword: str, subs: list[Predicate]) -> Predicate:
    if keyword == "allOf":
        return _all_of(subs)
    if keyword == "anyOf":
        return lambda instance: any(sub(instance) for sub in subs)
    return lambda instance: sum(1 for sub in subs if sub(instance)) == 1


def _string_checks(node: dict[str, Any]) -> Predicate | None:
    min_length, max_length = node.get("minLength"), node.get("maxLength")
    pattern = _LazyPattern(node["pattern"]) if "pattern" in node else None
    if min_length is None and max_length is None and pattern is None:
        return None

    def check(instance: Any) -> bool:
        if not isinstance(instance, str):
            return True
        if min_length is not None and len(instance) < min_length:
            return False
        if max_length is not None and len(instance) > max_length:
            return False
        return pattern is None or pattern.search(instance) is not None

    return check


def _number_checks(node: dict[str, Any]) -> Predicate | None:
    # Each written as jsonschema tests the failure (so NaN, which fails no comparison, passes every bound).
    failures = [(node.get(keyword), fails) for keyword, fails in (
        ("minimum", lambda value, bound: value < bound), ("maximum", lambda value, bound: value > bound),
        ("exclusiveMinimum", lambda value, bound: value <= bound),
        ("exclusiveMaximum", lambda value, bound: value >= bound)) if keyword in node]
    if not failures:
        return None

    def check(instance: Any) -> bool:
        if not _is_number(instance):
            return True
        return not any(fails(instance, bound) for bound, fails in failures)

    return check


class _LazyPattern:
    """A regular expression compiled when first used, as jsonschema compiles it only for a value it applies to; one
    Python's `re` cannot compile leaves the schema to jsonschema (which reports it as it always has)."""

    __slots__ = ("source", "_compiled")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None

    def search(self, text: str) -> re.Match[str] | None:
        if self._compiled is None:
            try:
                self._compiled = re.compile(self.source)
            except re.error:
                raise Unsupported from None
        return self._compiled.search(text)
