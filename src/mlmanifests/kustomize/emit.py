"""Printing objects exactly as `kustomize build` prints them.

kustomize turns each object into JSON and then into YAML with go-yaml v2, so the output has:
keys sorted in go-yaml's "natural" order, sequences not indented under their key, strings that
would read back as another type double-quoted, multi-line strings as literal blocks, long plain
strings folded at 80 columns, floats in Go's shortest `%g` form, and `---` between documents.
libyaml's emitter (which go-yaml v2 ports) does the layout; this module decides styles and order.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any
from collections.abc import Iterable

import yaml

_Dumper = getattr(yaml, "CDumper", yaml.Dumper)
_STR = "tag:yaml.org,2002:str"

# --- go-yaml v2's idea of which plain strings are not strings ------------------------------------

_V2_SPECIAL = frozenset(
    "y Y yes Yes YES true True TRUE on On ON n N no No NO false False FALSE off Off OFF"
    " ~ null Null NULL .nan .NaN .NAN .inf .Inf .INF +.inf +.Inf +.INF -.inf -.Inf -.INF".split()
)
_V2_HINT_CHARS = frozenset("+-0123456789yYnNtTfFoO~.")
_V2_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_V2_BASE60 = re.compile(r"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$")
_V2_TIMESTAMP = re.compile(
    r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
    r"(([Tt ])[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\.[0-9]{1,9})?(Z|[-+][0-9]{2}:[0-9]{2})?)?$"
)
_GO_INT_BODY = re.compile(r"^(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$")


def _go_parses_as_int(text: str) -> bool:
    """strconv.ParseInt(text, 0, 64) or ParseUint succeeding (range aside)."""
    body = text[1:] if text[:1] in "+-" else text
    return bool(_GO_INT_BODY.match(body))


def reads_back_as_non_string(text: str) -> bool:
    """True when go-yaml v2 would resolve this plain scalar to something other than a string."""
    if text == "":
        return True
    if text[0] not in _V2_HINT_CHARS:
        return False
    if text in _V2_SPECIAL:
        return True
    first = text[0]
    if first == ".":
        return _go_float_syntax(text)
    if first in "+-0123456789":
        if _V2_TIMESTAMP.match(text):
            return True
        plain = text.replace("_", "")
        if _go_parses_as_int(plain):
            return True
        if _V2_FLOAT.match(plain):
            return True
        if plain.startswith("0b") or plain.startswith("-0b"):
            return bool(re.match(r"^-?0b[01]+$", plain))
    return False


def _go_float_syntax(text: str) -> bool:
    """strconv.ParseFloat on text starting with '.'."""
    return bool(re.match(r"^\.[0-9](_?[0-9])*([eE][-+]?[0-9]+)?$", text))


def _is_base60_float(text: str) -> bool:
    return ":" in text and text[:1] in "+-0123456789" and bool(_V2_BASE60.match(text))


# --- Go number formatting --------------------------------------------------------------------------


def go_float_text(value: float) -> str:
    """A float as it comes out of kustomize: Go's JSON encoding, then go-yaml v2's re-encoding."""
    if math.isnan(value):
        return ".nan"
    if math.isinf(value):
        return ".inf" if value > 0 else "-.inf"
    if value == int(value) and abs(value) < 1e21:
        as_int = int(value)
        if -(2**63) <= as_int < 2**64:
            return str(as_int)
    return _go_shortest_g(value)


def _go_shortest_g(value: float) -> str:
    from decimal import Decimal  # floats are rare in manifests

    sign, digit_tuple, exponent = Decimal(repr(value)).as_tuple()
    digits = "".join(map(str, digit_tuple)).rstrip("0") or "0"
    trimmed = len("".join(map(str, digit_tuple))) - len(digits)
    exponent = int(exponent) + trimmed
    decimal_point = len(digits) + exponent
    exp = decimal_point - 1
    prefix = "-" if sign else ""
    if exp < -4 or exp >= 6:  # Go's %g with shortest precision switches to %e here
        mantissa = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        exp_sign = "-" if exp < 0 else "+"
        return f"{prefix}{mantissa}e{exp_sign}{abs(exp):02d}"
    if decimal_point <= 0:
        return f"{prefix}0.{'0' * -decimal_point}{digits}"
    if decimal_point >= len(digits):
        return prefix + digits + "0" * (decimal_point - len(digits))
    return f"{prefix}{digits[:decimal_point]}.{digits[decimal_point:]}"


def int_text(value: int) -> str:
    if -(2**63) <= value < 2**64:
        return str(value)
    return _go_shortest_g(float(value))


# --- key order -------------------------------------------------------------------------------------


def _natural_less(a: str, b: str) -> bool:
    """go-yaml v2's map key order: letters by code point, digit runs by value, non-letters first."""
    for i in range(min(len(a), len(b))):
        ca, cb = a[i], b[i]
        if ca == cb:
            continue
        a_letter, b_letter = ca.isalpha(), cb.isalpha()
        if a_letter and b_letter:
            return ca < cb
        if a_letter or b_letter:
            return b_letter
        an = bn = 0
        if ca == "0" or cb == "0":
            j = i - 1
            while j >= 0 and a[j].isdigit():
                if a[j] != "0":
                    an = bn = 1
                    break
                j -= 1
        ai = i
        while ai < len(a) and a[ai].isdigit():
            an = an * 10 + int(a[ai])
            ai += 1
        bi = i
        while bi < len(b) and b[bi].isdigit():
            bn = bn * 10 + int(b[bi])
            bi += 1
        if an != bn:
            return an < bn
        if ai != bi:
            return ai < bi
        return ca < cb
    return len(a) < len(b)


