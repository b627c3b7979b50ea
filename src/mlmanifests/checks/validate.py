"""`validate PATH...`: read YAML files and folders (rendering kustomization folders first), check, print, exit code.

The plain YAML files and folders given on one command line form one target (references resolve across
them, as `kubectl apply -f` would apply them together), named by the paths; each kustomization folder, given or
met while walking a folder, is a target of its own, named by its path. Findings point at the file and line of the offending field where it can be
found in the YAML, else at the document.
"""

from __future__ import annotations

import os
import sys
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterator, TextIO

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scalarbool import ScalarBoolean

from mlmanifests.checks.findings import Finding, Report
from mlmanifests.manifests import Manifest, Source

KUSTOMIZATION_FILES = ("kustomization.yaml", "kustomization.yml", "Kustomization")
EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


class KubectlResolver(VersionedResolver):
    """Resolve plain scalars as YAML 1.1 in every document, as kubectl does (sigs.k8s.io/yaml reads YAML 1.1:
    `yes`, `on`, `y`, `n` are booleans there), so `validate` sees the types the API server will receive.
    (ruamel's own `version = (1, 1)` only holds for the first document of a stream.)"""

    @property
    def processing_version(self) -> tuple[int, int]:
        return (1, 1)


class InputError(Exception):
    """Input that cannot be read; its text is the one line printed."""


@dataclass(frozen=True)
class LoadedDocument:
    manifest: Manifest
    node: Any = None  # the ruamel node, to find the line of a field


def validate_command(
    paths: list[str], *, output_format: str, kubernetes_version: str, stdout: TextIO, stderr: TextIO | None = None,
    color: bool | None = None,
) -> int:
    """Run the checks on files or folders (`-`: YAML on standard input) and print the report to `stdout`;
    unreadable input is one line on `stderr` (default: `stdout`) and exit code 2. `color`: None asks the terminal."""
    from mlmanifests.checks import format_json, format_text, run_checks

    try:
        documents = read_paths(paths)
        report = run_checks([d.manifest for d in documents], kubernetes_version=kubernetes_version)
    except (InputError, ValueError) as problem:
        print(f"error: {problem}", file=stderr or stdout)
        return EXIT_BAD_INPUT
    report = Report(_with_field_lines(report.findings, documents), report.exemptions)
    if output_format == "json":
        stdout.write(format_json(report))
    else:
        stdout.write(format_text(report, color=_is_terminal(stdout) if color is None else color))
    return EXIT_OK if report.ok else EXIT_FINDINGS


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and "NO_COLOR" not in os.environ


# ------------------------------------------------------------------------------------------------ reading


def read_paths(paths: list[str]) -> list[LoadedDocument]:
    plain_target = ", ".join(paths)
    documents: list[LoadedDocument] = []
    for path in paths:
        location = Path(path)
        if path == "-":
            documents.extend(_documents_from_text(sys.stdin.read(), Source("<stdin>"), plain_target, with_lines=True))
        elif location.is_dir():
            documents.extend(_read_folder(location, target=plain_target))
        elif location.is_file():
            documents.extend(read_yaml_file(location, target=plain_target))
        else:
            raise InputError(f"{path}: no such file or folder")
    return documents


def _read_folder(folder: Path, *, target: str) -> Iterator[LoadedDocument]:
    if _is_kustomization(folder):
        yield from _render_kustomization(folder, target=str(folder))
        yield from _nested_kustomizations(folder)
        return
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.is_dir() and not entry.name.startswith("."):
            yield from _read_folder(entry, target=target)
        elif entry.is_file() and entry.suffix in (".yaml", ".yml"):
            yield from read_yaml_file(entry, target=target)


def _is_kustomization(folder: Path) -> bool:
    return any((folder / name).is_file() for name in KUSTOMIZATION_FILES)


def _nested_kustomizations(folder: Path) -> Iterator[LoadedDocument]:
    """Kustomization folders below a kustomization folder (overlays, dist/<target>/instances/, cluster parts), each
    its own target; plain YAML there is patch or generator input, not objects, and is left alone."""
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.is_dir() and not entry.name.startswith("."):
            if _is_kustomization(entry):
                yield from _read_folder(entry, target=str(entry))
            else:
                yield from _nested_kustomizations(entry)


