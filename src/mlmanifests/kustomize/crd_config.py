"""`crds:` files: OpenAPI type definitions whose `x-kubernetes-*` extensions add field specs to the build.

kustomize's LoadConfigFromCRDs (api/internal/accumulator/loadconfigfromcrds.go) reads a map of type name to
{Schema: ...}; a type with `kind`, `apiVersion` and `metadata` properties is a kind (the type name's last
dotted part), and its properties (following `$ref`s to other entries of the map) may carry:
`x-kubernetes-object-ref-api-version` + `x-kubernetes-object-ref-kind` (a name reference, the name under
`x-kubernetes-object-ref-name-key`, default `name`), `x-kubernetes-label-selector` (common labels go there),
`x-kubernetes-annotation` (common annotations) and `x-kubernetes-identity` (the name prefix).
"""

from __future__ import annotations

from typing import Any

from .fieldspecs import FieldSpec, NameReference, TransformerConfig


def config_from_crd_definitions(document: Any) -> TransformerConfig:
    config = TransformerConfig()
    if not isinstance(document, dict):
        return config
    for type_name, definition in document.items():
        properties = _properties(definition)
        if not all(key in properties for key in ("kind", "apiVersion", "metadata")):
            continue
        kind = str(type_name).split(".")[-1]
        _add_specs(config, kind, document, str(type_name), [], set())
    return config


def _schema(definition: Any) -> dict:
    if not isinstance(definition, dict):
        return {}
    for key in definition:  # Go's encoding/json matches the field name Schema case-insensitively
        if str(key).lower() == "schema" and isinstance(definition[key], dict):
            return definition[key]
    return {}


def _properties(definition: Any) -> dict:
    properties = _schema(definition).get("properties")
    return properties if isinstance(properties, dict) else {}


def _add_specs(config: TransformerConfig, kind: str, document: dict, type_name: str, path: list[str],
               visiting: set[str]) -> None:
    if type_name not in document or type_name in visiting:
        return
    visiting = visiting | {type_name}
    for name, prop in _properties(document[type_name]).items():
        if not isinstance(prop, dict):
            continue
        here = path + [str(name)]
        spec = FieldSpec(path="/".join(here), kind=kind)
        if "x-kubernetes-annotation" in prop:
            config.common_annotations.append(spec)
        if "x-kubernetes-label-selector" in prop:
            config.common_labels.append(spec)
        if "x-kubernetes-identity" in prop:
            config.name_prefix.append(spec)
        version, referred_kind = prop.get("x-kubernetes-object-ref-api-version"), prop.get("x-kubernetes-object-ref-kind")
        if isinstance(version, str) and isinstance(referred_kind, str):
            name_key = prop.get("x-kubernetes-object-ref-name-key")
            name_key = name_key if isinstance(name_key, str) else "name"
            referrer = FieldSpec(path="/".join(here + [name_key]), kind=kind)
            config.add_name_reference(NameReference(kind=referred_kind, version=version, specs=(referrer,)))
        if isinstance(prop.get("$ref"), str):
            _add_specs(config, kind, document, prop["$ref"], here, visiting)
