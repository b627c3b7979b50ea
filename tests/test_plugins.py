"""A target from a user's package: installed with pip, found through its entry point, configured and synthesized."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import run_cli

PLUGIN = Path(__file__).parent / "plugin_package"


def _install(package: Path, site: Path) -> dict[str, str]:
    """pip-install `package` into `site` (not the test venv, so other tests never see it); the env that finds it.
    A copy is built, so the build leaves nothing in the repository."""
    copy = site.parent / f"{site.name}-{package.name}"
    shutil.copytree(package, copy)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(copy)],
                   check=True, capture_output=True, text=True, timeout=600)
    return {"PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}


@pytest.fixture(scope="module")
def plugin_env(tmp_path_factory) -> dict[str, str]:
    return _install(PLUGIN, tmp_path_factory.mktemp("site"))


def test_a_plugin_target_is_configured_and_synthesized(plugin_env, tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text(f"global: {{outputDir: {tmp_path / 'dist'}}}\nhello: {{greeting: hi there}}\n")
    result = run_cli("synth", "-c", str(config), env=plugin_env)
    assert result.code == 0, result.stderr
    written = yaml.safe_load((tmp_path / "dist" / "hello" / "23_configmap_hello_greeting.yaml").read_text())
    assert written["data"] == {"greeting": "hi there"}
    apps = (tmp_path / "dist" / "gitops" / "argocd" / "60_application_argocd_hello.yaml").read_text()
    assert "path: dist/hello" in apps


def test_a_plugin_target_has_its_section_in_the_schema_and_list(plugin_env):
    schema = yaml.safe_load(run_cli("schema", env=plugin_env).stdout)
    assert "greeting" in schema["$defs"]["HelloConfig"]["properties"]
    listing = run_cli("list", "--set", "hello={}", env=plugin_env)
    assert listing.code == 0, listing.stderr
    assert "hello: One greeting in a ConfigMap" in listing.stdout
    assert "  needs: a friendly cluster: the ConfigMap greets it" in listing.stdout


def test_an_unknown_field_in_a_plugin_section_is_bad_input(plugin_env):
    result = run_cli("synth", "--check", "--set", "hello.greting=x", env=plugin_env)
    assert result.code == 2 and "hello.greting: unknown field" in result.stderr


def test_a_broken_plugin_is_one_clear_error_naming_its_package(tmp_path):
    package = tmp_path / "broken"
    (package / "broken_target").mkdir(parents=True)
    (package / "broken_target" / "__init__.py").write_text("TARGET = 42\n")
    (package / "pyproject.toml").write_text(
        (PLUGIN / "pyproject.toml").read_text().replace("hello-target", "broken-target")
        .replace('hello = "hello_target:TARGET"', 'broken = "broken_target:TARGET"')
    )
    result = run_cli("list", env=_install(package, tmp_path / "site"))
    assert result.code == 2
    assert result.stderr.strip() == (
        "error: entry point broken = broken_target:TARGET (package broken-target) is a int, not an mlmanifests Target"
    )
