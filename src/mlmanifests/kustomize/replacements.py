"""`replacements`: copy a field of one object into fields of others (kustomize's ReplacementTransformer)."""

from __future__ import annotations

import copy
import re
from typing import Any
from collections.abc import Callable

import yaml

from .errors import KustomizeError
from .field_paths import find_slots, split_dotted
from .resmap import ResMap
from .resource import ResId, Resource, split_api_version
from .selectors import matches_selector
from .strategic_merge import scalar_text
from .yaml_read import load_documents, resolve_plain


def _selected_by(res_id: ResId, selector: dict) -> bool:
    """Exact (non-regex) selection of a source, as kustomize's IsSelectedBy."""
    group, version = str(selector.get("group") or ""), str(selector.get("version") or "")
    if selector.get("apiVersion"):
        group, version = split_api_version(str(selector["apiVersion"]))
    if selector.get("name") and selector["name"] != res_id.name:
        return False
    if selector.get("namespace"):
        wanted = ResId(res_id.group, res_id.version, res_id.kind, res_id.name, str(selector["namespace"]))
        if wanted.effective_namespace != res_id.effective_namespace:
            return False
    if group and group != res_id.group:
        return False
    if version and version != res_id.version:
        return False
    if selector.get("kind") and selector["kind"] != res_id.kind:
        return False
    return True


def _regex(pattern: str) -> "re.Pattern[str] | None":
    return re.compile(f"^(?:{pattern})$") if pattern else None


def _regex_selects(res_id: ResId, selector: dict) -> bool:
    group, version = str(selector.get("group") or ""), str(selector.get("version") or "")
    if selector.get("apiVersion"):
        group, version = split_api_version(str(selector["apiVersion"]))
    checks = [
        (_regex(group), res_id.group),
        (_regex(version), res_id.version),
        (_regex(str(selector.get("kind") or "")), res_id.kind),
        (_regex(str(selector.get("name") or "")), res_id.name),
    ]
    for pattern, value in checks:
        if pattern is not None and not pattern.match(value):
            return False
    namespace = _regex(str(selector.get("namespace") or ""))
    if namespace is not None and not namespace.match(res_id.effective_namespace):
        return False
    return True


def _source_value(resmap: ResMap, source: dict) -> Any:
    matches: list[Resource] = []
    for resource in resmap:
        if any(_selected_by(i, source) for i in resource.any_ids()):
            if matches:
                raise KustomizeError(f"multiple matches for selector {_describe(source)}")
            matches.append(resource)
    if not matches:
        raise KustomizeError(f"nothing selected by {_describe(source)}")
    path = str(source.get("fieldPath") or "metadata.name")
    slots = find_slots(matches[0].obj, split_dotted(path))
    value = slots[0][0][slots[0][1]] if slots else None
    if value is None or value == {} or value == []:
        raise KustomizeError(f"fieldPath `{path}` is missing for replacement source {_describe(source)}")
    options = source.get("options") or {}
    delimiter = str(options.get("delimiter") or "")
    if delimiter:
        if isinstance(value, (dict, list)):
            raise KustomizeError("delimiter option can only be used with scalar nodes")
        pieces = scalar_text(value).split(delimiter)
        index = int(options.get("index") or 0)
        if index >= len(pieces) or index < 0:
            raise KustomizeError(f"options.index {index} is out of bounds for value {scalar_text(value)}")
        return pieces[index]
    return copy.deepcopy(value)


def _describe(selector: dict) -> str:
    parts = [f"{k}={selector[k]}" for k in ("group", "version", "kind", "name", "namespace") if selector.get(k)]
    return "{" + ", ".join(parts) + "}"


def _typed_like(existing: Any, new_text: str) -> Any:
    """A scalar target keeps its YAML tag in kustomize; only its text changes."""
    if isinstance(existing, bool):
        return {"true": True, "false": False}.get(new_text, new_text)
    if isinstance(existing, int):
        try:
            return int(new_text)
        except ValueError:
            return new_text
    if isinstance(existing, float):
        try:
            return float(new_text)
        except ValueError:
            return new_text
    return new_text


