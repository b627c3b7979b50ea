"""The kubeflow-aks section refuses configs that would synthesize something broken, naming the field and the fix."""

from __future__ import annotations

import pytest

from mlmanifests.config import ConfigError, load_config


def _error(*overrides: str) -> str:
    with pytest.raises(ConfigError) as raised:
        load_config(None, list(overrides))
    return str(raised.value)


def test_default_config_has_a_valid_kubeflow_aks_section():
    section = load_config().kubeflow_aks
    assert [p.name for p in section.gpu_node_pools()] == ["gpu"] and section.gpu.pool == "gpu"


def test_pool_must_name_a_defined_node_class():
    message = _error("kubeflow-aks.nodePools[1].nodeClass=gpu-missing")
    assert "nodePools[1].nodeClass" in message and "gpu-missing" in message and "gpu-nc" in message


def test_pool_names_are_unique():
    assert "'gpu' is defined twice" in _error("kubeflow-aks.nodePools[0].name=gpu")


def test_gpu_pool_must_be_tainted():
    message = _error("kubeflow-aks.nodePools[1].taints=[]")
    assert "GPU pool 'gpu'" in message and "taints" in message


def test_gpu_workloads_must_target_a_gpu_pool():
    message = _error("kubeflow-aks.gpu.pool=general-purpose")
    assert "gpu.pool" in message and "GPU pools: gpu" in message


def test_seed_v1beta1_consolidation_policy_is_refused():
    assert "WhenEmptyOrUnderutilized" in _error("kubeflow-aks.nodePools[0].consolidationPolicy=WhenUnderutilized")


def test_certificate_needs_an_ip_or_a_name():
    assert "ipAddresses" in _error("kubeflow-aks.kubeflow.tls.ipAddresses=[]", "kubeflow-aks.kubeflow.tls.dnsNames=[]")


def test_the_releases_auth_component_needs_its_settings():
    message = _error("kubeflow-aks.kubeflow.upstream=kubeflow-1-10", "kubeflow-aks.kubeflow.oauth2Proxy=null")
    assert "logs in through oauth2-proxy" in message and "oauth2Proxy" in message


def test_an_upstream_the_config_does_not_define_is_refused():
    message = _error("kubeflow-aks.kubeflow.upstream=kubeflow-v9")
    assert "kubeflow-v9" in message and "upstreams" in message


def test_artifact_credentials_must_map_both_keys():
    message = _error("kubeflow-aks.kubeflow.artifactStore.credentials.remoteKeys={accesskey: {key: name}}")
    assert "secretkey" in message


def test_tenant_id_must_be_a_uuid():
    assert "tenantId" in _error("kubeflow-aks.kubeflow.oidcAuthservice.tenantId=contoso")


def test_images_must_be_pinned():
    assert "latest" in _error("kubeflow-aks.gpu.smokeTest.image=mcr.microsoft.com/azuredocs/samples-tf-mnist-demo:latest")


def test_existing_artifact_secret_must_have_the_name_kfp_reads():
    message = _error("kubeflow-aks.kubeflow.artifactStore.credentials={existingSecret: my-storage}")
    assert "mlpipeline-minio-artifact" in message and "my-storage" in message
