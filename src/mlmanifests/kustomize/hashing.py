"""kustomize's name-suffix hash for generated ConfigMaps and Secrets (api/hasher).

The hash is over Go's `json.Marshal` of {kind, name, data[, binaryData]} (Secrets: plus type and
stringData), keys sorted: sha256, first ten hex digits, with 0 1 3 a e swapped for g h k m t so the
suffix never reads as a number or a word. kustomize looks the name up as the single field
"metadata/name", which never exists, so the name it hashes is always "" (checked against kubectl).
"""

from __future__ import annotations

from typing import Any

_SWAPS = str.maketrans({"0": "g", "1": "h", "3": "k", "a": "m", "e": "t"})


def _go_json_string(text: str) -> str:
    out = ['"']
    for char in text:
        code = ord(char)
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\r":
            out.append("\\r")
        elif char == "\t":
            out.append("\\t")
        elif code < 0x20 or char in "<>&" or code in (0x2028, 0x2029):
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def go_json(value: Any) -> str:
    """encoding/json.Marshal for the plain values a ConfigMap or Secret holds."""
    if isinstance(value, dict):
        items = sorted(value.items(), key=lambda item: str(item[0]).encode("utf-8"))
        return "{" + ",".join(f"{_go_json_string(str(k))}:{go_json(v)}" for k, v in items) + "}"
    if isinstance(value, list):
        return "[" + ",".join(go_json(v) for v in value) + "]"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return _go_json_string(str(value))


def encode_hash(text: str) -> str:
    import hashlib  # loaded by the first generator, not at start-up

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10].translate(_SWAPS)


def _field(obj: dict, name: str) -> Any:
    value = obj.get(name)
    return "" if value is None else value


def content_hash(obj: dict) -> str:
    """The suffix kustomize appends to a generated object's name."""
    kind = obj.get("kind")
    name = ""  # see the module docstring
    if kind == "ConfigMap":
        encoded: dict[str, Any] = {"kind": "ConfigMap", "name": name, "data": _field(obj, "data")}
        if isinstance(obj.get("binaryData"), dict):
            encoded["binaryData"] = obj["binaryData"]
    elif kind == "Secret":
        encoded = {"kind": "Secret", "type": _field(obj, "type"), "name": name, "data": _field(obj, "data")}
        if isinstance(obj.get("stringData"), dict):
            encoded["stringData"] = obj["stringData"]
    else:
        encoded = obj
    return encode_hash(go_json(encoded))
