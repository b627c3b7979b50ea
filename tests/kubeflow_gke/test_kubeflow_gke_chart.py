"""The kubeflow-gke chart: KCC in namespaced mode, the Kubeflow cluster and its GPU pool, IAP grants."""

from __future__ import annotations

from collections import Counter

import pytest
from pydantic import ValidationError

import chart_support
from mlmanifests.targets.kubeflow_gke.config import KubeflowGkeConfig
from mlmanifests.constructs.node_group import NodeGroup
from mlmanifests.manifests import Manifest

TARGET = "kubeflow-gke"


def default_section() -> dict:
    """The default section without Kubeflow itself: these tests are about the management setup and the cluster
    (test_kubeflow_gke_platform covers the composed platform in the cluster part)."""
    section = chart_support.default_section(TARGET)
    section["kubeflow"] = None
    return section


def synth(section: dict) -> list[Manifest]:
    return chart_support.synth(TARGET, section)


only = chart_support.only


@pytest.fixture(scope="module")
def default_manifests() -> list[Manifest]:
    return synth(default_section())


def test_default_emits_the_management_setup_and_the_cluster(default_manifests):
    assert Counter(m.kind for m in default_manifests) == {
        "ConfigConnector": 1, "Namespace": 1, "ConfigConnectorContext": 1, "Service": 9, "IAMServiceAccount": 4,
        "IAMPolicyMember": 26, "ContainerCluster": 1, "ContainerNodePool": 2, "ExternalSecret": 1,
        "ComputeAddress": 1, "ClusterSecretStore": 1, "ServiceAccount": 4,
    }


@pytest.mark.parametrize("overrides", [{}, {"location": "regional", "gpuPool": None, "meshId": None}])
def test_every_object_passes_the_checks(overrides):
    section = default_section()
    section["cluster"].update(overrides)
    report = chart_support.checked(TARGET, section, synth(section))
    assert report.errors == [], [str(f) for f in report.errors]


def test_config_connector_runs_namespaced_with_a_context_in_the_annotated_namespace(default_manifests):
    connector = only(default_manifests, "ConfigConnector")
    assert connector.name == "configconnector.core.cnrm.cloud.google.com" and not connector.namespace
    assert connector.body["spec"] == {"mode": "namespaced"}
    context = only(default_manifests, "ConfigConnectorContext")
    assert context.name == "configconnectorcontext.core.cnrm.cloud.google.com"
    assert context.namespace == "kf-test-project"
    assert context.body["spec"] == {
        "googleServiceAccount": "kf-mgmt-project-cnrm-system@kf-mgmt-project.iam.gserviceaccount.com",
        "requestProjectPolicy": "RESOURCE_PROJECT",
    }
    namespace = only(default_manifests, "Namespace")
    assert namespace.name == context.namespace
    assert namespace.annotations == {"cnrm.cloud.google.com/project-id": "kf-test-project"}


def test_operator_config_can_be_left_to_its_owner():
    section = default_section()
    section["configConnector"]["emitOperatorConfig"] = False
    section["kccNamespace"]["create"] = False
    kinds = {m.kind for m in synth(section)}
    assert "ConfigConnector" not in kinds and "Namespace" not in kinds and "ConfigConnectorContext" in kinds


def test_seed_apis_with_ml_replaced_by_vertex_ai(default_manifests):
    names = {m.name for m in default_manifests if m.kind == "Service"}
    assert names == {
        "compute.googleapis.com", "container.googleapis.com", "iam.googleapis.com", "servicemanagement.googleapis.com",
        "cloudresourcemanager.googleapis.com", "aiplatform.googleapis.com", "meshconfig.googleapis.com",
        "iap.googleapis.com", "secretmanager.googleapis.com",  # not in the seed's list: IAP and the secret store
    }


def test_cluster_is_zonal_with_workload_identity_and_mesh_label(default_manifests):
    cluster = only(default_manifests, "ContainerCluster")
    assert cluster.body["spec"]["location"] == "asia-northeast1-c"
    assert cluster.body["spec"]["workloadIdentityConfig"] == {"workloadPool": "kf-test-project.svc.id.goog"}
    assert cluster.body["metadata"]["labels"] == {"mesh_id": "proj-123456789012", "kubeflow": "kf-test"}
    assert cluster.annotations["cnrm.cloud.google.com/remove-default-node-pool"] == "true"


def test_regional_cluster_puts_pools_in_the_region():
    section = default_section()
    section["cluster"]["location"] = "regional"
    manifests = synth(section)
    assert {m.body["spec"]["location"] for m in manifests if m.kind.startswith("Container")} == {"asia-northeast1"}


def test_gpu_pool_is_t4_with_managed_driver_scaled_from_zero_and_tainted(default_manifests):
    pool = only(default_manifests, "ContainerNodePool", "kf-test-gpu-pool").body["spec"]
    assert pool["nodeConfig"]["guestAccelerator"] == [{
        "type": "nvidia-tesla-t4", "count": 1, "gpuDriverInstallationConfig": {"gpuDriverVersion": "LATEST"},
    }]
    assert pool["autoscaling"] == {"minNodeCount": 0, "maxNodeCount": 2}
    assert pool["nodeConfig"]["taint"] == [{"key": "nvidia.com/gpu", "value": "present", "effect": "NO_SCHEDULE"}]
    assert pool["clusterRef"] == {"name": "kf-test"}


def test_gpu_workload_tolerations_come_from_the_pool_taint():
    pool = KubeflowGkeConfig.model_validate(default_section()).cluster.gpu_pool
    assert NodeGroup(taints=[pool.taint]).tolerations() == [{"key": "nvidia.com/gpu", "operator": "Equal", "value": "present", "effect": "NoSchedule"}]


