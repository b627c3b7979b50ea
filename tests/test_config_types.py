"""The shared value types, each held against what the API server accepts (apimachinery validation.go,
resource.ParseQuantity), and the credential rules against text that must and must not be refused."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter, ValidationError

from mlmanifests.config.types import (
    ContainerPath, DnsLabel, Int32, LabelValue, ObjectName, PinnedImage, QualifiedName, Quantity, SingleLine, UserId,
)
from mlmanifests.credentials import find_credential


def accepts(kind, value) -> bool:
    try:
        TypeAdapter(kind).validate_python(value)
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize(("kind", "good", "bad"), [
    (DnsLabel, ["a", "team-a", "a" * 63, "0a"], ["a\n", "A", "-a", "a-", "a.b", "a" * 64, ""]),
    (ObjectName, ["a.b-c", ("a" * 63 + ".") * 3 + "a" * 61], ["a\n", "bad name!", "a..b", "a" * 254, "Bad_Name!"]),
    (QualifiedName, ["gpu", "nvidia.com/gpu", "a_b.c-d", "A"], ["bad key!", "/gpu", "Example.com/x", "a/", "a" * 64, "x\n"]),
    (LabelValue, ["", "true", "a_b.c-D"], ["a b", "-a", "a" * 64, "v\n"]),
    (Quantity, ["100m", "1", "1.5", "256Mi", "2Gi", "1e3", "0"], ["abc", "-5Gi", "1 Gi", "5GB", "1\n", ""]),
    (Int32, [0, 2**31 - 1, -(2**31)], [2**31, 10**20]),
    (UserId, [1, 1000, 2**31 - 1], [0, 99999999999]),
    (ContainerPath, ["/cache", "/a/b.c"], ["cache", "/cache/../../etc", "/a\n", "/.."]),
    (SingleLine, ["in-cluster", "a\tb"], ["a\nb", "a\rb", "a\x00b"]),
    (PinnedImage, ["quay.io/x/y:v1", "x@sha256:" + "a" * 64], ["quay.io/x/y:v1\n", "x/y", "x:latest"]),
])
def test_types_accept_what_the_api_server_accepts(kind, good, bad):
    assert [value for value in good if not accepts(kind, value)] == []
    assert [value for value in bad if accepts(kind, value)] == []


@pytest.mark.parametrize("text", [
    "https://x-access-token:ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8@github.com/o/r.git",
    "https://user:pw@example.com/x", "--password=hunter2", "--db-password hunter2", "--token sk-live-abc",
    "AKIAIOSFODNN7EXAMPLE", "api_key=abcd1234", "xoxb-1234-5678-abcdef", "-----BEGIN RSA PRIVATE KEY-----",
])
def test_credentials_are_found(text):
    assert find_credential(text) is not None


@pytest.mark.parametrize("text", [
    "https://github.com/example/ml-platform.git", "git@github.com:org/repo.git", "--max_steps 500",
    "--password=$(DB_PASSWORD)", "--password-file /secrets/pw", "--token-path /var/run/token", "--secret-name x",
    "--use-token true", "--tokenizer_path=/models/t",
])
def test_references_and_plain_args_are_not_credentials(text):
    assert find_credential(text) is None
