"""Offline check of kro ResourceGraphDefinitions, which kro itself validates only inside a cluster.

For each RGD: resource ids are valid CEL identifiers that kro accepts; every `${...}` parses as CEL; every
reference resolves to `schema` or a declared id and its field path exists in that resource's schema (its CRD
or core schema, or the instance schema built from SimpleSchema); the dependency graph is acyclic (its
topological order is in `GraphAnalysis.order`); each template validates against its kind's schema, where a
standalone expression stands for a value of its field's type once its own type (when it can be told) fits;
`readyWhen`/`includeWhen` are boolean and reference what kro allows; every instance spec field is used.
Instances of an RGD's kind in the same set are validated against the instance schema.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any, Iterator

import jsonschema

from mlmanifests.checks import crd_dialect
from mlmanifests.checks.findings import Finding, error, info, join_path, warning
from mlmanifests.checks.kro_cel import (
    NestedExpression, Reference, find_expressions, infer_type, parse, parses, reference_paths, standalone, walk_strings,
)
from mlmanifests.checks.kro_schema import FieldSchemas, SimpleSchemaError, instance_schema, type_fits
from mlmanifests.checks.manifest_set import KRO_GROUP, ManifestSet
from mlmanifests.checks.schemas import find_crd, schema_catalog
from mlmanifests.checks.security import EXEMPTIBLE_RULES, check_security
from mlmanifests.manifests import Manifest

SCHEMA_VARIABLE = "schema"
_ID = re.compile(r"^[a-z][a-zA-Z0-9]*$")
# kro's reserved words (pkg/graph/validation.go) and CEL's reserved identifiers.
RESERVED_IDS = frozenset({
    "apiVersion", "context", "dependency", "dependencies", "each", "externalRef", "externalReference", "externalRefs",
    "externalReferences", "graph", "instance", "item", "items", "kind", "kro", "metadata", "namespace", "object",
    "resource", "resourcegraphdefinition", "resourceGraphDefinition", "resources", "root", "runtime", "schema", "self",
    "serviceAccountName", "spec", "status", "this", "variables", "vars", "version",
    "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if", "import",
    "let", "loop", "package", "return", "var", "void", "while",
})
_SAMPLES = {"string": "x", "integer": 1, "number": 1, "boolean": True, "object": {}, "array": []}


@dataclass
class GraphAnalysis:
    """What the check learned about one RGD: its findings, each resource's dependencies and a topological order."""

    manifest: Manifest
    findings: list[Finding] = field(default_factory=list)
    dependencies: dict[str, set[str]] = field(default_factory=dict)
    """resource id -> ids its expressions read (schema excluded)."""
    order: list[str] = field(default_factory=list)
    """Resource ids in an order kro can create them (empty when the graph has a cycle)."""
    kinds: dict[str, str] = field(default_factory=dict)
    """resource id -> its kind."""
    external: set[str] = field(default_factory=set)
    """ids of externalRef resources."""
    reads: dict[str, set[str]] = field(default_factory=dict)
    """resource id -> field paths (as text) it reads, `schema.spec...` included."""


def check_kro_graphs(manifests: ManifestSet) -> Iterator[Finding]:
    instance_schemas: dict[tuple[str, str, str], dict[str, Any]] = {}
    for manifest in manifests.manifests:
        if manifest.group == KRO_GROUP and manifest.kind == "ResourceGraphDefinition":
            analysis = analyze_graph(manifest, manifests.kubernetes_version)
            yield from analysis.findings
            if analysis.order and not any(f.severity == "error" for f in analysis.findings):
                yield info(manifest, "kro-graph-order", "spec.resources",
                           f"acyclic graph of {len(analysis.order)} resources; kro creates them in the order "
                           + " -> ".join(analysis.order))
            block = (manifest.body.get("spec") or {}).get("schema") or {}
            try:
                key = (block.get("group") or KRO_GROUP, str(block.get("apiVersion")), str(block.get("kind")))
                instance_schemas[key] = instance_schema(block)
            except SimpleSchemaError:
                continue  # reported by analyze_graph
    for manifest in manifests.manifests:
        schema = instance_schemas.get((manifest.group, manifest.version, manifest.kind))
        if schema is not None:
            yield from check_instance(manifest, schema, manifests.kubernetes_version)


