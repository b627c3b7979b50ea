"""Pod Security Standards "restricted" settings, so a chart never spells them by hand.

`PodSecurity` is how one pod meets the restricted profile (the user it runs as, its seccomp profile) and where it
may not: its `Exemption`s, typed values that both relax exactly the settings they name and write the one annotation
our checks read (`exempt.mlmanifests.dev/<rule>: <reason>`, manifests.EXEMPTION_PREFIX). A `RestrictedWorkload`
(constructs/restricted_workload.py) applies it to a pod template; patches on upstream objects take its JSON form.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from cdk8s_plus_37 import k8s

from mlmanifests.manifests import EXEMPTION_PREFIX

Seccomp = Literal["RuntimeDefault", "Unconfined"]
"""A seccomp profile type: RuntimeDefault (restricted), or Unconfined (breaks restricted: declare pss-seccomp)."""

RUN_AS_NON_ROOT_RULE = "pss-run-as-non-root"
SECCOMP_RULE = "pss-seccomp"


@dataclass(frozen=True)
class Exemption:
    """One rule of our checks that an object may break, and why.

    Written on the object as the annotation `exempt.mlmanifests.dev/<rule>: <reason>`, where `run_checks` reads it:
    the finding is dropped and the exemption listed, with its reason, in the report."""

    rule: str
    """The rule id, e.g. `pss-host-path`; one the checks let an object be exempted from (checks.security.EXEMPTIBLE_RULES)."""
    reason: str
    """Why this object needs it, in one line, for whoever reads the report or the object."""

    def __post_init__(self) -> None:
        from mlmanifests.checks.security import EXEMPTIBLE_RULES  # the checks own the list of rules

        if self.rule not in EXEMPTIBLE_RULES:
            raise ValueError(f"no exemptible rule {self.rule!r}; exemptible rules: {', '.join(sorted(EXEMPTIBLE_RULES))}")
        if not self.reason.strip() or "\n" in self.reason:
            raise ValueError(f"the exemption from {self.rule} needs its reason, in one line")

    @property
    def annotation(self) -> tuple[str, str]:
        """(key, value) of the annotation that declares it."""
        return f"{EXEMPTION_PREFIX}{self.rule}", self.reason


def exemption_annotations(exemptions: Iterable[Exemption]) -> dict[str, str]:
    """The annotations declaring `exemptions`, for an object's metadata."""
    return dict(exemption.annotation for exemption in exemptions)


