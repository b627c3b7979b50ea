"""Security profile of every pod template: Pod Security Standards *restricted*, plus pinned images, resource
requests and readiness probes on serving workloads.

An object may be exempted from a rule by an annotation `exempt.mlmanifests.dev/<rule>: "<reason>"`; `run_checks`
drops the exempted findings and lists the exemption in the report.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Iterable, Iterator

from mlmanifests.checks.findings import Finding, error, join_path, warning
from mlmanifests.checks.manifest_set import ManifestSet
from mlmanifests.checks.pod_templates import SERVING_KINDS, PodTemplate, pod_templates
from mlmanifests.manifests import Manifest, ObjectId

ALLOWED_VOLUME_TYPES = {"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"}
SECCOMP_ALLOWED = {"RuntimeDefault", "Localhost"}
APPARMOR_ALLOWED = {"RuntimeDefault", "Localhost"}
SELINUX_TYPES_ALLOWED = {"", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"}
SAFE_SYSCTLS = {
    "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
    "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports",
    "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
    "net.ipv4.tcp_keepalive_probes",
}
SECURITY_RULES = {
    "pss-privileged", "pss-host-namespaces", "pss-host-path", "pss-volume-type", "pss-host-port", "pss-capabilities",
    "pss-privilege-escalation", "pss-run-as-non-root", "pss-seccomp", "pss-proc-mount", "pss-sysctls",
    "pss-selinux", "pss-apparmor", "pss-host-process", "image-unpinned", "resource-requests", "readiness-probe",
}
"""Every rule this module reports."""
# Rules an object may be exempted from (security and scheduling judgements, not facts like a schema error).
EXEMPTIBLE_RULES = SECURITY_RULES | {"toleration-mismatch", "node-selector-mismatch"}


def check_security(manifests: ManifestSet) -> Iterator[Finding]:
    for template in pod_templates(manifests.manifests):
        yield from _pod_level(template)
        for path, container in template.containers():
            yield from _container_level(template, path, container)


def summarize_upstream(findings: Iterable[Finding], manifests: Iterable[Manifest]) -> list[Finding]:
    """Security findings on objects of an upstream component (`Manifest.origin`) as one warning per component and
    target: upstream's choices are not ours to hold to restricted, but they stay visible. Every other finding,
    including every security finding on our own objects, is kept as it is."""
    origin_of = {(m.target, m.id): m.origin for m in manifests if m.origin}
    kept: list[Finding] = []
    upstream: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in findings:
        origin = origin_of.get((finding.target, finding.object)) if finding.rule in SECURITY_RULES else None
        if origin:
            upstream[(finding.target, origin)].append(finding)
        else:
            kept.append(finding)
    for (target, origin), component_findings in sorted(upstream.items()):
        rules = Counter(finding.rule for finding in component_findings)
        objects = len({finding.object for finding in component_findings})
        counted = ", ".join(f"{rule} ×{count}" for rule, count in sorted(rules.items()))
        component = ObjectId("mlmanifests.dev", "UpstreamComponent", "", origin)  # the line stands for the component
        kept.append(Finding(
            "warning", "upstream-security", target, component, "",
            f"upstream component {origin}: {len(component_findings)} security findings on {objects} objects ({counted})",
            "upstream's own settings, not held to restricted; patch them in the overlay to tighten them, or raise it upstream"))
    return kept


def _pod_level(template: PodTemplate) -> Iterator[Finding]:
    spec, manifest = template.spec, template.manifest
    for flag in ("hostNetwork", "hostPID", "hostIPC"):
        if spec.get(flag) is True:
            yield error(manifest, "pss-host-namespaces", template.field(flag), f"{flag} shares the node's namespace",
                        f"remove {flag}, or declare an exemption with its reason")
    for path, volume in template.volumes():
        kinds = [key for key in volume if key != "name"]
        for kind in kinds:
            if kind == "hostPath":
                yield error(manifest, "pss-host-path", join_path(path, "hostPath"),
                            f"volume {volume.get('name')!r} mounts host path {(volume['hostPath'] or {}).get('path')!r}",
                            "use a CSI, emptyDir or PVC volume, or declare an exemption with its reason")
            elif kind not in ALLOWED_VOLUME_TYPES:
                yield error(manifest, "pss-volume-type", join_path(path, kind),
                            f"volume {volume.get('name')!r} is of type {kind}, not allowed by the restricted profile",
                            f"use one of {', '.join(sorted(ALLOWED_VOLUME_TYPES))}")
    pod_context = spec.get("securityContext") or {}
    containers = list(template.containers())
    if pod_context.get("runAsNonRoot") is not True and not all(
            (c.get("securityContext") or {}).get("runAsNonRoot") is True for _, c in containers):
        yield error(manifest, "pss-run-as-non-root", template.field("securityContext", "runAsNonRoot"),
                    "containers may run as root: runAsNonRoot is not true for the pod or every container",
                    "set securityContext.runAsNonRoot: true on the pod (and a non-zero runAsUser if the image has none)")
    if pod_context.get("runAsUser") == 0:
        yield error(manifest, "pss-run-as-non-root", template.field("securityContext", "runAsUser"), "runAsUser is 0 (root)",
                    "use a non-zero user id")
    for index, sysctl in enumerate(pod_context.get("sysctls") or []):
        name = (sysctl or {}).get("name")
        if name not in SAFE_SYSCTLS:
            yield error(manifest, "pss-sysctls", template.field("securityContext", "sysctls", index, "name"),
                        f"sysctl {name} is not in the safe set", "drop it, or set it on the node instead")
    yield from _context_options(template, template.field("securityContext"), pod_context, "the pod")
    pod_seccomp = (pod_context.get("seccompProfile") or {}).get("type")
    if pod_seccomp is not None and pod_seccomp not in SECCOMP_ALLOWED:
        yield error(manifest, "pss-seccomp", template.field("securityContext", "seccompProfile", "type"),
                    f"seccomp profile {pod_seccomp} is not allowed", "use RuntimeDefault")
    elif pod_seccomp is None and not all(
            ((c.get("securityContext") or {}).get("seccompProfile") or {}).get("type") in SECCOMP_ALLOWED for _, c in containers):
        yield error(manifest, "pss-seccomp", template.field("securityContext", "seccompProfile"),
                    "no seccomp profile: neither the pod nor every container sets RuntimeDefault or Localhost",
                    "set securityContext.seccompProfile.type: RuntimeDefault on the pod")


def _container_level(template: PodTemplate, path: str, container: dict[str, Any]) -> Iterator[Finding]:
    manifest = template.manifest
    name = container.get("name", "?")
    context = container.get("securityContext") or {}
    if context.get("privileged") is True:
        yield error(manifest, "pss-privileged", join_path(path, "securityContext", "privileged"),
                    f"container {name} is privileged", "remove privileged, or declare an exemption with its reason")
    if context.get("allowPrivilegeEscalation") is not False:
        yield error(manifest, "pss-privilege-escalation", join_path(path, "securityContext", "allowPrivilegeEscalation"),
                    f"container {name} does not set allowPrivilegeEscalation: false", "set allowPrivilegeEscalation: false")
    capabilities = context.get("capabilities") or {}
    if "ALL" not in (capabilities.get("drop") or []):
        yield error(manifest, "pss-capabilities", join_path(path, "securityContext", "capabilities", "drop"),
                    f"container {name} does not drop ALL capabilities", "set capabilities.drop: [ALL]")
    added = [c for c in capabilities.get("add") or [] if c != "NET_BIND_SERVICE"]
    if added:
        yield error(manifest, "pss-capabilities", join_path(path, "securityContext", "capabilities", "add"),
                    f"container {name} adds capabilities {', '.join(map(str, added))}", "add at most NET_BIND_SERVICE")
    if context.get("runAsUser") == 0:
        yield error(manifest, "pss-run-as-non-root", join_path(path, "securityContext", "runAsUser"),
                    f"container {name} runs as user 0 (root)", "use a non-zero user id")
    if context.get("runAsNonRoot") is False:
        yield error(manifest, "pss-run-as-non-root", join_path(path, "securityContext", "runAsNonRoot"),
                    f"container {name} sets runAsNonRoot: false", "set runAsNonRoot: true")
    seccomp = (context.get("seccompProfile") or {}).get("type")
    if seccomp is not None and seccomp not in SECCOMP_ALLOWED:
        yield error(manifest, "pss-seccomp", join_path(path, "securityContext", "seccompProfile", "type"),
                    f"container {name} uses seccomp profile {seccomp}", "use RuntimeDefault")
    if context.get("procMount") not in (None, "Default"):
        yield error(manifest, "pss-proc-mount", join_path(path, "securityContext", "procMount"),
                    f"container {name} unmasks /proc", "remove procMount")
    yield from _context_options(template, join_path(path, "securityContext"), context, f"container {name}")
    for index, port in enumerate(container.get("ports") or []):
        if isinstance(port, dict) and port.get("hostPort"):
            yield error(manifest, "pss-host-port", join_path(path, "ports", index, "hostPort"),
                        f"container {name} binds host port {port['hostPort']}", "expose it through a Service instead")
    yield from _workload_hygiene(template, path, container)


def _context_options(template: PodTemplate, path: str, context: dict[str, Any], who: str) -> Iterator[Finding]:
    """Baseline options a pod or a container security context may both set: SELinux, AppArmor, HostProcess."""
    manifest = template.manifest
    selinux = context.get("seLinuxOptions") or {}
    if selinux.get("type", "") not in SELINUX_TYPES_ALLOWED or selinux.get("user") or selinux.get("role"):
        yield error(manifest, "pss-selinux", join_path(path, "seLinuxOptions"),
                    f"{who} sets a custom SELinux user, role or type", "remove seLinuxOptions, or use type container_t")
    apparmor = (context.get("appArmorProfile") or {}).get("type")
    if apparmor is not None and apparmor not in APPARMOR_ALLOWED:
        yield error(manifest, "pss-apparmor", join_path(path, "appArmorProfile", "type"),
                    f"{who} runs with AppArmor profile {apparmor}", "use RuntimeDefault")
    if (context.get("windowsOptions") or {}).get("hostProcess") is True:
        yield error(manifest, "pss-host-process", join_path(path, "windowsOptions", "hostProcess"),
                    f"{who} is a Windows HostProcess", "remove hostProcess")


def _workload_hygiene(template: PodTemplate, path: str, container: dict[str, Any]) -> Iterator[Finding]:
    manifest = template.manifest
    name = container.get("name", "?")
    image = container.get("image")
    if isinstance(image, str) and not image_is_pinned(image):
        yield error(manifest, "image-unpinned", join_path(path, "image"),
                    f"image {image} is not pinned: {'latest' if image.endswith(':latest') else 'no'} tag",
                    "pin a version tag, or better a digest (@sha256:...)")
    if path.split(".")[-1].startswith("ephemeralContainers"):
        return
    requests = (container.get("resources") or {}).get("requests") or {}
    missing = [resource for resource in ("cpu", "memory") if resource not in requests]
    if missing:
        yield warning(manifest, "resource-requests", join_path(path, "resources", "requests"),
                      f"container {name} requests no {' or '.join(missing)}",
                      "set resources.requests so the scheduler and autoscaler can place it")
    is_app_container = ".containers[" in path
    if (manifest.group, manifest.kind) in SERVING_KINDS and is_app_container and container.get("ports") and not container.get("readinessProbe"):
        yield warning(manifest, "readiness-probe", join_path(path, "readinessProbe"),
                      f"container {name} serves ports but has no readiness probe",
                      "add a readinessProbe so traffic only reaches ready pods")


def image_is_pinned(image: str) -> bool:
    if "@" in image:
        return True
    last_segment = image.rsplit("/", 1)[-1]
    if ":" not in last_segment:
        return False
    return last_segment.rsplit(":", 1)[1] != "latest"
