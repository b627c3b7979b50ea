"""One reference from an object to another: the field that holds it, the identities that satisfy it, the keys it needs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from mlmanifests.manifests import Manifest, ObjectId

ANY = "*"  # in a candidate's group or namespace: matches any


@dataclass(frozen=True)
class KeyNeed:
    """A key the referred ConfigMap or Secret must hold, read at `path`; `alternatives` are other key sets that
    do as well (an Istio credential holds `tls.crt`+`tls.key` or `cert`+`key`)."""

    path: str
    keys: tuple[str, ...]
    alternatives: tuple[tuple[str, ...], ...] = ()

    @property
    def options(self) -> tuple[tuple[str, ...], ...]:
        return (self.keys, *self.alternatives)

    @property
    def label(self) -> str:
        return " or ".join(" and ".join(repr(key) for key in option) for option in self.options)


@dataclass(frozen=True)
class Reference:
    """`candidates` are identities any one of which satisfies the reference; "*" in a candidate's group or namespace
    matches any. `rule` names the finding when the kind of reference, not the referred kind, names it."""

    source: Manifest
    path: str
    candidates: tuple[ObjectId, ...]
    rule: str = ""
    keys: tuple[KeyNeed, ...] = ()
    note: str = ""  # why the reference points where it does, appended to the finding's message
    optional_allowed: bool = True  # the field has an `optional` flag (pod references) the fix may suggest

    @property
    def label(self) -> str:
        return " or ".join(str(candidate).replace("*/", "") for candidate in self.candidates)


def is_literal_name(name: Any) -> bool:
    """A name the checks can resolve: a non-empty string that is not a kro `${…}` expression."""
    return isinstance(name, str) and bool(name) and "${" not in name


def named(manifest: Manifest, path: str, group: str, kind: str, name: Any, namespace: str | None = None,
          keys: tuple[KeyNeed, ...] = (), rule: str = "") -> Iterator[Reference]:
    """The reference to `kind` `name` (in the manifest's namespace unless `namespace`), if `name` is literal."""
    if is_literal_name(name):
        ns = manifest.namespace if namespace is None else namespace
        yield Reference(manifest, path, (ObjectId(group, kind, ns, name),), rule, keys)
