"""References resolved against the target, what it produces, and what the config declares external."""

from __future__ import annotations

from mlmanifests.checks import run_checks
from mlmanifests.manifests import Manifest, ObjectId


def _pod(namespace: str, **spec) -> dict:
    container = {"name": "c", "image": "r.example.com/c:1", "resources": {"requests": {"cpu": "1m", "memory": "1Mi"}},
                 "securityContext": {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}}
    metadata = {"name": "p", **({"namespace": namespace} if namespace else {})}
    return {"apiVersion": "v1", "kind": "Pod", "metadata": metadata,
            "spec": {"securityContext": {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}},
                     "containers": [container], **spec}}


def _rules(manifests, **options) -> list[tuple[str, str]]:
    return [(f.rule, f.path) for f in run_checks(manifests, **options).findings]


def test_external_declaration_satisfies_a_reference():
    pod = Manifest("t", _pod("demo", serviceAccountName="runner"))
    assert _rules([pod]) == [("dangling-service-account", "spec.serviceAccountName")]
    assert _rules([pod], external=[ObjectId("", "ServiceAccount", "demo", "runner")]) == []


def test_reference_from_another_target_does_not_count():
    account = {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "runner", "namespace": "demo"}}
    pod = Manifest("a", _pod("demo", serviceAccountName="runner"))
    assert _rules([pod, Manifest("b", account)]) == [("dangling-service-account", "spec.serviceAccountName")]
    assert _rules([pod, Manifest("a", account)]) == []


def test_no_namespace_and_default_namespace_are_the_same():
    account = {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "runner", "namespace": "default"}}
    assert _rules([Manifest("t", _pod("", serviceAccountName="runner")), Manifest("t", account)]) == []


def test_objects_every_namespace_has_need_no_definition():
    volumes = [{"name": "ca", "configMap": {"name": "kube-root-ca.crt"}}]
    assert _rules([Manifest("t", _pod("demo", serviceAccountName="default", volumes=volumes))]) == []


def test_optional_secret_is_not_required():
    volumes = [{"name": "s", "secret": {"secretName": "maybe", "optional": True}}]
    assert _rules([Manifest("t", _pod("demo", volumes=volumes))]) == []


def test_virtual_service_short_host_is_a_service_in_its_namespace_and_external_hosts_are_ignored():
    virtual_service = {
        "apiVersion": "networking.istio.io/v1", "kind": "VirtualService",
        "metadata": {"name": "vs", "namespace": "kubeflow"},
        "spec": {"hosts": ["*"], "http": [
            {"route": [{"destination": {"host": "ml-pipeline-ui"}}]},
            {"route": [{"destination": {"host": "www.example.com"}}]},
        ]},
    }
    service = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "ml-pipeline-ui", "namespace": "kubeflow"},
               "spec": {"ports": [{"port": 80}]}}
    assert _rules([Manifest("t", virtual_service)]) == [("dangling-service", "spec.http[0].route[0].destination.host")]
    assert _rules([Manifest("t", virtual_service), Manifest("t", service)]) == []


def test_message_names_both_ends():
    [finding] = run_checks([Manifest("t", _pod("demo", serviceAccountName="runner"))]).findings
    assert "Pod demo/p" in finding.message and "ServiceAccount demo/runner" in finding.message
