"""Argo CD and Flux objects that deploy dist/: written to dist/gitops/ next to what they deploy.

Argo CD (one control plane for every cluster): an AppProject, and per target an Application (or, for a fleet,
an ApplicationSet whose list generator has one element per cluster). Flux (runs in each cluster): per
destination cluster a GitRepository and one Kustomization per target folder.

Ordering: a target's `instances/` folder (kinds a kro RGD defines) deploys after the target itself: a later
sync wave plus `SkipDryRunOnMissingResource` and retries in Argo CD (for a fleet, Progressive Syncs' RollingSync
steps over the waves), `dependsOn` with `wait` in Flux. Sync waves
order only the resources of one sync, so the Applications are themselves synced by one root Application
(dist/gitops/argocd-root/, app of apps): it applies wave -1 (the AppProject), then 0, then 1, and waits between
waves for the previous wave's Applications to be Healthy when Argo CD assesses Application health (the
`resource.customizations.health.argoproj.io_Application` check in argocd-cm; README: "Argo CD ordering").

Deleting an Application deletes what it deployed: each carries Argo CD's `resources-finalizer.argocd.argoproj.io`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cdk8s import Chart
from constructs import Construct

from mlmanifests.config.global_settings import ARGOCD_OWN_CLUSTER, GlobalSettings
from mlmanifests.imports import argocd, flux_kustomize, flux_source

SYNC_WAVE = "argocd.argoproj.io/sync-wave"
PART_OF = {"app.kubernetes.io/managed-by": "mlmanifests"}
WAVE_LABEL = "mlmanifests.dev/wave"
"""Label of a fleet's generated Applications: the wave RollingSync steps select."""
RESOURCES_FINALIZER = "resources-finalizer.argocd.argoproj.io"
"""Argo CD deletes an Application's resources (foreground cascade) before the Application itself
(argo-cd pkg/apis/application/v1alpha1 `ResourcesFinalizerName`)."""
ROOT_APPLICATION = "mlmanifests-root"
"""The app of apps: syncs dist/gitops/argocd/, so the sync waves on the Applications there order them."""


@dataclass(frozen=True)
class Deployment:
    """One folder of dist/ that goes to one cluster."""

    cluster: str
    """Argo CD cluster name (and Flux folder) it goes to."""
    target: str
    folder: str
    """Path under the output dir, e.g. 'gkm' or 'clusters/eu-1/gkm' or 'gemma-on-tpu/instances'."""
    after: str | None = None
    """Folder that must be ready first (a target's own folder, for its instances or its cluster parts)."""
    runtime_kinds: bool = False
    """Its objects' kinds only exist once a controller has created their CRD (kro instances)."""

    @property
    def app_name(self) -> str:
        return self.folder.replace("clusters/", "").replace("/", "-")

    @property
    def flux_name(self) -> str:
        """Name of its Flux Kustomization, unique within its cluster (e.g. 'gemma-on-tpu-instances')."""
        local = self.folder.split("/", 2)[2] if self.folder.startswith("clusters/") else self.folder
        return local.replace("/", "-")

    @property
    def wave(self) -> str:
        return "1" if self.after else "0"


def _flux_ref(revision: str):
    """Flux names what it follows by kind: a full commit SHA is a commit, a `refs/tags/` or semver-looking name a
    tag, anything else a branch (Argo CD's targetRevision takes all three as they are)."""
    if re.fullmatch(r"[0-9a-f]{40}", revision):
        return flux_source.GitRepositorySpecRef(commit=revision)
    if revision.startswith("refs/tags/"):
        return flux_source.GitRepositorySpecRef(tag=revision.removeprefix("refs/tags/"))
    if re.fullmatch(r"v?[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?", revision):
        return flux_source.GitRepositorySpecRef(tag=revision)
    return flux_source.GitRepositorySpecRef(branch=revision)


def _sync_policy(prune: bool, self_heal: bool, runtime_kinds: bool = False) -> dict:
    """The sync policy of an Application and of an ApplicationSet's template (jsii turns the dicts into structs)."""
    # Server-side apply: KCC, External Secrets and Argo CD CRDs exceed client-side apply's annotation limit.
    options = ["ServerSideApply=true"]
    if runtime_kinds:
        # Instances' kind exists only once kro has processed the RGD: skip the dry run that would fail first.
        options.append("SkipDryRunOnMissingResource=true")
    return {
        "automated": {"prune": prune, "self_heal": self_heal},
        "sync_options": options,
        "retry": {"limit": 10, "backoff": {"duration": "30s", "factor": 2, "max_duration": "10m"}},
    }