def _natural_compare(a: str, b: str) -> int:
    if a == b:
        return 0
    return -1 if _natural_less(a, b) else 1


_natural_key = functools.cmp_to_key(_natural_compare)
_SIMPLE_KEY = re.compile(r"^[a-z]+$")


def sorted_keys(keys: Iterable[str]) -> list[str]:
    keys = list(keys)
    if all(_SIMPLE_KEY.match(k) for k in keys):
        return sorted(keys)
    return sorted(keys, key=_natural_key)


# --- the dumper ------------------------------------------------------------------------------------


class KustomizeDumper(_Dumper):  # type: ignore[misc, valid-type]
    """Emits plain data with go-yaml v2's scalar styles; every scalar carries the implicit str tag."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


KustomizeDumper.yaml_implicit_resolvers = {}


def _represent_str(dumper: KustomizeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        style = "|"
    elif reads_back_as_non_string(value) or _is_base60_float(value):
        style = '"'
    else:
        style = None
    return yaml.ScalarNode(_STR, value, style=style)


def _represent_dict(dumper: KustomizeDumper, value: dict) -> yaml.MappingNode:
    pairs = []
    for key in sorted_keys(str(k) for k in value):
        item = value[key] if key in value else _lookup_non_str_key(value, key)
        pairs.append((_represent_str(dumper, key), dumper.represent_data(item)))
    return yaml.MappingNode("tag:yaml.org,2002:map", pairs, flow_style=False)


def _lookup_non_str_key(value: dict, key: str) -> Any:
    for k, v in value.items():
        if str(k) == key:
            return v
    return None


def _represent_list(dumper: KustomizeDumper, value: list) -> yaml.SequenceNode:
    return yaml.SequenceNode("tag:yaml.org,2002:seq", [dumper.represent_data(item) for item in value], flow_style=False)


def _represent_plain(text: str) -> yaml.ScalarNode:
    return yaml.ScalarNode(_STR, text, style=None)


KustomizeDumper.add_representer(str, _represent_str)
KustomizeDumper.add_representer(dict, _represent_dict)
KustomizeDumper.add_multi_representer(dict, _represent_dict)
KustomizeDumper.add_representer(list, _represent_list)
KustomizeDumper.add_representer(type(None), lambda d, v: _represent_plain("null"))
KustomizeDumper.add_representer(bool, lambda d, v: _represent_plain("true" if v else "false"))
KustomizeDumper.add_representer(int, lambda d, v: _represent_plain(int_text(v)))
KustomizeDumper.add_representer(float, lambda d, v: _represent_plain(go_float_text(v)))


def object_to_yaml(obj: Any) -> str:
    text = yaml.dump(obj, Dumper=KustomizeDumper, allow_unicode=True, width=80, indent=2)
    if text.endswith("\n...\n"):  # libyaml closes an open-ended document; go-yaml's output does not
        text = text[:-4]
    return text


def to_yaml(objects: list[dict]) -> str:
    """The documents as `kubectl kustomize` prints them, `---` between them."""
    return "---\n".join(object_to_yaml(obj) for obj in objects)
