"""Strict schema check of every object: core kinds against kubernetes-validate's schemas, custom kinds against CRDs.

Nothing is parsed or compiled before it is needed: the core definitions (1.5 MB) are read once per Kubernetes
version, a kind's schema file once, and one compiled validator per (group, version, kind) is kept and reused.
The project's CRDs are indexed by (group, kind) from a text scan of their files; a CRD file is parsed, and one of
its versions compiled, only when an object of that kind is checked. CustomResourceDefinitions found among the
manifests under check are honoured too (they are what `validate` sees in YAML written elsewhere).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Iterator

import jsonschema
import yaml
from referencing import Registry, Resource

from mlmanifests.checks import crd_dialect
from mlmanifests.checks.schema_validity import Predicate, Unsupported, compile_validity
from mlmanifests.checks.api_versions import moved_api
from mlmanifests.checks.findings import Finding, error, join_path
from mlmanifests.checks.manifest_set import ManifestSet
from mlmanifests.manifests import Manifest

DEFINITIONS_URI = "https://kubernetes.io/api/_definitions.json"
CRD_KIND = ("apiextensions.k8s.io", "CustomResourceDefinition")
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# ---------------------------------------------------------------------------------------------- core schemas


def _schema_root() -> Traversable:
    return resources.files("kubernetes_validate").joinpath("kubernetes-json-schema")


@cache
def strict_schema_folder(kubernetes_version: str) -> Traversable:
    """The `vX.Y.0-local-strict` folder of the newest version not newer than `kubernetes_version`."""
    wanted = _version_tuple(kubernetes_version)
    shipped = {
        _version_tuple(entry.name[1:].split("-")[0]): entry
        for entry in _schema_root().iterdir()
        if entry.name.startswith("v") and entry.name.endswith("-local-strict")
    }
    usable = [version for version in shipped if version[:2] <= wanted[:2]]
    if not usable:
        oldest = ".".join(map(str, min(shipped)[:2]))
        raise ValueError(f"Kubernetes version {kubernetes_version!r} is older than the oldest schemas shipped ({oldest})")
    return shipped[max(usable)]


def _version_tuple(text: str) -> tuple[int, ...]:
    match = re.fullmatch(r"v?(\d+)\.(\d+)(?:\.(\d+))?", text.strip())
    if not match:
        raise ValueError(f"not a Kubernetes version: {text!r} (expected MAJOR.MINOR, e.g. 1.35)")
    return tuple(int(part or 0) for part in match.groups())


def _is_core_group(group: str) -> bool:
    return group == "" or "." not in group or group.endswith(".k8s.io")


# -------------------------------------------------------------------------------------------------- CRDs


@dataclass
class CrdDefinition:
    """The versions one CRD serves, each with its structural schema, and which of them are deprecated."""

    group: str
    kind: str
    namespaced: bool
    schemas: dict[str, dict[str, Any]] = field(default_factory=dict)  # served version -> openAPIV3Schema
    deprecated: dict[str, str] = field(default_factory=dict)  # served version -> deprecation warning
    unserved: list[str] = field(default_factory=list)
    # compiled validators, kept with the definition: (schema folder, version) -> validator
    compiled: dict[tuple[str, str], CompiledSchema] = field(default_factory=dict, repr=False, compare=False)
    # compiled x-kubernetes-validations, kept with the definition (crd_rules): id(schema node) -> (node, rules)
    rules: dict[int, tuple[dict[str, Any], list]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_body(cls, body: dict[str, Any]) -> CrdDefinition:
        spec = body.get("spec") or {}
        definition = cls(spec.get("group", ""), (spec.get("names") or {}).get("kind", ""), spec.get("scope") != "Cluster")
        for version in spec.get("versions") or []:
            name = version.get("name", "")
            if not version.get("served", True):
                definition.unserved.append(name)
                continue
            schema = (version.get("schema") or {}).get("openAPIV3Schema") or {"x-kubernetes-preserve-unknown-fields": True}
            definition.schemas[name] = schema
            if version.get("deprecated"):
                definition.deprecated[name] = version.get("deprecationWarning") or f"{definition.group}/{name} is deprecated"
        return definition

    @property
    def newest_version(self) -> str:
        return _newest(self.schemas)


def _newest(versions) -> str:
    """Kubernetes version priority: GA > beta > alpha, then the higher number."""
    def rank(version: str) -> tuple[int, int, int]:
        match = re.fullmatch(r"v(\d+)(?:(alpha|beta)(\d+))?", version)
        if not match:
            return (-1, 0, 0)
        stage = {"alpha": 0, "beta": 1, None: 2}[match.group(2)]
        return (stage, int(match.group(1)), int(match.group(3) or 0))

    return max(versions, key=rank, default="")


_GROUP_LINE = re.compile(r"^  group: *['\"]?([^'\"\s]+)", re.MULTILINE)
_KIND_LINE = re.compile(r"^  names:\n(?:    .*\n)*?    kind: *['\"]?([^'\"\s]+)", re.MULTILINE)


def _crd_root() -> Traversable:
    return resources.files("mlmanifests").joinpath("crds")


@cache
def project_crd_files() -> dict[tuple[str, str], Traversable]:
    """(group, kind) -> the CRD file under the package's `crds/` folder, found without parsing the YAML."""
    index: dict[tuple[str, str], Traversable] = {}
    for path in _walk_yaml(_crd_root()):
        text = path.read_text(encoding="utf-8")
        group, kind = _GROUP_LINE.search(text), _KIND_LINE.search(text)
        if group and kind:
            index[(group.group(1), kind.group(1))] = path
        else:  # unusual layout: parse it
            for body in yaml.load_all(text, Loader=_YAML_LOADER):
                if body and (body.get("apiVersion", "").split("/")[0], body.get("kind")) == CRD_KIND:
                    definition = CrdDefinition.from_body(body)
                    index[(definition.group, definition.kind)] = path
    return index


