"""References resolved against the whole set (objects and keys), what it produces by rule, and what the config declares
external; the real kubeflow/manifests examples resolve completely."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from conftest import shared_file
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
    """The reference findings (a store named by an ExternalSecret is the secret-store check's, not these tests')."""
    return [(f.rule, f.path) for f in run_checks(manifests, **options).findings if f.rule != "dangling-secret-store"]


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


# ---------------------------------------------------------------------------------------------- keys and rules


def _secret_reader(secret: str, key: str) -> dict:
    env = [{"name": "V", "valueFrom": {"secretKeyRef": {"name": secret, "key": key}}}]
    pod = _pod("demo")
    pod["spec"]["containers"][0]["env"] = env
    return pod


def _external_secret(target: dict, **spec) -> dict:
    return {"apiVersion": "external-secrets.io/v1", "kind": "ExternalSecret", "metadata": {"name": "s", "namespace": "demo"},
            "spec": {"secretStoreRef": {"name": "vault", "kind": "ClusterSecretStore"}, "target": target, **spec}}


DATA = [{"secretKey": "raw", "remoteRef": {"key": "k"}}]


def test_external_secret_template_with_merge_policy_merge_keeps_the_provider_keys():
    replace = _external_secret({"template": {"data": {"password": "{{ .raw }}"}}}, data=DATA)
    merge = _external_secret({"template": {"mergePolicy": "Merge", "data": {"password": "{{ .raw }}"}}}, data=DATA)
    reader = Manifest("t", _secret_reader("s", "raw"))
    assert _rules([Manifest("t", replace), reader]) == [("missing-key", "spec.containers[0].env[0].valueFrom.secretKeyRef.key")]
    assert _rules([Manifest("t", merge), reader]) == []


def test_external_secret_keys_the_store_decides_are_any_keys():
    from_store = _external_secret({}, dataFrom=[{"extract": {"key": "all"}}])
    from_template = _external_secret({"name": "s", "template": {"templateFrom": [{"configMap": {"name": "tpl", "items": [{"key": "a"}]}}]}}, data=DATA)
    for producer in (from_store, from_template):
        assert _rules([Manifest("t", producer), Manifest("t", _secret_reader("s", "anything"))]) == []


def test_external_secret_without_template_writes_its_data_keys_under_its_target_name():
    producer = _external_secret({"name": "db"}, data=DATA)
    assert _rules([Manifest("t", producer), Manifest("t", _secret_reader("db", "raw"))]) == []
    assert _rules([Manifest("t", producer), Manifest("t", _secret_reader("db", "password"))]) == [
        ("missing-key", "spec.containers[0].env[0].valueFrom.secretKeyRef.key")]


def test_a_key_missing_from_a_secret_names_the_keys_it_holds_and_never_a_value():
    secret = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "db", "namespace": "demo"},
              "data": {"username": "UHIwZC1TM2NyZXQtVmFsdWU="}, "stringData": {"token": "Pr0d-S3cret-Value"}}
    [finding] = run_checks([Manifest("t", secret), Manifest("t", _secret_reader("db", "password"))]).findings
    text = f"{finding.message} {finding.hint}"
    assert "'password'" in text and "'token', 'username'" in text
    assert "Pr0d-S3cret-Value" not in text and "UHIwZC1TM2NyZXQtVmFsdWU=" not in text


def test_certificate_output_formats_and_keystores_add_their_keys():
    certificate = {"apiVersion": "cert-manager.io/v1", "kind": "Certificate", "metadata": {"name": "c", "namespace": "demo"},
                   "spec": {"secretName": "c-tls", "dnsNames": ["a.example.com"], "issuerRef": {"name": "i"},
                            "additionalOutputFormats": [{"type": "CombinedPEM"}],
                            "keystores": {"pkcs12": {"create": True, "passwordSecretRef": {"name": "p", "key": "k"}}}}}
    for key in ("tls-combined.pem", "keystore.p12", "tls.key"):
        assert _rules([Manifest("t", certificate), Manifest("t", _secret_reader("c-tls", key))]) == [], key
    assert _rules([Manifest("t", certificate), Manifest("t", _secret_reader("c-tls", "key.der"))]) == [
        ("missing-key", "spec.containers[0].env[0].valueFrom.secretKeyRef.key")]


def test_ingress_annotated_for_cert_manager_produces_its_tls_secret():
    ingress = {"apiVersion": "networking.k8s.io/v1", "kind": "Ingress",
               "metadata": {"name": "web", "namespace": "demo", "annotations": {"cert-manager.io/cluster-issuer": "le"}},
               "spec": {"tls": [{"hosts": ["a.example.com"], "secretName": "web-tls"}]}}
    assert _rules([Manifest("t", ingress), Manifest("t", _secret_reader("web-tls", "tls.crt"))]) == []
    del ingress["metadata"]["annotations"]
    assert sorted(_rules([Manifest("t", ingress)])) == [("dangling-secret", "spec.tls[0].secretName")]


def test_external_objects_hold_any_key():
    reader = Manifest("t", _secret_reader("made-by-hand", "whatever"))
    assert _rules([reader], external=[ObjectId("", "Secret", "demo", "made-by-hand")]) == []


# ------------------------------------------------------------------------------------- upstream components


def test_security_findings_on_upstream_objects_are_one_warning_per_component_and_ours_stay_errors():
    def loose(name: str) -> dict:
        pod = _pod("demo")
        pod["metadata"]["name"] = name
        pod["spec"]["containers"][0]["securityContext"] = {}
        return pod

    ours = Manifest("t", loose("ours"))
    upstream = [Manifest("t", loose(f"up{index}"), origin="kubeflow-pipelines") for index in range(3)]
    report = run_checks([ours, *upstream, Manifest("t", loose("dex"), origin="dex")])

    ours_rules = sorted(f.rule for f in report.findings if f.object == ours.id)
    assert ours_rules == ["pss-capabilities", "pss-privilege-escalation"]
    assert all(f.severity == "error" for f in report.findings if f.object == ours.id)
    summaries = [(f.severity, f.rule, f.object.name, f.message) for f in report.findings if f.object != ours.id]
    assert summaries == [
        ("warning", "upstream-security", "dex",
         "upstream component dex: 2 security findings on 1 objects (pss-capabilities ×1, pss-privilege-escalation ×1)"),
        ("warning", "upstream-security", "kubeflow-pipelines",
         "upstream component kubeflow-pipelines: 6 security findings on 3 objects (pss-capabilities ×3, pss-privilege-escalation ×3)"),
    ]


def test_reference_findings_on_upstream_objects_stay_errors():
    pod = Manifest("t", _pod("demo", serviceAccountName="runner"), origin="kubeflow-pipelines")
    assert [(f.severity, f.rule) for f in run_checks([pod]).findings] == [("error", "dangling-service-account")]


# ------------------------------------------------------------------------------------------------ validate


def test_validate_runs_the_reference_rules_on_a_folder(tmp_path):
    import io

    from mlmanifests.cli.validate import validate_command

    case = Path(__file__).parent / "corpus" / "missing-configmap-key.yaml"
    (tmp_path / "set").mkdir()
    (tmp_path / "set" / "objects.yaml").write_text(case.read_text(encoding="utf-8"), encoding="utf-8")
    out = io.StringIO()
    code = validate_command([str(tmp_path / "set")], output_format="text", kubernetes_version="1.35", stdout=out)
    assert code == 1
    assert "missing-key  spec.containers[0].env[0].valueFrom.configMapKeyRef.key" in out.getvalue()
    assert "reads key 'mysqlHost' of ConfigMap kubeflow/pipeline-install-config, which holds 'dbHost'" in out.getvalue()


# ------------------------------------------------------------------------------- the real upstream releases


RELEASES = ["v1.8.1", "v1.10.2"]
_RENDERED: dict[str, list[dict]] = {}


def _example(version: str) -> list[dict]:
    """kubeflow/manifests' `example/` of a release, rendered once with our kustomize renderer (a fresh copy each call)."""
    from mlmanifests.kustomize import build

    folder = shared_file(f"upstream/kubeflow-manifests/{version}/example/kustomization.yaml").parent
    if version not in _RENDERED:
        _RENDERED[version] = build(folder)
    return copy.deepcopy(_RENDERED[version])


