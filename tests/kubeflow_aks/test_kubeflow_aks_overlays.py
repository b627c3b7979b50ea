"""The Kubeflow overlays: MinIO Azure gateway, certificate, PodDefault, authservice routes, both login modes,
and no secret value anywhere in the output."""

from __future__ import annotations

import hashlib
import re

import pytest

from kubeflow_aks_support import by_kind, default_section, one, pod_spec, strings, synth, synth_section

# sha256 of upstream kubeflow/manifests' published demo secrets (the oidc-authservice / oauth2-proxy client
# secret, oauth2-proxy's cookie secret, MinIO's secret key), so the test can look for them without holding them.
UPSTREAM_DEMO_SECRET_HASHES = {
    "462a0aa7e3ad7e72bcc06fd22a504044f4a4c79033231b9dc8900ad84fbe29b9",
    "80c8cb5e94a392a3d8fc7cf03d8a73bf68788e684466a02393405c717243c900",
    "179c076ac522159dbbd50d4f1d84faf05551fe5b59d7e5824a800d46559fb1d1",
}


@pytest.fixture(scope="module")
def oidc():
    return synth()


@pytest.fixture(scope="module")
def oauth2():
    return synth("kubeflow-aks.kubeflow.auth=oauth2-proxy")


@pytest.fixture(params=["oidc-authservice", "oauth2-proxy"], scope="module")
def each_auth_mode(request):
    return synth(f"kubeflow-aks.kubeflow.auth={request.param}")


def test_minio_is_an_azure_gateway_on_the_last_release_with_gateway_mode(oidc):
    (container,) = pod_spec(one(oidc, "Deployment", "minio"))["containers"]
    assert container["image"] == "minio/minio:RELEASE.2022-04-29T01-27-09Z"
    assert container["args"] == ["gateway", "azure"]
    from_secret = {e["name"]: e["valueFrom"]["secretKeyRef"] for e in container["env"] if "valueFrom" in e}
    assert from_secret == {"MINIO_ROOT_USER": {"name": "mlpipeline-minio-artifact", "key": "accesskey"},
                           "MINIO_ROOT_PASSWORD": {"name": "mlpipeline-minio-artifact", "key": "secretkey"}}
    service = one(oidc, "Service", "minio-service").body["spec"]
    assert service["selector"] == {"app": "minio"} and service["ports"][0]["port"] == 9000


def test_minio_artifact_secret_comes_from_azure_key_vault(oidc):
    secret = one(oidc, "ExternalSecret", "mlpipeline-minio-artifact")
    spec = secret.body["spec"]
    assert secret.namespace == "kubeflow"
    assert spec["secretStoreRef"] == {"kind": "ClusterSecretStore", "name": "azure-keyvault"}
    assert {d["secretKey"]: d["remoteRef"]["key"] for d in spec["data"]} == {
        "accesskey": "kubeflow-storage-account-name", "secretkey": "kubeflow-storage-account-key"}


def test_existing_secret_source_emits_no_external_secret():
    manifests = synth("kubeflow-aks.kubeflow.artifactStore.credentials={existingSecret: mlpipeline-minio-artifact}")
    assert not [m for m in by_kind(manifests, "ExternalSecret") if m.namespace == "kubeflow"]
    (container,) = pod_spec(one(manifests, "Deployment", "minio"))["containers"]
    assert {e["valueFrom"]["secretKeyRef"]["name"] for e in container["env"] if "valueFrom" in e} == {"mlpipeline-minio-artifact"}


def test_certificate_names_the_gateway_and_uses_the_configured_issuer(oidc):
    spec = one(oidc, "Certificate", "kubeflow-ingressgateway-certs").body["spec"]
    assert spec["ipAddresses"] == ["203.0.113.10"] and spec["dnsNames"] == ["kubeflow.example.com"]
    assert spec["issuerRef"] == {"name": "kubeflow-self-signing-issuer", "kind": "ClusterIssuer", "group": "cert-manager.io"}
    assert spec["secretName"] == "kubeflow-ingressgateway-certs"


def test_pod_default_lives_in_the_user_namespace(oidc):
    pod_default = one(oidc, "PodDefault", "gpu-toleration")
    assert pod_default.namespace == "kubeflow-user-example-com"
    assert pod_default.body["spec"]["selector"] == {"matchLabels": {"gpu-toleration": "true"}}


