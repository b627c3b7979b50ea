"""What every check module receives: the manifests under check, grouped once, and what the run was asked for."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Sequence

from mlmanifests.manifests import Manifest, ObjectId

KRO_GROUP = "kro.run"


@dataclass(frozen=True)
class ManifestSet:
    manifests: Sequence[Manifest]
    kubernetes_version: str = "1.35"
    # Objects declared in config as existing outside every target; they satisfy references.
    external: frozenset[ObjectId] = field(default_factory=frozenset)

    @cached_property
    def by_target(self) -> dict[str, list[Manifest]]:
        grouped: dict[str, list[Manifest]] = defaultdict(list)
        for manifest in self.manifests:
            grouped[manifest.target].append(manifest)
        return dict(grouped)

    @cached_property
    def kro_kinds(self) -> frozenset[tuple[str, str, str]]:
        """(group, version, kind) of every kind a ResourceGraphDefinition in the set defines."""
        kinds = set()
        for manifest in self.manifests:
            if manifest.group == KRO_GROUP and manifest.kind == "ResourceGraphDefinition":
                schema = (manifest.body.get("spec") or {}).get("schema") or {}
                if schema.get("kind") and schema.get("apiVersion"):
                    kinds.add((KRO_GROUP, str(schema["apiVersion"]), str(schema["kind"])))
        return frozenset(kinds)

    def is_kro_instance(self, manifest: Manifest) -> bool:
        return (manifest.group, manifest.version, manifest.kind) in self.kro_kinds