def _upstream(objects: list[dict]) -> list[Manifest]:
    """Each object marked as coming from upstream, its namespace standing for the component."""
    return [Manifest("kubeflow", body, origin=(body.get("metadata") or {}).get("namespace") or "cluster") for body in objects]


# Kubeflow v1.10.2's example ships its user Profile as `name: $(profile-name)`: its replacements select the Profile
# by that placeholder, which kustomize reads as a regular expression (kubectl kustomize prints the same). The API
# server refuses the name; the Kubeflow targets' overlay sets it (test_the_v1_10_user_profile_defect_...).
KNOWN_UPSTREAM_DEFECTS = {("api-value", "$(profile-name)")}


def _errors(findings):
    return [f for f in findings if f.severity == "error" and (f.rule, f.object.name) not in KNOWN_UPSTREAM_DEFECTS]


def test_the_v1_10_user_profile_defect_is_found_and_the_composed_platform_has_it_fixed():
    errors = [(f.rule, f.object.name) for f in run_checks(_upstream(_example("v1.10.2"))).findings if f.severity == "error"]
    assert errors == [("api-value", "$(profile-name)")]
    from mlmanifests.config import load_config
    from mlmanifests.runner.synth import synthesize

    composed = synthesize(load_config(), ["kubeflow-gke"])
    (profile,) = [m for m in composed if m.kind == "Profile"]
    assert (profile.name, profile.body["spec"]["owner"]["name"]) == ("kubeflow-user-example-com", "user@example.com")


