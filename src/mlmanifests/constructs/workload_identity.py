"""Google identities for workloads, as Config Connector objects: no key file ever exists.

    account = google_service_account(self, "kfp", namespace="kcc-ns", project_id="p", account_id="mlops-kfp")
    grant_project_roles(self, "kfp", namespace="kcc-ns", project_id="p", account=account, roles=["roles/cloudsql.client"])
    bind_workload_identity(self, "kfp-runner", namespace="kcc-ns", project_id="p", account=account,
                           ksa_namespace="kubeflow", ksa_name="pipeline-runner")

Each function emits KCC objects into `namespace`, a namespace annotated `cnrm.cloud.google.com/project-id`
(so they are created in that project), and references only objects it was handed or `external` project names.
The Kubernetes ServiceAccount `bind_workload_identity` emits belongs to the workload cluster.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cdk8s_plus_37 import k8s
from constructs import Construct

from mlmanifests.imports.kcc_iam import (
    IamPolicyMember,
    IamPolicyMemberSpec,
    IamPolicyMemberSpecMemberFrom,
    IamPolicyMemberSpecMemberFromServiceAccountRef,
    IamPolicyMemberSpecResourceRef,
    IamServiceAccount,
    IamServiceAccountSpec,
)

IAM_API_VERSION = "iam.cnrm.cloud.google.com/v1beta1"
GSA_ANNOTATION = "iam.gke.io/gcp-service-account"
WORKLOAD_IDENTITY_USER = "roles/iam.workloadIdentityUser"


@dataclass(frozen=True)
class GoogleServiceAccount:
    """An IAMServiceAccount this chart defines: its object name (= account id) and its email."""

    name: str
    email: str


def google_service_account(
    scope: Construct, id: str, *, namespace: str, project_id: str, account_id: str, display_name: str,
    labels: dict[str, str] | None = None,
) -> GoogleServiceAccount:
    """An IAMServiceAccount named `account_id` (6-30 characters) in the namespace's project."""
    IamServiceAccount(
        scope, id,
        metadata=_metadata(account_id, namespace, labels),
        spec=IamServiceAccountSpec(display_name=display_name),
    )
    return GoogleServiceAccount(account_id, f"{account_id}@{project_id}.iam.gserviceaccount.com")


def role_slug(role: str) -> str:
    """`roles/cloudsql.client` -> `cloudsql-client`: a role as part of an object name."""
    return re.sub(r"[^a-z0-9]+", "-", role.removeprefix("roles/").lower()).strip("-")


def grant_project_roles(
    scope: Construct, id: str, *, namespace: str, project_id: str, roles: list[str],
    account: GoogleServiceAccount | None = None, member: str | None = None, labels: dict[str, str] | None = None,
) -> list[IamPolicyMember]:
    """One IAMPolicyMember per role on the project, for `account` (referenced) or a `member` string (user:…)."""
    if (account is None) == (member is None):
        raise ValueError("grant_project_roles needs exactly one of `account` or `member`")
    holder = account.name if account else role_slug(member.partition(":")[2] or member)
    grants = []
    for role in roles:
        name = f"{holder}-{role_slug(role)}"
        grants.append(IamPolicyMember(
            scope, f"{id}-{role_slug(role)}",
            metadata=_metadata(name, namespace, labels),
            spec=IamPolicyMemberSpec(
                role=role,
                resource_ref=IamPolicyMemberSpecResourceRef(kind="Project", external=f"projects/{project_id}"),
                **_member(account, member),
            ),
        ))
    return grants


def grant_resource_role(
    scope: Construct, id: str, *, namespace: str, account: GoogleServiceAccount, role: str,
    resource_api_version: str, resource_kind: str, resource_name: str, labels: dict[str, str] | None = None,
) -> IamPolicyMember:
    """An IAMPolicyMember granting `role` on one KCC object this chart defines (e.g. a StorageBucket)."""
    return IamPolicyMember(
        scope, id,
        metadata=_metadata(f"{account.name}-{role_slug(role)}-{resource_name}"[:253], namespace, labels),
        spec=IamPolicyMemberSpec(
            role=role,
            resource_ref=IamPolicyMemberSpecResourceRef(
                api_version=resource_api_version, kind=resource_kind, name=resource_name
            ),
            **_member(account, None),
        ),
    )


def bind_workload_identity(
    scope: Construct, id: str, *, namespace: str, project_id: str, account: GoogleServiceAccount,
    ksa_namespace: str, ksa_name: str, create_ksa: bool = True, labels: dict[str, str] | None = None,
    ksa_scope: Construct | None = None,
) -> str:
    """Let Kubernetes ServiceAccount `ksa_namespace/ksa_name` act as `account`; returns the Workload Identity member.

    Emits the roles/iam.workloadIdentityUser IAMPolicyMember on the IAMServiceAccount for
    `serviceAccount:<project>.svc.id.goog[<ksa_namespace>/<ksa_name>]` and, unless `create_ksa` is false
    (the ServiceAccount comes from elsewhere and must carry the annotation itself), the ServiceAccount
    annotated `iam.gke.io/gcp-service-account: <email>`, built in `ksa_scope` (default `scope`): the
    ServiceAccount lives in the workload cluster, the IAM objects wherever Config Connector runs.
    """
    workload_member = f"serviceAccount:{project_id}.svc.id.goog[{ksa_namespace}/{ksa_name}]"
    IamPolicyMember(
        scope, f"{id}-workload-identity",
        metadata=_metadata(f"{account.name}-wi-{ksa_namespace}-{ksa_name}"[:253], namespace, labels),
        spec=IamPolicyMemberSpec(
            role=WORKLOAD_IDENTITY_USER,
            member=workload_member,
            resource_ref=IamPolicyMemberSpecResourceRef(
                api_version=IAM_API_VERSION, kind="IAMServiceAccount", name=account.name
            ),
        ),
    )
    if create_ksa:
        k8s.KubeServiceAccount(
            ksa_scope or scope, f"{id}-service-account",
            metadata=k8s.ObjectMeta(
                name=ksa_name, namespace=ksa_namespace, labels=labels or None,
                annotations={GSA_ANNOTATION: account.email},
            ),
        )
    return workload_member


def _member(account: GoogleServiceAccount | None, member: str | None) -> dict:
    if account is not None:
        return {"member_from": IamPolicyMemberSpecMemberFrom(
            service_account_ref=IamPolicyMemberSpecMemberFromServiceAccountRef(name=account.name)
        )}
    return {"member": member}


def _metadata(name: str, namespace: str, labels: dict[str, str] | None) -> dict:
    metadata: dict = {"name": name, "namespace": namespace}
    if labels:
        metadata["labels"] = dict(labels)
    return metadata
