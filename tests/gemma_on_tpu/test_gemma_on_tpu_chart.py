"""The gemma-on-tpu chart: what the default config gives, and what each config choice changes."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

import chart_support
from mlmanifests.kro.graph import analyze_graph
from mlmanifests.targets.gemma_on_tpu.config import GemmaOnTpuConfig
from mlmanifests.output.layout import place
from mlmanifests.manifests import Manifest

TARGET = "gemma-on-tpu"
only = chart_support.only


def default_section() -> dict:
    return chart_support.default_section(TARGET)


def synth(section: dict) -> list[Manifest]:
    return chart_support.synth(TARGET, section)


def checked(section: dict, manifests: list[Manifest]):
    return chart_support.checked(TARGET, section, manifests)


def resources(manifests: list[Manifest]) -> dict[str, dict]:
    """The RGD's resources by id."""
    return {r["id"]: r for r in only(manifests, "ResourceGraphDefinition").body["spec"]["resources"]}


def pod_spec(resource: dict) -> dict:
    return resource["template"]["spec"]["template"]["spec"]


@pytest.fixture(scope="module")
def default_manifests() -> list[Manifest]:
    return synth(default_section())


def test_default_output_passes_every_check_without_warnings(default_manifests):
    report = checked(default_section(), default_manifests)
    assert [f for f in report.findings if f.severity != "info"] == []
    (order,) = [f for f in report.findings if f.rule == "kro-graph-order"]
    assert order.message.endswith("-> checkpointJob -> server")


def test_default_output_kinds(default_manifests):
    kinds = sorted(m.kind for m in default_manifests)
    assert kinds == ["ClusterSecretStore", "ConfigConnector", "ExternalSecret", "GemmaOnTPUServer", "GemmaOnTPUServer",
                     "IAMPolicyMember", "IAMPolicyMember", "IAMServiceAccount", "Namespace", "Project",
                     "ResourceGraphDefinition", "ServiceAccount", "ValidatingAdmissionPolicy",
                     "ValidatingAdmissionPolicyBinding"]


def test_graph_is_acyclic_and_creates_the_server_last(default_manifests):
    analysis = analyze_graph(only(default_manifests, "ResourceGraphDefinition"))
    assert analysis.findings == []
    assert sorted(analysis.order) == sorted(resources(default_manifests))
    position = {resource: index for index, resource in enumerate(analysis.order)}
    for resource, needs in analysis.dependencies.items():
        assert all(position[need] < position[resource] for need in needs), resource
    assert analysis.dependencies["server"] >= {"checkpointJob", "bucket", "kubernetesServiceAccount"}
    assert analysis.dependencies["checkpointJob"] >= {"bucketAccess", "workloadIdentityBinding"}


def test_project_is_an_external_ref_with_its_name_under_metadata(default_manifests):
    project = resources(default_manifests)["project"]
    assert "template" not in project
    assert set(project["externalRef"]) == {"apiVersion", "kind", "metadata"}
    assert project["externalRef"]["metadata"] == {"name": "acquire-namespace-project", "namespace": "${schema.metadata.namespace}"}


def test_every_asynchronous_resource_says_when_it_is_ready(default_manifests):
    ready = {resource_id: r.get("readyWhen") for resource_id, r in resources(default_manifests).items()}
    for resource_id in ("project", "googleServiceAccount", "workloadIdentityBinding", "bucket", "bucketAccess"):
        assert ready[resource_id] == [f'${{{resource_id}.status.conditions.exists(c, c.type == "Ready" && c.status == "True")}}']
    assert '"Complete"' in ready["checkpointJob"][0]
    assert '"Available"' in ready["server"][0]


def test_bucket_access_is_granted_on_the_bucket_not_the_project(default_manifests):
    graph = resources(default_manifests)
    members = [r["template"] for r in graph.values() if r.get("template", {}).get("kind") == "IAMPolicyMember"]
    assert {m["spec"]["resourceRef"]["kind"] for m in members} == {"StorageBucket", "IAMServiceAccount"}
    access = graph["bucketAccess"]["template"]["spec"]
    assert access["resourceRef"]["name"] == "${bucket.metadata.name}"
    assert access["role"] == "roles/storage.objectUser"


