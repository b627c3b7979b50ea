"""`mlmanifests graph TARGET`: print the resource graph of each kro ResourceGraphDefinition a target
synthesizes, and pick the exit code (the drawing is mlmanifests.kro.render).
"""

from __future__ import annotations

from typing import TextIO

from mlmanifests.kro.graph import analyze_graph
from mlmanifests.exit_codes import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK
from mlmanifests.kro.render import render_dot, render_mermaid


def graph_command(target: str, config, output_format: str, stdout: TextIO, stderr: TextIO | None = None) -> int:
    """Print the DAG of every RGD in `target`; 1 when a graph has a cycle, 2 when there is nothing to draw.
    Errors go to `stderr` (default: `stdout`)."""
    stderr = stderr or stdout
    from mlmanifests.runner.synth import selected_targets, synthesize

    try:
        chosen = selected_targets(config, [target])
    except ValueError as problem:
        print(f"error: {problem}", file=stderr)
        return EXIT_BAD_INPUT
    graphs = [m for m in synthesize(config, chosen) if m.group == "kro.run" and m.kind == "ResourceGraphDefinition"]
    if not graphs:
        print(f"error: target {target!r} synthesizes no ResourceGraphDefinition", file=stderr)
        return EXIT_BAD_INPUT
    render = render_dot if output_format == "dot" else render_mermaid
    code = EXIT_OK
    for manifest in graphs:
        analysis = analyze_graph(manifest, config.global_.kubernetes_version)
        stdout.write(render(analysis))
        if not analysis.order:
            code = EXIT_FAILED
    return code
