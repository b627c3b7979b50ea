"""Command line: `mlmanifests synth | diff | list | schema | config | render | validate | graph | completion`.

The only place that prints a run's outcome and picks the exit code:
0 success; 1 checks failed; 2 bad input (config, arguments, missing runtime, an output dir that is not ours, a file
system error, a broken target plugin); 3 an internal error (a bug: rerun with --debug and report the traceback);
4 differs: `diff` found changes, `synth --check` found dist/ stale.

Global options (`--debug`, `--color`, `-q`, `-v`) are accepted before or after the command. This module imports
only the standard library and argparse helpers at start: `--help`, `--version` and `list` do not load cdk8s.
"""

from __future__ import annotations

import gc
import sys
import traceback
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from .commands import COMMANDS
from .output import BadInput, Output, _os_error_text
from .parser import build_parser
from mlmanifests.exit_codes import EXIT_BAD_INPUT, EXIT_INTERNAL


@contextmanager
def _few_collections() -> Iterator[None]:
    """A command builds a heap of a million small objects that live until it ends, and the cyclic garbage
    collector's default thresholds traverse it again and again: a fifth of a synth's CPU (bench/RESULTS.md). So a
    command runs with young collections every 50,000 allocations instead of 700; cycles are still collected, and
    the thresholds are put back for whoever called main."""
    before = gc.get_threshold()
    gc.set_threshold(50_000, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    out = Output(args, sys.stdout, sys.stderr)
    try:
        with _few_collections(), warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", _config_deprecation())
            try:
                return COMMANDS[args.command](args, out)
            finally:
                for warning in caught:
                    if issubclass(warning.category, _config_deprecation()):
                        out.warn(str(warning.message))
    except BadInput as error:
        out.error(str(error))
        return EXIT_BAD_INPUT
    except OSError as error:  # the machine, not mlmanifests: permissions, a full disk, a busy folder
        out.error(_os_error_text(error))
        return EXIT_BAD_INPUT
    except Exception as error:  # noqa: BLE001 - the edge: no traceback unless asked
        if _is_bad_input(error):
            out.error(str(error))
            return EXIT_BAD_INPUT
        if args.debug:
            traceback.print_exc()
        else:
            print(f"internal error: {type(error).__name__}: {error} (rerun with --debug for the traceback)", file=sys.stderr)
        return EXIT_INTERNAL


def _config_deprecation() -> type[Warning]:
    from mlmanifests.config.fleet import ConfigDeprecation

    return ConfigDeprecation


def _is_bad_input(error: Exception) -> bool:
    """Errors of the user's input or machine, raised below the CLI (imported only once one is raised)."""
    from mlmanifests.targets import TargetRegistryError
    from mlmanifests.config import ConfigError
    from mlmanifests.output.layout import UnsafeFileName
    from mlmanifests.output.dir_lock import OutputBusy
    from mlmanifests.runner.node import RuntimeMissing
    from mlmanifests.output.writer import OutputClash, OutputNotOurs

    return isinstance(error, (ConfigError, RuntimeMissing, OutputClash, OutputNotOurs, TargetRegistryError,
                              OutputBusy, UnsafeFileName))
