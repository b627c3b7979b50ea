"""kubeflow-gke's cluster part: the whole Kubeflow platform of the pinned release, in the cluster Config Connector
creates, with every upstream demo Secret replaced by an ExternalSecret from Secret Manager, on both releases."""

from __future__ import annotations

import pytest

import chart_support
from mlmanifests.checks import run_checks
from mlmanifests.config import load_config

TARGET = "kubeflow-gke"
PART = "kubeflow-gke/kubeflow-cluster"


@pytest.fixture(scope="module", params=["kubeflow-1-10", "kubeflow-1-8"])
def platform(request):
    section = chart_support.default_section(TARGET)
    section["kubeflow"]["upstream"] = request.param
    return [m for m in chart_support.synth(TARGET, section) if m.folder == PART]


def test_the_cluster_part_is_the_whole_platform(platform):
    upstream = [m for m in platform if m.origin]
    assert len(upstream) > 500
    assert {"Deployment", "CustomResourceDefinition", "Gateway", "Profile"} <= {m.kind for m in upstream}


def test_demo_secrets_become_external_secrets_from_secret_manager(platform):
    assert not [m.name for m in platform if m.kind == "Secret" and (m.body.get("data") or m.body.get("stringData"))]
    replaced = {m.name: m.body["spec"] for m in platform if m.kind == "ExternalSecret" and m.name != "kubeflow-oauth"}
    assert {"dex-oidc-client", "mysql-secret", "katib-mysql-secrets", "mlpipeline-minio-artifact"} <= set(replaced)
    for name, spec in replaced.items():
        assert spec["secretStoreRef"]["name"] == "gcp-secret-manager"
        assert {d["remoteRef"]["key"] for d in spec["data"]} == {f"kf-test-{name}"}


def test_every_reference_of_the_platform_resolves(platform):
    section = load_config().kubeflow_gke
    external = [o.id for o in section.external_objects()]
    report = run_checks(platform, external=external)
    assert report.errors == [], "\n".join(f"{f.object} {f.rule} {f.path}: {f.message}" for f in report.errors)


def test_no_kubeflow_without_the_kubeflow_block():
    section = chart_support.default_section(TARGET)
    section["kubeflow"] = None
    assert not [m for m in chart_support.synth(TARGET, section) if m.origin]
