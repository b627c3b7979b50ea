"""Upstream-base mode: upstream's MinIO and oidc-authservice bases rendered and patched with the overlays' changes.

The plans are checked on a miniature of the two bases (upstream_tree/); set KUBEFLOW_MANIFESTS to a
kubeflow/manifests checkout at v1.8.x to also run them over the real bases.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mlmanifests.checks import run_checks
from mlmanifests.manifests import ObjectId
from mlmanifests.config import load_config
from mlmanifests.kustomize import build
from mlmanifests.charts.kubeflow_aks_upstream import UpstreamBaseError, plan_minio, plan_oidc_authservice

from kubeflow_aks_support import TARGET, by_kind, one, pod_spec, synth

TREE = Path(__file__).parent / "upstream_tree"
UPSTREAM = (f"kubeflow-aks.kubeflow.upstream={{path: {TREE}, minioBase: minio/base, "
            "oidcAuthserviceBase: oidc-authservice/base}")


@pytest.fixture(scope="module")
def overlays():
    return load_config(None, [UPSTREAM]).kubeflow_aks.kubeflow


def _kept(plan):
    return [body for body in plan if body is not None]


def _named(plan, kind, name):
    (body,) = [b for b in _kept(plan) if b["kind"] == kind and b["metadata"]["name"] == name]
    return body


def test_minio_base_becomes_an_azure_gateway_and_keeps_the_rest(overlays):
    rendered = build(TREE / "minio/base")
    plan = plan_minio(rendered, overlays, "mlpipeline-minio-artifact")
    assert len(plan) == len(rendered)
    assert {(b["kind"], b["metadata"]["name"]) for b in _kept(plan)} == {
        ("Deployment", "minio"), ("Service", "minio-service"), ("PersistentVolumeClaim", "minio-pvc")}
    assert {b["metadata"]["namespace"] for b in _kept(plan)} == {"kubeflow"}
    (container,) = _named(plan, "Deployment", "minio")["spec"]["template"]["spec"]["containers"]
    assert container["image"] == "minio/minio:RELEASE.2022-04-29T01-27-09Z" and container["args"] == ["gateway", "azure"]
    env = {e["name"]: e for e in container["env"]}
    assert set(env) == {"MINIO_BROWSER", "MINIO_ROOT_USER", "MINIO_ROOT_PASSWORD", "HOME"}
    assert env["MINIO_ROOT_PASSWORD"]["valueFrom"]["secretKeyRef"] == {"name": "mlpipeline-minio-artifact", "key": "secretkey"}
    assert container["volumeMounts"] == [{"name": "data", "mountPath": "/data"}]  # upstream's storage stays


def test_plans_do_not_touch_the_rendered_objects(overlays):
    rendered = build(TREE / "minio/base")
    before = repr(rendered)
    plan_minio(rendered, overlays, "mlpipeline-minio-artifact")
    assert repr(rendered) == before


def test_oidc_authservice_base_gets_entra_id_and_loses_the_demo_secret(overlays):
    rendered = build(TREE / "oidc-authservice/base")
    plan = plan_oidc_authservice(rendered, overlays, "oidc-authservice-client")
    kinds = {(b["kind"], b["metadata"]["name"]) for b in _kept(plan)}
    assert ("Secret", "oidc-authservice-client") not in kinds and ("EnvoyFilter", "authn-filter") not in kinds
    data = _named(plan, "ConfigMap", "oidc-authservice-parameters")["data"]
    assert data["OIDC_PROVIDER"] == "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0"
    (container,) = _named(plan, "StatefulSet", "oidc-authservice")["spec"]["template"]["spec"]["containers"]
    assert container["image"] == "gcr.io/arrikto/oidc-authservice:0c4ea9a"
    assert {"name": "http-web", "containerPort": 8082} in container["ports"]
    assert {"name": "http-web", "port": 8082, "targetPort": "http-web"} in _named(plan, "Service", "authservice")["spec"]["ports"]


def test_a_base_without_the_expected_object_is_a_clear_error(overlays):
    with pytest.raises(UpstreamBaseError, match="no Deployment 'minio'"):
        plan_minio(build(TREE / "oidc-authservice/base"), overlays, "mlpipeline-minio-artifact")


def test_upstream_path_must_hold_the_bases():
    from mlmanifests.config import ConfigError

    with pytest.raises(ConfigError, match="minioBase"):
        load_config(None, [f"kubeflow-aks.kubeflow.upstream={{path: {TREE}}}"])


@pytest.mark.skipif(not os.environ.get("KUBEFLOW_MANIFESTS"), reason="KUBEFLOW_MANIFESTS (a v1.8.x checkout) is not set")
def test_plans_apply_to_the_real_kubeflow_1_8_bases():
    root = Path(os.environ["KUBEFLOW_MANIFESTS"])
    real = load_config(None, [f"kubeflow-aks.kubeflow.upstream={{path: {root}}}"]).kubeflow_aks.kubeflow
    minio = plan_minio(build(root / real.upstream.minio_base), real, "mlpipeline-minio-artifact")
    auth = plan_oidc_authservice(build(root / real.upstream.oidc_authservice_base), real, "oidc-authservice-client")
    assert not [b for b in _kept(minio) + _kept(auth) if b["kind"] in ("Secret", "EnvoyFilter")]


def test_chart_in_upstream_mode_emits_the_patched_bases_and_passes_the_checks():
    manifests = synth(UPSTREAM)
    assert not by_kind(manifests, "Secret") and not by_kind(manifests, "EnvoyFilter")
    (container,) = pod_spec(one(manifests, "Deployment", "minio"))["containers"]
    assert container["args"] == ["gateway", "azure"] and container["image"].endswith("RELEASE.2022-04-29T01-27-09Z")
    assert one(manifests, "PersistentVolumeClaim", "minio-pvc").namespace == "kubeflow"  # upstream's, kept
    statefulset = one(manifests, "StatefulSet", "oidc-authservice")
    assert statefulset.namespace == "istio-system"
    assert pod_spec(statefulset)["containers"][0]["image"] == "gcr.io/arrikto/oidc-authservice:0c4ea9a"
    assert {m.name for m in by_kind(manifests, "ExternalSecret")} == {"mlpipeline-minio-artifact", "oidc-authservice-client"}
    assert sorted(m.name for m in by_kind(manifests, "VirtualService")) == [
        "authservice-login-oidc", "authservice-logout", "authservice-web"]
    assert all(m.target == TARGET for m in manifests)
    # The Key Vault store is the platform team's: declared external, as the default config does.
    store = ObjectId("external-secrets.io", "ClusterSecretStore", "", "azure-keyvault")
    report = run_checks(manifests, kubernetes_version="1.35", external=[store])
    assert report.errors == [], [f"{f.object} {f.rule} {f.path}" for f in report.errors]


def test_oauth2_proxy_with_upstream_renders_only_the_minio_base():
    manifests = synth(UPSTREAM, "kubeflow-aks.kubeflow.auth=oauth2-proxy")
    assert one(manifests, "PersistentVolumeClaim", "minio-pvc")
    assert not [m for m in manifests if "authservice" in m.name]
    assert one(manifests, "Deployment", "oauth2-proxy")
