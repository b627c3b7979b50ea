"""The compiled yes/no of checks/schema_validity gives jsonschema's answer: on every committed object (valid, as
synth wrote them) and on broken copies of each (a field removed, a value of the wrong type, an unknown field)."""

from __future__ import annotations

import copy
import random
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from mlmanifests.checks import crd_dialect, schemas
from mlmanifests.checks.schema_validity import Unsupported, compile_validity

REPO = Path(__file__).resolve().parents[2]
KUBERNETES_VERSION = "1.35"


def committed_objects() -> list[dict]:
    return [body for path in sorted((REPO / "dist").rglob("*.yaml"))
            for body in yaml.load_all(path.read_text(), Loader=yaml.CSafeLoader) if isinstance(body, dict)]


def compiled_for(body: dict, catalog: schemas.SchemaCatalog, local: dict):
    api, _, version = body["apiVersion"].rpartition("/")
    compiled = catalog.core(api, version, body["kind"])
    if compiled is None:
        definition = local.get((api, body["kind"])) or schemas.project_crd(api, body["kind"])
        if definition is not None:
            compiled = catalog.custom(definition, version)
    return compiled


def instance_of(compiled, body):
    return crd_dialect.apply_defaults(compiled.structural, body) if compiled.structural is not None else body


def broken_copies(body: dict, rng: random.Random, count: int):
    """Copies of `body` each with one change somewhere in it."""
    paths = []

    def walk(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                paths.append((*path, key))
                walk(value, (*path, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                paths.append((*path, index))
                walk(value, (*path, index))

    walk(body, ())
    for _ in range(count):
        if not paths:
            return
        path = rng.choice(paths)
        broken = copy.deepcopy(body)
        parent = broken
        for step in path[:-1]:
            parent = parent[step]
        change = rng.choice(("delete", "int", "string", "list", "dict", "unknown", "null", "bool", "float"))
        if change == "delete":
            del parent[path[-1]]
        elif change == "unknown" and isinstance(parent[path[-1]], dict):
            parent[path[-1]]["notAField"] = "x"
        else:
            parent[path[-1]] = {"int": 7, "string": "7", "list": [], "dict": {}, "null": None, "bool": True,
                                "float": 1.5, "unknown": -1}[change]
        yield broken


def test_the_predicate_answers_as_jsonschema_does():
    catalog = schemas.schema_catalog(KUBERNETES_VERSION)
    bodies = committed_objects()
    local = {}
    for body in bodies:
        if body.get("kind") == "CustomResourceDefinition":
            definition = schemas.CrdDefinition.from_body(body)
            local[(definition.group, definition.kind)] = definition
    rng = random.Random(20261202)
    compiled_kinds, unsupported, compared, invalid = set(), set(), 0, 0
    for body in bodies:
        compiled = compiled_for(body, catalog, local)
        if compiled is None:
            continue
        predicate = compile_validity(compiled.validator.schema, catalog.registry)  # a fresh one: nothing cached
        for candidate in [body, *broken_copies(body, rng, 6)]:
            instance = instance_of(compiled, candidate)
            expected = compiled.validator.is_valid(instance)
            try:
                answer = predicate(instance)
            except Unsupported:
                unsupported.add(body["kind"])
                break
            assert answer == expected, (body["kind"], body["metadata"].get("name"))
            compiled_kinds.add(body["kind"])
            compared += 1
            invalid += not expected
    assert len(compiled_kinds) > 40 and compared > 5000 and invalid > 1000, (len(compiled_kinds), compared, invalid)
    assert not unsupported, f"kinds whose schemas jsonschema alone checks: {sorted(unsupported)}"


@pytest.mark.parametrize("schema, valid, invalid", [
    ({"type": "integer"}, [1, 2.0, -3], [True, 1.5, "1", None]),
    ({"type": ["string", "null"], "enum": ["a", None]}, ["a", None], ["b", 1, False]),
    ({"enum": [1, True]}, [1, True], [1.5, "1", False]),
    ({"oneOf": [{"type": "string"}, {"type": "integer"}]}, ["x", 3], [1.5, None]),
    ({"anyOf": [{"minimum": 3}, {"type": "string"}]}, [3, "a", None], [2]),
    ({"not": {"required": ["a"]}}, [{}], [{"a": 1}, 1]),
    ({"properties": {"a": {"type": "string"}}, "patternProperties": {"^x-": {"type": "integer"}},
      "additionalProperties": False}, [{"a": "s", "x-1": 1}, []], [{"b": 1}, {"x-1": "s"}, {"a": 1}]),
    ({"additionalProperties": {"type": "boolean"}, "minProperties": 1}, [{"k": True}], [{}, {"k": 1}]),
    ({"items": {"type": "string"}, "minItems": 1, "maxItems": 2, "uniqueItems": True}, [["a"], ["a", "b"], "x"],
     [[], ["a", "a"], ["a", "b", "c"], [1]]),
    ({"pattern": "^a", "minLength": 2, "maxLength": 3}, ["ab", "abc", 5], ["a", "abcd", "ba"]),
    ({"exclusiveMinimum": 0, "maximum": 10}, [1, 10, "x", float("nan")], [0, 11, -1]),
    ({"not": {"minimum": 0}}, [], [float("nan"), 1]),
    ({"minimum": 0}, [Decimal(1)], [Decimal(-1)]),
    ({"uniqueItems": 1}, [[1, 2]], [[1, 1]]),
    ({"properties": {"a": {"type": "string", "pattern": "\\p{L}"}}}, [{"b": 1}], [{"a": 5}]),
    ({"patternProperties": {"(?i)^a": {}, "(?i)^b": {}}}, [{"a": 1}, {"c": 1}], []),
    ({"properties": {"a": {"$schema": "http://json-schema.org/draft-04/schema#", "minimum": 5,
                           "exclusiveMinimum": True}}}, [{"a": 6}], [{"a": 5}]),
    ({"const": {"a": [1]}}, [{"a": [1]}], [{"a": [True]}, {"a": [1, 2]}]),
    ({"$ref": "#/$defs/node", "$defs": {"node": {"properties": {"next": {"$ref": "#/$defs/node"}},
                                                 "additionalProperties": False}}},
     [{}, {"next": {"next": {}}}], [{"next": {"bad": 1}}]),
])
def test_each_keyword_as_jsonschema_reads_it(schema, valid, invalid):
    import jsonschema
    from referencing import Registry
    validator = jsonschema.Draft202012Validator(schema)
    predicate = compile_validity(schema, Registry())

    def answer(instance):  # the predicate's, or None where it leaves the schema to jsonschema
        try:
            return predicate(instance)
        except Unsupported:
            return None

    for instance in valid:
        assert validator.is_valid(instance) and answer(instance) in (True, None), instance
    for instance in invalid:
        assert not validator.is_valid(instance) and answer(instance) in (False, None), instance


def test_a_keyword_it_does_not_evaluate_leaves_the_schema_to_jsonschema():
    from referencing import Registry

    predicate = compile_validity({"properties": {"a": {"multipleOf": 2}}}, Registry())
    assert predicate({"b": 1})
    with pytest.raises(Unsupported):
        predicate({"a": 3})
