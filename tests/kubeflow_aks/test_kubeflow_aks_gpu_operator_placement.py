"""The GPU Operator's Argo CD Application goes to Argo CD's own cluster and deploys to the AKS cluster."""

from __future__ import annotations

import yaml

from conftest import run_cli


def test_gpu_operator_application_is_written_for_argocd_and_targets_the_aks_cluster(tmp_path):
    out = tmp_path / "dist"
    result = run_cli("synth", "--set", f"global.outputDir={out}", "--set", "kubeflow-aks.gpu.enablement=gpu-operator")
    assert result.code == 0, result.stderr
    (application,) = (out / "kubeflow-aks" / "argocd").glob("*_application_*.yaml")
    body = yaml.safe_load(application.read_text())
    assert body["spec"]["destination"] == {"name": "kubeflow-aks", "namespace": "gpu-operator"}
    assert not list((out / "kubeflow-aks").glob("*_application_*.yaml"))
    deploys_it = yaml.safe_load((out / "gitops" / "argocd" / "60_application_argocd_kubeflow-aks-argocd.yaml").read_text())
    assert deploys_it["spec"]["destination"] == {"name": "in-cluster"}
    assert deploys_it["spec"]["source"]["path"] == "dist/kubeflow-aks/argocd"