def _render_kustomization(folder: Path, *, target: str) -> Iterator[LoadedDocument]:
    from mlmanifests.kustomize import KustomizeError, build

    try:
        rendered = build(str(folder))
    except KustomizeError as problem:  # the renderer's own error, reported as unreadable input
        raise InputError(f"{folder}: kustomize build failed: {problem}") from None
    if isinstance(rendered, str):
        yield from _documents_from_text(rendered, Source(str(folder)), target, with_lines=False)
        return
    for item in rendered:
        body = item.body if isinstance(item, Manifest) else item
        yield LoadedDocument(Manifest(target, _plain(body) if isinstance(body, dict) else {}, Source(str(folder))))


def read_yaml_file(file: Path, *, target: str) -> Iterator[LoadedDocument]:
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as problem:
        raise InputError(f"{file}: cannot be read: {problem}") from None
    yield from _documents_from_text(text, Source(str(file)), target, with_lines=True)


def _documents_from_text(text: str, origin: Source, target: str, *, with_lines: bool) -> Iterator[LoadedDocument]:
    yaml = YAML(typ="rt")
    yaml.Resolver = KubectlResolver
    try:
        nodes = list(yaml.load_all(text))
    except MarkedYAMLError as problem:
        mark = problem.problem_mark or problem.context_mark
        line = f":{mark.line + 1}" if mark else ""
        raise InputError(f"{origin.file}{line}: invalid YAML: {problem.problem or problem.context}") from None
    except YAMLError as problem:
        raise InputError(f"{origin.file}: invalid YAML: {problem}") from None
    for node in nodes:
        if node is None:
            continue
        line = node.lc.line + 1 if with_lines and isinstance(node, (CommentedMap, CommentedSeq)) else None
        source = Source(origin.file, line)
        if not isinstance(node, dict):
            yield LoadedDocument(Manifest(target, {}, source), node)
            continue
        if str(node.get("apiVersion", "")).startswith("kustomize.config.k8s.io/"):
            continue  # a kustomization is build input, not an object
        if node.get("kind") == "List" and isinstance(node.get("items"), list):
            for item in node["items"]:
                item_line = item.lc.line + 1 if with_lines and isinstance(item, CommentedMap) else line
                body = _plain(item) if isinstance(item, dict) else {}
                yield LoadedDocument(Manifest(target, body, Source(origin.file, item_line)), item)
            continue
        yield LoadedDocument(Manifest(target, _plain(node), source), node)


def _plain(value: Any) -> Any:
    """ruamel's round-trip types as plain Python values (dict, list, str, int, float, bool, None)."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, (bool, ScalarBoolean)) or value is None:
        return None if value is None else bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if hasattr(value, "value") and not isinstance(value, str):  # TaggedScalar
        return str(value.value)
    return str(value)


# ------------------------------------------------------------------------------------------ field lines

_PATH_TOKEN = re.compile(r"\[([^\]]*)\]|([^.\[\]]+)")


def _with_field_lines(findings: list[Finding], documents: list[LoadedDocument]) -> list[Finding]:
    nodes = {(d.manifest.source.file, d.manifest.source.line): d.node
             for d in documents if d.manifest.source and d.manifest.source.line and d.node is not None}
    refined = []
    for finding in findings:
        node = nodes.get((finding.source.file, finding.source.line)) if finding.source else None
        line = field_line(node, finding.path) if node is not None and finding.path else None
        refined.append(replace(finding, source=replace(finding.source, line=line)) if line else finding)
    return refined


def field_line(node: Any, path: str) -> int | None:
    """1-based line of the deepest part of `path` present under `node` (a ruamel document)."""
    tokens: list[str | int] = []
    for bracket, word in _PATH_TOKEN.findall(path):
        tokens.append(int(bracket) if bracket.isdigit() else bracket if bracket else word)
    line = None
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if isinstance(node, CommentedSeq) and isinstance(token, int) and token < len(node):
            line, node, position = node.lc.item(token)[0] + 1, node[token], position + 1
            continue
        if isinstance(node, CommentedMap):
            # keys may contain dots (annotations, CSI attributes): try the longest run of tokens first
            for end in range(len(tokens), position, -1):
                words = tokens[position:end]
                if all(isinstance(w, str) for w in words) and ".".join(words) in node:
                    key = ".".join(words)
                    line, node, position = node.lc.key(key)[0] + 1, node[key], end
                    break
            else:
                break
            continue
        break
    return line

