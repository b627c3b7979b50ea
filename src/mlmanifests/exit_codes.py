"""The command line's exit codes, the one copy (the CLI, `render`'s fast path, `validate`, `graph`):
0 success; 1 checks failed; 2 bad input; 3 an internal error (a bug); 4 differs (`diff`, `synth --check`).

A module of its own, outside mlmanifests.cli, so that `python -m mlmanifests render DIR`
(kustomize/render_cli.py) takes them without importing the CLI.
"""

from __future__ import annotations


EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_DIFFERS = 0, 1, 2, 3, 4