def check_instance(manifest: Manifest, schema: dict[str, Any], kubernetes_version: str) -> Iterator[Finding]:
    """An instance against its RGD's instance schema: types, defaults, minimum/maximum, enum, required."""
    structural = {"type": "object", "properties": {"spec": schema["properties"]["spec"],
                                                   "status": {"type": "object", "x-kubernetes-preserve-unknown-fields": True}}}
    validator = jsonschema.Draft202012Validator(crd_dialect.to_json_schema(structural), registry=schema_catalog(kubernetes_version).registry)
    for failure in validator.iter_errors(crd_dialect.apply_defaults(structural, manifest.body)):
        yield error(manifest, "kro-instance", join_path(*failure.absolute_path), failure.message,
                    "fix the value to match the GemmaOnTPUServer schema in the ResourceGraphDefinition")


def analyze_graph(manifest: Manifest, kubernetes_version: str = "1.35") -> GraphAnalysis:
    return _GraphCheck(manifest, FieldSchemas(kubernetes_version)).run()


class _GraphCheck:
    def __init__(self, manifest: Manifest, schemas: FieldSchemas) -> None:
        self.manifest, self.schemas = manifest, schemas
        self.analysis = GraphAnalysis(manifest)
        spec = manifest.body.get("spec") or {}
        self.schema_block = spec.get("schema") or {}
        self.resources = [r for r in spec.get("resources") or [] if isinstance(r, dict)]
        self.kind_schemas: dict[str, dict[str, Any] | None] = {}
        self.instance: dict[str, Any] | None = None

    def finding(self, rule: str, path: str, message: str, hint: str = "", severity: str = "error") -> None:
        make = error if severity == "error" else warning
        self.analysis.findings.append(make(self.manifest, rule, path, message, hint))

    def run(self) -> GraphAnalysis:
        try:
            self.instance = instance_schema(self.schema_block)
        except SimpleSchemaError as problem:
            self.finding("kro-simple-schema", "spec.schema", str(problem), "fix the SimpleSchema declaration")
        ids = self._ids()
        for resource in self.resources:  # every kind first: expressions may read resources declared further down
            body = resource.get("template") or resource.get("externalRef")
            if isinstance(body, dict) and body.get("apiVersion") and body.get("kind"):
                schema = self.schemas.kind_schema(str(body["apiVersion"]), str(body["kind"]))
                self.kind_schemas[str(resource.get("id"))] = schema
        for index, resource in enumerate(self.resources):
            self._resource(index, resource, ids)
        for path, value in walk_strings(self.schema_block.get("status") or {}, ("spec", "schema", "status")):
            self._expressions(join_path(*path), value, owner=None, ids=ids)
        self._order()
        self._unused_spec_fields()
        return self.analysis

    # ---------------------------------------------------------------------------------------------- ids

    def _ids(self) -> set[str]:
        seen: set[str] = set()
        for index, resource in enumerate(self.resources):
            resource_id, where = resource.get("id"), f"spec.resources[{index}].id"
            if not isinstance(resource_id, str) or not _ID.match(resource_id):
                self.finding("kro-id", where, f"resource id {resource_id!r} is not a lowerCamelCase CEL identifier",
                             "use letters and digits only, starting lowercase (e.g. checkpointJob)")
            elif resource_id in RESERVED_IDS:
                self.finding("kro-id", where, f"resource id {resource_id!r} is reserved by kro or CEL", "rename the resource")
            elif resource_id in seen:
                self.finding("kro-id", where, f"resource id {resource_id!r} is declared twice", "give each resource its own id")
            if isinstance(resource_id, str):
                seen.add(resource_id)
        return seen

    # ------------------------------------------------------------------------------------------ resources

    def _resource(self, index: int, resource: dict[str, Any], ids: set[str]) -> None:
        resource_id, where = str(resource.get("id", f"#{index}")), f"spec.resources[{index}]"
        self.analysis.dependencies.setdefault(resource_id, set())
        template, external = resource.get("template"), resource.get("externalRef")
        if (template is None) == (external is None):
            self.finding("kro-resource", where, f"resource {resource_id}: set exactly one of template or externalRef")
            return
        body = template if template is not None else external
        if not isinstance(body, dict):
            self.finding("kro-resource", where, f"resource {resource_id}: template/externalRef must be an object")
            return
        if external is not None:
            self.analysis.external.add(resource_id)
            self._external_ref(resource_id, where + ".externalRef", external)
        api_version, kind = body.get("apiVersion"), body.get("kind")
        self.analysis.kinds[resource_id] = str(kind)
        schema = self.kind_schemas.get(resource_id)
        if schema is None:
            self.finding("kro-unknown-kind", f"{where}.{'template' if template is not None else 'externalRef'}",
                         f"resource {resource_id}: no schema for {kind} in {api_version}, so its fields cannot be checked",
                         "add the kind's CRD under src/mlmanifests/crds/")
        body_where = f"{where}.{'template' if template is not None else 'externalRef.metadata'}"
        expression_paths: dict[tuple[str | int, ...], str] = {}
        scanned = body if template is not None else (external.get("metadata") or {})
        for path, value in walk_strings(scanned):
            found = self._expressions(join_path(body_where, *path), value, owner=resource_id, ids=ids)
            if found is not None:
                expression_paths[path] = value
        for key, allowed in (("readyWhen", {resource_id}), ("includeWhen", None)):
            for position, condition in enumerate(resource.get(key) or []):
                self._condition(resource_id, f"{where}.{key}[{position}]", condition, allowed, ids, key)
        if template is not None and schema is not None:
            self._template(resource_id, body_where, template, schema, expression_paths)
        if template is not None:
            self._security(resource_id, body_where, template)

    def _external_ref(self, resource_id: str, where: str, external: dict[str, Any]) -> None:
        extra = sorted(set(external) - {"apiVersion", "kind", "metadata"})
        if extra:
            self.finding("kro-external-ref", f"{where}.{extra[0]}",
                         f"resource {resource_id}: externalRef has {', '.join(extra)} beside apiVersion/kind/metadata",
                         "move name and namespace under externalRef.metadata")
        metadata = external.get("metadata")
        if not isinstance(metadata, dict) or not (metadata.get("name") or metadata.get("selector")):
            self.finding("kro-external-ref", f"{where}.metadata",
                         f"resource {resource_id}: externalRef.metadata must name the object (metadata.name) or select it",
                         "write externalRef: {apiVersion, kind, metadata: {name, namespace}}")
        for key in ("apiVersion", "kind"):
            if not isinstance(external.get(key), str):
                self.finding("kro-external-ref", f"{where}.{key}", f"resource {resource_id}: externalRef.{key} is missing")

    # -------------------------------------------------------------------------------------- expressions

    def _expressions(self, where: str, value: str, owner: str | None, ids: set[str]) -> list | None:
        """Parse and resolve every expression in one field value; None when it has none."""
        try:
            found = find_expressions(value)
        except NestedExpression as problem:
            self.finding("kro-cel-syntax", where, str(problem), "quote inner `${` inside a string literal")
            return None
        if not found:
            return None
        for embedded in found:
            self._resolve(where, embedded.text, owner, ids)
        return found

    def _resolve(self, where: str, text: str, owner: str | None, ids: set[str], subject: str = "") -> list[Reference] | None:
        """Parse one expression; check each reference; record what `owner` (None: no resource) reads."""
        subject = f"resource {owner}: " if owner else subject
        try:
            tree = parse(text)
        except Exception as problem:  # celpy.CELParseError and lark errors: the expression is not CEL
            first_line = str(problem).splitlines()[0] if str(problem) else type(problem).__name__
            self.finding("kro-cel-syntax", where, f"{subject}`${{{text}}}` is not valid CEL: {first_line}", "fix the expression")
            return None
        references = reference_paths(tree)
        for reference in references:
            if reference.root != SCHEMA_VARIABLE and reference.root not in ids:
                self.finding("kro-unknown-reference", where,
                             f"{subject}`{reference}` refers to {reference.root!r}, which is neither `schema` nor a resource id",
                             f"declared ids: {', '.join(sorted(ids)) or 'none'}")
                continue
            if owner is not None:
                self.analysis.reads.setdefault(owner, set()).add(str(reference))
                if reference.root != SCHEMA_VARIABLE and reference.root != owner:
                    self.analysis.dependencies.setdefault(owner, set()).add(reference.root)
            if self._reference_schema(reference) is None and self._root_schema(reference.root) is not None:
                self.finding("kro-unknown-field", where,
                             f"{subject}`{reference}`: {reference.root} has no field {join_path(*reference.path)}",
                             "check the field path against the resource's schema")
        return references

    def _root_schema(self, root: str) -> dict[str, Any] | None:
        return self.instance if root == SCHEMA_VARIABLE else self.kind_schemas.get(root)

    def _reference_schema(self, reference: Reference) -> dict[str, Any] | None:
        root = self._root_schema(reference.root)
        return None if root is None else self.schemas.at(root, reference.path)

    def _type_of(self, reference: Reference) -> str | None:
        schema = self._reference_schema(reference)
        if schema is None:
            return None
        types = self.schemas.json_types(schema) - {"any"}
        return types.pop() if len(types) == 1 else None

    def _condition(self, owner: str, where: str, condition: Any, allowed: set[str] | None, ids: set[str], key: str) -> None:
        if not isinstance(condition, str):
            self.finding("kro-condition", where, f"{key} entries are strings holding one ${{...}} expression")
            return
        try:
            found = find_expressions(condition)
        except NestedExpression as problem:
            self.finding("kro-cel-syntax", where, str(problem), "quote inner `${` inside a string literal")
            return
        if not found or not standalone(condition, found):
            self.finding("kro-condition", where, f"{key} entry {condition!r} is not one standalone ${{...}} expression",
                         "wrap the whole condition in ${...}")
            return
        references = self._resolve(where, found[0].text, None, ids, subject=f"resource {owner}: ") or []
        for reference in references:
            if allowed is not None and reference.root not in allowed:
                self.finding("kro-condition", where, f"readyWhen of {owner} reads `{reference}`; readyWhen may read only {owner} itself",
                             "move the condition to the resource it is about")
            elif reference.root != SCHEMA_VARIABLE and reference.root != owner:
                self.analysis.dependencies.setdefault(owner, set()).add(reference.root)
        tree = parses(found[0].text)
        value_type = infer_type(tree, self._type_of) if tree is not None else None
        if value_type is not None and value_type != "boolean":
            self.finding("kro-condition-type", where, f"{key} expression `{found[0].text}` is {value_type}, not boolean",
                         "compare it, e.g. `== \"True\"`")

    # --------------------------------------------------------------------------------------- templates

    def _template(self, resource_id: str, where: str, template: dict[str, Any], schema: dict[str, Any],
                  expression_paths: dict[tuple[str | int, ...], str]) -> None:
        checked = copy.deepcopy(template)
        for path, value in expression_paths.items():
            target = self.schemas.at(schema, path)
            if target is None:
                continue  # an unknown field: the schema validation below names it
            field_types = self.schemas.json_types(target)
            found = find_expressions(value)
            if standalone(value, found):
                tree = parses(found[0].text)
                value_type = infer_type(tree, self._type_of) if tree is not None else None
                if value_type is not None and not type_fits(value_type, field_types):
                    self.finding("kro-type", join_path(where, *path),
                                 f"resource {resource_id}: `{value}` is {value_type} but the field takes {' or '.join(sorted(field_types))}",
                                 "convert the value in the expression (string(), int()) or reference a field of that type")
                _set(checked, path, _sample(target, field_types))
            elif not type_fits("string", field_types):
                self.finding("kro-type", join_path(where, *path),
                             f"resource {resource_id}: a string template is a string but the field takes {' or '.join(sorted(field_types))}",
                             "make the field one standalone ${...} expression")
                _set(checked, path, _sample(target, field_types))
        self._validate(resource_id, where, checked, set(expression_paths))

    def _validate(self, resource_id: str, where: str, body: dict[str, Any], expression_paths: set[tuple]) -> None:
        group, _, version = str(body.get("apiVersion", "")).rpartition("/")
        catalog = schema_catalog(self.schemas.kubernetes_version)
        compiled = catalog.core(group, version, str(body.get("kind")))
        if compiled is None:
            definition = find_crd(group, str(body.get("kind")), {})
            compiled = catalog.custom(definition, version) if definition else None
        if compiled is None:
            return
        for failure in compiled.errors(body):
            location = tuple(failure.absolute_path)
            if failure.validator == "additionalProperties" and isinstance(failure.instance, dict):
                known = set(failure.schema.get("properties") or {})
                for name in sorted(set(failure.instance) - known):
                    self.finding("kro-template-schema", join_path(where, *location, name),
                                 f"resource {resource_id}: unknown field `{name}`", "remove it or fix its spelling")
                continue
            if any(location[:len(path)] == path for path in expression_paths) and failure.validator != "required":
                continue  # the value is computed at run time; its type was compared above
            self.finding("kro-template-schema", join_path(where, *location), f"resource {resource_id}: {failure.message}")

    def _security(self, resource_id: str, where: str, template: dict[str, Any]) -> None:
        """The security checks of a workload template, honouring the exemptions the template itself declares
        (they travel to the object kro creates)."""
        as_object = Manifest(self.manifest.target, template)
        exempted = {rule for rule in as_object.exemptions() if rule in EXEMPTIBLE_RULES}
        for finding in check_security(ManifestSet([as_object])):
            if finding.rule not in exempted:
                self.finding(finding.rule, join_path(where, finding.path), f"resource {resource_id}: {finding.message}",
                             finding.hint, severity=finding.severity)

    # ------------------------------------------------------------------------------------------- graph

    def _order(self) -> None:
        dependencies = self.analysis.dependencies
        remaining = {node: set(deps) & set(dependencies) for node, deps in dependencies.items()}
        order: list[str] = []
        while remaining:
            ready = [node for node in dependencies if node in remaining and not remaining[node]]
            if not ready:
                cycle = sorted(remaining)
                self.finding("kro-cycle", "spec.resources",
                             f"the resources {', '.join(cycle)} depend on each other in a cycle; kro cannot order them",
                             "remove one of the references that close the cycle")
                order = []
                break
            for node in ready:
                order.append(node)
                del remaining[node]
            for deps in remaining.values():
                deps.difference_update(ready)
        self.analysis.order = order

    def _unused_spec_fields(self) -> None:
        if self.instance is None:
            return
        read = {path for paths in self.analysis.reads.values() for path in paths}
        for name in _leaf_fields(self.instance["properties"]["spec"], "schema.spec"):
            if not any(path == name or path.startswith(name + ".") or path.startswith(name + "[") or name.startswith(path + ".")
                       for path in read):
                self.finding("kro-unused-spec-field", f"spec.schema.{name[len('schema.'):]}",
                             f"instance field {name} is used by no resource: users can set it to no effect",
                             "use it in a template or remove it from the schema", severity="warning")


def _leaf_fields(schema: dict[str, Any], prefix: str) -> Iterator[str]:
    properties = schema.get("properties") or {}
    if not properties:
        yield prefix
    for name, sub in properties.items():
        yield from _leaf_fields(sub, f"{prefix}.{name}")


def _sample(schema: dict[str, Any], field_types: set[str]) -> Any:
    if schema.get("enum"):
        return schema["enum"][0]
    for json_type in ("string", "integer", "number", "boolean", "object", "array"):
        if json_type in field_types:
            return copy.deepcopy(_SAMPLES[json_type])
    return "x"


def _set(body: Any, path: tuple[str | int, ...], value: Any) -> None:
    for step in path[:-1]:
        body = body[step]
    body[path[-1]] = value
