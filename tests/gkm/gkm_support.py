"""The gkm target synthesized from the embedded default with `--set` overrides, and checked as `synth` checks it."""

from __future__ import annotations

from importlib import resources

import yaml

from mlmanifests.checks import Report
from mlmanifests.config.load import load_config
from mlmanifests.manifests import Manifest
from mlmanifests.runner.pipeline import check_manifests
from mlmanifests.runner.synth import synthesize

TARGET = "gkm"
# The CSI-driver release, as the seed shows it: caches with only an image, pods mounting csi.gkm.io volumes.
CSI_RELEASE = ("gkm.release=csi-driver", "gkm.caches[1].workloadNamespaces=[]")


def synth(*overrides: str) -> list[Manifest]:
    return synthesize(load_config(None, list(overrides)), [TARGET])


def checked(*overrides: str) -> tuple[list[Manifest], Report]:
    manifests = synth(*overrides)
    return manifests, check_manifests(manifests, load_config(None, list(overrides)), [TARGET])


def of_kind(manifests: list[Manifest], *kinds: str) -> list[Manifest]:
    return [m for m in manifests if m.kind in kinds]


def pod_spec(manifest: Manifest) -> dict:
    spec = manifest.body["spec"]
    return spec if manifest.kind == "Pod" else spec["template"]["spec"]


def crd_spec_properties(folder: str, kind_file: str) -> set[str]:
    """The `spec` fields a GKM CRD under src/mlmanifests/crds/<folder>/ serves."""
    path = resources.files("mlmanifests").joinpath("crds", folder, kind_file)
    crd = yaml.safe_load(path.read_text(encoding="utf-8"))
    (version,) = crd["spec"]["versions"]
    return set(version["schema"]["openAPIV3Schema"]["properties"]["spec"]["properties"])