def _repo_path(settings: GlobalSettings, folder: str) -> str:
    base = settings.gitops.path.strip("/")
    return f"{base}/{folder}" if base else folder


class ArgoCdChart(Chart):
    """dist/gitops/argocd/: the AppProject and an Application (or, for a fleet, ApplicationSet) per folder."""

    def __init__(self, scope: Construct, id: str, settings: GlobalSettings, deployments: list[Deployment], *, fleet: bool) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        self.settings = settings
        self.repo = settings.gitops
        self._app_project(sorted({d.cluster for d in deployments}))
        if fleet:
            by_target: dict[str, list[Deployment]] = {}
            for deployment in deployments:
                by_target.setdefault(deployment.target, []).append(deployment)
            for target, members in sorted(by_target.items()):
                self._application_set(target, members)
        else:
            for deployment in deployments:
                self._application(deployment)

    def _repo_path(self, folder: str) -> str:
        return _repo_path(self.settings, folder)

    def _argo_meta(self, name: str, wave: str | None = None, *, application: bool = False) -> dict:
        meta: dict = {"name": name, "namespace": self.repo.argocd.namespace, "labels": dict(PART_OF)}
        if wave is not None:
            meta["annotations"] = {SYNC_WAVE: wave}
        if application:
            meta["finalizers"] = [RESOURCES_FINALIZER]
        return meta

    def _app_project(self, clusters: list[str]) -> None:
        argocd.AppProject(
            self, "appproject",
            metadata=self._argo_meta(self.repo.argocd.project, "-1"),
            spec=argocd.AppProjectSpec(
                description="Objects synthesized by mlmanifests from its committed dist/",
                source_repos=[self.repo.repo_url],
                destinations=[argocd.AppProjectSpecDestinations(name=cluster, namespace="*")
                              for cluster in sorted({*clusters, ARGOCD_OWN_CLUSTER})],
                # The targets create Namespaces and cluster-scoped custom resources (ClusterGKMCache, RGDs, ...).
                cluster_resource_whitelist=[argocd.AppProjectSpecClusterResourceWhitelist(group="*", kind="*")],
            ),
        )

    def _sync_policy(self, runtime_kinds: bool) -> dict:
        return _sync_policy(self.repo.argocd.prune, self.repo.argocd.self_heal, runtime_kinds)

    def _application(self, deployment: Deployment) -> None:
        argocd.Application(
            self, f"application-{deployment.app_name}",
            metadata=self._argo_meta(deployment.app_name, deployment.wave, application=True),
            spec=argocd.ApplicationSpec(
                project=self.repo.argocd.project,
                source=argocd.ApplicationSpecSource(
                    repo_url=self.repo.repo_url, target_revision=self.repo.revision, path=self._repo_path(deployment.folder)
                ),
                destination=argocd.ApplicationSpecDestination(name=deployment.cluster),
                sync_policy=argocd.ApplicationSpecSyncPolicy(**self._sync_policy(deployment.runtime_kinds)),
            ),
        )

    def _application_set(self, target: str, members: list[Deployment]) -> None:
        """One ApplicationSet per target: an element per folder and cluster (its own folder, instances, cluster
        parts), rolled out by Progressive Syncs in wave order: RollingSync starts wave 1 only once every
        Application of wave 0 is Healthy (argo-cd applicationset/controllers: a step waits for the previous one)."""
        elements = [
            {"cluster": d.cluster, "name": d.app_name, "path": self._repo_path(d.folder), "wave": d.wave,
             "runtimeKinds": d.runtime_kinds}
            for d in sorted(members, key=lambda d: (d.wave, d.app_name))
        ]
        waves = sorted({d.wave for d in members})
        strategy = argocd.ApplicationSetSpecStrategy(
            type="RollingSync",
            rolling_sync=argocd.ApplicationSetSpecStrategyRollingSync(steps=[
                argocd.ApplicationSetSpecStrategyRollingSyncSteps(match_expressions=[
                    argocd.ApplicationSetSpecStrategyRollingSyncStepsMatchExpressions(key=WAVE_LABEL, operator="In", values=[wave])
                ]) for wave in waves
            ]),
        ) if len(waves) > 1 else None
        # Instances' kinds exist only once kro serves their CRD: their Applications skip the dry run (a strategic
        # merge patch of the generated Application; a list of strings is replaced whole).
        runtime_options = self._sync_policy(runtime_kinds=True)["sync_options"]
        template_patch = (
            "{{- if .runtimeKinds }}\nspec:\n  syncPolicy:\n    syncOptions:\n"
            + "".join(f"    - {option}\n" for option in runtime_options) + "{{- end }}\n"
        ) if any(d.runtime_kinds for d in members) else None
        argocd.ApplicationSet(
            self, f"applicationset-{target}",
            metadata=self._argo_meta(target, "0"),
            spec=argocd.ApplicationSetSpec(
                go_template=True,
                go_template_options=["missingkey=error"],
                generators=[argocd.ApplicationSetSpecGenerators(list=argocd.ApplicationSetSpecGeneratorsList(elements=elements))],
                strategy=strategy,
                template_patch=template_patch,
                template=argocd.ApplicationSetSpecTemplate(
                    metadata=argocd.ApplicationSetSpecTemplateMetadata(
                        name="{{.name}}", labels={**PART_OF, WAVE_LABEL: "{{.wave}}"}, finalizers=[RESOURCES_FINALIZER],
                    ),
                    spec=argocd.ApplicationSetSpecTemplateSpec(
                        project=self.repo.argocd.project,
                        source=argocd.ApplicationSetSpecTemplateSpecSource(
                            repo_url=self.repo.repo_url, target_revision=self.repo.revision, path="{{.path}}"
                        ),
                        destination=argocd.ApplicationSetSpecTemplateSpecDestination(name="{{.cluster}}"),
                        sync_policy=argocd.ApplicationSetSpecTemplateSpecSyncPolicy(**self._sync_policy(False)),
                    ),
                ),
            ),
        )


