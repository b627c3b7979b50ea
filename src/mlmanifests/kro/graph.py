"""Offline check of kro ResourceGraphDefinitions, which kro itself validates only inside a cluster, read against
kro v0.9.3's graph builder (pkg/graph/builder.go, validation.go).

For each RGD: resource ids and forEach iterators are identifiers kro accepts; every `${...}` parses as CEL and
reads only `schema`, declared ids and its own iterators; every expression type-checks in kro's typed environment
(`environment`: Google's CEL checker, field paths inside comprehensions included) and its result type fits
the target field (`template_checks`); `readyWhen`/`includeWhen` return bool and read what kro allows; the status
follows kro's rules (`status_checks`); the dependency graph is acyclic (its topological order is in
`GraphAnalysis.order`); every instance spec field is used somewhere (templates, conditions, forEach, status).
Instances of an RGD's kind in the same set are validated against the instance schema.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterator

import jsonschema

from mlmanifests.checks import cel_library, crd_dialect
from mlmanifests.kro.cel_types import DYN, CelType
from mlmanifests.checks.findings import Finding, error, info, join_path, warning
from mlmanifests.kro.cel import (
    NestedExpression, Reference, calls_function, find_expressions, infer_type, parse, parses, reference_paths,
    standalone, walk_strings,
)
from mlmanifests.kro.environment import KroEnvironment, kro_environment
from mlmanifests.kro.schema import FieldSchemas, SimpleSchemaError, instance_schema
from mlmanifests.kro.status_checks import StatusChecks
from mlmanifests.kro.template_checks import TemplateChecks
from mlmanifests.checks.manifest_set import KRO_GROUP, ManifestSet
from mlmanifests.checks.schemas import schema_catalog
from mlmanifests.manifests import Manifest

SCHEMA_VARIABLE = "schema"
EACH_VARIABLE = "each"
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


class _GraphCheck(TemplateChecks, StatusChecks):
    def __init__(self, manifest: Manifest, schemas: FieldSchemas) -> None:
        self.manifest, self.schemas = manifest, schemas
        self.analysis = GraphAnalysis(manifest)
        spec = manifest.body.get("spec") or {}
        self.schema_block = spec.get("schema") or {}
        self.resources = [r for r in spec.get("resources") or [] if isinstance(r, dict)]
        self.kind_schemas: dict[str, dict[str, Any] | None] = {}
        self.instance: dict[str, Any] | None = None
        self.environment: KroEnvironment | None = None
        self.other_reads: set[str] = set()
        """field paths read outside resource templates (status)."""
        self.unresolved: set[str] = set()
        """field paths holding an expression already reported (syntax, unknown id): not type-checked again."""
        self.iterators: dict[str, tuple[tuple[str, CelType], ...]] = {}
        """resource id -> its forEach iterator variables and their types."""

    def finding(self, rule: str, path: str, message: str, hint: str = "", severity: str = "error") -> None:
        make = error if severity == "error" else warning
        self.analysis.findings.append(make(self.manifest, rule, path, message, hint))

    def run(self) -> GraphAnalysis:
        try:
            self.instance = instance_schema(self.schema_block)
        except SimpleSchemaError as problem:
            self.finding("kro-simple-schema", "spec.schema", str(problem), "fix the SimpleSchema declaration")
        ids = self._ids()
        kinds: dict[str, tuple[str, str] | None] = dict.fromkeys(ids)
        for resource in self.resources:  # every kind first: expressions may read resources declared further down
            body = resource.get("template") or resource.get("externalRef")
            if isinstance(body, dict) and body.get("apiVersion") and body.get("kind"):
                kind = (str(body["apiVersion"]), str(body["kind"]))
                self.kind_schemas[str(resource.get("id"))] = self.schemas.kind_schema(*kind)
                kinds[str(resource.get("id"))] = kind
        collections = {str(r.get("id")) for r in self.resources if r.get("forEach")}
        self.environment = kro_environment(self.schemas, self.instance, kinds, collections)
        if not self.environment.available:
            self.finding("kro-cel-checker-missing", "spec", cel_library.MISSING_CHECKER,
                         "install cel-expr-python (a wheel for this platform) to type-check kro expressions", severity="warning")
        for index, resource in enumerate(self.resources):
            self._for_each(index, resource, ids)
        for index, resource in enumerate(self.resources):
            self._resource(index, resource, ids)
        self._status(ids)
        self._order()
        self._unused_spec_fields()
        return self.analysis

    @property
    def typed(self) -> bool:
        return self.environment is not None and self.environment.available

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

    # ------------------------------------------------------------------------------------------ forEach

    def _for_each(self, index: int, resource: dict[str, Any], ids: set[str]) -> None:
        """forEach dimensions: each a one-key map `name: ${list expression}` (pkg/graph/validation.go, builder.go
        `validateAndCompileForEach`); the iterator takes the list's element type."""
        dimensions = resource.get("forEach")
        if not dimensions:
            return
        resource_id, where = str(resource.get("id")), f"spec.resources[{index}].forEach"
        if resource.get("externalRef") is not None:
            self.finding("kro-resource", where, f"resource {resource_id!r}: cannot use externalRef with forEach")
        iterators: list[tuple[str, CelType]] = []
        for position, dimension in enumerate(dimensions if isinstance(dimensions, list) else []):
            entry = f"{where}[{position}]"
            if not isinstance(dimension, dict) or len(dimension) != 1:
                self.finding("kro-for-each", entry, f"resource {resource_id!r}: each forEach entry is one `name: ${{expression}}`")
                continue
            (name, value), = dimension.items()
            if not isinstance(name, str) or not _ID.match(name):
                self.finding("kro-for-each", entry, f"resource {resource_id!r}: forEach iterator name {name!r} is not valid: must be lowerCamelCase")
                continue
            if name in RESERVED_IDS or name in ids:
                self.finding("kro-for-each", entry, f"resource {resource_id!r}: forEach iterator name {name!r} "
                             + ("is a reserved keyword" if name in RESERVED_IDS else "conflicts with resource ID"))
                continue
            found = find_expressions(value) if isinstance(value, str) else []
            if not isinstance(value, str) or not standalone(value, found):
                self.finding("kro-for-each", f"{entry}.{name}", f"forEach dimension {name!r} must have exactly one expression")
                continue
            references = self._resolve(f"{entry}.{name}", found[0].text, resource_id, ids, bound=frozenset())
            element: CelType = DYN
            if references is not None and self.typed and not self._has_unknown_root(references, ids, frozenset()):
                result, problem = self.environment.check(found[0].text)
                if problem:
                    self._checker_finding(f"{entry}.{name}", f"resource {resource_id!r}: forEach iterator {name!r}: {problem}", problem)
                elif result.kind == "list":
                    element = result.params[0]
                elif result.kind != "dyn":
                    self.finding("kro-for-each", f"{entry}.{name}",
                                 f"node {resource_id!r}: forEach iterator {name!r} must return a list, got {str(result)!r}")
            iterators.append((name, element))
        self.iterators[resource_id] = tuple(iterators)

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
        bound = frozenset(name for name, _ in self.iterators.get(resource_id, ()))
        expression_paths: dict[tuple[str | int, ...], str] = {}
        scanned = body if template is not None else (external.get("metadata") or {})
        for path, value in walk_strings(scanned):
            found = self._expressions(join_path(body_where, *path), value, owner=resource_id, ids=ids, bound=bound)
            if found is not None:
                expression_paths[path] = value
        collection = bool(resource.get("forEach"))
        for key in ("readyWhen", "includeWhen"):
            for position, condition in enumerate(resource.get(key) or []):
                self._condition(resource_id, f"{where}.{key}[{position}]", condition, ids, key, collection, schema)
        if template is not None:
            self._template_constraints(resource_id, body_where, template)
            self._template(resource_id, body_where, template, schema, expression_paths)
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

    def _expressions(self, where: str, value: str, owner: str | None, ids: set[str], bound: frozenset[str] = frozenset()) -> list | None:
        """Parse and resolve every expression in one field value; None when it has none."""
        try:
            found = find_expressions(value)
        except NestedExpression as problem:
            self.finding("kro-cel-syntax", where, str(problem), "quote inner `${` inside a string literal")
            self.unresolved.add(where)
            return None
        if not found:
            return None
        for embedded in found:
            references = self._resolve(where, embedded.text, owner, ids, bound=bound)
            if references is None or self._has_unknown_root(references, ids, bound):
                self.unresolved.add(where)
        return found

    def _has_unknown_root(self, references: list[Reference], ids: set[str], bound: frozenset[str]) -> bool:
        return any(r.root != SCHEMA_VARIABLE and r.root not in ids and r.root not in bound for r in references)

    def _resolve(self, where: str, text: str, owner: str | None, ids: set[str], subject: str = "",
                 bound: frozenset[str] = frozenset(), reads: set[str] | None = None) -> list[Reference] | None:
        """Parse one expression; check each reference; record what `owner` reads (or into `reads`)."""
        subject = f"resource {owner}: " if owner else subject
        try:
            tree = parse(text)
        except Exception as problem:  # celpy.CELParseError and lark errors: the expression is not CEL
            first_line = str(problem).splitlines()[0] if str(problem) else type(problem).__name__
            self.finding("kro-cel-syntax", where, f"{subject}`${{{text}}}` is not valid CEL: {first_line}", "fix the expression")
            return None
        if calls_function(tree, "omit"):
            self.finding("kro-omit", where, f"{subject}omit() requires the CELOmitFunction feature gate to be enabled",
                         "kro ships the gate off (pkg/features/features.go): leave the field out with includeWhen instead")
        references = reference_paths(tree)
        for reference in references:
            if reference.root in bound:
                continue
            if reference.root != SCHEMA_VARIABLE and reference.root not in ids:
                self.finding("kro-unknown-reference", where,
                             f"{subject}`{reference}` refers to {reference.root!r}, which is neither `schema` nor a resource id",
                             f"declared ids: {', '.join(sorted(ids)) or 'none'}")
                continue
            if reads is not None:
                reads.add(str(reference))
            elif owner is not None:
                self.analysis.reads.setdefault(owner, set()).add(str(reference))
            if owner is not None and reference.root != SCHEMA_VARIABLE and reference.root != owner:
                self.analysis.dependencies.setdefault(owner, set()).add(reference.root)
            if not self.typed and self._reference_schema(reference) is None and self._root_schema(reference.root) is not None:
                self.finding("kro-unknown-field", where,
                             f"{subject}`{reference}`: {reference.root} has no field {join_path(*reference.path)}",
                             "check the field path against the resource's schema")
        return references

    def _checker_finding(self, where: str, message: str, problem: str) -> None:
        """One finding for a message of the CEL checker, under the rule the message is about."""
        if "undefined field" in problem:
            rule, hint = "kro-unknown-field", "check the field path against the resource's schema"
        elif "undeclared reference" in problem:
            rule, hint = "kro-unknown-function", "use a function of CEL, its extensions or kro's libraries (names are case-sensitive)"
        else:
            rule, hint = "kro-cel-type", "make the operand types fit (string(), int()) or the function's signature"
        self.finding(rule, where, message, hint)

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

    def _condition(self, owner: str, where: str, condition: Any, ids: set[str], key: str, collection: bool,
                   schema: dict[str, Any] | None) -> None:
        """readyWhen reads only the resource itself (`each` in a collection); includeWhen reads schema and resources
        (builder.go `validateAndCompileNode`); both return bool or optional(bool)."""
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
        self_name = EACH_VARIABLE if collection else owner
        bound = frozenset({EACH_VARIABLE}) if collection and key == "readyWhen" else frozenset()
        reads = self.analysis.reads.setdefault(owner, set())
        references = self._resolve(where, found[0].text, None, ids, subject=f"resource {owner}: ", bound=bound, reads=reads)
        if references is None:
            return
        for reference in references:
            if key == "readyWhen" and reference.root != self_name:
                self.finding("kro-condition", where, f"readyWhen of {owner} reads `{reference}`; readyWhen may read only {self_name} itself",
                             "move the condition to the resource it is about")
                return
            if reference.root not in (SCHEMA_VARIABLE, owner, EACH_VARIABLE) and reference.root in ids:
                self.analysis.dependencies.setdefault(owner, set()).add(reference.root)
        if self._has_unknown_root(references, ids, bound):
            return
        if self.typed:
            extra = ((EACH_VARIABLE, self.environment.elements.get(owner, DYN)),) if bound else ()
            result, problem = self.environment.check(found[0].text, extra)
            if problem:
                self._checker_finding(where, f"failed to type-check {key} expression {found[0].text!r} in resource {owner!r}: {problem}", problem)
            elif result.kind not in ("bool", "dyn") and not (result.kind == "optional" and result.params[0].kind == "bool"):
                self.finding("kro-condition-type", where,
                             f"{key} expression {found[0].text!r} in resource {owner!r} must return bool or optional_type(bool), but returns {str(result)!r}",
                             "compare it, e.g. `== \"True\"`")
            return
        tree = parses(found[0].text)
        value_type = infer_type(tree, self._type_of) if tree is not None else None
        if value_type is not None and value_type != "boolean":
            self.finding("kro-condition-type", where, f"{key} expression `{found[0].text}` is {value_type}, not boolean",
                         "compare it, e.g. `== \"True\"`")

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
        read = {path for paths in self.analysis.reads.values() for path in paths} | self.other_reads
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


