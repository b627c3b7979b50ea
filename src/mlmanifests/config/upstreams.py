"""The `upstreams` section: pinned upstream releases the Kubeflow targets compose with.

    upstreams:
      kubeflow-1-8:                 # the name targets refer to (`upstream: kubeflow-1-8`)
        release: v1.8.1                # the compatibility set (API versions, auth component, key names)
        git: https://github.com/kubeflow/manifests   # fetched with the git CLI (its insteadOf, proxies apply)
        ref: v1.8.1                    # the tag (default: the release)
      my-checkout:
        release: v1.10.2
        path: /src/kubeflow-manifests  # or a local checkout

The content used is pinned by `mlmanifests.lock` beside the config.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, PrivateAttr, model_validator

from mlmanifests.upstream.kubeflow_releases import KUBEFLOW_MANIFESTS, RELEASES, KubeflowRelease, ReleaseName

from .types import SecretSource, SecretStoreRef, StrictModel

_GIT_URL = r"^(https://|ssh://|git@|file://)[^\s]+$"
_REF = r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,127}$"


class UpstreamSource(StrictModel):
    """One pinned upstream release: a git repository at a tag, or a local folder."""

    release: ReleaseName
    """The Kubeflow release it holds (v1.8.1 or v1.10.2): fixes the API versions, auth component and names the
    overlays use."""
    git: str | None = Field(default=None, pattern=_GIT_URL)
    """Repository URL (default https://github.com/kubeflow/manifests unless `path` is set). Fetched with the
    `git` CLI, so git's own configuration applies: `url.<mirror>.insteadOf` for offline mirrors, proxies,
    credential helpers."""
    ref: str | None = Field(default=None, pattern=_REF)
    """Tag to fetch (default: the release, e.g. v1.8.1)."""
    path: str | None = None
    """A local folder holding the release instead of a git URL (a checkout, or a copy)."""

    @model_validator(mode="after")
    def _one_source(self) -> "UpstreamSource":
        if self.path is not None and (self.git is not None or self.ref is not None):
            raise ValueError("set either `path` (a local folder) or `git` (+ `ref`), not both")
        if self.path is None and self.git is None:
            self.git = KUBEFLOW_MANIFESTS
        return self

    @property
    def kubeflow(self) -> KubeflowRelease:
        return RELEASES[self.release]

    @property
    def tag(self) -> str:
        return self.ref or self.release

    def checkout(self):
        """The local tree: the cached clone of `git` at `ref`, or `path`."""
        from mlmanifests.upstream import git as fetcher

        return _checkout(self.git, self.tag, self.path, str(fetcher.cache_dir()))


@lru_cache(maxsize=None)
def _checkout(git: str | None, ref: str, path: str | None, cache: str):
    """Once per process and source (the cache folder is part of the key: tests point it elsewhere)."""
    from mlmanifests.upstream import git as fetcher

    return fetcher.local(Path(path)) if path is not None else fetcher.fetch(git, ref)


class UpstreamRef(StrictModel):
    """A target's use of an upstream release: which one (by its name in `upstreams`) and which components."""

    upstream: str
    """Name of the release in the top-level `upstreams` section."""
    components: list[str] | None = None
    """Kustomization folders of the release to install, relative to its root (default: the target's usual set
    for that release, e.g. the full platform `example`)."""

    _source: UpstreamSource | None = PrivateAttr(default=None)

    def bind(self, source: UpstreamSource) -> None:
        self._source = source

    def check_release(self, field_path: str) -> None:
        """Refuse settings the bound release cannot serve (raise ValueError naming the field and the fix)."""

    def chosen_components(self) -> list[str]:
        """`components`, else the target's usual set for the release (the full platform unless overridden)."""
        return list(self.components or self.source.kubeflow.platform)

    @property
    def source(self) -> UpstreamSource:
        assert self._source is not None, "the config root binds upstream references when it is validated"
        return self._source


class UpstreamSecrets(StrictModel):
    """Where the Secrets upstream ships with published demo values come from instead (dex-oidc-client,
    mysql-secret, katib-mysql-secrets, mlpipeline-minio-artifact, oauth2-proxy, ...).

    Every such Secret is left out of the output and replaced by an ExternalSecret of the same name and keys. By
    default each syncs from `store`, from the remote secret `<remoteKeyPrefix><Secret name>` (a JSON secret whose
    properties are the Secret's keys); `sources` names another source for one Secret (by its name without
    kustomize's hash suffix)."""

    store: SecretStoreRef
    """The External Secrets store the replacements sync from."""
    remote_key_prefix: str = Field(default="kubeflow-", pattern=r"^[A-Za-z0-9_./-]*$")
    """Prefix of the remote secret names (default `kubeflow-`: `kubeflow-mysql-secret`, ...)."""
    sources: dict[str, SecretSource] = Field(default_factory=dict)
    """Per upstream Secret name: its own source (an existing Secret, or other remote keys)."""


class KubeflowPlatformConfig(UpstreamRef):
    """The whole Kubeflow platform of a pinned release (its `example` kustomization by default), installed as
    upstream ships it except for the Secrets it ships with demo values, which come from the store instead."""

    upstream: str = "kubeflow-1-10"
    """The Kubeflow release (a name in the top-level `upstreams` section; default kubeflow-1-10)."""
    secrets: UpstreamSecrets
    """Where the Secrets upstream ships with demo values come from (an ExternalSecret each)."""