@pytest.mark.parametrize("version", RELEASES)
def test_upstream_example_resolves_every_reference(version):
    from mlmanifests.checks.references import find_references

    manifests = _upstream(_example(version))
    report = run_checks(manifests)
    assert _errors(report.findings) == []
    assert not [f for f in report.findings if f.rule.startswith(("dangling-", "missing-key"))]
    security = [f for f in report.findings if f.rule.startswith("pss-") or f.rule == "upstream-security"]
    assert {f.rule for f in security} == {"upstream-security"}
    assert len(security) == len({f.object.name for f in security})  # one line per component
    # the check had work to do: keys of ConfigMaps and Secrets, and the runtime objects istiod and cert-manager write
    references = list(find_references(manifests))
    assert sum(len(reference.keys) for reference in references) >= 45, version
    assert {r.candidates[0].name for r in references} >= {"istio-ca-root-cert", "pipeline-install-config", "mysql-secret"}


def test_upstream_kfp_config_map_with_only_db_host_and_port_stops_the_pipelines():
    """mlops-gcp's finding of issue 17: `pipeline-install-config` written with dbHost/dbPort alone (KFP 2.5 of v1.10.2)."""
    objects = _example("v1.10.2")
    [config] = [o for o in objects if o["kind"] == "ConfigMap" and o["metadata"]["name"] == "pipeline-install-config"]
    config["data"] = {"dbHost": "10.0.0.3", "dbPort": "3306"}
    missing = {(f.object.name, f.message.split("'")[1]) for f in run_checks(_upstream(objects)).findings if f.rule == "missing-key"}
    assert {key for _, key in missing} == {
        "ConMaxLifeTime", "DEFAULT_CACHE_STALENESS", "MAXIMUM_CACHE_STALENESS", "appVersion", "autoUpdatePipelineDefaultVersion",
        "bucketName", "cacheDb", "cacheImage", "cacheNodeRestrictions", "cronScheduleTimezone", "dbType", "mlmdDb",
        "mysqlHost", "mysqlPort", "pipelineDb"}
    assert ("ml-pipeline", "mysqlHost") in missing and ("ml-pipeline-scheduledworkflow", "cronScheduleTimezone") in missing