def _walk_yaml(folder: Traversable) -> Iterator[Traversable]:
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.is_dir() and entry.name == VARIANTS:
            continue  # other builds of kinds indexed here already: see `crd_variant`
        if entry.is_dir():
            yield from _walk_yaml(entry)
        elif entry.name.endswith((".yaml", ".yml")):
            yield entry


@cache
def project_crd(group: str, kind: str) -> CrdDefinition | None:
    path = project_crd_files().get((group, kind))
    if path is None:
        return None
    for body in crd_documents(path.read_text(encoding="utf-8")):
        if body and body.get("kind") == "CustomResourceDefinition":
            definition = CrdDefinition.from_body(body)
            if (definition.group, definition.kind) == (group, kind):
                return definition
    return None


VARIANTS = "variants"
# A custom resource whose CRD the platform replaces: (group, kind) -> (field path, value) that tells the platform,
# and the variant folder under crds/variants/. AKS installs Azure's build of the Karpenter CRDs, with its own
# CEL rules on labels; a NodePool for AKS names the AKSNodeClass group in spec.template.spec.nodeClassRef.
CRD_VARIANTS = {
    ("karpenter.sh", "NodePool"): (("spec", "template", "spec", "nodeClassRef", "group"), "karpenter.azure.com",
                                   "karpenter-provider-azure/karpenter.sh_nodepools.yaml"),
}


@cache
def crd_variant(relative_path: str) -> CrdDefinition | None:
    path = _crd_root().joinpath(VARIANTS, *relative_path.split("/"))
    for body in crd_documents(path.read_text(encoding="utf-8")):
        if body and body.get("kind") == "CustomResourceDefinition":
            return CrdDefinition.from_body(body)
    return None


def crd_for(manifest: Manifest, local: dict[tuple[str, str], CrdDefinition]) -> CrdDefinition | None:
    """The CRD the object's cluster validates it with: one in the input, the platform's variant, or the project's."""
    key = (manifest.group, manifest.kind)
    if key in local:
        return local[key]
    variant = CRD_VARIANTS.get(key)
    if variant is not None:
        path, value, relative = variant
        node: Any = manifest.body
        for step in path:
            node = node.get(step) if isinstance(node, dict) else None
        if node == value:
            return crd_variant(relative)
    return project_crd(*key)


def crd_documents(text: str) -> list[Any]:
    """The YAML documents of a CRD file, through a JSON cache keyed by the file's content and the tool version.

    The CRDs are large (Argo CD's ApplicationSet is 1.4 MB); even libyaml needs ~0.1 s/MB, json ~10x less. The
    cache lives in $MLMANIFESTS_CACHE_DIR or ~/.cache/mlmanifests and is only an accelerator: an entry is used
    only when it verifies (a regular file of bounded size in a folder only its owner can write, whose payload
    matches the SHA-256 recorded with it and has the shape of CRD documents); anything else is rebuilt from YAML.
    """
    key = hashlib.sha256(f"{_CACHE_FORMAT}\0{yaml.__version__}\0".encode() + text.encode("utf-8")).hexdigest()[:40]
    cached = _cache_dir() / f"crd-{key}.json"
    documents = _read_verified(cached, limit=max(4 * len(text), 1 << 16))
    if documents is not None:
        return documents
    documents = list(yaml.load_all(text, Loader=_YAML_LOADER))
    try:
        payload = json.dumps(documents, sort_keys=True)
        entry = json.dumps({"sha256": hashlib.sha256(payload.encode()).hexdigest()}) + "\n" + payload
        cached.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        scratch = cached.with_suffix(f".{os.getpid()}.tmp")
        scratch.write_text(entry, encoding="utf-8")
        os.replace(scratch, cached)
    except (OSError, TypeError, ValueError):
        pass
    return documents


