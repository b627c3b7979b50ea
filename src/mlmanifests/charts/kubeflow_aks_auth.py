"""Kubeflow login through Entra ID: oidc-authservice (Kubeflow <= 1.8, the seed) or oauth2-proxy (Kubeflow >= 1.9).

Both emit complete objects with upstream's identities, so they replace what upstream installed; their client
secrets come from the external store (ExternalSecret) or an existing Secret, never from a file in the repo.
Upstream's published demo secrets are therefore never part of the output.
"""

from __future__ import annotations

from cdk8s_plus_37 import k8s
from constructs import Construct

from mlmanifests.config.kubeflow_aks_overlays import KubeflowOverlaysConfig, Oauth2ProxyConfig, OidcAuthserviceConfig
from mlmanifests.constructs.containers import env_from_secret
from mlmanifests.constructs.external_secret import secret_from_source
from mlmanifests.constructs.pod_security import restricted_container_security_context
from mlmanifests.imports.istio_networking import (
    VirtualService,
    VirtualServiceSpec,
    VirtualServiceSpecHttp,
    VirtualServiceSpecHttpMatch,
    VirtualServiceSpecHttpMatchUri,
    VirtualServiceSpecHttpRewrite,
    VirtualServiceSpecHttpRoute,
    VirtualServiceSpecHttpRouteDestination,
    VirtualServiceSpecHttpRouteDestinationPort,
)
from mlmanifests.imports.istio_security import (
    RequestAuthentication,
    RequestAuthenticationSpec,
    RequestAuthenticationSpecJwtRules,
    RequestAuthenticationSpecJwtRulesFromHeaders,
    RequestAuthenticationSpecJwtRulesOutputClaimToHeaders,
    RequestAuthenticationSpecSelector,
)

LABEL_PART_OF = "app.kubernetes.io/part-of"
PART_OF = "kubeflow-aks"
ENTRA = "https://login.microsoftonline.com"

AUTHSERVICE = "authservice"
AUTHSERVICE_API_PORT = 8080
AUTHSERVICE_HEALTH_PORT = 8081
AUTHSERVICE_WEB_PORT = 8082
AUTHSERVICE_STORE_DIR = "/var/lib/authservice"

OAUTH2_PROXY = "oauth2-proxy"
OAUTH2_PROXY_PORT = 4180


# --- oidc-authservice ----------------------------------------------------------------------------------------

def oidc_authservice(scope: Construct, overlays: KubeflowOverlaysConfig) -> None:
    """oidc-authservice in the auth namespace: parameters, client Secret, StatefulSet, Service and routes."""
    assert overlays.oidc_authservice is not None
    config, namespace = overlays.oidc_authservice, overlays.auth_namespace
    labels = {"app": AUTHSERVICE, LABEL_PART_OF: PART_OF}
    k8s.KubeConfigMap(
        scope, "configmap-oidc-authservice-parameters",
        metadata=k8s.ObjectMeta(name="oidc-authservice-parameters", namespace=namespace, labels=labels),
        data=authservice_parameters(config, overlays.host),
    )
    client_secret = oidc_authservice_client_secret(scope, overlays)
    k8s.KubeServiceAccount(scope, "serviceaccount-authservice", metadata=k8s.ObjectMeta(name=AUTHSERVICE, namespace=namespace, labels=labels))
    _authservice_service(scope, namespace, labels)
    _authservice_session_store(scope, namespace, labels, config.storage_size)
    _authservice_statefulset(scope, namespace, labels, config, client_secret)
    oidc_authservice_routes(scope, overlays)


def _authservice_service(scope: Construct, namespace: str, labels: dict[str, str]) -> None:
    k8s.KubeService(
        scope, "service-authservice",
        metadata=k8s.ObjectMeta(name=AUTHSERVICE, namespace=namespace, labels=labels),
        spec=k8s.ServiceSpec(
            type="ClusterIP",
            selector={"app": AUTHSERVICE},
            publish_not_ready_addresses=True,
            ports=[
                k8s.ServicePort(name="http-authservice", port=AUTHSERVICE_API_PORT, target_port=k8s.IntOrString.from_string("http-api")),
                # The login pages (web server); the seed routes /authservice/ here, upstream's Service lacks the port.
                k8s.ServicePort(name="http-web", port=AUTHSERVICE_WEB_PORT, target_port=k8s.IntOrString.from_string("http-web")),
            ],
        ),
    )


