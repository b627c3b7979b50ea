"""The CRD documents cache: the same documents as parsing the YAML, and only ever an accelerator."""

from __future__ import annotations

from pathlib import Path

import yaml

from mlmanifests.checks.schemas import crd_documents

CRD = Path(__file__).resolve().parents[2] / "src" / "mlmanifests" / "crds" / "gkm" / "gkm.io_gkmcaches.yaml"


def test_cached_documents_equal_the_parsed_yaml(isolated_cache):
    text = CRD.read_text()
    first = crd_documents(text)
    assert list(isolated_cache.glob("crd-*.json"))
    assert first == crd_documents(text) == list(yaml.safe_load_all(text))


def test_a_corrupt_cache_entry_is_parsed_again(isolated_cache):
    text = CRD.read_text()
    crd_documents(text)
    for entry in isolated_cache.glob("crd-*.json"):
        entry.write_text("{not json")
    assert crd_documents(text) == list(yaml.safe_load_all(text))
