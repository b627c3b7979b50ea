"""mlops-gcp with `kfp.pipelinesCheckout`: a KFP-shaped kustomize tree rendered in-process and patched.

The expected ConfigMap (name and data) and the references to it come from real `kubectl kustomize` of an
overlay doing what the patch does: a configMapGenerator with `behavior: merge` of the wiring literals.
"""

from __future__ import annotations

import subprocess
from collections import Counter

import pytest
import yaml
from mlmanifests.charts.mlops_gcp_kfp_base import KfpBaseError
from test_mlops_gcp_chart import checked, default_section, synth

BASE_RESOURCES = [
    {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "kubeflow"}},
    {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "pipeline-runner"}},
    {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "ml-pipeline"}, "spec": {
        "selector": {"matchLabels": {"app": "ml-pipeline"}},
        "template": {"metadata": {"labels": {"app": "ml-pipeline"}}, "spec": {
            "serviceAccountName": "pipeline-runner",
            "securityContext": {"runAsNonRoot": True, "runAsUser": 1000, "seccompProfile": {"type": "RuntimeDefault"}},
            "containers": [{
                "name": "api", "image": "ghcr.io/kubeflow/kfp-api-server:2.5.0",
                "securityContext": {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]},
                                    "runAsNonRoot": True, "readOnlyRootFilesystem": True},
                "resources": {"requests": {"cpu": "100m", "memory": "256Mi"}, "limits": {"memory": "256Mi"}},
                "env": [
                    {"name": "DBCONFIG_HOST", "valueFrom": {"configMapKeyRef": {"name": "pipeline-install-config", "key": "dbHost"}}},
                    {"name": "DBCONFIG_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "mysql-secret", "key": "password"}}},
                ],
                "envFrom": [{"configMapRef": {"name": "pipeline-install-config"}}],
            }],
        }},
    }},
]


def write_kfp_tree(root, *, with_config_map: bool = True):
    base = root / "base"
    base.mkdir()
    (base / "resources.yaml").write_text(yaml.safe_dump_all(BASE_RESOURCES))
    kustomization = {"namespace": "kubeflow", "resources": ["resources.yaml"],
                     "secretGenerator": [{"name": "mysql-secret", "literals": ["username=root", "password="]}]}
    if with_config_map:
        kustomization["configMapGenerator"] = [{"name": "pipeline-install-config",
                                                "literals": ["appName=pipeline", "dbHost=mysql", "bucketName=mlpipeline"]}]
    (base / "kustomization.yaml").write_text(yaml.safe_dump(kustomization))
    return base


def kubectl_merge_overlay(root, base, kubectl, wiring: dict[str, str]) -> list[dict]:
    overlay = root / "overlay"
    overlay.mkdir()
    (overlay / "kustomization.yaml").write_text(yaml.safe_dump({
        "resources": [f"../{base.name}"],
        "configMapGenerator": [{"name": "pipeline-install-config", "namespace": "kubeflow", "behavior": "merge",
                                "literals": [f"{k}={v}" for k, v in wiring.items()]}],
    }))
    output = subprocess.run([str(kubectl), "kustomize", str(overlay)], capture_output=True, text=True, check=True).stdout
    return list(yaml.safe_load_all(output))


def render_mode_section(base) -> dict:
    section = default_section()
    section["kfp"]["pipelinesCheckout"] = str(base)
    return section


def test_rendered_base_is_patched_as_a_merge_overlay_would(tmp_path, kubectl):
    base = write_kfp_tree(tmp_path)
    manifests = synth(render_mode_section(base))
    wiring = next(m for m in synth(default_section()) if m.kind == "ConfigMap").body["data"]
    expected = {(o["kind"], o["metadata"]["name"]): o for o in kubectl_merge_overlay(tmp_path, base, kubectl, wiring)}
    kubeflow = {(m.kind, m.name): m.body for m in manifests if m.namespace == "kubeflow" or m.name == "kubeflow"}

    (config_map_key,) = [key for key in expected if key[0] == "ConfigMap"]
    assert kubeflow[config_map_key]["data"] == expected[config_map_key]["data"]
    container = kubeflow[("Deployment", "ml-pipeline")]["spec"]["template"]["spec"]["containers"][0]
    expected_container = expected[("Deployment", "ml-pipeline")]["spec"]["template"]["spec"]["containers"][0]
    assert container["envFrom"] == expected_container["envFrom"]
    assert container["env"][0] == expected_container["env"][0]
    assert container["env"][1]["valueFrom"]["secretKeyRef"] == {"name": "mysql-secret", "key": "password"}


def test_render_mode_keeps_secrets_out_and_identities_single(tmp_path):
    section = render_mode_section(write_kfp_tree(tmp_path))
    manifests = synth(section)
    assert [m.name for m in manifests if m.kind == "Secret"] == []
    counts = Counter((m.kind, m.namespace, m.name) for m in manifests)
    assert [key for key, count in counts.items() if count > 1] == []
    runner = next(m for m in manifests if m.kind == "ServiceAccount" and m.name == "pipeline-runner")
    assert runner.annotations["iam.gke.io/gcp-service-account"] == "mlops-dev-kfp@mlops-dev-project.iam.gserviceaccount.com"
    assert [m.name for m in manifests if m.kind == "ConfigMap"] == [
        m.name for m in manifests if m.kind == "ConfigMap" and m.name.startswith("pipeline-install-config-")
    ]
    report = checked(section, manifests)
    assert report.errors == [], [str(f) for f in report.errors]


def test_a_tree_without_the_kfp_config_map_is_refused(tmp_path):
    with pytest.raises(KfpBaseError, match="pipeline-install-config"):
        synth(render_mode_section(write_kfp_tree(tmp_path, with_config_map=False)))