@dataclass(frozen=True)
class PodSecurity:
    """How one pod meets the "restricted" Pod Security Standard, and the exemptions it declares where it does not."""

    run_as_user: int | None
    """Non-root user (and group) id the pod runs as. None keeps the image's user, which may be root: only with an
    `Exemption("pss-run-as-non-root", reason)`."""
    fs_group: int | None = None
    """Group owning the pod's volumes. Default: `run_as_user` (none when that is None)."""
    seccomp: Seccomp = "RuntimeDefault"
    """Seccomp profile of the pod and each container. Default RuntimeDefault; Unconfined only with an
    `Exemption("pss-seccomp", reason)`."""
    exemptions: Sequence[Exemption] = ()
    """Rules the pod may break, each with its reason. Default none."""

    def __post_init__(self) -> None:
        rules = [exemption.rule for exemption in self.exemptions]
        if len(set(rules)) != len(rules):
            raise ValueError(f"exemptions name a rule twice: {', '.join(rules)}")
        if (self.run_as_user is None) != (RUN_AS_NON_ROOT_RULE in rules):
            raise ValueError("a pod with no run_as_user may run as root: give run_as_user, or declare "
                             f"Exemption({RUN_AS_NON_ROOT_RULE!r}, why) (and only then)")
        if (self.seccomp != "RuntimeDefault") != (SECCOMP_RULE in rules):
            raise ValueError(f"seccomp {self.seccomp} breaks restricted only with Exemption({SECCOMP_RULE!r}, why), "
                             "and RuntimeDefault needs none")
        for user in (self.run_as_user, self.fs_group):
            if user is not None and user < 1:
                raise ValueError(f"user and group ids must be non-root (>= 1), not {user}")

    def pod_context(self) -> k8s.PodSecurityContext:
        """The pod's security context: non-root as `run_as_user` (user, group and fsGroup) and the seccomp profile;
        the profile alone when exempt from pss-run-as-non-root."""
        if self.run_as_user is None:
            return k8s.PodSecurityContext(fs_group=self.fs_group, seccomp_profile=k8s.SeccompProfile(type=self.seccomp))
        return restricted_pod_security_context(self.run_as_user, self.fs_group, seccomp=self.seccomp)

    def container_context(self, *, read_only_root_filesystem: bool | None = True, run_as_user: int | None = None,
                          bind_low_ports: bool = False) -> k8s.SecurityContext:
        """A container's security context: no privilege escalation, every capability dropped, not privileged, the
        seccomp profile, and non-root unless the pod is exempt from pss-run-as-non-root.

        `read_only_root_filesystem`: default True; None leaves it unset (writable). `run_as_user`: this container's
        own non-root user, e.g. a non-root container in a pod that is exempt; default the pod's. `bind_low_ports`:
        default False; True adds NET_BIND_SERVICE, which "restricted" allows."""
        if run_as_user is not None and run_as_user < 1:
            raise ValueError(f"a container's run_as_user must be non-root (>= 1), not {run_as_user}")
        non_root = self.run_as_user is not None or run_as_user is not None
        return _container_context(read_only_root_filesystem, non_root, run_as_user, self.seccomp, bind_low_ports)

    def annotations(self) -> dict[str, str]:
        """The annotations declaring the pod's exemptions, for the metadata of the object that holds it."""
        return exemption_annotations(self.exemptions)

    def pod_context_json(self) -> dict[str, Any]:
        """`pod_context()` as plain JSON (camelCase keys), for a patch on an upstream object."""
        spec = _json(k8s.PodSpec(containers=[k8s.Container(name="c")], security_context=self.pod_context()))
        return dict(spec["securityContext"])

    def container_context_json(self, *, read_only_root_filesystem: bool | None = True,
                               run_as_user: int | None = None) -> dict[str, Any]:
        """`container_context(...)` as plain JSON (camelCase keys), for a patch on an upstream object."""
        context = self.container_context(read_only_root_filesystem=read_only_root_filesystem, run_as_user=run_as_user)
        spec = _json(k8s.PodSpec(containers=[k8s.Container(name="c", security_context=context)]))
        return dict(spec["containers"][0]["securityContext"])


def restricted_pod_security_context(
    run_as_user: int, fs_group: int | None = None, *, seccomp: str = "RuntimeDefault"
) -> k8s.PodSecurityContext:
    """A pod security context the "restricted" Pod Security Standard admits: non-root as `run_as_user` (user and
    group), `fs_group` (default: `run_as_user`), the `seccomp` profile (default RuntimeDefault; another, e.g.
    Unconfined, breaks "restricted": declare the pss-seccomp exemption)."""
    return k8s.PodSecurityContext(
        run_as_non_root=True,
        run_as_user=run_as_user,
        run_as_group=run_as_user,
        fs_group=fs_group if fs_group is not None else run_as_user,
        seccomp_profile=k8s.SeccompProfile(type=seccomp),
    )


def restricted_container_security_context(
    *, read_only_root_filesystem: bool = True, seccomp: str = "RuntimeDefault"
) -> k8s.SecurityContext:
    """A container security context the "restricted" Pod Security Standard admits: no privilege escalation, every
    capability dropped, not privileged, non-root, the `seccomp` profile (default RuntimeDefault);
    `read_only_root_filesystem` default True."""
    return _container_context(read_only_root_filesystem, True, None, seccomp)


def _container_context(read_only_root_filesystem: bool | None, non_root: bool, run_as_user: int | None,
                       seccomp: str, bind_low_ports: bool = False) -> k8s.SecurityContext:
    return k8s.SecurityContext(
        allow_privilege_escalation=False,
        capabilities=k8s.Capabilities(drop=["ALL"], add=["NET_BIND_SERVICE"] if bind_low_ports else None),
        privileged=False,
        read_only_root_filesystem=read_only_root_filesystem,
        run_as_non_root=True if non_root else None,
        run_as_user=run_as_user,
        seccomp_profile=k8s.SeccompProfile(type=seccomp),
    )


@cache
def _scratch() -> Any:
    """A chart that is never synthesized, where a pod spec is rendered to JSON as cdk8s writes it."""
    from mlmanifests.kro.template import TemplateFactory

    return TemplateFactory()


def _json(spec: k8s.PodSpec) -> dict[str, Any]:
    pod: dict[str, Any] = _scratch().template(lambda scope, id: k8s.KubePod(scope, id, spec=spec))
    return dict(pod["spec"])
