"""Name-reference fixing: after renames (prefix, suffix, namespace, hash), point references at the new names.

For every (referred kind, field spec) pair of the name-reference table, each referrer field holding an
old name of a candidate object is rewritten to that object's current name, using kustomize's rules to
pick among candidates: same earlier name, right kind, roleRef's kind, same namespace (or cluster
scoped, or a ServiceAccount), then the same chain of prefixes and suffixes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from .errors import KustomizeError
from .fieldspecs import FieldSpec, NameReference, visit_fieldspec
from .resmap import ResMap
from .resource import ResId, Resource


def _same_ending(first: list[str], second: list[str]) -> bool:
    shorter, longer = (first, second) if len(first) <= len(second) else (second, first)
    diff = len(longer) - len(shorter)
    if not shorter:
        return diff == 0
    return all(longer[i + diff] == shorter[i] for i in range(len(shorter)))


def _affixes_equal(candidate: Resource, referrer: Resource, allow_empty: bool) -> bool:
    if allow_empty:
        prefixes_ok = (
            not candidate.prefixes or not referrer.prefixes or _same_ending(candidate.prefixes, referrer.prefixes)
        )
        suffixes_ok = (
            not candidate.suffixes or not referrer.suffixes or _same_ending(candidate.suffixes, referrer.suffixes)
        )
        return prefixes_ok and suffixes_ok
    return _same_ending(candidate.prefixes, referrer.prefixes) and _same_ending(candidate.suffixes, referrer.suffixes)


def _gvk_selected(res_id: ResId, kind: str, group: str, version: str) -> bool:
    if group and res_id.group != group:
        return False
    if version and res_id.version != version:
        return False
    if kind and res_id.kind != kind:
        return False
    return True


@dataclass
class _Candidate:
    """A possible referral with its identities computed once (names do not change while references are fixed)."""

    resource: Resource
    current: ResId
    previous: list[ResId]
    original: ResId


class _ReferenceIndex:
    def __init__(self, resmap: ResMap) -> None:
        self.candidates: list[_Candidate] = []
        self.by_previous_name: dict[str, list[_Candidate]] = {}
        for resource in resmap:
            previous = resource.prev_ids()
            candidate = _Candidate(
                resource, resource.cur_id(), previous, previous[0] if previous else resource.cur_id()
            )
            self.candidates.append(candidate)
            for name in dict.fromkeys(i.name for i in previous):
                self.by_previous_name.setdefault(name, []).append(candidate)


class _ReferenceFixer:
    def __init__(
        self, referrer: Resource, reference: NameReference, spec: FieldSpec, allowed: Any, index: _ReferenceIndex
    ) -> None:
        self.referrer = referrer
        self.reference = reference
        self.spec = spec
        self.allowed = allowed  # predicate: may the referrer refer to this candidate at all
        self.index = index

    def _role_ref_kind(self) -> tuple[str, str] | None:
        if not self.spec.path.endswith("roleRef/name"):
            return None
        role_ref = self.referrer.obj.get("roleRef")
        if not isinstance(role_ref, dict) or "apiGroup" not in role_ref or "kind" not in role_ref:
            return None
        return str(role_ref.get("kind") or ""), str(role_ref.get("apiGroup") or "")

    def select(self, old_name: str, extra: Any, by_namespace_too: bool) -> Resource | None:
        ref = self.reference
        found = [
            c
            for c in self.index.by_previous_name.get(old_name, [])
            if self.allowed(c)
            and extra(c)
            and any(_gvk_selected(i, ref.kind, ref.group, ref.version) for i in c.previous)
        ]
        role_ref = self._role_ref_kind()
        if role_ref is not None:
            found = [c for c in found if any(_gvk_selected(i, role_ref[0], role_ref[1], "") for i in c.previous)]
        referrer_id = self.referrer.cur_id()
        if not referrer_id.cluster_scoped:
            found = [
                c
                for c in found
                if c.current.cluster_scoped
                or c.current.kind == "ServiceAccount"
                or c.current.effective_namespace == referrer_id.effective_namespace
            ]
        if len(found) == 1:
            return found[0].resource
        found = [c for c in found if _affixes_equal(c.resource, self.referrer, True)]
        if len(found) > 1:
            found = [c for c in found if _affixes_equal(c.resource, self.referrer, False)]
        if len(found) == 1:
            return found[0].resource
        if not found:
            return None
        first = found[0].current
        if all(
            c.current.name == first.name and (not by_namespace_too or c.current.namespace == first.namespace)
            for c in found
        ):
            return found[0].resource
        ids = ", ".join(str(c.current) for c in found)
        raise KustomizeError(
            f"found multiple possible referrals: {ids}",
            field=self.spec.path,
            obj=self.referrer.describe(),
        )

    def set_value(self, container: Any, key: Any) -> None:
        value = container[key]
        if value is None:
            return
        if isinstance(value, (str, int, float, bool)):
            self._set_scalar(container, key)
        elif isinstance(value, dict):
            self._set_mapping(value)
        elif isinstance(value, list):
            for index, element in enumerate(value):
                if isinstance(element, dict):
                    self._set_mapping(element)
                elif element is not None:
                    self._set_scalar(value, index)

    def _set_scalar(self, container: Any, key: Any) -> None:
        old = container[key]
        old_text = old if isinstance(old, str) else str(old)
        referral = self.select(old_text, _any_candidate, False)
        if referral is None or referral.name == old_text:
            return
        container[key] = referral.name

    def _set_mapping(self, node: dict) -> None:
        if "name" not in node:
            raise KustomizeError(
                "path config error; no 'name' field in node", field=self.spec.path, obj=self.referrer.describe()
            )
        extra = _any_candidate
        if "namespace" in node:
            namespace = str(node.get("namespace") or "")
            allowed = [c for c in self.index.candidates if self.allowed(c)]
            if any(not c.original.cluster_scoped and c.original.effective_namespace == namespace for c in allowed):
                extra = lambda c: not c.original.cluster_scoped and c.original.effective_namespace == namespace  # noqa: E731
            else:
                extra = lambda c: not c.current.cluster_scoped and c.current.effective_namespace == namespace  # noqa: E731
        old_name = str(node.get("name") or "")
        referral = self.select(old_name, extra, True)
        if referral is None:
            return
        if referral.name == old_name and not referral.namespace:
            return
        node["name"] = referral.name
        if referral.namespace:
            node["namespace"] = referral.namespace


def _any_candidate(candidate: _Candidate) -> bool:
    return True


def _allowed_for(referrer: Resource) -> Any:
    """kustomize's SubsetThatCouldBeReferencedByResource, as a predicate."""
    referrer_id = referrer.cur_id()
    if referrer_id.cluster_scoped:
        return _any_candidate
    binding_namespaces: set[str] = set()
    if referrer.kind == "RoleBinding":
        for subject in referrer.obj.get("subjects") or []:
            if isinstance(subject, dict) and subject.get("kind") == "ServiceAccount" and "namespace" in subject:
                if not isinstance(subject["namespace"], str):
                    # api/resmap/reswrangler.go getNamespacesForRoleBinding: a `namespace:` with no value
                    raise KustomizeError(
                        f"Invalid Input: namespace is blank for resource {referrer_id}: give the subject "
                        f"'{subject.get('name')}' a namespace, or drop the key",
                        field="subjects",
                        obj=referrer.describe(),
                    )
                binding_namespaces.add(subject["namespace"])
    namespace = referrer_id.effective_namespace

    def allowed(candidate: _Candidate) -> bool:
        current = candidate.current
        return (
            current.cluster_scoped
            or current.effective_namespace == namespace
            or candidate.resource.namespace in binding_namespaces
        )

    return allowed


def fix_name_references(resmap: ResMap, references: list[NameReference]) -> None:
    plan: dict[int, list[tuple[NameReference, FieldSpec]]] = {}
    resources = list(resmap)
    original_ids = [r.org_id() for r in resources]
    for reference in references:
        for spec in reference.specs:
            for index, original in enumerate(original_ids):
                if _gvk_selected(original, spec.kind, spec.group, spec.version):
                    plan.setdefault(index, []).append((reference, spec))
    index = _ReferenceIndex(resmap)
    for position, steps in plan.items():
        referrer = resources[position]
        allowed = _allowed_for(referrer)
        for reference, spec in steps:
            fixer = _ReferenceFixer(referrer, reference, spec, allowed, index)
            # The referrer is chosen by its original kind, the field then visited whatever its kind is now
            # (api/filters/nameref/nameref.go sets the spec's GVK to the referrer's current one).
            any_kind = replace(spec, kind="", group="", version="")
            try:
                visit_fieldspec(referrer.obj, any_kind, fixer.set_value)
            except KustomizeError as problem:
                raise problem.located(field=spec.path, obj=referrer.describe()) from None
