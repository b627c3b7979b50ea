"""dist/gitops/: Argo CD and Flux objects for every target folder, in the right order, valid against their CRDs."""

from __future__ import annotations

import subprocess

import pytest
import yaml

from conftest import read_files, run_cli
from mlmanifests.config import load_config


def _objects(folder):
    return [yaml.safe_load(p.read_text()) for p in sorted(folder.glob("*.yaml"))]


def _target_folders(dist):
    return sorted(p.parent.relative_to(dist).as_posix() for p in dist.rglob("Kustomization") if "gitops" not in p.parts)


def test_every_target_folder_has_an_argocd_application_and_a_flux_kustomization(default_dist):
    folders = _target_folders(default_dist)
    apps = [o for o in _objects(default_dist / "gitops" / "argocd") if o["kind"] == "Application"]
    assert sorted(a["spec"]["source"]["path"] for a in apps) == sorted(f"dist/{f}" for f in folders)
    for app in apps:
        assert "ServerSideApply=true" in app["spec"]["syncPolicy"]["syncOptions"]
        assert app["spec"]["syncPolicy"]["automated"] == {"prune": True, "selfHeal": True}
    kustomizations = [
        o for cluster in (default_dist / "gitops" / "flux").iterdir() for o in _objects(cluster) if o["kind"] == "Kustomization"
    ]
    assert sorted(k["spec"]["path"] for k in kustomizations) == sorted(f"./dist/{f}" for f in folders)
    assert all(k["spec"]["prune"] and k["spec"]["wait"] for k in kustomizations)


def test_gitops_objects_pass_the_schema_checks_against_the_argocd_and_flux_crds():
    from mlmanifests.runner.pipeline import run

    result = run(load_config())
    gitops = [m for m in result.manifests if m.target == "gitops"]
    assert {m.kind for m in gitops} >= {"AppProject", "Application", "GitRepository", "Kustomization"}
    assert all(report.ok for report in result.reports), [f.message for r in result.reports for f in r.errors]


def test_a_broken_gitops_object_fails_the_schema_check():
    from mlmanifests.checks import run_checks
    from mlmanifests.runner.pipeline import run

    gitops = [m for m in run(load_config(), with_checks=False).manifests if m.target == "gitops" and m.kind == "Application"]
    gitops[0].body["spec"]["syncPolicy"]["automated"]["prun"] = True
    report = run_checks(gitops)
    assert not report.ok


def _charts_with_instances():
    from mlmanifests.runner.node import prepare_node

    prepare_node()
    import cdk8s

    from mlmanifests.output.gitops import ArgoCdChart, Deployment, FluxChart

    deployments = [
        Deployment("in-cluster", "gemma-on-tpu", "gemma-on-tpu"),
        Deployment("in-cluster", "gemma-on-tpu", "gemma-on-tpu/instances", after="gemma-on-tpu", runtime_kinds=True),
    ]
    settings = load_config().global_
    app = cdk8s.App()
    argo = ArgoCdChart(app, "argo", settings, deployments, fleet=False).to_json()
    flux = FluxChart(app, "flux", settings, "in-cluster", deployments).to_json()
    return argo, flux


def _assert_instances_follow_their_target(argo_objects, flux_objects):
    apps = {a["spec"]["source"]["path"]: a for a in argo_objects if a["kind"] == "Application"}
    instance_apps = [path for path in apps if path.endswith("/instances")]
    for path in instance_apps:
        target_wave = int(apps[path.rsplit("/", 1)[0]]["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"])
        assert int(apps[path]["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"]) > target_wave
        assert "SkipDryRunOnMissingResource=true" in apps[path]["spec"]["syncPolicy"]["syncOptions"]
    flux = {k["spec"]["path"]: k for k in flux_objects if k["kind"] == "Kustomization"}
    for path, kustomization in flux.items():
        if path.endswith("/instances"):
            target = flux[path.rsplit("/", 1)[0]]
            assert kustomization["spec"]["dependsOn"] == [{"name": target["metadata"]["name"]}]
    return len(instance_apps)


def test_instances_deploy_after_the_rgd_that_defines_their_kind():
    argo, flux = _charts_with_instances()
    assert _assert_instances_follow_their_target(argo, flux) == 1


