"""A Secret by reference: an ExternalSecret that syncs it from a store, or nothing for a Secret that exists.

Charts call `secret_from_source(...)` and use the returned name; no secret value is ever in the program.
"""

from __future__ import annotations

from constructs import Construct

from mlmanifests.config.types import SecretSource
from mlmanifests.imports.external_secrets import (
    ExternalSecret,
    ExternalSecretSpec,
    ExternalSecretSpecData,
    ExternalSecretSpecDataRemoteRef,
    ExternalSecretSpecSecretStoreRef,
    ExternalSecretSpecSecretStoreRefKind,
    ExternalSecretSpecTarget,
    ExternalSecretSpecTargetCreationPolicy,
    ExternalSecretSpecTargetTemplate,
    ExternalSecretSpecTargetTemplateEngineVersion,
    ExternalSecretSpecTargetTemplateMergePolicy,
)

_STORE_KINDS = {
    "ClusterSecretStore": ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE,
    "SecretStore": ExternalSecretSpecSecretStoreRefKind.SECRET_STORE,
}


def secret_from_source(
    scope: Construct, id: str, *, name: str, namespace: str, source: SecretSource, labels: dict[str, str] | None = None,
    literals: dict[str, str] | None = None,
) -> str:
    """The name of the Secret workloads should reference; emits an ExternalSecret when the source is a store.

    `literals` are keys whose value is not secret and is known to the config (a database user name): they are
    written into the Secret by the ExternalSecret's template, beside the synced keys."""
    if source.existing_secret is not None:
        return source.existing_secret
    assert source.store is not None
    ExternalSecret(
        scope, id,
        metadata={"name": name, "namespace": namespace, **({"labels": labels} if labels else {})},
        spec=ExternalSecretSpec(
            refresh_interval=source.refresh_interval,
            secret_store_ref=ExternalSecretSpecSecretStoreRef(
                name=source.store.name, kind=_STORE_KINDS[source.store.kind]
            ),
            target=ExternalSecretSpecTarget(
                name=name, creation_policy=ExternalSecretSpecTargetCreationPolicy.OWNER,
                template=ExternalSecretSpecTargetTemplate(
                    engine_version=ExternalSecretSpecTargetTemplateEngineVersion.V2,
                    merge_policy=ExternalSecretSpecTargetTemplateMergePolicy.MERGE,
                    data=dict(sorted(literals.items())),
                ) if literals else None,
            ),
            data=[
                ExternalSecretSpecData(
                    secret_key=secret_key,
                    remote_ref=ExternalSecretSpecDataRemoteRef(key=remote.key, property=remote.property),
                )
                for secret_key, remote in sorted(source.remote_keys.items())
            ],
        ),
    )
    return name
