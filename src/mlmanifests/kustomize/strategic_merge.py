"""Strategic merge as kustomize (kyaml's merge2 walker) applies it.

What kustomize honours: maps merge key by key; `null` in the patch deletes a field; `$patch: delete`
deletes a map, a list element or the whole object; `$patch: replace` replaces a map or a list;
lists whose schema says `x-kubernetes-patch-strategy: merge` merge element by element on their
merge key(s) with the patch's elements first, other lists are replaced. `$setElementOrder`,
`$retainKeys` and `$deleteFromPrimitiveList` are not special to kustomize and merge as plain keys.
"""

from __future__ import annotations

from typing import Any

from .errors import KustomizeError
from .openapi_schema import SchemaNode


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
_KEEP_NULL: Any = type("_KeepNull", (), {"__repr__": lambda self: "KEEP_NULL"})()
_DIRECTIVE = "$patch"


def merge_patch(target: dict, patch: dict, schema: SchemaNode | None) -> dict | None:
    """`target` with `patch` merged in (both are consumed); None when the patch deletes it."""
    result = _walk(target, patch, schema, "")
    if result is MISSING or result is None or result is _KEEP_NULL:
        return None
    return result


def _kind_of(value: Any) -> str:
    if isinstance(value, dict):
        return "map"
    if isinstance(value, list):
        return "list"
    return "scalar"


def _walk(dest: Any, src: Any, schema: SchemaNode | None, path: str) -> Any:
    present = [v for v in (dest, src) if v is not MISSING and v is not None]
    if not present:
        return _walk_map(dest, src, schema, path)
    kind = _kind_of(present[0])
    for value in present[1:]:
        if _kind_of(value) != kind:
            raise KustomizeError(
                f"wrong node kind at '{path or '.'}': expected {kind} but the patch has {_kind_of(value)}"
            )
    if kind == "map":
        return _walk_map(dest, src, schema, path)
    if kind == "list":
        if schema is not None and schema.is_merge_list():
            return _walk_merge_list(dest, src, schema, path)
        return src if src is not MISSING else dest
    return src if src is not MISSING else dest


def _map_directive(patch: Any) -> str:
    if not isinstance(patch, dict) or _DIRECTIVE not in patch:
        return "merge"
    value = patch.pop(_DIRECTIVE)
    if value not in ("delete", "replace", "merge"):
        raise KustomizeError(f"unknown patch strategy '{value}'")
    return value


def _walk_map(dest: Any, src: Any, schema: SchemaNode | None, path: str) -> Any:
    if dest is MISSING or dest is None:
        if _map_directive(src) == "delete":
            return MISSING
        if src is MISSING and dest is None:
            return _KEEP_NULL
        dest = src
        if not isinstance(dest, dict):
            return dest
    else:
        if src is None:
            return MISSING
        directive = _map_directive(src)
        if directive == "delete":
            return MISSING
        if directive == "replace":
            dest = src
    source = src if isinstance(src, dict) else {}
    empty_nulls = getattr(dest, "empty_null_keys", frozenset())
    for key in sorted(set(dest) | set(source)):
        if key not in source and dest.get(key) is None:
            if key in empty_nulls:  # `key:` with no value disappears; `key: null` stays
                dest.pop(key, None)
            continue
        child_schema = schema.field(key) if schema is not None else None
        value = _walk(dest.get(key, MISSING), source.get(key, MISSING), child_schema, f"{path}.{key}")
        if value is _KEEP_NULL:
            dest[key] = None
        elif value is MISSING or value is None:
            dest.pop(key, None)
        else:
            dest[key] = value
    return dest


def _list_directive(patch: Any) -> str:
    if not isinstance(patch, list):
        return "merge"
    for index, element in enumerate(patch):
        if isinstance(element, dict) and _DIRECTIVE in element:
            if len(element) > 1:
                return "merge"
            value = element[_DIRECTIVE]
            if value not in ("delete", "replace", "merge"):
                raise KustomizeError(f"unknown patch strategy '{value}'")
            del patch[index]
            return value
    return "merge"


def scalar_text(value: Any) -> str:
    """A scalar as kyaml gives its text: merge keys, var values, label and annotation values (null is "",
    booleans are true/false)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _walk_merge_list(dest: Any, src: Any, schema: SchemaNode, path: str) -> Any:
    if dest is MISSING or dest is None:
        dest = src
    elif src is None:
        return MISSING
    else:
        directive = _list_directive(src)
        if directive == "delete":
            return MISSING
        if directive == "replace":
            dest = src
    if not isinstance(dest, list):
        return dest
    source = src if isinstance(src, list) else []
    _, keys = schema.patch_strategy_and_keys()
    element_schema = schema.elements()
    if keys:
        values_list = _element_values(source, dest, keys)
        return _merge_keyed_elements(values_list, keys, dest, source, element_schema, path)
    return _merge_primitive_elements(dest, source)


def _element_values(source: list, dest: list, keys: list[str]) -> list[list[str]]:
    """Key values of every element, the patch's first, each distinct tuple once."""
    seen: set[tuple[str, ...]] = set()
    result: list[list[str]] = []
    for elements in (source, dest):
        for element in elements:
            values = [scalar_text(element.get(k)) if isinstance(element, dict) else "" for k in keys]
            if tuple(values) in seen:
                continue
            seen.add(tuple(values))
            result.append(values)
    return result


