"""Bounds on YAML input, checked before any loader builds a value: size, nesting depth and alias expansion.

One shared gate for every reader (config files, `--set` values, `validate`, the kustomize renderer's reader):

    text = read_bounded_text(path, DOCUMENT_LIMITS)     # size-limited read, UTF-8 only, never a device
    check_yaml_bounds(text, DOCUMENT_LIMITS)              # raises YamlLimitExceeded; then load it as usual

The check walks libyaml's event stream (no recursion, no values built): it tracks the nesting depth and counts
the nodes the document has once every alias is expanded, with each anchor's expanded size remembered, so a
"billion laughs" document is measured in linear time and refused before anything expands it. Loaders (and
whatever walks their output: pydantic, `repr`, the YAML emitter) expand aliases, so the expanded count is what
bounds time and memory. The same idea as yaml.v3's alias-ratio guard (go-yaml decode.go `allowedAliasRatio`),
which kubectl and the API server rely on.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

_PARSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class YamlLimits:
    max_bytes: int
    """Largest file (or value) read."""
    max_depth: int
    """Deepest nesting of mappings and sequences."""
    max_nodes: int
    """Most nodes once aliases are expanded, whatever the expansion ratio."""
    max_expansion: int
    """Most expanded nodes per parsed node (beyond `max_nodes / 100` nodes): aliases may share, not multiply."""


CONFIG_LIMITS = YamlLimits(max_bytes=256 << 10, max_depth=64, max_nodes=100_000, max_expansion=10)
"""A config file or a --set value: the embedded default is 14 KB, 5 levels deep, with no alias; ruamel's
round-trip loader reads ~100 KB/s, so 256 KiB is read in a few seconds."""

DOCUMENT_LIMITS = YamlLimits(max_bytes=4 << 20, max_depth=256, max_nodes=1_000_000, max_expansion=10)
"""Kubernetes YAML (`validate`, kustomize input): the largest CRD we read (Argo CD's ApplicationSet) is 1.4 MB,
~65 MB in memory once loaded."""


class YamlLimitExceeded(ValueError):
    """The input is beyond a bound; the text says which, where, and what to do (without the input's value)."""


class YamlSyntaxError(YamlLimitExceeded):
    """The input is not YAML at all (libyaml's message, with the position)."""

    def __init__(self, message: str, line: int | None, problem: str) -> None:
        super().__init__(message)
        self.line, self.problem = line, problem


def check_yaml_bounds(text: str, limits: YamlLimits) -> None:
    """Raise YamlLimitExceeded when `text` is too large, too deep, expands too much, holds what is not text (NUL, a
    lone surrogate) or is not YAML (libyaml's verdict, with the position)."""
    if len(text) > limits.max_bytes:
        raise YamlLimitExceeded(f"is {len(text):,} characters, more than the {limits.max_bytes:,} read; split it")
    match = _SURROGATE.search(text)
    if match:
        raise YamlLimitExceeded(f"holds a lone surrogate (U+{ord(match[0]):04X}), which is not text; save it as UTF-8")
    sizes = [0]  # expanded node count of each open collection (index 0: the stream)
    anchors: dict[str, int] = {}
    open_anchors: list[str | None] = []
    parsed = expanded = 0
    try:
        for event in yaml.parse(text, Loader=_PARSER):
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                parsed += 1
                expanded += 1
                sizes.append(1)
                open_anchors.append(event.anchor)
                if len(sizes) - 1 > limits.max_depth:
                    raise YamlLimitExceeded(_where(event, f"nests deeper than {limits.max_depth} levels; flatten it"))
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                size = sizes.pop()
                anchor = open_anchors.pop()
                if anchor is not None:
                    anchors[anchor] = size
                sizes[-1] += size
            elif isinstance(event, yaml.ScalarEvent):
                parsed += 1
                expanded += 1
                sizes[-1] += 1
                if event.anchor is not None:
                    anchors[event.anchor] = 1
                if "\0" in event.value:
                    raise YamlLimitExceeded(_where(event, "holds a NUL character, which no Kubernetes value may contain"))
                if _SURROGATE.search(event.value):
                    raise YamlLimitExceeded(_where(event, "holds a lone surrogate (an escape like \\ud800), which is not text"))
            elif isinstance(event, yaml.AliasEvent):
                parsed += 1
                expanded += anchors.get(event.anchor, 1)
                sizes[-1] += anchors.get(event.anchor, 1)
            else:
                continue
            if expanded > limits.max_nodes or (
                expanded > limits.max_nodes // 100 and expanded > limits.max_expansion * parsed
            ):
                raise YamlLimitExceeded(_where(
                    event, f"expands through aliases (*name) to more than {expanded:,} values from {parsed:,} written "
                    f"(at most {limits.max_expansion} per value written, {limits.max_nodes:,} in all); write the values "
                    "out, or use fewer aliases"))
    except yaml.YAMLError as problem:
        if "nesting depth" in str(problem):  # libyaml's own bound (1000), met while scanning ahead
            raise YamlLimitExceeded(f"nests deeper than {limits.max_depth} levels; flatten it") from None
        mark = getattr(problem, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        what = getattr(problem, "problem", None) or "cannot be parsed"
        raise YamlSyntaxError(f"{where}not valid YAML: {what}; fix the syntax there",
                              mark.line + 1 if mark is not None else None, what) from None


def _where(event: yaml.Event, problem: str) -> str:
    mark = event.start_mark
    return f"line {mark.line + 1}, column {mark.column + 1}: {problem}" if mark is not None else problem


def read_bounded_text(path: str | Path, limits: YamlLimits) -> str:
    """The UTF-8 text of the file at `path`, read up to `limits.max_bytes`; OSError if it cannot be read,
    YamlLimitExceeded for a file that is too large, not a regular file, or not UTF-8."""
    path = Path(path)
    if path.exists() and not path.is_file() and not path.is_dir():
        raise YamlLimitExceeded("is not a regular file (a device, pipe or socket); give a YAML file")
    with open(path, "rb") as stream:
        data = stream.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        raise YamlLimitExceeded(f"is larger than the {limits.max_bytes:,} bytes read; split it")
    return decode_utf8(data)


def decode_utf8(data: bytes) -> str:
    """Text from bytes that must be UTF-8 (Kubernetes and kustomize read nothing else); a UTF-8 BOM is dropped."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise YamlLimitExceeded("is UTF-16 or UTF-32 (it starts with that byte-order mark); save it as UTF-8")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        line = data[: problem.start].count(b"\n") + 1
        raise YamlLimitExceeded(f"line {line}: byte 0x{data[problem.start]:02x} is not UTF-8; save the file as UTF-8") from None
