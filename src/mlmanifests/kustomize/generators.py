"""configMapGenerator and secretGenerator: objects made from literals, files and env files."""

from __future__ import annotations

import base64
import posixpath
import re
from pathlib import Path
from typing import Any

from .errors import KustomizeError
from .resource import Resource

_ENV_NAME = re.compile(r"^[-._a-zA-Z][-._a-zA-Z0-9]*$")
_CONFIG_KEY = re.compile(r"^[-._a-zA-Z0-9]+$")


def merge_options(local: dict | None, global_options: dict | None) -> dict:
    """A generator's `options` with the kustomization's `generatorOptions` filled in underneath."""
    result = dict(local or {})
    if not global_options:
        return result
    for key in ("labels", "annotations"):
        global_values = global_options.get(key)
        if not global_values:
            continue
        merged = dict(result.get(key) or {})
        for name, value in global_values.items():
            merged.setdefault(name, value)
        result[key] = merged
    for flag in ("disableNameSuffixHash", "immutable"):
        if global_options.get(flag):
            result[flag] = True
    return result


def _remove_quotes(text: str) -> str:
    if len(text) < 2 or text[0] != text[-1]:
        return text
    if text[0] in "\"'":
        return text[1:-1]
    return text


def _parse_literal(source: str, field: str) -> tuple[str, str]:
    if source.startswith("=") or "=" not in source:
        raise KustomizeError(f"invalid literal source {source}, expected key=value", field=field)
    key, value = source.split("=", 1)
    return key, _remove_quotes(value)


def _parse_file_source(source: str, field: str) -> tuple[str, str]:
    separators = source.count("=")
    if separators == 0:
        return posixpath.basename(source), source
    if separators == 1 and source.startswith("="):
        raise KustomizeError(f"missing key name for file path {source[1:]!r} in source {source!r}", field=field)
    if separators == 1 and source.endswith("="):
        raise KustomizeError(f"missing file path for key name {source[:-1]!r} in source {source!r}", field=field)
    if separators > 1:
        raise KustomizeError(f"source {source!r} key name or file path contains '='", field=field)
    key, path = source.split("=")
    return key, path


def _env_file_pairs(content: bytes, field: str, path: str) -> list[tuple[str, str]]:
    pairs = []
    for index, raw_line in enumerate(content.split(b"\n")):
        if index == 0 and raw_line.startswith(b"\xef\xbb\xbf"):
            raw_line = raw_line[3:]
        if raw_line.endswith(b"\r"):
            raw_line = raw_line[:-1]
        try:
            line = raw_line.decode("utf-8")
        except UnicodeDecodeError:
            raise KustomizeError(f"line {index} has invalid utf8 bytes in env file {path}", field=field) from None
        line = line.lstrip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not _ENV_NAME.match(key):
            raise KustomizeError(
                f"invalid env var name {key!r} in env file {path}: a valid environment variable name must consist of "
                "alphabetic characters, digits, '_', '-', or '.', and must not start with a digit",
                field=field,
            )
        pairs.append((key, value if sep else ""))
    return pairs


def _decoded(content: bytes) -> str | bytes:
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        return content


def _wrapped_base64(data: bytes) -> str:
    encoded = base64.b64encode(data).decode("ascii")
    line_count = len(encoded) // 70 + 1
    if line_count == 1:
        return encoded
    return "".join(encoded[i : i + 70] + "\n" for i in range(0, len(encoded), 70))


class GeneratorInputs:
    """Reads generator inputs below one kustomization root."""

    def __init__(self, root: Path, read_file: Any) -> None:
        self.root = root
        self.read_file = read_file  # (relative path, field) -> bytes

    def pairs(self, args: dict, field: str) -> list[tuple[str, str | bytes]]:
        result: list[tuple[str, str | bytes]] = []
        env_sources = list(args.get("envs") or [])
        if args.get("env"):
            env_sources.append(args["env"])
        for path in env_sources:
            result += _env_file_pairs(self.read_file(str(path), field), field, str(path))
        for literal in args.get("literals") or []:
            result.append(_parse_literal(str(literal), field))
        for source in args.get("files") or []:
            key, path = _parse_file_source(str(source), field)
            result.append((key, _decoded(self.read_file(path, field))))
        return result


def _validated_data(name: str, pairs: list[tuple[str, Any]], field: str) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if not _CONFIG_KEY.match(key):
            raise KustomizeError(
                f"{key!r} is not a valid key name: a valid config key must consist of alphanumeric characters, "
                "'-', '_' or '.'",
                field=field,
                obj=name,
            )
        if key in data:
            raise KustomizeError(f"configmap {name} illegally repeats the key `{key}`", field=field, obj=name)
        data[key] = value
    return data


def _base_object(kind: str, args: dict, field: str) -> dict:
    name = str(args.get("name") or "")
    if not name:
        raise KustomizeError("a configmap must have a name", field=field)
    metadata: dict[str, Any] = {"name": name}
    if args.get("namespace"):
        metadata["namespace"] = str(args["namespace"])
    return {"apiVersion": "v1", "kind": kind, "metadata": metadata}


def _apply_options(obj: dict, options: dict) -> None:
    for key in ("labels", "annotations"):
        values = options.get(key)
        if values:
            obj["metadata"].setdefault(key, {}).update({str(k): str(v) for k, v in values.items()})
    if options.get("immutable"):
        obj["immutable"] = True


def make_configmap(args: dict, inputs: GeneratorInputs, global_options: dict | None, field: str) -> Resource:
    obj = _base_object("ConfigMap", args, field)
    data = _validated_data(obj["metadata"]["name"], inputs.pairs(args, field), field)
    for key in sorted(data):
        value = data[key]
        if isinstance(value, bytes):
            obj.setdefault("binaryData", {})[key] = _wrapped_base64(value)
        else:
            obj.setdefault("data", {})[key] = value
    return _finish(obj, args, global_options)


def make_secret(args: dict, inputs: GeneratorInputs, global_options: dict | None, field: str) -> Resource:
    obj = _base_object("Secret", args, field)
    obj["type"] = str(args.get("type") or "Opaque")
    data = _validated_data(obj["metadata"]["name"], inputs.pairs(args, field), field)
    obj["data"] = {
        key: _wrapped_base64(value if isinstance(value, bytes) else value.encode("utf-8"))
        for key, value in sorted(data.items())
    }
    return _finish(obj, args, global_options)


def _finish(obj: dict, args: dict, global_options: dict | None) -> Resource:
    options = merge_options(args.get("options"), global_options)
    _apply_options(obj, options)
    behavior = str(args.get("behavior") or "create")
    if behavior not in ("create", "merge", "replace"):
        behavior = "unspecified"  # kustomize treats an unknown behavior as "create" that may not collide
    resource = Resource(obj=obj, needs_hash=not options.get("disableNameSuffixHash"), behavior=behavior)
    return resource
