"""The templates of a kro graph: kro's template constraints (pkg/graph/validation.go
`validateTemplateConstraints`), each expression compiled and its result type compared with the target field
(builder.go `validateAndCompileTemplates`), the template validated against its kind's schema with a sample value
of the field's type where an expression stands, and the workload security checks.

`TemplateChecks` is a part of the graph check (`graph._GraphCheck`): it reads its findings, resolution and
environment.
"""

from __future__ import annotations

import copy
from typing import Any

from mlmanifests.kro.cel_types import CelType, compatible
from mlmanifests.checks.findings import join_path
from mlmanifests.kro.cel import find_expressions, infer_type, parses, standalone
from mlmanifests.kro.schema import type_fits
from mlmanifests.checks.manifest_set import ManifestSet
from mlmanifests.checks.schemas import find_crd, project_crd, schema_catalog
from mlmanifests.checks.security import EXEMPTIBLE_RULES, check_security
from mlmanifests.kustomize.resource import is_cluster_scoped
from mlmanifests.manifests import Manifest

KRO_LABEL_PREFIX = "kro.run/"
_SAMPLES = {"string": "x", "integer": 1, "number": 1, "boolean": True, "object": {}, "array": []}


class TemplateChecks:
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
        field_path = join_path(*path)
        if standalone(value, found):
            result, problem = self.environment.check(found[0].text, extra)
        else:
            result, problem = self.environment.check_template(value, found, extra)
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
