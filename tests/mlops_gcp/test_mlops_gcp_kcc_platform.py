"""The Config Connector side of mlops-gcp that a real project needs (issue 12): private services access, Cloud NAT for
private nodes, the namespace's ConfigConnectorContext, the secret chain, and what pruning an object does."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

import chart_support
from mlmanifests.targets.mlops_gcp.config import MlopsGcpConfig

TARGET = "mlops-gcp"
only = chart_support.only


def default_section() -> dict:
    return chart_support.default_section(TARGET)


@pytest.fixture(scope="module")
def default_manifests():
    return chart_support.synth(TARGET, default_section())


def test_private_sql_gets_its_service_networking_connection_over_the_reserved_range(default_manifests):
    connection = only(default_manifests, "ServiceNetworkingConnection")
    address = only(default_manifests, "ComputeAddress")
    assert connection.api_version == "servicenetworking.cnrm.cloud.google.com/v1beta1"
    assert connection.body["spec"] == {
        "networkRef": {"name": "mlops-dev-vpc"}, "reservedPeeringRanges": [{"name": address.name}],
        "service": "servicenetworking.googleapis.com",
    }


def test_an_external_service_networking_connection_is_not_emitted():
    section = default_section()
    section["cloudSql"]["serviceNetworkingConnection"] = "external"
    assert not [m for m in chart_support.synth(TARGET, section) if m.kind == "ServiceNetworkingConnection"]


def test_private_nodes_get_a_cloud_router_and_nat_on_the_vpc():
    section = default_section()
    section["cluster"]["privateNodes"] = True
    manifests = chart_support.synth(TARGET, section)
    router, nat = only(manifests, "ComputeRouter"), only(manifests, "ComputeRouterNAT")
    assert router.body["spec"] == {"networkRef": {"name": "mlops-dev-vpc"}, "region": "us-central1"}
    assert nat.body["spec"]["routerRef"] == {"name": router.name}
    assert nat.body["spec"]["sourceSubnetworkIpRangesToNat"] == "ALL_SUBNETWORKS_ALL_IP_RANGES"
    report = chart_support.checked(TARGET, section, manifests)
    assert report.errors == [], [str(f) for f in report.errors]
    # A router that names a network nobody defines is refused by the checks synth runs.
    router.body["spec"]["networkRef"] = {"name": "no-such-vpc"}
    nat.body["spec"]["routerRef"] = {"name": "no-such-router"}
    errors = chart_support.checked(TARGET, section, manifests).errors
    assert sorted((f.rule, f.path) for f in errors) == [("dangling-kcc-ref", "spec.networkRef.name"),
                                                        ("dangling-kcc-ref", "spec.routerRef.name")]


def test_a_peering_range_nobody_reserves_is_refused(default_manifests):
    section = default_section()
    manifests = chart_support.synth(TARGET, section)
    only(manifests, "ServiceNetworkingConnection").body["spec"]["reservedPeeringRanges"] = [{"name": "no-such-range"}]
    errors = chart_support.checked(TARGET, section, manifests).errors
    assert [(f.rule, f.path) for f in errors] == [("dangling-kcc-ref", "spec.reservedPeeringRanges[0].name")]


def test_public_nodes_have_no_nat(default_manifests):
    assert not [m for m in default_manifests if m.kind in ("ComputeRouter", "ComputeRouterNAT")]


def test_namespaced_mode_emits_the_context_charging_the_managed_project(default_manifests):
    context = only(default_manifests, "ConfigConnectorContext")
    assert (context.namespace, context.name) == ("mlops-dev", "configconnectorcontext.core.cnrm.cloud.google.com")
    assert context.body["spec"] == {"googleServiceAccount": "kcc-mlops-dev@kcc-mgmt-project.iam.gserviceaccount.com",
                                    "requestProjectPolicy": "RESOURCE_PROJECT"}


def test_prerequisites_name_the_namespaced_controller_identity_and_its_binding():
    lines = [p.line() for p in MlopsGcpConfig.model_validate(default_section()).prerequisites()]
    member = "serviceAccount:kcc-mgmt-project.svc.id.goog[cnrm-system/cnrm-controller-manager-mlops-dev]"
    assert any(member in line and "roles/iam.workloadIdentityUser" in line for line in lines)
    assert any("roles/owner" in line and "mlops-dev-project" in line for line in lines)
    assert any(line.startswith("External Secrets Operator >= 0.16") for line in lines)


def test_cluster_mode_uses_the_cluster_controller_and_emits_no_context():
    section = default_section()
    section["configConnector"]["mode"] = "cluster"
    config = MlopsGcpConfig.model_validate(section)
    assert config.config_connector.controller_ksa("mlops-dev") == "cnrm-system/cnrm-controller-manager"
    assert not [m for m in chart_support.synth(TARGET, section) if m.kind == "ConfigConnectorContext"]


def test_stateful_resources_are_abandoned_and_labelled_by_default(default_manifests):
    stateful = {"ContainerCluster", "ContainerNodePool", "ComputeNetwork", "ComputeSubnetwork", "ComputeAddress",
                "ServiceNetworkingConnection", "SQLInstance", "SQLDatabase", "SQLUser", "StorageBucket",
                "IAMServiceAccount"}
    for manifest in default_manifests:
        if manifest.kind in stateful:
            assert manifest.annotations["cnrm.cloud.google.com/deletion-policy"] == "abandon", manifest.id
        if manifest.group.endswith(".cnrm.cloud.google.com") and manifest.kind != "ConfigConnectorContext":
            assert manifest.body["metadata"]["labels"] == {"env": "dev", "platform": "mlops"}, manifest.id


def test_one_object_can_opt_out_of_abandon():
    section = default_section()
    section["kcc"]["deleteOnRemoval"] = ["mlops-dev-artifact-store"]
    manifests = chart_support.synth(TARGET, section)
    assert only(manifests, "StorageBucket").annotations["cnrm.cloud.google.com/deletion-policy"] == "delete"
    assert only(manifests, "SQLInstance").annotations["cnrm.cloud.google.com/deletion-policy"] == "abandon"


def test_bad_label_is_refused():
    section = default_section()
    section["kcc"]["labels"] = {"Team": "x"}
    with pytest.raises(ValidationError, match="not a Google Cloud label"):
        MlopsGcpConfig.model_validate(section)


def test_the_management_store_reads_only_the_secrets_it_syncs_as_workload_identity(default_manifests):
    management = [m for m in default_manifests if m.folder is None]
    store = only(management, "ClusterSecretStore")
    assert store.body["spec"]["provider"]["gcpsm"] == {
        "projectID": "mlops-dev-project",
        "auth": {"workloadIdentity": {"serviceAccountRef": {"name": "mlops-dev-secret-manager", "namespace": "external-secrets"}}},
    }
    ksa = only(management, "ServiceAccount", "mlops-dev-secret-manager")
    assert ksa.annotations["iam.gke.io/gcp-service-account"] == "mlops-dev-eso@mlops-dev-project.iam.gserviceaccount.com"
    grants = [m.body["spec"] for m in default_manifests if m.kind == "IAMPolicyMember"
              and m.body["spec"]["role"] == "roles/secretmanager.secretAccessor"]
    assert sorted(g["resourceRef"]["external"] for g in grants) == [
        "projects/mlops-dev-project/secrets/mlops-dev-kfp-mysql-password",  # management store: SQL password
        "projects/mlops-dev-project/secrets/mlops-dev-kfp-mysql-password",  # KFP cluster store: mysql-secret
        "projects/mlops-dev-project/secrets/mlops-dev-mlpipeline-minio-artifact",  # and the MinIO gateway's keys
    ]
    members = {m.body["spec"]["member"] for m in default_manifests if m.kind == "IAMPolicyMember"
               and m.body["spec"]["role"] == "roles/iam.workloadIdentityUser" and "external-secrets" in m.body["spec"]["member"]}
    assert members == {"serviceAccount:kcc-mgmt-project.svc.id.goog[external-secrets/mlops-dev-secret-manager]",
                       "serviceAccount:mlops-dev-project.svc.id.goog[external-secrets/mlops-dev-secret-manager]"}


def test_secret_manager_api_is_required_for_a_store():
    section = default_section()
    section["apis"]["enable"].remove("secretmanager.googleapis.com")
    with pytest.raises(ValidationError, match="secretmanager.googleapis.com"):
        MlopsGcpConfig.model_validate(section)


def test_a_kfp_cluster_store_that_nobody_emits_or_declares_is_an_error():
    section = default_section()
    section["secretStore"]["create"] = False
    section["external"] = []
    kfp = [m for m in chart_support.synth(TARGET, section) if m.folder == "mlops-gcp/kfp-cluster"]
    from mlmanifests.checks import run_checks

    errors = {(f.rule, f.object.name) for f in run_checks(kfp).errors if f.rule == "dangling-secret-store"}
    assert errors == {("dangling-secret-store", "mysql-secret"), ("dangling-secret-store", "mlpipeline-minio-artifact")}


def test_the_kfp_cluster_part_holds_the_store_its_external_secrets_read():
    """The kfp-cluster part's ClusterSecretStore, as the KFP Google store account (Workload Identity), read by
    mysql-secret and the MinIO gateway's credentials."""
    from mlmanifests.checks import run_checks

    section = default_section()
    section["external"] = []
    kfp = [m for m in chart_support.synth(TARGET, section) if m.folder == "mlops-gcp/kfp-cluster"]
    store = next(m for m in kfp if m.kind == "ClusterSecretStore")
    ksa = next(m for m in kfp if m.kind == "ServiceAccount" and m.namespace == "external-secrets")
    assert ksa.annotations["iam.gke.io/gcp-service-account"] == "mlops-dev-kfp-eso@mlops-dev-project.iam.gserviceaccount.com"
    assert store.name == "mlops-dev-secret-manager"
    readers = {m.name for m in kfp if m.kind == "ExternalSecret" and m.body["spec"]["secretStoreRef"]["name"] == store.name}
    assert readers == {"mysql-secret", "mlpipeline-minio-artifact"}
    assert [f for f in run_checks(kfp).errors if "store" in f.rule] == []
