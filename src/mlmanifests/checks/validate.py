"""What `validate PATH...` reads: YAML files and folders, kustomization folders rendered first (the command is
mlmanifests.cli.validate).

Which objects form one set (a target: references resolve inside it, duplicates are looked for inside it):
- a folder given is one set, named by its path; each kustomization folder, given or met while walking a folder,
  is a set of its own (it is what `kubectl apply -k` applies);
- a file given (pre-commit passes the staged files one by one) belongs to the nearest folder above it that holds a
  kustomization, and that whole kustomization is the set; otherwise the files given from one folder form a set.
So a file list never pools objects of two clusters' folders, nor splits one kustomization.

YAML that is not a Kubernetes object (no apiVersion and no kind: CI workflows, `.pre-commit-config.yaml`, a
kustomization without apiVersion) is skipped and counted; a symlink that leads out of the folder given is not
followed; a Secret's values never appear in a finding (the field is named instead). Findings point at the file
and line of the offending field where it can be found in the YAML, else at the document.
"""

from __future__ import annotations

import sys
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterator

import yaml

from mlmanifests.checks.lined_yaml import LinedList, LinedMap, load_lined_documents

from mlmanifests.checks.findings import Finding
from mlmanifests.manifests import UPSTREAM_ANNOTATION, Manifest, Source
from mlmanifests.yaml_limits import (
    DOCUMENT_LIMITS, YamlLimitExceeded, YamlSyntaxError, check_yaml_bounds, read_bounded_text,
)

KUSTOMIZATION_FILES = ("kustomization.yaml", "kustomization.yml", "Kustomization")


class InputError(Exception):
    """Input that cannot be read; its text is the one line printed."""


@dataclass(frozen=True)
class LoadedDocument:
    manifest: Manifest
    node: Any = None  # the lined document, to find the line of a field
    kubernetes: bool = True  # False: YAML without apiVersion and kind, skipped


@dataclass
class Skipped:
    """What reading left out, for the one line `validate` prints about it."""

    documents: list[str] = field(default_factory=list)
    symlinks: list[str] = field(default_factory=list)

    def note(self) -> str:
        parts = []
        if self.documents:
            files = sorted(set(self.documents))
            parts.append(f"skipped {len(self.documents)} YAML document(s) that are not Kubernetes objects "
                         f"(no apiVersion or kind) in {', '.join(files[:5])}{', ...' if len(files) > 5 else ''}")
        if self.symlinks:
            parts.append(f"did not follow {len(self.symlinks)} symlink(s) leading out of the paths given: {', '.join(sorted(self.symlinks)[:5])}")
        return "; ".join(parts)


# ------------------------------------------------------------------------------------------------ reading


def read_paths(paths: list[str], skipped: Skipped | None = None) -> list[LoadedDocument]:
    """The Kubernetes objects under `paths`, each tagged with its set (see the module docstring)."""
    skipped = skipped if skipped is not None else Skipped()
    loaded: list[LoadedDocument] = []
    kustomizations: dict[Path, None] = {}
    files_by_folder: dict[Path, list[Path]] = {}
    for path in paths:
        location = Path(path)
        if path == "-":
            loaded.extend(_documents_from_text(sys.stdin.read(), Source("<stdin>"), "<stdin>", with_lines=True))
        elif location.is_dir():
            loaded.extend(_read_folder(location, target=str(location), root=location.resolve(), skipped=skipped))
        elif location.is_file():
            home = _kustomization_above(location)
            if home is not None:
                kustomizations.setdefault(home)
            else:
                files_by_folder.setdefault(location.parent, []).append(location)
        elif location.exists():
            raise InputError(f"{path}: not a YAML file or folder (a device, pipe or socket); give files or folders")
        else:
            raise InputError(f"{path}: no such file or folder")
    for folder in kustomizations:
        loaded.extend(_read_folder(folder, target=str(folder), root=folder.resolve(), skipped=skipped))
    for folder, files in files_by_folder.items():
        for file in files:
            loaded.extend(read_yaml_file(file, target=str(folder)))
    skipped.documents.extend(d.manifest.source.file for d in loaded if not d.kubernetes and d.manifest.source)
    return [d for d in loaded if d.kubernetes]


def _kustomization_above(file: Path) -> Path | None:
    """The nearest folder holding `file` that is a kustomization (within the path as given)."""
    for folder in file.parents:
        if _is_kustomization(folder):
            return folder
    return None


def _inside(entry: Path, root: Path) -> bool:
    """False for a symlink whose target lies outside `root`."""
    if not entry.is_symlink():
        return True
    return entry.resolve().is_relative_to(root)


def _read_folder(folder: Path, *, target: str, root: Path, skipped: Skipped) -> Iterator[LoadedDocument]:
    if _is_kustomization(folder):
        yield from _render_kustomization(folder, target=str(folder))
        yield from _nested_kustomizations(folder, root, skipped)
        return
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not _inside(entry, root):
            skipped.symlinks.append(str(entry))
        elif entry.is_dir() and not entry.name.startswith("."):
            yield from _read_folder(entry, target=target, root=root, skipped=skipped)
        elif entry.is_file() and entry.suffix in (".yaml", ".yml"):
            yield from read_yaml_file(entry, target=target)


def _is_kustomization(folder: Path) -> bool:
    return any((folder / name).is_file() for name in KUSTOMIZATION_FILES)


