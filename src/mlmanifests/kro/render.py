"""The resource DAG of a kro ResourceGraphDefinition, drawn (`mlmanifests graph TARGET`: mlmanifests.cli.graph).

Edges come from the `${...}` expressions: an arrow from A to B means B reads A, so kro creates B after A is
ready. Mermaid (default) renders in GitHub Markdown; `--format dot` is for Graphviz (`| dot -Tsvg`).
"""

from __future__ import annotations

from .graph import GraphAnalysis
from mlmanifests.manifests import Manifest


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
