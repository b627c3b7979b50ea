"""`mlmanifests graph`: the RGD's resource DAG as Mermaid or Graphviz dot, edges from the expressions."""

from __future__ import annotations

import io

from mlmanifests.kro.graph import analyze_graph
from mlmanifests.config import load_config
from mlmanifests.cli.graph import graph_command
from mlmanifests.kro.render import render_dot, render_mermaid
from mlmanifests.manifests import Manifest


def small_graph(*, cycle: bool = False) -> Manifest:
    def config_map(resource_id: str, reads: str) -> dict:
        return {"id": resource_id, "template": {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": resource_id.lower()},
                                                "data": {"from": reads}}}

    resources = [
        {"id": "shared", "externalRef": {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "shared"}}},
        config_map("first", "${shared.metadata.name}" if not cycle else "${second.metadata.name}"),
        config_map("second", "${first.metadata.name}"),
    ]
    return Manifest("test", {"apiVersion": "kro.run/v1alpha1", "kind": "ResourceGraphDefinition", "metadata": {"name": "small.kro.run"},
                             "spec": {"schema": {"apiVersion": "v1alpha1", "kind": "Small", "spec": {}}, "resources": resources}})


def test_mermaid():
    assert render_mermaid(analyze_graph(small_graph())) == (
        "%% small.kro.run: Small (v1alpha1)\n"
        "%% creation order: shared -> first -> second\n"
        "flowchart TD\n"
        '    shared[["shared<br/><small>ConfigMap</small>"]]\n'
        '    first["first<br/><small>ConfigMap</small>"]\n'
        '    second["second<br/><small>ConfigMap</small>"]\n'
        "    shared --> first\n"
        "    first --> second\n"
        "    classDef external stroke-dasharray: 5 5\n"
        "    class shared external\n"
    )


def test_dot():
    text = render_dot(analyze_graph(small_graph()))
    assert '  "shared" [label="shared\\nConfigMap", style=dashed];' in text
    assert '  "shared" -> "first";\n  "first" -> "second";\n}\n' in text


def test_cycle_is_named_in_the_header():
    assert "%% creation order: none: the graph has a cycle\n" in render_mermaid(analyze_graph(small_graph(cycle=True)))


def test_graph_command_draws_the_gemma_graph():
    out = io.StringIO()
    assert graph_command("gemma-on-tpu", load_config(None, []), "mermaid", out) == 0
    text = out.getvalue()
    assert "    checkpointJob --> server\n" in text
    assert "    bucketAccess --> checkpointJob\n" in text
    assert text.splitlines()[1].startswith("%% creation order: project -> ")


def test_graph_command_refuses_a_target_without_a_graph():
    out = io.StringIO()
    assert graph_command("gkm", load_config(None, []), "dot", out) == 2
    assert "synthesizes no ResourceGraphDefinition" in out.getvalue()