def test_seed_duplicate_authservice_web_virtual_services_get_distinct_names(oidc):
    services = by_kind(oidc, "VirtualService")
    assert len({m.id for m in services}) == len(services) == 3
    routes = {m.name: m.body["spec"]["http"][0] for m in services}
    assert routes["authservice-login-oidc"]["match"][0]["uri"]["prefix"] == "/authservice/login/oidc"
    assert routes["authservice-logout"]["rewrite"]["uri"] == "/authservice/logout"
    assert routes["authservice-web"]["route"][0]["destination"]["port"]["number"] == 8082
    # every port a route names is a port of the authservice Service
    ports = {p["port"] for p in one(oidc, "Service", "authservice").body["spec"]["ports"]}
    assert {r["route"][0]["destination"]["port"]["number"] for r in routes.values()} <= ports


def test_oidc_authservice_parameters_for_entra_id(oidc):
    data = one(oidc, "ConfigMap", "oidc-authservice-parameters").body["data"]
    tenant = "00000000-0000-0000-0000-000000000000"
    assert data["OIDC_PROVIDER"] == f"https://login.microsoftonline.com/{tenant}/v2.0"
    assert data["OIDC_AUTH_URL"] == f"https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize"
    assert data["REDIRECT_URL"] == "https://kubeflow.example.com/authservice/oidc/callback"
    assert (data["USERID_HEADER"], data["USERID_CLAIM"], data["PORT"]) == ("kubeflow-userid", "email", "8080")


def test_oidc_authservice_runs_the_patched_image_with_the_client_secret_by_reference(oidc):
    (container,) = pod_spec(one(oidc, "StatefulSet", "oidc-authservice"))["containers"]
    assert container["image"] == "gcr.io/arrikto/oidc-authservice:0c4ea9a"
    assert {"secretRef": {"name": "oidc-authservice-client"}} in container["envFrom"]
    client = one(oidc, "ExternalSecret", "oidc-authservice-client").body["spec"]
    assert {d["secretKey"] for d in client["data"]} == {"CLIENT_ID", "CLIENT_SECRET"}


def test_central_dashboard_registration_flow_follows_config(oidc):
    assert one(oidc, "ConfigMap", "centraldashboard-parameters").body["data"]["CD_REGISTRATION_FLOW"] == "true"
    off = synth("kubeflow-aks.kubeflow.centralDashboard.registrationFlow=false")
    assert one(off, "ConfigMap", "centraldashboard-parameters").body["data"]["CD_REGISTRATION_FLOW"] == "false"


def test_oauth2_proxy_mode_replaces_oidc_authservice(oauth2):
    assert not [m for m in oauth2 if "authservice" in m.name]
    (container,) = pod_spec(one(oauth2, "Deployment", "oauth2-proxy"))["containers"]
    assert container["image"] == "quay.io/oauth2-proxy/oauth2-proxy:v7.14.3"
    refs = {e["name"]: e["valueFrom"]["secretKeyRef"] for e in container["env"] if "valueFrom" in e}
    assert refs == {"OAUTH2_PROXY_CLIENT_SECRET": {"name": "oauth2-proxy", "key": "client-secret"},
                    "OAUTH2_PROXY_COOKIE_SECRET": {"name": "oauth2-proxy", "key": "cookie-secret"}}
    cfg = one(oauth2, "ConfigMap", "oauth2-proxy").body["data"]["oauth2_proxy.cfg"]
    assert 'oidc_issuer_url = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0"' in cfg
    assert 'redirect_url = "https://kubeflow.example.com/oauth2/callback"' in cfg
    jwt = one(oauth2, "RequestAuthentication", "entra-id-jwt").body["spec"]["jwtRules"][0]
    assert jwt["audiences"] == ["11111111-1111-1111-1111-111111111111"]
    assert jwt["outputClaimToHeaders"] == [{"header": "kubeflow-userid", "claim": "email"}]
    route = one(oauth2, "VirtualService", "oauth2-proxy").body["spec"]["http"][0]
    assert route["route"][0]["destination"]["host"] == "oauth2-proxy.oauth2-proxy.svc.cluster.local"


def test_no_secret_object_and_no_secret_data_in_output(each_auth_mode):
    assert not by_kind(each_auth_mode, "Secret")
    for manifest in each_auth_mode:
        assert "data" not in manifest.body or manifest.kind == "ConfigMap" or manifest.kind == "ExternalSecret"
        assert "stringData" not in manifest.body


def test_upstream_published_demo_secrets_never_appear(each_auth_mode):
    for manifest in each_auth_mode:
        for text in strings(manifest.body):
            for token in re.split(r"[^A-Za-z0-9]+", text):
                assert hashlib.sha256(token.encode()).hexdigest() not in UPSTREAM_DEMO_SECRET_HASHES, manifest.id


def test_no_overlays_without_the_kubeflow_section():
    section = default_section()
    section["kubeflow"] = None
    manifests = synth_section(section)
    assert {m.kind for m in manifests} <= {"NodePool", "AKSNodeClass", "DaemonSet", "Job", "Namespace"}
