"""gemma-on-tpu's RGD over an instance's whole life (issue 12): deleting it completes, its checkpoint cannot change under
the Job that wrote it, it is refused when the checkpoint does not fit its topology or its name makes invalid names, and
what the seed had (Prometheus port, /healthcheck) is kept."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

import chart_support
from mlmanifests.targets.gemma_on_tpu.config import GemmaOnTpuConfig

TARGET = "gemma-on-tpu"
only = chart_support.only


def default_section() -> dict:
    return chart_support.default_section(TARGET)


@pytest.fixture(scope="module")
def manifests():
    return chart_support.synth(TARGET, default_section())


def resource(manifests, resource_id: str) -> dict:
    (found,) = [r for r in only(manifests, "ResourceGraphDefinition").body["spec"]["resources"] if r["id"] == resource_id]
    return found


def test_bucket_is_abandoned_so_deleting_an_instance_completes(manifests):
    annotations = resource(manifests, "bucket")["template"]["metadata"]["annotations"]
    assert annotations["cnrm.cloud.google.com/deletion-policy"] == "abandon"
    assert annotations.get("cnrm.cloud.google.com/force-destroy") != "false"


def test_bucket_deletion_can_be_chosen_and_then_destroys_its_contents():
    section = default_section()
    section["kcc"]["deletionPolicy"] = "delete"
    annotations = resource(chart_support.synth(TARGET, section), "bucket")["template"]["metadata"]["annotations"]
    assert annotations["cnrm.cloud.google.com/force-destroy"] == "true"
    assert "cnrm.cloud.google.com/deletion-policy" not in annotations


def test_checkpoint_is_immutable(manifests):
    spec = only(manifests, "ResourceGraphDefinition").body["spec"]["schema"]["spec"]
    assert spec["checkpoint"].endswith(" immutable=true")  # kro: simpleschema/markers.go applyImmutableMarker


def test_job_pods_are_deleted_with_it_and_it_has_a_deadline(manifests):
    job = resource(manifests, "checkpointJob")["template"]
    assert job["metadata"]["finalizers"] == ["foregroundDeletion"]
    assert job["spec"]["activeDeadlineSeconds"] == 21600


def test_http_front_end_is_probed_on_healthcheck_and_metrics_are_served(manifests):
    containers = resource(manifests, "server")["template"]["spec"]["template"]["spec"]["containers"]
    engine, http = containers
    assert http["readinessProbe"]["httpGet"]["path"] == "/healthcheck"
    assert "prometheus_port=9100" in engine["args"]
    assert {"name": "metrics", "containerPort": 9100} in engine["ports"]
    ports = resource(manifests, "service")["template"]["spec"]["ports"]
    assert {"name": "metrics", "port": 9100, "protocol": "TCP", "targetPort": "metrics"} in ports


def test_printer_columns_keep_kros_state_and_ready(manifests):
    columns = only(manifests, "ResourceGraphDefinition").body["spec"]["schema"]["additionalPrinterColumns"]
    assert [c["name"] for c in columns] == ["Checkpoint", "Topology", "Available", "Bucket", "State", "Ready"]


def test_admission_refuses_a_checkpoint_too_big_for_the_topology_and_bad_names(manifests):
    policy = only(manifests, "ValidatingAdmissionPolicy")
    expressions = [v["expression"] for v in policy.body["spec"]["validations"]]
    assert "size(object.metadata.name) <= 52" in expressions[0]
    assert '{"gemma-7b-it": 4, "gemma-2b-it": 1}' in expressions[1]
    binding = only(manifests, "ValidatingAdmissionPolicyBinding")
    assert binding.body["spec"] == {"policyName": policy.name, "validationActions": ["Deny"]}
    assert policy.body["spec"]["matchConstraints"]["resourceRules"][0]["resources"] == ["gemmaontpuservers"]


def test_example_instance_too_big_for_its_topology_is_refused():
    section = default_section()
    section["instances"] = [{"name": "big", "checkpoint": "gemma-7b-it", "tpuTopology": "1x1"}]
    with pytest.raises(ValidationError, match="needs at least 4 TPU chips"):
        GemmaOnTpuConfig.model_validate(section)


@pytest.mark.parametrize("name", ["1gemma", "g" * 53])
def test_example_instance_name_that_makes_invalid_names_is_refused(name):
    section = default_section()
    section["instances"] = [{"name": name}]
    with pytest.raises(ValidationError, match="start with a letter"):
        GemmaOnTpuConfig.model_validate(section)


def test_the_kaggle_store_is_emitted_with_a_grant_on_that_secret_only(manifests):
    store = only(manifests, "ClusterSecretStore")
    assert store.name == only(manifests, "ExternalSecret").body["spec"]["secretStoreRef"]["name"]
    grant = next(m for m in manifests if m.kind == "IAMPolicyMember"
                 and m.body["spec"]["role"] == "roles/secretmanager.secretAccessor")
    assert grant.body["spec"]["resourceRef"]["external"] == "projects/k8sai-example/secrets/kaggle-api-token"
    binding = next(m for m in manifests if m.kind == "IAMPolicyMember"
                   and m.body["spec"]["role"] == "roles/iam.workloadIdentityUser")
    assert binding.body["spec"]["member"] == "serviceAccount:k8sai-example.svc.id.goog[external-secrets/gcp-secret-manager]"


def test_a_store_reference_without_the_store_is_an_error():
    section = default_section()
    section["secretStore"]["create"] = False
    report = chart_support.checked(TARGET, section, chart_support.synth(TARGET, section))
    assert [f.rule for f in report.errors] == ["dangling-secret-store"]
    section["external"] = [{"kind": "ClusterSecretStore", "apiVersion": "external-secrets.io/v1", "name": "gcp-secret-manager"}]
    assert chart_support.checked(TARGET, section, chart_support.synth(TARGET, section)).errors == []


def test_admin_prerequisites_are_listed():
    lines = [p.line() for p in GemmaOnTpuConfig.model_validate(default_section()).prerequisites()]
    assert lines[0].startswith("kro >= 0.9")
    assert any("k8sai-example.svc.id.goog[cnrm-system/cnrm-controller-manager]" in line for line in lines)
    assert any("roles/owner for kcc-operator@k8sai-example.iam.gserviceaccount.com" in line for line in lines)
    assert any(line.startswith("Config Connector operator >= 1.155") for line in lines)
    assert json.dumps(lines)  # plain text
