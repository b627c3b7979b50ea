"""The mlops-gcp chart: what the default config gives, and what each config choice changes."""

from __future__ import annotations

import copy
from collections import Counter

import pytest
from pydantic import ValidationError

import chart_support
from mlmanifests.targets.mlops_gcp.config import MlopsGcpConfig
from mlmanifests.manifests import Manifest

TARGET = "mlops-gcp"


def default_section() -> dict:
    return chart_support.default_section(TARGET)


def synth(section: dict) -> list[Manifest]:
    return chart_support.synth(TARGET, section)


def checked(section: dict, manifests: list[Manifest]):
    return chart_support.checked(TARGET, section, manifests)


only = chart_support.only


@pytest.fixture(scope="module")
def default_manifests() -> list[Manifest]:
    return synth(default_section())


@pytest.fixture(scope="module")
def ours(default_manifests) -> list[Manifest]:
    """The objects this target writes itself (not upstream Kubeflow Pipelines' composed ones)."""
    return [m for m in default_manifests if not m.origin]


def test_default_emits_the_seed_environment(ours):
    kinds = Counter(m.kind for m in ours)
    assert kinds == {
        # The KFP cluster's Namespace, ConfigMap and ServiceAccounts are upstream KFP's now (composed, not ours);
        # the second store and its KSA are the KFP cluster's; the grant more reads the MinIO gateway's keys.
        "Namespace": 1, "Service": 13, "ComputeNetwork": 1, "ComputeSubnetwork": 1, "ComputeAddress": 1,
        "ServiceNetworkingConnection": 1, "ConfigConnectorContext": 1, "ClusterSecretStore": 2,
        "IAMServiceAccount": 4, "IAMPolicyMember": 23, "ContainerCluster": 1, "ContainerNodePool": 1,
        "SQLInstance": 1, "SQLDatabase": 3, "SQLUser": 1, "StorageBucket": 1,
        "ExternalSecret": 3, "ServiceAccount": 2,
    }


@pytest.mark.parametrize("overrides", [{}, {"connectivity": "authorized-networks",
                                           "authorizedNetworks": [{"name": "office", "cidr": "203.0.113.0/24"}]}])
def test_every_object_passes_the_checks(overrides):
    section = default_section()
    section["cloudSql"].update(overrides)
    report = checked(section, synth(section))
    assert report.errors == [], [str(f) for f in report.errors]
    assert report.ok


def test_kcc_objects_live_in_the_namespace_annotated_with_the_project(default_manifests):
    namespace = next(m for m in default_manifests if m.kind == "Namespace" and m.name == "mlops-dev")
    assert namespace.annotations == {"cnrm.cloud.google.com/project-id": "mlops-dev-project"}
    kcc = [m for m in default_manifests if m.group.endswith(".cnrm.cloud.google.com")]
    assert kcc and {m.namespace for m in kcc} == {"mlops-dev"}


def test_retired_apis_are_replaced_by_their_successors(default_manifests):
    services = {m.name: m for m in default_manifests if m.kind == "Service" and m.group.startswith("serviceusage")}
    assert "containerregistry.googleapis.com" not in services and "ml.googleapis.com" not in services
    assert services["artifactregistry.googleapis.com"].annotations["mlmanifests.dev/replaces-retired-api"] == "containerregistry.googleapis.com"
    assert services["aiplatform.googleapis.com"].annotations["mlmanifests.dev/replaces-retired-api"] == "ml.googleapis.com"
    for service in services.values():
        assert service.annotations["cnrm.cloud.google.com/deletion-policy"] == "abandon"
        assert service.annotations["cnrm.cloud.google.com/disable-dependent-services"] == "false"
        assert service.body["spec"]["resourceID"] == service.name


def test_keeping_a_retired_api_names_its_successor_on_the_object():
    section = default_section()
    section["apis"]["retiredApis"] = "keep"
    services = {m.name: m for m in synth(section) if m.kind == "Service"}
    assert services["ml.googleapis.com"].annotations["mlmanifests.dev/retired-api-successor"] == "aiplatform.googleapis.com"
    assert "aiplatform.googleapis.com" not in services


