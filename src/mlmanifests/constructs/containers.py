"""Container fields every chart builds the same way: resource requirements, environment from a Secret."""

from __future__ import annotations

from cdk8s_plus_37 import k8s


def resource_requirements(block: dict[str, dict[str, str]]) -> k8s.ResourceRequirements:
    """`{"requests": {...}, "limits": {...}}` (quantities as strings) as the typed core struct."""

    def quantities(values: dict[str, str] | None):
        return {name: k8s.Quantity.from_string(value) for name, value in values.items()} if values else None

    return k8s.ResourceRequirements(limits=quantities(block.get("limits")), requests=quantities(block.get("requests")))


def env_from_secret(env: str, secret: str, key: str) -> k8s.EnvVar:
    """Environment variable `env` read from key `key` of Secret `secret` (a reference: the value stays in the cluster)."""
    return k8s.EnvVar(name=env, value_from=k8s.EnvVarSource(secret_key_ref=k8s.SecretKeySelector(name=secret, key=key)))