def _authservice_session_store(scope: Construct, namespace: str, labels: dict[str, str], size: str) -> None:
    k8s.KubePersistentVolumeClaim(
        scope, "pvc-authservice",
        metadata=k8s.ObjectMeta(name="authservice-pvc", namespace=namespace, labels=labels),
        spec=k8s.PersistentVolumeClaimSpec(
            access_modes=["ReadWriteOnce"],
            resources=k8s.VolumeResourceRequirements(requests={"storage": k8s.Quantity.from_string(size)}),
        ),
    )


def _authservice_statefulset(
    scope: Construct, namespace: str, labels: dict[str, str], config: OidcAuthserviceConfig, client_secret: str
) -> None:
    k8s.KubeStatefulSet(
        scope, "statefulset-oidc-authservice",
        metadata=k8s.ObjectMeta(name="oidc-authservice", namespace=namespace, labels=labels),
        spec=k8s.StatefulSetSpec(
            replicas=1,
            service_name=AUTHSERVICE,
            selector=k8s.LabelSelector(match_labels={"app": AUTHSERVICE}),
            template=k8s.PodTemplateSpec(
                metadata=k8s.ObjectMeta(labels=labels, annotations={"sidecar.istio.io/inject": "false"}),
                spec=k8s.PodSpec(
                    service_account_name=AUTHSERVICE,
                    # No API token: upstream grants authservice TokenReview (for M2M service-account tokens) and
                    # this target does not; browser OIDC sessions need no Kubernetes API access.
                    automount_service_account_token=False,
                    # The image's user is in group 111, which owns the session store.
                    security_context=k8s.PodSecurityContext(
                        run_as_non_root=True, run_as_user=1000, run_as_group=111, fs_group=111,
                        seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
                    ),
                    containers=[
                        k8s.Container(
                            name=AUTHSERVICE,
                            image=config.image,
                            image_pull_policy="IfNotPresent",
                            ports=[
                                k8s.ContainerPort(name="http-api", container_port=AUTHSERVICE_API_PORT),
                                k8s.ContainerPort(name="http-health", container_port=AUTHSERVICE_HEALTH_PORT),
                                k8s.ContainerPort(name="http-web", container_port=AUTHSERVICE_WEB_PORT),
                            ],
                            env_from=[
                                k8s.EnvFromSource(secret_ref=k8s.SecretEnvSource(name=client_secret)),
                                k8s.EnvFromSource(config_map_ref=k8s.ConfigMapEnvSource(name="oidc-authservice-parameters")),
                            ],
                            readiness_probe=k8s.Probe(http_get=k8s.HttpGetAction(path="/", port=k8s.IntOrString.from_number(AUTHSERVICE_HEALTH_PORT))),
                            resources=k8s.ResourceRequirements(
                                requests={"cpu": k8s.Quantity.from_string("10m"), "memory": k8s.Quantity.from_string("64Mi")},
                                limits={"memory": k8s.Quantity.from_string("256Mi")},
                            ),
                            security_context=restricted_container_security_context(),
                            volume_mounts=[k8s.VolumeMount(name="data", mount_path=AUTHSERVICE_STORE_DIR)],
                        )
                    ],
                    volumes=[k8s.Volume(name="data", persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(claim_name="authservice-pvc"))],
                ),
            ),
        ),
    )


def oidc_authservice_client_secret(scope: Construct, overlays: KubeflowOverlaysConfig) -> str:
    """The `oidc-authservice-client` Secret (CLIENT_ID, CLIENT_SECRET) by reference; returns its name."""
    assert overlays.oidc_authservice is not None
    return secret_from_source(
        scope, "externalsecret-oidc-authservice-client", name="oidc-authservice-client", namespace=overlays.auth_namespace,
        source=overlays.oidc_authservice.client_credentials, labels={"app": AUTHSERVICE, LABEL_PART_OF: PART_OF},
    )


