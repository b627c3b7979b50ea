"""RestrictedWorkload, PodSecurity and Exemption: the restricted contexts they write, the exemption annotation the
real checks accept, and the findings the same pod gets without them. NodeGroup: tolerations derived from taints."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from cdk8s import App, Chart
from cdk8s_plus_37 import k8s

from mlmanifests import (
    Exemption,
    GpuPool,
    Manifest,
    NodeGroup,
    PodSecurity,
    RestrictedContainer,
    RestrictedWorkload,
    Taint,
    run_checks,
)
from mlmanifests.checks.security import SECURITY_RULES

IMAGE = "registry.example.com/web:1.0"
REQUESTS = k8s.ResourceRequirements(requests={"cpu": k8s.Quantity.from_string("100m"),
                                              "memory": k8s.Quantity.from_string("64Mi")})
RESTRICTED_CONTAINER = {
    "allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}, "privileged": False,
    "readOnlyRootFilesystem": True, "runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"},
}


def synth(**props: Any) -> dict[str, Any]:
    """The one object a RestrictedWorkload with these props (over a small Deployment's) writes."""
    chart = Chart(App(), "test", disable_resource_name_hashes=True)
    defaults: dict[str, Any] = dict(kind="Deployment", name="web", namespace="team", labels={"app": "web"},
                                    security=PodSecurity(run_as_user=1000),
                                    containers=[RestrictedContainer(name="web", image=IMAGE, resources=REQUESTS)])
    RestrictedWorkload(chart, "web", **{**defaults, **props})
    (body,) = chart.to_json()
    return body


def security_findings(body: dict[str, Any]) -> list[tuple[str, str]]:
    report = run_checks([Manifest("test", body)])
    return sorted((f.rule, f.path) for f in report.findings if f.rule in SECURITY_RULES)


def test_a_deployment_gets_the_restricted_contexts_labels_selector_and_no_token_and_passes_the_checks():
    assert synth() == {
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"labels": {"app": "web"}, "name": "web", "namespace": "team"},
        "spec": {
            "selector": {"matchLabels": {"app": "web"}},
            "template": {"metadata": {"labels": {"app": "web"}}, "spec": {
                "automountServiceAccountToken": False,
                "containers": [{"image": IMAGE, "name": "web", "resources": {"requests": {"cpu": "100m", "memory": "64Mi"}},
                                "securityContext": RESTRICTED_CONTAINER}],
                "securityContext": {"fsGroup": 1000, "runAsGroup": 1000, "runAsNonRoot": True, "runAsUser": 1000,
                                    "seccompProfile": {"type": "RuntimeDefault"}},
            }},
        },
    }
    assert run_checks([Manifest("test", synth())]).findings == []


def test_the_same_pod_spec_written_without_the_construct_gets_the_restricted_findings():
    body = synth()
    spec = body["spec"]["template"]["spec"]
    del spec["securityContext"], spec["containers"][0]["securityContext"]
    containers = "spec.template.spec.containers[0].securityContext"
    assert security_findings(body) == [
        ("pss-capabilities", f"{containers}.capabilities.drop"),
        ("pss-privilege-escalation", f"{containers}.allowPrivilegeEscalation"),
        ("pss-run-as-non-root", "spec.template.spec.securityContext.runAsNonRoot"),
        ("pss-seccomp", "spec.template.spec.securityContext.seccompProfile"),
    ]


def test_an_exemption_relaxes_only_its_rule_writes_the_annotation_the_checks_read_and_is_listed():
    security = PodSecurity(run_as_user=None, exemptions=(Exemption("pss-run-as-non-root", "the image runs as root"),))
    body = synth(kind="Job", labels=None, security=security, containers=[
        RestrictedContainer(name="root", image=IMAGE, resources=REQUESTS, read_only_root_filesystem=None),
        RestrictedContainer(name="sidecar", image=IMAGE, resources=REQUESTS, run_as_user=65532),
    ])
    assert body["metadata"] == {"annotations": {"exempt.mlmanifests.dev/pss-run-as-non-root": "the image runs as root"},
                                "name": "web", "namespace": "team"}
    spec = body["spec"]["template"]["spec"]
    assert "metadata" not in body["spec"]["template"] and spec["restartPolicy"] == "Never"
    assert spec["securityContext"] == {"seccompProfile": {"type": "RuntimeDefault"}}
    root, sidecar = (container["securityContext"] for container in spec["containers"])
    assert root == {key: value for key, value in RESTRICTED_CONTAINER.items()
                    if key not in ("readOnlyRootFilesystem", "runAsNonRoot")}
    assert sidecar == {**RESTRICTED_CONTAINER, "runAsUser": 65532}

    report = run_checks([Manifest("test", body)])
    assert report.findings == []
    assert [(e.rule, e.reason) for e in report.exemptions] == [("pss-run-as-non-root", "the image runs as root")]
    without = copy.deepcopy(body)
    del without["metadata"]["annotations"]
    assert [rule for rule, _ in security_findings(without)] == ["pss-run-as-non-root"]