@pytest.mark.parametrize("version", RELEASES)
def test_upstream_gateway_https_credential_must_be_in_the_ingress_gateway_namespace(version):
    """kubeflow-aks's TLS: `kubeflow-gateway` (namespace kubeflow) selects istio-ingressgateway (istio-system)."""
    objects = _example(version)
    [gateway] = [o for o in objects if o["kind"] == "Gateway" and o["metadata"]["name"] == "kubeflow-gateway"]
    gateway["spec"]["servers"].append({"port": {"number": 443, "name": "https", "protocol": "HTTPS"}, "hosts": ["*"],
                                       "tls": {"mode": "SIMPLE", "credentialName": "kubeflow-tls"}})
    certificate = {"apiVersion": "cert-manager.io/v1", "kind": "Certificate",
                   "metadata": {"name": "kubeflow-tls", "namespace": "kubeflow"},
                   "spec": {"secretName": "kubeflow-tls", "dnsNames": ["kubeflow.example.com"],
                            "issuerRef": {"name": "letsencrypt", "kind": "ClusterIssuer"}}}
    findings = [(f.rule, str(f.object), f.path) for f in _errors(run_checks(_upstream([*objects, certificate])).findings)]
    assert findings == [("dangling-gateway-credential", "Gateway.networking.istio.io kubeflow/kubeflow-gateway",
                         "spec.servers[1].tls.credentialName")]
    certificate["metadata"]["namespace"] = "istio-system"
    assert _errors(run_checks(_upstream([*objects, certificate])).findings) == []


@pytest.mark.parametrize("version", RELEASES)
def test_upstream_istio_crds_decide_the_served_virtual_service_version(version):
    """kubeflow-aks's finding of issue 17: networking.istio.io/v1 is not served by Istio 1.17 (Kubeflow v1.8.1)."""
    objects = _example(version)
    virtual_service = {"apiVersion": "networking.istio.io/v1", "kind": "VirtualService",
                       "metadata": {"name": "ours", "namespace": "kubeflow"},
                       "spec": {"gateways": ["kubeflow-gateway"], "hosts": ["*"],
                                "http": [{"route": [{"destination": {"host": "ml-pipeline-ui.kubeflow.svc.cluster.local"}}]}]}}
    findings = [(f.rule, f.object.name) for f in _errors(run_checks(_upstream([*objects, virtual_service])).findings)]
    assert findings == ([("removed-api", "ours")] if version == "v1.8.1" else [])


def _reference_rules(manifests) -> list[tuple[str, str]]:
    """The reference check alone (for kinds whose CRD the project does not carry)."""
    from mlmanifests.checks.manifest_set import ManifestSet
    from mlmanifests.checks.references import check_references

    return [(f.rule, f.path) for f in check_references(ManifestSet(manifests))]


def test_cluster_external_secret_writes_its_secret_into_the_namespaces_it_selects():
    def producer(**selection) -> Manifest:
        return Manifest("t", {"apiVersion": "external-secrets.io/v1", "kind": "ClusterExternalSecret", "metadata": {"name": "shared"},
                              "spec": {"externalSecretName": "pull", **selection, "externalSecretSpec": {
                                  "secretStoreRef": {"name": "vault", "kind": "ClusterSecretStore"}, "data": DATA}}})

    reader = Manifest("t", _secret_reader("pull", "raw"))
    assert _reference_rules([producer(namespaces=["demo"]), reader]) == []
    assert _reference_rules([producer(namespaceSelectors=[{"matchLabels": {"team": "a"}}]), reader]) == []
    assert _reference_rules([producer(namespaces=["other"]), reader]) == [("dangling-secret", "spec.containers[0].env[0].valueFrom.secretKeyRef.name")]
    assert _reference_rules([producer(namespaces=["demo"]), Manifest("t", _secret_reader("pull", "nope"))]) == [
        ("missing-key", "spec.containers[0].env[0].valueFrom.secretKeyRef.key")]


