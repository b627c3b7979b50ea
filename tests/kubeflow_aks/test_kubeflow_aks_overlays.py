"""Kubeflow on AKS as the composed upstream install: the seed's changes land on upstream's own objects (MinIO
gateway, HTTPS, Entra ID login, registration flow), on both releases, and no upstream demo secret survives."""

from __future__ import annotations

import hashlib
import json
import re

import pytest

from kubeflow_aks_support import by_kind, default_section, one, pod_spec, strings, synth, synth_section
from mlmanifests.targets.kubeflow_platform import SECRET_SOURCE_HASH

# sha256 of upstream kubeflow/manifests' published demo secrets (the oidc-authservice / oauth2-proxy client
# secret, oauth2-proxy's cookie secret, MinIO's secret key), so the test can look for them without holding them.
UPSTREAM_DEMO_SECRET_HASHES = {
    "462a0aa7e3ad7e72bcc06fd22a504044f4a4c79033231b9dc8900ad84fbe29b9",
    "80c8cb5e94a392a3d8fc7cf03d8a73bf68788e684466a02393405c717243c900",
    "179c076ac522159dbbd50d4f1d84faf05551fe5b59d7e5824a800d46559fb1d1",
}
ON_1_10 = "kubeflow-aks.kubeflow.upstream=kubeflow-1-10"


@pytest.fixture(scope="module")
def oidc():
    return synth()


@pytest.fixture(scope="module")
def oauth2():
    return synth(ON_1_10)


@pytest.fixture(params=["kubeflow-1-8", "kubeflow-1-10"], scope="module")
def each_release(request):
    return synth(f"kubeflow-aks.kubeflow.upstream={request.param}")


def upstream(manifests, kind, name):
    found = one(manifests, kind, name)
    assert found.origin and found.origin.startswith("kubeflow v"), f"{kind} {name} is not upstream's"
    return found


def test_the_output_is_the_whole_upstream_platform_plus_ours(oidc):
    origins = {m.origin.split()[2] for m in oidc if m.origin}
    assert {"apps/pipeline", "apps/katib", "common/istio-1-17", "common/dex", "apps/centraldashboard"} <= origins
    assert len([m for m in oidc if m.origin]) > 600


def test_minio_is_upstreams_deployment_patched_into_an_azure_gateway(oidc):
    minio = upstream(oidc, "Deployment", "minio")
    # A Deployment's selector is immutable: it must stay upstream's, so the patch applies to a running install.
    assert minio.body["spec"]["selector"] == {"matchLabels": {"app": "minio", "application-crd-id": "kubeflow-pipelines"}}
    (container,) = pod_spec(minio)["containers"]
    assert container["image"] == "minio/minio:RELEASE.2022-04-29T01-27-09Z"
    assert container["args"] == ["gateway", "azure"]
    from_secret = {e["name"]: e["valueFrom"]["secretKeyRef"] for e in container["env"] if "valueFrom" in e}
    assert from_secret == {"MINIO_ACCESS_KEY": {"name": "mlpipeline-minio-artifact", "key": "accesskey"},
                           "MINIO_SECRET_KEY": {"name": "mlpipeline-minio-artifact", "key": "secretkey"}}
    assert upstream(oidc, "Service", "minio-service").body["spec"]["selector"]["app"] == "minio"


def test_readers_of_the_artifact_secret_roll_when_its_source_changes(oidc):
    def digests(manifests):
        return {m.name: m.body["spec"]["template"]["metadata"]["annotations"][SECRET_SOURCE_HASH]
                for m in manifests if m.kind == "Deployment"
                and SECRET_SOURCE_HASH in (m.body["spec"]["template"]["metadata"].get("annotations") or {})}
    before = digests(oidc)
    assert {"minio", "ml-pipeline", "ml-pipeline-ui"} <= set(before)
    after = digests(synth("kubeflow-aks.kubeflow.artifactStore.credentials.remoteKeys.secretkey.key=rotated-key"))
    assert after["minio"] != before["minio"] and after["ml-pipeline-ui"] != before["ml-pipeline-ui"]


