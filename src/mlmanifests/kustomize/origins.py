"""`buildMetadata`: where each object came from and which transformers touched it (kustomize's origin tracking).

With `buildMetadata` in the top kustomization, kustomize records per object an origin (the file it was read
from, relative to the top folder, or the generator that made it) and, per built-in or plugin transformer that
ran while the object existed, one transformation entry (api/resource/origin.go, api/internal/target). It
prints them as the annotations `config.kubernetes.io/origin` and `alpha.config.kubernetes.io/transformations`
(options `originAnnotations`, `transformerAnnotations`), and `managedByLabel` adds
`app.kubernetes.io/managed-by: kustomize-v5.8.1` to every object's labels (api/krusty/kustomizer.go).
"""

from __future__ import annotations

import json
import posixpath
import re

from .resource import Resource
from .yaml_read import resolve_plain

ORIGIN_ANNOTATION = "config.kubernetes.io/origin"
TRANSFORMATIONS_ANNOTATION = "alpha.config.kubernetes.io/transformations"
MANAGED_BY_LABEL = "app.kubernetes.io/managed-by"
MANAGED_BY_VALUE = "kustomize-v5.8.1"  # the kustomize release kubectl v1.37 embeds
OPTIONS = ("originAnnotations", "transformerAnnotations", "managedByLabel")

_PLAIN = re.compile(r"^[A-Za-z0-9_./~(][A-Za-z0-9_./~@:+=()-]*$")  # yaml.v3 leaves these unquoted


def join_path(base: str, entry: str) -> str:
    """Go's filepath.Join: the parts joined and cleaned; "" when both are empty."""
    parts = [part for part in (base, entry) if part]
    return posixpath.normpath(posixpath.join(*parts)) if parts else ""


def file_origin(path: str, repo: str = "", ref: str = "") -> dict:
    origin = {"path": path}
    if repo:
        origin["repo"] = repo
    if ref:
        origin["ref"] = ref
    return origin


def plugin_origin(configured_in: str, api_version: str, kind: str, name: str = "", namespace: str = "",
                  repo: str = "", ref: str = "") -> dict:
    """The origin of what a generator made, or the record a transformer leaves (configuredIn, configuredBy)."""
    configured_by = {"apiVersion": api_version, "kind": kind}
    if name:
        configured_by["name"] = name
    if namespace:
        configured_by["namespace"] = namespace
    origin: dict = {}
    if repo:
        origin["repo"] = repo
    if ref:
        origin["ref"] = ref
    origin["configuredIn"] = configured_in
    origin["configuredBy"] = configured_by
    return origin


def record_transformation(resources: list[Resource], origin: dict, times: int = 1) -> None:
    """kustomize's AddTransformerAnnotation, once per transformer instance: an object with no origin takes it."""
    for _ in range(times):
        for resource in resources:
            if resource.origin is None:
                resource.origin = dict(origin)
            else:
                resource.transformations.append(dict(origin))


def finish_annotations(resource: Resource, options: frozenset[str]) -> None:
    """Drop origin annotations read from input and write the tracked ones the build asked for."""
    metadata = resource.obj.get("metadata")
    if not isinstance(metadata, dict):
        return
    annotations = metadata.get("annotations")
    if isinstance(annotations, dict):
        annotations.pop(ORIGIN_ANNOTATION, None)
        annotations.pop(TRANSFORMATIONS_ANNOTATION, None)
    wanted = {}
    if "originAnnotations" in options and resource.origin:
        wanted[ORIGIN_ANNOTATION] = _marshal_map(resource.origin, "")
    if "transformerAnnotations" in options and resource.transformations:
        wanted[TRANSFORMATIONS_ANNOTATION] = "".join(_marshal_map(t, "- ") for t in resource.transformations)
    if wanted:
        if not isinstance(annotations, dict):
            annotations = metadata["annotations"] = {}
        annotations.update(wanted)
    if "managedByLabel" in options:
        labels = metadata.get("labels")
        if not isinstance(labels, dict):
            labels = metadata["labels"] = {}
        labels[MANAGED_BY_LABEL] = MANAGED_BY_VALUE


def _marshal_map(values: dict, first_indent: str) -> str:
    """kyaml.Marshal of an origin: block style, two-space indents; a list item starts with `- `."""
    lines = []
    indent = first_indent
    for key, value in values.items():
        if isinstance(value, dict):
            lines.append(f"{indent}{key}:")
            lines.extend(f"{' ' * len(first_indent)}  {k}: {_scalar(v)}" for k, v in value.items())
        else:
            lines.append(f"{indent}{key}: {_scalar(value)}")
        indent = " " * len(first_indent)
    return "".join(line + "\n" for line in lines)


def _scalar(text: str) -> str:
    if _PLAIN.match(text) and not text.endswith(":") and resolve_plain(text) == text:
        return text
    return json.dumps(text, ensure_ascii=False)
