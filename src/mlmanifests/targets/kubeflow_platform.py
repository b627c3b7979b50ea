"""A Kubeflow target's upstream part: components of a pinned release, changed only through an Overlay.

    platform = UpstreamPlatform(ref, ref.chosen_components())
    platform.patch({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {...}, "spec": {...}}, why="...")
    replace_demo_secrets(chart, platform, secrets_config, sources)
    chart.upstream_objects = platform.compose()     # the composed objects, each tagged with its component

The release is rendered once as upstream ships it (to find the objects and readers the patches address), then
once more with the overlay: what a target emits of upstream is always what kustomize builds from upstream plus
the overlay, so `kubectl kustomize` over the same overlay gives the same objects (the tests compare the two).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any, Iterator

from constructs import Construct

from mlmanifests.config.errors import ConfigError
from mlmanifests.config.types import RemoteSecretKey, SecretSource
from mlmanifests.config.upstreams import KubeflowPlatformConfig, UpstreamRef, UpstreamSecrets
from mlmanifests.constructs.external_secret import secret_from_source
from mlmanifests.kustomize.hashing import content_hash
from mlmanifests.upstream.compose import Overlay, Patch, compose
from mlmanifests.upstream.lock import Use, note_use

Body = dict[str, Any]
_HASH_SUFFIX = re.compile(r"-[a-z0-9]{10}$")
SECRET_SOURCE_HASH = "mlmanifests.dev/secret-source-hash"
"""Pod template annotation: a digest of where a Secret the pods read comes from, so they restart when it changes."""
POD_TEMPLATE_KINDS = {"Deployment", "StatefulSet", "DaemonSet", "Job", "ReplicaSet"}


class UpstreamShapeError(ConfigError):
    """The release lacks an object an overlay patches: the components or the release are not what the target
    expects. Bad input, reported like a config error."""


@dataclass(frozen=True)
class UpstreamObject:
    body: Body
    origin: str
    """`kubeflow <tag> <component>`: where the object comes from, for reports."""


class UpstreamPlatform:
    def __init__(self, ref: UpstreamRef, components: list[str]) -> None:
        self.ref = ref
        self.source = ref.source
        self.release = self.source.kubeflow
        self.components = list(components)
        self.checkout = self.source.checkout()
        self.base = compose(self.checkout, self.components, Overlay()).objects
        self.overlay = Overlay()

    # --- reading upstream as it ships ---------------------------------------------------------------------------

    def find(self, kind: str, name: str, namespace: str | None = None, *, base_name: bool = False) -> Body:
        """The upstream object (as the release ships it); `base_name` also matches kustomize's hash-suffixed name."""
        for body in self.base:
            metadata = body.get("metadata") or {}
            found = metadata.get("name")
            if body.get("kind") == kind and (found == name or base_name and _HASH_SUFFIX.sub("", found or "") == name) \
                    and (namespace is None or metadata.get("namespace") == namespace):
                return body
        where = f" in namespace {namespace}" if namespace else ""
        raise UpstreamShapeError(
            f"Kubeflow {self.release.tag} ({', '.join(self.components)}) has no {kind} {name!r}{where}, which this "
            "target patches; use the release's default components, or a release this target supports")

    def secrets_with_data(self) -> list[Body]:
        return [b for b in self.base if b.get("kind") == "Secret" and (b.get("data") or b.get("stringData"))]

    def readers_of_secret(self, name: str, namespace: str) -> list[Body]:
        """Upstream workloads whose pods read the Secret (env, envFrom or a volume)."""
        return [body for body in self.base if body.get("kind") in POD_TEMPLATE_KINDS
                and (body.get("metadata") or {}).get("namespace") == namespace
                and name in set(_secret_names(body.get("spec", {}).get("template", {}).get("spec", {})))]

    # --- changing it --------------------------------------------------------------------------------------------

    def patch(self, partial: Body, *, why: str) -> None:
        """A strategic-merge patch (kind, name and namespace pick the object)."""
        self.overlay.patches.append(Patch(partial, why=why))

    def json_patch(self, target: Body, operations: list[Body], *, why: str) -> None:
        """A JSON 6902 patch on the objects `target` selects (kind, name, namespace, group, version)."""
        self.overlay.patches.append(Patch(operations, target=target, why=why))

    def restart_on_change(self, secret: str, namespace: str, source: Any) -> None:
        """Roll every reader of the Secret when where it comes from changes (a digest on their pod templates)."""
        # "sha256:" keeps the value a string to every YAML reader (hex digits alone can read as a float: 615e13...).
        digest = "sha256:" + hashlib.sha256(json.dumps(source, sort_keys=True, default=str).encode()).hexdigest()[:16]
        for reader in self.readers_of_secret(secret, namespace):
            self.patch({
                "apiVersion": reader["apiVersion"], "kind": reader["kind"],
                "metadata": {"name": reader["metadata"]["name"], "namespace": namespace},
                "spec": {"template": {"metadata": {"annotations": {SECRET_SOURCE_HASH: digest}}}},
            }, why=f"restart the readers of Secret {secret} when its source changes")

    def compose(self) -> list[UpstreamObject]:
        """The release with the overlay applied; records the content used for the lock file."""
        self._fix_release_defects()
        composed = compose(self.checkout, self.components, self.overlay)
        note_use(Use(upstream=self.ref.upstream, source=self.checkout.source, ref=self.checkout.ref,
                     commit=self.checkout.commit, components=",".join(self.components), digest=composed.digest,
                     composition=(self.checkout, list(self.components), self.overlay)))
        prefix = f"kubeflow {self.release.tag}"
        return [UpstreamObject(body, f"{prefix} {origin}" if origin else prefix)
                for body, origin in zip(composed.objects, composed.origins, strict=True)]


    def _fix_release_defects(self) -> None:
        """What the release ships that its consumer would refuse, set as upstream meant it."""
        if not self.release.unresolved_profile:
            return
        for profile in [b for b in self.base if b.get("kind") == "Profile" and "$(" in b["metadata"]["name"]]:
            params = next((b.get("data") or {} for b in self.base if b.get("kind") == "ConfigMap"
                           and generated_name(b) == "default-install-config"), {})
            group, version = profile["apiVersion"].split("/")
            self.json_patch({"group": group, "version": version, "kind": "Profile"}, [
                {"op": "replace", "path": "/metadata/name", "value": params.get("profile-name", "kubeflow-user-example-com")},
                {"op": "replace", "path": "/spec/owner/name", "value": params.get("user", "user@example.com")},
            ], why="the Profile name and owner upstream's replacements never set (they select by the placeholder)")


