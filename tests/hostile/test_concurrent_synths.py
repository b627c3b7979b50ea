"""Two synths at once into one dist/, with different configs, started a few milliseconds apart: each one either
writes its whole tree or waits for the other (the output lock), so dist/ always ends as exactly one run wrote it,
and the next run works (the marker is never lost)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest

from conftest import REPO, run_cli


def start_synth(out, tag: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "mlmanifests", "synth", "--target", "gkm", "--set", f"global.outputDir={out}",
         "--set", f"gkm.workloads[0].image=quay.io/fedora/fedora-minimal:{tag}"],
        cwd=REPO, env=os.environ.copy(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


@pytest.mark.parametrize("delay", [0.0, 0.05])
def test_concurrent_synths_leave_one_runs_output(tmp_path, default_dist, delay):
    out = tmp_path / "dist"
    shutil.copytree(default_dist, out)
    first = start_synth(out, "41")
    time.sleep(delay)
    second = start_synth(out, "42")
    results = [(process.wait(timeout=600), process.communicate()) for process in (first, second)]
    assert [code for code, _ in results] == [0, 0], [streams[1][-1500:] for _, streams in results]
    matching = [tag for tag in ("41", "42") if run_cli(
        "synth", "--check", "--target", "gkm", "--set", f"global.outputDir={out}",
        "--set", f"gkm.workloads[0].image=quay.io/fedora/fedora-minimal:{tag}").code == 0]
    assert len(matching) == 1, "dist/ matches neither run, or both"
    assert (out / ".mlmanifests-output").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".dist.mlmanifests-lock", "dist"]