def test_no_gpu_pool_when_disabled():
    section = default_section()
    section["cluster"]["gpuPool"] = None
    assert [m.name for m in synth(section) if m.kind == "ContainerNodePool"] == ["kf-test-cpu-pool"]


def test_iap_access_is_granted_to_configured_members(default_manifests):
    grants = [m.body["spec"] for m in default_manifests if m.kind == "IAMPolicyMember"
              and m.body["spec"]["role"] == "roles/iap.httpsResourceAccessor"]
    assert grants == [{"member": "user:kubeflow-admin@example.com", "role": "roles/iap.httpsResourceAccessor",
                       "resourceRef": {"kind": "Project", "external": "projects/kf-test-project"}}]


def test_oauth_client_secret_is_a_reference(default_manifests):
    external_secret = only(default_manifests, "ExternalSecret")
    assert (external_secret.namespace, external_secret.name) == ("istio-system", "kubeflow-oauth")
    assert {d["secretKey"] for d in external_secret.body["spec"]["data"]} == {"client_id", "client_secret"}


def test_existing_oauth_secret_emits_nothing():
    section = default_section()
    section["iap"]["oauthClient"] = {"existingSecret": "kubeflow-oauth"}
    assert not [m for m in synth(section) if m.kind == "ExternalSecret"]


@pytest.mark.parametrize("path, value, message", [
    (("configConnector", "googleServiceAccount"), "kcc-controller@other-project.iam.gserviceaccount.com", "not managementProject"),
    (("configConnector", "googleServiceAccount"), "not-an-email", "not a Google service account email"),
    (("iap", "members"), ["alice@example.com"], "is not an IAM principal"),
    (("cluster", "gpuPool", "minNodes"), 5, "exceeds"),
    (("project", "zone"), "us-central1-a", "not in project.region"),
])
def test_config_mistakes_are_refused_with_the_field_named(path, value, message):
    section = default_section()
    node = section
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    with pytest.raises(ValidationError, match=message):
        KubeflowGkeConfig.model_validate(section)


# ------------------------------------------------------------------------ issue 12: what a real project needs

def test_iap_api_is_enabled_and_required(default_manifests):
    assert only(default_manifests, "Service", "iap.googleapis.com")
    section = default_section()
    section["apis"]["enable"].remove("iap.googleapis.com")
    with pytest.raises(ValidationError, match="iap.googleapis.com"):
        KubeflowGkeConfig.model_validate(section)


def test_kubeflow_admin_and_user_accounts_act_through_workload_identity(default_manifests):
    accounts = {m.name for m in default_manifests if m.kind == "IAMServiceAccount"}
    assert {"kf-test-admin", "kf-test-user"} <= accounts
    members = {m.body["spec"]["member"] for m in default_manifests if m.kind == "IAMPolicyMember"
               and m.body["spec"]["role"] == "roles/iam.workloadIdentityUser"}
    assert {"serviceAccount:kf-test-project.svc.id.goog[kubeflow/kf-admin]",
            "serviceAccount:kf-test-project.svc.id.goog[istio-system/kf-admin]",
            "serviceAccount:kf-test-project.svc.id.goog[kubeflow/kf-user]"} <= members
    ksa = only(default_manifests, "ServiceAccount", "kf-user")
    assert ksa.folder.endswith("kubeflow-cluster")
    assert ksa.annotations == {"iam.gke.io/gcp-service-account": "kf-test-user@kf-test-project.iam.gserviceaccount.com"}


def test_the_ingress_gets_a_global_static_ip(default_manifests):
    address = only(default_manifests, "ComputeAddress")
    assert address.name == "kf-test-ip"
    assert address.body["spec"]["location"] == "global"
    assert address.annotations["cnrm.cloud.google.com/deletion-policy"] == "abandon"


def test_the_kubeflow_cluster_gets_its_secret_store(default_manifests):
    store = only(default_manifests, "ClusterSecretStore")
    assert store.folder.endswith("kubeflow-cluster")
    assert store.body["spec"]["provider"]["gcpsm"]["projectID"] == "kf-test-project"
    grant = next(m for m in default_manifests if m.kind == "IAMPolicyMember"
                 and m.body["spec"]["role"] == "roles/secretmanager.secretAccessor")
    assert grant.body["spec"]["resourceRef"] == {"kind": "SecretManagerSecret",
                                                 "external": "projects/kf-test-project/secrets/kf-test-iap-oauth"}


def test_prerequisites_name_the_controller_binding():
    lines = [p.line() for p in KubeflowGkeConfig.model_validate(default_section()).prerequisites()]
    assert any("kf-mgmt-project.svc.id.goog[cnrm-system/cnrm-controller-manager-kf-test-project]" in line for line in lines)


def test_cluster_mode_names_the_account_on_the_config_connector_and_emits_no_context():
    section = default_section()
    section["configConnector"]["mode"] = "cluster"
    manifests = synth(section)
    assert only(manifests, "ConfigConnector").body["spec"] == {
        "mode": "cluster", "googleServiceAccount": "kf-mgmt-project-cnrm-system@kf-mgmt-project.iam.gserviceaccount.com"}
    assert not [m for m in manifests if m.kind == "ConfigConnectorContext"]
    lines = [p.line() for p in KubeflowGkeConfig.model_validate(section).prerequisites()]
    assert any("[cnrm-system/cnrm-controller-manager]" in line for line in lines)


def test_the_cluster_and_its_pools_are_abandoned_when_pruned(default_manifests):
    for manifest in default_manifests:
        if manifest.kind in ("ContainerCluster", "ContainerNodePool", "IAMServiceAccount", "ComputeAddress"):
            assert manifest.annotations["cnrm.cloud.google.com/deletion-policy"] == "abandon", manifest.id
