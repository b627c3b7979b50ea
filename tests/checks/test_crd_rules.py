"""CRD CEL rules as the API server evaluates them on create: every rule of every CRD the project ships compiles,
and the NodePool of an AKS target is held to the Azure build of the CRD."""

from __future__ import annotations

import copy

import pytest

from mlmanifests.checks import cel_library, run_checks
from mlmanifests.checks.crd_rules import _compiled, _reads_old_self
from mlmanifests.checks.schemas import CRD_VARIANTS, crd_variant, project_crd, project_crd_files
from mlmanifests.manifests import Manifest

pytestmark = pytest.mark.skipif(not cel_library.available(), reason="cel-expr-python has no wheel here")


def _rule_nodes(schema, path="") -> list:
    found = [(path, schema)] if schema.get("x-kubernetes-validations") else []
    for name, sub in (schema.get("properties") or {}).items():
        found += _rule_nodes(sub, f"{path}.{name}")
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            found += _rule_nodes(schema[key], f"{path}[*]")
    return found


def _definitions():
    yield from (project_crd(*key) for key in sorted(project_crd_files()))
    yield from (crd_variant(relative) for _, _, relative in CRD_VARIANTS.values())


def test_every_create_time_rule_of_every_shipped_crd_compiles():
    compiled = failed = 0
    for definition in _definitions():
        for version, schema in definition.schemas.items():
            for path, node in _rule_nodes(schema):
                for rule, program, _ in _compiled(definition, node):
                    compiled += 1
                    assert program is not None, f"{definition.kind} {version} {path}: `{rule['rule']}` does not compile"
                failed += sum(1 for rule in node["x-kubernetes-validations"] if _reads_old_self(rule))
    assert compiled > 50 and failed > 0


def _node_pool(group: str, key: str) -> Manifest:
    return Manifest("aks", {
        "apiVersion": "karpenter.sh/v1", "kind": "NodePool", "metadata": {"name": "gpu"},
        "spec": {"template": {"spec": {
            "nodeClassRef": {"group": group, "kind": "AKSNodeClass", "name": "gpu"},
            "requirements": [{"key": key, "operator": "In", "values": ["x"]}]}}}})


def _rule_findings(manifest: Manifest) -> list[tuple[str, str]]:
    return [(f.path, f.message) for f in run_checks([manifest]).findings if f.rule == "crd-rule"]


def test_the_azure_label_rules_apply_only_to_a_node_pool_for_aks():
    assert _rule_findings(_node_pool("karpenter.azure.com", "kubernetes.azure.com/agentpool-name")) == [
        ("spec.template.spec.requirements[0].key", 'Invalid value: "string": label domain "kubernetes.azure.com" is restricted')]
    assert _rule_findings(_node_pool("karpenter.k8s.aws", "kubernetes.azure.com/agentpool-name")) == []


def test_a_rule_passes_on_a_value_that_fits():
    assert _rule_findings(_node_pool("karpenter.azure.com", "karpenter.azure.com/sku-family")) == []


def test_defaults_apply_before_the_rules():
    """NodePool's disruption block is defaulted (consolidateAfter: 0s); the rule on it then holds."""
    pool = _node_pool("karpenter.azure.com", "karpenter.azure.com/sku-family")
    body = copy.deepcopy(pool.body)
    body["spec"]["disruption"] = {"consolidationPolicy": "WhenEmptyOrUnderutilized"}
    assert _rule_findings(Manifest("aks", body)) == []


def test_without_the_cel_wheel_one_warning_says_which_checks_did_not_run(monkeypatch):
    monkeypatch.setattr(cel_library, "cel", None)
    findings = run_checks([_node_pool("karpenter.azure.com", "kubernetes.azure.com/agentpool-name")]).findings
    assert [(f.severity, f.rule) for f in findings if "checker" in f.rule] == [("warning", "crd-rule-checker-missing")]
    assert "x-kubernetes-validations" in next(f.message for f in findings if f.rule == "crd-rule-checker-missing")
    assert not [f for f in findings if f.rule == "crd-rule"]


@pytest.mark.parametrize(("rule", "value", "holds"), [
    ('quantity(self).isGreaterThan(quantity("1Gi"))', "2Gi", True),
    ('quantity(self).asInteger() == 1000', "1k", True),
    ("isQuantity(self)", "12Xi", False),
    ('url(self).getScheme() in ["http", "https"]', "ftp://mirror", False),
    ('url(self).getHost() == "a.example:8080"', "https://a.example:8080/x", True),
    ('self.find("^([^/]+)").endsWith("karpenter.sh")', "karpenter.sh/capacity-type", True),
    ('self.findAll("[0-9]").size() == 2', "a1b2", True),
    ("self.isSorted() && self.sum() == 6", [1, 2, 3], True),
    ("int(self.split('-')[0]) < 3", "2-9", True),
    ('duration(self) >= duration("1ms")', "0s", False),
])
def test_the_kubernetes_cel_library_evaluates_as_the_api_server_does(rule, value, holds):
    """The functions the shipped CRDs' rules call (find, url, quantity, lists, strings, duration)."""
    from mlmanifests.checks.crd_rules import _compile

    assert _compile(rule).eval(data={"self": value}).value() is holds


def test_a_number_field_is_a_double_to_the_rules():
    from mlmanifests.checks.crd_rules import _as_schema_types, _compile

    body = _as_schema_types({"type": "object", "properties": {"ratio": {"type": "number"}}}, {"ratio": 1})
    assert _compile("self.ratio + 0.5 == 1.5").eval(data={"self": body}).value() is True
