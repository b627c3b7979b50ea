"""Kubeflow login through Entra ID, as changes to the release's own login component: oidc-authservice
(Kubeflow <= 1.8, the seed) or oauth2-proxy (Kubeflow >= 1.9). Their client secrets come from the external store
(ExternalSecret) like every other upstream Secret (see targets.kubeflow_platform.replace_demo_secrets).
"""

from __future__ import annotations

from cdk8s import ApiObject, JsonPatch
from constructs import Construct

from mlmanifests.targets.kubeflow_aks.overlays_config import KubeflowOverlaysConfig, Oauth2ProxyConfig, OidcAuthserviceConfig
from mlmanifests.imports.istio_security import (
    RequestAuthentication,
    RequestAuthenticationSpec,
    RequestAuthenticationSpecJwtRules,
    RequestAuthenticationSpecJwtRulesFromHeaders,
    RequestAuthenticationSpecJwtRulesOutputClaimToHeaders,
    RequestAuthenticationSpecSelector,
)

from mlmanifests.targets.kubeflow_platform import UpstreamPlatform

LABEL_PART_OF = "app.kubernetes.io/part-of"
PART_OF = "kubeflow-aks"
ENTRA = "https://login.microsoftonline.com"

AUTHSERVICE = "authservice"
AUTHSERVICE_API_PORT = 8080
AUTHSERVICE_WEB_PORT = 8082
OAUTH2_PROXY = "oauth2-proxy"


# --- oidc-authservice (Kubeflow <= 1.8) ----------------------------------------------------------------------

def oidc_authservice(scope: Construct, platform: UpstreamPlatform, overlays: KubeflowOverlaysConfig) -> None:
    """Upstream's oidc-authservice pointed at Entra ID: its parameters ConfigMap (read through envFrom), its
    image when configured, and the seed's routes to the login pages."""
    assert overlays.oidc_authservice is not None
    config = overlays.oidc_authservice
    namespace = platform.release.istio_gateway_namespace
    platform.find("ConfigMap", "oidc-authservice-parameters", namespace)
    platform.patch({"apiVersion": "v1", "kind": "ConfigMap",
                    "metadata": {"name": "oidc-authservice-parameters", "namespace": namespace},
                    "data": authservice_parameters(config, overlays.host)},
                   why="log in through Entra ID instead of Dex")
    statefulset = platform.find("StatefulSet", "oidc-authservice", namespace)
    containers = statefulset["spec"]["template"]["spec"]["containers"]
    image = config.image or containers[0]["image"]
    platform.patch({
        "apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "oidc-authservice", "namespace": namespace},
        "spec": {"template": {"spec": {"containers": [
            {"name": containers[0]["name"], "image": image, "imagePullPolicy": "IfNotPresent"},  # the tag is pinned
        ]}}},
    }, why="the oidc-authservice image from the configured registry")
    host = f"{AUTHSERVICE}.{namespace}.svc.cluster.local"
    # Three routes, three names: the seed named the first and the last both `authservice-web`, so the last applied
    # silently replaced the first.
    for name, prefix, rewrite, port in (
        ("authservice-login-oidc", "/authservice/login/oidc", "/", AUTHSERVICE_API_PORT),  # arrikto/oidc-authservice#117
        ("authservice-logout", "/logout", "/authservice/logout", AUTHSERVICE_API_PORT),
        ("authservice-web", "/authservice/", "/", AUTHSERVICE_WEB_PORT),
    ):
        route(scope, platform.release.istio_networking_api, name, namespace, prefix, rewrite, host, port)


def authservice_parameters(config: OidcAuthserviceConfig, host: str) -> dict[str, str]:
    """The keys of upstream's `oidc-authservice-parameters` that change for Entra ID."""
    return {
        "OIDC_PROVIDER": f"{ENTRA}/{config.tenant_id}/v2.0",
        "OIDC_AUTH_URL": f"{ENTRA}/{config.tenant_id}/oauth2/v2.0/authorize",
        "OIDC_SCOPES": " ".join(config.scopes),
        "REDIRECT_URL": f"https://{host}/authservice/oidc/callback",
        "SKIP_AUTH_URLS": ",".join(config.skip_auth_urls),
        "AFTER_LOGOUT_URL": config.after_logout_url,
        "USERID_HEADER": config.userid_header,
        "USERID_PREFIX": config.userid_prefix,
        "USERID_CLAIM": config.userid_claim,
    }


def route(scope: Construct, api_version: str, name: str, namespace: str, prefix: str, rewrite: str, host: str,
          port: int) -> None:
    """A VirtualService on `kubeflow/kubeflow-gateway`, in the API version the release's Istio serves."""
    http = {"match": [{"uri": {"prefix": prefix}}], "route": [{"destination": {"host": host, "port": {"number": port}}}]}
    if rewrite:
        http["rewrite"] = {"uri": rewrite}
    service = ApiObject(scope, f"virtualservice-{name}", api_version=api_version, kind="VirtualService",
                        metadata={"name": name, "namespace": namespace, "labels": {LABEL_PART_OF: PART_OF}})
    service.add_json_patch(JsonPatch.add("/spec", {"gateways": ["kubeflow/kubeflow-gateway"], "hosts": ["*"], "http": [http]}))