def oidc_authservice_routes(scope: Construct, overlays: KubeflowOverlaysConfig) -> None:
    """The seed's authservice VirtualServices on the Kubeflow gateway."""
    namespace = overlays.auth_namespace
    host = f"{AUTHSERVICE}.{namespace}.svc.cluster.local"
    # Three routes, three names: the seed named the first and the last both `authservice-web`, so the last applied
    # silently replaced the first.
    for name, prefix, rewrite, port in (
        ("authservice-login-oidc", "/authservice/login/oidc", "/", AUTHSERVICE_API_PORT),  # arrikto/oidc-authservice#117
        ("authservice-logout", "/logout", "/authservice/logout", AUTHSERVICE_API_PORT),
        ("authservice-web", "/authservice/", "/", AUTHSERVICE_WEB_PORT),
    ):
        _route(scope, name, namespace, overlays.gateway, prefix, rewrite, host, port)


def authservice_parameters(config: OidcAuthserviceConfig, host: str) -> dict[str, str]:
    """The oidc-authservice environment (upstream's params.env), for Entra ID."""
    return {
        "OIDC_PROVIDER": f"{ENTRA}/{config.tenant_id}/v2.0",
        "OIDC_AUTH_URL": f"{ENTRA}/{config.tenant_id}/oauth2/v2.0/authorize",
        "OIDC_SCOPES": ",".join(config.scopes),
        "REDIRECT_URL": f"https://{host}/authservice/oidc/callback",
        "AUTHSERVICE_URL_PREFIX": "/authservice/",
        "SKIP_AUTH_URLS": ",".join(config.skip_auth_urls),
        "AFTER_LOGOUT_URL": config.after_logout_url,
        "USERID_HEADER": config.userid_header,
        "USERID_PREFIX": config.userid_prefix,
        "USERID_CLAIM": config.userid_claim,
        "PORT": str(AUTHSERVICE_API_PORT),
        "STORE_PATH": f"{AUTHSERVICE_STORE_DIR}/data.db",
    }


def _route(scope: Construct, name: str, namespace: str, gateway: str, prefix: str, rewrite: str, host: str, port: int) -> None:
    VirtualService(
        scope, f"virtualservice-{name}",
        metadata={"name": name, "namespace": namespace, "labels": {LABEL_PART_OF: PART_OF}},
        spec=VirtualServiceSpec(
            gateways=[gateway],
            hosts=["*"],
            http=[
                VirtualServiceSpecHttp(
                    match=[VirtualServiceSpecHttpMatch(uri=VirtualServiceSpecHttpMatchUri(prefix=prefix))],
                    rewrite=VirtualServiceSpecHttpRewrite(uri=rewrite) if rewrite else None,
                    route=[
                        VirtualServiceSpecHttpRoute(
                            destination=VirtualServiceSpecHttpRouteDestination(
                                host=host, port=VirtualServiceSpecHttpRouteDestinationPort(number=port)
                            )
                        )
                    ],
                )
            ],
        ),
    )


# --- oauth2-proxy --------------------------------------------------------------------------------------------

def oauth2_proxy(scope: Construct, overlays: KubeflowOverlaysConfig) -> None:
    """oauth2-proxy for Entra ID, and the RequestAuthentication that turns its Entra ID token into kubeflow-userid."""
    assert overlays.oauth2_proxy is not None
    config, namespace = overlays.oauth2_proxy, overlays.oauth2_proxy.namespace
    selector = {"app.kubernetes.io/name": OAUTH2_PROXY}  # upstream's selector
    labels = {**selector, LABEL_PART_OF: PART_OF}
    k8s.KubeConfigMap(
        scope, "configmap-oauth2-proxy",
        metadata=k8s.ObjectMeta(name=OAUTH2_PROXY, namespace=namespace, labels=labels),
        data={"oauth2_proxy.cfg": oauth2_proxy_cfg(config, overlays.host)},
    )
    secret = secret_from_source(
        scope, "externalsecret-oauth2-proxy", name=OAUTH2_PROXY, namespace=namespace, source=config.credentials, labels=labels,
    )
    k8s.KubeServiceAccount(scope, "serviceaccount-oauth2-proxy", metadata=k8s.ObjectMeta(name=OAUTH2_PROXY, namespace=namespace, labels=labels))
    k8s.KubeService(
        scope, "service-oauth2-proxy",
        metadata=k8s.ObjectMeta(name=OAUTH2_PROXY, namespace=namespace, labels=labels),
        spec=k8s.ServiceSpec(
            type="ClusterIP", selector=selector, publish_not_ready_addresses=True,
            ports=[k8s.ServicePort(name="http", port=80, target_port=k8s.IntOrString.from_string("http"))],
        ),
    )
    _oauth2_proxy_deployment(scope, namespace, selector, labels, config, secret)
    _route(scope, OAUTH2_PROXY, namespace, overlays.gateway, "/oauth2/", "", f"{OAUTH2_PROXY}.{namespace}.svc.cluster.local", 80)
    _entra_id_user_header(scope, overlays.auth_namespace, config)


