"""mlops-gcp's KFP cluster part: upstream Kubeflow Pipelines (cluster-scoped resources + env/gcp) on this target's
Cloud SQL instance and GCS bucket, on both releases, with every key KFP's workloads read resolving."""

from __future__ import annotations

import json

import pytest

import chart_support
from mlmanifests.checks import run_checks

TARGET = "mlops-gcp"
KFP = "mlops-gcp/kfp-cluster"


def synth(section):
    return chart_support.synth(TARGET, section)


@pytest.fixture(scope="module", params=["kubeflow-1-10", "kubeflow-1-8"])
def kfp(request):
    section = chart_support.default_section(TARGET)
    section["kfp"]["upstream"] = request.param
    return [m for m in synth(section) if m.folder == KFP]


@pytest.fixture(scope="module")
def management():
    return [m for m in synth(chart_support.default_section(TARGET)) if m.folder != KFP]


def one(manifests, kind, name):
    return chart_support.only(manifests, kind, name)


def test_pipeline_install_config_is_upstreams_with_the_keys_kfp_reads(kfp):
    data = one(kfp, "ConfigMap", "pipeline-install-config").body["data"]
    # KFP >= 2.0.5 reads mysqlHost/mysqlPort (not dbHost/dbPort): upstream's values, the Cloud SQL proxy Service.
    assert (data["mysqlHost"], data["mysqlPort"]) == ("mysql", "3306")
    assert one(kfp, "Service", "mysql").body["spec"]["selector"]["app"] == "cloudsqlproxy"
    assert data["gcsCloudSqlInstanceName"] == "mlops-dev-project:us-central1:mlops-dev-kfp-metadata"
    assert data["bucketName"] == "mlops-dev-artifact-store"
    assert data["defaultPipelineRoot"] == "gs://mlops-dev-artifact-store/v2/artifacts"
    # every key upstream's deployments read without `optional` is there (the whole set is checked below too)
    for key in ("dbType", "ConMaxLifeTime", "autoUpdatePipelineDefaultVersion", "cronScheduleTimezone", "cacheImage",
                "cacheNodeRestrictions", "MAXIMUM_CACHE_STALENESS", "DEFAULT_CACHE_STALENESS"):
        assert key in data


def test_gcs_is_the_artifact_store_with_no_placeholder_left(kfp):
    assert one(kfp, "ConfigMap", "kfp-launcher").body["data"]["defaultPipelineRoot"] == "gs://mlops-dev-artifact-store/v2/artifacts"
    repository = one(kfp, "ConfigMap", "workflow-controller-configmap").body["data"]["artifactRepository"]
    assert 'gcs:\n  bucket: "mlops-dev-artifact-store"' in repository and "s3:" not in repository
    text = json.dumps([m.body for m in kfp])
    assert "yourGcsBucketName" not in text and "yourCloudSqlInstanceName" not in text and "yourGcsProjectId" not in text


def test_mysql_secret_is_the_sql_users_name_and_password(kfp, management):
    secret = one(kfp, "ExternalSecret", "mysql-secret").body["spec"]
    sql_user = one(management, "SQLUser", "mlops-dev-kfp-metadata-kfp").body["spec"]
    assert secret["target"]["template"]["data"] == {"username": sql_user["resourceID"]}
    password_secret = one(management, "ExternalSecret", sql_user["password"]["valueFrom"]["secretKeyRef"]["name"])
    assert [d["remoteRef"] for d in secret["data"]] == [d["remoteRef"] for d in password_secret.body["spec"]["data"]]


def test_the_cloud_sql_proxy_reaches_the_private_ip_with_a_valid_volume(kfp):
    spec = one(kfp, "Deployment", "cloudsqlproxy").body["spec"]["template"]["spec"]
    assert "-ip_address_types=PRIVATE" in spec["containers"][0]["command"]
    assert all(volume.get("emptyDir") == {} for volume in spec["volumes"])


def test_no_secret_carries_data(kfp):
    assert not [m.name for m in kfp if m.kind == "Secret" and (m.body.get("data") or m.body.get("stringData"))]
    assert {m.name for m in kfp if m.kind == "ExternalSecret"} == {"mysql-secret", "mlpipeline-minio-artifact"}


def test_every_reference_of_the_kfp_cluster_resolves(kfp):
    from mlmanifests.config import load_config

    config = load_config()
    external = [o.id for o in config.mlops_gcp.external_objects()]
    report = run_checks(kfp, external=external)
    assert report.errors == [], "\n".join(f"{f.object} {f.rule} {f.path}: {f.message}" for f in report.errors)