def test_sql_user_password_is_a_secret_reference_never_a_value(default_manifests):
    user = only(default_manifests, "SQLUser")
    assert user.body["spec"]["password"] == {
        "valueFrom": {"secretKeyRef": {"name": "mlops-dev-kfp-mysql-password", "key": "password"}}
    }
    secret_source = next(m for m in default_manifests if m.kind == "ExternalSecret" and m.namespace == "mlops-dev")
    assert secret_source.body["spec"]["target"]["name"] == "mlops-dev-kfp-mysql-password"


def test_existing_password_secret_is_referenced_and_nothing_is_synthesized_for_it():
    section = default_section()
    section["cloudSql"]["password"] = {"existingSecret": "mysql-admin"}
    # The KFP cluster cannot read the management cluster's Secret: its password source is named on its own.
    section["kfp"]["mysqlPassword"] = {"store": {"name": "mlops-dev-secret-manager"},
                                       "remoteKeys": {"password": {"key": "mlops-dev-kfp-mysql-password"}}}
    manifests = synth(section)
    assert only(manifests, "SQLUser").body["spec"]["password"]["valueFrom"]["secretKeyRef"]["name"] == "mysql-admin"
    assert {m.namespace for m in manifests if m.kind == "ExternalSecret"} == {"kubeflow"}
    report = checked(section, manifests)
    assert report.ok, [str(f) for f in report.errors]


def test_private_sql_uses_a_peering_range_on_the_vpc(default_manifests):
    address = only(default_manifests, "ComputeAddress")
    assert address.body["spec"] == {
        "location": "global", "addressType": "INTERNAL", "purpose": "VPC_PEERING", "prefixLength": 16,
        "networkRef": {"name": "mlops-dev-vpc"},
    }
    ip = only(default_manifests, "SQLInstance").body["spec"]["settings"]["ipConfiguration"]
    assert ip["ipv4Enabled"] is False
    assert ip["privateNetworkRef"] == {"name": "mlops-dev-vpc"}
    assert ip["allocatedIpRange"] == address.name


def test_private_sql_without_the_service_networking_api_is_refused():
    section = default_section()
    section["apis"]["enable"].remove("servicenetworking.googleapis.com")
    with pytest.raises(ValidationError, match="servicenetworking.googleapis.com"):
        MlopsGcpConfig.model_validate(section)


def test_authorized_networks_give_a_public_ip_and_no_peering_range():
    section = default_section()
    section["cloudSql"].update(connectivity="authorized-networks",
                               authorizedNetworks=[{"name": "office", "cidr": "203.0.113.0/24"}])
    manifests = synth(section)
    assert not [m for m in manifests if m.kind == "ComputeAddress"]
    ip = only(manifests, "SQLInstance").body["spec"]["settings"]["ipConfiguration"]
    assert ip == {"ipv4Enabled": True, "authorizedNetworks": [{"name": "office", "value": "203.0.113.0/24"}],
                  "sslMode": "ENCRYPTED_ONLY"}


def test_authorized_networks_mode_needs_networks():
    section = default_section()
    section["cloudSql"]["connectivity"] = "authorized-networks"
    with pytest.raises(ValidationError, match="cloudSql.authorizedNetworks is empty"):
        MlopsGcpConfig.model_validate(section)


def test_sql_defaults_are_safe(default_manifests):
    settings = only(default_manifests, "SQLInstance").body["spec"]["settings"]
    assert settings["deletionProtectionEnabled"] is True
    assert settings["backupConfiguration"]["enabled"] is True
    assert only(default_manifests, "SQLInstance").body["spec"]["databaseVersion"] == "MYSQL_8_0"
    databases = {m.body["spec"]["resourceID"] for m in default_manifests if m.kind == "SQLDatabase"}
    assert databases == {"pipelinedb", "metadb", "cachedb"}


def test_cluster_is_vpc_native_on_the_subnetwork_ranges_with_workload_identity(default_manifests):
    subnet = only(default_manifests, "ComputeSubnetwork").body["spec"]
    cluster = only(default_manifests, "ContainerCluster").body["spec"]
    ranges = {r["rangeName"] for r in subnet["secondaryIpRange"]}
    policy = cluster["ipAllocationPolicy"]
    assert {policy["clusterSecondaryRangeName"], policy["servicesSecondaryRangeName"]} == ranges
    assert subnet["privateIpGoogleAccess"] is True
    assert cluster["workloadIdentityConfig"] == {"workloadPool": "mlops-dev-project.svc.id.goog"}
    assert cluster["location"] == "us-central1-a"
    assert "privateClusterConfig" not in cluster


