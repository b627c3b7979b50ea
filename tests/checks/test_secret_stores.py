"""The store-reference check: an ExternalSecret's store must be in the same cluster, or declared external."""

from __future__ import annotations

from mlmanifests.checks import run_checks
from mlmanifests.manifests import Manifest, ObjectId, Source

ESO = "external-secrets.io/v1"


def external_secret(store: str, kind: str = "ClusterSecretStore", namespace: str = "app") -> dict:
    return {"apiVersion": ESO, "kind": "ExternalSecret", "metadata": {"name": "db", "namespace": namespace},
            "spec": {"secretStoreRef": {"name": store, "kind": kind}, "target": {"name": "db"},
                     "data": [{"secretKey": "password", "remoteRef": {"key": "db-password"}}]}}


def store(name: str, ksa: str | None = "reader") -> dict:
    auth = {"workloadIdentity": {"serviceAccountRef": {"name": ksa, "namespace": "external-secrets"}}} if ksa else {}
    return {"apiVersion": ESO, "kind": "ClusterSecretStore", "metadata": {"name": name},
            "spec": {"provider": {"gcpsm": {"projectID": "my-project-1", **({"auth": auth} if auth else {})}}}}


def reader() -> dict:
    return {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "reader", "namespace": "external-secrets"}}


def rules(manifests: list[Manifest], external=()) -> list[tuple[str, str]]:
    report = run_checks(manifests, external=external)
    return [(f.severity, f.rule) for f in report.findings if "store" in f.rule]


def test_a_store_in_the_same_cluster_resolves():
    assert rules([Manifest("t", external_secret("gsm")), Manifest("t", store("gsm")), Manifest("t", reader())]) == []


def test_a_store_that_resolves_to_nothing_is_an_error():
    assert rules([Manifest("t", external_secret("gsm"))]) == [("error", "dangling-secret-store")]


def test_an_external_declaration_satisfies_it():
    declared = [ObjectId("external-secrets.io", "ClusterSecretStore", "", "gsm")]
    assert rules([Manifest("t", external_secret("gsm"))], external=declared) == []


def test_a_store_of_another_cluster_does_not_count():
    # The management cluster's store does not serve the ExternalSecret applied to the cluster part.
    manifests = [Manifest("t", external_secret("gsm"), destination="kfp-cluster"), Manifest("t", store("gsm")),
                 Manifest("t", reader())]
    assert rules(manifests) == [("error", "dangling-secret-store")]


def test_a_namespaced_store_must_be_in_the_external_secrets_namespace():
    other = {"apiVersion": ESO, "kind": "SecretStore", "metadata": {"name": "gsm", "namespace": "elsewhere"},
             "spec": {"provider": {"gcpsm": {"projectID": "my-project-1"}}}}
    assert rules([Manifest("t", external_secret("gsm", kind="SecretStore")), Manifest("t", other)]) == [
        ("error", "dangling-secret-store")]


def test_a_store_without_its_service_account_is_an_error():
    assert rules([Manifest("t", external_secret("gsm")), Manifest("t", store("gsm"))]) == [
        ("error", "dangling-store-service-account")]


def test_validate_warns_for_a_cluster_store_it_cannot_see():
    loaded = Manifest("files", external_secret("gsm"), source=Source("es.yaml", 1))
    assert rules([loaded]) == [("warning", "dangling-secret-store")]