def _cache_dir() -> Path:
    configured = os.environ.get("MLMANIFESTS_CACHE_DIR")
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "mlmanifests"


_CACHE_FORMAT = "crd-cache-2"
"""Part of every cache key: a change of format (or of the YAML library) never reads an older entry."""


def _read_verified(cached: Path, *, limit: int) -> list[Any] | None:
    """The documents in a cache entry, or None when it is absent or does not verify."""
    try:
        folder = os.stat(cached.parent)
        if folder.st_uid != os.getuid() or folder.st_mode & 0o022:
            return None  # a folder others can write to is no cache to trust
        fd = os.open(cached, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        with os.fdopen(fd, "rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
                return None
            data = stream.read(limit + 1)
        if len(data) > limit:
            return None
        header, _, payload = data.partition(b"\n")
        if json.loads(header).get("sha256") != hashlib.sha256(payload).hexdigest():
            return None
        documents = json.loads(payload)
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(documents, list) or not all(isinstance(d, dict) or d is None for d in documents):
        return None
    return documents


# --------------------------------------------------------------------------------------- compiled validators


@dataclass
class CompiledSchema:
    validator: jsonschema.protocols.Validator
    structural: dict[str, Any] | None = None  # the CRD schema, for defaulting; None for core kinds
    valid: Predicate | None = field(default=None, repr=False, compare=False)
    """The fast yes/no (checks/schema_validity); None once it met a keyword only jsonschema evaluates, or when none
    was compiled: then jsonschema answers every object."""

    def errors(self, body: dict[str, Any]) -> Iterator[jsonschema.ValidationError]:
        """What jsonschema finds wrong with the object (after CRD defaulting); it runs only where `valid` says no."""
        instance = crd_dialect.apply_defaults(self.structural, body) if self.structural is not None else body
        if self._is_valid(instance):
            return iter(())
        return self.validator.iter_errors(instance)

    def _is_valid(self, instance: Any) -> bool:
        if self.valid is None:
            return False
        try:
            return self.valid(instance)
        except Unsupported:  # a part of the schema this object reached holds a keyword only jsonschema evaluates
            self.valid = None
            return False


def compiled_schema(schema: dict[str, Any], registry: Registry, structural: dict[str, Any] | None = None) -> CompiledSchema:
    """jsonschema's validator of `schema` and the predicate that spares running it on valid objects, both
    resolving references in `registry`."""
    return CompiledSchema(jsonschema.Draft202012Validator(schema, registry=registry), structural,
                          compile_validity(schema, registry))


class SchemaCatalog:
    """Compiled validators of one Kubernetes version, built on first use and kept."""

    def __init__(self, kubernetes_version: str) -> None:
        self.folder = strict_schema_folder(kubernetes_version)
        self._registry: Registry | None = None
        self._compiled: dict[tuple[str, str, str], CompiledSchema | None] = {}

    @property
    def registry(self) -> Registry:
        if self._registry is None:
            definitions = json.loads(self.folder.joinpath("_definitions.json").read_text(encoding="utf-8"))
            self._registry = Registry().with_resource(DEFINITIONS_URI, Resource.from_contents(definitions))
        return self._registry

    def core(self, group: str, version: str, kind: str) -> CompiledSchema | None:
        key = (group, version, kind)
        if key not in self._compiled:
            self._compiled[key] = self._compile_core(group, version, kind)
        return self._compiled[key]

    def _compile_core(self, group: str, version: str, kind: str) -> CompiledSchema | None:
        if not _is_core_group(group):
            return None
        api = f"{group.split('.')[0]}-{version}" if group else version
        path = self.folder.joinpath(f"{kind.lower()}-{api}.json")
        if not path.is_file():
            return None
        schema = json.loads(path.read_text(encoding="utf-8"))
        declared = schema.get("x-kubernetes-group-version-kind") or []
        if not any((gvk.get("group", ""), gvk.get("version"), gvk.get("kind")) == (group, version, kind) for gvk in declared):
            return None
        return compiled_schema(schema, self.registry)

    def core_kind_versions(self, group: str, kind: str) -> list[str]:
        """Versions of a core kind the shipped schemas know (to name the replacement of an unserved one)."""
        if not _is_core_group(group):
            return []
        prefix = f"{kind.lower()}-{group.split('.')[0]}-" if group else f"{kind.lower()}-"
        found = []
        for entry in self.folder.iterdir():
            name = entry.name
            if name.startswith(prefix) and name.endswith(".json"):
                version = name[len(prefix):-5]
                if re.fullmatch(r"v\d+(?:(?:alpha|beta)\d+)?", version):
                    found.append(version)
        return found

    def custom(self, definition: CrdDefinition, version: str) -> CompiledSchema | None:
        structural = definition.schemas.get(version)
        if structural is None:
            return None
        key = (self.folder.name, version)
        if key not in definition.compiled:
            definition.compiled[key] = compiled_schema(crd_dialect.to_json_schema(structural), self.registry, structural)
        return definition.compiled[key]


@cache
def schema_catalog(kubernetes_version: str) -> SchemaCatalog:
    return SchemaCatalog(kubernetes_version)


# ------------------------------------------------------------------------------------------------- the check


def local_crds(manifests: ManifestSet) -> dict[tuple[str, str], CrdDefinition]:
    """CRDs that are themselves among the manifests under check."""
    found = {}
    for manifest in manifests.manifests:
        if (manifest.group, manifest.kind) == CRD_KIND:
            definition = CrdDefinition.from_body(manifest.body)
            found[(definition.group, definition.kind)] = definition
    return found


def find_crd(group: str, kind: str, local: dict[tuple[str, str], CrdDefinition]) -> CrdDefinition | None:
    return local.get((group, kind)) or project_crd(group, kind)


def check_schemas(manifests: ManifestSet) -> Iterator[Finding]:
    catalog = schema_catalog(manifests.kubernetes_version)
    local = local_crds(manifests)
    for manifest in manifests.manifests:
        yield from _check_one(manifest, manifests, catalog, local)


def _check_one(manifest: Manifest, manifests: ManifestSet, catalog: SchemaCatalog, local) -> Iterator[Finding]:
    body = manifest.body
    if not isinstance(body.get("apiVersion"), str) or not isinstance(body.get("kind"), str) or not body["kind"]:
        yield error(manifest, "schema", "", "not a Kubernetes object: `apiVersion` and `kind` must both be strings",
                    "every document must start with apiVersion and kind")
        return
    if manifests.is_kro_instance(manifest):
        return  # its schema is the ResourceGraphDefinition's, checked by the kro check
    group, version, kind = manifest.group, manifest.version, manifest.kind

    compiled = catalog.core(group, version, kind)
    definition = None
    if compiled is None:
        definition = crd_for(manifest, local)
        if definition is not None:
            compiled = catalog.custom(definition, version)
    if compiled is not None:
        yield from _validation_findings(manifest, compiled)
        return

    served = list(definition.schemas) if definition else catalog.core_kind_versions(group, kind)
    moved = moved_api(group, version, kind)
    if served or moved:
        replacement = moved.replacement if moved else f"{group + '/' if group else ''}{_newest(served)}"
        note = f"; {moved.note}" if moved and moved.note else ""
        yield error(manifest, "removed-api", "apiVersion",
                    f"{manifest.api_version} {kind} is no longer served; use {replacement}",
                    f"change apiVersion to {replacement}{note}")
        return
    yield error(manifest, "schema", "", f"no schema for {kind} in {manifest.api_version}: the kind cannot be checked",
                "add the kind's CRD under src/mlmanifests/crds/ (or include the CustomResourceDefinition in the input)")


def _validation_findings(manifest: Manifest, compiled: CompiledSchema) -> Iterator[Finding]:
    for failure in compiled.errors(manifest.body):
        location = list(failure.absolute_path)
        if failure.validator == "additionalProperties" and isinstance(failure.instance, dict):
            known = failure.schema.get("properties") or {}
            patterns = failure.schema.get("patternProperties") or {}
            for name in sorted(failure.instance):
                if name not in known and not any(re.search(p, name) for p in patterns):
                    yield error(manifest, "schema", join_path(*location, name), f"unknown field `{name}`",
                                "remove it or fix its spelling; the API server would drop it silently")
            continue
        yield error(manifest, "schema", join_path(*location), _message(failure), "")


def _message(failure: jsonschema.ValidationError) -> str:
    if failure.validator in ("oneOf", "anyOf") and failure.context:
        types = sorted({t for sub in failure.context if sub.validator == "type"
                        for t in ([sub.validator_value] if isinstance(sub.validator_value, str) else sub.validator_value)
                        if t != "null"})
        if types:
            return f"{_short(failure.instance)} has the wrong type: expected {' or '.join(types)}"
    if failure.validator == "type":
        wanted = failure.validator_value if isinstance(failure.validator_value, list) else [failure.validator_value]
        return f"{_short(failure.instance)} has the wrong type: expected {' or '.join(t for t in wanted if t != 'null')}"
    return failure.message


def _short(value: Any) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) <= 60 else text[:57] + "..."
