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

from mlmanifests.checks import cel_library, crd_dialect
from mlmanifests.checks.cel_types import DYN, CelType, compatible
from mlmanifests.checks.findings import Finding, error, info, join_path, warning
from mlmanifests.checks.kro_cel import (
    NestedExpression, Reference, calls_function, find_expressions, infer_type, parse, parses, reference_paths,
    standalone, string_template, walk_strings,
)
from mlmanifests.checks.kro_environment import KroEnvironment, kro_environment
from mlmanifests.checks.kro_schema import FieldSchemas, SimpleSchemaError, instance_schema, type_fits
from mlmanifests.checks.manifest_set import KRO_GROUP, ManifestSet
from mlmanifests.checks.schemas import find_crd, project_crd, schema_catalog
from mlmanifests.kustomize.resource import is_cluster_scoped
from mlmanifests.checks.security import EXEMPTIBLE_RULES, check_security
from mlmanifests.manifests import Manifest

SCHEMA_VARIABLE = "schema"
RUNTIME_VARIABLE = "runtime"
EACH_VARIABLE = "each"
KRO_LABEL_PREFIX = "kro.run/"
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

    def _template_constraints(self, resource_id: str, where: str, template: dict[str, Any]) -> None:
        """pkg/graph/validation.go `validateTemplateConstraints`: no namespace on a cluster-scoped kind, no kro.run/ labels."""
        metadata = template.get("metadata") if isinstance(template.get("metadata"), dict) else {}
        group, _, version = str(template.get("apiVersion", "")).rpartition("/")
        definition = project_crd(group, str(template.get("kind")))
        cluster_scoped = (not definition.namespaced) if definition else is_cluster_scoped(group, version, str(template.get("kind")))
        if cluster_scoped and "namespace" in metadata:
            self.finding("kro-namespace", f"{where}.metadata.namespace",
                         f"resource {resource_id!r} is cluster-scoped and must not set metadata.namespace",
                         f"remove metadata.namespace: {template.get('kind')} is cluster-scoped")
        for key in sorted(metadata.get("labels") or {}):
            if str(key).startswith(KRO_LABEL_PREFIX):
                self.finding("kro-label", f"{where}.metadata.labels.{key}",
                             f"invalid label for resource {resource_id!r}. labels with prefix {KRO_LABEL_PREFIX!r} are reserved for internal use",
                             "use a label of your own domain; kro sets its kro.run/ labels itself")

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

    # ------------------------------------------------------------------------------------------ status

    def _status(self, ids: set[str]) -> None:
        """The instance status (builder.go `buildStatusSchema`): every field an expression that reads a resource or
        schema and type-checks against `schema` without status; `conditions` a list of runtime.newCondition(...)."""
        status = self.schema_block.get("status") or {}
        if not isinstance(status, dict):
            return
        for path, value in _leaves(status, ("spec", "schema", "status")):
            where = join_path(*path)
            if path[3:4] == ("conditions",):
                continue
            found = find_expressions(value) if isinstance(value, str) else []
            if not found:
                self.finding("kro-status", where, f"status fields without expressions are not supported: {where[len('spec.schema.'):]}",
                             "make the field a ${...} expression over a resource or schema, or remove it")
                continue
            references: list[Reference] = []
            for embedded in found:
                references += self._resolve(where, embedded.text, None, ids, reads=self.other_reads) or []
            if where in self.unresolved or self._has_unknown_root(references, ids, frozenset()):
                continue
            if not references:
                self.finding("kro-status", where, f"instance status field must refer to a resource or schema: {where[len('spec.schema.'):]}",
                             "a constant belongs in the schema's defaults, not in status")
                continue
            if self.typed:
                text = found[0].text if standalone(value, found) else string_template(value, found)
                _, problem = self.environment.check(text)
                if problem:
                    self._checker_finding(where, f"failed to type-check status expression {text!r} at path "
                                          f"{where[len('spec.schema.'):]!r}: {problem}", problem)
        conditions = status.get("conditions")
        if conditions is not None:
            self._conditions(conditions, ids)

    def _conditions(self, conditions: Any, ids: set[str]) -> None:
        where = "spec.schema.status.conditions"
        if not isinstance(conditions, list):
            self.finding("kro-status", where, f"status.conditions must be a list, got {type(conditions).__name__}")
            return
        for index, entry in enumerate(conditions):
            at = f"{where}[{index}]"
            found = find_expressions(entry) if isinstance(entry, str) else []
            if not found or not standalone(entry, found):
                self.finding("kro-status", at, f"status.conditions[{index}] must be a CEL expression string")
                continue
            references = self._resolve(at, found[0].text, None, ids, bound=frozenset({RUNTIME_VARIABLE}), reads=self.other_reads)
            if references is None or self._has_unknown_root(references, ids, frozenset({RUNTIME_VARIABLE})) or not self.typed:
                continue
            result, problem = self.environment.check(found[0].text, runtime=True)
            if problem:
                self._checker_finding(at, f"failed to type-check condition {found[0].text!r}: {problem}", problem)
                continue
            element = result.params[0] if result.kind == "list" else result
            if element.kind not in (cel_library.CONDITION_TYPE, "dyn"):
                self.finding("kro-status", at, f"condition expressions must return runtime.newCondition(...) or a list of them, got {str(result)!r}")

    # --------------------------------------------------------------------------------------- templates

    def _template(self, resource_id: str, where: str, template: dict[str, Any], schema: dict[str, Any] | None,
                  expression_paths: dict[tuple[str | int, ...], str]) -> None:
        checked = copy.deepcopy(template)
        extra = self.iterators.get(resource_id, ())
        for path, value in expression_paths.items():
            field_where = join_path(where, *path)
            target = self.schemas.at(schema, path) if schema is not None else None
            if schema is not None and target is None:
                continue  # an unknown field: the schema validation below names it
            found = find_expressions(value)
            if self.typed:
                if field_where not in self.unresolved:
                    self._typed_field(resource_id, field_where, path, value, found, target, extra)
            else:
                self._untyped_field(resource_id, field_where, value, found, target)
            if target is not None:
                field_types = self.schemas.json_types(target)
                _set(checked, path, _sample(target, field_types) if standalone(value, found) or type_fits("string", field_types) else "x")
        if schema is not None:
            self._validate(resource_id, where, checked, set(expression_paths))

    def _typed_field(self, resource_id: str, where: str, path: tuple, value: str, found: list, target: dict[str, Any] | None,
                     extra: tuple[tuple[str, CelType], ...]) -> None:
        """builder.go `validateAndCompileTemplates`: compile (a string template as its concatenation), then compare
        the result type with the field's."""
        text = found[0].text if standalone(value, found) else string_template(value, found)
        field_path = join_path(*path)
        result, problem = self.environment.check(text, extra)
        if problem:
            self._checker_finding(where, f"resource {resource_id!r}: failed to compile template expression {value!r} "
                                  f"at path {field_path!r}: {problem}", problem)
            return
        if target is None:
            return
        expected = self.environment.expected(target)
        if not compatible(result, expected):
            self.finding("kro-type", where, f"type mismatch in resource {resource_id!r} at path {field_path!r}: expression "
                         f"{value!r} returns type {str(result)!r} but expected {str(expected)!r}",
                         "convert the value in the expression (string(), int()) or reference a field of that type")

    def _untyped_field(self, resource_id: str, where: str, value: str, found: list, target: dict[str, Any] | None) -> None:
        if target is None:
            return
        field_types = self.schemas.json_types(target)
        if standalone(value, found):
            tree = parses(found[0].text)
            value_type = infer_type(tree, self._type_of) if tree is not None else None
            if value_type is not None and not type_fits(value_type, field_types):
                self.finding("kro-type", where,
                             f"resource {resource_id}: `{value}` is {value_type} but the field takes {' or '.join(sorted(field_types))}",
                             "convert the value in the expression (string(), int()) or reference a field of that type")
        elif not type_fits("string", field_types):
            self.finding("kro-type", where,
                         f"resource {resource_id}: a string template is a string but the field takes {' or '.join(sorted(field_types))}",
                         "make the field one standalone ${...} expression")

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


def _leaves(value: Any, path: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """(path, value) of every non-container leaf."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, str(key)))
    elif isinstance(value, list) and path[3:4] != ("conditions",):
        for index, item in enumerate(value):
            yield from _leaves(item, (*path, index))
    else:
        yield path, value


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
