"""The config's JSON Schema as editors read it: ECMA-262 patterns and field titles a person would write.

yaml-language-server, VS Code and every JSON Schema validator outside Python compile `pattern` as an ECMA-262
regular expression (JSON Schema 2020-12, section 6.4 of the validation vocabulary), where Python's named group
`(?P<name>...)` is a syntax error; ECMAScript spells it `(?<name>...)`, which Python's `re` (and so Python's
jsonschema) rejects in turn. A schema needs no group names, so they become plain groups `(...)`, valid in both
dialects and matching the same strings. pydantic titles a field from its key
("gpuResourceName" -> "Gpuresourcename"); here the camelCase key becomes words ("GPU resource name").
"""

from __future__ import annotations

import re
from typing import Any

_ACRONYMS = {
    "aks": "AKS", "api": "API", "apis": "APIs", "cidr": "CIDR", "cpu": "CPU", "csi": "CSI", "dns": "DNS",
    "gcp": "GCP", "gcs": "GCS", "gke": "GKE", "gpu": "GPU", "gpus": "GPUs", "iap": "IAP", "id": "ID", "ip": "IP",
    "kcc": "KCC", "kfp": "KFP", "oci": "OCI", "oidc": "OIDC", "pvc": "PVC", "sql": "SQL", "tls": "TLS", "tpu": "TPU",
    "uri": "URI", "url": "URL", "argocd": "Argo CD", "mysql": "MySQL",
}
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+|[A-Z]")


_NAMED_GROUP = re.compile(r"\(\?P<[A-Za-z_][A-Za-z0-9_]*>")


def ecma_pattern(pattern: str) -> str:
    """A Python regular expression that ECMA-262 reads alike: named groups `(?P<n>...)` become `(...)`."""
    return _NAMED_GROUP.sub("(", pattern)


def field_title(key: str) -> str:
    """'gpuResourceName' -> 'GPU resource name', 'repoURL' -> 'Repo URL', 'kubeflow-aks' -> 'Kubeflow AKS'."""
    words = [word for part in re.split(r"[-_\s]+", key) for word in _WORD.findall(part)]
    shown = [_ACRONYMS.get(word.lower(), word if word.isupper() and len(word) > 1 else word.lower()) for word in words]
    text = " ".join(shown)
    return text[:1].upper() + text[1:]


def editor_schema(schema: Any) -> Any:
    """`schema` with ECMA-262 patterns and readable property titles, everywhere in it."""
    if isinstance(schema, list):
        return [editor_schema(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: editor_schema(value) for key, value in schema.items()}
    if isinstance(result.get("pattern"), str):
        result["pattern"] = ecma_pattern(result["pattern"])
    if isinstance(result.get("patternProperties"), dict):
        result["patternProperties"] = {ecma_pattern(k): v for k, v in result["patternProperties"].items()}
    if isinstance(schema.get("properties"), dict):
        result["properties"] = {
            key: {**value, "title": field_title(key)} if isinstance(value, dict) else value
            for key, value in result["properties"].items()
        }
    return result
