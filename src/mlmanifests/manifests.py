"""The objects that flow from charts to checks to the writer: plain dicts tagged with where they belong.

A `Manifest` is one Kubernetes object as a plain dict (what `Chart.to_json()` gives, or one YAML document
read from a file) plus the target it belongs to and, for objects read from files, where it came from.
Everything downstream of the charts (checks, writer, diff) works on these and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Annotation prefix through which code declares, per object, a security exemption and its reason:
#   exempt.mlmanifests.dev/<rule-id>: "<why this object needs it>"
# The checks honour it and list it in their report; it travels with the object, so `validate` on
# YAML written elsewhere sees the same declaration.
EXEMPTION_PREFIX = "exempt.mlmanifests.dev/"

UPSTREAM_ANNOTATION = "mlmanifests.dev/upstream"
"""On each object composed from an upstream release, where it comes from (`kubeflow v1.8.1 apps/pipeline`): users
see which component an object belongs to, and `validate` of any YAML treats it as upstream's (its security
findings are one warning per component), as `synth` does."""


@dataclass(frozen=True, order=True)
class ObjectId:
    """Identity of an object in a cluster: two objects with the same id replace one another."""

    group: str
    kind: str
    namespace: str
    name: str

    def __str__(self) -> str:
        gk = f"{self.kind}.{self.group}" if self.group else self.kind
        return f"{gk} {self.namespace}/{self.name}" if self.namespace else f"{gk} {self.name}"


@dataclass(frozen=True)
class Source:
    """Where an object was read from (for objects not synthesized here)."""

    file: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


@dataclass
class Manifest:
    target: str
    body: dict[str, Any]
    source: Source | None = field(default=None, compare=False)
    folder: str | None = None
    """Folder under the output dir when it is not the target's own (fleet clusters, dist/gitops/...)."""
    destination: str | None = None
    """For objects of a target's cluster part: the Argo CD name of the cluster they go to."""
    origin: str | None = field(default=None, compare=False)
    """The upstream component the object comes from (`kubeflow v1.8.1 apps/pipeline`), None for objects
    mlmanifests writes; security findings on upstream objects are summarized per component."""

    @property
    def api_version(self) -> str:
        return self.body.get("apiVersion", "")

    @property
    def group(self) -> str:
        return self.api_version.rpartition("/")[0]

    @property
    def version(self) -> str:
        return self.api_version.rpartition("/")[2]

    @property
    def kind(self) -> str:
        return self.body.get("kind", "")

    @property
    def name(self) -> str:
        return (self.body.get("metadata") or {}).get("name", "")

    @property
    def namespace(self) -> str:
        return (self.body.get("metadata") or {}).get("namespace", "")

    @property
    def annotations(self) -> dict[str, str]:
        return (self.body.get("metadata") or {}).get("annotations") or {}

    @property
    def id(self) -> ObjectId:
        return ObjectId(self.group, self.kind, self.namespace, self.name)

    def exemptions(self) -> dict[str, str]:
        """Declared security exemptions of this object: rule id -> reason."""
        return {
            key[len(EXEMPTION_PREFIX):]: reason
            for key, reason in self.annotations.items()
            if key.startswith(EXEMPTION_PREFIX)
        }