def test_bucket_is_private_uniform_and_unique_per_instance(default_manifests):
    bucket = resources(default_manifests)["bucket"]["template"]
    assert bucket["spec"]["uniformBucketLevelAccess"] is True
    assert bucket["spec"]["publicAccessPrevention"] == "enforced"
    assert bucket["spec"]["resourceID"] == "gemma-ckpt-${schema.metadata.uid}"
    assert "cnrm.cloud.google.com/force-destroy" not in bucket["metadata"]["annotations"]


def test_workload_identity_binds_the_dedicated_service_account(default_manifests):
    graph = resources(default_manifests)
    ksa = graph["kubernetesServiceAccount"]["template"]
    assert ksa["metadata"]["name"] != "default"
    assert ksa["metadata"]["annotations"] == {"iam.gke.io/gcp-service-account": "${googleServiceAccount.status.email}"}
    member = graph["workloadIdentityBinding"]["template"]["spec"]["member"]
    assert member == ("serviceAccount:${project.spec.resourceID}.svc.id.goog"
                      "[${schema.metadata.namespace}/${kubernetesServiceAccount.metadata.name}]")
    for workload in ("checkpointJob", "server"):
        assert pod_spec(graph[workload])["serviceAccountName"] == "${kubernetesServiceAccount.metadata.name}"


def test_workload_identity_pool_of_another_cluster_project():
    section = default_section() | {"workloadIdentityProject": "cluster-project-1"}
    member = resources(synth(section))["workloadIdentityBinding"]["template"]["spec"]["member"]
    assert member.startswith("serviceAccount:cluster-project-1.svc.id.goog[")


def test_checkpoint_job_requests_no_tpu_and_mounts_the_kaggle_secret_read_only(default_manifests):
    spec = pod_spec(resources(default_manifests)["checkpointJob"])
    (container,) = spec["containers"]
    assert not any("tpu" in name for block in container["resources"].values() for name in block)
    assert "nodeSelector" not in spec
    kaggle = next(v for v in spec["volumes"] if v["name"] == "kaggle-credentials")
    assert kaggle["secret"]["secretName"] == "${schema.spec.kaggleSecret}"
    mount = next(m for m in container["volumeMounts"] if m["name"] == "kaggle-credentials")
    assert mount == {"name": "kaggle-credentials", "mountPath": "/kaggle", "readOnly": True}


def test_server_uses_replicas_and_derives_tpu_chips_from_the_topology(default_manifests):
    server = resources(default_manifests)["server"]["template"]
    assert server["spec"]["replicas"] == "${schema.spec.replicas}"
    spec = server["spec"]["template"]["spec"]
    assert spec["nodeSelector"] == {"cloud.google.com/gke-tpu-accelerator": "${schema.spec.tpuAccelerator}",
                                    "cloud.google.com/gke-tpu-topology": "${schema.spec.tpuTopology}"}
    engine = spec["containers"][0]
    chips = '${{"2x4": 8, "2x2": 4, "1x1": 1}[schema.spec.tpuTopology]}'
    assert engine["resources"]["requests"]["google.com/tpu"] == engine["resources"]["limits"]["google.com/tpu"] == chips
    assert all(c.get("readinessProbe") for c in spec["containers"])


def test_instance_schema_spells_kaggle_secret_and_offers_the_configured_choices(default_manifests):
    schema = only(default_manifests, "ResourceGraphDefinition").body["spec"]["schema"]
    assert set(schema["spec"]) == {"kaggleSecret", "replicas", "checkpoint", "tpuAccelerator", "tpuTopology"}
    assert schema["spec"]["kaggleSecret"].startswith("string | default=kaggle-credentials ")
    assert schema["spec"]["replicas"] == "integer | default=1 minimum=0 maximum=4"
    assert 'enum="gemma-7b-it,gemma-2b-it"' in schema["spec"]["checkpoint"]
    assert set(schema["status"]) == {"bucketName", "bucketURL", "serviceAccountEmail", "availableReplicas", "clusterIP"}