def test_unconfined_seccomp_is_written_only_with_its_exemption():
    security = PodSecurity(1000, seccomp="Unconfined", exemptions=(Exemption("pss-seccomp", "ROCm needs it"),))
    body = synth(kind="Pod", security=security)
    assert body["spec"]["securityContext"]["seccompProfile"] == {"type": "Unconfined"}
    assert body["spec"]["containers"][0]["securityContext"]["seccompProfile"] == {"type": "Unconfined"}
    assert run_checks([Manifest("test", body)]).findings == []
    with pytest.raises(ValueError, match="pss-seccomp"):
        PodSecurity(1000, seccomp="Unconfined")


@pytest.mark.parametrize(("build", "message"), [
    (lambda: Exemption("pss-typo", "why"), "no exemptible rule 'pss-typo'"),
    (lambda: Exemption("pss-host-path", " "), "needs its reason"),
    (lambda: PodSecurity(run_as_user=None), "may run as root"),
    (lambda: PodSecurity(1000, exemptions=(Exemption("pss-run-as-non-root", "why"),)), "and only then"),
    (lambda: PodSecurity(0), "non-root"),
    (lambda: synth(kind="Job", replicas=2), "replicas: for a Deployment, not a Job"),
    (lambda: synth(nodes=NodeGroup(), tolerations=[]), "pass nodes, or node_selector/tolerations"),
    (lambda: synth(labels=None), "selects its pods by their labels"),
    (lambda: synth(kind="DaemonSet", labels=None, selector_labels={"app": "web"}), "selects its pods by their labels"),
    (lambda: synth(selector_labels={"app": "other"}), "not among labels"),
    (lambda: synth(kind="Job", selector_labels={"app": "web"}), "for a Deployment or DaemonSet, not a Job"),
    (lambda: synth(kind="Job", restart_policy="Always"), "a Job's pods take OnFailure or Never"),
    (lambda: synth(restart_policy="Never"), "a Deployment's pods take Always"),
    (lambda: synth(annotations={"exempt.mlmanifests.dev/pss-privileged": "x"}), "declare exemptions as PodSecurity"),
])
def test_what_restricted_cannot_mean_is_refused_with_the_fix(build, message):
    with pytest.raises(ValueError, match=message):
        build()


def test_a_node_group_gives_exactly_the_tolerations_of_its_taints_and_its_labels_as_node_selector():
    nodes = NodeGroup(labels={"pool": "gpu"}, taints=[Taint(key="nvidia.com/gpu", value="true"),
                                                      Taint(key="dedicated", effect="NoExecute")])
    spec = synth(nodes=nodes)["spec"]["template"]["spec"]
    assert spec["nodeSelector"] == {"pool": "gpu"}
    assert spec["tolerations"] == [{"effect": "NoSchedule", "key": "nvidia.com/gpu", "operator": "Equal", "value": "true"},
                                   {"effect": "NoExecute", "key": "dedicated", "operator": "Exists"}]
    pool = GpuPool(name="gpu", taints=tuple(nodes.taints))
    assert pool.tolerations() == nodes.tolerations() and pool.node_selector() == {"karpenter.sh/nodepool": "gpu"}


def test_the_json_form_for_upstream_patches_is_what_the_construct_writes():
    body = synth()
    spec = body["spec"]["template"]["spec"]
    security = PodSecurity(run_as_user=1000)
    assert security.pod_context_json() == spec["securityContext"]
    assert security.container_context_json() == spec["containers"][0]["securityContext"]


def test_init_containers_are_held_to_the_same_contexts_and_low_ports_add_only_net_bind_service():
    body = synth(init_containers=[RestrictedContainer(name="setup", image=IMAGE, resources=REQUESTS)],
                 containers=[RestrictedContainer(name="web", image=IMAGE, resources=REQUESTS, bind_low_ports=True,
                                                 ports=[k8s.ContainerPort(container_port=80)],
                                                 readiness_probe=k8s.Probe(tcp_socket=k8s.TcpSocketAction(
                                                     port=k8s.IntOrString.from_number(80))))])
    spec = body["spec"]["template"]["spec"]
    assert spec["initContainers"][0]["securityContext"] == RESTRICTED_CONTAINER
    assert spec["containers"][0]["securityContext"]["capabilities"] == {"add": ["NET_BIND_SERVICE"], "drop": ["ALL"]}
    assert security_findings(body) == []
