"""One run at a time per output folder: an exclusive `flock` on `.<dir>.mlmanifests-lock` beside it.

synth holds it exclusively from the first look at the output dir to the end of the swap; `synth --check` and
`diff` hold it shared while they read, so they never see a swap half done. The lock is the kernel's: it goes
with the process, so a killed run never leaves a stale lock behind (the file stays; it is only a handle).
"""

from __future__ import annotations

import errno
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

def wait_seconds_default() -> float:
    """How long a run waits for another one on the same output dir before it gives up: $MLMANIFESTS_LOCK_WAIT,
    default 120 s (a cold synth takes ~10 s)."""
    try:
        return max(float(os.environ.get("MLMANIFESTS_LOCK_WAIT", "120")), 0.0)
    except ValueError:
        return 120.0


class OutputBusy(Exception):
    """Another run holds the output dir's lock for longer than we wait."""


def lock_path(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}.mlmanifests-lock"


@contextmanager
def locked_output(
    out_dir: Path, *, shared: bool = False, on_wait: Callable[[str], None] | None = None,
    wait_seconds: float | None = None,
) -> Iterator[None]:
    """Hold the output dir's lock (exclusive, or `shared` for readers) for the body of the `with`.

    `on_wait` is told once, with a sentence, when another run holds it. A reader where the lock cannot be made (a
    read-only checkout) reads without it: nothing can be writing there.
    """
    path = lock_path(out_dir)
    wait_seconds = wait_seconds_default() if wait_seconds is None else wait_seconds
    if shared and not path.parent.is_dir():
        yield  # nothing to read, and a reader creates no folder
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    except OSError as problem:
        if shared and problem.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            yield
            return
        if problem.errno == errno.ELOOP:
            raise OutputBusy(f"{path}: is a symbolic link; mlmanifests never writes through one: remove it") from None
        raise
    try:
        _acquire(fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX, out_dir, on_wait, wait_seconds)
        yield
    finally:
        os.close(fd)  # releases the lock


def _acquire(fd: int, mode: int, out_dir: Path, on_wait: Callable[[str], None] | None, wait_seconds: float) -> None:
    deadline = time.monotonic() + wait_seconds
    told = False
    while True:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        if not told and on_wait is not None:
            on_wait(f"another mlmanifests run is writing {out_dir}/; waiting up to {wait_seconds:.0f} s for it to finish")
            told = True
        if time.monotonic() >= deadline:
            raise OutputBusy(f"{out_dir}: another mlmanifests run has held its lock ({lock_path(out_dir)}) for over "
                             f"{wait_seconds:.0f} s; let it finish (or stop it), then run again")
        time.sleep(0.05)
