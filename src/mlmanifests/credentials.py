"""Credentials in free text (URLs, args, env values, annotations): found, named, never repeated.

The rules follow Yelp's detect-secrets 1.5.0 plugins (github.com/Yelp/detect-secrets, detect_secrets/plugins/):
basic_auth.py (a password in a URL's user info), aws.py (access key ids), github_token.py, gitlab_token.py,
slack.py, stripe.py, openai.py, sendgrid.py, pypi_token.py, npm.py, jwt.py and private_key.py (token formats), and
keyword.py's denylist (`password=`-style pairs). The patterns are written here rather than imported: the package
pulls in `requests` and costs a second at start-up, and its keyword rule depends on a file type that free text
has not. Its keyword rule also misses the command-line forms `--password hunter2` and `--token=…`, which are
the ones that reach a container's args, so the pair rule here reads those too.

A value that is a reference is not a credential: `$(VAR)` (Kubernetes expands it from the container's env,
which takes a secretKeyRef), `${VAR}`, or a flag that names a file or a Secret (`--password-file`, `--token-path`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class CredentialRule:
    name: str
    pattern: re.Pattern[str]


_RULES = (
    CredentialRule("a password in the URL (user:password@host)", re.compile(r"://[^{}\s/@:]+:([^{}\s/@]+)@")),
    CredentialRule("an AWS access key id", re.compile(r"(?<![A-Z0-9])(?:A3T[A-Z0-9]|ABIA|ACCA|AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])")),
    CredentialRule("a GitHub token", re.compile(r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{36}|\bgithub_pat_[A-Za-z0-9_]{22,}")),
    CredentialRule("a GitLab token", re.compile(r"\b(?:glpat|gldt|glft|glsoat|glrt)-[A-Za-z0-9_-]{20,50}(?!\w)")),
    CredentialRule("a Slack token", re.compile(r"\bxox(?:a|b|p|o|s|r)-(?:\d+-)+[a-z0-9]+", re.IGNORECASE)),
    CredentialRule("a Stripe key", re.compile(r"\b[rs]k_live_[0-9a-zA-Z]{24}")),
    CredentialRule("an OpenAI key", re.compile(r"\bsk-[A-Za-z0-9_-]*[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}")),
    CredentialRule("a SendGrid key", re.compile(r"\bSG\.[a-zA-Z0-9_-]{22}\.[a-zA-Z0-9_-]{43}")),
    CredentialRule("a PyPI token", re.compile(r"\bpypi-AgE[A-Za-z0-9_-]{70,}")),
    CredentialRule("an npm token", re.compile(r"\bnpm_[A-Za-z0-9]{36}|:_authToken=\S+")),
    CredentialRule("a JSON Web Token", re.compile(r"\beyJ[A-Za-z0-9_=-]{8,}\.eyJ[A-Za-z0-9_=-]{8,}\.[A-Za-z0-9_.+/=-]*")),
    CredentialRule("a private key", re.compile(r"BEGIN (?:DSA |EC |OPENSSH |RSA |PGP |SSH2 ENCRYPTED )?PRIVATE KEY")),
)

# keyword.py's DENYLIST, plus `token`, `credential` and `access_key`: a key that ends in one of these words.
_SECRET_WORDS = (r"api_?key|auth_?key|service_?key|account_?key|db_?key|database_?key|priv_?key|private_?key|"
                 r"client_?key|secret_?key|access_?key|db_?pass|database_?pass|key_?pass|password|passwd|pwd|"
                 r"secret|token|credentials?|contrase(?:ñ|n)a")
_PAIR = re.compile(
    rf"(?:^|[\s,;&?'\"])-{{0,2}}(?P<key>[A-Za-z0-9_.-]*?(?:{_SECRET_WORDS}))['\"]?\s*(?:[=:]|\s)\s*['\"]?(?P<value>[^\s'\",;&]+)",
    re.IGNORECASE,
)
_REFERENCE = re.compile(r"\$\([A-Za-z_][A-Za-z0-9_]*\)|\$\{[A-Za-z_][A-Za-z0-9_]*\}|<[^>]*>")
_NOT_A_VALUE = re.compile(r"-{1,2}[A-Za-z].*|true|false|null|none|yes|no|\*+", re.IGNORECASE)


def find_credential(text: str) -> str | None:
    """What kind of credential `text` holds (e.g. 'a GitHub token'), or None. Never the credential itself."""
    for rule in _RULES:
        if rule.pattern.search(text):
            return rule.name
    for match in _PAIR.finditer(text):
        value = match["value"]
        if _REFERENCE.fullmatch(value) or _NOT_A_VALUE.fullmatch(value):
            continue
        return f"a value for {match['key']!r}"
    return None


def credential_problem(text: str) -> str | None:
    """The sentence a config error gives for `text` holding a credential: what was found and the fix."""
    found = find_credential(text)
    if found is None:
        return None
    return (f"holds {found}, which would be written to dist/ and committed; put the credential in a Secret and refer "
            "to it (a container reads it through env valueFrom.secretKeyRef, and args say $(VAR)); a repository "
            "URL takes no credentials: Argo CD and Flux read them from their own repository Secrets")
