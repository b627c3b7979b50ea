"""Pod Security Standards "restricted" settings, so a chart never spells them by hand."""

from __future__ import annotations

from cdk8s_plus_37 import k8s


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
    return k8s.SecurityContext(
        allow_privilege_escalation=False,
        capabilities=k8s.Capabilities(drop=["ALL"]),
        privileged=False,
        read_only_root_filesystem=read_only_root_filesystem,
        run_as_non_root=True,
        seccomp_profile=k8s.SeccompProfile(type=seccomp),
    )
