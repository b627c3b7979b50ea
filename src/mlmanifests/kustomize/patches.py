"""`patches`, `patchesStrategicMerge` and `patchesJson6902`: parsing and applying them to a ResMap."""

from __future__ import annotations

import copy

from dataclasses import dataclass
from typing import Any
from collections.abc import Callable

import yaml

from .errors import KustomizeError
from .resmap import ResMap, Selector
from .resource import Resource, describe_id
from .schemas import SchemaRegistry
from .strategic_merge import merge_patch
from .yaml_read import load_documents, yaml_problem


@dataclass
class ParsedPatch:
    """A patch entry's content: strategic-merge documents or JSON 6902 operations, never both."""

    strategic: list[Resource] | None
    operations: list | None
    source: str


def parse_patch_text(text: str, source: str, *, allow_empty: bool = False) -> ParsedPatch:
    """Detect the patch type as kustomize does: a list is JSON 6902, maps are strategic merge.

    With `allow_empty`, a patch holding no document (an empty file, only comments) is an empty strategic
    patch list: kustomize's PatchTransformer and PatchStrategicMergeTransformer skip such files.
    """
    if not text.strip() and not allow_empty:
        raise KustomizeError(f"patch {source} is empty")
    try:
        documents = load_documents(text)
    except yaml.YAMLError as problem:
        raise KustomizeError(f"unable to parse SM or JSON patch from {source}: {yaml_problem(problem)}") from None
    if not documents and allow_empty:
        return ParsedPatch([], None, source)
    if documents and isinstance(documents[0], list):
        operations = documents[0]
        _check_operations(operations, source)
        return ParsedPatch(None, operations, source)
    patches = []
    for document in documents:
        if not isinstance(document, dict):
            raise KustomizeError(f"unable to parse SM or JSON patch from {source}")
        patches.extend(_expand_list(document))
    if not patches:
        raise KustomizeError(f"patch {source} is empty")
    return ParsedPatch([Resource(obj=p, source=source) for p in patches], None, source)


def _expand_list(document: dict) -> list[dict]:
    if document.get("kind") == "List" and isinstance(document.get("items"), list):
        return [item for item in document["items"] if isinstance(item, dict)]
    return [document]


def _check_operations(operations: Any, source: str) -> None:
    if not isinstance(operations, list) or not all(isinstance(op, dict) and "op" in op for op in operations):
        raise KustomizeError(f"unable to parse JSON patch operations from {source}")


# --- applying ------------------------------------------------------------------------------------


def apply_strategic_patch(target: Resource, patch: Resource, schemas: SchemaRegistry) -> bool:
    """Merge `patch` into `target`; False when the patch deleted the object."""
    name, namespace, kind = target.name, target.namespace, target.kind
    if patch.allow_name_change or patch.allow_kind_change:
        target.store_previous_id()
    schema = schemas.for_type(target.api_version, target.kind)
    merged = merge_patch(target.obj, copy.deepcopy(patch.obj), schema)
    if not merged:
        return False
    target.obj = merged
    if not patch.allow_kind_change:
        target.obj["kind"] = kind
    if not patch.allow_name_change:
        target.name = name
    target.namespace = namespace
    return True


def apply_strategic_to(resmap: ResMap, targets: list[Resource], patch: Resource, schemas: SchemaRegistry) -> None:
    chosen = {id(t) for t in targets}
    survivors = []
    for resource in resmap:
        if id(resource) in chosen:
            patch_copy = patch.copy()
            patch_copy.obj["apiVersion"] = resource.api_version
            if not apply_strategic_patch(resource, patch_copy, schemas):
                continue
        survivors.append(resource)
    resmap.resources = survivors


