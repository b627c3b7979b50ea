from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class ConfigConnector(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnector",
):
    '''ConfigConnector is the Schema for the configconnectors API.

    :schema: ConfigConnector
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ConfigConnectorSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ConfigConnector" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: ConfigConnectorSpec defines the desired state of ConfigConnector.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e59865bb44b9c67565c331746695b92457ef89e6bce271a280585b2700aac28c)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ConfigConnectorProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ConfigConnectorSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ConfigConnector".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: ConfigConnectorSpec defines the desired state of ConfigConnector.
        '''
        props = ConfigConnectorProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ConfigConnector".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


class ConfigConnectorContext(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnectorContext",
):
    '''ConfigConnectorContext is the Schema for the ConfigConnectorContexts API.

    :schema: ConfigConnectorContext
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ConfigConnectorContextSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ConfigConnectorContext" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: ConfigConnectorContextSpec defines the desired state of ConfigConnectorContext.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a29a0ee9c6ff7d29a874b33d80861e46c3975dd7d2db4883d93d884686b3ff48)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ConfigConnectorContextProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ConfigConnectorContextSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ConfigConnectorContext".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: ConfigConnectorContextSpec defines the desired state of ConfigConnectorContext.
        :param metadata: 
        '''
        props = ConfigConnectorContextProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ConfigConnectorContext".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnectorContextProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ConfigConnectorContextProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ConfigConnectorContextSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ConfigConnectorContext is the Schema for the ConfigConnectorContexts API.

        :param spec: ConfigConnectorContextSpec defines the desired state of ConfigConnectorContext.
        :param metadata: 

        :schema: ConfigConnectorContext
        '''
        if isinstance(spec, dict):
            spec = ConfigConnectorContextSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__09ed0c5f17d502ec7258e4dd3080b508918df775b3d45a616f1921214bf384d8)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ConfigConnectorContextSpec":
        '''ConfigConnectorContextSpec defines the desired state of ConfigConnectorContext.

        :schema: ConfigConnectorContext#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ConfigConnectorContextSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ConfigConnectorContext#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ConfigConnectorContextProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnectorContextSpec",
    jsii_struct_bases=[],
    name_mapping={
        "google_service_account": "googleServiceAccount",
        "actuation_mode": "actuationMode",
        "billing_project": "billingProject",
        "experiments": "experiments",
        "manager_namespace": "managerNamespace",
        "request_project_policy": "requestProjectPolicy",
        "state_into_spec": "stateIntoSpec",
        "version": "version",
    },
)
class ConfigConnectorContextSpec:
    def __init__(
        self,
        *,
        google_service_account: builtins.str,
        actuation_mode: typing.Optional["ConfigConnectorContextSpecActuationMode"] = None,
        billing_project: typing.Optional[builtins.str] = None,
        experiments: typing.Optional[typing.Union["ConfigConnectorContextSpecExperiments", typing.Dict[builtins.str, typing.Any]]] = None,
        manager_namespace: typing.Optional[builtins.str] = None,
        request_project_policy: typing.Optional["ConfigConnectorContextSpecRequestProjectPolicy"] = None,
        state_into_spec: typing.Optional["ConfigConnectorContextSpecStateIntoSpec"] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ConfigConnectorContextSpec defines the desired state of ConfigConnectorContext.

        :param google_service_account: The Google Service Account to be used by Config Connector to authenticate with Google Cloud APIs in the associated namespace.
        :param actuation_mode: The actuation mode of Config Connector controls how resources are actuated onto the cloud provider. This can be either 'Reconciling' or 'Paused'. The default is 'Reconciling' where resources get actuated. In 'Paused', k8s resources are still reconciled with the api server but not actuated onto the cloud provider.
        :param billing_project: Specifies the project to use for preconditions, quota and billing. Should only be used when requestProjectPolicy is set to BILLING_PROJECT.
        :param experiments: 
        :param manager_namespace: ManagerNamespace instructs Config Connector to deploy controller managers and related resources in the namespace specified as 'ManagerNamespace' instead of standard 'cnrm-system' The specified manager namespace may exist before the corresponding ConfigConnectorContext is created. If the specified namespace does not exist then it will be created by Config Connector. The field is immutable.
        :param request_project_policy: Specifies which project to use for preconditions, quota, and billing for requests made to Google Cloud APIs for resources in the associated namespace. Must be one of 'SERVICE_ACCOUNT_PROJECT', 'RESOURCE_PROJECT', or 'BILLING_PROJECT. Defaults to 'SERVICE_ACCOUNT_PROJECT'. If set to 'SERVICE_ACCOUNT_PROJECT', uses the project that the Google Service Account belongs to. If set to 'RESOURCE_PROJECT', uses the project that the resource belongs to. If set to 'BILLING_PROJECT', uses the project specified by spec.billingProject. Default: SERVICE_ACCOUNT_PROJECT'. If set to
        :param state_into_spec: StateIntoSpec is the user override of the default value for the 'cnrm.cloud.google.com/state-into-spec' annotation if the annotation is unset for a resource. 'Absent' means that unspecified fields in the resource spec stay unspecified after successful reconciliation. 'Merge' means that unspecified fields in the resource spec are populated after a successful reconciliation if those unspecified fields are computed/defaulted by the API. It is only applicable to resources supporting the 'Merge' option.
        :param version: Version specifies the exact addon version to be deployed, eg 1.2.3 Only limited versions are supported; currently we are only supporting the operator version and the previous minor version.

        :schema: ConfigConnectorContextSpec
        '''
        if isinstance(experiments, dict):
            experiments = ConfigConnectorContextSpecExperiments(**experiments)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9f5ac59013f60851d49d565e77ce648fbee352e77a641178f0bd29a8347886a9)
            check_type(argname="argument google_service_account", value=google_service_account, expected_type=type_hints["google_service_account"])
            check_type(argname="argument actuation_mode", value=actuation_mode, expected_type=type_hints["actuation_mode"])
            check_type(argname="argument billing_project", value=billing_project, expected_type=type_hints["billing_project"])
            check_type(argname="argument experiments", value=experiments, expected_type=type_hints["experiments"])
            check_type(argname="argument manager_namespace", value=manager_namespace, expected_type=type_hints["manager_namespace"])
            check_type(argname="argument request_project_policy", value=request_project_policy, expected_type=type_hints["request_project_policy"])
            check_type(argname="argument state_into_spec", value=state_into_spec, expected_type=type_hints["state_into_spec"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "google_service_account": google_service_account,
        }
        if actuation_mode is not None:
            self._values["actuation_mode"] = actuation_mode
        if billing_project is not None:
            self._values["billing_project"] = billing_project
        if experiments is not None:
            self._values["experiments"] = experiments
        if manager_namespace is not None:
            self._values["manager_namespace"] = manager_namespace
        if request_project_policy is not None:
            self._values["request_project_policy"] = request_project_policy
        if state_into_spec is not None:
            self._values["state_into_spec"] = state_into_spec
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def google_service_account(self) -> builtins.str:
        '''The Google Service Account to be used by Config Connector to authenticate with Google Cloud APIs in the associated namespace.

        :schema: ConfigConnectorContextSpec#googleServiceAccount
        '''
        result = self._values.get("google_service_account")
        assert result is not None, "Required property 'google_service_account' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def actuation_mode(
        self,
    ) -> typing.Optional["ConfigConnectorContextSpecActuationMode"]:
        '''The actuation mode of Config Connector controls how resources are actuated onto the cloud provider.

        This can be either 'Reconciling' or 'Paused'. The default is 'Reconciling' where resources get actuated.
        In 'Paused', k8s resources are still reconciled with the api server but not actuated onto the cloud provider.

        :schema: ConfigConnectorContextSpec#actuationMode
        '''
        result = self._values.get("actuation_mode")
        return typing.cast(typing.Optional["ConfigConnectorContextSpecActuationMode"], result)

    @builtins.property
    def billing_project(self) -> typing.Optional[builtins.str]:
        '''Specifies the project to use for preconditions, quota and billing.

        Should only be used when requestProjectPolicy is set to BILLING_PROJECT.

        :schema: ConfigConnectorContextSpec#billingProject
        '''
        result = self._values.get("billing_project")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def experiments(self) -> typing.Optional["ConfigConnectorContextSpecExperiments"]:
        '''
        :schema: ConfigConnectorContextSpec#experiments
        '''
        result = self._values.get("experiments")
        return typing.cast(typing.Optional["ConfigConnectorContextSpecExperiments"], result)

    @builtins.property
    def manager_namespace(self) -> typing.Optional[builtins.str]:
        '''ManagerNamespace instructs Config Connector to deploy controller managers and related resources in the namespace specified as 'ManagerNamespace' instead of standard 'cnrm-system' The specified manager namespace may exist before the corresponding ConfigConnectorContext is created.

        If the specified namespace does not exist then it will be created
        by Config Connector. The field is immutable.

        :schema: ConfigConnectorContextSpec#managerNamespace
        '''
        result = self._values.get("manager_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def request_project_policy(
        self,
    ) -> typing.Optional["ConfigConnectorContextSpecRequestProjectPolicy"]:
        '''Specifies which project to use for preconditions, quota, and billing for requests made to Google Cloud APIs for resources in the associated namespace.

        Must be one of 'SERVICE_ACCOUNT_PROJECT',
        'RESOURCE_PROJECT', or 'BILLING_PROJECT. Defaults to 'SERVICE_ACCOUNT_PROJECT'. If set to
        'SERVICE_ACCOUNT_PROJECT', uses the project that the Google Service
        Account belongs to. If set to 'RESOURCE_PROJECT', uses the project that
        the resource belongs to. If set to 'BILLING_PROJECT', uses the project specified by spec.billingProject.

        :default: SERVICE_ACCOUNT_PROJECT'. If set to

        :schema: ConfigConnectorContextSpec#requestProjectPolicy
        '''
        result = self._values.get("request_project_policy")
        return typing.cast(typing.Optional["ConfigConnectorContextSpecRequestProjectPolicy"], result)

    @builtins.property
    def state_into_spec(
        self,
    ) -> typing.Optional["ConfigConnectorContextSpecStateIntoSpec"]:
        '''StateIntoSpec is the user override of the default value for the 'cnrm.cloud.google.com/state-into-spec' annotation if the annotation is unset for a resource. 'Absent' means that unspecified fields in the resource spec stay unspecified after successful reconciliation. 'Merge' means that unspecified fields in the resource spec are populated after a successful reconciliation if those unspecified fields are computed/defaulted by the API. It is only applicable to resources supporting the 'Merge' option.

        :schema: ConfigConnectorContextSpec#stateIntoSpec
        '''
        result = self._values.get("state_into_spec")
        return typing.cast(typing.Optional["ConfigConnectorContextSpecStateIntoSpec"], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Version specifies the exact addon version to be deployed, eg 1.2.3 Only limited versions are supported; currently we are only supporting the operator version and the previous minor version.

        :schema: ConfigConnectorContextSpec#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ConfigConnectorContextSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnectorContextSpecActuationMode"
)
class ConfigConnectorContextSpecActuationMode(enum.Enum):
    '''The actuation mode of Config Connector controls how resources are actuated onto the cloud provider.

    This can be either 'Reconciling' or 'Paused'. The default is 'Reconciling' where resources get actuated.
    In 'Paused', k8s resources are still reconciled with the api server but not actuated onto the cloud provider.

    :schema: ConfigConnectorContextSpecActuationMode
    '''

    RECONCILING = "RECONCILING"
    '''Reconciling.'''
    PAUSED = "PAUSED"
    '''Paused.'''


@jsii.data_type(
    jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnectorContextSpecExperiments",
    jsii_struct_bases=[],
    name_mapping={
        "controller_overrides": "controllerOverrides",
        "resource_settings": "resourceSettings",
    },
)
class ConfigConnectorContextSpecExperiments:
    def __init__(
        self,
        *,
        controller_overrides: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        resource_settings: typing.Optional[typing.Union["ConfigConnectorContextSpecExperimentsResourceSettings", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param controller_overrides: ControllerOverrides allows specifying which controller to use for a given resource kind within this namespace, overriding the system default. The format for the entries should follow the format as Kind.group : e.g. BigQueryDataset.bigquery.cnrm.cloud.google.com: direct
        :param resource_settings: ResourceSettings allows specifying which resources to enable or disable in this namespace. Validation likely enforces uniqueness, but if duplicates exist, behavior is undefined.

        :schema: ConfigConnectorContextSpecExperiments
        '''
        if isinstance(resource_settings, dict):
            resource_settings = ConfigConnectorContextSpecExperimentsResourceSettings(**resource_settings)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4e6efdaeaa6962d4341de1d29e61cc414ad6c16f564a0c0b4870d187a0628762)
            check_type(argname="argument controller_overrides", value=controller_overrides, expected_type=type_hints["controller_overrides"])
            check_type(argname="argument resource_settings", value=resource_settings, expected_type=type_hints["resource_settings"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if controller_overrides is not None:
            self._values["controller_overrides"] = controller_overrides
        if resource_settings is not None:
            self._values["resource_settings"] = resource_settings

    @builtins.property
    def controller_overrides(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''ControllerOverrides allows specifying which controller to use for a given resource kind within this namespace, overriding the system default.

        The format for the entries should follow the format as Kind.group :
        e.g. BigQueryDataset.bigquery.cnrm.cloud.google.com: direct

        :schema: ConfigConnectorContextSpecExperiments#controllerOverrides
        '''
        result = self._values.get("controller_overrides")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def resource_settings(
        self,
    ) -> typing.Optional["ConfigConnectorContextSpecExperimentsResourceSettings"]:
        '''ResourceSettings allows specifying which resources to enable or disable in this namespace.

        Validation likely enforces uniqueness, but if duplicates exist, behavior is undefined.

        :schema: ConfigConnectorContextSpecExperiments#resourceSettings
        '''
        result = self._values.get("resource_settings")
        return typing.cast(typing.Optional["ConfigConnectorContextSpecExperimentsResourceSettings"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ConfigConnectorContextSpecExperiments(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnectorContextSpecExperimentsResourceSettings",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode", "resources": "resources"},
)
class ConfigConnectorContextSpecExperimentsResourceSettings:
    def __init__(
        self,
        *,
        mode: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Sequence[typing.Union["ConfigConnectorContextSpecExperimentsResourceSettingsResources", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''ResourceSettings allows specifying which resources to enable or disable in this namespace.

        Validation likely enforces uniqueness, but if duplicates exist, behavior is undefined.

        :param mode: Mode controls whether the resources are included or excluded. Defaults to "exclude" (Exclusion mode). Default: exclude" (Exclusion mode).
        :param resources: Resources is the list of resources to include or exclude.

        :schema: ConfigConnectorContextSpecExperimentsResourceSettings
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__27a3aa5ab4a3ed1c456d3864b0f236e0402d9f409040203c62e4ed61e9ba1496)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode
        if resources is not None:
            self._values["resources"] = resources

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''Mode controls whether the resources are included or excluded.

        Defaults to "exclude" (Exclusion mode).

        :default: exclude" (Exclusion mode).

        :schema: ConfigConnectorContextSpecExperimentsResourceSettings#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional[typing.List["ConfigConnectorContextSpecExperimentsResourceSettingsResources"]]:
        '''Resources is the list of resources to include or exclude.

        :schema: ConfigConnectorContextSpecExperimentsResourceSettings#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional[typing.List["ConfigConnectorContextSpecExperimentsResourceSettingsResources"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ConfigConnectorContextSpecExperimentsResourceSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnectorContextSpecExperimentsResourceSettingsResources",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind"},
)
class ConfigConnectorContextSpecExperimentsResourceSettingsResources:
    def __init__(
        self,
        *,
        group: builtins.str,
        kind: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param group: Group is the API group of the resource.
        :param kind: Kind is the Kind of the resource.

        :schema: ConfigConnectorContextSpecExperimentsResourceSettingsResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3d517da260648e6b1e691fa2bbf3e7180df4061e210972204e3f7b8e1481c33b)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
        }
        if kind is not None:
            self._values["kind"] = kind

    @builtins.property
    def group(self) -> builtins.str:
        '''Group is the API group of the resource.

        :schema: ConfigConnectorContextSpecExperimentsResourceSettingsResources#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is the Kind of the resource.

        :schema: ConfigConnectorContextSpecExperimentsResourceSettingsResources#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ConfigConnectorContextSpecExperimentsResourceSettingsResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnectorContextSpecRequestProjectPolicy"
)
class ConfigConnectorContextSpecRequestProjectPolicy(enum.Enum):
    '''Specifies which project to use for preconditions, quota, and billing for requests made to Google Cloud APIs for resources in the associated namespace.

    Must be one of 'SERVICE_ACCOUNT_PROJECT',
    'RESOURCE_PROJECT', or 'BILLING_PROJECT. Defaults to 'SERVICE_ACCOUNT_PROJECT'. If set to
    'SERVICE_ACCOUNT_PROJECT', uses the project that the Google Service
    Account belongs to. If set to 'RESOURCE_PROJECT', uses the project that
    the resource belongs to. If set to 'BILLING_PROJECT', uses the project specified by spec.billingProject.

    :default: SERVICE_ACCOUNT_PROJECT'. If set to

    :schema: ConfigConnectorContextSpecRequestProjectPolicy
    '''

    SERVICE_UNDERSCORE_ACCOUNT_UNDERSCORE_PROJECT = "SERVICE_UNDERSCORE_ACCOUNT_UNDERSCORE_PROJECT"
    '''SERVICE_ACCOUNT_PROJECT.'''
    RESOURCE_UNDERSCORE_PROJECT = "RESOURCE_UNDERSCORE_PROJECT"
    '''RESOURCE_PROJECT.'''
    BILLING_UNDERSCORE_PROJECT = "BILLING_UNDERSCORE_PROJECT"
    '''BILLING_PROJECT.'''


@jsii.enum(
    jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnectorContextSpecStateIntoSpec"
)
class ConfigConnectorContextSpecStateIntoSpec(enum.Enum):
    '''StateIntoSpec is the user override of the default value for the 'cnrm.cloud.google.com/state-into-spec' annotation if the annotation is unset for a resource. 'Absent' means that unspecified fields in the resource spec stay unspecified after successful reconciliation. 'Merge' means that unspecified fields in the resource spec are populated after a successful reconciliation if those unspecified fields are computed/defaulted by the API. It is only applicable to resources supporting the 'Merge' option.

    :schema: ConfigConnectorContextSpecStateIntoSpec
    '''

    ABSENT = "ABSENT"
    '''Absent.'''
    MERGE = "MERGE"
    '''Merge.'''


@jsii.data_type(
    jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnectorProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ConfigConnectorProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ConfigConnectorSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ConfigConnector is the Schema for the configconnectors API.

        :param metadata: 
        :param spec: ConfigConnectorSpec defines the desired state of ConfigConnector.

        :schema: ConfigConnector
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ConfigConnectorSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9a4a4a351e988555b3de65ccd5cf5cd2333ed2c2c2d101fc657c448199efd9e2)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ConfigConnector#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ConfigConnectorSpec"]:
        '''ConfigConnectorSpec defines the desired state of ConfigConnector.

        :schema: ConfigConnector#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ConfigConnectorSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ConfigConnectorProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnectorSpec",
    jsii_struct_bases=[],
    name_mapping={
        "actuation_mode": "actuationMode",
        "credential_secret_name": "credentialSecretName",
        "experiments": "experiments",
        "google_service_account": "googleServiceAccount",
        "mode": "mode",
        "state_into_spec": "stateIntoSpec",
    },
)
class ConfigConnectorSpec:
    def __init__(
        self,
        *,
        actuation_mode: typing.Optional["ConfigConnectorSpecActuationMode"] = None,
        credential_secret_name: typing.Optional[builtins.str] = None,
        experiments: typing.Optional[typing.Union["ConfigConnectorSpecExperiments", typing.Dict[builtins.str, typing.Any]]] = None,
        google_service_account: typing.Optional[builtins.str] = None,
        mode: typing.Optional["ConfigConnectorSpecMode"] = None,
        state_into_spec: typing.Optional["ConfigConnectorSpecStateIntoSpec"] = None,
    ) -> None:
        '''ConfigConnectorSpec defines the desired state of ConfigConnector.

        :param actuation_mode: The actuation mode of Config Connector controls how resources are actuated onto the cloud provider. This can be either 'Reconciling' or 'Paused'. In 'Paused', k8s resources are still reconciled with the api server but not actuated onto the cloud provider. If Config Connector is running in 'namespaced' mode, then the value in ConfigConnectorContext (CCC) takes precedence. If CCC doesn't define a value but ConfigConnector (CC) does, we defer to that value. Otherwise, the default is 'Reconciling' where resources get actuated.
        :param credential_secret_name: The Kubernetes secret that contains the Google Service Account Key's credentials to be used by ConfigConnector to authenticate with Google Cloud APIs. This field is used only when in cluster mode. It's recommended to use ``googleServiceAccount`` when running ConfigConnector in Google Kubernetes Engine (GKE) clusters with Workload Identity enabled. This field cannot be specified together with ``googleServiceAccount``.
        :param experiments: ConfigConnector specific experiments.
        :param google_service_account: The Google Service Account to be used by Config Connector to authenticate with Google Cloud APIs. This field is used only when running in cluster mode with Workload Identity enabled. See Google Kubernetes Engine (GKE) workload-identity (https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity) for details. This field cannot be specified together with ``credentialSecretName``. For namespaced mode, use ``googleServiceAccount`` in ConfigConnectorContext CRD to specify the Google Service Account to be used to authenticate with Google Cloud APIs per namespace.
        :param mode: The mode that Config Connector will run in. This can be either 'cluster' or 'namespaced'. The default is 'namespaced'. Cluster mode uses a single Google Service Account to create and manage resources, even if you are using Config Connector to manage multiple Projects. You must specify either ``credentialSecretName`` or ``googleServiceAccount`` when in cluster mode, but not both. Namespaced mode allows you to use different Google service accounts for different Projects. When in namespaced mode, you must create a ConfigConnectorContext object per namespace that you want to enable Config Connector in, and each must set ``googleServiceAccount`` to specify the Google Service Account to be used to authenticate with Google Cloud APIs for the namespace.
        :param state_into_spec: StateIntoSpec is the user override of the default value for the 'cnrm.cloud.google.com/state-into-spec' annotation if the annotation is unset for a resource. If the field is set in both the ConfigConnector object and the ConfigConnectorContext object is in the namespaced mode, then the value in the ConfigConnectorContext object will be used. 'Absent' means that unspecified fields in the resource spec stay unspecified after successful reconciliation. 'Merge' means that unspecified fields in the resource spec are populated after a successful reconciliation if those unspecified fields are computed/defaulted by the API. It is only applicable to resources supporting the 'Merge' option.

        :schema: ConfigConnectorSpec
        '''
        if isinstance(experiments, dict):
            experiments = ConfigConnectorSpecExperiments(**experiments)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__19f97e33f79543ec1319453182fbe66a6765ee40406e579d33fbb22dc0255487)
            check_type(argname="argument actuation_mode", value=actuation_mode, expected_type=type_hints["actuation_mode"])
            check_type(argname="argument credential_secret_name", value=credential_secret_name, expected_type=type_hints["credential_secret_name"])
            check_type(argname="argument experiments", value=experiments, expected_type=type_hints["experiments"])
            check_type(argname="argument google_service_account", value=google_service_account, expected_type=type_hints["google_service_account"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument state_into_spec", value=state_into_spec, expected_type=type_hints["state_into_spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if actuation_mode is not None:
            self._values["actuation_mode"] = actuation_mode
        if credential_secret_name is not None:
            self._values["credential_secret_name"] = credential_secret_name
        if experiments is not None:
            self._values["experiments"] = experiments
        if google_service_account is not None:
            self._values["google_service_account"] = google_service_account
        if mode is not None:
            self._values["mode"] = mode
        if state_into_spec is not None:
            self._values["state_into_spec"] = state_into_spec

    @builtins.property
    def actuation_mode(self) -> typing.Optional["ConfigConnectorSpecActuationMode"]:
        '''The actuation mode of Config Connector controls how resources are actuated onto the cloud provider.

        This can be either 'Reconciling' or 'Paused'.
        In 'Paused', k8s resources are still reconciled with the api server but not actuated onto the cloud provider.
        If Config Connector is running in 'namespaced' mode, then the value in ConfigConnectorContext (CCC) takes precedence.
        If CCC doesn't define a value but ConfigConnector (CC) does, we defer to that value. Otherwise,
        the default is 'Reconciling' where resources get actuated.

        :schema: ConfigConnectorSpec#actuationMode
        '''
        result = self._values.get("actuation_mode")
        return typing.cast(typing.Optional["ConfigConnectorSpecActuationMode"], result)

    @builtins.property
    def credential_secret_name(self) -> typing.Optional[builtins.str]:
        '''The Kubernetes secret that contains the Google Service Account Key's credentials to be used by ConfigConnector to authenticate with Google Cloud APIs.

        This field is used only when in cluster mode.
        It's recommended to use ``googleServiceAccount`` when running ConfigConnector in Google Kubernetes Engine (GKE) clusters with Workload Identity enabled.
        This field cannot be specified together with ``googleServiceAccount``.

        :schema: ConfigConnectorSpec#credentialSecretName
        '''
        result = self._values.get("credential_secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def experiments(self) -> typing.Optional["ConfigConnectorSpecExperiments"]:
        '''ConfigConnector specific experiments.

        :schema: ConfigConnectorSpec#experiments
        '''
        result = self._values.get("experiments")
        return typing.cast(typing.Optional["ConfigConnectorSpecExperiments"], result)

    @builtins.property
    def google_service_account(self) -> typing.Optional[builtins.str]:
        '''The Google Service Account to be used by Config Connector to authenticate with Google Cloud APIs.

        This field is used only when running in cluster mode with Workload Identity enabled.
        See Google Kubernetes Engine (GKE) workload-identity (https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity) for details. This field cannot be specified together with ``credentialSecretName``.
        For namespaced mode, use ``googleServiceAccount`` in ConfigConnectorContext CRD to specify the Google Service Account to be used to authenticate with Google Cloud APIs per namespace.

        :schema: ConfigConnectorSpec#googleServiceAccount
        '''
        result = self._values.get("google_service_account")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mode(self) -> typing.Optional["ConfigConnectorSpecMode"]:
        '''The mode that Config Connector will run in.

        This can be either 'cluster' or 'namespaced'. The default is 'namespaced'.
        Cluster mode uses a single Google Service Account to create and manage resources, even if you are using Config Connector to manage multiple Projects.
        You must specify either ``credentialSecretName`` or ``googleServiceAccount`` when in cluster mode, but not both.
        Namespaced mode allows you to use different Google service accounts for different Projects.
        When in namespaced mode, you must create a ConfigConnectorContext object per namespace that you want to enable Config Connector in, and each must set ``googleServiceAccount`` to specify the Google Service Account to be used to authenticate with Google Cloud APIs for the namespace.

        :schema: ConfigConnectorSpec#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["ConfigConnectorSpecMode"], result)

    @builtins.property
    def state_into_spec(self) -> typing.Optional["ConfigConnectorSpecStateIntoSpec"]:
        '''StateIntoSpec is the user override of the default value for the 'cnrm.cloud.google.com/state-into-spec' annotation if the annotation is unset for a resource. If the field is set in both the ConfigConnector object and the ConfigConnectorContext object is in the namespaced mode, then the value in the ConfigConnectorContext object will be used. 'Absent' means that unspecified fields in the resource spec stay unspecified after successful reconciliation. 'Merge' means that unspecified fields in the resource spec are populated after a successful reconciliation if those unspecified fields are computed/defaulted by the API. It is only applicable to resources supporting the 'Merge' option.

        :schema: ConfigConnectorSpec#stateIntoSpec
        '''
        result = self._values.get("state_into_spec")
        return typing.cast(typing.Optional["ConfigConnectorSpecStateIntoSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ConfigConnectorSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnectorSpecActuationMode"
)
class ConfigConnectorSpecActuationMode(enum.Enum):
    '''The actuation mode of Config Connector controls how resources are actuated onto the cloud provider.

    This can be either 'Reconciling' or 'Paused'.
    In 'Paused', k8s resources are still reconciled with the api server but not actuated onto the cloud provider.
    If Config Connector is running in 'namespaced' mode, then the value in ConfigConnectorContext (CCC) takes precedence.
    If CCC doesn't define a value but ConfigConnector (CC) does, we defer to that value. Otherwise,
    the default is 'Reconciling' where resources get actuated.

    :schema: ConfigConnectorSpecActuationMode
    '''

    RECONCILING = "RECONCILING"
    '''Reconciling.'''
    PAUSED = "PAUSED"
    '''Paused.'''


@jsii.data_type(
    jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnectorSpecExperiments",
    jsii_struct_bases=[],
    name_mapping={
        "multi_cluster_lease": "multiClusterLease",
        "resource_settings": "resourceSettings",
    },
)
class ConfigConnectorSpecExperiments:
    def __init__(
        self,
        *,
        multi_cluster_lease: typing.Optional[typing.Union["ConfigConnectorSpecExperimentsMultiClusterLease", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_settings: typing.Optional[typing.Union["ConfigConnectorSpecExperimentsResourceSettings", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ConfigConnector specific experiments.

        :param multi_cluster_lease: MultiClusterLease defines configuration specific to multi-cluster leader election.
        :param resource_settings: ResourceSettings allows specifying which resources to enable or disable.

        :schema: ConfigConnectorSpecExperiments
        '''
        if isinstance(multi_cluster_lease, dict):
            multi_cluster_lease = ConfigConnectorSpecExperimentsMultiClusterLease(**multi_cluster_lease)
        if isinstance(resource_settings, dict):
            resource_settings = ConfigConnectorSpecExperimentsResourceSettings(**resource_settings)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e93ea1921fc3f033498653d570f0c4fc7f117b39126f1aeb4a99d0b5d7ed5cf4)
            check_type(argname="argument multi_cluster_lease", value=multi_cluster_lease, expected_type=type_hints["multi_cluster_lease"])
            check_type(argname="argument resource_settings", value=resource_settings, expected_type=type_hints["resource_settings"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if multi_cluster_lease is not None:
            self._values["multi_cluster_lease"] = multi_cluster_lease
        if resource_settings is not None:
            self._values["resource_settings"] = resource_settings

    @builtins.property
    def multi_cluster_lease(
        self,
    ) -> typing.Optional["ConfigConnectorSpecExperimentsMultiClusterLease"]:
        '''MultiClusterLease defines configuration specific to multi-cluster leader election.

        :schema: ConfigConnectorSpecExperiments#multiClusterLease
        '''
        result = self._values.get("multi_cluster_lease")
        return typing.cast(typing.Optional["ConfigConnectorSpecExperimentsMultiClusterLease"], result)

    @builtins.property
    def resource_settings(
        self,
    ) -> typing.Optional["ConfigConnectorSpecExperimentsResourceSettings"]:
        '''ResourceSettings allows specifying which resources to enable or disable.

        :schema: ConfigConnectorSpecExperiments#resourceSettings
        '''
        result = self._values.get("resource_settings")
        return typing.cast(typing.Optional["ConfigConnectorSpecExperimentsResourceSettings"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ConfigConnectorSpecExperiments(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnectorSpecExperimentsMultiClusterLease",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_candidate_identity": "clusterCandidateIdentity",
        "lease_name": "leaseName",
        "namespace": "namespace",
        "resource_replication_mode": "resourceReplicationMode",
    },
)
class ConfigConnectorSpecExperimentsMultiClusterLease:
    def __init__(
        self,
        *,
        cluster_candidate_identity: builtins.str,
        lease_name: builtins.str,
        namespace: builtins.str,
        resource_replication_mode: typing.Optional["ConfigConnectorSpecExperimentsMultiClusterLeaseResourceReplicationMode"] = None,
    ) -> None:
        '''MultiClusterLease defines configuration specific to multi-cluster leader election.

        :param cluster_candidate_identity: The identity of the cluster candidate for the KCC components, hared by all KCC replicas and workloads across all clusters that are part of the same election. This name must be unique across all the clusters that you are configuring the multi cluster set up for.
        :param lease_name: The name of the MultiClusterLease object that KCC will create.
        :param namespace: The namespace where the MultiClusterLease object will be created.
        :param resource_replication_mode: ResourceReplicationMode specifies how the resources will be synced to the passive clusters. Can be either 'Status', 'Full', or 'Disabled'. 'Status' (default) means only the status field (and occasionally essential fields like spec.resourceID) are synced. 'Full' means both the spec and status are synced. 'Disabled' means resource replication is completely turned off for this lease.

        :schema: ConfigConnectorSpecExperimentsMultiClusterLease
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__06f91bb2f1af9495d68cbaebaaac260ffc9750080816b7f0ab3a5de941b4f4a2)
            check_type(argname="argument cluster_candidate_identity", value=cluster_candidate_identity, expected_type=type_hints["cluster_candidate_identity"])
            check_type(argname="argument lease_name", value=lease_name, expected_type=type_hints["lease_name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument resource_replication_mode", value=resource_replication_mode, expected_type=type_hints["resource_replication_mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cluster_candidate_identity": cluster_candidate_identity,
            "lease_name": lease_name,
            "namespace": namespace,
        }
        if resource_replication_mode is not None:
            self._values["resource_replication_mode"] = resource_replication_mode

    @builtins.property
    def cluster_candidate_identity(self) -> builtins.str:
        '''The identity of the cluster candidate for the KCC components, hared by all KCC replicas and workloads across all clusters that are part of the same election.

        This name must be unique across all the clusters that you are configuring the multi cluster set up for.

        :schema: ConfigConnectorSpecExperimentsMultiClusterLease#clusterCandidateIdentity
        '''
        result = self._values.get("cluster_candidate_identity")
        assert result is not None, "Required property 'cluster_candidate_identity' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def lease_name(self) -> builtins.str:
        '''The name of the MultiClusterLease object that KCC will create.

        :schema: ConfigConnectorSpecExperimentsMultiClusterLease#leaseName
        '''
        result = self._values.get("lease_name")
        assert result is not None, "Required property 'lease_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> builtins.str:
        '''The namespace where the MultiClusterLease object will be created.

        :schema: ConfigConnectorSpecExperimentsMultiClusterLease#namespace
        '''
        result = self._values.get("namespace")
        assert result is not None, "Required property 'namespace' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def resource_replication_mode(
        self,
    ) -> typing.Optional["ConfigConnectorSpecExperimentsMultiClusterLeaseResourceReplicationMode"]:
        '''ResourceReplicationMode specifies how the resources will be synced to the passive clusters.

        Can be either 'Status', 'Full', or 'Disabled'.
        'Status' (default) means only the status field (and occasionally essential fields like spec.resourceID) are synced.
        'Full' means both the spec and status are synced.
        'Disabled' means resource replication is completely turned off for this lease.

        :schema: ConfigConnectorSpecExperimentsMultiClusterLease#resourceReplicationMode
        '''
        result = self._values.get("resource_replication_mode")
        return typing.cast(typing.Optional["ConfigConnectorSpecExperimentsMultiClusterLeaseResourceReplicationMode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ConfigConnectorSpecExperimentsMultiClusterLease(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnectorSpecExperimentsMultiClusterLeaseResourceReplicationMode"
)
class ConfigConnectorSpecExperimentsMultiClusterLeaseResourceReplicationMode(enum.Enum):
    '''ResourceReplicationMode specifies how the resources will be synced to the passive clusters.

    Can be either 'Status', 'Full', or 'Disabled'.
    'Status' (default) means only the status field (and occasionally essential fields like spec.resourceID) are synced.
    'Full' means both the spec and status are synced.
    'Disabled' means resource replication is completely turned off for this lease.

    :schema: ConfigConnectorSpecExperimentsMultiClusterLeaseResourceReplicationMode
    '''

    STATUS = "STATUS"
    '''Status.'''
    FULL = "FULL"
    '''Full.'''
    DISABLED = "DISABLED"
    '''Disabled.'''


@jsii.data_type(
    jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnectorSpecExperimentsResourceSettings",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode", "resources": "resources"},
)
class ConfigConnectorSpecExperimentsResourceSettings:
    def __init__(
        self,
        *,
        mode: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Sequence[typing.Union["ConfigConnectorSpecExperimentsResourceSettingsResources", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''ResourceSettings allows specifying which resources to enable or disable.

        :param mode: Mode controls whether the resources are included or excluded. Defaults to "exclude" (Exclusion mode). Default: exclude" (Exclusion mode).
        :param resources: Resources is the list of resources to include or exclude.

        :schema: ConfigConnectorSpecExperimentsResourceSettings
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7e1bbd063ed7f79dd4b3ad83b89946f21f8bcd7ab069a3c7df34ffb434978c81)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode
        if resources is not None:
            self._values["resources"] = resources

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''Mode controls whether the resources are included or excluded.

        Defaults to "exclude" (Exclusion mode).

        :default: exclude" (Exclusion mode).

        :schema: ConfigConnectorSpecExperimentsResourceSettings#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional[typing.List["ConfigConnectorSpecExperimentsResourceSettingsResources"]]:
        '''Resources is the list of resources to include or exclude.

        :schema: ConfigConnectorSpecExperimentsResourceSettings#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional[typing.List["ConfigConnectorSpecExperimentsResourceSettingsResources"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ConfigConnectorSpecExperimentsResourceSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnectorSpecExperimentsResourceSettingsResources",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind"},
)
class ConfigConnectorSpecExperimentsResourceSettingsResources:
    def __init__(
        self,
        *,
        group: builtins.str,
        kind: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param group: Group is the API group of the resource.
        :param kind: Kind is the Kind of the resource.

        :schema: ConfigConnectorSpecExperimentsResourceSettingsResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__374d36a57f264f348fb54840f4858141ffe02a895c901dca7994da9580483755)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
        }
        if kind is not None:
            self._values["kind"] = kind

    @builtins.property
    def group(self) -> builtins.str:
        '''Group is the API group of the resource.

        :schema: ConfigConnectorSpecExperimentsResourceSettingsResources#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is the Kind of the resource.

        :schema: ConfigConnectorSpecExperimentsResourceSettingsResources#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ConfigConnectorSpecExperimentsResourceSettingsResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnectorSpecMode")
class ConfigConnectorSpecMode(enum.Enum):
    '''The mode that Config Connector will run in.

    This can be either 'cluster' or 'namespaced'. The default is 'namespaced'.
    Cluster mode uses a single Google Service Account to create and manage resources, even if you are using Config Connector to manage multiple Projects.
    You must specify either ``credentialSecretName`` or ``googleServiceAccount`` when in cluster mode, but not both.
    Namespaced mode allows you to use different Google service accounts for different Projects.
    When in namespaced mode, you must create a ConfigConnectorContext object per namespace that you want to enable Config Connector in, and each must set ``googleServiceAccount`` to specify the Google Service Account to be used to authenticate with Google Cloud APIs for the namespace.

    :schema: ConfigConnectorSpecMode
    '''

    CLUSTER = "CLUSTER"
    '''cluster.'''
    NAMESPACED = "NAMESPACED"
    '''namespaced.'''


@jsii.enum(
    jsii_type="kcc_core_comgooglecloudcnrmcore.ConfigConnectorSpecStateIntoSpec"
)
class ConfigConnectorSpecStateIntoSpec(enum.Enum):
    '''StateIntoSpec is the user override of the default value for the 'cnrm.cloud.google.com/state-into-spec' annotation if the annotation is unset for a resource. If the field is set in both the ConfigConnector object and the ConfigConnectorContext object is in the namespaced mode, then the value in the ConfigConnectorContext object will be used. 'Absent' means that unspecified fields in the resource spec stay unspecified after successful reconciliation. 'Merge' means that unspecified fields in the resource spec are populated after a successful reconciliation if those unspecified fields are computed/defaulted by the API. It is only applicable to resources supporting the 'Merge' option.

    :schema: ConfigConnectorSpecStateIntoSpec
    '''

    ABSENT = "ABSENT"
    '''Absent.'''
    MERGE = "MERGE"
    '''Merge.'''


__all__ = [
    "ConfigConnector",
    "ConfigConnectorContext",
    "ConfigConnectorContextProps",
    "ConfigConnectorContextSpec",
    "ConfigConnectorContextSpecActuationMode",
    "ConfigConnectorContextSpecExperiments",
    "ConfigConnectorContextSpecExperimentsResourceSettings",
    "ConfigConnectorContextSpecExperimentsResourceSettingsResources",
    "ConfigConnectorContextSpecRequestProjectPolicy",
    "ConfigConnectorContextSpecStateIntoSpec",
    "ConfigConnectorProps",
    "ConfigConnectorSpec",
    "ConfigConnectorSpecActuationMode",
    "ConfigConnectorSpecExperiments",
    "ConfigConnectorSpecExperimentsMultiClusterLease",
    "ConfigConnectorSpecExperimentsMultiClusterLeaseResourceReplicationMode",
    "ConfigConnectorSpecExperimentsResourceSettings",
    "ConfigConnectorSpecExperimentsResourceSettingsResources",
    "ConfigConnectorSpecMode",
    "ConfigConnectorSpecStateIntoSpec",
]

publication.publish()

def _typecheckingstub__e59865bb44b9c67565c331746695b92457ef89e6bce271a280585b2700aac28c(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ConfigConnectorSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a29a0ee9c6ff7d29a874b33d80861e46c3975dd7d2db4883d93d884686b3ff48(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ConfigConnectorContextSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09ed0c5f17d502ec7258e4dd3080b508918df775b3d45a616f1921214bf384d8(
    *,
    spec: typing.Union[ConfigConnectorContextSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9f5ac59013f60851d49d565e77ce648fbee352e77a641178f0bd29a8347886a9(
    *,
    google_service_account: builtins.str,
    actuation_mode: typing.Optional[ConfigConnectorContextSpecActuationMode] = None,
    billing_project: typing.Optional[builtins.str] = None,
    experiments: typing.Optional[typing.Union[ConfigConnectorContextSpecExperiments, typing.Dict[builtins.str, typing.Any]]] = None,
    manager_namespace: typing.Optional[builtins.str] = None,
    request_project_policy: typing.Optional[ConfigConnectorContextSpecRequestProjectPolicy] = None,
    state_into_spec: typing.Optional[ConfigConnectorContextSpecStateIntoSpec] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e6efdaeaa6962d4341de1d29e61cc414ad6c16f564a0c0b4870d187a0628762(
    *,
    controller_overrides: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    resource_settings: typing.Optional[typing.Union[ConfigConnectorContextSpecExperimentsResourceSettings, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27a3aa5ab4a3ed1c456d3864b0f236e0402d9f409040203c62e4ed61e9ba1496(
    *,
    mode: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Sequence[typing.Union[ConfigConnectorContextSpecExperimentsResourceSettingsResources, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3d517da260648e6b1e691fa2bbf3e7180df4061e210972204e3f7b8e1481c33b(
    *,
    group: builtins.str,
    kind: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a4a4a351e988555b3de65ccd5cf5cd2333ed2c2c2d101fc657c448199efd9e2(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ConfigConnectorSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19f97e33f79543ec1319453182fbe66a6765ee40406e579d33fbb22dc0255487(
    *,
    actuation_mode: typing.Optional[ConfigConnectorSpecActuationMode] = None,
    credential_secret_name: typing.Optional[builtins.str] = None,
    experiments: typing.Optional[typing.Union[ConfigConnectorSpecExperiments, typing.Dict[builtins.str, typing.Any]]] = None,
    google_service_account: typing.Optional[builtins.str] = None,
    mode: typing.Optional[ConfigConnectorSpecMode] = None,
    state_into_spec: typing.Optional[ConfigConnectorSpecStateIntoSpec] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e93ea1921fc3f033498653d570f0c4fc7f117b39126f1aeb4a99d0b5d7ed5cf4(
    *,
    multi_cluster_lease: typing.Optional[typing.Union[ConfigConnectorSpecExperimentsMultiClusterLease, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_settings: typing.Optional[typing.Union[ConfigConnectorSpecExperimentsResourceSettings, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06f91bb2f1af9495d68cbaebaaac260ffc9750080816b7f0ab3a5de941b4f4a2(
    *,
    cluster_candidate_identity: builtins.str,
    lease_name: builtins.str,
    namespace: builtins.str,
    resource_replication_mode: typing.Optional[ConfigConnectorSpecExperimentsMultiClusterLeaseResourceReplicationMode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e1bbd063ed7f79dd4b3ad83b89946f21f8bcd7ab069a3c7df34ffb434978c81(
    *,
    mode: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Sequence[typing.Union[ConfigConnectorSpecExperimentsResourceSettingsResources, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__374d36a57f264f348fb54840f4858141ffe02a895c901dca7994da9580483755(
    *,
    group: builtins.str,
    kind: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
