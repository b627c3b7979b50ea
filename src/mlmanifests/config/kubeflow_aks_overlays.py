"""The `kubeflow` block of the `kubeflow-aks` section: the changes the seed makes to a Kubeflow install.

MinIO as an Azure Blob gateway, the ingress certificate, the GPU PodDefault, the central dashboard's parameters
and login through Entra ID (oidc-authservice or oauth2-proxy); standalone objects, or patches of upstream's
bases when `upstream` points at a local kubeflow/manifests checkout.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from .types import DnsLabel, ObjectName, PinnedImage, SecretSource, StrictModel

MINIO_ARTIFACT_SECRET = "mlpipeline-minio-artifact"
"""Kubeflow Pipelines reads the object store credentials from this Secret (keys accesskey, secretkey)."""
_UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"


class IssuerRef(StrictModel):
    """A cert-manager issuer, created outside this target and only referenced."""

    name: ObjectName = "kubeflow-self-signing-issuer"
    """Issuer name (default Kubeflow's self-signing ClusterIssuer)."""
    kind: Literal["ClusterIssuer", "Issuer"] = "ClusterIssuer"
    """Issuer kind (default ClusterIssuer; an Issuer must be in the certificate's namespace)."""


class TlsConfig(StrictModel):
    """The cert-manager Certificate whose Secret the Istio ingress gateway serves."""

    name: ObjectName = "kubeflow-ingressgateway-certs"
    """Name of the Certificate and of the Secret it writes (the Gateway's credentialName)."""
    namespace: DnsLabel = "istio-system"
    """Namespace of the ingress gateway, where the Secret must be."""
    ip_addresses: list[str] = Field(default_factory=list)
    """External IP(s) of the istio-ingressgateway Service."""
    dns_names: list[str] = Field(default_factory=list)
    """Host names (preferred over IPs when you have a domain)."""
    issuer: IssuerRef = Field(default_factory=IssuerRef)
    """The cert-manager issuer that signs it (default Kubeflow's self-signing ClusterIssuer)."""

    @model_validator(mode="after")
    def _has_subject(self) -> "TlsConfig":
        if not self.ip_addresses and not self.dns_names:
            raise ValueError("kubeflow.tls needs `ipAddresses` and/or `dnsNames`: the certificate must name the gateway")
        return self


class GpuPodDefaultConfig(StrictModel):
    """A PodDefault that notebooks opt into to run on the GPU pool."""

    name: ObjectName = "gpu-toleration"
    """Name of the PodDefault and of the label notebooks set to 'true' to opt in (default gpu-toleration)."""
    namespace: DnsLabel = "kubeflow-user-example-com"
    """The Kubeflow profile (user) namespace it is offered in."""
    description: str = "utilize GPU nodepool"
    """Text the notebook form shows for it."""


class ArtifactStoreConfig(StrictModel):
    """MinIO as an Azure Blob Storage gateway, serving Kubeflow Pipelines' artifact API."""

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
    """oidc-authservice (Kubeflow <= 1.8) logging users in through Entra ID."""

    tenant_id: str = Field(pattern=_UUID)
    """Entra ID tenant id; the provider and authorize URLs are built from it."""
    image: PinnedImage = "gcr.io/arrikto/oidc-authservice:0c4ea9a"
    """The patched build the seed names (arrikto/oidc-authservice#117)."""
    scopes: list[str] = Field(default_factory=lambda: ["profile", "email"])
    """OIDC scopes requested (OIDC_SCOPES, comma-separated; default profile, email as in the seed)."""
    userid_header: str = "kubeflow-userid"
    """Header carrying the user id to Kubeflow (USERID_HEADER)."""
    userid_prefix: str = ""
    """Prefix stripped from the user id (USERID_PREFIX; default none)."""
    userid_claim: str = "email"
    """ID-token claim used as the user id (USERID_CLAIM; default email)."""
    skip_auth_urls: list[str] = Field(default_factory=lambda: ["/dex"])
    """Path prefixes served without login (SKIP_AUTH_URLS; default /dex as in the seed)."""
    after_logout_url: str = ""
    """Where users land after logout (AFTER_LOGOUT_URL; default empty, as in the seed)."""
    client_credentials: SecretSource
    """The `oidc-authservice-client` Secret with keys CLIENT_ID and CLIENT_SECRET (the app registration)."""
    storage_size: str = "10Gi"
    """Size of the session store PVC."""

    @model_validator(mode="after")
    def _keys(self) -> "OidcAuthserviceConfig":
        missing = {"CLIENT_ID", "CLIENT_SECRET"} - set(self.client_credentials.remote_keys)
        if self.client_credentials.store is not None and missing:
            raise ValueError(f"kubeflow.oidcAuthservice.clientCredentials.remoteKeys must map {', '.join(sorted(missing))}")
        return self


class Oauth2ProxyConfig(StrictModel):
    """oauth2-proxy (Kubeflow >= 1.9) logging users in through Entra ID."""

    tenant_id: str = Field(pattern=_UUID)
    """Entra ID tenant id; the issuer URL is built from it."""
    client_id: str = Field(pattern=_UUID)
    """Application (client) id of the app registration. Not a secret (it travels in every login redirect); Istio
    accepts only tokens issued to it."""
    image: PinnedImage = "quay.io/oauth2-proxy/oauth2-proxy:v7.14.3"
    """oauth2-proxy image (default the release Kubeflow 26.03 pins)."""
    namespace: DnsLabel = "oauth2-proxy"
    """Namespace of oauth2-proxy (default oauth2-proxy, as upstream; created by the Kubeflow install)."""
    replicas: int = Field(default=2, ge=1)
    """Replicas of the oauth2-proxy Deployment (default 2)."""
    scopes: list[str] = Field(default_factory=lambda: ["openid", "profile", "email", "offline_access"])
    """Scopes requested; offline_access gives the refresh token that renews the 1-hour Entra ID token."""
    cookie_refresh: str = Field(default="30m", pattern=r"^([0-9]+(s|m|h))+$")
    """How often the session's token is refreshed; below the ID token lifetime, so Istio never sees it expire."""
    email_domains: list[str] = Field(default_factory=lambda: ["*"])
    """Email domains allowed to log in ('*' for any user of the tenant)."""
    userid_claim: str = "email"
    """JWT claim Istio copies into the kubeflow-userid header."""
    credentials: SecretSource
    """The `oauth2-proxy` Secret with keys client-secret and cookie-secret (32 random bytes, base64)."""

    @model_validator(mode="after")
    def _keys(self) -> "Oauth2ProxyConfig":
        missing = {"client-secret", "cookie-secret"} - set(self.credentials.remote_keys)
        if self.credentials.store is not None and missing:
            raise ValueError(f"kubeflow.oauth2Proxy.credentials.remoteKeys must map {', '.join(sorted(missing))}")
        return self


class CentralDashboardConfig(StrictModel):
    """The central dashboard's parameters ConfigMap (`centraldashboard-parameters`)."""

    registration_flow: bool = True
    """Offer new users to create their profile at first login (CD_REGISTRATION_FLOW)."""
    cluster_domain: str = "cluster.local"
    """Cluster DNS domain (CD_CLUSTER_DOMAIN)."""
    userid_header: str = "kubeflow-userid"
    """Header the dashboard reads the user from (CD_USERID_HEADER)."""
    userid_prefix: str = ""
    """Prefix stripped from the user id (CD_USERID_PREFIX)."""


class UpstreamManifestsConfig(StrictModel):
    """A local kubeflow/manifests checkout: its MinIO and auth bases are rendered in-process and the overlays'
    changes applied to them as patches, so everything else upstream ships in those bases stays."""

    path: str
    """Root of the checkout (a local folder; remote bases are not fetched)."""
    minio_base: str = "apps/pipeline/upstream/third-party/minio/base"
    """MinIO base, relative to `path` (default: the Kubeflow <= 1.10.1 layout; 1.10.2 moved it under applications/)."""
    oidc_authservice_base: str = "common/oidc-client/oidc-authservice/base"
    """oidc-authservice base, relative to `path` (Kubeflow <= 1.9.0). With `auth: oauth2-proxy` no auth base is
    rendered: upstream's oauth2-proxy layout changed between releases, so its objects are emitted standalone."""
    omit_kinds: list[str] = Field(default_factory=lambda: ["EnvoyFilter"])
    """Kinds of the rendered bases left out of the output because mlmanifests carries no CRD schema to check them
    (upstream's EnvoyFilter `authn-filter`); they stay as the upstream install created them."""

    def base_dir(self, relative: str) -> Path:
        return Path(self.path) / relative

    @model_validator(mode="after")
    def _bases_exist(self) -> "UpstreamManifestsConfig":
        if not Path(self.path).is_dir():
            raise ValueError(f"kubeflow.upstream.path {self.path!r} is not a folder; point it at a kubeflow/manifests checkout")
        return self


class KubeflowOverlaysConfig(StrictModel):
    """The changes the seed makes to a Kubeflow (<= 1.8 layout) install, as complete objects applied over it."""

    namespace: DnsLabel = "kubeflow"
    """Kubeflow's namespace."""
    auth_namespace: DnsLabel = "istio-system"
    """Namespace of oidc-authservice and its VirtualServices."""
    gateway: str = Field(default="kubeflow/kubeflow-gateway", pattern=r"^[a-z0-9-]+/[a-z0-9-]+$")
    """The Istio Gateway (namespace/name) the VirtualServices attach to."""
    host: str = Field(pattern=r"^[a-z0-9.-]+$")
    """Host users reach Kubeflow at; the OIDC redirect URL is https://<host>/authservice/oidc/callback."""
    auth: Literal["oidc-authservice", "oauth2-proxy"] = "oidc-authservice"
    """oidc-authservice (Kubeflow <= 1.8, the seed) or oauth2-proxy (Kubeflow >= 1.9)."""
    artifact_store: ArtifactStoreConfig
    """MinIO as an Azure Blob gateway and its credentials."""
    tls: TlsConfig
    """The ingress gateway's certificate."""
    gpu_pod_default: GpuPodDefaultConfig = Field(default_factory=GpuPodDefaultConfig)
    """The GPU PodDefault (tolerations derived from `gpu.pool`)."""
    oidc_authservice: OidcAuthserviceConfig | None = None
    """Required when auth is oidc-authservice."""
    oauth2_proxy: Oauth2ProxyConfig | None = None
    """Required when auth is oauth2-proxy."""
    central_dashboard: CentralDashboardConfig = Field(default_factory=CentralDashboardConfig)
    """The central dashboard's parameters."""
    upstream: UpstreamManifestsConfig | None = None
    """Unset (default): the overlays are complete standalone objects. Set: upstream's MinIO and auth bases are
    rendered from this checkout and patched."""

    @model_validator(mode="after")
    def _auth_configured(self) -> "KubeflowOverlaysConfig":
        if self.auth == "oidc-authservice" and self.oidc_authservice is None:
            raise ValueError("kubeflow.auth is oidc-authservice but kubeflow.oidcAuthservice is not set; add it")
        if self.auth == "oauth2-proxy" and self.oauth2_proxy is None:
            raise ValueError("kubeflow.auth is oauth2-proxy but kubeflow.oauth2Proxy is not set; add it")
        if self.upstream is not None:
            bases = [("minioBase", self.upstream.minio_base)]
            if self.auth == "oidc-authservice":
                bases.append(("oidcAuthserviceBase", self.upstream.oidc_authservice_base))
            for field, relative in bases:
                if not (self.upstream.base_dir(relative) / "kustomization.yaml").is_file():
                    raise ValueError(f"kubeflow.upstream.{field}: {self.upstream.base_dir(relative)} has no kustomization.yaml; "
                                     "set it to the base's folder in your checkout (the layout differs between Kubeflow releases)")
        return self