def apply_untargeted_strategic(resmap: ResMap, patch: Resource, schemas: SchemaRegistry, field: str) -> None:
    wanted = patch.org_id()
    matches = resmap.matching_any_id(wanted)
    if len(matches) != 1:
        problem = "no resource matches" if not matches else f"{len(matches)} resources match"
        raise KustomizeError(
            f"{problem} strategic merge patch {patch.source} for {describe_id(wanted)} ({wanted})",
            field=field,
            obj=describe_id(wanted),
        )
    survivors = []
    for resource in resmap:
        if resource is matches[0] and not apply_strategic_patch(resource, patch, schemas):
            continue
        survivors.append(resource)
    resmap.resources = survivors


def _json_patch_problem(operation: Any, problem: Exception) -> str:
    """One line naming the operation and its path (the library's own text can hold the whole object)."""
    if not isinstance(operation, dict):
        return "an operation is not a map"
    op, path = operation.get("op"), operation.get("path")
    if "not found in" in str(problem) or isinstance(problem, KeyError):
        return f"{op} operation does not apply: doc is missing path: {path!r}"
    return f"{op} {path!r}: {str(problem).splitlines()[0][:200]}"


def _replace_as_add(document: Any, operation: dict) -> dict:
    """evanphx/json-patch (kustomize's library) lets `replace` create a missing object key."""
    import jsonpatch

    if operation.get("op") != "replace":
        return operation
    try:
        pointer = jsonpatch.JsonPointer(str(operation.get("path", "")))
        parent, last = pointer.to_last(document)
    except (jsonpatch.JsonPointerException, KeyError, IndexError, TypeError):
        return operation
    if isinstance(parent, dict) and last not in parent:
        return {**operation, "op": "add"}
    return operation


def apply_json_patch(resource: Resource, operations: list, source: str, field: str) -> None:
    import jsonpatch  # only builds with JSON patches pay for it

    # kustomize carries its build annotations on every object while patching, so `metadata.annotations`
    # always exists for a JSON patch (an `add` or `move` to /metadata/annotations/x works on any object).
    metadata = resource.obj.get("metadata")
    added_annotations = isinstance(metadata, dict) and "annotations" not in metadata
    if added_annotations:
        metadata["annotations"] = {}
    try:
        for operation in operations:
            patch = jsonpatch.JsonPatch([_replace_as_add(resource.obj, operation)])
            resource.obj = patch.apply(resource.obj, in_place=True)
    except (jsonpatch.JsonPatchException, jsonpatch.JsonPointerException, KeyError, IndexError, TypeError) as problem:
        raise KustomizeError(
            f"JSON patch {source} does not apply: {_json_patch_problem(operation, problem)}",
            field=field,
            obj=resource.describe(),
        ) from None
    metadata = resource.obj.get("metadata") if isinstance(resource.obj, dict) else None
    if added_annotations and isinstance(metadata, dict) and metadata.get("annotations") == {}:
        del metadata["annotations"]
    if not isinstance(resource.obj, dict):
        raise KustomizeError(f"JSON patch {source} did not leave an object", field=field, obj=resource.describe())


def apply_patch_entry(
    resmap: ResMap,
    parsed: ParsedPatch,
    target: Selector | None,
    options: dict,
    schemas: SchemaRegistry,
    field: str,
) -> None:
    """One `patches:` entry."""
    if parsed.strategic is not None:
        for patch in parsed.strategic:
            patch.allow_name_change = bool(options.get("allowNameChange"))
            patch.allow_kind_change = bool(options.get("allowKindChange"))
        if target is not None:
            if len(parsed.strategic) > 1:
                raise KustomizeError(
                    "Multiple Strategic-Merge Patches in one `patches` entry is not allowed to set `patches.target` "
                    f"field: {parsed.source}",
                    field=field,
                )
            apply_strategic_to(resmap, resmap.select(target), parsed.strategic[0], schemas)
            return
        for patch in parsed.strategic:
            apply_untargeted_strategic(resmap, patch, schemas, field)
        return
    if target is None:
        raise KustomizeError(f"must specify a target for JSON patch {parsed.source}", field=field)
    for resource in resmap.select(target):
        resource.store_previous_id()
        apply_json_patch(resource, parsed.operations or [], parsed.source, field)


