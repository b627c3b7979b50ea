"""External Secrets Operator stores, with the identity each authenticates as: the other end of every ExternalSecret.

    store = GcpSecretManagerStore(name="gcp-secret-manager", project_id="p", ksa_namespace="external-secrets",
                                  ksa_name="gcp-secret-manager")
    account = gcp_secret_manager_access(kcc_chart, "eso", namespace="kcc-ns", project_id="p", store=store,
                                        account_id="p-secrets", pool_project="mgmt-project", secret_ids=["db-password"])
    gcp_secret_manager_store(workload_chart, "eso-store", store=store, account_email=account.email)

The store side (a ClusterSecretStore and the ServiceAccount it names) goes to the cluster whose ExternalSecrets use
it; the Google side (service account, Workload Identity binding, one secretAccessor grant per secret, on the secret
and not the project) is Config Connector objects in the KCC namespace. ESO's `workloadIdentity` auth makes a token
for the named ServiceAccount and exchanges it for the Google account the ServiceAccount's annotation names; for
Azure, `authType: WorkloadIdentity` does the same with the client id annotation of Entra workload identity.

ClusterSecretStore has no generated binding (cdk8s cannot compile the CRD: one of its ~60 providers has a property
`getByTitleFallback`, see imports/generate.py UNBOUND_KINDS); the object is built from the typed arguments here and
checked against the carried CRD like every other object.
"""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import ApiObject, JsonPatch
from cdk8s_plus_37 import k8s
from constructs import Construct

from mlmanifests.constructs.workload_identity import (
    GSA_ANNOTATION,
    GoogleServiceAccount,
    bind_workload_identity,
    google_service_account,
)
from mlmanifests.imports.kcc_iam import (
    IamPolicyMember,
    IamPolicyMemberSpec,
    IamPolicyMemberSpecMemberFrom,
    IamPolicyMemberSpecMemberFromServiceAccountRef,
    IamPolicyMemberSpecResourceRef,
)

ESO_API_VERSION = "external-secrets.io/v1"
SECRET_ACCESSOR = "roles/secretmanager.secretAccessor"
AZURE_CLIENT_ID_ANNOTATION = "azure.workload.identity/client-id"
STORE_LABELS = {"app.kubernetes.io/component": "secret-store", "app.kubernetes.io/managed-by": "mlmanifests"}


@dataclass(frozen=True)
class GcpSecretManagerStore:
    """A ClusterSecretStore reading Google Secret Manager in `project_id` as the KSA `ksa_namespace/ksa_name`."""

    name: str
    project_id: str
    ksa_namespace: str = "external-secrets"
    ksa_name: str = "gcp-secret-manager"


def gcp_secret_manager_store(scope: Construct, id: str, *, store: GcpSecretManagerStore, account_email: str) -> ApiObject:
    """The ClusterSecretStore (provider gcpsm, workloadIdentity auth) and the KSA annotated with `account_email`."""
    k8s.KubeServiceAccount(scope, f"{id}-service-account", metadata=k8s.ObjectMeta(
        name=store.ksa_name, namespace=store.ksa_namespace, labels=STORE_LABELS,
        annotations={GSA_ANNOTATION: account_email},
    ))
    return _cluster_secret_store(scope, id, store.name, {"gcpsm": {
        "projectID": store.project_id,
        # On GKE, ESO reads the cluster's name, location and project from the metadata server.
        "auth": {"workloadIdentity": {"serviceAccountRef": {"name": store.ksa_name, "namespace": store.ksa_namespace}}},
    }})


def gcp_secret_manager_access(
    scope: Construct, id: str, *, namespace: str, project_id: str, store: GcpSecretManagerStore, account_id: str,
    pool_project: str, secret_ids: list[str],
) -> GoogleServiceAccount:
    """Config Connector objects in `namespace` (of `project_id`) that let the store's KSA read `secret_ids`.

    `pool_project` is the project of the cluster the store runs in (its Workload Identity pool)."""
    account = google_service_account(
        scope, f"{id}-account", namespace=namespace, project_id=project_id, account_id=account_id,
        display_name=f"External Secrets store {store.name}",
    )
    bind_workload_identity(
        scope, f"{id}-store", namespace=namespace, project_id=pool_project, account=account,
        ksa_namespace=store.ksa_namespace, ksa_name=store.ksa_name, create_ksa=False,
    )
    for secret_id in sorted(set(secret_ids)):
        IamPolicyMember(
            scope, f"{id}-access-{secret_id}",
            metadata={"name": f"{account.name}-access-{secret_id}".lower()[:253], "namespace": namespace},
            spec=IamPolicyMemberSpec(
                role=SECRET_ACCESSOR,
                member_from=IamPolicyMemberSpecMemberFrom(
                    service_account_ref=IamPolicyMemberSpecMemberFromServiceAccountRef(name=account.name),
                ),
                # External form from KCC's IAMPolicyMember reference (resource-docs/iam/iampolicymember.md).
                resource_ref=IamPolicyMemberSpecResourceRef(
                    kind="SecretManagerSecret", external=f"projects/{store.project_id}/secrets/{secret_id}",
                ),
            ),
        )
    return account


def kfp_cluster_secret_store(
    scope: Construct, *, store: GcpSecretManagerStore, account_email: str, id: str = "kfp-secret-store",
) -> ApiObject:
    """The store the KFP cluster's ExternalSecrets (mysql-secret) read, for the mlops-gcp `kfp-cluster` part.

    `account_email` is the Google account `gcp_secret_manager_access` made for this store on the KCC side
    (MlopsGcpChart.kfp_store_account); the store's KSA lives in the KFP cluster."""
    return gcp_secret_manager_store(scope, id, store=store, account_email=account_email)


@dataclass(frozen=True)
class AzureKeyVaultStore:
    """A ClusterSecretStore reading an Azure Key Vault through Entra workload identity."""

    name: str
    vault_url: str
    """https://<vault>.vault.azure.net"""
    tenant_id: str
    client_id: str
    """Client id of the managed identity (or app) federated with the KSA below."""
    ksa_namespace: str = "external-secrets"
    ksa_name: str = "azure-key-vault"


def azure_key_vault_store(scope: Construct, id: str, *, store: AzureKeyVaultStore) -> ApiObject:
    """The ClusterSecretStore (provider azurekv, authType WorkloadIdentity) and the KSA with the client id annotation.

    The federated credential (issuer of the AKS cluster, subject system:serviceaccount:<ns>:<name>) and the Key Vault
    Secrets User role are Azure-side prerequisites."""
    k8s.KubeServiceAccount(scope, f"{id}-service-account", metadata=k8s.ObjectMeta(
        name=store.ksa_name, namespace=store.ksa_namespace, labels=STORE_LABELS,
        annotations={AZURE_CLIENT_ID_ANNOTATION: store.client_id},
    ))
    return _cluster_secret_store(scope, id, store.name, {"azurekv": {
        "authType": "WorkloadIdentity",
        "vaultUrl": store.vault_url,
        "tenantId": store.tenant_id,
        "serviceAccountRef": {"name": store.ksa_name, "namespace": store.ksa_namespace},
    }})


def _cluster_secret_store(scope: Construct, id: str, name: str, provider: dict) -> ApiObject:
    store = ApiObject(
        scope, id, api_version=ESO_API_VERSION, kind="ClusterSecretStore",
        metadata={"name": name, "labels": dict(STORE_LABELS)},
    )
    store.add_json_patch(JsonPatch.add("/spec", {"provider": provider}))
    return store