def test_regional_private_cluster():
    section = default_section()
    section["cluster"].update(location="regional", privateNodes=True)
    manifests = synth(section)
    cluster = only(manifests, "ContainerCluster").body["spec"]
    assert cluster["location"] == "us-central1"
    assert cluster["privateClusterConfig"] == {
        "enablePrivateNodes": True, "enablePrivateEndpoint": False, "masterIpv4CidrBlock": "172.16.0.0/28",
    }
    assert only(manifests, "ContainerNodePool").body["spec"]["location"] == "us-central1"


def test_kfp_account_gets_least_roles_and_workload_identity_instead_of_a_key(default_manifests):
    grants = [m.body["spec"] for m in default_manifests if m.kind == "IAMPolicyMember"]
    kfp_roles = sorted(g["role"] for g in grants if (g.get("memberFrom") or {}).get("serviceAccountRef") == {"name": "mlops-dev-kfp"})
    assert kfp_roles == sorted(["roles/storage.admin", "roles/bigquery.admin", "roles/automl.admin",
                                "roles/automl.predictor", "roles/aiplatform.admin", "roles/dataflow.admin",
                                "roles/cloudsql.client", "roles/storage.objectAdmin"])
    bucket_grant = next(g for g in grants if g["role"] == "roles/storage.objectAdmin")
    assert bucket_grant["resourceRef"] == {"apiVersion": "storage.cnrm.cloud.google.com/v1beta1",
                                           "kind": "StorageBucket", "name": "mlops-dev-artifact-store"}
    bindings = {g["member"] for g in grants if g["role"] == "roles/iam.workloadIdentityUser" and "[kubeflow/" in g["member"]}
    assert "serviceAccount:mlops-dev-project.svc.id.goog[kubeflow/pipeline-runner]" in bindings
    accounts = {m.name: m for m in default_manifests if m.kind == "ServiceAccount" and m.namespace == "kubeflow"
                and "iam.gke.io/gcp-service-account" in m.annotations}
    assert accounts["pipeline-runner"].annotations["iam.gke.io/gcp-service-account"] == \
        "mlops-dev-kfp@mlops-dev-project.iam.gserviceaccount.com"
    assert all(account.origin for account in accounts.values())  # upstream's own accounts, annotated
    assert len(bindings) == len(accounts) == 5


def test_bucket_is_uniform_and_private(default_manifests):
    spec = only(default_manifests, "StorageBucket").body["spec"]
    assert spec["uniformBucketLevelAccess"] is True
    assert spec["publicAccessPrevention"] == "enforced"
    assert spec["lifecycleRule"] == [{"action": {"type": "Delete"}, "condition": {"age": 365}}]


def test_names_derive_from_the_prefix():
    section = default_section()
    section["namePrefix"] = "ml-prod"
    kcc = [m for m in synth(section) if m.group.endswith(".cnrm.cloud.google.com")
           and m.kind not in ("Service", "ConfigConnectorContext")]
    assert all(m.name.startswith("ml-prod-") for m in kcc), sorted(m.name for m in kcc if not m.name.startswith("ml-prod-"))


@pytest.mark.parametrize("path, value, message", [
    (("project", "zone"), "europe-west1-b", "not in project.region"),
    (("network", "pods", "cidr"), "10.10.0.0/16", "overlaps"),
    (("namePrefix",), "this-prefix-is-far-too-long", "2-20 lowercase"),
    (("cloudSql", "databases"), ["one"], "3 names"),
])
def test_config_mistakes_are_refused_with_the_field_named(path, value, message):
    section = copy.deepcopy(default_section())
    node = section
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    with pytest.raises(ValidationError, match=message):
        MlopsGcpConfig.model_validate(section)


def test_checks_warn_about_a_kept_retired_api_naming_its_successor():
    section = default_section()
    section["apis"]["retiredApis"] = "keep"
    report = checked(section, synth(section))
    warnings = [f for f in report.findings if f.severity == "warning" and f.object.kind == "Service"]
    assert {f.object.name for f in warnings} == {"ml.googleapis.com", "containerregistry.googleapis.com"}
    assert any("aiplatform.googleapis.com" in f.message + f.hint for f in warnings)