def replace_demo_secrets(scope: Construct, platform: UpstreamPlatform, config: UpstreamSecrets,
                         sources: dict[str, SecretSource], *, labels: dict[str, str] | None = None,
                         literals: dict[str, dict[str, str]] | None = None) -> list[SecretSource]:
    """Every upstream Secret with literal values leaves the output; an ExternalSecret of the same name and keys
    takes its place (from its configured source, else from `config.store` under `<prefix><name>`), and the
    Secret's readers roll when that source changes. `literals` (per Secret name) are keys whose value the config
    knows and is not secret (a database user name), written by the ExternalSecret's template. Returns the sources
    used (for the store's read grants)."""
    used = []
    for secret in platform.secrets_with_data():
        metadata = secret["metadata"]
        rendered, namespace = metadata["name"], metadata.get("namespace", "")
        # A generated Secret: patches address it, and its readers refer to it, by the name before the hash suffix.
        name = generated_name(secret)
        base_name = name
        fixed = (literals or {}).get(base_name) or {}
        keys = sorted({*(secret.get("data") or {}), *(secret.get("stringData") or {})} - set(fixed))
        source = sources.get(base_name) or SecretSource(
            store=config.store,
            remote_keys={key: RemoteSecretKey(key=f"{config.remote_key_prefix}{base_name}", property=key) for key in keys},
        )
        if source.existing_secret is not None and source.existing_secret != name:
            raise UpstreamShapeError(f"upstream's readers of Secret {namespace}/{name} look for it by that name; name the "
                                     f"existing Secret {name!r} (it is {source.existing_secret!r})")
        platform.overlay.delete("v1", "Secret", name, namespace)
        secret_from_source(scope, f"upstream-secret-{namespace}-{name}", name=name, namespace=namespace, source=source,
                           labels=labels, literals=fixed or None)
        platform.restart_on_change(rendered, namespace, source.model_dump(mode="json"))
        used.append(source)
    return used


def generated_name(body: Body) -> str:
    """The name a kustomize generator gave the object, before its content-hash suffix (the name itself if none)."""
    name = body["metadata"]["name"]
    if _HASH_SUFFIX.search(name):
        unsuffixed = {**body, "metadata": {**body["metadata"], "name": _HASH_SUFFIX.sub("", name)}}
        if name.endswith("-" + content_hash(unsuffixed)):
            return unsuffixed["metadata"]["name"]
    return name


def _secret_names(pod_spec: Body) -> Iterator[str]:
    for container in [*(pod_spec.get("containers") or []), *(pod_spec.get("initContainers") or [])]:
        for env in container.get("env") or []:
            ref = ((env.get("valueFrom") or {}).get("secretKeyRef") or {}).get("name")
            if ref:
                yield ref
        for env_from in container.get("envFrom") or []:
            ref = (env_from.get("secretRef") or {}).get("name")
            if ref:
                yield ref
    for volume in pod_spec.get("volumes") or []:
        if (volume.get("secret") or {}).get("secretName"):
            yield volume["secret"]["secretName"]
        for projected in (volume.get("projected") or {}).get("sources") or []:
            if (projected.get("secret") or {}).get("name"):
                yield projected["secret"]["name"]


def kubeflow_platform(scope: Construct, config: KubeflowPlatformConfig, *,
                      labels: dict[str, str] | None = None) -> tuple[list[UpstreamObject], list[str]]:
    """The release's whole platform as upstream ships it, its demo Secrets replaced by ExternalSecrets; and the
    remote secret names those read from `config.secrets.store` (each needs a read grant there)."""
    platform = UpstreamPlatform(config, config.chosen_components())
    used = replace_demo_secrets(scope, platform, config.secrets, config.secrets.sources, labels=labels)
    remote = sorted({key.key for source in used if source.store is not None and source.store.name == config.secrets.store.name
                     for key in source.remote_keys.values()})
    return platform.compose(), remote
