"""Every CRD the project carries has a generated binding in imports/, with a class for each of its kinds."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
CRD_DIR = REPO / "src" / "mlmanifests" / "crds"


def _generator():
    spec = importlib.util.spec_from_file_location("imports_generate", REPO / "imports" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CRD_FILES = sorted(CRD_DIR.rglob("*.yaml"))


def test_the_project_carries_crds():
    assert len(CRD_FILES) >= 30


@pytest.mark.parametrize("crd_file", CRD_FILES, ids=lambda p: p.relative_to(CRD_DIR).as_posix())
def test_crd_has_a_binding_for_each_served_version_of_its_kind(crd_file):
    from mlmanifests.runner.node import prepare_node

    prepare_node()
    import cdk8s

    crd = yaml.safe_load(crd_file.read_text())
    group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
    if (group, kind) in _generator().UNBOUND_KINDS:
        pytest.skip(f"{kind}: {_generator().UNBOUND_KINDS[(group, kind)]}")
    module_name = _generator().MODULES.get(group)
    assert module_name, f"{crd_file.name}: group {group} has no module in imports/generate.py; add it and regenerate"
    module = importlib.import_module(f"mlmanifests.imports.{module_name}")
    bound = {
        (cls.GVK.api_version, cls.GVK.kind)
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, cdk8s.ApiObject) and cls is not cdk8s.ApiObject
    }
    for version in crd["spec"]["versions"]:
        if version.get("served", True):
            assert (f"{group}/{version['name']}", kind) in bound, (
                f"{crd_file.name}: no binding for {group}/{version['name']} {kind}; run `python imports/generate.py {module_name}`"
            )
