"""The `gemma-on-tpu` target: a kro ResourceGraphDefinition that serves Gemma on GKE TPUs (seed 000).

Apply order (the writer's file names follow it):
1. admin bootstrap: the team Namespace (annotated with its project), the Kaggle credentials (ExternalSecret),
   the ConfigConnector object, the KCC Project the graph refers to;
2. the ResourceGraphDefinition `gemmaontpuserver.kro.run`;
3. example GemmaOnTPUServer instances, in instances/, once kro has created their CRD.

Each instance gets its own Google service account, checkpoint bucket (granted to that account on the bucket,
not the project), Workload Identity binding, Kubernetes ServiceAccount, checkpoint Job and serving Deployment.
"""

from __future__ import annotations

from typing import Any

from cdk8s import ApiObject, Chart, JsonPatch
from cdk8s_plus_37 import k8s
from constructs import Construct

from mlmanifests.targets.gemma_on_tpu.config import KAGGLE_CREDENTIALS_KEY, MAX_INSTANCE_NAME, GemmaOnTpuConfig, chips_of
from mlmanifests.config.global_settings import GlobalSettings
from mlmanifests.constructs.containers import resource_requirements
from mlmanifests.constructs.external_secret import secret_from_source
from mlmanifests.constructs.kcc import CONFIG_CONNECTOR_NAME, DELETION_POLICY_ANNOTATION, PROJECT_ID_ANNOTATION
from mlmanifests.kro.template import TemplateFactory, cel_lookup, cel_string, conditions_true, expr
from mlmanifests.constructs.pod_security import Exemption, PodSecurity
from mlmanifests.constructs.restricted_workload import RestrictedContainer, RestrictedWorkload
from mlmanifests.constructs.secret_store import (
    GcpSecretManagerStore,
    gcp_secret_manager_access,
    gcp_secret_manager_store,
)
from mlmanifests.imports.kcc_core import ConfigConnector, ConfigConnectorSpec, ConfigConnectorSpecMode, ConfigConnectorSpecStateIntoSpec
from mlmanifests.imports.kcc_iam import (
    IamPolicyMember,
    IamPolicyMemberSpec,
    IamPolicyMemberSpecResourceRef,
    IamServiceAccount,
    IamServiceAccountSpec,
)
from mlmanifests.imports.kcc_resourcemanager import Project, ProjectSpec, ProjectSpecFolderRef, ProjectSpecOrganizationRef
from mlmanifests.imports.kcc_storage import StorageBucket, StorageBucketSpec
from mlmanifests.imports.kro import (
    ResourceGraphDefinition,
    ResourceGraphDefinitionSpec,
    ResourceGraphDefinitionSpecResources,
    ResourceGraphDefinitionSpecResourcesExternalRef,
    ResourceGraphDefinitionSpecResourcesExternalRefMetadata,
    ResourceGraphDefinitionSpecSchema,
    ResourceGraphDefinitionSpecSchemaAdditionalPrinterColumns,
    ResourceGraphDefinitionSpecSchemaScope,
)

RGD_NAME = "gemmaontpuserver.kro.run"
INSTANCE_KIND = "GemmaOnTPUServer"
INSTANCE_VERSION = "v1alpha1"
ORDER_ANNOTATION = "gemma-on-tpu.mlmanifests.dev/after-"  # + resource id: makes kro wait for that resource
KCC_IAM, KCC_STORAGE = "iam.cnrm.cloud.google.com/v1beta1", "storage.cnrm.cloud.google.com/v1beta1"

NAME, NAMESPACE, UID = "schema.metadata.name", "schema.metadata.namespace", "schema.metadata.uid"
LABEL_NAME, LABEL_INSTANCE = "app.kubernetes.io/name", "app.kubernetes.io/instance"
SERVER_LABELS = {LABEL_NAME: "gemma-on-tpu-server", LABEL_INSTANCE: expr(NAME)}
KAGGLE_VOLUME, KAGGLE_DIR, SCRATCH_VOLUME = "kaggle-credentials", "/kaggle", "scratch"


