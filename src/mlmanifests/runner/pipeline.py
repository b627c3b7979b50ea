"""The whole run, top to bottom: config → charts → manifests → checks, for one cluster or a fleet.

The writer takes what this returns; nothing here touches dist/.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from mlmanifests.checks.findings import Report
from mlmanifests.config.global_settings import ARGOCD_OWN_CLUSTER
from mlmanifests.manifests import Manifest
from mlmanifests.output.layout import INSTANCES_DIR, runtime_kinds
from mlmanifests.upstream.lock import recording_uses

from .node import prepare_node
from .plan import Unit, plan_units, unreached_targets
from .synth import PhaseTimings, TargetSelectionError, synthesize

if TYPE_CHECKING:
    from mlmanifests.config import ConfigBase as Config

GITOPS_DIR = "gitops"


@dataclass
class ClusterReport(Report):
    """The checks Report of what goes to one cluster (or one GitOps group), with the cluster of each target."""

    clusters: dict[str, str] = field(default_factory=dict)
    """Target -> the cluster its objects go to (a fleet cluster's name, or its Argo CD destination)."""

    @classmethod
    def of(cls, report: Report, clusters: dict[str, str]) -> "ClusterReport":
        return cls(report.findings, report.exemptions, clusters)


@dataclass
class Run:
    manifests: list[Manifest]
    reports: list[ClusterReport] = field(default_factory=list)
    """One checks report per cluster (or one for a config without `clusters`), plus one per dist/gitops/ group."""
    warnings: list[str] = field(default_factory=list)
    """What the run noticed that is not a defect of an object (a target no fleet cluster gets)."""
    roots: list[PurePosixPath] | None = None
    """Folders of the output dir this run replaces; None: all of it."""
    timings: PhaseTimings = field(default_factory=PhaseTimings)
    upstream_uses: list = field(default_factory=list)
    """Every upstream composition the run made (release, components, content digest), for the lock file."""
    unlocked: list = field(default_factory=list)
    """Those of `upstream_uses` the lock file has no entry for yet (verified ones that differ raise)."""
    lock: object | None = None
    """The lock file the run was verified against (upstream.lock.Lock), when it was."""

    @property
    def ok(self) -> bool:
        return all(report.ok for report in self.reports)


def check_manifests(manifests: list[Manifest], config: Config, targets: list[str]):
    """Every check over `manifests`, with the objects the targets' config sections declare as external."""
    from mlmanifests.checks import run_checks

    sections = [config.section(target) for target in targets]
    external = [obj.id for section in sections for obj in section.external_objects()]
    return run_checks(manifests, kubernetes_version=config.global_.kubernetes_version, external=external)


def run(config: Config, requested_targets: list[str] = (), *, with_checks: bool = True, lock=None) -> Run:
    """Synthesize (and check) everything the config asks for; `requested_targets` narrows it to those targets.

    With a `lock` (upstream.lock.Lock), upstream content that differs from it is refused (UpstreamError) before
    anything is checked; content it has no entry for yet is listed in `Run.unlocked`."""
    prepare_node()  # before anything imports cdk8s: jsii reads the environment when it starts Node
    requested_targets = list(requested_targets)
    result = Run(manifests=[])
    with recording_uses() as result.upstream_uses:
        _run_units(config, requested_targets, result, with_checks=with_checks, lock=lock)
    return result


def _run_units(config: Config, requested_targets: list[str], result: Run, *, with_checks: bool, lock) -> None:
    deployments = []
    units = plan_units(config, requested_targets)
    if not requested_targets:
        result.warnings.extend(unreached_targets(config, units))
    for unit in units:
        manifests = synthesize(unit.config, unit.targets, folder_prefix=unit.prefix, timings=result.timings)
        if lock is not None:
            result.unlocked = lock.verify(result.upstream_uses)
        result.manifests.extend(manifests)
        unit_deployments = _deployments(config, unit, manifests)
        deployments.extend(unit_deployments)
        if with_checks:
            with result.timings.measure("checks"):
                single_cluster = config.global_.layout == "single-cluster"
                report = _check_per_cluster(manifests, unit, unit_deployments, single_cluster=single_cluster)
                report.findings.extend(_cross_target_identity(manifests, unit_deployments, single_cluster=single_cluster))
                clusters = {t: unit.cluster or config.global_.gitops.argocd.destination(t) for t in unit.targets}
                result.reports.append(ClusterReport.of(report, clusters))

    _refuse_shared_destinations(deployments)
    if requested_targets:
        result.roots = [PurePosixPath(f"{unit.prefix}/{t}" if unit.prefix else t) for unit in units for t in requested_targets]
        return
    if config.global_.layout == "per-target":
        # Argo CD objects live in one cluster, each Flux folder in its own: check each group on its own.
        with result.timings.measure("gitops"):
            groups = _gitops_manifests(config, deployments, fleet=bool(config.clusters))
        for group in groups:
            result.manifests.extend(group)
            if with_checks:
                with result.timings.measure("checks"):
                    cluster = group[0].folder.rpartition("/")[2] if group and "/flux/" in (group[0].folder or "") else ARGOCD_OWN_CLUSTER
                    result.reports.append(ClusterReport.of(check_manifests(group, config, []), {"gitops": cluster}))


def _by_cluster(manifests: list[Manifest], deployments: list, *, single_cluster: bool) -> dict[str, list[Manifest]]:
    """The objects of each destination cluster: a target's folder and each of its cluster parts can go to
    different clusters, and a cluster's objects are checked together (references resolve within a cluster)."""
    cluster_of_folder = {deployment.folder: deployment.cluster for deployment in deployments}
    by_cluster: dict[str, list[Manifest]] = {}
    for manifest in manifests:
        cluster = "" if single_cluster else cluster_of_folder.get(manifest.folder or manifest.target, "")
        by_cluster.setdefault(cluster, []).append(manifest)
    return by_cluster


def _check_per_cluster(manifests: list[Manifest], unit: Unit, deployments: list, *, single_cluster: bool):
    """Every check, over each destination cluster's objects on its own; one report for the unit."""
    from mlmanifests.checks.findings import Exemption, Finding

    findings, exemptions = [], []
    for members in _by_cluster(manifests, deployments, single_cluster=single_cluster).values():
        targets = [t for t in unit.targets if any(m.target == t for m in members)]
        report = check_manifests(members, unit.config, targets)
        findings += report.findings
        exemptions += report.exemptions
    return Report(sorted(findings, key=Finding.sort_key), sorted(exemptions, key=Exemption.sort_key))


def _cross_target_identity(manifests: list[Manifest], deployments: list, *, single_cluster: bool) -> list:
    """Objects of different targets that land in one cluster must not share an identity (one would replace the other,
    e.g. two targets each emitting the cluster's single ConfigConnector)."""
    from mlmanifests.checks.identity import check_identity_across_targets

    by_cluster = _by_cluster(manifests, deployments, single_cluster=single_cluster)
    return [finding for cluster, members in by_cluster.items() for finding in check_identity_across_targets(members, cluster)]


def _deployments(config: Config, unit: Unit, manifests: list[Manifest]) -> list:
    """Each folder this unit writes, with the cluster it goes to and what it waits for (for dist/gitops/)."""
    from mlmanifests.output.gitops import Deployment

    runtime = runtime_kinds(manifests)
    deployments = []
    for target in unit.targets:
        folder = f"{unit.prefix}/{target}" if unit.prefix else target
        destination = unit.argocd_cluster or config.global_.gitops.argocd.destination(target)
        deployments.append(Deployment(destination, target, folder))
        if any((m.group, m.kind) in runtime for m in manifests if m.target == target):
            deployments.append(Deployment(destination, target, f"{folder}/{INSTANCES_DIR}", after=folder, runtime_kinds=True))
        # Cluster parts: their objects carry the Argo CD cluster they go to (see targets.ClusterPart).
        parts = {m.folder: m.destination for m in manifests if m.target == target and m.destination}
        for part_folder, part_cluster in sorted(parts.items()):
            deployments.append(Deployment(part_cluster, target, part_folder, after=folder))
    return deployments


def _refuse_shared_destinations(deployments) -> None:
    """Two fleet clusters must not deploy the same folder name into one cluster (each would prune the other)."""
    seen: dict[tuple[str, str], str] = {}
    for deployment in deployments:
        key = (deployment.cluster, deployment.flux_name)
        if key in seen and seen[key] != deployment.folder:
            raise TargetSelectionError(
                f"{seen[key]} and {deployment.folder} both deploy {deployment.flux_name} to cluster {deployment.cluster}; "
                f"give each fleet cluster its own names for {deployment.target} in its `overrides` "
                f"(e.g. its `cluster.argocdName`, or names that include the fleet cluster's)"
            )
        seen[key] = deployment.folder


def _gitops_manifests(config: Config, deployments, *, fleet: bool) -> list[list[Manifest]]:
    """dist/gitops/argocd/ objects, then one group per dist/gitops/flux/<cluster>/."""
    import cdk8s

    from mlmanifests.output.gitops import ArgoCdChart, ArgoCdRootChart, FluxChart

    app = cdk8s.App()
    groups = [[
        Manifest("gitops", body, folder=f"{GITOPS_DIR}/argocd")
        for body in ArgoCdChart(app, "argocd", config.global_, deployments, fleet=fleet).to_json()
    ] + [
        Manifest("gitops", body, folder=f"{GITOPS_DIR}/argocd-root")
        for body in ArgoCdRootChart(app, "argocd-root", config.global_).to_json()
    ]]
    by_cluster: dict[str, list] = {}
    for deployment in deployments:
        by_cluster.setdefault(deployment.cluster, []).append(deployment)
    for cluster, members in sorted(by_cluster.items()):
        chart = FluxChart(app, f"flux-{cluster}", config.global_, cluster, members)
        groups.append([Manifest("gitops", body, folder=f"{GITOPS_DIR}/flux/{cluster}") for body in chart.to_json()])
    return groups