def test_instances_follow_their_target_in_the_default_output(default_dist):
    argo = _objects(default_dist / "gitops" / "argocd")
    flux = _objects(default_dist / "gitops" / "flux" / "in-cluster")
    instance_folders = [f for f in _target_folders(default_dist) if f.endswith("/instances")]
    assert instance_folders  # gemma-on-tpu's example instances
    assert _assert_instances_follow_their_target(argo, flux) == len(instance_folders)


@pytest.fixture(scope="module")
def fleet_dist(tmp_path_factory):
    out = tmp_path_factory.mktemp("fleet") / "dist"
    clusters = ("clusters=[{name: eu-1, cloud: azure}, "
                "{name: us-1, targets: [gkm], argocdName: prod-us, overrides: {gkm: {gpuNodes: {vendor: nvidia, taints: [{key: nvidia.com/gpu}]}}}}]")
    result = run_cli("synth", "--set", f"global.outputDir={out}", "--set", clusters)
    assert result.code == 0, result.stderr
    return out


def test_a_two_cluster_config_gives_two_self_contained_trees(fleet_dist, kubectl):
    files = read_files(fleet_dist)
    for cluster in ("eu-1", "us-1"):
        for folder in sorted((fleet_dist / "clusters" / cluster).iterdir()):
            built = subprocess.run([str(kubectl), "kustomize", str(folder)], capture_output=True, text=True, check=True)
            assert len([d for d in yaml.safe_load_all(built.stdout) if d]) == len(list(folder.glob("*.yaml")))
    assert not [p for p in files if p.split("/")[0] not in ("clusters", "gitops", ".mlmanifests-output")]
    eu = files["clusters/eu-1/gkm/40_job_gkm-test-cl-scoped_list-kernels.yaml"].decode()
    us = files["clusters/us-1/gkm/40_job_gkm-test-cl-scoped_list-kernels.yaml"].decode()
    assert "amd.com/gpu" in eu and "nvidia.com/gpu" in us and "amd.com/gpu" not in us


def test_a_fleet_gets_an_applicationset_per_target_with_one_element_per_cluster(fleet_dist):
    sets = [o for o in _objects(fleet_dist / "gitops" / "argocd") if o["kind"] == "ApplicationSet"]
    gkm = next(s for s in sets if s["metadata"]["name"] == "gkm")
    elements = gkm["spec"]["generators"][0]["list"]["elements"]
    assert elements == [
        {"cluster": "eu-1", "name": "eu-1-gkm", "path": "dist/clusters/eu-1/gkm", "runtimeKinds": False, "wave": "0"},
        {"cluster": "prod-us", "name": "us-1-gkm", "path": "dist/clusters/us-1/gkm", "runtimeKinds": False, "wave": "0"},
    ]
    assert "strategy" not in gkm["spec"] and "templatePatch" not in gkm["spec"]  # one wave: nothing to order
    assert sorted(p.name for p in (fleet_dist / "gitops" / "flux").iterdir()) == ["eu-1", "prod-us"]


def test_a_fleet_whose_clusters_would_deploy_the_same_cluster_part_twice_is_refused():
    result = run_cli("synth", "--check", "--set", "clusters=[{name: eu-1, targets: [mlops-gcp]}, {name: us-1, targets: [mlops-gcp]}]")
    assert result.code == 2
    assert "clusters/eu-1/mlops-gcp/kfp-cluster and clusters/us-1/mlops-gcp/kfp-cluster both deploy" in result.stderr


def test_a_bad_cluster_override_names_the_cluster_and_field():
    result = run_cli("synth", "--check", "--set", "clusters=[{name: eu-1, overrides: {gkm: {gpuNode: {}}}}]")
    assert result.code == 2
    assert "clusters[0].overrides.gkm.gpuNode: unknown field" in result.stderr


def test_targets_sent_to_one_cluster_may_not_emit_the_same_object():
    result = run_cli("synth", "--check", "--set", "global.gitops.argocd.destinations.kubeflow-gke=gemma-admin")
    assert result.code == 1
    assert "defined twice in the cluster gemma-admin by another target" in result.stderr


def test_destinations_must_name_targets():
    result = run_cli("synth", "--check", "--set", "global.gitops.argocd.destinations.kubflow-gke=x")
    assert result.code == 2 and "kubflow-gke, which is not a target" in result.stderr