class GemmaOnTpuChart(Chart):
    def __init__(self, scope: Construct, id: str, config: GemmaOnTpuConfig, settings: GlobalSettings) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        self.config = config
        self.templates = TemplateFactory()
        self._bootstrap()
        self._resource_graph()
        self._admission_policy()
        for index, instance in enumerate(config.instances):
            spec = {
                key: value
                for key, value in (
                    ("kaggleSecret", instance.kaggle_secret), ("replicas", instance.replicas),
                    ("checkpoint", instance.checkpoint), ("tpuAccelerator", instance.tpu_accelerator),
                    ("tpuTopology", instance.tpu_topology),
                )
                if value is not None
            }
            # The instance kind exists only once kro has read the RGD, so it has no generated binding.
            ApiObject(
                self, f"instance-{index}", api_version=f"kro.run/{INSTANCE_VERSION}", kind=INSTANCE_KIND,
                metadata={"name": instance.name, "namespace": config.namespace},
            ).add_json_patch(JsonPatch.add("/spec", spec))

    # ---------------------------------------------------------------------------------------- admin bootstrap

    def _bootstrap(self) -> None:
        config, project = self.config, self.config.project
        if config.manage_config_connector:
            ConfigConnector(
                self, "config-connector",
                metadata={"name": CONFIG_CONNECTOR_NAME},
                spec=ConfigConnectorSpec(
                    mode=ConfigConnectorSpecMode.CLUSTER,
                    google_service_account=config.kcc_service_account,
                    state_into_spec=ConfigConnectorSpecStateIntoSpec.ABSENT,
                ),
            )
        k8s.KubeNamespace(
            self, "namespace",
            metadata=k8s.ObjectMeta(name=config.namespace, annotations={PROJECT_ID_ANNOTATION: project.id}),
        )
        Project(
            self, "project",
            metadata={
                "name": project.object_name, "namespace": config.namespace,
                "annotations": {
                    "cnrm.cloud.google.com/auto-create-network": "false",
                    # The project exists already and KCC only acquires it: deleting this object must not delete it.
                    DELETION_POLICY_ANNOTATION: "abandon",
                },
            },
            spec=ProjectSpec(
                name=project.display_name,
                resource_id=project.id,
                folder_ref=ProjectSpecFolderRef(external=project.folder_id) if project.folder_id else None,
                organization_ref=ProjectSpecOrganizationRef(external=project.organization_id) if project.organization_id else None,
            ),
        )
        secret_from_source(
            self, "kaggle-credentials", name=config.kaggle_secret_name, namespace=config.namespace,
            source=config.kaggle_credentials, labels={LABEL_NAME: "kaggle-credentials"},
        )
        if config.emits_secret_store:
            store_config = config.secret_store
            store = GcpSecretManagerStore(
                name=store_config.name, project_id=store_config.secret_project or project.id,
                ksa_namespace=store_config.service_account_namespace, ksa_name=store_config.ksa_name,
            )
            account = gcp_secret_manager_access(
                self, "kaggle-store", namespace=config.namespace, project_id=project.id, store=store,
                account_id="kaggle-secret-reader", pool_project=config.workload_identity_project or project.id,
                secret_ids=[key.key for key in config.kaggle_credentials.remote_keys.values()],
            )
            gcp_secret_manager_store(self, "kaggle-store-secret-manager", store=store, account_email=account.email)

    # ------------------------------------------------------------------------------ admission of instances

    def _admission_policy(self) -> None:
        """What SimpleSchema cannot say (kro v0.9's markers see one field at a time and never metadata): instance names
        that make valid Service and Job names, and a topology with enough chips for the checkpoint."""
        config = self.config
        checkpoint = f"has(object.spec.checkpoint) ? object.spec.checkpoint : {cel_string(config.checkpoints[0].name)}"
        topology = f"has(object.spec.tpuTopology) ? object.spec.tpuTopology : {cel_string(config.tpu.topologies[0])}"
        needs = cel_lookup({c.name: c.min_chips for c in config.checkpoints}, f"({checkpoint})")
        has = cel_lookup({t: chips_of(t) for t in config.tpu.topologies}, f"({topology})")
        name = f"{INSTANCE_KIND.lower()}-admission"
        k8s.KubeValidatingAdmissionPolicy(self, "admission-policy", metadata=k8s.ObjectMeta(name=name), spec=k8s.ValidatingAdmissionPolicySpec(
            failure_policy="Fail",
            match_constraints=k8s.MatchResources(resource_rules=[k8s.NamedRuleWithOperations(
                api_groups=["kro.run"], api_versions=[INSTANCE_VERSION], operations=["CREATE", "UPDATE"],
                resources=[f"{INSTANCE_KIND.lower()}s"],  # kro's plural: the lowercase kind + "s"
            )]),
            validations=[
                k8s.Validation(
                    expression=f"object.metadata.name.matches('^[a-z]([-a-z0-9]*[a-z0-9])?$') && "
                               f"size(object.metadata.name) <= {MAX_INSTANCE_NAME}",
                    message=f"the name must start with a letter (the Service is named after it, DNS-1035) and have at "
                            f"most {MAX_INSTANCE_NAME} characters (the Job is <name>-checkpoint)",
                    reason="Invalid",
                ),
                k8s.Validation(
                    expression=f"!has(object.spec) || {has} >= {needs}",
                    message="the checkpoint does not fit the topology's TPU HBM; pick a larger tpuTopology",
                    reason="Invalid",
                ),
            ],
        ))
        k8s.KubeValidatingAdmissionPolicyBinding(self, "admission-policy-binding", metadata=k8s.ObjectMeta(name=name),
                                                 spec=k8s.ValidatingAdmissionPolicyBindingSpec(
                                                     policy_name=name, validation_actions=["Deny"]))

    # ------------------------------------------------------------------------------------- the resource graph

    def _resource_graph(self) -> None:
        config = self.config
        ResourceGraphDefinition(
            self, "resource-graph",
            metadata={"name": RGD_NAME},
            spec=ResourceGraphDefinitionSpec(
                schema=ResourceGraphDefinitionSpecSchema(
                    api_version=INSTANCE_VERSION, kind=INSTANCE_KIND, scope=ResourceGraphDefinitionSpecSchemaScope.NAMESPACED,
                    spec={
                        "kaggleSecret": f'string | default={config.kaggle_secret} description="Secret in this namespace '
                                        f'whose key {KAGGLE_CREDENTIALS_KEY} is a Kaggle API token"',
                        "replicas": f"integer | default=1 minimum=0 maximum={config.server.max_replicas}",
                        # Immutable: the Job that wrote it cannot change its template, and the Deployment would roll
                        # to a path nobody wrote. A new checkpoint is a new instance.
                        "checkpoint": _enum([c.name for c in config.checkpoints], "Gemma checkpoint to serve (immutable)")
                        + " immutable=true",
                        "tpuAccelerator": _enum(config.tpu.accelerators, "GKE TPU accelerator type"),
                        "tpuTopology": _enum(config.tpu.topologies, "single-host TPU topology; its chips are requested"),
                    },
                    status={
                        "bucketName": expr("bucket.spec.resourceID"),
                        "bucketURL": expr("bucket.status.url"),
                        "serviceAccountEmail": expr("googleServiceAccount.status.email"),
                        "availableReplicas": expr("server.status.availableReplicas"),
                        "clusterIP": expr("service.spec.clusterIP"),
                    },
                    # Custom columns replace kro's defaults (State, Ready, Age: graph/crd/defaults.go); State and Ready
                    # stay. Age is left out: its path names creationTimestamp, which this project's output never does.
                    additional_printer_columns=[
                        _column("Checkpoint", "string", ".spec.checkpoint"),
                        _column("Topology", "string", ".spec.tpuTopology"),
                        _column("Available", "integer", ".status.availableReplicas"),
                        _column("Bucket", "string", ".status.bucketName", priority=1),
                        _column("State", "string", ".status.state"),
                        _column("Ready", "string", '.status.conditions[?(@.type=="Ready")].status'),
                    ],
                ),
                resources=[
                    self._project(), self._google_service_account(), self._kubernetes_service_account(),
                    self._workload_identity_binding(), self._bucket(), self._bucket_access(),
                    self._checkpoint_job(), self._server(), self._service(),
                ],
            ),
        )

    def _project(self) -> ResourceGraphDefinitionSpecResources:
        # Owned by the admin (bootstrap above), so referenced, never created by the graph.
        return ResourceGraphDefinitionSpecResources(
            id="project",
            external_ref=ResourceGraphDefinitionSpecResourcesExternalRef(
                api_version="resourcemanager.cnrm.cloud.google.com/v1beta1", kind="Project",
                metadata=ResourceGraphDefinitionSpecResourcesExternalRefMetadata(
                    name=self.config.project.object_name, namespace=expr(NAMESPACE),
                ),
            ),
            ready_when=[conditions_true("project", "Ready")],
        )

    def _kcc_metadata(self, name_suffix: str) -> dict[str, Any]:
        """KCC objects name their project explicitly, which also orders them after the Project is ready."""
        metadata: dict[str, Any] = {
            "name": f"{expr(NAME)}-{name_suffix}", "namespace": expr(NAMESPACE),
            "annotations": {PROJECT_ID_ANNOTATION: expr("project.spec.resourceID")},
        }
        if self.config.kcc.labels:
            metadata["labels"] = dict(sorted(self.config.kcc.labels.items()))
        return metadata

    def _google_service_account(self) -> ResourceGraphDefinitionSpecResources:
        template = self.templates.template(lambda scope, id: IamServiceAccount(
            scope, id, metadata=self._kcc_metadata("server"),
            spec=IamServiceAccountSpec(
                # Account IDs are 6-30 characters: a prefix and the first 23 characters of the instance's UID.
                resource_id="gemma-" + expr(f"{UID}.substring(0, 23)"),
                display_name=f"gemma {expr(NAME)}",  # at most 100 characters: the name alone fits
                description=f"Serves {INSTANCE_KIND} {expr(NAMESPACE)}/{expr(NAME)}; reads and writes its checkpoint bucket",
            ),
        ))
        return _templated("googleServiceAccount", template, ready="Ready")

    def _kubernetes_service_account(self) -> ResourceGraphDefinitionSpecResources:
        template = self.templates.template(lambda scope, id: k8s.KubeServiceAccount(
            scope, id,
            metadata=k8s.ObjectMeta(
                name=f"{expr(NAME)}-server", namespace=expr(NAMESPACE),
                annotations={"iam.gke.io/gcp-service-account": expr("googleServiceAccount.status.email")},
            ),
        ))
        return _templated("kubernetesServiceAccount", template)

    def _workload_identity_binding(self) -> ResourceGraphDefinitionSpecResources:
        pool = self.config.workload_identity_project or expr("project.spec.resourceID")
        member = f"serviceAccount:{pool}.svc.id.goog[{expr(NAMESPACE)}/{expr('kubernetesServiceAccount.metadata.name')}]"
        template = self.templates.template(lambda scope, id: IamPolicyMember(
            scope, id, metadata=self._kcc_metadata("workload-identity"),
            spec=IamPolicyMemberSpec(
                member=member, role="roles/iam.workloadIdentityUser",
                resource_ref=IamPolicyMemberSpecResourceRef(
                    api_version=KCC_IAM, kind="IAMServiceAccount", name=expr("googleServiceAccount.metadata.name"),
                ),
            ),
        ))
        return _templated("workloadIdentityBinding", template, ready="Ready")

    def _bucket(self) -> ResourceGraphDefinitionSpecResources:
        metadata = self._kcc_metadata("checkpoints")
        # `force-destroy: false` would make deleting a bucket that holds a checkpoint fail forever, and kro's deletion
        # of the instance with it. abandon (default): the bucket and checkpoint stay, the instance goes; delete: the
        # bucket goes with its objects.
        if self.config.kcc.deletion_policy == "abandon":
            metadata["annotations"][DELETION_POLICY_ANNOTATION] = "abandon"
        else:
            metadata["annotations"]["cnrm.cloud.google.com/force-destroy"] = "true"
        template = self.templates.template(lambda scope, id: StorageBucket(
            scope, id, metadata=metadata,
            spec=StorageBucketSpec(
                resource_id=f"{self.config.bucket_prefix}-{expr(UID)}",
                location=self.config.bucket_location,
                storage_class="STANDARD",
                uniform_bucket_level_access=True,
                public_access_prevention="enforced",
            ),
        ))
        return _templated("bucket", template, ready="Ready")

    def _bucket_access(self) -> ResourceGraphDefinitionSpecResources:
        # Read and write objects in this one bucket: the Job writes the checkpoint, the server reads it.
        template = self.templates.template(lambda scope, id: IamPolicyMember(
            scope, id, metadata=self._kcc_metadata("checkpoint-access"),
            spec=IamPolicyMemberSpec(
                member="serviceAccount:" + expr("googleServiceAccount.status.email"), role="roles/storage.objectUser",
                resource_ref=IamPolicyMemberSpecResourceRef(
                    api_version=KCC_STORAGE, kind="StorageBucket", name=expr("bucket.metadata.name"),
                ),
            ),
        ))
        return _templated("bucketAccess", template, ready="Ready")

    def _checkpoint_job(self) -> ResourceGraphDefinitionSpecResources:
        config = self.config
        handles = {c.name: c.kaggle_handle for c in config.checkpoints}
        # No TPU request: the converter downloads the Kaggle archive and rewrites it with JAX on the host CPU
        # (MaxText's Gemma conversion scripts run with JAX_PLATFORMS=cpu and are tested nightly on a CPU VM;
        # ai-on-gke's converter examples run this image on CPU-only node pools). Holding a TPU slice for a
        # download would idle the most expensive nodes, so the Job asks for CPU, memory and scratch disk only.
        container = RestrictedContainer(
            name="inference-checkpoint", image=config.converter.image,
            args=[f"-b={expr('bucket.spec.resourceID')}", f"-m={expr(cel_lookup(handles, 'schema.spec.checkpoint'))}"],
            resources=resource_requirements(config.converter.resources.to_k8s()),
            read_only_root_filesystem=None,  # it pip-installs at run time (see the exemption)
            volume_mounts=[
                k8s.VolumeMount(name=KAGGLE_VOLUME, mount_path=KAGGLE_DIR, read_only=True),
                k8s.VolumeMount(name=SCRATCH_VOLUME, mount_path="/data"),
            ],
        )
        security = PodSecurity(run_as_user=None, exemptions=(Exemption(
            "pss-run-as-non-root", "the converter image has no USER and pip-installs MaxText's requirements into the "
            "system site-packages at run time, which only root may write"),))
        template = self.templates.template(lambda scope, id: RestrictedWorkload(
            scope, id, kind="Job", name=f"{expr(NAME)}-checkpoint", namespace=expr(NAMESPACE), security=security,
            # kro deletes with empty DeleteOptions (controller/instance/deletion.go), and a batch/v1 Job's default
            # is to orphan its pods; this finalizer makes that deletion foreground, pods first.
            finalizers=["foregroundDeletion"],
            annotations={
                # Writing to the bucket needs both grants in place first.
                ORDER_ANNOTATION + "bucketAccess": expr("bucketAccess.metadata.name"),
                ORDER_ANNOTATION + "workloadIdentityBinding": expr("workloadIdentityBinding.metadata.name"),
            },
            # No ttlSecondsAfterFinished: kro would re-create a Job that disappears, and download it all again.
            backoff_limit=2,
            active_deadline_seconds=config.converter.active_deadline_seconds,
            service_account_name=expr("kubernetesServiceAccount.metadata.name"),
            restart_policy="Never",
            containers=[container],
            volumes=[
                k8s.Volume(name=KAGGLE_VOLUME, secret=k8s.SecretVolumeSource(
                    secret_name=expr("schema.spec.kaggleSecret"), default_mode=0o400,
                    items=[k8s.KeyToPath(key=KAGGLE_CREDENTIALS_KEY, path=KAGGLE_CREDENTIALS_KEY)],
                )),
                k8s.Volume(name=SCRATCH_VOLUME, empty_dir=k8s.EmptyDirVolumeSource(
                    size_limit=k8s.Quantity.from_string(config.converter.scratch_size),
                )),
            ],
        ).api_object)
        return _templated("checkpointJob", template, ready="Complete")

    def _server(self) -> ResourceGraphDefinitionSpecResources:
        config, server = self.config, self.config.server
        model_names = {c.name: c.maxtext_model_name for c in config.checkpoints}
        paths = {c.name: c.unscanned_items_path for c in config.checkpoints}
        chips = expr(cel_lookup({t: chips_of(t) for t in config.tpu.topologies}, "schema.spec.tpuTopology"))
        engine = RestrictedContainer(
            name="maxengine-server", image=server.engine_image,
            args=[
                f"model_name={expr(cel_lookup(model_names, 'schema.spec.checkpoint'))}",
                "tokenizer_path=assets/tokenizer.gemma",
                f"per_device_batch_size={server.per_device_batch_size}",
                f"max_prefill_predict_length={server.max_prefill_predict_length}",
                f"max_target_length={server.max_target_length}",
                "async_checkpointing=false", "ici_fsdp_parallelism=1", "ici_autoregressive_parallelism=-1",
                "ici_tensor_parallelism=1", "scan_layers=false", "weight_dtype=bfloat16",
                f"prometheus_port={server.metrics_port}",
                f"load_parameters_path=gs://{expr('bucket.spec.resourceID')}/{expr(cel_lookup(paths, 'schema.spec.checkpoint'))}",
            ],
            ports=[k8s.ContainerPort(name="grpc", container_port=server.grpc_port),
                   k8s.ContainerPort(name="metrics", container_port=server.metrics_port)],
            # The engine listens only once the checkpoint is loaded onto the chips.
            readiness_probe=k8s.Probe(tcp_socket=k8s.TcpSocketAction(port=k8s.IntOrString.from_string("grpc")), period_seconds=10),
            # TPU chips: requests = limits, the whole slice the topology names.
            resources=resource_requirements(server.engine_resources.to_k8s({"google.com/tpu": chips})),
            # GKE exposes TPUs to unprivileged containers (1.28+); the image runs as root (see the exemption).
            read_only_root_filesystem=None,
        )
        http = RestrictedContainer(
            name="jetstream-http", image=server.http_image,
            ports=[k8s.ContainerPort(name="http", container_port=server.http_port)],
            # /healthcheck asks the engine over gRPC (Orchestrator.HealthCheck) and fails while it is not live; `/`
            # answers as soon as the front end starts (ai-on-gke inference-servers/jetstream/http-server/http_server.py).
            readiness_probe=k8s.Probe(
                http_get=k8s.HttpGetAction(path="/healthcheck", port=k8s.IntOrString.from_string("http")), period_seconds=10,
            ),
            resources=resource_requirements(server.http_resources.to_k8s()),
            run_as_user=65532,  # the front end needs no root: non-root in a pod exempt for the engine
        )
        security = PodSecurity(run_as_user=None, exemptions=(Exemption(
            "pss-run-as-non-root", "maxengine-server has no USER (runs as root) and GKE documents TPU device access "
            "for that default user only"),))
        template = self.templates.template(
            lambda scope, id: RestrictedWorkload(
                scope, id, kind="Deployment", name=expr(NAME), namespace=expr(NAMESPACE), labels=SERVER_LABELS,
                security=security,
                # Serve only once the checkpoint Job has completed.
                annotations={ORDER_ANNOTATION + "checkpointJob": expr("checkpointJob.metadata.name")},
                replicas=1,  # placeholder, replaced by schema.spec.replicas below
                # Each replica holds a whole TPU slice: replace pods one at a time rather than surge.
                strategy=k8s.DeploymentStrategy(type="RollingUpdate", rolling_update=k8s.RollingUpdateDeployment(
                    max_surge=k8s.IntOrString.from_number(0), max_unavailable=k8s.IntOrString.from_number(1),
                )),
                service_account_name=expr("kubernetesServiceAccount.metadata.name"),
                node_selector={
                    "cloud.google.com/gke-tpu-accelerator": expr("schema.spec.tpuAccelerator"),
                    "cloud.google.com/gke-tpu-topology": expr("schema.spec.tpuTopology"),
                },
                containers=[engine, http],
            ).api_object,
            expression_fields={("spec", "replicas"): expr("schema.spec.replicas")},
        )
        return _templated("server", template, ready="Available")

    def _service(self) -> ResourceGraphDefinitionSpecResources:
        server = self.config.server
        template = self.templates.template(lambda scope, id: k8s.KubeService(
            scope, id,
            metadata=k8s.ObjectMeta(name=expr(NAME), namespace=expr(NAMESPACE), labels=SERVER_LABELS),
            spec=k8s.ServiceSpec(
                type="ClusterIP", selector=SERVER_LABELS,
                ports=[
                    k8s.ServicePort(name="http", protocol="TCP", port=server.http_port, target_port=k8s.IntOrString.from_string("http")),
                    k8s.ServicePort(name="grpc", protocol="TCP", port=server.grpc_port, target_port=k8s.IntOrString.from_string("grpc")),
                    k8s.ServicePort(name="metrics", protocol="TCP", port=server.metrics_port,
                                    target_port=k8s.IntOrString.from_string("metrics")),
                ],
            ),
        ))
        return _templated("service", template)


def _column(name: str, type: str, json_path: str, priority: int | None = None) -> ResourceGraphDefinitionSpecSchemaAdditionalPrinterColumns:
    return ResourceGraphDefinitionSpecSchemaAdditionalPrinterColumns(name=name, type=type, json_path=json_path, priority=priority)


def _templated(resource_id: str, template: dict[str, Any], ready: str | None = None) -> ResourceGraphDefinitionSpecResources:
    """A graph resource; `ready` names the status condition kro waits for before creating its dependents."""
    return ResourceGraphDefinitionSpecResources(
        id=resource_id, template=template, ready_when=[conditions_true(resource_id, ready)] if ready else None,
    )


def _enum(values: list[str], description: str) -> str:
    """SimpleSchema for a string that must be one of `values`, defaulting to the first."""
    return f'string | default={values[0]} enum="{",".join(values)}" description="{description}"'

