"""The ordered set of objects a kustomization level has accumulated."""

from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Iterator

from .errors import KustomizeError
from .resource import ResId, Resource, split_api_version
from .selectors import matches_selector


@dataclass
class Selector:
    """A `target:` block: each set field is an anchored regular expression (selectors: k8s syntax)."""

    group: str = ""
    version: str = ""
    kind: str = ""
    name: str = ""
    namespace: str = ""
    label_selector: str = ""
    annotation_selector: str = ""

    @classmethod
    def from_dict(cls, raw: dict) -> "Selector":
        return cls(
            group=str(raw.get("group") or ""),
            version=str(raw.get("version") or ""),
            kind=str(raw.get("kind") or ""),
            name=str(raw.get("name") or ""),
            namespace=str(raw.get("namespace") or ""),
            label_selector=str(raw.get("labelSelector") or ""),
            annotation_selector=str(raw.get("annotationSelector") or ""),
        )

    def describe(self) -> str:
        parts = [f"{k}={v}" for k, v in vars(self).items() if v]
        return "{" + ", ".join(parts) + "}"


def _anchored(pattern: str) -> "re.Pattern[str] | None":
    if not pattern:
        return None
    try:
        return re.compile(f"^(?:{pattern})$")
    except re.error as problem:
        raise KustomizeError(f"invalid regular expression {pattern!r} in target: {problem}") from None


class ResMap:
    """Objects in build order; an identity may appear once."""

    def __init__(self, resources: list[Resource] | None = None) -> None:
        self.resources: list[Resource] = list(resources or [])

    def __iter__(self) -> Iterator[Resource]:
        return iter(self.resources)

    def __len__(self) -> int:
        return len(self.resources)

    def append(self, resource: Resource) -> None:
        self.append_all([resource])

    def append_all(self, others: "ResMap | list[Resource]") -> None:
        taken = {r.cur_id().key() for r in self.resources}
        for resource in others:
            current = resource.cur_id()
            if current.key() in taken:
                raise KustomizeError(
                    f"may not add resource with an already registered id: {current}",
                    obj=resource.describe(),
                )
            taken.add(current.key())
            self.resources.append(resource)

    def matching_any_id(self, wanted: ResId) -> list[Resource]:
        return [r for r in self.resources if any(i.equals(wanted) for i in r.any_ids())]

    def replace(self, old: Resource, new: Resource) -> None:
        index = next(i for i, r in enumerate(self.resources) if r is old)
        self.resources[index] = new

    def select(self, selector: Selector) -> list[Resource]:
        group_re, version_re, kind_re = (
            _anchored(selector.group),
            _anchored(selector.version),
            _anchored(selector.kind),
        )
        name_re, namespace_re = _anchored(selector.name), _anchored(selector.namespace)
        selected = []
        for resource in self.resources:
            current, original = resource.cur_id(), resource.org_id()
            if namespace_re and not (
                namespace_re.match(original.effective_namespace) or namespace_re.match(current.effective_namespace)
            ):
                continue
            if name_re and not (name_re.match(original.name) or name_re.match(current.name)):
                continue
            group, version = split_api_version(resource.api_version)
            if group_re and not group_re.match(group):
                continue
            if version_re and not version_re.match(version):
                continue
            if kind_re and not kind_re.match(resource.kind):
                continue
            if selector.label_selector and not matches_selector(selector.label_selector, resource.labels()):
                continue
            if selector.annotation_selector and not matches_selector(
                selector.annotation_selector, resource.annotations()
            ):
                continue
            selected.append(resource)
        return selected
