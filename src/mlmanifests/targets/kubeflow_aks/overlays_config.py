"""The `kubeflow` block of the `kubeflow-aks` section: Kubeflow from a pinned upstream release, with the seed's
changes applied to it as patches (MinIO as an Azure Blob gateway, TLS on the ingress gateway, Entra ID login, the
registration flow) and a few added objects (the ingress Certificate, the GPU PodDefault, ExternalSecrets).

    kubeflow:
      upstream: kubeflow-1-8     # a release in the top-level `upstreams` section
      host: kubeflow.example.com
      ...
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from mlmanifests.targets.prerequisites import Prerequisite

from mlmanifests.config.types import ObjectName, PinnedImage, SecretSource, StrictModel
from mlmanifests.config.upstreams import UpstreamRef, UpstreamSecrets

MINIO_ARTIFACT_SECRET = "mlpipeline-minio-artifact"
"""Kubeflow Pipelines reads the object store credentials from this Secret (keys accesskey, secretkey)."""
_UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"


class IssuerRef(StrictModel):
    """A cert-manager issuer, created outside this target and only referenced."""

    name: ObjectName = "kubeflow-self-signing-issuer"
    """Issuer name (default Kubeflow's self-signing ClusterIssuer, which the upstream release installs)."""
    kind: Literal["ClusterIssuer", "Issuer"] = "ClusterIssuer"
    """Issuer kind (default ClusterIssuer; an Issuer must be in the ingress gateway's namespace)."""


class TlsConfig(StrictModel):
    """HTTPS on the Istio ingress gateway: a cert-manager Certificate, served by `kubeflow-gateway`."""

    name: ObjectName = "kubeflow-ingressgateway-certs"
    """Name of the Certificate and of the Secret it writes (the Gateway's `credentialName`), in the ingress
    gateway's namespace (istio-system)."""
    ip_addresses: list[str] = Field(default_factory=list)
    """External IP(s) of the istio-ingressgateway Service."""
    dns_names: list[str] = Field(default_factory=list)
    """Host names (preferred over IPs when you have a domain)."""
    issuer: IssuerRef = Field(default_factory=IssuerRef)
    """The cert-manager issuer that signs it (default Kubeflow's self-signing ClusterIssuer)."""
    https_redirect: bool = True
    """Answer plain HTTP on port 80 with a redirect to HTTPS (default true)."""
    service_type: Literal["LoadBalancer", "NodePort", "ClusterIP"] = "LoadBalancer"
    """Type of the istio-ingressgateway Service (upstream: ClusterIP; default LoadBalancer, an Azure public IP)."""

    @model_validator(mode="after")
    def _has_subject(self) -> "TlsConfig":
        if not self.ip_addresses and not self.dns_names:
            raise ValueError("kubeflow.tls needs `ipAddresses` and/or `dnsNames`: the certificate must name the gateway")
        return self


class GpuPodDefaultConfig(StrictModel):
    """A PodDefault that notebooks opt into to run on the GPU pool."""

    name: ObjectName = "gpu-toleration"
    """Name of the PodDefault and of the label notebooks set to 'true' to opt in (default gpu-toleration)."""
    namespace: ObjectName = "kubeflow-user-example-com"
    """The Kubeflow profile (user) namespace it is offered in."""
    description: str = "utilize GPU nodepool"
    """Text the notebook form shows for it."""


class ArtifactStoreConfig(StrictModel):
    """Upstream's MinIO, patched into an Azure Blob Storage gateway serving Kubeflow Pipelines' artifact API."""

    image: PinnedImage = "minio/minio:RELEASE.2022-04-29T01-27-09Z"
    """MinIO image. Gateway mode was removed from MinIO after this release (the default), the last that has it."""
    credentials: SecretSource
    """The `mlpipeline-minio-artifact` Secret: `accesskey` = storage account name, `secretkey` = its key."""

    @model_validator(mode="after")
    def _keys(self) -> "ArtifactStoreConfig":
        existing = self.credentials.existing_secret
        if existing is not None and existing != MINIO_ARTIFACT_SECRET:
            raise ValueError(f"kubeflow.artifactStore.credentials.existingSecret is {existing!r}, but Kubeflow Pipelines "
                             f"reads the artifact credentials from the Secret {MINIO_ARTIFACT_SECRET!r}; name it so")
        missing = {"accesskey", "secretkey"} - set(self.credentials.remote_keys)
        if self.credentials.store is not None and missing:
            raise ValueError(f"kubeflow.artifactStore.credentials.remoteKeys must map {', '.join(sorted(missing))} "
                             "(accesskey = storage account name, secretkey = storage account key)")
        return self


class OidcAuthserviceConfig(StrictModel):
    """Upstream's oidc-authservice (Kubeflow <= 1.8), patched to log users in through Entra ID."""

    tenant_id: str = Field(pattern=_UUID)
    """Entra ID tenant id; the provider and authorize URLs are built from it."""
    image: PinnedImage | None = None
    """oidc-authservice image; default: the release's own (v1.8.1: docker.io/kubeflowmanifestswg/oidc-authservice:
    e236439). Set it to a copy in your registry (e.g. an ACR mirror)."""
    scopes: list[str] = Field(default_factory=lambda: ["profile", "email"])
    """OIDC scopes requested (OIDC_SCOPES; default profile, email as in the seed)."""
    userid_header: str = "kubeflow-userid"
    """Header carrying the user id to Kubeflow (USERID_HEADER)."""
    userid_prefix: str = ""
    """Prefix stripped from the user id (USERID_PREFIX; default none)."""
    userid_claim: str = "email"
    """ID-token claim used as the user id (USERID_CLAIM; default email)."""
    skip_auth_urls: list[str] = Field(default_factory=lambda: ["/dex"])
    """Path prefixes served without login (SKIP_AUTH_URLS; default /dex as in the seed)."""
    after_logout_url: str = "/"
    """Where users land after logout (AFTER_LOGOUT_URL; default /, as upstream)."""
    client_credentials: SecretSource
    """The `oidc-authservice-client` Secret with keys CLIENT_ID and CLIENT_SECRET (the app registration)."""

    @model_validator(mode="after")
    def _keys(self) -> "OidcAuthserviceConfig":
        missing = {"CLIENT_ID", "CLIENT_SECRET"} - set(self.client_credentials.remote_keys)
        if self.client_credentials.store is not None and missing:
            raise ValueError(f"kubeflow.oidcAuthservice.clientCredentials.remoteKeys must map {', '.join(sorted(missing))}")
        return self


class Oauth2ProxyConfig(StrictModel):
    """Upstream's oauth2-proxy (Kubeflow >= 1.9), configured to log users in through Entra ID."""

    tenant_id: str = Field(pattern=_UUID)
    """Entra ID tenant id; the issuer URL is built from it."""
    client_id: str = Field(pattern=_UUID)
    """Application (client) id of the app registration. Not a secret (it travels in every login redirect); Istio
    accepts only tokens issued to it."""
    scopes: list[str] = Field(default_factory=lambda: ["openid", "profile", "email", "offline_access"])
    """Scopes requested; offline_access gives the refresh token that renews the 1-hour Entra ID token."""
    cookie_refresh: str = Field(default="30m", pattern=r"^([0-9]+(s|m|h))+$")
    """How often the session's token is refreshed; below the ID token lifetime, so Istio never sees it expire."""
    email_domains: list[str] = Field(default_factory=lambda: ["*"])
    """Email domains allowed to log in ('*' for any user of the tenant)."""
    userid_claim: str = "email"
    """JWT claim Istio copies into the kubeflow-userid header."""
    credentials: SecretSource
    """The `oauth2-proxy` Secret's client-secret and cookie-secret (32 random bytes, base64)."""

    @model_validator(mode="after")
    def _keys(self) -> "Oauth2ProxyConfig":
        missing = {"client-secret", "cookie-secret"} - set(self.credentials.remote_keys)
        if self.credentials.store is not None and missing:
            raise ValueError(f"kubeflow.oauth2Proxy.credentials.remoteKeys must map {', '.join(sorted(missing))}")
        return self


class CentralDashboardConfig(StrictModel):
    """The central dashboard Deployment's settings."""

    registration_flow: bool = True
    """Offer new users to create their profile at first login (the Deployment's REGISTRATION_FLOW)."""


class KubeflowOverlaysConfig(UpstreamRef):
    """Kubeflow from the pinned release `upstream`, changed by patches (never replaced object by object)."""

    upstream: str = "kubeflow-1-8"
    """The Kubeflow release (a name in the top-level `upstreams` section; default kubeflow-1-8, the seed's era)."""
    host: str = Field(pattern=r"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$")
    """Host users reach Kubeflow at; the login redirect URL is built from it."""
    auth: Literal["oidc-authservice", "oauth2-proxy"] | None = None
    """The login component; default the release's (v1.8.1 oidc-authservice, v1.10.2 oauth2-proxy), and it must
    be the release's: each release wires only its own."""
    artifact_store: ArtifactStoreConfig
    """MinIO as an Azure Blob gateway and its credentials."""
    tls: TlsConfig
    """HTTPS on the ingress gateway."""
    gpu_pod_default: GpuPodDefaultConfig = Field(default_factory=GpuPodDefaultConfig)
    """The GPU PodDefault (tolerations derived from `gpu.pool`)."""
    oidc_authservice: OidcAuthserviceConfig | None = None
    """Required with a release whose login is oidc-authservice."""
    oauth2_proxy: Oauth2ProxyConfig | None = None
    """Required with a release whose login is oauth2-proxy."""
    central_dashboard: CentralDashboardConfig = Field(default_factory=CentralDashboardConfig)
    """The central dashboard's settings."""
    secrets: UpstreamSecrets
    """Where the other Secrets upstream ships with demo values come from (an ExternalSecret each)."""

    def check_release(self, field_path: str) -> None:
        release = self.source.kubeflow
        auth = self.auth or release.auth
        if auth != release.auth:
            raise ValueError(f"{field_path}.auth is {auth}, but Kubeflow {release.tag} ships {release.auth}; "
                             f"use auth: {release.auth} or another release")
        if auth == "oidc-authservice" and self.oidc_authservice is None:
            raise ValueError(f"Kubeflow {release.tag} logs in through oidc-authservice: set {field_path}.oidcAuthservice")
        if auth == "oauth2-proxy" and self.oauth2_proxy is None:
            raise ValueError(f"Kubeflow {release.tag} logs in through oauth2-proxy: set {field_path}.oauth2Proxy")

    def prerequisites(self) -> list[Prerequisite]:
        """What the composed Kubeflow needs before it is applied."""
        store = self.secrets.store
        return [
            Prerequisite(
                "External Secrets Operator", ">= 0.16 (serves external-secrets.io/v1)",
                f"every Secret upstream ships with demo values is an ExternalSecret; with {store.kind} {store.name} "
                f"(Azure Key Vault, workload identity) holding `{self.secrets.remote_key_prefix}<Secret name>` JSON "
                "secrets, and the artifact and login credentials under the keys the config names",
            ),
            Prerequisite(
                "Entra ID app registration", "",
                f"with the redirect URI https://{self.host}/"
                + ("authservice/oidc/callback" if (self.auth or self.source.kubeflow.auth) == "oidc-authservice"
                   else "oauth2/callback") + "; login goes through it",
            ),
            Prerequisite(f"An Azure Storage account for the artifacts (its name and key in {MINIO_ARTIFACT_SECRET})", "",
                         "MinIO's Azure gateway serves KFP's S3 API from it"),
        ]

    def secret_sources(self) -> dict[str, SecretSource]:
        """The configured source of each upstream Secret this block names."""
        sources = {**self.secrets.sources, MINIO_ARTIFACT_SECRET: self.artifact_store.credentials}
        if self.oidc_authservice is not None:
            sources["oidc-authservice-client"] = self.oidc_authservice.client_credentials
        if self.oauth2_proxy is not None:
            sources["oauth2-proxy"] = self.oauth2_proxy.credentials
        return sources
