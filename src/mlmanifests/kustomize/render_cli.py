"""`mlmanifests render DIR` without the rest of mlmanifests: no config models, no cdk8s, no jsii.

`python -m mlmanifests` hands a plain `render DIR [--debug]` here before it imports the CLI, so rendering a
tree costs the renderer's own start-up only. Anything else (help, other options) goes to the full CLI.
"""

from __future__ import annotations

import sys
import traceback

from mlmanifests.exit_codes import EXIT_INTERNAL


def render_main(argv: list[str]) -> int | None:
    """The exit code of `render DIR [--debug]`, or None when `argv` is not that command line."""
    if not argv or argv[0] != "render":
        return None
    rest = argv[1:]
    debug = "--debug" in rest
    rest = [argument for argument in rest if argument != "--debug"]
    if len(rest) != 1 or rest[0].startswith("-"):
        return None
    from . import render_command

    try:
        return render_command(rest[0], sys.stdout, sys.stderr)
    except Exception as error:  # noqa: BLE001 - the edge, as in the full CLI: a bug, never a traceback unless asked
        if debug:
            traceback.print_exc()
        else:
            print(
                f"internal error: {type(error).__name__}: {error} (rerun with --debug for the traceback)",
                file=sys.stderr,
            )
        return EXIT_INTERNAL
