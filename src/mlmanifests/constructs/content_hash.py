"""The name suffix kustomize's configMapGenerator / secretGenerator appends: a hash of the object's content.

kustomize hashes a compact JSON object with sorted keys — for a ConfigMap {"data", "kind", "name"} (plus
"binaryData" when present), for a Secret {"data", "kind", "name", "type"} (plus "stringData") — with SHA-256,
takes the first 10 hex digits and swaps 0, 1, 3, a, e for g, h, k, m, t (so the suffix never looks like a
number or a word). Go's encoder escapes <, > and & as \\u003c, \\u003e, \\u0026 and U+2028/9, which Python's
json does not, so those are escaped here too. A pod that references the hashed name rolls when the content
changes. `tests/mlops_gcp/test_content_hash.py` compares against real `kubectl kustomize` output.

Quirk kept on purpose: kustomize (api/hasher, v5.8) reads the name with `yaml.Lookup("metadata/name")`, a
single path element that never matches, so "name" is always "" in what it hashes: two generated ConfigMaps
with equal data get equal suffixes whatever their names. These functions do the same, so names match.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

_SWAPS = str.maketrans({"0": "g", "1": "h", "3": "k", "a": "m", "e": "t"})
_GO_HTML_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def go_json(value: Any) -> str:
    """`value` as Go's json.Marshal writes it: sorted keys, no spaces, UTF-8 kept, HTML characters escaped."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    for char, escape in _GO_HTML_ESCAPES.items():
        text = text.replace(char, escape)
    return text


def hash_suffix(encoded: str) -> str:
    """The 10-character suffix for an encoded object."""
    digest = hashlib.sha256(encoded.encode("utf-8")).hexdigest()
    return digest[:10].translate(_SWAPS)


def config_map_suffix(data: dict[str, str] | None, binary_data: dict[str, str] | None = None) -> str:
    """Suffix kustomize gives a generated ConfigMap with this content (its name does not count; see above)."""
    encoded: dict[str, Any] = {"kind": "ConfigMap", "name": "", "data": data if data is not None else ""}
    if binary_data is not None:
        encoded["binaryData"] = binary_data
    return hash_suffix(go_json(encoded))


def secret_suffix(
    data: dict[str, str] | None, secret_type: str = "Opaque", string_data: dict[str, str] | None = None
) -> str:
    """Suffix kustomize gives a generated Secret (data values base64-encoded, as in the object)."""
    encoded: dict[str, Any] = {
        "kind": "Secret", "type": secret_type, "name": "", "data": data if data is not None else "",
    }
    if string_data is not None:
        encoded["stringData"] = string_data
    return hash_suffix(go_json(encoded))


def hashed_config_map_name(name: str, data: dict[str, str]) -> str:
    """`<name>-<suffix>`, the name configMapGenerator would give a ConfigMap with this data."""
    return f"{name}-{config_map_suffix(data)}"