def test_https_is_served_with_the_certificates_secret(oidc):
    certificate = one(oidc, "Certificate", "kubeflow-ingressgateway-certs")
    assert certificate.namespace == "istio-system"
    servers = upstream(oidc, "Gateway", "kubeflow-gateway").body["spec"]["servers"]
    https = next(s for s in servers if s["port"]["number"] == 443)
    assert https["tls"] == {"mode": "SIMPLE", "credentialName": certificate.body["spec"]["secretName"]}
    assert next(s for s in servers if s["port"]["number"] == 80)["tls"] == {"httpsRedirect": True}
    assert upstream(oidc, "Service", "istio-ingressgateway").body["spec"]["type"] == "LoadBalancer"


def test_pod_default_lives_in_the_user_namespace(oidc):
    pod_default = one(oidc, "PodDefault", "gpu-toleration")
    assert pod_default.namespace == "kubeflow-user-example-com"
    assert pod_default.body["spec"]["selector"] == {"matchLabels": {"gpu-toleration": "true"}}


def test_virtual_services_use_the_version_the_releases_istio_serves_and_distinct_names(oidc):
    ours = [m for m in by_kind(oidc, "VirtualService") if not m.origin]
    assert {m.name for m in ours} == {"authservice-login-oidc", "authservice-logout", "authservice-web"}
    crd = upstream(oidc, "CustomResourceDefinition", "virtualservices.networking.istio.io").body
    served = {v["name"] for v in crd["spec"]["versions"] if v.get("served")}
    assert {m.api_version.split("/")[1] for m in ours} == {"v1beta1"} and "v1beta1" in served and "v1" not in served
    ports = {p["port"] for p in upstream(oidc, "Service", "authservice").body["spec"]["ports"]}
    assert {m.body["spec"]["http"][0]["route"][0]["destination"]["port"]["number"] for m in ours} - ports <= {8082}


def test_oidc_authservice_is_upstreams_pointed_at_entra_id(oidc):
    data = upstream(oidc, "ConfigMap", "oidc-authservice-parameters").body["data"]
    tenant = "00000000-0000-0000-0000-000000000000"
    assert data["OIDC_PROVIDER"] == f"https://login.microsoftonline.com/{tenant}/v2.0"
    assert data["OIDC_AUTH_URL"] == f"https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize"
    assert data["REDIRECT_URL"] == "https://kubeflow.example.com/authservice/oidc/callback"
    statefulset = upstream(oidc, "StatefulSet", "oidc-authservice")
    spec = pod_spec(statefulset)
    # Upstream's pod keeps its API token: the build defaults KUBERNETES_AUTHN_ENABLED to true and exits without it.
    assert spec.get("automountServiceAccountToken") is not False
    (container,) = spec["containers"]
    assert not container["image"].startswith("gcr.io/")
    assert {"secretRef": {"name": "oidc-authservice-client"}} in container["envFrom"]
    client = one(oidc, "ExternalSecret", "oidc-authservice-client").body["spec"]
    assert {d["secretKey"] for d in client["data"]} == {"CLIENT_ID", "CLIENT_SECRET"}


def test_oidc_authservice_image_from_a_configured_registry():
    manifests = synth("kubeflow-aks.kubeflow.oidcAuthservice.image=myregistry.azurecr.io/oidc-authservice:e236439")
    (container,) = pod_spec(one(manifests, "StatefulSet", "oidc-authservice"))["containers"]
    assert container["image"] == "myregistry.azurecr.io/oidc-authservice:e236439"


