"""The offline kro graph check: small broken graphs, each with the finding it must produce."""

from __future__ import annotations

import copy

import pytest
import yaml

from conftest import shared_file
from mlmanifests.checks import CHECKS, run_checks
from mlmanifests.kro.cel import find_expressions, parse, reference_paths
from mlmanifests.checks.kro import check_kro_graphs
from mlmanifests.kro.graph import analyze_graph
from mlmanifests.kro.schema import SimpleSchemaError, simple_schema_to_openapi
from mlmanifests.manifests import Manifest

UPSTREAM_GEMMA = "reference/kro-examples/gcp/gemma-on-tpu/rgd.yaml"
SCHEMA = {"apiVersion": "v1alpha1", "kind": "Example", "scope": "Namespaced",
          "spec": {"name": "string | default=demo", "replicas": "integer | default=1 minimum=0 maximum=3"}}


def rgd(*resources: dict, schema: dict | None = None) -> Manifest:
    return Manifest("test", {
        "apiVersion": "kro.run/v1alpha1", "kind": "ResourceGraphDefinition", "metadata": {"name": "examples.kro.run"},
        "spec": {"schema": copy.deepcopy(schema or SCHEMA), "resources": list(resources)},
    })


def config_map(resource_id: str, data: dict[str, str], **extra) -> dict:
    return {"id": resource_id, **extra, "template": {
        "apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "${schema.spec.name}"}, "data": data}}


def deployment(resource_id: str, replicas: object) -> dict:
    labels = {"app": "${schema.spec.name}"}
    return {"id": resource_id, "template": {
        "apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "${schema.spec.name}"},
        "spec": {"replicas": replicas, "selector": {"matchLabels": labels}, "template": {
            "metadata": {"labels": labels},
            "spec": {"securityContext": {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}},
                     "containers": [{"name": "app", "image": "registry.example/app:1.0",
                                     "resources": {"requests": {"cpu": "1", "memory": "1Gi"}},
                                     "securityContext": {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}}]},
        }},
    }}


def rules(manifest: Manifest) -> list[tuple[str, str]]:
    return [(f.rule, f.path) for f in analyze_graph(manifest).findings]


def test_a_clean_graph_has_no_findings_and_a_topological_order():
    graph = rgd(deployment("app", "${schema.spec.replicas}"), config_map("settings", {"owner": "${app.metadata.name}"}))
    analysis = analyze_graph(graph)
    assert analysis.findings == []
    assert analysis.order == ["app", "settings"]
    assert analysis.dependencies == {"app": set(), "settings": {"app"}}


def test_unknown_id():
    assert rules(rgd(config_map("settings", {"k": "${database.status.endpoint}"}), deployment("app", "${schema.spec.replicas}"))) == [
        ("kro-unknown-reference", "spec.resources[0].template.data.k")]


def test_cycle():
    graph = rgd(config_map("first", {"k": "${second.metadata.name}"}), config_map("second", {"k": "${first.metadata.name}"}),
                deployment("app", "${schema.spec.replicas}"))
    analysis = analyze_graph(graph)
    assert [(f.rule, f.message) for f in analysis.findings] == [
        ("kro-cycle", "the resources first, second depend on each other in a cycle; kro cannot order them")]
    assert analysis.order == []


def test_type_mismatch_string_into_integer():
    assert rules(rgd(deployment("app", "${schema.spec.name}"), config_map("c", {"r": "${string(schema.spec.replicas)}"}))) == [
        ("kro-type", "spec.resources[0].template.spec.replicas")]


def test_type_mismatch_integer_into_secret_name():
    pod = {"id": "pod", "template": {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "${schema.spec.name}"}, "spec": {
        "securityContext": {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}},
        "containers": [{"name": "c", "image": "registry.example/c:1", "resources": {"requests": {"cpu": "1", "memory": "1Gi"}},
                        "securityContext": {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}}],
        "volumes": [{"name": "v", "secret": {"secretName": "${schema.spec.replicas}"}}]}}}
    assert rules(rgd(pod)) == [("kro-type", "spec.resources[0].template.spec.volumes[0].secret.secretName")]