# --- oauth2-proxy (Kubeflow >= 1.9) --------------------------------------------------------------------------

def oauth2_proxy(scope: Construct, platform: UpstreamPlatform, overlays: KubeflowOverlaysConfig) -> None:
    """Upstream's oauth2-proxy for Entra ID: its oauth2_proxy.cfg and parameters (configMapGenerator merges, so
    their hash names and references follow), the client id from config, and the RequestAuthentication that turns
    the Entra ID token into kubeflow-userid."""
    assert overlays.oauth2_proxy is not None
    config = overlays.oauth2_proxy
    platform.find("ConfigMap", OAUTH2_PROXY, OAUTH2_PROXY, base_name=True)
    platform.overlay.config_map_merges.append({
        "name": OAUTH2_PROXY, "namespace": OAUTH2_PROXY, "fileContents": {"oauth2_proxy.cfg": oauth2_proxy_cfg(config, overlays.host)},
    })
    platform.find("ConfigMap", "oauth2-proxy-parameters", OAUTH2_PROXY, base_name=True)
    platform.overlay.config_map_merges.append({
        "name": "oauth2-proxy-parameters", "namespace": OAUTH2_PROXY,
        # Secure cookies (HTTPS is served) and Entra ID's certificates are real ones.
        "literals": ["FORCE_HTTPS=true", "ALLOW_SELF_SIGNED_ISSUER=false"],
    })
    platform.find("Deployment", OAUTH2_PROXY, OAUTH2_PROXY)
    platform.patch({
        "apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": OAUTH2_PROXY, "namespace": OAUTH2_PROXY},
        "spec": {"template": {"spec": {"containers": [{"name": OAUTH2_PROXY, "env": [
            {"name": "OAUTH2_PROXY_CLIENT_ID", "value": config.client_id, "valueFrom": None},
        ]}]}}},
    }, why="the app registration's client id (not a secret) from config")
    _entra_id_user_header(scope, platform.release.istio_gateway_namespace, config)


def _entra_id_user_header(scope: Construct, namespace: str, config: Oauth2ProxyConfig) -> None:
    """The RequestAuthentication that accepts Entra ID tokens for this app and puts the user into kubeflow-userid."""
    issuer = f"{ENTRA}/{config.tenant_id}/v2.0"
    RequestAuthentication(
        scope, "requestauthentication-entra-id-jwt",
        metadata={"name": "entra-id-jwt", "namespace": namespace, "labels": {LABEL_PART_OF: PART_OF}},
        spec=RequestAuthenticationSpec(
            selector=RequestAuthenticationSpecSelector(match_labels={"app": "istio-ingressgateway"}),
            jwt_rules=[
                RequestAuthenticationSpecJwtRules(
                    issuer=issuer,
                    jwks_uri=f"{ENTRA}/{config.tenant_id}/discovery/v2.0/keys",
                    audiences=[config.client_id],
                    forward_original_token=True,
                    output_claim_to_headers=[
                        RequestAuthenticationSpecJwtRulesOutputClaimToHeaders(header="kubeflow-userid", claim=config.userid_claim),
                    ],
                    from_headers=[RequestAuthenticationSpecJwtRulesFromHeaders(name="Authorization", prefix="Bearer ")],
                )
            ],
        ),
    )


def oauth2_proxy_cfg(config: Oauth2ProxyConfig, host: str) -> str:
    """oauth2_proxy.cfg for Entra ID: an ext_authz check for the Istio ingress gateway, never a real upstream."""
    def toml_list(values: list[str]) -> str:
        return "[ " + ", ".join(f'"{value}"' for value in values) + " ]"

    settings = [
        ("provider", '"oidc"'),
        ("oidc_issuer_url", f'"{ENTRA}/{config.tenant_id}/v2.0"'),
        ("scope", f'"{" ".join(config.scopes)}"'),
        ("email_domains", toml_list(config.email_domains)),
        ("upstreams", toml_list(["static://200"])),  # answer 200 when authenticated: Istio routes the request on
        ("api_routes", toml_list(["/api/", "/apis/", "^/ml_metadata"])),  # 401 instead of a login redirect
        ("skip_provider_button", "true"),
        ("set_authorization_header", "true"),  # Istio reads the user from this token (RequestAuthentication)
        ("set_xauthrequest", "true"),
        ("cookie_name", '"oauth2_proxy_kubeflow"'),
        ("cookie_expire", '"24h"'),
        ("cookie_refresh", f'"{config.cookie_refresh}"'),
        ("code_challenge_method", '"S256"'),
        ("redirect_url", f'"https://{host}/oauth2/callback"'),
    ]
    return "".join(f"{key} = {value}\n" for key, value in settings)
