"""The renderer's hash suffix (used by mlops-gcp's render mode too) against the real thing: `kubectl kustomize` of
configMapGenerator and secretGenerator trees."""

from __future__ import annotations

import subprocess

import pytest
import yaml

from mlmanifests.kustomize.hashing import content_hash


def config_map_suffix(data: dict[str, str]) -> str:
    return content_hash({"kind": "ConfigMap", "data": data})

CASES = {
    "one-literal": {"a": "1"},
    "html-characters": {"url": "http://db/?a<b&c>d"},
    "empty-value": {"empty": ""},
    "unicode": {"greeting": "こんにちは", "sep": "a\u2028b"},
    "multi-line": {"script": "line one\nline two\n\ttabbed \"quoted\" \\ back\n"},
    "kfp-wiring": {
        "bucketName": "mlops-dev-artifact-store", "gcsProjectId": "mlops-dev-project",
        "gcsCloudSqlInstanceName": "mlops-dev-project:us-central1:mlops-dev-kfp-metadata",
        "dbHost": "mysql", "dbPort": "3306", "dbUser": "kfp",
        "pipelineDb": "pipelinedb", "mlmdDb": "metadb", "cacheDb": "cachedb",
    },
}


def kustomize_config_map_name(tmp_path, kubectl, name: str, data: dict[str, str]) -> str:
    """The name `kubectl kustomize` gives a generated ConfigMap whose data comes from files (exact bytes)."""
    files = []
    for index, (key, value) in enumerate(sorted(data.items())):
        path = tmp_path / f"value-{index}"
        path.write_bytes(value.encode("utf-8"))
        files.append(f"{key}={path.name}")
    (tmp_path / "kustomization.yaml").write_text(yaml.safe_dump({
        "configMapGenerator": [{"name": name, "files": files}],
    }))
    output = subprocess.run([str(kubectl), "kustomize", str(tmp_path)], capture_output=True, text=True, check=True).stdout
    (config_map,) = list(yaml.safe_load_all(output))
    assert config_map["data"] == data  # the generated object holds exactly what was hashed here
    return config_map["metadata"]["name"]


@pytest.mark.parametrize("case", sorted(CASES))
def test_config_map_name_matches_kubectl_kustomize(case, tmp_path, kubectl):
    data = CASES[case]
    assert f"pipeline-install-config-{config_map_suffix(data)}" == kustomize_config_map_name(
        tmp_path, kubectl, "pipeline-install-config", data
    )


def test_name_does_not_enter_the_hash_as_in_kustomize(tmp_path, kubectl):
    """kustomize looks the name up with a path that never matches; equal data gives equal suffixes."""
    first = kustomize_config_map_name(tmp_path, kubectl, "first", {"k": "v"})
    second = kustomize_config_map_name(tmp_path, kubectl, "second", {"k": "v"})
    assert first.removeprefix("first-") == second.removeprefix("second-") == config_map_suffix({"k": "v"})


def test_secret_suffix_matches_kubectl_kustomize(tmp_path, kubectl):
    (tmp_path / "kustomization.yaml").write_text(yaml.safe_dump({
        "secretGenerator": [{"name": "s", "literals": ["username=kfp"]}],
    }))
    output = subprocess.run([str(kubectl), "kustomize", str(tmp_path)], capture_output=True, text=True, check=True).stdout
    (secret,) = list(yaml.safe_load_all(output))
    assert secret["metadata"]["name"] == f"s-{content_hash(secret)}"


def test_suffix_uses_only_the_restricted_alphabet():
    for data in CASES.values():
        suffix = config_map_suffix(data)
        assert len(suffix) == 10
        assert not set(suffix) & set("013ae"), suffix