def test_a_secret_written_without_data_is_a_placeholder_with_any_keys_and_a_config_map_is_not():
    def empty(kind: str) -> Manifest:
        return Manifest("t", {"apiVersion": "v1", "kind": kind, "metadata": {"name": "webhook-cert", "namespace": "demo"}})

    assert _rules([empty("Secret"), Manifest("t", _secret_reader("webhook-cert", "tls.crt"))]) == []
    reader = _pod("demo")
    reader["spec"]["containers"][0]["env"] = [{"name": "V", "valueFrom": {"configMapKeyRef": {"name": "webhook-cert", "key": "k"}}}]
    assert _rules([empty("ConfigMap"), Manifest("t", reader)]) == [("missing-key", "spec.containers[0].env[0].valueFrom.configMapKeyRef.key")]


def test_a_cluster_part_is_a_cluster_of_its_own():
    """Objects for a cluster the target creates (dist/<target>/<part>/) cannot use the target's own objects."""
    account = {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "runner", "namespace": "demo"}}
    part = dict(folder="mlops-gcp/kfp-cluster", destination="kfp")
    pod_in_part = Manifest("mlops-gcp", _pod("demo", serviceAccountName="runner"), **part)
    [finding] = run_checks([Manifest("mlops-gcp", account), pod_in_part]).findings
    assert (finding.rule, finding.path) == ("dangling-service-account", "spec.serviceAccountName")
    assert "not in target mlops-gcp (cluster part mlops-gcp/kfp-cluster)" in finding.message
    assert run_checks([Manifest("mlops-gcp", account, **part), pod_in_part]).findings == []


def test_gateway_with_an_empty_selector_reads_its_credential_in_istio_system():
    gateway = {"apiVersion": "networking.istio.io/v1beta1", "kind": "Gateway", "metadata": {"name": "g", "namespace": "demo"},
               "spec": {"selector": {}, "servers": [{"port": {"number": 443, "name": "https", "protocol": "HTTPS"},
                                                     "hosts": ["*"], "tls": {"mode": "SIMPLE", "credentialName": "tls"}}]}}
    labelled = _pod("demo")
    labelled["metadata"]["labels"] = {"app": "web"}
    [finding] = run_checks([Manifest("t", gateway), Manifest("t", labelled)]).findings
    assert finding.rule == "dangling-gateway-credential" and "Secret istio-system/tls" in finding.message


def test_kfp_cache_deployer_writes_the_cache_webhooks_secret():
    """KFP's cache-server mounts webhook-server-tls, which the cache deployer writes at install time: known by rule
    from the deployer's Deployment, and dangling without it."""
    def deployment(name, pod_spec):
        return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name, "namespace": "kubeflow"},
                "spec": {"selector": {"matchLabels": {"app": name}}, "template": {
                    "metadata": {"labels": {"app": name}}, "spec": pod_spec}}}
    server = deployment("cache-server", {"containers": [{"name": "server", "image": "example.com/cache:2.5.0"}],
                                         "volumes": [{"name": "certs", "secret": {"secretName": "webhook-server-tls"}}]})
    deployer = deployment("cache-deployer-deployment", {"containers": [{"name": "deployer", "image": "example.com/d:2.5.0"}]})
    assert [rule for rule, _ in _rules([Manifest("t", server)]) if rule.startswith("dangling")] == ["dangling-secret"]
    assert [rule for rule, _ in _rules([Manifest("t", server), Manifest("t", deployer)]) if rule.startswith("dangling")] == []