def _merge_value_tuples(values_list: list[list[str]]) -> list[list[str]]:
    for i, first in enumerate(values_list):
        for j, second in enumerate(values_list):
            merged = _match(first, second)
            if merged is not None:
                values_list[i] = merged
                values_list[j] = merged
                first = merged
    return values_list


def _match(first: list[str], second: list[str]) -> list[str] | None:
    if len(first) != len(second):
        return None
    common = False
    merged = []
    for a, b in zip(first, second, strict=True):
        if a == b:
            common = True
            merged.append(a)
            continue
        if a and b:
            return None
        merged.append(a or b)
    return merged if common else None


def _valid_keys(values_list: list[list[str]], values: list[str], keys: list[str]) -> tuple[list[str], list[str]]:
    used = {keys[i] for vals in values_list for i, v in enumerate(vals) if v}
    if not used:
        return keys, values
    valid_keys = [k for k in keys if k in used]
    valid_values = [v for i, v in enumerate(values) if v or keys[i] in used]
    return valid_keys, valid_values


def _find_element(elements: list, keys: list[str], values: list[str]) -> Any:
    for element in elements:
        if not isinstance(element, dict):
            continue
        if all(k in element and scalar_text(element[k]) == v for k, v in zip(keys, values, strict=False)):
            return element
    return MISSING


def _element_matches(element: Any, keys: list[str], values: list[str]) -> bool:
    if not isinstance(element, dict):
        return False
    return all(k in element and (v == "" or scalar_text(element[k]) == v) for k, v in zip(keys, values, strict=False))


def _set_element(elements: list, element: Any, keys: list[str], values: list[str]) -> list:
    """kyaml's ElementSetter: drop empty entries, replace matches with `element`, else append it."""
    result = []
    found = False
    for existing in elements:
        if existing is None or existing == {}:
            continue
        if not isinstance(existing, dict):
            result.append(existing)
            continue
        if not values:
            continue  # kyaml's ElementSetter with no values matches nothing and keeps no mapping element
        if not _element_matches(existing, keys, values):
            result.append(existing)
            continue
        found = True
        if element is not MISSING:
            result.append(element)
    if element is not MISSING and element is not None and not found:
        result.append(element)
    return result


def _merge_keyed_elements(
    values_list: list[list[str]],
    keys: list[str],
    dest: list,
    source: list,
    element_schema: SchemaNode | None,
    path: str,
) -> Any:
    if len(keys) > 1:
        values_list = _merge_value_tuples(values_list)
    to_add: list = []
    valid_keys = keys
    for values in values_list:
        valid_keys, valid_values = _valid_keys(values_list, values, keys)
        dest_element = _find_element(dest, valid_keys, valid_values)
        src_element = _find_element(source, valid_keys, valid_values)
        merged = _walk(dest_element, src_element, element_schema, f"{path}[]")
        if merged is MISSING or merged is None or merged is _KEEP_NULL or merged == {}:
            dest[:] = _set_element(dest, MISSING, valid_keys, valid_values)
            continue
        for key, value in zip(valid_keys, valid_values, strict=False):
            if key not in merged and value:
                merged[key] = value
        to_add = _set_element(to_add, merged, valid_keys, valid_values)
    result = to_add
    for element in list(dest):
        if not isinstance(element, dict):
            result = _set_element(result, element, [""], [scalar_text(element)])
            continue
        values = []
        for key in valid_keys:
            if key in element:
                values.append(scalar_text(element[key]))
            else:
                result.append(element)  # kyaml appends an element missing a key, then still sets it below
        if len(valid_keys) > 1:
            result = _set_element(result, MISSING, valid_keys, values)
        result = _set_element(result, element, valid_keys, values)
    return result


def _merge_primitive_elements(dest: list, source: list) -> Any:
    seen: list[str] = []
    for element in source + dest:
        text = scalar_text(element)
        if text not in seen:
            seen.append(text)
    by_text: dict[str, Any] = {}
    for element in dest + source:
        by_text[scalar_text(element)] = element
    result = [by_text[text] for text in seen]
    return result
