"""What the default config's Kubeflow targets take from their pinned upstream releases, as upstream ships it:
for tests that hold only this project's own objects to a rule (snapshots, Checkov)."""

from __future__ import annotations

import json
from functools import cache

import yaml

from mlmanifests.config import load_config
from mlmanifests.manifests import UPSTREAM_ANNOTATION
from mlmanifests.upstream.compose import Overlay, compose


@cache
def upstream_bodies(target: str) -> tuple[dict, ...]:
    """Every object the target's upstream components render to, before any overlay."""
    section = load_config().section(target)
    bodies: list[dict] = []
    for _, ref in section.upstream_refs() if section is not None else []:
        bodies += compose(ref.source.checkout(), ref.chosen_components(), Overlay()).objects
    return tuple(bodies)


def identity(body: dict) -> tuple[str, str, str]:
    metadata = body.get("metadata") or {}
    return body.get("kind", ""), metadata.get("namespace", ""), metadata.get("name", "")


@cache
def unchanged_bodies(target: str) -> frozenset[str]:
    return frozenset(json.dumps(body, sort_keys=True) for body in upstream_bodies(target))


@cache
def upstream_identities(target: str) -> frozenset[tuple[str, str, str]]:
    return frozenset(identity(body) for body in upstream_bodies(target))


def without_origin(body: dict) -> dict:
    """The body as upstream ships it: without the annotation synth adds to name its component."""
    metadata = dict(body.get("metadata") or {})
    annotations = {k: v for k, v in (metadata.get("annotations") or {}).items() if k != UPSTREAM_ANNOTATION}
    if annotations:
        metadata["annotations"] = annotations
    else:
        metadata.pop("annotations", None)
    return {**body, "metadata": metadata}


def is_unchanged_upstream(target: str, content: bytes) -> bool:
    return json.dumps(without_origin(yaml.safe_load(content)), sort_keys=True) in unchanged_bodies(target)


def is_upstream(target: str, content: bytes) -> bool:
    """The file holds an object upstream defines (unchanged or patched by an overlay)."""
    return identity(yaml.safe_load(content) or {}) in upstream_identities(target)