def _oauth2_proxy_deployment(
    scope: Construct, namespace: str, selector: dict[str, str], labels: dict[str, str], config: Oauth2ProxyConfig,
    secret: str,
) -> None:
    def from_secret(env: str, key: str) -> k8s.EnvVar:
        return env_from_secret(env, secret, key)

    k8s.KubeDeployment(
        scope, "deployment-oauth2-proxy",
        metadata=k8s.ObjectMeta(name=OAUTH2_PROXY, namespace=namespace, labels=labels),
        spec=k8s.DeploymentSpec(
            replicas=config.replicas,
            selector=k8s.LabelSelector(match_labels=selector),
            template=k8s.PodTemplateSpec(
                metadata=k8s.ObjectMeta(labels=labels),
                spec=k8s.PodSpec(
                    service_account_name=OAUTH2_PROXY,
                    automount_service_account_token=False,
                    security_context=k8s.PodSecurityContext(
                        run_as_non_root=True, run_as_user=65532, run_as_group=65532,
                        seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
                    ),
                    containers=[
                        k8s.Container(
                            name=OAUTH2_PROXY,
                            image=config.image,
                            args=[f"--http-address=0.0.0.0:{OAUTH2_PROXY_PORT}", "--config=/etc/oauth2_proxy/oauth2_proxy.cfg"],
                            env=[
                                k8s.EnvVar(name="OAUTH2_PROXY_CLIENT_ID", value=config.client_id),
                                from_secret("OAUTH2_PROXY_CLIENT_SECRET", "client-secret"),
                                from_secret("OAUTH2_PROXY_COOKIE_SECRET", "cookie-secret"),
                            ],
                            ports=[k8s.ContainerPort(name="http", container_port=OAUTH2_PROXY_PORT, protocol="TCP")],
                            readiness_probe=k8s.Probe(http_get=k8s.HttpGetAction(path="/ready", port=k8s.IntOrString.from_string("http"))),
                            liveness_probe=k8s.Probe(http_get=k8s.HttpGetAction(path="/ping", port=k8s.IntOrString.from_string("http"))),
                            resources=k8s.ResourceRequirements(
                                requests={"cpu": k8s.Quantity.from_string("10m"), "memory": k8s.Quantity.from_string("64Mi")},
                                limits={"memory": k8s.Quantity.from_string("256Mi")},
                            ),
                            security_context=restricted_container_security_context(),
                            volume_mounts=[
                                k8s.VolumeMount(name="config", mount_path="/etc/oauth2_proxy/oauth2_proxy.cfg",
                                                sub_path="oauth2_proxy.cfg", read_only=True),
                            ],
                        )
                    ],
                    volumes=[k8s.Volume(name="config", config_map=k8s.ConfigMapVolumeSource(name=OAUTH2_PROXY))],
                ),
            ),
        ),
    )


def _entra_id_user_header(scope: Construct, auth_namespace: str, config: Oauth2ProxyConfig) -> None:
    """The RequestAuthentication that accepts Entra ID tokens for this app and puts the user into kubeflow-userid."""
    issuer = f"{ENTRA}/{config.tenant_id}/v2.0"
    RequestAuthentication(
        scope, "requestauthentication-entra-id-jwt",
        metadata={"name": "entra-id-jwt", "namespace": auth_namespace, "labels": {LABEL_PART_OF: PART_OF}},
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
        ("cookie_secure", "true"),
        ("cookie_expire", '"24h"'),
        ("cookie_refresh", f'"{config.cookie_refresh}"'),
        ("code_challenge_method", '"S256"'),
        ("redirect_url", f'"https://{host}/oauth2/callback"'),
    ]
    return "".join(f"{key} = {value}\n" for key, value in settings)
