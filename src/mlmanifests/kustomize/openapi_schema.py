"""Strategic-merge metadata read from OpenAPI schemas, never from a hand-written table.

Core kinds use the definitions kubernetes-validate ships; a kustomization's `openapi: {path: ...}`
replaces them, as kustomize's `openapi` field does. Only the extensions strategic merge needs are
read: `x-kubernetes-patch-strategy`, `x-kubernetes-patch-merge-key`, `x-kubernetes-list-map-keys`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

_SCHEMA_VERSION = "v1.37.0-local"


@dataclass(frozen=True)
class SchemaDefinitions:
    """A set of OpenAPI definitions and the kinds they describe."""

    definitions: dict[str, dict]
    by_type: dict[tuple[str, str], str]  # (apiVersion, kind) -> definition name

    def for_type(self, api_version: str, kind: str) -> "SchemaNode | None":
        name = self.by_type.get((api_version, kind))
        if name is None:
            return None
        return SchemaNode(self, self.definitions[name])


@dataclass(frozen=True)
class SchemaNode:
    """One schema position; follows `$ref`s on demand."""

    owner: SchemaDefinitions
    body: dict

    def _resolved(self) -> dict:
        body = self.body
        seen = 0
        while "$ref" in body and seen < 32:
            name = body["$ref"].rsplit("/", 1)[-1]
            target = self.owner.definitions.get(name)
            if target is None:
                return {}
            merged = dict(target)
            for key, value in body.items():
                if key.startswith("x-kubernetes-"):
                    merged[key] = value
            body = merged
            seen += 1
        for combinator in ("allOf", "anyOf"):
            options = body.get(combinator)
            if options and "properties" not in body and "items" not in body:
                for option in options:
                    if isinstance(option, dict) and "$ref" in option:
                        return SchemaNode(self.owner, option)._resolved()
        return body

    def field(self, name: str) -> "SchemaNode | None":
        properties = self._resolved().get("properties") or {}
        child = properties.get(name)
        if child is None:
            return None
        return SchemaNode(self.owner, child)

    def elements(self) -> "SchemaNode | None":
        body = self._resolved()
        items = body.get("items")
        if not isinstance(items, dict):
            return None
        return SchemaNode(self.owner, items)

    def patch_strategy_and_keys(self) -> tuple[str, list[str]]:
        body = self.body if "x-kubernetes-patch-strategy" in self.body else self._resolved()
        strategy = body.get("x-kubernetes-patch-strategy")
        if strategy is None:
            return "", []
        map_keys = body.get("x-kubernetes-list-map-keys")
        if map_keys:
            return strategy, list(map_keys)
        merge_key = body.get("x-kubernetes-patch-merge-key")
        return strategy, [merge_key] if merge_key else []

    def is_merge_list(self) -> bool:
        strategy, _ = self.patch_strategy_and_keys()
        return "merge" in strategy.split(",")


def _index_types(definitions: dict[str, dict]) -> dict[tuple[str, str], str]:
    by_type: dict[tuple[str, str], str] = {}
    for name, body in definitions.items():
        for gvk in body.get("x-kubernetes-group-version-kind") or []:
            group, version, kind = gvk.get("group", ""), gvk.get("version", ""), gvk.get("kind", "")
            api_version = f"{group}/{version}" if group else version
            by_type.setdefault((api_version, kind), name)
        if body.get("x-kubernetes-group-version-kind"):
            continue
        properties = body.get("properties") or {}
        kinds = (properties.get("kind") or {}).get("enum") or []
        versions = (properties.get("apiVersion") or {}).get("enum") or []
        for kind in kinds:
            for api_version in versions:
                by_type.setdefault((api_version, kind), name)
    return by_type


@functools.lru_cache(maxsize=1)
def builtin_definitions() -> SchemaDefinitions:
    """The Kubernetes definitions kubernetes-validate ships, loaded once on first use.

    Only what strategic merge reads is kept (properties, items, $ref, allOf/anyOf, enum, x-kubernetes-*), and that
    slim copy is cached beside the git cache, keyed by the source file's size and mtime: reading it costs a
    fraction of parsing the 1.7 MB original, which matters to a short `render` process.
    """
    import json
    import os
    from importlib.util import find_spec
    from pathlib import Path

    from .cache_dir import cache_home

    # The package's folder, found without importing kubernetes_validate (which loads jsonschema).
    spec = find_spec("kubernetes_validate")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("kubernetes_validate (it ships the Kubernetes OpenAPI definitions) is not installed")
    source = Path(list(spec.submodule_search_locations)[0]) / "kubernetes-json-schema" / _SCHEMA_VERSION
    source = source / "_definitions.json"
    stat = source.stat()
    cached = cache_home() / "openapi" / f"{_SCHEMA_VERSION}-{stat.st_size}-{stat.st_mtime_ns}.json"
    try:
        slim = json.loads(cached.read_text(encoding="utf-8"))
        return SchemaDefinitions(slim["definitions"], {(a, k): name for a, k, name in slim["by_type"]})
    except (OSError, ValueError, KeyError, TypeError):
        pass
    document = json.loads(source.read_text(encoding="utf-8"))
    definitions = {name: _slim(body) for name, body in (document.get("$defs") or document.get("definitions") or {}).items()}
    by_type = _index_types(definitions)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        scratch = cached.with_suffix(f".{os.getpid()}.tmp")
        by_type_rows = [[a, k, name] for (a, k), name in by_type.items()]
        scratch.write_text(json.dumps({"definitions": definitions, "by_type": by_type_rows}), encoding="utf-8")
        scratch.replace(cached)
    except OSError:
        pass  # a read-only home: parse the original every time
    return SchemaDefinitions(definitions, by_type)


_KEPT = frozenset({"properties", "items", "$ref", "allOf", "anyOf", "enum"})


def _slim(node: Any, property_names: bool = False) -> Any:
    if isinstance(node, dict):
        if property_names:  # the keys of `properties` are field names: keep them all
            return {key: _slim(value) for key, value in node.items()}
        kept = {key: _slim(value, key == "properties") for key, value in node.items() if key in _KEPT}
        kept.update((key, value) for key, value in node.items() if key.startswith("x-kubernetes-"))  # verbatim
        return kept
    if isinstance(node, list):
        return [_slim(element) for element in node]
    return node


def custom_definitions(document: Any) -> SchemaDefinitions:
    """Definitions from a kustomization's `openapi` file (swagger `definitions`)."""
    definitions = {}
    if isinstance(document, dict):
        definitions = document.get("definitions") or document.get("$defs") or {}
    return SchemaDefinitions(definitions, _index_types(definitions))
