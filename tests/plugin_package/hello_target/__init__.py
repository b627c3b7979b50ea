"""A sixth target from outside mlmanifests: one Namespace and one ConfigMap holding a greeting."""

from __future__ import annotations

from mlmanifests import Prerequisite, Target, TargetSection


class HelloConfig(TargetSection):
    """The `hello:` section."""

    namespace: str = "hello"
    """Namespace of the ConfigMap (default: hello)."""
    greeting: str = "hello, world"
    """The ConfigMap's `greeting` value (default: "hello, world")."""

    def prerequisites(self) -> list[Prerequisite]:
        return [Prerequisite("a friendly cluster", why="the ConfigMap greets it")]


def _chart() -> type:
    from hello_target.chart import HelloChart

    return HelloChart


TARGET = Target(name="hello", summary="One greeting in a ConfigMap", config=HelloConfig, chart=_chart)
