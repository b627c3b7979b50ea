"""Pinned upstream releases: fetched with git through the user's git configuration (a mirror here), pinned by the
lock file, and composed exactly as `kubectl kustomize` composes upstream plus the same overlay."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import SHARED, run_cli
from mlmanifests.config import load_config
from mlmanifests.kustomize import to_yaml
from mlmanifests.runner.pipeline import run
from mlmanifests.upstream.compose import write_overlay
from upstream_objects import without_origin

V1_10 = SHARED / "upstream" / "kubeflow-manifests" / "v1.10.2"
KFP_ONLY = ["--target", "mlops-gcp"]


@pytest.fixture
def workdir(tmp_path, upstream_mirror):
    """A folder holding a config (the default) and its lock, as a user's repository does."""
    if upstream_mirror is None:
        pytest.skip("shared/upstream is not on this machine")
    (tmp_path / "mlmanifests.yaml").write_text(run_cli("config").stdout)
    return tmp_path


def synth(workdir: Path, *args: str, env=None):
    return run_cli("synth", "-c", str(workdir / "mlmanifests.yaml"), "--set", f"global.outputDir={workdir / 'dist'}",
                   *args, cwd=workdir, env=env)


def test_first_synth_pins_the_content_and_a_rerun_verifies_it(workdir):
    first = synth(workdir, *KFP_ONLY)
    assert first.code == 0, first.stderr
    lock = yaml.safe_load((workdir / "mlmanifests.lock").read_text())
    entry = lock["upstreams"]["kubeflow-1-10"]
    assert entry["source"] == "https://github.com/kubeflow/manifests" and entry["ref"] == "v1.10.2"
    assert list(entry["content"]) == ["applications/pipeline/upstream/cluster-scoped-resources,"
                                      "applications/pipeline/upstream/env/gcp"]
    assert synth(workdir, *KFP_ONLY, "--check").code == 0


def test_the_lock_refuses_content_that_changed_under_the_same_ref(workdir, tmp_path_factory):
    """A local checkout whose file the build reads is edited: synth refuses it (exit 2) and names the command
    that accepts it; dist/ is left alone."""
    checkout = tmp_path_factory.mktemp("checkout") / "manifests"
    shutil.copytree(V1_10, checkout)
    for path in checkout.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    source = ["--set", f"upstreams.kubeflow-1-10={{release: v1.10.2, path: {checkout}}}"]
    assert synth(workdir, *KFP_ONLY, *source).code == 0
    before = sorted(p.read_bytes() for p in (workdir / "dist").rglob("*.yaml"))
    params = checkout / "applications/pipeline/upstream/env/gcp/params.env"
    params.write_text(params.read_text().replace("pipelineDb=pipelinedb", "pipelineDb=otherdb"))
    refused = synth(workdir, *KFP_ONLY, *source)
    assert refused.code == 2
    assert "the lock pins" in refused.stderr and "`mlmanifests lock`" in refused.stderr
    assert sorted(p.read_bytes() for p in (workdir / "dist").rglob("*.yaml")) == before
    relocked = run_cli("lock", "-c", str(workdir / "mlmanifests.yaml"), *source, cwd=workdir)
    assert relocked.code == 0, relocked.stderr
    assert synth(workdir, *KFP_ONLY, *source).code == 0


def test_check_and_diff_refuse_a_config_whose_upstream_is_not_locked(workdir):
    result = synth(workdir, *KFP_ONLY, "--check")
    assert result.code == 2 and "pins no content for upstream kubeflow-1-10" in result.stderr


def test_an_unreachable_source_is_one_clear_error(workdir):
    result = synth(workdir, *KFP_ONLY, "--set", "upstreams.kubeflow-1-10.git=file:///nonexistent/manifests")
    assert result.code == 2
    assert "file:///nonexistent/manifests at ref 'v1.10.2' failed" in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_source_that_never_answers_times_out(workdir, tmp_path):
    """git over ssh to a host that hangs (a command that sleeps stands in for it): bounded, exit 2."""
    hang = tmp_path / "hang"
    hang.write_text("#!/bin/sh\nsleep 60\n")
    hang.chmod(0o755)
    result = synth(workdir, *KFP_ONLY, "--set", "upstreams.kubeflow-1-10.git=ssh://git@example.invalid/manifests",
                   env={"GIT_SSH_COMMAND": str(hang), "MLMANIFESTS_GIT_TIMEOUT": "3"})
    assert result.code == 2 and "timed out after 3s" in result.stderr


@pytest.mark.parametrize("target", ["mlops-gcp", "kubeflow-aks"])
def test_kubectl_kustomize_of_upstream_plus_our_overlay_equals_the_composed_output(target, tmp_path, kubectl, upstream_mirror):
    """The same overlay written as a kustomization over the same upstream checkout, built by real kubectl."""
    result = run(load_config(), [target], with_checks=False)
    (use,) = result.upstream_uses
    checkout, components, overlay = use.composition
    folder = tmp_path / "overlay"
    write_overlay(folder, checkout, components, overlay)
    built = subprocess.run([str(kubectl), "kustomize", str(folder)], capture_output=True, text=True, timeout=600,
                           env={**os.environ, "KUSTOMIZE_PLUGIN_HOME": str(tmp_path)})
    assert built.returncode == 0, built.stderr
    composed = [without_origin(m.body) for m in result.manifests if m.origin]
    assert to_yaml(composed) == built.stdout


def test_no_secret_in_any_output_carries_data(default_dist):
    """Upstream ships Secrets with literal values; none of them, and no Secret of ours, reaches dist/."""
    secrets = []
    for path in sorted(default_dist.rglob("*.yaml")):
        body = yaml.safe_load(path.read_text())
        if isinstance(body, dict) and body.get("kind") == "Secret":
            secrets.append(path)
            assert not body.get("data") and not body.get("stringData"), path
    external = [p for p in default_dist.rglob("*externalsecret*.yaml")]
    assert len(external) > 15  # the replacements of upstream's demo Secrets, in every composed target
