"""The chart: imported only when the target is synthesized (it imports cdk8s)."""

from __future__ import annotations

from cdk8s import Chart
from cdk8s_plus_37 import k8s
from constructs import Construct

from mlmanifests import GlobalSettings

from hello_target import HelloConfig


class HelloChart(Chart):
    def __init__(self, scope: Construct, id: str, config: HelloConfig, settings: GlobalSettings) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        k8s.KubeNamespace(self, "namespace", metadata=k8s.ObjectMeta(name=config.namespace))
        k8s.KubeConfigMap(
            self, "greeting", metadata=k8s.ObjectMeta(name="greeting", namespace=config.namespace),
            data={"greeting": config.greeting},
        )