def _set_target(container: Any, key: Any, value: Any, options: dict) -> None:
    existing = container[key]
    delimiter = str(options.get("delimiter") or "")
    if delimiter:
        if isinstance(existing, (dict, list)):
            raise KustomizeError("delimiter option can only be used with scalar nodes")
        pieces = scalar_text(existing).split(delimiter)
        text = scalar_text(value)
        index = int(options.get("index") or 0)
        if index < 0:
            pieces = [text] + pieces
        elif index >= len(pieces):
            pieces.append(text)
        else:
            pieces[index] = text
        value = delimiter.join(pieces)
    if isinstance(value, (dict, list)):
        container[key] = copy.deepcopy(value)
    elif existing is None:
        container[key] = resolve_plain(scalar_text(value))  # a created field has no tag: its text decides
    elif not isinstance(existing, (dict, list)):
        container[key] = _typed_like(existing, scalar_text(value))
    else:
        container[key] = copy.deepcopy(value)


def _targets(resmap: ResMap, target: dict) -> list[Resource]:
    select = target.get("select")
    if not isinstance(select, dict):
        raise KustomizeError("target must specify resources to select")
    rejects = [r for r in target.get("reject") or [] if isinstance(r, dict)]
    chosen = []
    for resource in resmap:
        if select.get("labelSelector") and not matches_selector(str(select["labelSelector"]), resource.labels()):
            continue
        if select.get("annotationSelector") and not matches_selector(
            str(select["annotationSelector"]), resource.annotations()
        ):
            continue
        ids = resource.any_ids()
        rejected = False
        for reject in rejects:
            if reject.get("labelSelector") or reject.get("annotationSelector"):
                if (
                    not reject.get("labelSelector") or matches_selector(str(reject["labelSelector"]), resource.labels())
                ) and (
                    not reject.get("annotationSelector")
                    or matches_selector(str(reject["annotationSelector"]), resource.annotations())
                ):
                    rejected = True
                continue
            if any(_regex_selects(i, reject) for i in ids):
                rejected = True
        if rejected:
            continue
        if any(_regex_selects(i, select) for i in ids):
            chosen.append(resource)
    return chosen


def _apply_one(resmap: ResMap, replacement: dict) -> None:
    source, value_literal = replacement.get("source"), replacement.get("sourceValue")
    targets = replacement.get("targets")
    if (source is None and value_literal is None) or not targets:
        raise KustomizeError("replacements must specify a source and at least one target")
    if source is not None and value_literal is not None:
        raise KustomizeError("value and resource selectors are mutually exclusive")
    value = str(value_literal) if value_literal is not None else _source_value(resmap, source)
    for target in targets:
        options = target.get("options") or {}
        paths = target.get("fieldPaths") or ["metadata.name"]
        for resource in _targets(resmap, target):
            for path in paths:
                create = value if options.get("create") else None
                slots = find_slots(resource.obj, split_dotted(str(path)), create)
                if not slots:
                    verb = "find or create" if options.get("create") else "find"
                    raise KustomizeError(
                        f'unable to find field "{path}" in replacement target'
                        if verb == "find"
                        else f'unable to find or create field "{path}" in replacement target',
                        obj=resource.describe(),
                    )
                for container, key in slots:
                    _set_target(container, key, value, options)


# Go's encoding/json (how kustomize reads these) matches field names case-insensitively: `fieldpath` works.
_FIELD_NAMES = {
    name.lower(): name
    for name in (
        "source", "targets", "select", "reject", "fieldPath", "fieldPaths", "options", "delimiter", "index",
        "create", "group", "version", "kind", "name", "namespace", "labelSelector", "annotationSelector", "path",
    )
}


def _canonical_keys(node: Any) -> Any:
    if isinstance(node, dict):
        return {_FIELD_NAMES.get(str(key).lower(), key): _canonical_keys(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_canonical_keys(element) for element in node]
    return node


def apply_replacements(resmap: ResMap, entries: list, read_text: Callable[[str, str], str]) -> None:
    for entry in _canonical_keys(entries):
        if isinstance(entry, dict) and "path" in entry and "source" not in entry:
            text = read_text(str(entry["path"]), "replacements")
            try:
                documents = load_documents(text)
            except yaml.YAMLError as problem:
                raise KustomizeError(f"malformed YAML in {entry['path']}: {problem}") from None
            for document in documents:
                for item in _canonical_keys(document if isinstance(document, list) else [document]):
                    _apply_one(resmap, item)
            continue
        if not isinstance(entry, dict):
            raise KustomizeError("each replacement must be a map")
        _apply_one(resmap, entry)
