"""The generated-name suffix, pinned to values real kustomize produced."""

from __future__ import annotations

from mlmanifests.kustomize.hashing import content_hash


def test_configmap_hash_matches_kustomize() -> None:
    # `configMapGenerator: [{name: a, literals: [k=v]}]` renders as a-bdg947hgcc with kustomize v5.8.1
    assert content_hash({"kind": "ConfigMap", "metadata": {"name": "a"}, "data": {"k": "v"}}) == "bdg947hgcc"


def test_configmap_hash_ignores_the_name_like_kustomize() -> None:
    # kustomize looks the name up under a path that never exists, so renaming does not change the hash
    first = content_hash({"kind": "ConfigMap", "metadata": {"name": "a"}, "data": {"k": "v"}})
    second = content_hash({"kind": "ConfigMap", "metadata": {"name": "b"}, "data": {"k": "v"}})
    assert first == second


def test_configmap_hash_follows_the_data() -> None:
    # literals k=w render as a-mgtm594d64 with kustomize v5.8.1
    assert content_hash({"kind": "ConfigMap", "metadata": {"name": "a"}, "data": {"k": "w"}}) == "mgtm594d64"
