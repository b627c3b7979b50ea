"""A run killed at any file-system step of the write: dist/ reads (for --check and diff) as the old tree or the
new one, never a mix, and the next run completes. The kill is `os._exit` in a child process, so no cleanup runs,
as with `kill -9`."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path, PurePosixPath

import pytest

from mlmanifests.output.writer import MARKER, MARKER_TEXT, read_tree, write_tree

OLD = {PurePosixPath("gkm/a.yaml"): b"old a\n", PurePosixPath("gkm/b.yaml"): b"old b\n", MARKER: MARKER_TEXT}
NEW = {PurePosixPath("gkm/a.yaml"): b"new a\n", PurePosixPath("gkm/c/d.yaml"): b"new d\n", MARKER: MARKER_TEXT}

_CHILD = textwrap.dedent("""
    import os, shutil, sys
    from pathlib import Path, PurePosixPath
    from mlmanifests.output import writer
    steps = [0]
    limit = int(sys.argv[2])
    def counted(function):
        def call(*args, **kwargs):
            steps[0] += 1
            if steps[0] == limit:
                os._exit(9)
            return function(*args, **kwargs)
        return call
    writer.os.rename = counted(os.rename)
    writer.os.open = counted(os.open)
    writer.os.chmod = counted(os.chmod)
    writer.shutil.rmtree = counted(shutil.rmtree)
    tree = {PurePosixPath("gkm/a.yaml"): b"new a\\n", PurePosixPath("gkm/c/d.yaml"): b"new d\\n", writer.MARKER: writer.MARKER_TEXT}
    writer.write_tree(tree, Path(sys.argv[1]))
    print(steps[0])
""")


def _write_killed_at(out: Path, step: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _CHILD, str(out), str(step)], capture_output=True, text=True, timeout=60)


def test_every_kill_point_leaves_old_or_new(tmp_path):
    out = tmp_path / "dist"
    write_tree(OLD, out)
    steps = int(_write_killed_at(out, 10_000).stdout)  # an unkilled run counts the steps
    assert steps > 5
    for step in range(1, steps + 1):
        write_tree(OLD, out)
        killed = _write_killed_at(out, step)
        assert killed.returncode == 9, killed.stderr
        assert read_tree(out) in (OLD, NEW), f"killed at step {step}: {read_tree(out)}"
        write_tree(NEW, out)  # the next run recovers
        assert read_tree(out) == NEW
        assert sorted(p.name for p in tmp_path.iterdir()) == [".dist.mlmanifests-lock", "dist"]


@pytest.mark.parametrize("leftover", [".dist.mlmanifests-new", ".dist.mlmanifests-old"])
def test_a_leftover_link_is_removed_not_followed(tmp_path, leftover):
    out = tmp_path / "dist"
    write_tree(OLD, out)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "keep").write_text("mine")
    (tmp_path / leftover).symlink_to(tmp_path / "elsewhere")
    write_tree(NEW, out)
    assert read_tree(out) == NEW
    assert (tmp_path / "elsewhere" / "keep").read_text() == "mine"
    assert not (tmp_path / leftover).exists()
