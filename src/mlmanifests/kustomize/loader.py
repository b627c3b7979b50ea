"""Finding and reading kustomization files, and reading the files they name."""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import KustomizeError
from .yaml_read import load_document, yaml_problem

KUSTOMIZATION_FILE_NAMES = ("kustomization.yaml", "kustomization.yml", "Kustomization")

_KNOWN_FIELDS = [
    "apiVersion",
    "kind",
    "metadata",
    "openapi",
    "namePrefix",
    "nameSuffix",
    "namespace",
    "commonLabels",
    "labels",
    "commonAnnotations",
    "patchesStrategicMerge",
    "patchesJson6902",
    "patches",
    "images",
    "imageTags",
    "replacements",
    "replicas",
    "vars",
    "sortOptions",
    "resources",
    "components",
    "crds",
    "bases",
    "configMapGenerator",
    "secretGenerator",
    "helmGlobals",
    "helmCharts",
    "helmChartInflationGenerator",
    "generatorOptions",
    "configurations",
    "generators",
    "transformers",
    "validators",
    "buildMetadata",
]
_FIELD_BY_LOWER = {name.lower(): name for name in _KNOWN_FIELDS}

_DEPRECATIONS = [
    ("bases", "'bases' is deprecated. Please use 'resources' instead.", False),
    ("commonLabels", "'commonLabels' is deprecated. Please use 'labels' instead.", False),
    ("imageTags", "'imageTags' is deprecated. Please use 'images' instead.", False),
    ("patchesJson6902", "'patchesJson6902' is deprecated. Please use 'patches' instead.", False),
    ("patchesStrategicMerge", "'patchesStrategicMerge' is deprecated. Please use 'patches' instead.", False),
    ("vars", "'vars' is deprecated. Please use 'replacements' instead.", True),
]

_FILES_READ: ContextVar[set[Path] | None] = ContextVar("kustomize_files_read", default=None)


@contextmanager
def recording_reads():
    """Collect the resolved path of every file a build reads (kustomizations and the files they name), e.g. to
    digest the content a build used. Yields the set, filled as the build runs."""
    files: set[Path] = set()
    token = _FILES_READ.set(files)
    try:
        yield files
    finally:
        _FILES_READ.reset(token)


def _record(path: Path) -> None:
    files = _FILES_READ.get()
    if files is not None:
        files.add(Path(os.path.realpath(path)))


_REMOTE = re.compile(r"^(https?://|git@|ssh://|git::|github\.com/|gitlab\.com/|bitbucket\.org/)|\?ref=|\.git(/|$)|//")


@dataclass
class Kustomization:
    """One parsed kustomization file, fields under their canonical names."""

    root: Path
    file: Path
    fields: dict[str, Any]
    warnings: list[str] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return str(self.fields.get("kind") or "Kustomization")

    def get(self, name: str, default: Any = None) -> Any:
        value = self.fields.get(name)
        return default if value is None else value

    def list_of(self, name: str) -> list:
        value = self.fields.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            raise KustomizeError(f"expected a list, got {type(value).__name__}", file=str(self.file), field=name)
        return value

    def map_of(self, name: str) -> dict:
        value = self.fields.get(name)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise KustomizeError(f"expected a map, got {type(value).__name__}", file=str(self.file), field=name)
        return value


def find_kustomization_file(directory: Path) -> Path:
    found = [directory / name for name in KUSTOMIZATION_FILE_NAMES if (directory / name).is_file()]
    if not found:
        raise KustomizeError(
            "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory "
            f"'{directory}'",
            file=str(directory),
        )
    if len(found) > 1:
        raise KustomizeError(f"Found multiple kustomization files under: {directory}", file=str(directory))
    return found[0]


def read_kustomization(directory: Path) -> Kustomization:
    """Parse and check the kustomization in `directory`; deprecations become warnings, not errors."""
    path = find_kustomization_file(directory)
    text = path.read_text(encoding="utf-8")
    _record(path)
    try:
        raw = load_document(text)
    except yaml.YAMLError as problem:
        raise KustomizeError(f"invalid Kustomization: {yaml_problem(problem)}", file=str(path)) from None
    if raw is None or raw == {}:
        raise KustomizeError("kustomization.yaml is empty", file=str(path))
    if not isinstance(raw, dict):
        raise KustomizeError("invalid Kustomization: not a map", file=str(path))
    fields: dict[str, Any] = {}
    for key, value in raw.items():
        canonical = _FIELD_BY_LOWER.get(str(key).lower())
        if canonical is None:
            raise KustomizeError(f'invalid Kustomization: json: unknown field "{key}"', file=str(path), field=str(key))
        fields[canonical] = value
    kind = fields.get("kind") or "Kustomization"
    if kind not in ("Kustomization", "Component"):
        raise KustomizeError("kind should be Kustomization or Component", file=str(path), field="kind")
    required_version = "kustomize.config.k8s.io/v1alpha1" if kind == "Component" else "kustomize.config.k8s.io/v1beta1"
    if fields.get("apiVersion") and fields["apiVersion"] != required_version:
        raise KustomizeError(f"apiVersion for {kind} should be {required_version}", file=str(path), field="apiVersion")
    warnings = []
    for name, message, experimental in _DEPRECATIONS:
        if name in fields and fields[name] is not None:
            fix = "[EXPERIMENTAL] " if experimental else ""
            warnings.append(
                f"# Warning: {message} {fix}Run 'kustomize edit fix' to update your Kustomization automatically."
            )
    for unsupported, reason in (
        ("helmCharts", "helm charts need the helm binary and usually the network"),
        ("helmChartInflationGenerator", "helm charts need the helm binary and usually the network"),
        ("validators", "validator plugins (KRM functions) cannot run offline in-process"),
    ):
        if fields.get(unsupported):
            raise KustomizeError(f"not possible offline: {reason}", file=str(path), field=unsupported)
    return Kustomization(root=directory, file=path, fields=fields, warnings=warnings)


def looks_remote(entry: str) -> bool:
    return bool(_REMOTE.search(entry))


def read_file_within(root: Path, relative: str, file: Path, field_name: str) -> bytes:
    """Bytes of a file a kustomization names; like kustomize, only files at or below its root."""
    if looks_remote(relative) and not (root / relative).exists():
        raise KustomizeError(f"not possible offline: remote file '{relative}'", file=str(file), field=field_name)
    target = root / relative
    resolved = Path(os.path.realpath(target))
    root_resolved = Path(os.path.realpath(root))
    if resolved != root_resolved and root_resolved not in resolved.parents:
        raise KustomizeError(
            f"security; file '{resolved}' is not in or below '{root_resolved}'", file=str(file), field=field_name
        )
    try:
        content = resolved.read_bytes()
    except FileNotFoundError:
        raise KustomizeError(f"file '{relative}' does not exist", file=str(file), field=field_name) from None
    except IsADirectoryError:
        raise KustomizeError(
            f"'{relative}' is a directory, expected a file", file=str(file), field=field_name
        ) from None
    _record(resolved)
    return content