def test_registration_flow_is_set_on_the_dashboard_deployment(oidc):
    def flow(manifests):
        (container,) = pod_spec(one(manifests, "Deployment", "centraldashboard"))["containers"]
        return next(e["value"] for e in container["env"] if e["name"] == "REGISTRATION_FLOW")
    assert flow(oidc) == "true"
    assert flow(synth("kubeflow-aks.kubeflow.centralDashboard.registrationFlow=false")) == "false"


def test_kfp_mysql_takes_the_password_its_clients_read(oidc):
    (container,) = pod_spec(upstream(oidc, "Deployment", "mysql"))["containers"]
    env = {e["name"]: e for e in container["env"]}
    assert "MYSQL_ALLOW_EMPTY_PASSWORD" not in env
    assert env["MYSQL_ROOT_PASSWORD"]["valueFrom"]["secretKeyRef"] == {"name": "mysql-secret", "key": "password"}
    secret = one(oidc, "ExternalSecret", "mysql-secret").body["spec"]
    assert secret["target"]["template"]["data"] == {"username": "root"}
    assert [d["secretKey"] for d in secret["data"]] == ["password"]


def test_on_1_10_oauth2_proxy_is_upstreams_configured_for_entra_id(oauth2):
    assert not [m for m in oauth2 if "oidc-authservice" in m.name]
    (container,) = pod_spec(upstream(oauth2, "Deployment", "oauth2-proxy"))["containers"]
    env = {e["name"]: e for e in container["env"]}
    assert env["OAUTH2_PROXY_CLIENT_ID"] == {"name": "OAUTH2_PROXY_CLIENT_ID", "value": "11111111-1111-1111-1111-111111111111"}
    assert env["OAUTH2_PROXY_CLIENT_SECRET"]["valueFrom"]["secretKeyRef"] == {"name": "oauth2-proxy", "key": "client-secret"}
    config_map = next(m for m in by_kind(oauth2, "ConfigMap") if m.name.startswith("oauth2-proxy-") and "oauth2_proxy.cfg" in m.body["data"])
    volume = next(v for v in pod_spec(upstream(oauth2, "Deployment", "oauth2-proxy"))["volumes"] if v["name"] == "oauth2-proxy-config")
    assert volume["configMap"]["name"] == config_map.name  # the hash-named ConfigMap and its reference moved together
    cfg = config_map.body["data"]["oauth2_proxy.cfg"]
    assert 'oidc_issuer_url = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0"' in cfg
    jwt = one(oauth2, "RequestAuthentication", "entra-id-jwt").body["spec"]["jwtRules"][0]
    assert jwt["audiences"] == ["11111111-1111-1111-1111-111111111111"]
    assert {m.api_version for m in by_kind(oauth2, "VirtualService") if not m.origin} <= {"networking.istio.io/v1"}


def test_the_auth_component_must_be_the_releases():
    from mlmanifests.config import ConfigError, load_config

    with pytest.raises(ConfigError, match="ships oidc-authservice"):
        load_config(None, ["kubeflow-aks.kubeflow.auth=oauth2-proxy"])


def test_no_secret_carries_data_and_every_upstream_one_is_an_external_secret(each_release):
    assert not [m for m in by_kind(each_release, "Secret") if m.body.get("data") or m.body.get("stringData")]
    names = {m.name for m in by_kind(each_release, "ExternalSecret")}
    assert {"mysql-secret", "katib-mysql-secrets", "mlpipeline-minio-artifact", "dex-oidc-client"} <= names


def test_upstream_published_demo_secrets_never_appear(each_release):
    for manifest in each_release:
        for text in strings(manifest.body):
            for token in re.split(r"[^A-Za-z0-9]+", text):
                assert hashlib.sha256(token.encode()).hexdigest() not in UPSTREAM_DEMO_SECRET_HASHES, manifest.id


def test_no_kubeflow_without_the_kubeflow_section():
    section = default_section()
    section["kubeflow"] = None
    manifests = synth_section(section)
    assert not [m for m in manifests if m.origin]
    assert json.dumps([m.body for m in manifests]).count("kubeflow-gateway") == 0
