"""Remote bases and components: git URLs in kustomize's forms, fetched through a git `insteadOf` redirect to local
repositories made here, rendered by us and by real `kubectl kustomize` with the same redirect."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from kustomize_case_layout import kubectl_binary  # noqa: E402

from mlmanifests.kustomize import render_command  # noqa: E402
from mlmanifests.kustomize.remote import RemoteFetchError, fetch_remote, parse_remote  # noqa: E402

pytestmark = pytest.mark.skipif(subprocess.run(["git", "--version"], capture_output=True).returncode != 0,
                                reason="no git program")

_DEPLOYMENT = (  # flow style keeps it short; the names and image tag are what the tests read
    "apiVersion: apps/v1\nkind: Deployment\nmetadata: {{name: {name}}}\n"
    "spec:\n  selector: {{matchLabels: {{app: {name}}}}}\n"
    "  template:\n    metadata: {{labels: {{app: {name}}}}}\n"
    "    spec:\n      containers:\n      - {{name: main, image: 'example.com/{name}:{tag}', "
    "envFrom: [{{configMapRef: {{name: settings}}}}]}}\n"
)


def _git(folder: Path, *arguments: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "init.defaultBranch=main",
         *arguments],
        cwd=folder, capture_output=True, text=True, check=True,
    )
    return done.stdout.strip()


def _write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)


@pytest.fixture(scope="module")
def mirror(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A local 'github.com/example-org/platform' with tags v1.0.0 and v1.1.0, and the git redirect to it."""
    root = tmp_path_factory.mktemp("mirror")
    repo = root / "example-org" / "platform"
    repo.mkdir(parents=True)
    _git(repo, "init", "--quiet")
    _write(repo, {
        "base/kustomization.yaml": "resources:\n- deploy.yaml\nconfigMapGenerator:\n- name: settings\n"
                                   "  literals: [MODE=base]\n",
        "base/deploy.yaml": _DEPLOYMENT.format(name="api", tag="1.0"),
        "apps/web/kustomization.yaml": "resources:\n- deploy.yaml\n- ../../shared\nnamePrefix: web-\n",
        "apps/web/deploy.yaml": _DEPLOYMENT.format(name="web", tag="1.0"),
        "shared/kustomization.yaml": "resources:\n- sa.yaml\n",
        "shared/sa.yaml": "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: runner\n",
        "components/monitoring/kustomization.yaml": "apiVersion: kustomize.config.k8s.io/v1alpha1\n"
                                                    "kind: Component\ncommonAnnotations:\n  monitored: \"yes\"\n",
    })
    _git(repo, "add", "-A")
    _git(repo, "commit", "--quiet", "-m", "v1.0.0")
    _git(repo, "tag", "v1.0.0")
    first_commit = _git(repo, "rev-parse", "HEAD")
    _write(repo, {"apps/web/deploy.yaml": _DEPLOYMENT.format(name="web", tag="1.1")})
    _git(repo, "commit", "--quiet", "-am", "v1.1.0")
    _git(repo, "tag", "v1.1.0")
    (root / "example-org" / "platform.git").symlink_to(repo)  # the same repository under its `.git` name
    redirect = {
        "GIT_CONFIG_COUNT": "2",
        "GIT_CONFIG_KEY_0": f"url.file://{root}/.insteadOf",
        "GIT_CONFIG_VALUE_0": "https://github.com/",
        "GIT_CONFIG_KEY_1": f"url.file://{root}/.insteadOf",
        "GIT_CONFIG_VALUE_1": "git@github.com:",
    }
    return {"root": root, "repo": repo, "redirect": redirect, "first_commit": first_commit}


