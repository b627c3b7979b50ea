"""The targets: what a target is (`Target`), and the registry that finds them through Python entry points.

A target is one platform mlmanifests synthesizes: a config section (a `TargetSection` model), a cdk8s Chart built
only from that section, the cluster parts the chart may build for clusters the target creates, and the
prerequisites the section lists. Targets register under the entry point group `mlmanifests.targets`, each entry
naming a `Target` object; the five shipped targets register that way too (pyproject.toml), so a user's package
adds a sixth exactly as they are added:

    [project.entry-points."mlmanifests.targets"]
    my-target = "my_package.target:TARGET"

A chart module is imported only when its target is synthesized: the generated bindings it uses are large, and
`mlmanifests --help` or `list` need none of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import EntryPoint, entry_points
from typing import TYPE_CHECKING, Any, Literal, Protocol, Union

if TYPE_CHECKING:
    from constructs import Construct

    from mlmanifests.config.global_settings import GlobalSettings
    from mlmanifests.config.types import TargetSection
    from mlmanifests.targets.prerequisites import Prerequisite

ENTRY_POINT_GROUP = "mlmanifests.targets"
"""The entry point group targets register under."""

Cloud = Literal["gcp", "azure", "any"]


class TargetChart(Protocol):
    """What a target's chart is once built: a cdk8s Chart (anything with `to_json()` giving its objects)."""

    def to_json(self) -> list[Any]: ...


ChartClass = type
"""A target's chart class: a cdk8s Chart called as `(scope, id, section, settings)`."""


@dataclass(frozen=True)
class ClusterPart:
    """Objects of a target that belong in another cluster than the target's own.

    A Config Connector target runs in a management cluster and creates a GKE cluster; what must exist inside
    that new cluster (KFP's ConfigMap, its Workload Identity ServiceAccounts, ...) is built in a separate
    Chart and listed in the target chart's `cluster_parts`. It is written to dist/<target>/<folder>/ and
    deployed to `argocd_cluster` after the target's own folder.
    """

    folder: str
    """Its folder under the target's folder, e.g. "kfp-cluster"; the `Target` declares it in `cluster_parts`."""
    chart: Any
    """The cdk8s Chart holding the part's objects (a sibling of the target chart in the same App)."""
    argocd_cluster: str
    """That cluster's name in Argo CD (and its folder under dist/gitops/flux/)."""


@dataclass(frozen=True)
class BuiltTarget:
    """A target's chart built from its section, with the cluster parts it built beside it."""

    chart: TargetChart
    cluster_parts: list[ClusterPart]


class TargetRegistryError(Exception):
    """A registered target is broken (not a Target, a clashing name, a chart that builds undeclared parts)."""


_NAME = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
_RESERVED = {"global", "clusters", "gitops"}


@dataclass(frozen=True)
class Target:
    """One platform mlmanifests synthesizes, as a plugin declares it.

    Example (a user's package, registered under the entry point group `mlmanifests.targets`)::

        TARGET = Target(
            name="hello", summary="One ConfigMap", config=HelloConfig, chart=lambda: HelloChart,
        )
    """

    name: str
    """Its config section key and its folder under dist/ (a DNS label, e.g. "gkm"; not global/clusters/gitops)."""
    summary: str
    """One line for `mlmanifests list` and the config schema."""
    config: type[TargetSection]
    """The pydantic model of its config section (a `TargetSection`: `external`, `prerequisites()`)."""
    chart: Union[ChartClass, Callable[[], ChartClass]]
    """Its chart class, or a function returning it (so the module with the bindings is imported only on use)."""
    cloud: Cloud = "any"
    """Where it runs: "gcp", "azure" or "any" (default); fleet clusters get the targets that fit their cloud."""
    cluster_parts: tuple[str, ...] = field(default=())
    """Folders of the cluster parts its chart may build (default: none); the chart lists them in `cluster_parts`."""

    def __post_init__(self) -> None:
        if not _NAME.match(self.name) or len(self.name) > 63 or self.name in _RESERVED:
            raise TargetRegistryError(
                f"target name {self.name!r} must be a DNS label (lowercase letters, digits, '-') and not one of "
                f"{', '.join(sorted(_RESERVED))}"
            )

    @property
    def field_name(self) -> str:
        """Its attribute on the Config model (the name with '-' as '_')."""
        return self.name.replace("-", "_")

    def chart_class(self) -> ChartClass:
        """The chart class, importing its module if `chart` is a loader."""
        if isinstance(self.chart, type):
            return self.chart
        return self.chart()

    def prerequisites(self, section: TargetSection) -> list[Prerequisite]:
        """What must exist before its output is applied, as its config section lists it."""
        return section.prerequisites()

    def build(self, scope: Construct, section: TargetSection, settings: GlobalSettings) -> BuiltTarget:
        """Its chart built in `scope` from its section, and the cluster parts that chart built."""
        chart: TargetChart = self.chart_class()(scope, self.name, section, settings)
        parts: Sequence[ClusterPart] = getattr(chart, "cluster_parts", ())
        undeclared = sorted({part.folder for part in parts} - set(self.cluster_parts))
        if undeclared:
            raise TargetRegistryError(
                f"target {self.name!r}: its chart built cluster part(s) {', '.join(undeclared)} that its Target does not "
                f"declare; add them to `cluster_parts`"
            )
        return BuiltTarget(chart, list(parts))


BUILTIN_ORDER = ("gkm", "mlops-gcp", "kubeflow-gke", "kubeflow-aks", "gemma-on-tpu")
"""The shipped targets in the order they are synthesized (plugins follow, by name)."""


def _load_entry_point(entry: EntryPoint) -> Target:
    distribution = entry.dist.name if entry.dist is not None else "?"
    where = f"entry point {entry.name} = {entry.value} (package {distribution})"
    try:
        target = entry.load()
    except Exception as error:  # noqa: BLE001 - a plugin's import failure is reported, not ours
        raise TargetRegistryError(f"{where} cannot be loaded: {type(error).__name__}: {error}") from error
    if not isinstance(target, Target):
        raise TargetRegistryError(f"{where} is a {type(target).__name__}, not an mlmanifests Target")
    if target.name != entry.name:
        raise TargetRegistryError(f"{where} names a Target called {target.name!r}; name the entry point {target.name}")
    return target


@cache
def registered_targets() -> dict[str, Target]:
    """Every target registered under `mlmanifests.targets`: the shipped ones in BUILTIN_ORDER, then plugins by name.

    Raises TargetRegistryError for a broken registration (two packages registering one name, an object that is
    not a Target); the message names the entry point and its package.
    """
    found: dict[str, Target] = {}
    sources: dict[str, str] = {}
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        distribution = entry.dist.name if entry.dist is not None else "?"
        if entry.name in sources and sources[entry.name] != distribution:
            raise TargetRegistryError(
                f"target {entry.name!r} is registered by both {sources[entry.name]} and {distribution}; uninstall one"
            )
        if entry.name not in found:
            found[entry.name] = _load_entry_point(entry)
            sources[entry.name] = distribution
    if not any(name in found for name in BUILTIN_ORDER):
        # A source tree run without being installed has no entry points metadata: take the shipped ones directly.
        from mlmanifests.targets import builtin

        found.update({target.name: target for target in builtin.TARGETS})
    order = {name: index for index, name in enumerate(BUILTIN_ORDER)}
    return dict(sorted(found.items(), key=lambda item: (order.get(item[0], len(order)), item[0])))


def __getattr__(name: str) -> Any:
    if name == "TARGETS":  # the registry, loaded on first use (`from mlmanifests.targets import TARGETS`)
        return registered_targets()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
