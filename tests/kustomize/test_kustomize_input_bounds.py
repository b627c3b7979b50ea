"""Hostile or extreme input: an alias bomb and a 10,000-level document are one-line errors (exit 2); a chain of
1,000 bases, which kubectl renders, renders the same here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from kustomize_case_layout import kubectl_binary  # noqa: E402

_CONFIGMAP = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n"


def _render(folder: Path) -> subprocess.CompletedProcess:
    # A guard against a hang, not a speed goal: an unbounded expansion would never finish.
    return subprocess.run([sys.executable, "-m", "mlmanifests", "render", str(folder)], capture_output=True,
                          text=True, timeout=300)


def _tree(tmp_path: Path, resource: str) -> Path:
    (tmp_path / "res.yaml").write_text(resource)
    (tmp_path / "kustomization.yaml").write_text("resources:\n- res.yaml\n")
    return tmp_path


def test_an_alias_bomb_is_refused(tmp_path: Path) -> None:
    lines = [_CONFIGMAP.format(name="bomb").rstrip("\n"), "data0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"data{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]  # 9**10 leaves
    done = _render(_tree(tmp_path, "\n".join(lines) + "\n"))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.count("\n") == 1
    assert "document contains excessive aliasing" in done.stderr and "field 'resources'" in done.stderr


def test_aliases_of_ordinary_size_render_as_kubectl_renders_them(tmp_path: Path) -> None:
    resource = (
        "apiVersion: v1\nkind: List\nitems:\n"
        "- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: shared\n    labels: &labels\n"
        "      app: web\n      tier: front\n"
        "- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: other\n    labels: *labels\n"
    )
    folder = _tree(tmp_path, resource)
    done = _render(folder)
    assert done.returncode == 0, done.stderr
    if kubectl_binary().exists():
        kubectl = subprocess.run([str(kubectl_binary()), "kustomize", str(folder)], capture_output=True, text=True)
        assert done.stdout == kubectl.stdout


def test_a_ten_thousand_level_document_is_refused(tmp_path: Path) -> None:
    depth = 10_000
    done = _render(_tree(tmp_path, _CONFIGMAP.format(name="deep") + "data: " + "[" * depth + "]" * depth + "\n"))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "nesting depth" in done.stderr or "max depth" in done.stderr


def test_a_chain_of_a_thousand_bases_renders_as_kubectl_renders_it(tmp_path: Path) -> None:
    levels = 1_000
    for level in range(levels):
        folder = tmp_path / f"level-{level:04d}"
        folder.mkdir()
        if level == 0:
            (folder / "cm.yaml").write_text(_CONFIGMAP.format(name="deep") + "data:\n  depth: bottom\n")
            (folder / "kustomization.yaml").write_text("resources:\n- cm.yaml\n")
            continue
        prefix = "namePrefix: p-\n" if level % 100 == 0 else ""
        (folder / "kustomization.yaml").write_text(f"resources:\n- ../level-{level - 1:04d}\n{prefix}")
    top = tmp_path / f"level-{levels - 1:04d}"
    done = _render(top)
    assert done.returncode == 0, done.stderr
    assert "name: p-p-p-p-p-p-p-p-p-deep" in done.stdout
    if kubectl_binary().exists():
        kubectl = subprocess.run([str(kubectl_binary()), "kustomize", str(top)], capture_output=True, text=True)
        assert done.stdout == kubectl.stdout
