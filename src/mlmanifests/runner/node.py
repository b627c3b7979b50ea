"""The Node.js runtime cdk8s needs (jsii runs the construct library in a Node process)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
import time
from functools import cache

MINIMUM_NODE_MAJOR = 20


class RuntimeMissing(Exception):
    """The machine lacks something mlmanifests needs to run; the message says what and how to get it."""


@cache
def prepare_node() -> None:
    """Check that `node` >= 20 is on PATH and keep jsii's end-of-life banner out of our output.

    Call before importing cdk8s: jsii reads the environment when it starts Node. Runs once per process (a fleet
    synthesizes each cluster in turn; `node --version` need not run again for each).
    """
    node = shutil.which("node")
    if node is None:
        raise RuntimeMissing(
            f"Node.js >= {MINIMUM_NODE_MAJOR} is required (cdk8s runs on it) but `node` is not on PATH; install Node.js {MINIMUM_NODE_MAJOR} or newer."
        )
    try:
        answer = subprocess.run([node, "--version"], capture_output=True, text=True, check=False,
                                timeout=NODE_START_SECONDS)
    except subprocess.TimeoutExpired:
        raise RuntimeMissing(f"`{node} --version` did not answer within {NODE_START_SECONDS:.0f} s; check that Node.js "
                             "runs (`node --version` in a shell)") from None
    except OSError as problem:
        raise RuntimeMissing(f"`{node}` cannot be started ({problem.strerror}); reinstall Node.js {MINIMUM_NODE_MAJOR} or newer") from None
    if answer.returncode != 0:
        said = (answer.stderr.strip().splitlines() or ["nothing"])[0][:200]
        raise RuntimeMissing(f"`node --version` failed (exit {answer.returncode}): {said}; check NODE_OPTIONS and the "
                             "Node.js installation")
    version = answer.stdout.strip()
    match = re.match(r"v(\d+)\.", version)
    if not match or int(match[1]) < MINIMUM_NODE_MAJOR:
        raise RuntimeMissing(
            f"Node.js >= {MINIMUM_NODE_MAJOR} is required (cdk8s runs on it) but `node --version` says {version or 'nothing'}; install Node.js {MINIMUM_NODE_MAJOR} or newer."
        )
    os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", match[1])
    os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")
    bound_jsii_calls()


NODE_START_SECONDS = 20.0
"""How long `node --version` may take."""


def jsii_call_seconds() -> float:
    """How long one reply from jsii's Node process may take ($MLMANIFESTS_NODE_TIMEOUT, default 180 s: loading the
    construct libraries is the longest call, a few seconds on a loaded machine)."""
    try:
        return max(float(os.environ.get("MLMANIFESTS_NODE_TIMEOUT", "180")), 0.1)
    except ValueError:
        return 180.0


class _Watchdog:
    """Kills jsii's Node process when one reply takes longer than the bound; the waiting read then ends."""

    def __init__(self) -> None:
        self.started: float | None = None
        self.process: subprocess.Popen | None = None
        self.fired = False
        self._thread: threading.Thread | None = None

    def arm(self, process: subprocess.Popen) -> None:
        self.process, self.started = process, time.monotonic()
        if self._thread is None:
            self._thread = threading.Thread(target=self._watch, name="mlmanifests-node-watchdog", daemon=True)
            self._thread.start()

    def disarm(self) -> None:
        self.started = None

    def _watch(self) -> None:
        while True:
            time.sleep(0.2)
            started, process = self.started, self.process
            if started is not None and process is not None and time.monotonic() - started > jsii_call_seconds():
                self.fired = True
                process.kill()


_WATCHDOG = _Watchdog()


@cache
def bound_jsii_calls() -> None:
    """Bound every reply jsii waits for from Node (a Node that never answers would hang synth forever), turn a
    Node that dies or stops answering into RuntimeMissing naming Node, and keep jsii's exit hook quiet when Node
    is already gone (it would print a traceback from atexit). A jsii without these internals is left as it is."""
    try:
        from jsii._kernel.providers import process as jsii_process
    except ImportError:
        return
    node_process = getattr(jsii_process, "_NodeProcess", None)
    if node_process is None or not hasattr(node_process, "_next_message") or not hasattr(node_process, "stop"):
        return
    stop = node_process.stop

    def bounded_next_message(self):  # type: ignore[no-untyped-def]
        _WATCHDOG.arm(self._process)
        try:
            line = self._process.stdout.readline()
        finally:
            _WATCHDOG.disarm()
        if not line:
            raise RuntimeMissing(_node_gone_message(self._process))
        return jsii_process.json.loads(line, object_hook=jsii_process.ohook)

    def quiet_stop(self):  # type: ignore[no-untyped-def]
        try:
            stop(self)
        except (OSError, ValueError):  # Node already gone: nothing left to stop
            pass

    node_process._next_message = bounded_next_message
    node_process.stop = quiet_stop


def _node_gone_message(process: subprocess.Popen) -> str:
    if _WATCHDOG.fired:
        return (f"Node.js (jsii's runtime for cdk8s) did not answer within {jsii_call_seconds():.0f} s and was stopped; "
                "check that `node` works, or raise MLMANIFESTS_NODE_TIMEOUT on a very slow machine")
    try:
        code = process.wait(timeout=2)  # its stdout closed as it exited: the exit status may lag a moment behind
    except subprocess.TimeoutExpired:
        code = None
    return (f"Node.js (jsii's runtime for cdk8s) exited{f' with code {code}' if code is not None else ''} before it "
            "answered; check NODE_OPTIONS and that `node` runs cdk8s (Node.js 20 or newer)")


def _unchecked(argname: str, value: object, expected_type: object) -> None:
    return None


def skip_binding_type_checks() -> None:
    """Turn off jsii's runtime type check of every argument passed to a typed binding.

    jsii re-checks each argument of each generated class against its annotations with typeguard, which measured
    a third of the time spent building charts (~0.3 ms per object). Every object synth produces is validated
    strictly against its schema by the checks anyway, so synth skips it; MLMANIFESTS_CHECK_BINDING_TYPES=1 keeps
    it (the test suite sets it, so chart code is type-checked there). A jsii without this hook is left as it is.
    """
    if os.environ.get("MLMANIFESTS_CHECK_BINDING_TYPES"):
        return
    try:
        from jsii import _type_checking
    except ImportError:
        return
    if hasattr(_type_checking, "_resolved_check"):
        _type_checking._resolved_check = _unchecked
