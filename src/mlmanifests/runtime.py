"""The Node.js runtime cdk8s needs (jsii runs the construct library in a Node process)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

MINIMUM_NODE_MAJOR = 20


class RuntimeMissing(Exception):
    """The machine lacks something mlmanifests needs to run; the message says what and how to get it."""


def prepare_node() -> None:
    """Check that `node` >= 20 is on PATH and keep jsii's end-of-life banner out of our output.

    Call before importing cdk8s: jsii reads the environment when it starts Node.
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
