"""Deterministic YAML for dist/: fixed key order at the top, block style, literal blocks for multi-line text.

The output is defined as what PyYAML's libyaml-backed dumper writes with our settings (block style, width 4096,
unicode kept, `|` literal blocks for multi-line text). Most of that dumper's time goes to its Python representer,
so the common shapes — mappings, sequences, ints, booleans, null, and strings whose style is settled by the rules
below — are written here directly, and anything else (floats, odd keys, very long lines, text that needs double
quotes) goes to PyYAML itself: per string where the answer cannot depend on its place, else for the whole
document. `tests/test_yaml_emit.py` holds the two to the same bytes, on the committed dist/ and on generated data.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

try:
    _BaseDumper = yaml.CSafeDumper
except AttributeError:  # PyYAML built without libyaml: same output, slower
    _BaseDumper = yaml.SafeDumper

_TOP_KEYS = ("apiVersion", "kind", "metadata")
_WIDTH = 4096
_DUMP_OPTIONS = {"sort_keys": False, "default_flow_style": False, "allow_unicode": True, "width": _WIDTH}


class _Dumper(_BaseDumper):
    pass


def _wants_literal(value: str) -> bool:
    return "\n" in value and not any(c in value for c in "\t\r") and not value.endswith((" ", "\n\n")) and " \n" not in value


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if _wants_literal(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _represent_str)


def ordered(body: dict[str, Any]) -> dict[str, Any]:
    """apiVersion, kind, metadata first; everything else in the order the chart produced (cdk8s sorts it)."""
    head = {key: body[key] for key in _TOP_KEYS if key in body}
    return {**head, **{key: value for key, value in body.items() if key not in head}}


def dump_object(body: dict[str, Any]) -> str:
    """One Kubernetes object, apiVersion/kind/metadata first."""
    return dump_document(ordered(body))


def dump_document(data: Any) -> str:
    """Any data in the same style, keys in the order given."""
    if type(data) is dict and data:
        out: list[str] = []
        try:
            _mapping(data, 0, out, False, set())
        except _Unsettled:
            pass
        else:
            return "".join(out)
    return yaml.dump(data, Dumper=_Dumper, **_DUMP_OPTIONS)


# ------------------------------------------------------------------------------------------- the direct writer


class _Unsettled(Exception):
    """This document holds something whose text depends on more than the value: PyYAML writes all of it."""


def _mapping(data: dict, indent: int, out: list[str], inline: bool, seen: set[int]) -> None:
    _visit(data, seen)
    pad = " " * indent
    for key, value in data.items():
        if inline:
            inline = False
        else:
            out.append(pad)
        if type(key) is not str:
            raise _Unsettled
        text = _KEYS.get(key)
        if text is None:
            text = _key_text(key)
        out.append(text)
        kind = type(value)
        if kind is dict:
            if value:
                out.append(":\n")
                _mapping(value, indent + 2, out, False, seen)
            else:
                out.append(": {}\n")
        elif kind is list:
            if value:
                out.append(":\n")
                _sequence(value, indent, out, False, seen)
            else:
                out.append(": []\n")
        else:
            out.append(": ")
            out.append(_scalar(value, indent + len(text) + 2, indent + 2))


def _sequence(data: list, indent: int, out: list[str], inline: bool, seen: set[int]) -> None:
    _visit(data, seen)
    pad = " " * indent
    for item in data:
        if inline:
            inline = False
        else:
            out.append(pad)
        out.append("- ")
        kind = type(item)
        if kind is dict:
            if item:
                _mapping(item, indent + 2, out, True, seen)
            else:
                out.append("{}\n")
        elif kind is list:
            if item:
                _sequence(item, indent + 2, out, True, seen)
            else:
                out.append("[]\n")
        else:
            out.append(_scalar(item, indent + 2, indent + 2))


def _visit(collection: dict | list, seen: set[int]) -> None:
    """A collection met twice (shared, or holding itself) is written by PyYAML, with an anchor and aliases."""
    if id(collection) in seen:
        raise _Unsettled
    seen.add(id(collection))


def _scalar(value: Any, column: int, block_indent: int) -> str:
    """The scalar and its line end; `column` is where it starts, `block_indent` a literal block's indentation."""
    kind = type(value)
    if kind is str:
        text = _VALUES.get(value)
        if text is None:
            if _wants_literal(value):
                return _literal(value, block_indent)
            text = _value_text(value)
        if column + len(text) >= _WIDTH - 8:  # quotes and escapes count: libyaml folds a line at the width
            raise _Unsettled
        return text
    if kind is bool:
        return "true\n" if value else "false\n"
    if kind is int:
        return f"{value}\n"
    if value is None:
        return "null\n"
    raise _Unsettled  # floats and anything else: PyYAML's own representers


