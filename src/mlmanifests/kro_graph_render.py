"""`mlmanifests graph TARGET`: the resource DAG of each kro ResourceGraphDefinition a target synthesizes.

Edges come from the `${...}` expressions: an arrow from A to B means B reads A, so kro creates B after A is
ready. Mermaid (default) renders in GitHub Markdown; `--format dot` is for Graphviz (`| dot -Tsvg`).
"""

from __future__ import annotations

from typing import TextIO

from .checks.kro_graph import GraphAnalysis, analyze_graph
from .manifests import Manifest

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def graph_command(target: str, config, output_format: str, stdout: TextIO, stderr: TextIO | None = None) -> int:
    """Print the DAG of every RGD in `target`; 1 when a graph has a cycle, 2 when there is nothing to draw.
    Errors go to `stderr` (default: `stdout`)."""
    stderr = stderr or stdout
    from .synth import selected_targets, synthesize

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


def edges(analysis: GraphAnalysis) -> list[tuple[str, str]]:
    """(dependency, dependent) pairs in declaration order."""
    return [(dependency, resource) for resource, needs in analysis.dependencies.items() for dependency in sorted(needs)
            if dependency in analysis.dependencies]


def _title(manifest: Manifest) -> str:
    schema = (manifest.body.get("spec") or {}).get("schema") or {}
    return f"{manifest.name}: {schema.get('kind', '?')} ({schema.get('apiVersion', '?')})"


def _order_note(analysis: GraphAnalysis) -> str:
    return " -> ".join(analysis.order) if analysis.order else "none: the graph has a cycle"


def render_mermaid(analysis: GraphAnalysis) -> str:
    lines = [f"%% {_title(analysis.manifest)}", f"%% creation order: {_order_note(analysis)}", "flowchart TD"]
    for resource, kind in analysis.kinds.items():
        label = f'"{resource}<br/><small>{kind}</small>"'
        lines.append(f"    {resource}[[{label}]]" if resource in analysis.external else f"    {resource}[{label}]")
    lines.extend(f"    {source} --> {target}" for source, target in edges(analysis))
    if analysis.external:
        lines.append("    classDef external stroke-dasharray: 5 5")
        lines.append(f"    class {','.join(sorted(analysis.external))} external")
    return "\n".join(lines) + "\n"


def render_dot(analysis: GraphAnalysis) -> str:
    lines = [f"// {_title(analysis.manifest)}", f"// creation order: {_order_note(analysis)}",
             f'digraph "{analysis.manifest.name}" {{', "  rankdir=TB;", "  node [shape=box];"]
    for resource, kind in analysis.kinds.items():
        style = ', style=dashed' if resource in analysis.external else ""
        lines.append(f'  "{resource}" [label="{resource}\\n{kind}"{style}];')
    lines.extend(f'  "{source}" -> "{target}";' for source, target in edges(analysis))
    lines.append("}")
    return "\n".join(lines) + "\n"
