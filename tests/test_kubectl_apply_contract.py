"""The output contract checked with the real kubectl: each folder builds with `kubectl kustomize` and yields
exactly the objects written, and every .yaml file there is one Kubernetes object."""

from __future__ import annotations

import json
import subprocess

import yaml

from conftest import read_files, run_cli


def _folders(root):
    return sorted({p.parent for p in root.rglob("Kustomization")})


def test_every_yaml_file_is_one_kubernetes_object(default_dist):
    for path, content in read_files(default_dist).items():
        if path.endswith((".yaml", ".yml", ".json")):
            documents = [d for d in yaml.safe_load_all(content) if d is not None]
            assert len(documents) == 1, path
            body = documents[0]
            assert body.get("apiVersion") and body.get("kind") and body.get("metadata", {}).get("name"), path
            assert not body["apiVersion"].startswith("kustomize.config.k8s.io"), path


def test_kubectl_kustomize_yields_exactly_the_objects_written(default_dist, kubectl):
    folders = _folders(default_dist)
    assert folders
    for folder in folders:
        built = subprocess.run([str(kubectl), "kustomize", str(folder)], capture_output=True, text=True, check=True).stdout
        from_kustomize = sorted(json.dumps(d, sort_keys=True) for d in yaml.safe_load_all(built) if d)
        written = sorted(json.dumps(yaml.safe_load(p.read_text()), sort_keys=True) for p in folder.glob("*.yaml"))
        assert from_kustomize == written, folder


def test_kubectl_reads_the_target_folder_as_objects(default_dist, kubectl):
    """`kubectl apply -f dist/<target>/` reads every .yaml file of the folder (not its subfolders) as an object; with
    no API server here, `kubectl annotate --local --recursive=false -f` reads them with the same file reader."""
    folders = _folders(default_dist)
    assert folders
    for folder in folders:
        files = sorted(folder.glob("*.yaml"))
        result = subprocess.run(
            [str(kubectl), "annotate", "--local", "--recursive=false", "-o", "name", "-f", str(folder), "probe=1"],
            capture_output=True, text=True,
        )
        names = [line for line in result.stdout.splitlines() if line]
        assert len(names) == len(files), (folder, result.stderr)


def test_single_cluster_layout_applies_with_plain_kubectl_apply_f_dist(tmp_path, kubectl):
    out = tmp_path / "dist"
    result = run_cli("synth", "--set", f"global.outputDir={out}", "--set", "global.layout=single-cluster",
                     "--set", "gemma-on-tpu=null", "--set", "mlops-gcp=null", "--set", "kubeflow-gke=null")
    assert result.code == 0, result.stderr
    files = sorted(out.glob("*.yaml"))
    assert {p.name.split("_")[1] for p in files} == {"gkm", "kubeflow-aks"}
    assert [p.name for p in files] == sorted(p.name for p in files)  # lexical order is apply order
    assert [p.name[:2] for p in files] == sorted(p.name[:2] for p in files)
    read = subprocess.run([str(kubectl), "annotate", "--local", "--recursive=false", "-o", "name", "-f", str(out), "probe=1"],
                          capture_output=True, text=True)
    assert len([line for line in read.stdout.splitlines() if line]) == len(files), read.stderr
    built = subprocess.run([str(kubectl), "kustomize", str(out)], capture_output=True, text=True, check=True).stdout
    assert len([d for d in yaml.safe_load_all(built) if d]) == len(files)
    assert not (out / "gitops").exists()


def test_single_cluster_layout_refuses_two_targets_writing_one_object():
    result = run_cli("synth", "--check", "--set", "global.layout=single-cluster")
    assert result.code == 1
    assert "is defined twice in the cluster by another target" in result.stderr