def _overlay(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "overlay"
    folder.mkdir()
    (folder / "kustomization.yaml").write_text(text)
    return folder


def _ours(folder: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = render_command(str(folder), out, err)
    return code, out.getvalue(), err.getvalue()


def _kubectl(folder: Path, redirect: dict) -> str:
    if not kubectl_binary().exists():
        pytest.skip(f"real kustomize not installed at {kubectl_binary()}")
    done = subprocess.run([str(kubectl_binary()), "kustomize", str(folder)], capture_output=True, text=True,
                          env={**os.environ, **redirect}, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def redirected(mirror: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    for key, value in mirror["redirect"].items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("MLMANIFESTS_CACHE_DIR", raising=False)  # the test session sets one; this test owns its cache
    return mirror


_REMOTE_TREE = """resources:
- https://github.com/example-org/platform//base?ref=v1.0.0
- github.com/example-org/platform/apps/web?ref=v1.1.0
- git@github.com:example-org/platform.git/shared?ref=v1.0.0&timeout=90s
components:
- https://github.com/example-org/platform//components/monitoring?version=v1.0.0
namespace: team
"""


def test_remote_bases_and_components_render_as_kubectl_renders_them(redirected: dict, tmp_path: Path) -> None:
    overlay = _overlay(tmp_path, _REMOTE_TREE)
    code, out, err = _ours(overlay)
    assert code == 0, err
    assert "image: example.com/web:1.1" in out and "image: example.com/api:1.0" in out  # each at its own ref
    assert out == _kubectl(overlay, redirected["redirect"])


def test_origin_annotations_name_the_repository_and_ref_as_kubectl_does(redirected: dict, tmp_path: Path) -> None:
    overlay = _overlay(tmp_path, "buildMetadata: [originAnnotations, transformerAnnotations]\n" + _REMOTE_TREE)
    code, out, err = _ours(overlay)
    assert code == 0, err
    assert "repo: https://github.com/example-org/platform" in out
    assert out == _kubectl(overlay, redirected["redirect"])


def test_fetched_refs_come_from_the_cache_the_second_time(redirected: dict, tmp_path: Path) -> None:
    first = fetch_remote("https://github.com/example-org/platform", "v1.0.0")
    assert first.is_relative_to(tmp_path / "cache" / "mlmanifests" / "git")
    assert (first / "base" / "deploy.yaml").is_file()
    os.environ["GIT_CONFIG_VALUE_0"] = "https://nowhere.invalid/"  # the redirect no longer applies
    assert fetch_remote("https://github.com/example-org/platform", "v1.0.0") == first


def test_a_commit_id_is_fetched_by_id(redirected: dict) -> None:
    checkout = fetch_remote("https://github.com/example-org/platform", redirected["first_commit"])
    assert "example.com/web:1.0" in (checkout / "apps" / "web" / "deploy.yaml").read_text()


def test_a_missing_ref_is_one_clear_error(redirected: dict, tmp_path: Path) -> None:
    overlay = _overlay(tmp_path, "resources:\n- https://github.com/example-org/platform//base?ref=v9.9.9\n")
    code, out, err = _ours(overlay)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "kustomization.yaml: field 'resources'" in err
    assert "at ref 'v9.9.9' failed" in err


def test_a_missing_folder_in_the_repository_is_named(redirected: dict, tmp_path: Path) -> None:
    overlay = _overlay(tmp_path, "resources:\n- https://github.com/example-org/platform//nothing/here?ref=v1.0.0\n")
    code, _, err = _ours(overlay)
    assert code == 2 and "has no folder 'nothing/here' at v1.0.0" in err


def test_a_fetch_that_hangs_stops_at_the_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("GIT_CONFIG_COUNT", "1")
    monkeypatch.setenv("GIT_CONFIG_KEY_0", "core.sshCommand")
    monkeypatch.setenv("GIT_CONFIG_VALUE_0", "sleep 30; :")  # an ssh that never answers
    start = time.monotonic()
    with pytest.raises(RemoteFetchError, match="timed out after 1s"):
        fetch_remote("ssh://git@git.example.com/org/repo.git", "v1", timeout=1)
    assert time.monotonic() - start < 20


def test_http_file_urls_are_refused_without_a_fetch(tmp_path: Path) -> None:
    overlay = _overlay(tmp_path, "resources:\n- https://example.com/manifests/app.yaml\n")
    code, _, err = _ours(overlay)
    assert code == 2 and "plain HTTP(S) file URLs are refused" in err


@pytest.mark.parametrize(
    ("url", "clone_url", "root", "ref"),
    [
        ("https://github.com/org/repo//deploy/base?ref=v1.2.0", "https://github.com/org/repo", "deploy/base", "v1.2.0"),
        ("github.com/org/repo/deploy/base?ref=v1", "https://github.com/org/repo", "deploy/base", "v1"),
        ("git@github.com:org/repo.git/deploy?ref=main", "git@github.com:org/repo.git", "deploy", "main"),
        ("ssh://git@github.com/org/repo", "git@github.com:org/repo", "", None),
        ("git::https://gitlab.com/group/repo.git//base?version=v2", "https://gitlab.com/group/repo.git", "base", "v2"),
        ("https://dev.azure.com/org/project/_git/repo/path/base", "https://dev.azure.com/org/project/_git/repo",
         "path/base", None),
        ("git@gitlab.example.com:group/sub/repo.git//base", "git@gitlab.example.com:group/sub/repo.git", "base", None),
        ("file:///srv/git/repo//base?ref=v1", "file:///srv/git/repo", "base", "v1"),
        ("file:///srv/git/repo", "file:///srv/git/repo", "", None),
    ],
)
def test_url_forms_kustomize_accepts(url: str, clone_url: str, root: str, ref: str | None) -> None:
    spec = parse_remote(url)
    assert spec is not None
    assert (spec.clone_url, spec.root_path, spec.ref) == (clone_url, root, ref)


@pytest.mark.parametrize("url", ["../base", "base/overlay", "/abs/path", "gitlab.com/org/repo", "github.com/org",
                                 "https://github.com/org/repo//../../etc"])
def test_paths_and_incomplete_urls_are_not_remote(url: str) -> None:
    assert parse_remote(url) is None


def test_timeout_and_submodules_come_from_the_query() -> None:
    spec = parse_remote("https://github.com/org/repo?ref=v1&timeout=2m&submodules=false")
    assert spec is not None and (spec.timeout, spec.submodules) == (120.0, False)
    assert parse_remote("https://github.com/org/repo?timeout=61").timeout == 61.0
