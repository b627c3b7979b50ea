"""Composing an upstream release with a target's changes, the way a kustomize overlay does.

A target never re-writes an object upstream defines: it says what to change (strategic-merge or JSON 6902
patches, configMapGenerator merges, objects to delete) in an `Overlay`. `compose` writes that overlay as a real
kustomization over the upstream components and builds it with the in-process renderer, so the result is exactly
what `kubectl kustomize` prints for the same folder (the tests compare the two), and the digest of every upstream
file the build read is what the lock file pins.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mlmanifests.kustomize.build import build_tree
from mlmanifests.kustomize.loader import recording_reads

from . import compose_cache as cache
from .git import Checkout

Body = dict[str, Any]


@dataclass(frozen=True)
class Patch:
    """One kustomize `patches:` entry: a strategic-merge patch (a partial object, found by its kind and name) or,
    with `target`, a JSON 6902 patch (a list of operations) on the objects the target selects."""

    patch: Body | list[Body]
    target: Body | None = None
    why: str = ""
    """Why the change is made; written as a comment above the patch in the overlay (for readers of it)."""


@dataclass
class Overlay:
    """What a target changes in the upstream build; empty by default."""

    patches: list[Patch] = field(default_factory=list)
    config_map_merges: list[Body] = field(default_factory=list)
    """configMapGenerator entries with `behavior: merge` (name, namespace, literals; `fileContents` maps a key
    to the text of a file written beside the overlay, for values that are whole files)."""
    deletions: list[tuple[str, str, str, str]] = field(default_factory=list)
    """(apiVersion, kind, namespace, name) of upstream objects to leave out (a `$patch: delete` each)."""

    def delete(self, api_version: str, kind: str, name: str, namespace: str = "") -> None:
        self.deletions.append((api_version, kind, namespace, name))


@dataclass(frozen=True)
class Composed:
    objects: list[Body]
    """The composed build, in kustomize's order."""
    origins: list[str]
    """For each object, the upstream component it was read from (e.g. `common/istio-1-17`), '' for ours."""
    digest: str
    """sha256 over the upstream files the build read (path relative to the checkout, and content)."""
    files: int
    """How many upstream files the build read."""


def write_overlay(directory: Path, checkout: Checkout, components: list[str], overlay: Overlay) -> Path:
    """Write `overlay` as a kustomization in `directory` whose resources are the upstream components."""
    directory.mkdir(parents=True, exist_ok=True)
    resources = [os.path.relpath(checkout.root / component, directory) for component in components]
    kustomization: Body = {
        "apiVersion": "kustomize.config.k8s.io/v1beta1",
        "kind": "Kustomization",
        "resources": resources,
    }
    entries = []
    for index, patch in enumerate(overlay.patches):
        name = f"patch-{index:03d}.yaml"
        text = (f"# {patch.why}\n" if patch.why else "") + json.dumps(patch.patch, indent=2, sort_keys=True) + "\n"
        (directory / name).write_text(text, encoding="utf-8")
        entries.append({"path": name, **({"target": patch.target} if patch.target else {})})
    for index, (api_version, kind, namespace, name) in enumerate(overlay.deletions):
        file = f"delete-{index:03d}.yaml"
        metadata = {"name": name, **({"namespace": namespace} if namespace else {})}
        body = {"apiVersion": api_version, "kind": kind, "metadata": metadata, "$patch": "delete"}
        (directory / file).write_text(json.dumps(body, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        entries.append({"path": file})
    if entries:
        kustomization["patches"] = entries
    generators = []
    for index, merge in enumerate(overlay.config_map_merges):
        entry = {key: value for key, value in merge.items() if key != "fileContents"}
        for key, text in sorted((merge.get("fileContents") or {}).items()):
            file = f"configmap-{index:03d}-{key}"
            (directory / file).write_text(text, encoding="utf-8")
            entry.setdefault("files", []).append(f"{key}={file}")
        generators.append({**entry, "behavior": "merge"})
    if generators:
        kustomization["configMapGenerator"] = generators
    path = directory / "kustomization.yaml"
    path.write_text(json.dumps(kustomization, indent=2) + "\n", encoding="utf-8")
    return path


def compose(checkout: Checkout, components: list[str], overlay: Overlay) -> Composed:
    """Build upstream's `components` (folders relative to the checkout) with `overlay` applied.

    The result is cached under the user's cache folder, keyed by the renderer's own code, the checkout, the
    components and the overlay, and used again only while every upstream file the build read is unchanged and
    the entry's checksum verifies: a cached composition is always the one a fresh build gives."""
    root = Path(os.path.realpath(checkout.root))
    with tempfile.TemporaryDirectory(prefix="mlmanifests-overlay-") as scratch:
        folder = Path(scratch)
        write_overlay(folder, checkout, components, overlay)
        entry = cache.entry_for(root, components, folder)
        cached = entry.read()
        if cached is not None:
            return Composed(**cached)
        with recording_reads() as files:
            result = build_tree(folder)
    origins = [_component(root, source) for source in result.sources or [""] * len(result.objects)]
    used = _used_files(root, files)
    # Plain JSON values, as a cached composition reads back (the renderer's maps carry parse-time markers).
    objects = json.loads(json.dumps(result.objects))
    composed = Composed(objects=objects, origins=origins, digest=_digest(used), files=len(used))
    entry.write({"objects": composed.objects, "origins": origins, "digest": composed.digest, "files": composed.files},
                used)
    return composed


def _component(root: Path, source: str) -> str:
    """The component a file belongs to: the first two folders of its path in the release (`apps/pipeline`)."""
    if not source:
        return ""
    path = Path(os.path.realpath(source))
    if root not in path.parents:
        return ""
    return "/".join(path.relative_to(root).parts[:2])


def _used_files(root: Path, files: set[Path]) -> list[tuple[str, str]]:
    """(path relative to the checkout, sha256 of its content) of every upstream file read, sorted."""
    return sorted((path.relative_to(root).as_posix(), hashlib.sha256(path.read_bytes()).hexdigest())
                  for path in files if root in path.parents)


def _digest(used: list[tuple[str, str]]) -> str:
    digest = hashlib.sha256()
    for relative, content in used:
        digest.update(f"{relative}\0{content}\n".encode())
    return f"sha256:{digest.hexdigest()}"
