"""KustomizeBase puts a rendered tree into a cdk8s chart, where chart code can patch it further."""

from __future__ import annotations

from pathlib import Path

import pytest

from mlmanifests.runner.node import prepare_node

prepare_node()
import cdk8s  # noqa: E402 - after prepare_node(): jsii reads the environment when it starts Node

from mlmanifests.constructs.kustomize_base import KustomizeBase  # noqa: E402
from mlmanifests.kustomize import build  # noqa: E402

CASE = Path(__file__).parent / "cases" / "name-references-workloads"


@pytest.fixture
def chart_and_base():
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "upstream")
    base = KustomizeBase(chart, "workloads", path=CASE)
    return chart, base


def test_chart_holds_the_rendered_objects_in_order(chart_and_base) -> None:
    chart, _ = chart_and_base
    assert chart.to_json() == build(CASE)


def test_found_object_can_be_patched_from_chart_code(chart_and_base) -> None:
    chart, base = chart_and_base
    statefulset = base.find("StatefulSet", "p-db-s")
    statefulset.add_json_patch(cdk8s.JsonPatch.add("/spec/replicas", 3))
    rendered = next(o for o in chart.to_json() if o["kind"] == "StatefulSet")
    assert rendered["spec"]["replicas"] == 3
    assert rendered["spec"]["serviceName"] == "p-db-s"


def test_unknown_object_lookup_names_what_exists(chart_and_base) -> None:
    _, base = chart_and_base
    with pytest.raises(LookupError, match="known Service: p-db-s"):
        base.find("Service", "db")
