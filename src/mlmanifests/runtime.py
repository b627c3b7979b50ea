"""The Node.js runtime cdk8s needs (jsii runs the construct library in a Node process)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
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
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    match = re.match(r"v(\d+)\.", version)
    if not match or int(match[1]) < MINIMUM_NODE_MAJOR:
        raise RuntimeMissing(
            f"Node.js >= {MINIMUM_NODE_MAJOR} is required (cdk8s runs on it) but `node --version` says {version or 'nothing'}; install Node.js {MINIMUM_NODE_MAJOR} or newer."
        )
    os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", match[1])
    os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")


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