# --- the kustomization fields ----------------------------------------------------------------------


@dataclass
class PatchSources:
    """What patch entries need from their kustomization: its files and the schema in force."""

    read_text: Callable[[str, str], str]  # (relative path, field) -> text
    schemas: SchemaRegistry


def _entry_text(entry: dict, field: str, sources: PatchSources) -> tuple[str, str]:
    if entry.get("patch") and entry.get("path"):
        raise KustomizeError("patch and path can't be set at the same time", field=field)
    if entry.get("patch"):
        text = str(entry["patch"])
        if field == "patches":
            text = text.strip()  # kustomize trims an inline `patches` entry, not the legacy fields
        first_line = text.strip().splitlines()[0] if text.strip() else ""
        return text, f"[patch: {first_line!r}...]"
    if entry.get("path"):
        path = str(entry["path"])
        return sources.read_text(path, field), f"[path: {path!r}]"
    raise KustomizeError("must specify one of patch and path", field=field)


def run_patches(resmap: ResMap, entries: list, sources: PatchSources) -> None:
    """`patches:` (strategic merge or JSON 6902, detected per entry)."""
    for entry in entries:
        if not isinstance(entry, dict):
            raise KustomizeError("each entry must be a map with 'path' or 'patch'", field="patches")
        text, source = _entry_text(entry, "patches", sources)
        parsed = parse_patch_text(text, source, allow_empty=bool(entry.get("path")))
        target = Selector.from_dict(entry["target"]) if isinstance(entry.get("target"), dict) else None
        apply_patch_entry(resmap, parsed, target, entry.get("options") or {}, sources.schemas, "patches")


def _is_inline_patch(text: str) -> bool:
    if "\n" in text.strip():
        return True
    try:
        documents = load_documents(text)
    except yaml.YAMLError:
        return False
    return bool(documents) and isinstance(documents[0], dict)


def run_legacy_strategic(resmap: ResMap, entries: list, sources: PatchSources) -> None:
    """`patchesStrategicMerge:` entries are file paths or inline patches; each must match one object."""
    parsed_patches = []
    for entry in entries:
        text = str(entry)
        if _is_inline_patch(text):
            parsed_patches.append(parse_patch_text(text, "[inline patch]"))
        else:
            parsed_patches.append(
                parse_patch_text(
                    sources.read_text(text, "patchesStrategicMerge"), f"[path: {text!r}]", allow_empty=True
                )
            )
    if parsed_patches and not any(parsed.strategic or parsed.operations for parsed in parsed_patches):
        files = " ".join(str(entry) for entry in entries)
        raise KustomizeError(f"patch appears to be empty; files=[{files}]", field="patchesStrategicMerge")
    for parsed in parsed_patches:
        if parsed.strategic is None:
            raise KustomizeError(f"{parsed.source} is not a strategic merge patch", field="patchesStrategicMerge")
        for patch in parsed.strategic:
            apply_untargeted_strategic(resmap, patch, sources.schemas, "patchesStrategicMerge")


def run_legacy_json(resmap: ResMap, entries: list, sources: PatchSources) -> None:
    """`patchesJson6902:` JSON patches with a target; they run after prefixes and labels."""
    for entry in entries:
        target = entry.get("target") or {}
        if not target.get("name"):
            raise KustomizeError("must specify the target name", field="patchesJson6902")
        text, source = _entry_text(entry, "patchesJson6902", sources)
        parsed = parse_patch_text(text, source)
        if parsed.operations is None:
            raise KustomizeError(f"{source} is not a JSON 6902 patch", field="patchesJson6902")
        for resource in resmap.select(Selector.from_dict(target)):
            apply_json_patch(resource, parsed.operations, source, "patchesJson6902")