def test_string_template_into_an_integer_field():
    assert ("kro-type", "spec.resources[0].template.spec.replicas") in rules(rgd(deployment("app", "x-${schema.spec.name}")))


def test_bad_cel():
    findings = analyze_graph(rgd(config_map("c", {"k": "${schema.spec.name +}"}), deployment("app", "${schema.spec.replicas}"))).findings
    assert [(f.rule, f.path) for f in findings] == [("kro-cel-syntax", "spec.resources[0].template.data.k")]
    assert "is not valid CEL" in findings[0].message


def test_unknown_field_in_a_reference():
    graph = rgd(deployment("app", "${schema.spec.replicas}"), config_map("c", {"a": "${app.status.readyReplicaz}", "b": "${schema.spec.nmae}"}))
    assert sorted(rules(graph)) == [("kro-unknown-field", "spec.resources[1].template.data.a"),
                                    ("kro-unknown-field", "spec.resources[1].template.data.b")]


def test_unknown_field_in_a_template():
    resource = config_map("c", {"k": "${schema.spec.name}"})
    resource["template"]["spec"] = {"replicas": "${schema.spec.replicas}"}
    assert rules(rgd(resource)) == [("kro-template-schema", "spec.resources[0].template.spec")]


def test_external_ref_without_metadata():
    external = {"id": "project", "externalRef": {"apiVersion": "v1", "kind": "ConfigMap", "name": "shared", "namespace": "team"}}
    assert sorted(rules(rgd(external, deployment("app", "${schema.spec.replicas}"), config_map("c", {"k": "x"})))) == [
        ("kro-external-ref", "spec.resources[0].externalRef.metadata"),
        ("kro-external-ref", "spec.resources[0].externalRef.name"),
    ]


def test_ready_when_must_be_boolean_and_about_itself():
    resource = config_map("c", {"k": "${schema.spec.name}"}, readyWhen=["${c.metadata.name}", "${app.status.availableReplicas > 0}"])
    assert rules(rgd(deployment("app", "${schema.spec.replicas}"), resource)) == [
        ("kro-condition-type", "spec.resources[1].readyWhen[0]"),
        ("kro-condition", "spec.resources[1].readyWhen[1]"),
    ]


def test_include_when_may_read_the_schema():
    resource = config_map("c", {"k": "${schema.spec.name}"}, includeWhen=["${schema.spec.replicas > 0}"])
    assert rules(rgd(deployment("app", "${schema.spec.replicas}"), resource)) == []


def test_invalid_and_reserved_ids():
    assert rules(rgd(config_map("my-settings", {}), config_map("spec", {}), deployment("app", "${schema.spec.replicas}"))) == [
        ("kro-id", "spec.resources[0].id"), ("kro-id", "spec.resources[1].id")]


def test_unused_instance_field_is_a_warning():
    findings = analyze_graph(rgd(deployment("app", 1), config_map("c", {"k": "x"}))).findings
    assert [(f.severity, f.rule, f.path) for f in findings] == [("warning", "kro-unused-spec-field", "spec.schema.spec.replicas")]


def test_template_security_honours_the_templates_own_exemption():
    resource = deployment("app", "${schema.spec.replicas}")
    pod = resource["template"]["spec"]["template"]["spec"]
    pod["securityContext"] = {"seccompProfile": {"type": "RuntimeDefault"}}
    assert rules(rgd(resource, config_map("c", {"k": "x"}))) == [
        ("pss-run-as-non-root", "spec.resources[0].template.spec.template.spec.securityContext.runAsNonRoot")]
    resource["template"]["metadata"]["annotations"] = {"exempt.mlmanifests.dev/pss-run-as-non-root": "the image needs root"}
    assert rules(rgd(resource, config_map("c", {"k": "x"}))) == []


def test_upstream_gemma_example_reports_its_external_ref_defect():
    body = yaml.safe_load(shared_file(UPSTREAM_GEMMA).read_text())
    found = {(f.rule, f.path) for f in analyze_graph(Manifest("upstream", body)).findings}
    assert ("kro-external-ref", "spec.resources[0].externalRef.metadata") in found
    assert ("kro-external-ref", "spec.resources[0].externalRef.name") in found
    assert ("kro-unused-spec-field", "spec.schema.spec.replicas") in found


