"""The CEL rules (`x-kubernetes-validations`) of a custom resource's CRD, evaluated as the API server evaluates
them when the object is created (k8s.io/apiextensions-apiserver/pkg/apiserver/schema/cel/validation.go):

- after the CRD's defaults are applied (the same defaulting the schema check uses);
- each rule with `self` bound to the value of the field that declares it, for every field present;
- create semantics: a transition rule (one that reads `oldSelf`) is not evaluated;
- a failed rule reads `<path>: Invalid value: "<type>": <message>`, the message being the value of
  `messageExpression` (when it evaluates to a non-empty string), else `message`, else `failed rule: <rule>`; the
  path is the rule's `fieldPath` below the field when it has one.

The CRD is the one the object's platform installs (`schemas.crd_for`: the Azure build of NodePool for AKS).
Each rule is compiled once per CRD schema node and kept with the CRD definition. A rule whose evaluation fails
here (a library function this implementation lacks) is a warning that names it, not an error.
"""

from __future__ import annotations

from typing import Any, Iterator

from mlmanifests.checks import cel_library, crd_dialect
from mlmanifests.checks.findings import Finding, error, join_path, warning
from mlmanifests.checks.manifest_set import ManifestSet
from mlmanifests.checks.schemas import CRD_KIND, CrdDefinition, crd_for, local_crds
from mlmanifests.manifests import Manifest

RULE = "crd-rule"


def check_crd_rules(manifests: ManifestSet) -> Iterator[Finding]:
    local = local_crds(manifests)
    for manifest in manifests.manifests:
        if (manifest.group, manifest.kind) == CRD_KIND or manifests.is_kro_instance(manifest):
            continue
        definition = crd_for(manifest, local)
        if definition is None:
            continue
        structural = definition.schemas.get(manifest.version)
        if structural is None:
            continue
        if not cel_library.available():
            yield warning(manifest, "crd-rule-checker-missing", "", cel_library.MISSING_CHECKER,
                          "install cel-expr-python (a wheel for this platform) to evaluate the CRDs' CEL rules")
            return  # one warning per run
        body = _as_schema_types(structural, crd_dialect.apply_defaults(structural, manifest.body))
        yield from _walk(manifest, definition, structural, body, ())


def _as_schema_types(schema: dict[str, Any], value: Any) -> Any:
    """YAML's `1` in a `type: number` field is a double to the API server's CEL (`self.ratio + 0.5` works)."""
    if schema.get("type") == "number" and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, dict):
        properties, additional = schema.get("properties") or {}, schema.get("additionalProperties")
        return {key: _as_schema_types(properties.get(key) or (additional if isinstance(additional, dict) else {}), item)
                for key, item in value.items()}
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [_as_schema_types(schema["items"], item) for item in value]
    return value


def _walk(manifest: Manifest, definition: CrdDefinition, schema: dict[str, Any], value: Any,
          path: tuple[str | int, ...]) -> Iterator[Finding]:
    if value is None:
        return
    if schema.get("x-kubernetes-validations"):
        yield from _evaluate(manifest, definition, schema, value, path)
    if isinstance(value, dict):
        properties = schema.get("properties") or {}
        additional = schema.get("additionalProperties")
        for key, item in value.items():
            sub = properties.get(key) or (additional if isinstance(additional, dict) else None)
            if sub is not None:
                yield from _walk(manifest, definition, sub, item, (*path, key))
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            yield from _walk(manifest, definition, schema["items"], item, (*path, index))


def _evaluate(manifest: Manifest, definition: CrdDefinition, schema: dict[str, Any], value: Any,
              path: tuple[str | int, ...]) -> Iterator[Finding]:
    for rule, compiled, message_program in _compiled(definition, schema):
        if compiled is None:
            continue
        where = join_path(*path, *_field_path(rule.get("fieldPath")))
        try:
            result = compiled.eval(data={"self": value}).value()
        except Exception as problem:  # cel-expr-python raises on evaluation errors
            yield warning(manifest, RULE, where, f"the CRD rule `{rule['rule']}` could not be evaluated here: "
                          f"{cel_library.error_text(problem)}", "check the field by hand against the rule")
            continue
        if not isinstance(result, bool):  # an evaluation error comes back as a value of type error
            yield warning(manifest, RULE, where, f"the CRD rule `{rule['rule']}` could not be evaluated here: {result}",
                          "check the field by hand against the rule")
            continue
        if not result:
            yield error(manifest, RULE, where, f'Invalid value: "{_type_name(schema)}": {_message(rule, message_program, value)}',
                        "the API server refuses the object with this message; change the field to fit the rule")


def _message(rule: dict[str, Any], message_program: Any, value: Any) -> str:
    if message_program is not None:
        try:
            text = message_program.eval(data={"self": value}).value()
            if isinstance(text, str) and text.strip():
                return text
        except Exception:  # the API server falls back to message likewise
            pass
    return rule.get("message") or f"failed rule: {rule['rule']}"


def _compiled(definition: CrdDefinition, schema: dict[str, Any]) -> list[tuple[dict[str, Any], Any, Any]]:
    """(rule, program, messageExpression program) for each create-time rule of one schema node, compiled once."""
    key = id(schema)
    if key not in definition.rules:
        compiled = []
        for rule in schema.get("x-kubernetes-validations") or []:
            text = rule.get("rule")
            if not isinstance(text, str) or _reads_old_self(rule):
                continue  # transition rules run on update only
            compiled.append((rule, _compile(text), _compile(rule["messageExpression"]) if rule.get("messageExpression") else None))
        definition.rules[key] = (schema, compiled)  # the schema is kept so its id stays its own
    return definition.rules[key][1]


def _reads_old_self(rule: dict[str, Any]) -> bool:
    return "oldSelf" in rule.get("rule", "") or bool(rule.get("optionalOldSelf"))


def _compile(text: str) -> Any:
    try:
        return _environment().compile(text)
    except Exception:  # the API server refused such a CRD; nothing to evaluate
        return None


_ENVIRONMENT: list[Any] = []


def _environment() -> Any:
    if not _ENVIRONMENT:
        cel = cel_library.cel
        _ENVIRONMENT.append(cel.NewEnv(variables={"self": cel.Type.DYN}, extensions=cel_library.extensions(),
                                       functions=list(cel_library.declarations(for_evaluation=True))))
    return _ENVIRONMENT[0]


def _field_path(text: str | None) -> tuple[str | int, ...]:
    """A rule's fieldPath (`.spec.replicas`, `.items[0]`, `['key.with.dots']`) as path steps."""
    if not text:
        return ()
    steps: list[str | int] = []
    for part in text.replace("['", ".").replace("']", "").lstrip(".").split("."):
        name, _, index = part.partition("[")
        if name:
            steps.append(name)
        if index:
            steps.append(int(index.rstrip("]")) if index.rstrip("]").isdigit() else index.rstrip("]"))
    return tuple(steps)


def _type_name(schema: dict[str, Any]) -> str:
    if schema.get("x-kubernetes-int-or-string"):
        return "string"
    declared = schema.get("type")
    return declared if isinstance(declared, str) else "object"
