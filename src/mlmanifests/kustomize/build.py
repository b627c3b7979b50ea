"""A whole build: the top kustomization accumulated, then hash suffixes, name references, vars and order."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .hashing import content_hash
from .name_reference import fix_name_references
from .ordering import apply_sort_options
from .target import BuildContext, KustTarget
from .variables import resolve_vars

_LOCAL_CONFIG = "config.kubernetes.io/local-config"


@dataclass
class BuildResult:
    objects: list[dict]
    warnings: list[str]
    sources: list[str] | None = None
    """The file each object was read from ('' for generated ones), parallel to `objects`."""


def build_tree(path: str | Path) -> BuildResult:
    """Render the kustomization at `path`; raises KustomizeError on bad input."""
    context = BuildContext()
    top = KustTarget(Path(path), context)
    accumulation = top.accumulate()
    resmap = accumulation.resmap
    for resource in resmap:
        if resource.needs_hash:
            suffix = content_hash(resource.obj)
            resource.store_previous_id()
            resource.name = f"{resource.name}-{suffix}"
    fix_name_references(resmap, accumulation.config.name_reference)
    resolve_vars(resmap, accumulation.vars, accumulation.config.var_reference)
    kept = [r for r in resmap if str(r.annotations().get(_LOCAL_CONFIG, "")).lower() != "true"]
    for resource in kept:
        metadata = resource.obj.get("metadata")
        if isinstance(metadata, dict) and "annotations" in metadata and not metadata["annotations"]:
            del metadata["annotations"]  # kustomize clears an empty annotations map on every object
    ordered = apply_sort_options(kept, top.kustomization.fields.get("sortOptions"), top.file)
    return BuildResult(objects=[r.obj for r in ordered], warnings=context.warnings, sources=[r.source for r in ordered])