# --- strings: the rules libyaml's scalar analysis applies, for the cases they settle by the value alone

_RESOLVERS = _Dumper.yaml_implicit_resolvers
_FIRST_INDICATORS = set("#,[]{}&*!|>'\"%@`")
_KEYS: dict[str, str] = {}
_VALUES: dict[str, str] = {}
_MAX_SIMPLE_KEY = 120


def _resolves_to_other_type(value: str) -> bool:
    for _tag, pattern in _RESOLVERS.get(value[0], ()):
        if pattern.match(value):
            return True
    return False


def _plain_allowed(value: str) -> bool:
    """Printable ASCII on one line: may it be written plain in block context (libyaml's analysis)?"""
    first = value[0]
    if first == " " or value[-1] == " " or value.startswith(("---", "...")):
        return False
    if first in _FIRST_INDICATORS:
        return False
    if first in "-?:" and (len(value) == 1 or value[1] == " "):
        return False
    if ": " in value or value.endswith(":") or " #" in value:
        return False
    return not _resolves_to_other_type(value)


def _quoted(value: str) -> str:
    """One-line text that cannot be plain: libyaml single-quotes printable text without line breaks."""
    return "'" + value.replace("'", "''") + "'"


_SIMPLE = re.compile(r"[ -~]+")  # printable ASCII, one line
_BREAKS = re.compile("[\r\x85\u2028\u2029]")  # line breaks to YAML besides \n


def _value_text(value: str) -> str:
    if value and _SIMPLE.fullmatch(value):
        text = (value if _plain_allowed(value) else _quoted(value)) + "\n"
    else:
        text = _from_pyyaml({"k": value}, "k: ", "\n") + "\n"
    if len(_VALUES) < 200_000:
        _VALUES[value] = text
    return text


def _key_text(key: str) -> str:
    if len(key) >= _MAX_SIMPLE_KEY:
        raise _Unsettled
    if key and _SIMPLE.fullmatch(key):
        text = key if _plain_allowed(key) else _quoted(key)
    else:
        text = _from_pyyaml({key: 0}, "", ": 0\n")
    if len(_KEYS) < 200_000:
        _KEYS[key] = text
    return text


def _from_pyyaml(data: dict, prefix: str, suffix: str) -> str:
    """A scalar as PyYAML writes it in a one-entry mapping, when that is one line (then its place cannot matter)."""
    text = yaml.dump(data, Dumper=_Dumper, **_DUMP_OPTIONS)
    if not (text.startswith(prefix) and text.endswith(suffix)) or text.count("\n") != 1 or _BREAKS.search(text):
        raise _Unsettled
    return text[len(prefix):len(text) - len(suffix)]


def _literal(value: str, indent: int) -> str:
    """A `|` block (the style chosen for multi-line text), written as libyaml writes it, or _Unsettled."""
    if value == "\n" or not value.isascii() or not all(line.isprintable() for line in value.split("\n")):
        raise _Unsettled  # kept breaks (`|+`) or escapes: PyYAML decides
    indicator = "2" if value[0] in " \n" else ""  # text starting with blanks names its indentation
    if not value.endswith("\n"):
        header, lines = f"|{indicator}-\n", value.split("\n")
    else:
        header, lines = f"|{indicator}\n", value[:-1].split("\n")
    pad = " " * indent
    return header + "".join(pad + line + "\n" if line else "\n" for line in lines)