def test_instances_are_validated_against_the_instance_schema():
    instance = Manifest("test", {"apiVersion": "kro.run/v1alpha1", "kind": "Example", "metadata": {"name": "e", "namespace": "n"},
                                 "spec": {"replicas": 7, "nmae": "typo"}})
    findings = list(check_kro_graphs_of([rgd(deployment("app", "${schema.spec.replicas}"), config_map("c", {"k": "${schema.spec.name}"})), instance]))
    assert sorted((f.rule, f.path) for f in findings if f.severity != "info") == [
        ("kro-instance", "spec"), ("kro-instance", "spec.replicas")]


def test_the_check_runs_with_the_others():
    assert check_kro_graphs in CHECKS
    report = run_checks([rgd(config_map("c", {"k": "${nothere.x}"}))])
    assert "kro-unknown-reference" in {f.rule for f in report.errors}


def check_kro_graphs_of(manifests):
    from mlmanifests.checks.manifest_set import ManifestSet

    return check_kro_graphs(ManifestSet(manifests))


@pytest.mark.parametrize("declaration, expected", [
    ("integer | default=1 minimum=0 maximum=4", {"type": "integer", "default": 1, "minimum": 0, "maximum": 4}),
    ('string | default=b enum="a,b" description="two words"', {"type": "string", "default": "b", "enum": ["a", "b"], "description": "two words"}),
    ("[]string", {"type": "array", "items": {"type": "string"}}),
    ("map[string]integer", {"type": "object", "additionalProperties": {"type": "integer"}}),
])
def test_simple_schema_fields(declaration, expected):
    assert simple_schema_to_openapi({"field": declaration})["properties"]["field"] == expected


@pytest.mark.parametrize("declaration, message", [
    ("strin", "unknown type"),
    ("integer | default=one", "not a valid integer"),
    ('string | default=c enum="a,b"', "not one of the enum values"),
    ("string | colour=red", "unknown marker"),
])
def test_simple_schema_errors(declaration, message):
    with pytest.raises(SimpleSchemaError, match=message):
        simple_schema_to_openapi({"field": declaration})


def test_required_marker():
    assert simple_schema_to_openapi({"name": "string | required=true"})["required"] == ["name"]


def test_expression_scanner_counts_braces_outside_string_literals():
    (found,) = find_expressions('-m=${{"a}": "b"}[schema.spec.x]}')
    assert found.text == '{"a}": "b"}[schema.spec.x]'
    assert [str(r) for r in reference_paths(parse(found.text))] == ["schema.spec.x"]


def test_comprehension_variables_are_not_references():
    tree = parse('bucket.status.conditions.exists(c, c.type == "Ready" && c.status == "True")')
    assert [str(r) for r in reference_paths(tree)] == ["bucket.status.conditions"]


def test_optional_selection_reads_the_same_field_path():
    graph = rgd(deployment("app", "${schema.spec.replicas}"),
                config_map("c", {"k": '${app.status.?availableReplicas.orValue(0) > 0 ? "up" : "down"}'}))
    assert rules(graph) == []
    assert rules(rgd(deployment("app", "${schema.spec.replicas}"), config_map("c", {"k": "${string(app.status.?availableReplicaz)}"}))) == [
        ("kro-unknown-field", "spec.resources[1].template.data.k")]


def test_references_to_resources_declared_further_down_are_checked_too():
    graph = rgd(config_map("c", {"k": "${app.status.readyReplicaz}"}), deployment("app", "${schema.spec.replicas}"))
    assert rules(graph) == [("kro-unknown-field", "spec.resources[0].template.data.k")]
    assert analyze_graph(graph).order == ["app", "c"]


def test_a_condition_with_an_unknown_id_is_reported_once():
    resource = config_map("c", {"k": "${schema.spec.name}"}, includeWhen=["${missing.spec.enabled}"])
    assert rules(rgd(deployment("app", "${schema.spec.replicas}"), resource)) == [
        ("kro-unknown-reference", "spec.resources[1].includeWhen[0]")]