@pytest.mark.parametrize("revision, ref", [
    ("main", {"branch": "main"}),
    ("v1.2.3", {"tag": "v1.2.3"}),
    ("refs/tags/release-7", {"tag": "release-7"}),
    ("0123456789abcdef0123456789abcdef01234567", {"commit": "0123456789abcdef0123456789abcdef01234567"}),
])
def test_flux_follows_the_revision_by_its_kind(tmp_path, revision, ref):
    out = tmp_path / "dist"
    result = run_cli("synth", "--set", f"global.outputDir={out}", "--set", f"global.gitops.revision={revision}")
    assert result.code == 0, result.stderr
    (repository,) = (out / "gitops" / "flux" / "gpu-cluster").glob("*_gitrepository_*.yaml")
    assert yaml.safe_load(repository.read_text())["spec"]["ref"] == ref


def test_every_application_deletes_its_resources_with_it(default_dist, fleet_dist):
    apps = [o for o in _objects(default_dist / "gitops" / "argocd") if o["kind"] == "Application"]
    apps += _objects(default_dist / "gitops" / "argocd-root")
    assert apps and all(a["metadata"]["finalizers"] == ["resources-finalizer.argocd.argoproj.io"] for a in apps)
    sets = [o for o in _objects(fleet_dist / "gitops" / "argocd") if o["kind"] == "ApplicationSet"]
    assert sets and all(s["spec"]["template"]["metadata"]["finalizers"] == ["resources-finalizer.argocd.argoproj.io"]
                        for s in sets)


def test_one_root_application_syncs_the_applications_so_their_waves_order_them(default_dist):
    (root,) = _objects(default_dist / "gitops" / "argocd-root")
    assert root["spec"]["source"]["path"] == "dist/gitops/argocd" and root["spec"]["project"] == "default"
    waves = {o["kind"]: o["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"]
             for o in _objects(default_dist / "gitops" / "argocd") if o["kind"] == "AppProject"}
    assert waves == {"AppProject": "-1"}  # the project exists before the Applications of wave 0 that name it


def test_the_old_argocd_cluster_key_still_works_with_a_warning():
    old = run_cli("synth", "--check", "--set", "clusters=[{name: us-1, targets: [gkm], argocdCluster: prod-us}]")
    assert old.code == 4  # dist/ holds no fleet: stale, not refused
    assert "warning: clusters: us-1: `argocdCluster` is deprecated; rename it to `argocdName` (same value)" in old.stderr
    both = run_cli("synth", "--check", "--set", "clusters=[{name: us-1, argocdCluster: a, argocdName: b}]")
    assert both.code == 2 and "set `argocdName` only" in both.stderr


def test_a_fleet_rolls_a_target_out_wave_by_wave_with_progressive_syncs(tmp_path):
    out = tmp_path / "dist"
    result = run_cli("synth", "--set", f"global.outputDir={out}",
                     "--set", "clusters=[{name: eu-1, targets: [gemma-on-tpu]}, {name: us-1, targets: [gemma-on-tpu]}]")
    assert result.code == 0, result.stderr
    (gemma,) = [o for o in _objects(out / "gitops" / "argocd") if o["kind"] == "ApplicationSet"]
    assert gemma["spec"]["strategy"]["type"] == "RollingSync"
    assert [step["matchExpressions"] for step in gemma["spec"]["strategy"]["rollingSync"]["steps"]] == [
        [{"key": "mlmanifests.dev/wave", "operator": "In", "values": [wave]}] for wave in ("0", "1")
    ]
    assert gemma["spec"]["template"]["metadata"]["labels"]["mlmanifests.dev/wave"] == "{{.wave}}"
    elements = [(e["wave"], e["runtimeKinds"], e["path"]) for e in gemma["spec"]["generators"][0]["list"]["elements"]]
    assert elements == [
        ("0", False, "dist/clusters/eu-1/gemma-on-tpu"), ("0", False, "dist/clusters/us-1/gemma-on-tpu"),
        ("1", True, "dist/clusters/eu-1/gemma-on-tpu/instances"), ("1", True, "dist/clusters/us-1/gemma-on-tpu/instances"),
    ]
    patch = yaml.safe_load(gemma["spec"]["templatePatch"].replace("{{- if .runtimeKinds }}", "").replace("{{- end }}", ""))
    assert patch == {"spec": {"syncPolicy": {"syncOptions": ["ServerSideApply=true", "SkipDryRunOnMissingResource=true"]}}}
