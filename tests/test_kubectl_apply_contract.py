"""The output contract checked with the real kubectl: each folder builds with `kubectl kustomize` and yields
exactly the objects written, and every .yaml file there is one Kubernetes object."""

from __future__ import annotations

import subprocess

import yaml

from conftest import read_files


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
        from_kustomize = sorted(yaml.dump(d, sort_keys=True) for d in yaml.safe_load_all(built) if d)
        written = sorted(yaml.dump(yaml.safe_load(p.read_text()), sort_keys=True) for p in folder.glob("*.yaml"))
        assert from_kustomize == written, folder


def test_kubectl_reads_the_target_folder_as_objects(default_dist, kubectl):
    """`kubectl apply -f dist/<target>/` parses every file client-side: --dry-run=client needs a server, so use
    `kubectl create --dry-run=client -o name`, which reads the same files the same way without one."""
    for folder in _folders(default_dist):
        files = sorted(folder.glob("*.yaml"))
        result = subprocess.run(
            [str(kubectl), "create", "--dry-run=client", "-o", "name", "-f", str(folder)],
            capture_output=True, text=True,
        )
        names = [line for line in result.stdout.splitlines() if line]
        assert len(names) == len(files), (folder, result.stderr)