def test_config_connector_is_cluster_scoped_with_its_fixed_name(default_manifests):
    config_connector = only(default_manifests, "ConfigConnector").body
    assert config_connector["metadata"] == {"name": "configconnector.core.cnrm.cloud.google.com"}
    assert config_connector["spec"] == {"googleServiceAccount": "kcc-operator@k8sai-example.iam.gserviceaccount.com",
                                        "mode": "cluster", "stateIntoSpec": "Absent"}


def test_config_connector_can_be_left_to_its_owner():
    section = default_section() | {"manageConfigConnector": False}
    assert not [m for m in synth(section) if m.kind == "ConfigConnector"]


def test_project_is_acquired_and_never_deleted(default_manifests):
    project = only(default_manifests, "Project").body
    assert project["metadata"]["annotations"] == {"cnrm.cloud.google.com/auto-create-network": "false",
                                                  "cnrm.cloud.google.com/deletion-policy": "abandon"}
    assert project["spec"] == {"name": "k8sai-example", "resourceID": "k8sai-example", "folderRef": {"external": "123456789012"}}
    namespace = only(default_manifests, "Namespace").body
    assert namespace["metadata"]["annotations"] == {"cnrm.cloud.google.com/project-id": "k8sai-example"}


def test_instances_are_placed_after_the_graph(default_manifests):
    placements = {manifest.kind: placement.folder.as_posix() for placement, manifest in place(default_manifests, "per-target")}
    assert placements["GemmaOnTPUServer"] == f"{TARGET}/instances"
    assert placements["ResourceGraphDefinition"] == TARGET


def test_no_secret_value_is_emitted(default_manifests):
    assert not [m for m in default_manifests if m.kind == "Secret"]
    external_secret = only(default_manifests, "ExternalSecret").body
    assert external_secret["spec"]["data"] == [{"secretKey": "kaggle.json", "remoteRef": {"key": "kaggle-api-token"}}]
    text = json.dumps([m.body for m in default_manifests])
    assert "stringData" not in text and '"data": {' not in text


def test_existing_secret_is_referenced_not_synthesized():
    section = default_section() | {"kaggleCredentials": {"existingSecret": "team-kaggle"}}
    manifests = synth(section)
    assert not [m for m in manifests if m.kind in ("ExternalSecret", "Secret")]
    schema = only(manifests, "ResourceGraphDefinition").body["spec"]["schema"]
    assert schema["spec"]["kaggleSecret"].startswith("string | default=team-kaggle ")
    assert checked(section, manifests).errors == []


def test_organization_parent():
    section = default_section()
    section["project"] = {**section["project"], "folderId": None, "organizationId": "42"}
    assert only(synth(section), "Project").body["spec"]["organizationRef"] == {"external": "42"}


@pytest.mark.parametrize("change, message", [
    (lambda s: s["project"].update(organizationId="42"), "exactly one of `folderId` or `organizationId`"),
    (lambda s: s["tpu"].update(topologies=["4x4"]), "single-host topology"),
    (lambda s: s["instances"].append({"name": "x", "checkpoint": "gemma-70b"}), "instances[2].checkpoint"),
    (lambda s: s["instances"].append({"name": "x", "replicas": 9}), "at most server.maxReplicas"),
    (lambda s: s["kaggleCredentials"].update(remoteKeys={"username": {"key": "u"}}), "kaggle.json"),
    (lambda s: s["checkpoints"].append({"name": "bad", "kaggleHandle": "google/gemma/pytorch/7b"}), "kaggleHandle"),
    (lambda s: s.update(bucketPrefix="google-ckpt"), "may not start with 'goog'"),
])
def test_config_errors_name_the_field_and_the_fix(change, message):
    section = default_section()
    change(section)
    with pytest.raises(ValidationError, match=message.replace("[", r"\[").replace("]", r"\]")):
        GemmaOnTpuConfig.model_validate(section)
