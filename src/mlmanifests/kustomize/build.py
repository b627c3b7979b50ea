"""A whole build: the top kustomization accumulated, then hash suffixes, name references, vars and order."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import KustomizeError
from .hashing import content_hash
from .name_reference import fix_name_references
from .origins import finish_annotations
from .ordering import apply_sort_options
from .target import MAX_BASE_DEPTH, BuildContext, KustTarget

_LOCAL_CONFIG = "config.kubernetes.io/local-config"


@dataclass
class BuildResult:
    objects: list[dict]
    warnings: list[str]
    sources: list[str] | None = None
    """The file each object was read from ('' for generated ones), parallel to `objects`."""


# Python frames one kustomization level costs while its bases accumulate: a chain of 1,000 bases (kubectl
# renders those) needs more than Python's default limit of 1,000 frames.
_FRAMES_PER_LEVEL = 12


def build_tree(path: str | Path) -> BuildResult:
    """Render the kustomization at `path`; raises KustomizeError on bad input."""
    wanted = MAX_BASE_DEPTH * _FRAMES_PER_LEVEL
    previous = sys.getrecursionlimit()
    if previous < wanted:
        sys.setrecursionlimit(wanted)
    try:
        return _build_tree(path)
    finally:
        sys.setrecursionlimit(previous)


def _build_tree(path: str | Path) -> BuildResult:
    context = BuildContext()
    top = KustTarget(Path(path), context)
    accumulation = top.accumulate()
    resmap = accumulation.resmap
    for resource in resmap:
        if resource.needs_hash:
            suffix = content_hash(resource.obj)
            resource.store_previous_id()
            resource.name = f"{resource.name}-{suffix}"
    try:
        fix_name_references(resmap, accumulation.config.name_reference)
        if accumulation.vars:
            from .variables import resolve_vars  # only builds with vars load it

            resolve_vars(resmap, accumulation.vars, accumulation.config.var_reference)
    except KustomizeError as problem:
        raise problem.located(file=top.file) from None
    kept = [r for r in resmap if str(r.annotations().get(_LOCAL_CONFIG, "")).lower() != "true"]
    options = context.build_metadata or frozenset()
    for resource in kept:
        finish_annotations(resource, options)
        metadata = resource.obj.get("metadata")
        if isinstance(metadata, dict) and "annotations" in metadata:
            if not metadata["annotations"]:
                del metadata["annotations"]  # kustomize clears an empty annotations map on every object
            elif isinstance(metadata["annotations"], dict):
                metadata["annotations"] = _annotation_strings(metadata["annotations"])
    ordered = apply_sort_options(kept, top.kustomization.fields.get("sortOptions"), top.file)
    return BuildResult(objects=[r.obj for r in ordered], warnings=context.warnings, sources=[r.source for r in ordered])


def _annotation_strings(annotations: dict) -> dict:
    """kustomize rewrites every object's annotations as a string map at the end (RemoveBuildAnnotations)."""
    result = {}
    for key, value in annotations.items():
        if value is None:
            value = ""
        elif isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, (int, float)):
            value = str(value)
        result[key] = value
    return result