class ArgoCdRootChart(Chart):
    """dist/gitops/argocd-root/: the one Application to apply by hand; it syncs dist/gitops/argocd/ wave by wave."""

    def __init__(self, scope: Construct, id: str, settings: GlobalSettings) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        repo = settings.gitops
        argocd.Application(
            self, "application-root",
            metadata={"name": ROOT_APPLICATION, "namespace": repo.argocd.namespace, "labels": dict(PART_OF),
                      "finalizers": [RESOURCES_FINALIZER]},
            spec=argocd.ApplicationSpec(
                # Argo CD's built-in project: the mlmanifests AppProject is one of the objects this Application creates.
                project="default",
                source=argocd.ApplicationSpecSource(
                    repo_url=repo.repo_url, target_revision=repo.revision, path=_repo_path(settings, "gitops/argocd")
                ),
                destination=argocd.ApplicationSpecDestination(name=ARGOCD_OWN_CLUSTER, namespace=repo.argocd.namespace),
                sync_policy=argocd.ApplicationSpecSyncPolicy(**_sync_policy(repo.argocd.prune, repo.argocd.self_heal)),
            ),
        )


class FluxChart(Chart):
    """dist/gitops/flux/<cluster>/: a GitRepository and a Kustomization per folder that goes to that cluster."""

    def __init__(self, scope: Construct, id: str, settings: GlobalSettings, cluster: str, members: list[Deployment]) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        self.settings = settings
        self.repo = settings.gitops
        flux = self.repo.flux
        meta = lambda name: {"name": name, "namespace": flux.namespace, "labels": dict(PART_OF)}  # noqa: E731
        flux_source.GitRepository(
            self, f"gitrepository-{cluster}",
            metadata=meta("mlmanifests"),
            spec=flux_source.GitRepositorySpec(
                url=self.repo.repo_url, interval=flux.interval, ref=_flux_ref(self.repo.revision)
            ),
        )
        names = {d.folder: d.flux_name for d in members}
        for deployment in members:
            flux_kustomize.Kustomization(
                self, f"kustomization-{cluster}-{deployment.flux_name}",
                metadata=meta(deployment.flux_name),
                spec=flux_kustomize.KustomizationSpec(
                    source_ref=flux_kustomize.KustomizationSpecSourceRef(
                        kind=flux_kustomize.KustomizationSpecSourceRefKind.GIT_REPOSITORY, name="mlmanifests"
                    ),
                    path=f"./{self._repo_path(deployment.folder)}",
                    interval=flux.interval,
                    timeout=flux.timeout,
                    prune=True,
                    wait=True,
                    # Only a folder in this same cluster can be waited for; a cluster part waits by sync wave in Argo CD.
                    depends_on=[flux_kustomize.KustomizationSpecDependsOn(name=names[deployment.after])]
                    if deployment.after in names else None,
                ),
            )

    def _repo_path(self, folder: str) -> str:
        return _repo_path(self.settings, folder)
