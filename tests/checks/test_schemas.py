"""The schema check: compiled validators built once and reused, the CRD dialect, versions, and every error."""

from __future__ import annotations

import pytest

from mlmanifests.checks import run_checks
from mlmanifests.checks import crd_dialect
from mlmanifests.checks.schemas import project_crd, project_crd_files, schema_catalog, strict_schema_folder
from mlmanifests.manifests import Manifest


def _config_map(**extra) -> dict:
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "namespace": "n"}, **extra}


def test_core_validator_is_compiled_once_and_reused():
    catalog = schema_catalog("1.35")
    first = catalog.core("apps", "v1", "Deployment")
    assert first is not None
    assert catalog.core("apps", "v1", "Deployment") is first
    assert schema_catalog("1.35") is catalog


def test_crd_validator_is_compiled_once_and_reused():
    catalog = schema_catalog("1.35")
    definition = project_crd("karpenter.sh", "NodePool")
    assert definition is not None and "v1" in definition.schemas
    assert catalog.custom(definition, "v1") is catalog.custom(definition, "v1")


def test_project_crds_are_indexed_by_group_and_kind():
    index = project_crd_files()
    assert ("karpenter.sh", "NodePool") in index
    assert ("gkm.io", "ClusterGKMCache") in index
    assert ("serviceusage.cnrm.cloud.google.com", "Service") in index


def test_a_core_group_lookalike_is_not_a_core_kind():
    # networking.istio.io must not be read as networking.k8s.io
    assert schema_catalog("1.35").core("networking.istio.io", "v1", "Ingress") is None


def test_schema_folder_is_the_newest_not_newer_than_asked():
    assert strict_schema_folder("1.35").name == "v1.35.0-local-strict"
    assert strict_schema_folder("1.99").name.startswith("v1.37")
    with pytest.raises(ValueError, match="not a Kubernetes version"):
        strict_schema_folder("latest")


def test_every_error_of_an_object_is_reported():
    body = _config_map(data={"a": 1, "b": ["x"]}, binaryData={"c": 2}, immutable="yes")
    report = run_checks([Manifest("t", body)])
    assert sorted(f.path for f in report.findings) == ["binaryData.c", "data.a", "data.b", "immutable"]
    assert {f.rule for f in report.findings} == {"schema"}


def test_unknown_metadata_field_of_a_custom_kind_is_checked_against_object_meta():
    body = {"apiVersion": "gkm.io/v1alpha1", "kind": "ClusterGKMCache",
            "metadata": {"name": "c", "lables": {}}, "spec": {"image": "quay.io/x/y:1"}}
    report = run_checks([Manifest("t", body)])
    assert [(f.rule, f.path) for f in report.findings] == [("schema", "metadata.lables")]


def test_document_without_kind_is_an_error():
    report = run_checks([Manifest("t", {"metadata": {"name": "x"}})])
    assert [(f.rule, f.path) for f in report.findings] == [("schema", "")]


def test_unserved_crd_version_names_the_served_one():
    body = {"apiVersion": "external-secrets.io/v1beta1", "kind": "ExternalSecret",
            "metadata": {"name": "e", "namespace": "n"}, "spec": {}}
    [finding] = run_checks([Manifest("t", body)]).findings
    assert (finding.rule, finding.severity) == ("removed-api", "error")
    assert "external-secrets.io/v1" in finding.message


def test_removed_core_version_names_its_replacement():
    body = {"apiVersion": "extensions/v1beta1", "kind": "Ingress", "metadata": {"name": "i", "namespace": "n"}, "spec": {}}
    [finding] = run_checks([Manifest("t", body)]).findings
    assert finding.rule == "removed-api" and "networking.k8s.io/v1" in finding.message


# -------------------------------------------------------------------------------------------- CRD dialect

_STRUCTURAL = {
    "type": "object",
    "properties": {
        "spec": {
            "type": "object",
            "required": ["mode"],
            "properties": {
                "mode": {"type": "string", "default": "fast"},
                "count": {"type": "integer", "minimum": 0, "exclusiveMinimum": True},
                "label": {"type": "string"},
                "maybe": {"type": "string", "nullable": True},
                "port": {"x-kubernetes-int-or-string": True, "anyOf": [{"type": "integer"}, {"type": "string"}]},
                "free": {"type": "object", "x-kubernetes-preserve-unknown-fields": True},
                "template": {"type": "object", "x-kubernetes-embedded-resource": True,
                             "x-kubernetes-preserve-unknown-fields": True},
            },
        }
    },
}


def _errors(spec: dict) -> list[tuple[str, str]]:
    """Findings through the whole path synth takes: the compiled predicate first, jsonschema where it says no."""
    from mlmanifests.checks.schemas import compiled_schema

    compiled = compiled_schema(crd_dialect.to_json_schema(_STRUCTURAL), schema_catalog("1.35").registry, _STRUCTURAL)
    body = {"apiVersion": "x.io/v1", "kind": "X", "metadata": {"name": "x"}, "spec": spec}
    return sorted((".".join(map(str, e.absolute_path)), e.validator) for e in compiled.errors(body))


def test_default_is_applied_before_required():
    assert _errors({}) == []


def test_null_in_a_non_nullable_field_is_pruned_and_then_defaulted():
    assert _errors({"mode": None, "label": None}) == []


def test_nullable_field_admits_null():
    assert _errors({"maybe": None}) == []


def test_int_or_string_admits_both_and_nothing_else():
    assert _errors({"port": 80}) == [] and _errors({"port": "http"}) == []
    assert _errors({"port": [80]}) == [("spec.port", "type")]


def test_openapi_boolean_exclusive_minimum_is_honoured():
    assert _errors({"count": 1}) == []
    assert _errors({"count": 0}) == [("spec.count", "exclusiveMinimum")]


def test_unknown_fields_are_errors_except_where_preserved():
    assert _errors({"free": {"anything": {"at": "all"}}}) == []
    assert _errors({"bogus": 1}) == [("spec", "additionalProperties")]


def test_embedded_resource_needs_api_version_and_kind():
    assert _errors({"template": {"apiVersion": "v1", "kind": "Pod", "spec": {}}}) == []
    assert _errors({"template": {"spec": {}}}) == [("spec.template", "required"), ("spec.template", "required")]


def test_defaulting_does_not_touch_the_input():
    body = {"spec": {}}
    crd_dialect.apply_defaults(_STRUCTURAL, body)
    assert body == {"spec": {}}