def _nested_kustomizations(folder: Path, root: Path, skipped: Skipped) -> Iterator[LoadedDocument]:
    """Kustomization folders below a kustomization folder (overlays, dist/<target>/instances/, cluster parts), each
    its own target; plain YAML there is patch or generator input, not objects, and is left alone."""
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not _inside(entry, root):
            skipped.symlinks.append(str(entry))
        elif entry.is_dir() and not entry.name.startswith("."):
            if _is_kustomization(entry):
                yield from _read_folder(entry, target=str(entry), root=root, skipped=skipped)
            else:
                yield from _nested_kustomizations(entry, root, skipped)


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
        yield LoadedDocument(_manifest(target, _plain(body) if isinstance(body, dict) else {}, Source(str(folder))))


def read_yaml_file(file: Path, *, target: str) -> Iterator[LoadedDocument]:
    try:
        text = read_bounded_text(file, DOCUMENT_LIMITS)
    except YamlLimitExceeded as problem:
        raise InputError(f"{file}: {problem}") from None
    except OSError as problem:
        raise InputError(f"{file}: cannot be read: {problem.strerror or problem}") from None
    yield from _documents_from_text(text, Source(str(file)), target, with_lines=True)


def _documents_from_text(text: str, origin: Source, target: str, *, with_lines: bool) -> Iterator[LoadedDocument]:
    try:
        check_yaml_bounds(text, DOCUMENT_LIMITS)
    except YamlSyntaxError as problem:
        line = f":{problem.line}" if problem.line else ""
        raise InputError(f"{origin.file}{line}: invalid YAML: {problem.problem}") from None
    except YamlLimitExceeded as problem:
        raise InputError(f"{origin.file}: {problem}") from None
    try:
        nodes = load_lined_documents(text)  # YAML 1.1 scalars in every document, as kubectl reads them
    except yaml.MarkedYAMLError as problem:
        mark = problem.problem_mark or problem.context_mark
        line = f":{mark.line + 1}" if mark else ""
        raise InputError(f"{origin.file}{line}: invalid YAML: {problem.problem or problem.context}") from None
    except yaml.YAMLError as problem:
        raise InputError(f"{origin.file}: invalid YAML: {problem}") from None
    for node in nodes:
        if node is None:
            continue
        line = node.line if with_lines and isinstance(node, (LinedMap, LinedList)) else None
        source = Source(origin.file, line)
        if not isinstance(node, dict) or ("apiVersion" not in node and "kind" not in node):
            yield LoadedDocument(Manifest(target, {}, source), node, kubernetes=False)
            continue
        if str(node.get("apiVersion", "")).startswith("kustomize.config.k8s.io/"):
            continue  # a kustomization is build input, not an object
        if node.get("kind") == "List" and isinstance(node.get("items"), list):
            for item in node["items"]:
                item_line = item.line if with_lines and isinstance(item, LinedMap) else line
                body = _plain(item) if isinstance(item, dict) else {}
                yield LoadedDocument(_manifest(target, body, Source(origin.file, item_line)), item)
            continue
        yield LoadedDocument(_manifest(target, _plain(node), source), node)


def _plain(value: Any) -> Any:
    """Loaded values as plain Python values (dict, list, str, int, float, bool, None; dates as ISO text)."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bytes):  # !!binary
        return value.decode("utf-8", errors="replace")
    return str(value)


# ---------------------------------------------------------------------------------------- secret values

SECRET_VALUE_FIELDS = ("data", "stringData")
_REDACTED = "<value not shown>"


def redact_secret_values(findings: list[Finding], manifests: list[Manifest]) -> list[Finding]:
    """Findings whose message or hint would quote a value of a Secret's data or stringData, with the value
    replaced: the field path already names it."""
    values: set[str] = set()
    for manifest in manifests:
        if manifest.kind == "Secret" and manifest.group == "":
            for key in SECRET_VALUE_FIELDS:
                values.update(_strings(manifest.body.get(key)))
    if not values:
        return findings
    ordered = sorted(values, key=len, reverse=True)
    distinctive = [value for value in ordered if len(value) >= 8]  # short values would garble other messages
    return [replace(f, message=_without(f.message, ordered if f.object.kind == "Secret" else distinctive),
                    hint=_without(f.hint, ordered if f.object.kind == "Secret" else distinctive)) for f in findings]


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str) and value:
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif value is not None and not isinstance(value, bool):
        yield str(value)


def _without(text: str, values: list[str]) -> str:
    for value in values:
        if value in text:
            text = text.replace(value, _REDACTED)
    return text


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
    """1-based line of the deepest part of `path` present under `node` (a lined document)."""
    tokens: list[str | int] = []
    for bracket, word in _PATH_TOKEN.findall(path):
        tokens.append(int(bracket) if bracket.isdigit() else bracket if bracket else word)
    line = None
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if isinstance(node, LinedList) and isinstance(token, int) and token < len(node):
            line, node, position = node.lines[token], node[token], position + 1
            continue
        if isinstance(node, LinedMap):
            # keys may contain dots (annotations, CSI attributes): try the longest run of tokens first
            for end in range(len(tokens), position, -1):
                words = tokens[position:end]
                if all(isinstance(w, str) for w in words) and ".".join(words) in node:
                    key = ".".join(words)
                    line, node, position = node.lines[key], node[key], end
                    break
            else:
                break
            continue
        break
    return line



def _manifest(target: str, body: dict, source: Source) -> Manifest:
    """An object read from YAML; one marked as composed from an upstream release keeps that origin."""
    origin = ((body.get("metadata") or {}).get("annotations") or {}).get(UPSTREAM_ANNOTATION)
    return Manifest(target, body, source, origin=origin if isinstance(origin, str) else None)
