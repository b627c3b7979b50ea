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


class PodDefault(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefault",
):
    '''
    :schema: PodDefault
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["PodDefaultSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "PodDefault" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b748235f02195aedea4f51e6c89035a1408196886016f71a5d04bb445ee4fd24)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = PodDefaultProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["PodDefaultSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "PodDefault".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = PodDefaultProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "PodDefault".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class PodDefaultProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["PodDefaultSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: PodDefault
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = PodDefaultSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__77d67d331606058637a0df9d5eda8bf85360d11fa6f431b95833b6c0a0253e0a)
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
        :schema: PodDefault#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["PodDefaultSpec"]:
        '''
        :schema: PodDefault#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["PodDefaultSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpec",
    jsii_struct_bases=[],
    name_mapping={
        "selector": "selector",
        "annotations": "annotations",
        "args": "args",
        "automount_service_account_token": "automountServiceAccountToken",
        "command": "command",
        "desc": "desc",
        "env": "env",
        "env_from": "envFrom",
        "image_pull_secrets": "imagePullSecrets",
        "init_containers": "initContainers",
        "labels": "labels",
        "service_account_name": "serviceAccountName",
        "sidecars": "sidecars",
        "tolerations": "tolerations",
        "volume_mounts": "volumeMounts",
        "volumes": "volumes",
    },
)
class PodDefaultSpec:
    def __init__(
        self,
        *,
        selector: typing.Union["PodDefaultSpecSelector", typing.Dict[builtins.str, typing.Any]],
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        automount_service_account_token: typing.Optional[builtins.bool] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        desc: typing.Optional[builtins.str] = None,
        env: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        env_from: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecEnvFrom", typing.Dict[builtins.str, typing.Any]]]] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecImagePullSecrets", typing.Dict[builtins.str, typing.Any]]]] = None,
        init_containers: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecInitContainers", typing.Dict[builtins.str, typing.Any]]]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        sidecars: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecSidecars", typing.Dict[builtins.str, typing.Any]]]] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecTolerations", typing.Dict[builtins.str, typing.Any]]]] = None,
        volume_mounts: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecVolumeMounts", typing.Dict[builtins.str, typing.Any]]]] = None,
        volumes: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param selector: 
        :param annotations: 
        :param args: 
        :param automount_service_account_token: 
        :param command: 
        :param desc: 
        :param env: 
        :param env_from: 
        :param image_pull_secrets: 
        :param init_containers: 
        :param labels: 
        :param service_account_name: 
        :param sidecars: 
        :param tolerations: 
        :param volume_mounts: 
        :param volumes: 

        :schema: PodDefaultSpec
        '''
        if isinstance(selector, dict):
            selector = PodDefaultSpecSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6d743fc9599e179c8cde84a18040564acd0bec9b037833f7e0c8bf994d91aa79)
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument automount_service_account_token", value=automount_service_account_token, expected_type=type_hints["automount_service_account_token"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument desc", value=desc, expected_type=type_hints["desc"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument env_from", value=env_from, expected_type=type_hints["env_from"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument init_containers", value=init_containers, expected_type=type_hints["init_containers"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument sidecars", value=sidecars, expected_type=type_hints["sidecars"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
            check_type(argname="argument volume_mounts", value=volume_mounts, expected_type=type_hints["volume_mounts"])
            check_type(argname="argument volumes", value=volumes, expected_type=type_hints["volumes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "selector": selector,
        }
        if annotations is not None:
            self._values["annotations"] = annotations
        if args is not None:
            self._values["args"] = args
        if automount_service_account_token is not None:
            self._values["automount_service_account_token"] = automount_service_account_token
        if command is not None:
            self._values["command"] = command
        if desc is not None:
            self._values["desc"] = desc
        if env is not None:
            self._values["env"] = env
        if env_from is not None:
            self._values["env_from"] = env_from
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if init_containers is not None:
            self._values["init_containers"] = init_containers
        if labels is not None:
            self._values["labels"] = labels
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if sidecars is not None:
            self._values["sidecars"] = sidecars
        if tolerations is not None:
            self._values["tolerations"] = tolerations
        if volume_mounts is not None:
            self._values["volume_mounts"] = volume_mounts
        if volumes is not None:
            self._values["volumes"] = volumes

    @builtins.property
    def selector(self) -> "PodDefaultSpecSelector":
        '''
        :schema: PodDefaultSpec#selector
        '''
        result = self._values.get("selector")
        assert result is not None, "Required property 'selector' is missing"
        return typing.cast("PodDefaultSpecSelector", result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PodDefaultSpec#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpec#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def automount_service_account_token(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpec#automountServiceAccountToken
        '''
        result = self._values.get("automount_service_account_token")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpec#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def desc(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpec#desc
        '''
        result = self._values.get("desc")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["PodDefaultSpecEnv"]]:
        '''
        :schema: PodDefaultSpec#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecEnv"]], result)

    @builtins.property
    def env_from(self) -> typing.Optional[typing.List["PodDefaultSpecEnvFrom"]]:
        '''
        :schema: PodDefaultSpec#envFrom
        '''
        result = self._values.get("env_from")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecEnvFrom"]], result)

    @builtins.property
    def image_pull_secrets(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecImagePullSecrets"]]:
        '''
        :schema: PodDefaultSpec#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecImagePullSecrets"]], result)

    @builtins.property
    def init_containers(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecInitContainers"]]:
        '''
        :schema: PodDefaultSpec#initContainers
        '''
        result = self._values.get("init_containers")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecInitContainers"]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PodDefaultSpec#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpec#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sidecars(self) -> typing.Optional[typing.List["PodDefaultSpecSidecars"]]:
        '''
        :schema: PodDefaultSpec#sidecars
        '''
        result = self._values.get("sidecars")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecSidecars"]], result)

    @builtins.property
    def tolerations(self) -> typing.Optional[typing.List["PodDefaultSpecTolerations"]]:
        '''
        :schema: PodDefaultSpec#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecTolerations"]], result)

    @builtins.property
    def volume_mounts(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecVolumeMounts"]]:
        '''
        :schema: PodDefaultSpec#volumeMounts
        '''
        result = self._values.get("volume_mounts")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecVolumeMounts"]], result)

    @builtins.property
    def volumes(self) -> typing.Optional[typing.List["PodDefaultSpecVolumes"]]:
        '''
        :schema: PodDefaultSpec#volumes
        '''
        result = self._values.get("volumes")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class PodDefaultSpecEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["PodDefaultSpecEnvValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: PodDefaultSpecEnv
        '''
        if isinstance(value_from, dict):
            value_from = PodDefaultSpecEnvValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd849da25245f0a1fba88829cd898162817bb6c650af6ecacc9599aae0bf55ce)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Optional["PodDefaultSpecEnvValueFrom"]:
        '''
        :schema: PodDefaultSpecEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["PodDefaultSpecEnvValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecEnvFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_ref": "configMapRef",
        "prefix": "prefix",
        "secret_ref": "secretRef",
    },
)
class PodDefaultSpecEnvFrom:
    def __init__(
        self,
        *,
        config_map_ref: typing.Optional[typing.Union["PodDefaultSpecEnvFromConfigMapRef", typing.Dict[builtins.str, typing.Any]]] = None,
        prefix: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["PodDefaultSpecEnvFromSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_ref: 
        :param prefix: 
        :param secret_ref: 

        :schema: PodDefaultSpecEnvFrom
        '''
        if isinstance(config_map_ref, dict):
            config_map_ref = PodDefaultSpecEnvFromConfigMapRef(**config_map_ref)
        if isinstance(secret_ref, dict):
            secret_ref = PodDefaultSpecEnvFromSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7d73ddb38ad8ad2108521cb2ce822852152472c89d1e777b0856438ba4ef7ac8)
            check_type(argname="argument config_map_ref", value=config_map_ref, expected_type=type_hints["config_map_ref"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_ref is not None:
            self._values["config_map_ref"] = config_map_ref
        if prefix is not None:
            self._values["prefix"] = prefix
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def config_map_ref(self) -> typing.Optional["PodDefaultSpecEnvFromConfigMapRef"]:
        '''
        :schema: PodDefaultSpecEnvFrom#configMapRef
        '''
        result = self._values.get("config_map_ref")
        return typing.cast(typing.Optional["PodDefaultSpecEnvFromConfigMapRef"], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecEnvFrom#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(self) -> typing.Optional["PodDefaultSpecEnvFromSecretRef"]:
        '''
        :schema: PodDefaultSpecEnvFrom#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["PodDefaultSpecEnvFromSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecEnvFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecEnvFromConfigMapRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "optional": "optional"},
)
class PodDefaultSpecEnvFromConfigMapRef:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param name: 
        :param optional: 

        :schema: PodDefaultSpecEnvFromConfigMapRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__682a950423876068bb0de438014b53b9b96718dc04ccc904713e2ecc6716b69d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecEnvFromConfigMapRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecEnvFromConfigMapRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecEnvFromConfigMapRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecEnvFromSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "optional": "optional"},
)
class PodDefaultSpecEnvFromSecretRef:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param name: 
        :param optional: 

        :schema: PodDefaultSpecEnvFromSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c5a9a6434be6b1d98b214821356f5ee561686dacf3ed3aaf323421419b3d13e5)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecEnvFromSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecEnvFromSecretRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecEnvFromSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecEnvValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class PodDefaultSpecEnvValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["PodDefaultSpecEnvValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["PodDefaultSpecEnvValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["PodDefaultSpecEnvValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["PodDefaultSpecEnvValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_key_ref: 
        :param field_ref: 
        :param resource_field_ref: 
        :param secret_key_ref: 

        :schema: PodDefaultSpecEnvValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = PodDefaultSpecEnvValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = PodDefaultSpecEnvValueFromFieldRef(**field_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = PodDefaultSpecEnvValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = PodDefaultSpecEnvValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e90ba4d11608add5387a68e66409a9018cf57f7c23e2a3ad74d763c730ba30d7)
            check_type(argname="argument config_map_key_ref", value=config_map_key_ref, expected_type=type_hints["config_map_key_ref"])
            check_type(argname="argument field_ref", value=field_ref, expected_type=type_hints["field_ref"])
            check_type(argname="argument resource_field_ref", value=resource_field_ref, expected_type=type_hints["resource_field_ref"])
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_key_ref is not None:
            self._values["config_map_key_ref"] = config_map_key_ref
        if field_ref is not None:
            self._values["field_ref"] = field_ref
        if resource_field_ref is not None:
            self._values["resource_field_ref"] = resource_field_ref
        if secret_key_ref is not None:
            self._values["secret_key_ref"] = secret_key_ref

    @builtins.property
    def config_map_key_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecEnvValueFromConfigMapKeyRef"]:
        '''
        :schema: PodDefaultSpecEnvValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["PodDefaultSpecEnvValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(self) -> typing.Optional["PodDefaultSpecEnvValueFromFieldRef"]:
        '''
        :schema: PodDefaultSpecEnvValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["PodDefaultSpecEnvValueFromFieldRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecEnvValueFromResourceFieldRef"]:
        '''
        :schema: PodDefaultSpecEnvValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["PodDefaultSpecEnvValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecEnvValueFromSecretKeyRef"]:
        '''
        :schema: PodDefaultSpecEnvValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["PodDefaultSpecEnvValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecEnvValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecEnvValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class PodDefaultSpecEnvValueFromConfigMapKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: PodDefaultSpecEnvValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bbe58db64bf92f9c7f2fcd7d1516d410f72e2a6f7445f403c3a921e2efcee95e)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecEnvValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecEnvValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecEnvValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecEnvValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecEnvValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class PodDefaultSpecEnvValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: PodDefaultSpecEnvValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__114a81748980388a4c462c70914691884ddfab0197195ebce502eb9dbfd66cb6)
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "field_path": field_path,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def field_path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecEnvValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecEnvValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecEnvValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecEnvValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class PodDefaultSpecEnvValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["PodDefaultSpecEnvValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: PodDefaultSpecEnvValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b7898e25059c91318b1fdca2fda4578d1591866f48bb242b54907c443e2a88b9)
            check_type(argname="argument resource", value=resource, expected_type=type_hints["resource"])
            check_type(argname="argument container_name", value=container_name, expected_type=type_hints["container_name"])
            check_type(argname="argument divisor", value=divisor, expected_type=type_hints["divisor"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "resource": resource,
        }
        if container_name is not None:
            self._values["container_name"] = container_name
        if divisor is not None:
            self._values["divisor"] = divisor

    @builtins.property
    def resource(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecEnvValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecEnvValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["PodDefaultSpecEnvValueFromResourceFieldRefDivisor"]:
        '''
        :schema: PodDefaultSpecEnvValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["PodDefaultSpecEnvValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecEnvValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecEnvValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecEnvValueFromResourceFieldRefDivisor",
):
    '''
    :schema: PodDefaultSpecEnvValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8a8c68ed603048cd7e3fe4186f480df6ad5d20acfde7d3304efbab915e44a120)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2a7635a571bda68bcb85252a2c071670ce6c69c1ebc73cef0a88d1bec613fde9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecEnvValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class PodDefaultSpecEnvValueFromSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: PodDefaultSpecEnvValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__99aa4fa967603e663c67e0b5cc9a1fe3b402e4bc4d0191abce7ac414da1da6dc)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecEnvValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecEnvValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecEnvValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecEnvValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecImagePullSecrets",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class PodDefaultSpecImagePullSecrets:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: PodDefaultSpecImagePullSecrets
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__01f11141907d6021c198218483a8115c6c9845b36b68f3a29da10e95c6b0ecaf)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecImagePullSecrets#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecImagePullSecrets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainers",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "args": "args",
        "command": "command",
        "env": "env",
        "env_from": "envFrom",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "lifecycle": "lifecycle",
        "liveness_probe": "livenessProbe",
        "ports": "ports",
        "readiness_probe": "readinessProbe",
        "resources": "resources",
        "security_context": "securityContext",
        "startup_probe": "startupProbe",
        "stdin": "stdin",
        "stdin_once": "stdinOnce",
        "termination_message_path": "terminationMessagePath",
        "termination_message_policy": "terminationMessagePolicy",
        "tty": "tty",
        "volume_devices": "volumeDevices",
        "volume_mounts": "volumeMounts",
        "working_dir": "workingDir",
    },
)
class PodDefaultSpecInitContainers:
    def __init__(
        self,
        *,
        name: builtins.str,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        env: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecInitContainersEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        env_from: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecInitContainersEnvFrom", typing.Dict[builtins.str, typing.Any]]]] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        lifecycle: typing.Optional[typing.Union["PodDefaultSpecInitContainersLifecycle", typing.Dict[builtins.str, typing.Any]]] = None,
        liveness_probe: typing.Optional[typing.Union["PodDefaultSpecInitContainersLivenessProbe", typing.Dict[builtins.str, typing.Any]]] = None,
        ports: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecInitContainersPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
        readiness_probe: typing.Optional[typing.Union["PodDefaultSpecInitContainersReadinessProbe", typing.Dict[builtins.str, typing.Any]]] = None,
        resources: typing.Optional[typing.Union["PodDefaultSpecInitContainersResources", typing.Dict[builtins.str, typing.Any]]] = None,
        security_context: typing.Optional[typing.Union["PodDefaultSpecInitContainersSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        startup_probe: typing.Optional[typing.Union["PodDefaultSpecInitContainersStartupProbe", typing.Dict[builtins.str, typing.Any]]] = None,
        stdin: typing.Optional[builtins.bool] = None,
        stdin_once: typing.Optional[builtins.bool] = None,
        termination_message_path: typing.Optional[builtins.str] = None,
        termination_message_policy: typing.Optional[builtins.str] = None,
        tty: typing.Optional[builtins.bool] = None,
        volume_devices: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecInitContainersVolumeDevices", typing.Dict[builtins.str, typing.Any]]]] = None,
        volume_mounts: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecInitContainersVolumeMounts", typing.Dict[builtins.str, typing.Any]]]] = None,
        working_dir: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param args: 
        :param command: 
        :param env: 
        :param env_from: 
        :param image: 
        :param image_pull_policy: 
        :param lifecycle: 
        :param liveness_probe: 
        :param ports: 
        :param readiness_probe: 
        :param resources: 
        :param security_context: 
        :param startup_probe: 
        :param stdin: 
        :param stdin_once: 
        :param termination_message_path: 
        :param termination_message_policy: 
        :param tty: 
        :param volume_devices: 
        :param volume_mounts: 
        :param working_dir: 

        :schema: PodDefaultSpecInitContainers
        '''
        if isinstance(lifecycle, dict):
            lifecycle = PodDefaultSpecInitContainersLifecycle(**lifecycle)
        if isinstance(liveness_probe, dict):
            liveness_probe = PodDefaultSpecInitContainersLivenessProbe(**liveness_probe)
        if isinstance(readiness_probe, dict):
            readiness_probe = PodDefaultSpecInitContainersReadinessProbe(**readiness_probe)
        if isinstance(resources, dict):
            resources = PodDefaultSpecInitContainersResources(**resources)
        if isinstance(security_context, dict):
            security_context = PodDefaultSpecInitContainersSecurityContext(**security_context)
        if isinstance(startup_probe, dict):
            startup_probe = PodDefaultSpecInitContainersStartupProbe(**startup_probe)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f05769872e915e451cc158dceb1671dc087cd5950992c2647ba0482ea9e0e32a)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument env_from", value=env_from, expected_type=type_hints["env_from"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument liveness_probe", value=liveness_probe, expected_type=type_hints["liveness_probe"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument readiness_probe", value=readiness_probe, expected_type=type_hints["readiness_probe"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument startup_probe", value=startup_probe, expected_type=type_hints["startup_probe"])
            check_type(argname="argument stdin", value=stdin, expected_type=type_hints["stdin"])
            check_type(argname="argument stdin_once", value=stdin_once, expected_type=type_hints["stdin_once"])
            check_type(argname="argument termination_message_path", value=termination_message_path, expected_type=type_hints["termination_message_path"])
            check_type(argname="argument termination_message_policy", value=termination_message_policy, expected_type=type_hints["termination_message_policy"])
            check_type(argname="argument tty", value=tty, expected_type=type_hints["tty"])
            check_type(argname="argument volume_devices", value=volume_devices, expected_type=type_hints["volume_devices"])
            check_type(argname="argument volume_mounts", value=volume_mounts, expected_type=type_hints["volume_mounts"])
            check_type(argname="argument working_dir", value=working_dir, expected_type=type_hints["working_dir"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if args is not None:
            self._values["args"] = args
        if command is not None:
            self._values["command"] = command
        if env is not None:
            self._values["env"] = env
        if env_from is not None:
            self._values["env_from"] = env_from
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if lifecycle is not None:
            self._values["lifecycle"] = lifecycle
        if liveness_probe is not None:
            self._values["liveness_probe"] = liveness_probe
        if ports is not None:
            self._values["ports"] = ports
        if readiness_probe is not None:
            self._values["readiness_probe"] = readiness_probe
        if resources is not None:
            self._values["resources"] = resources
        if security_context is not None:
            self._values["security_context"] = security_context
        if startup_probe is not None:
            self._values["startup_probe"] = startup_probe
        if stdin is not None:
            self._values["stdin"] = stdin
        if stdin_once is not None:
            self._values["stdin_once"] = stdin_once
        if termination_message_path is not None:
            self._values["termination_message_path"] = termination_message_path
        if termination_message_policy is not None:
            self._values["termination_message_policy"] = termination_message_policy
        if tty is not None:
            self._values["tty"] = tty
        if volume_devices is not None:
            self._values["volume_devices"] = volume_devices
        if volume_mounts is not None:
            self._values["volume_mounts"] = volume_mounts
        if working_dir is not None:
            self._values["working_dir"] = working_dir

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainers#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecInitContainers#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecInitContainers#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["PodDefaultSpecInitContainersEnv"]]:
        '''
        :schema: PodDefaultSpecInitContainers#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecInitContainersEnv"]], result)

    @builtins.property
    def env_from(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecInitContainersEnvFrom"]]:
        '''
        :schema: PodDefaultSpecInitContainers#envFrom
        '''
        result = self._values.get("env_from")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecInitContainersEnvFrom"]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainers#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainers#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def lifecycle(self) -> typing.Optional["PodDefaultSpecInitContainersLifecycle"]:
        '''
        :schema: PodDefaultSpecInitContainers#lifecycle
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersLifecycle"], result)

    @builtins.property
    def liveness_probe(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersLivenessProbe"]:
        '''
        :schema: PodDefaultSpecInitContainers#livenessProbe
        '''
        result = self._values.get("liveness_probe")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersLivenessProbe"], result)

    @builtins.property
    def ports(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecInitContainersPorts"]]:
        '''
        :schema: PodDefaultSpecInitContainers#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecInitContainersPorts"]], result)

    @builtins.property
    def readiness_probe(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersReadinessProbe"]:
        '''
        :schema: PodDefaultSpecInitContainers#readinessProbe
        '''
        result = self._values.get("readiness_probe")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersReadinessProbe"], result)

    @builtins.property
    def resources(self) -> typing.Optional["PodDefaultSpecInitContainersResources"]:
        '''
        :schema: PodDefaultSpecInitContainers#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersResources"], result)

    @builtins.property
    def security_context(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersSecurityContext"]:
        '''
        :schema: PodDefaultSpecInitContainers#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersSecurityContext"], result)

    @builtins.property
    def startup_probe(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersStartupProbe"]:
        '''
        :schema: PodDefaultSpecInitContainers#startupProbe
        '''
        result = self._values.get("startup_probe")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersStartupProbe"], result)

    @builtins.property
    def stdin(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecInitContainers#stdin
        '''
        result = self._values.get("stdin")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def stdin_once(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecInitContainers#stdinOnce
        '''
        result = self._values.get("stdin_once")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def termination_message_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainers#terminationMessagePath
        '''
        result = self._values.get("termination_message_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def termination_message_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainers#terminationMessagePolicy
        '''
        result = self._values.get("termination_message_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tty(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecInitContainers#tty
        '''
        result = self._values.get("tty")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def volume_devices(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecInitContainersVolumeDevices"]]:
        '''
        :schema: PodDefaultSpecInitContainers#volumeDevices
        '''
        result = self._values.get("volume_devices")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecInitContainersVolumeDevices"]], result)

    @builtins.property
    def volume_mounts(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecInitContainersVolumeMounts"]]:
        '''
        :schema: PodDefaultSpecInitContainers#volumeMounts
        '''
        result = self._values.get("volume_mounts")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecInitContainersVolumeMounts"]], result)

    @builtins.property
    def working_dir(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainers#workingDir
        '''
        result = self._values.get("working_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class PodDefaultSpecInitContainersEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["PodDefaultSpecInitContainersEnvValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: PodDefaultSpecInitContainersEnv
        '''
        if isinstance(value_from, dict):
            value_from = PodDefaultSpecInitContainersEnvValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba1b1c99eef82871d6d1795e4859517ff2f3378457ca8d6d1d13e52a0e2f2bb3)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Optional["PodDefaultSpecInitContainersEnvValueFrom"]:
        '''
        :schema: PodDefaultSpecInitContainersEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersEnvValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersEnvFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_ref": "configMapRef",
        "prefix": "prefix",
        "secret_ref": "secretRef",
    },
)
class PodDefaultSpecInitContainersEnvFrom:
    def __init__(
        self,
        *,
        config_map_ref: typing.Optional[typing.Union["PodDefaultSpecInitContainersEnvFromConfigMapRef", typing.Dict[builtins.str, typing.Any]]] = None,
        prefix: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["PodDefaultSpecInitContainersEnvFromSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_ref: 
        :param prefix: 
        :param secret_ref: 

        :schema: PodDefaultSpecInitContainersEnvFrom
        '''
        if isinstance(config_map_ref, dict):
            config_map_ref = PodDefaultSpecInitContainersEnvFromConfigMapRef(**config_map_ref)
        if isinstance(secret_ref, dict):
            secret_ref = PodDefaultSpecInitContainersEnvFromSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd5664284eea6400da11ed7c9040ca0b6c214db58ef25e8546a5e58f3627bc6c)
            check_type(argname="argument config_map_ref", value=config_map_ref, expected_type=type_hints["config_map_ref"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_ref is not None:
            self._values["config_map_ref"] = config_map_ref
        if prefix is not None:
            self._values["prefix"] = prefix
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def config_map_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersEnvFromConfigMapRef"]:
        '''
        :schema: PodDefaultSpecInitContainersEnvFrom#configMapRef
        '''
        result = self._values.get("config_map_ref")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersEnvFromConfigMapRef"], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersEnvFrom#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersEnvFromSecretRef"]:
        '''
        :schema: PodDefaultSpecInitContainersEnvFrom#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersEnvFromSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersEnvFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersEnvFromConfigMapRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "optional": "optional"},
)
class PodDefaultSpecInitContainersEnvFromConfigMapRef:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param name: 
        :param optional: 

        :schema: PodDefaultSpecInitContainersEnvFromConfigMapRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__91cb3b05acef635f9891f04cca85fb6937b222d06f6bdbe778d4732ae03a7aa9)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersEnvFromConfigMapRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecInitContainersEnvFromConfigMapRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersEnvFromConfigMapRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersEnvFromSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "optional": "optional"},
)
class PodDefaultSpecInitContainersEnvFromSecretRef:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param name: 
        :param optional: 

        :schema: PodDefaultSpecInitContainersEnvFromSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__224a16ffa88918bc7c30bf17400282eedac3df663417617539b8c5d5fd12b1bf)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersEnvFromSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecInitContainersEnvFromSecretRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersEnvFromSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersEnvValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class PodDefaultSpecInitContainersEnvValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["PodDefaultSpecInitContainersEnvValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["PodDefaultSpecInitContainersEnvValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["PodDefaultSpecInitContainersEnvValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["PodDefaultSpecInitContainersEnvValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_key_ref: 
        :param field_ref: 
        :param resource_field_ref: 
        :param secret_key_ref: 

        :schema: PodDefaultSpecInitContainersEnvValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = PodDefaultSpecInitContainersEnvValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = PodDefaultSpecInitContainersEnvValueFromFieldRef(**field_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = PodDefaultSpecInitContainersEnvValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = PodDefaultSpecInitContainersEnvValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f263a92c08225ef3faed8c74a123e258eb40340940bfb751bc75b4a0c6bffb6e)
            check_type(argname="argument config_map_key_ref", value=config_map_key_ref, expected_type=type_hints["config_map_key_ref"])
            check_type(argname="argument field_ref", value=field_ref, expected_type=type_hints["field_ref"])
            check_type(argname="argument resource_field_ref", value=resource_field_ref, expected_type=type_hints["resource_field_ref"])
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_key_ref is not None:
            self._values["config_map_key_ref"] = config_map_key_ref
        if field_ref is not None:
            self._values["field_ref"] = field_ref
        if resource_field_ref is not None:
            self._values["resource_field_ref"] = resource_field_ref
        if secret_key_ref is not None:
            self._values["secret_key_ref"] = secret_key_ref

    @builtins.property
    def config_map_key_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersEnvValueFromConfigMapKeyRef"]:
        '''
        :schema: PodDefaultSpecInitContainersEnvValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersEnvValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersEnvValueFromFieldRef"]:
        '''
        :schema: PodDefaultSpecInitContainersEnvValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersEnvValueFromFieldRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersEnvValueFromResourceFieldRef"]:
        '''
        :schema: PodDefaultSpecInitContainersEnvValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersEnvValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersEnvValueFromSecretKeyRef"]:
        '''
        :schema: PodDefaultSpecInitContainersEnvValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersEnvValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersEnvValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersEnvValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class PodDefaultSpecInitContainersEnvValueFromConfigMapKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: PodDefaultSpecInitContainersEnvValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b91d89b77f3b9e23b3f57b3b26fbdc453bab01e715b8d0f22e90b4768fb74866)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersEnvValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersEnvValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecInitContainersEnvValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersEnvValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersEnvValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class PodDefaultSpecInitContainersEnvValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: PodDefaultSpecInitContainersEnvValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0b321ee4cc11eea2a669fa858a6de610527af7674e44707f4e70e8a76aa2e53f)
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "field_path": field_path,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def field_path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersEnvValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersEnvValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersEnvValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersEnvValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class PodDefaultSpecInitContainersEnvValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["PodDefaultSpecInitContainersEnvValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: PodDefaultSpecInitContainersEnvValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ea4889f8ba4cd14a1fdaabe228a00985255e217a12b2e292e0418a2cb8380b82)
            check_type(argname="argument resource", value=resource, expected_type=type_hints["resource"])
            check_type(argname="argument container_name", value=container_name, expected_type=type_hints["container_name"])
            check_type(argname="argument divisor", value=divisor, expected_type=type_hints["divisor"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "resource": resource,
        }
        if container_name is not None:
            self._values["container_name"] = container_name
        if divisor is not None:
            self._values["divisor"] = divisor

    @builtins.property
    def resource(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersEnvValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersEnvValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersEnvValueFromResourceFieldRefDivisor"]:
        '''
        :schema: PodDefaultSpecInitContainersEnvValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersEnvValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersEnvValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecInitContainersEnvValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersEnvValueFromResourceFieldRefDivisor",
):
    '''
    :schema: PodDefaultSpecInitContainersEnvValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecInitContainersEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4376187fa2b5e46757e824a32618f6ef1ca135c14d1cf4373fcdd28b26a49dc7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecInitContainersEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0add88c3abdb1b835b033009bbb7a5d95944e9d173cc41501bbf75f15247e8b2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersEnvValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class PodDefaultSpecInitContainersEnvValueFromSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: PodDefaultSpecInitContainersEnvValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__35947eb2ff544700d0566ea2f053367d90484497cf4c563bc14f9c61dfca0e86)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersEnvValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersEnvValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecInitContainersEnvValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersEnvValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLifecycle",
    jsii_struct_bases=[],
    name_mapping={"post_start": "postStart", "pre_stop": "preStop"},
)
class PodDefaultSpecInitContainersLifecycle:
    def __init__(
        self,
        *,
        post_start: typing.Optional[typing.Union["PodDefaultSpecInitContainersLifecyclePostStart", typing.Dict[builtins.str, typing.Any]]] = None,
        pre_stop: typing.Optional[typing.Union["PodDefaultSpecInitContainersLifecyclePreStop", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param post_start: 
        :param pre_stop: 

        :schema: PodDefaultSpecInitContainersLifecycle
        '''
        if isinstance(post_start, dict):
            post_start = PodDefaultSpecInitContainersLifecyclePostStart(**post_start)
        if isinstance(pre_stop, dict):
            pre_stop = PodDefaultSpecInitContainersLifecyclePreStop(**pre_stop)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__45111cd592da72b86c5fd1c998f61d350530d7987d89b83431f3198a7f5a7bc9)
            check_type(argname="argument post_start", value=post_start, expected_type=type_hints["post_start"])
            check_type(argname="argument pre_stop", value=pre_stop, expected_type=type_hints["pre_stop"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if post_start is not None:
            self._values["post_start"] = post_start
        if pre_stop is not None:
            self._values["pre_stop"] = pre_stop

    @builtins.property
    def post_start(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersLifecyclePostStart"]:
        '''
        :schema: PodDefaultSpecInitContainersLifecycle#postStart
        '''
        result = self._values.get("post_start")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersLifecyclePostStart"], result)

    @builtins.property
    def pre_stop(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersLifecyclePreStop"]:
        '''
        :schema: PodDefaultSpecInitContainersLifecycle#preStop
        '''
        result = self._values.get("pre_stop")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersLifecyclePreStop"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersLifecycle(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLifecyclePostStart",
    jsii_struct_bases=[],
    name_mapping={"exec": "exec", "http_get": "httpGet", "tcp_socket": "tcpSocket"},
)
class PodDefaultSpecInitContainersLifecyclePostStart:
    def __init__(
        self,
        *,
        exec: typing.Optional[typing.Union["PodDefaultSpecInitContainersLifecyclePostStartExec", typing.Dict[builtins.str, typing.Any]]] = None,
        http_get: typing.Optional[typing.Union["PodDefaultSpecInitContainersLifecyclePostStartHttpGet", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp_socket: typing.Optional[typing.Union["PodDefaultSpecInitContainersLifecyclePostStartTcpSocket", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param exec: 
        :param http_get: 
        :param tcp_socket: 

        :schema: PodDefaultSpecInitContainersLifecyclePostStart
        '''
        if isinstance(exec, dict):
            exec = PodDefaultSpecInitContainersLifecyclePostStartExec(**exec)
        if isinstance(http_get, dict):
            http_get = PodDefaultSpecInitContainersLifecyclePostStartHttpGet(**http_get)
        if isinstance(tcp_socket, dict):
            tcp_socket = PodDefaultSpecInitContainersLifecyclePostStartTcpSocket(**tcp_socket)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__371b13f808f046d3a671861b077e3f98cbc475854502c7c93885f704a37896d5)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
            check_type(argname="argument http_get", value=http_get, expected_type=type_hints["http_get"])
            check_type(argname="argument tcp_socket", value=tcp_socket, expected_type=type_hints["tcp_socket"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exec is not None:
            self._values["exec"] = exec
        if http_get is not None:
            self._values["http_get"] = http_get
        if tcp_socket is not None:
            self._values["tcp_socket"] = tcp_socket

    @builtins.property
    def exec(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersLifecyclePostStartExec"]:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePostStart#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersLifecyclePostStartExec"], result)

    @builtins.property
    def http_get(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersLifecyclePostStartHttpGet"]:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePostStart#httpGet
        '''
        result = self._values.get("http_get")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersLifecyclePostStartHttpGet"], result)

    @builtins.property
    def tcp_socket(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersLifecyclePostStartTcpSocket"]:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePostStart#tcpSocket
        '''
        result = self._values.get("tcp_socket")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersLifecyclePostStartTcpSocket"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersLifecyclePostStart(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLifecyclePostStartExec",
    jsii_struct_bases=[],
    name_mapping={"command": "command"},
)
class PodDefaultSpecInitContainersLifecyclePostStartExec:
    def __init__(
        self,
        *,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param command: 

        :schema: PodDefaultSpecInitContainersLifecyclePostStartExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__85d655025a36a60a952b666ff2e1ace17ee7f6441f69245d367ef30a563c3156)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if command is not None:
            self._values["command"] = command

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePostStartExec#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersLifecyclePostStartExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLifecyclePostStartHttpGet",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "host": "host",
        "http_headers": "httpHeaders",
        "path": "path",
        "scheme": "scheme",
    },
)
class PodDefaultSpecInitContainersLifecyclePostStartHttpGet:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecInitContainersLifecyclePostStartHttpGetPort",
        host: typing.Optional[builtins.str] = None,
        http_headers: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecInitContainersLifecyclePostStartHttpGetHttpHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        path: typing.Optional[builtins.str] = None,
        scheme: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 
        :param http_headers: 
        :param path: 
        :param scheme: 

        :schema: PodDefaultSpecInitContainersLifecyclePostStartHttpGet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__83f37e5faf6262eb508021d689e2b96763dd033b23758822802b3a7ffcda200b)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument http_headers", value=http_headers, expected_type=type_hints["http_headers"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host
        if http_headers is not None:
            self._values["http_headers"] = http_headers
        if path is not None:
            self._values["path"] = path
        if scheme is not None:
            self._values["scheme"] = scheme

    @builtins.property
    def port(self) -> "PodDefaultSpecInitContainersLifecyclePostStartHttpGetPort":
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePostStartHttpGet#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecInitContainersLifecyclePostStartHttpGetPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePostStartHttpGet#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_headers(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecInitContainersLifecyclePostStartHttpGetHttpHeaders"]]:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePostStartHttpGet#httpHeaders
        '''
        result = self._values.get("http_headers")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecInitContainersLifecyclePostStartHttpGetHttpHeaders"]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePostStartHttpGet#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePostStartHttpGet#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersLifecyclePostStartHttpGet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLifecyclePostStartHttpGetHttpHeaders",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class PodDefaultSpecInitContainersLifecyclePostStartHttpGetHttpHeaders:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: PodDefaultSpecInitContainersLifecyclePostStartHttpGetHttpHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0469dace5f6b0d3dd6bfda0b3d5e883aff5bfd4ab8c580e7e192df0602fac99e)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePostStartHttpGetHttpHeaders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePostStartHttpGetHttpHeaders#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersLifecyclePostStartHttpGetHttpHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecInitContainersLifecyclePostStartHttpGetPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLifecyclePostStartHttpGetPort",
):
    '''
    :schema: PodDefaultSpecInitContainersLifecyclePostStartHttpGetPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecInitContainersLifecyclePostStartHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cbc044c7fde2e1a773d661049c0554b181afed8e3ef3abefb84aef3bbad99fc6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersLifecyclePostStartHttpGetPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecInitContainersLifecyclePostStartHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d6dfb2d674e479a97d87dc819a4b4314605ee56aa6e5cc7e1bd921f06ab7fbc5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersLifecyclePostStartHttpGetPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLifecyclePostStartTcpSocket",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "host": "host"},
)
class PodDefaultSpecInitContainersLifecyclePostStartTcpSocket:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecInitContainersLifecyclePostStartTcpSocketPort",
        host: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 

        :schema: PodDefaultSpecInitContainersLifecyclePostStartTcpSocket
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e65749b5fd5b7eb984299c2b03cf1493ea1ca4a8210c62d6f4e8f2f4f728fa7b)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host

    @builtins.property
    def port(self) -> "PodDefaultSpecInitContainersLifecyclePostStartTcpSocketPort":
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePostStartTcpSocket#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecInitContainersLifecyclePostStartTcpSocketPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePostStartTcpSocket#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersLifecyclePostStartTcpSocket(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecInitContainersLifecyclePostStartTcpSocketPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLifecyclePostStartTcpSocketPort",
):
    '''
    :schema: PodDefaultSpecInitContainersLifecyclePostStartTcpSocketPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecInitContainersLifecyclePostStartTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dea6bd407f951d2d554f3838b735cd5bca7a53a7cd0995554f352b748163b894)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersLifecyclePostStartTcpSocketPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecInitContainersLifecyclePostStartTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3dfaae513eea79710e84ab0ba9d96b1fcf1d0421a96bf00a17647e84356b0477)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersLifecyclePostStartTcpSocketPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLifecyclePreStop",
    jsii_struct_bases=[],
    name_mapping={"exec": "exec", "http_get": "httpGet", "tcp_socket": "tcpSocket"},
)
class PodDefaultSpecInitContainersLifecyclePreStop:
    def __init__(
        self,
        *,
        exec: typing.Optional[typing.Union["PodDefaultSpecInitContainersLifecyclePreStopExec", typing.Dict[builtins.str, typing.Any]]] = None,
        http_get: typing.Optional[typing.Union["PodDefaultSpecInitContainersLifecyclePreStopHttpGet", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp_socket: typing.Optional[typing.Union["PodDefaultSpecInitContainersLifecyclePreStopTcpSocket", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param exec: 
        :param http_get: 
        :param tcp_socket: 

        :schema: PodDefaultSpecInitContainersLifecyclePreStop
        '''
        if isinstance(exec, dict):
            exec = PodDefaultSpecInitContainersLifecyclePreStopExec(**exec)
        if isinstance(http_get, dict):
            http_get = PodDefaultSpecInitContainersLifecyclePreStopHttpGet(**http_get)
        if isinstance(tcp_socket, dict):
            tcp_socket = PodDefaultSpecInitContainersLifecyclePreStopTcpSocket(**tcp_socket)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__869ccf61ee597f8e895b11d1b5629c2e2e971d8da4b7bb026d096c11419ce2c8)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
            check_type(argname="argument http_get", value=http_get, expected_type=type_hints["http_get"])
            check_type(argname="argument tcp_socket", value=tcp_socket, expected_type=type_hints["tcp_socket"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exec is not None:
            self._values["exec"] = exec
        if http_get is not None:
            self._values["http_get"] = http_get
        if tcp_socket is not None:
            self._values["tcp_socket"] = tcp_socket

    @builtins.property
    def exec(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersLifecyclePreStopExec"]:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePreStop#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersLifecyclePreStopExec"], result)

    @builtins.property
    def http_get(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersLifecyclePreStopHttpGet"]:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePreStop#httpGet
        '''
        result = self._values.get("http_get")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersLifecyclePreStopHttpGet"], result)

    @builtins.property
    def tcp_socket(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersLifecyclePreStopTcpSocket"]:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePreStop#tcpSocket
        '''
        result = self._values.get("tcp_socket")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersLifecyclePreStopTcpSocket"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersLifecyclePreStop(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLifecyclePreStopExec",
    jsii_struct_bases=[],
    name_mapping={"command": "command"},
)
class PodDefaultSpecInitContainersLifecyclePreStopExec:
    def __init__(
        self,
        *,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param command: 

        :schema: PodDefaultSpecInitContainersLifecyclePreStopExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c35fb2b16aca905379d80e9ffbc93c49b3a777130160032190f873e47a626c23)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if command is not None:
            self._values["command"] = command

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePreStopExec#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersLifecyclePreStopExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLifecyclePreStopHttpGet",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "host": "host",
        "http_headers": "httpHeaders",
        "path": "path",
        "scheme": "scheme",
    },
)
class PodDefaultSpecInitContainersLifecyclePreStopHttpGet:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecInitContainersLifecyclePreStopHttpGetPort",
        host: typing.Optional[builtins.str] = None,
        http_headers: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecInitContainersLifecyclePreStopHttpGetHttpHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        path: typing.Optional[builtins.str] = None,
        scheme: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 
        :param http_headers: 
        :param path: 
        :param scheme: 

        :schema: PodDefaultSpecInitContainersLifecyclePreStopHttpGet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__983d25d264a0aa150eba1129a745d5297f1c0ca80cc2dd2618b66cdb70c870c0)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument http_headers", value=http_headers, expected_type=type_hints["http_headers"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host
        if http_headers is not None:
            self._values["http_headers"] = http_headers
        if path is not None:
            self._values["path"] = path
        if scheme is not None:
            self._values["scheme"] = scheme

    @builtins.property
    def port(self) -> "PodDefaultSpecInitContainersLifecyclePreStopHttpGetPort":
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePreStopHttpGet#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecInitContainersLifecyclePreStopHttpGetPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePreStopHttpGet#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_headers(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecInitContainersLifecyclePreStopHttpGetHttpHeaders"]]:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePreStopHttpGet#httpHeaders
        '''
        result = self._values.get("http_headers")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecInitContainersLifecyclePreStopHttpGetHttpHeaders"]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePreStopHttpGet#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePreStopHttpGet#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersLifecyclePreStopHttpGet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLifecyclePreStopHttpGetHttpHeaders",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class PodDefaultSpecInitContainersLifecyclePreStopHttpGetHttpHeaders:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: PodDefaultSpecInitContainersLifecyclePreStopHttpGetHttpHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__283745c2d072196c18c4f580529705ffa3b28609cd1489c8948f47d0165e644b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePreStopHttpGetHttpHeaders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePreStopHttpGetHttpHeaders#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersLifecyclePreStopHttpGetHttpHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecInitContainersLifecyclePreStopHttpGetPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLifecyclePreStopHttpGetPort",
):
    '''
    :schema: PodDefaultSpecInitContainersLifecyclePreStopHttpGetPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecInitContainersLifecyclePreStopHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8ca0ee3188fec5fa8bb0a47afd99acfaa16fab6cc8fef440aef31995a7646d93)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersLifecyclePreStopHttpGetPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecInitContainersLifecyclePreStopHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a2b4f2c9d142e2347e557aafcc1fd77f3cff0c647f9cd654d2d6627d5bdf44d6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersLifecyclePreStopHttpGetPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLifecyclePreStopTcpSocket",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "host": "host"},
)
class PodDefaultSpecInitContainersLifecyclePreStopTcpSocket:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecInitContainersLifecyclePreStopTcpSocketPort",
        host: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 

        :schema: PodDefaultSpecInitContainersLifecyclePreStopTcpSocket
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3bcb70d333020859fb3bb3104460400b5afd4335e552f6e3f93b05d16b478bb3)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host

    @builtins.property
    def port(self) -> "PodDefaultSpecInitContainersLifecyclePreStopTcpSocketPort":
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePreStopTcpSocket#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecInitContainersLifecyclePreStopTcpSocketPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersLifecyclePreStopTcpSocket#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersLifecyclePreStopTcpSocket(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecInitContainersLifecyclePreStopTcpSocketPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLifecyclePreStopTcpSocketPort",
):
    '''
    :schema: PodDefaultSpecInitContainersLifecyclePreStopTcpSocketPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecInitContainersLifecyclePreStopTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9a251383b8324b797afa631795d37f6d18896ea07508d8dcd3005e64bdf7cf13)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersLifecyclePreStopTcpSocketPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecInitContainersLifecyclePreStopTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ca98a7a4bfc9f5f944d51d260a8f966fc5e9f71d8c5fc2ccc88a51f9b44c6077)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersLifecyclePreStopTcpSocketPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLivenessProbe",
    jsii_struct_bases=[],
    name_mapping={
        "exec": "exec",
        "failure_threshold": "failureThreshold",
        "grpc": "grpc",
        "http_get": "httpGet",
        "initial_delay_seconds": "initialDelaySeconds",
        "period_seconds": "periodSeconds",
        "success_threshold": "successThreshold",
        "tcp_socket": "tcpSocket",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "timeout_seconds": "timeoutSeconds",
    },
)
class PodDefaultSpecInitContainersLivenessProbe:
    def __init__(
        self,
        *,
        exec: typing.Optional[typing.Union["PodDefaultSpecInitContainersLivenessProbeExec", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_threshold: typing.Optional[jsii.Number] = None,
        grpc: typing.Optional[typing.Union["PodDefaultSpecInitContainersLivenessProbeGrpc", typing.Dict[builtins.str, typing.Any]]] = None,
        http_get: typing.Optional[typing.Union["PodDefaultSpecInitContainersLivenessProbeHttpGet", typing.Dict[builtins.str, typing.Any]]] = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        tcp_socket: typing.Optional[typing.Union["PodDefaultSpecInitContainersLivenessProbeTcpSocket", typing.Dict[builtins.str, typing.Any]]] = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param exec: 
        :param failure_threshold: 
        :param grpc: 
        :param http_get: 
        :param initial_delay_seconds: 
        :param period_seconds: 
        :param success_threshold: 
        :param tcp_socket: 
        :param termination_grace_period_seconds: 
        :param timeout_seconds: 

        :schema: PodDefaultSpecInitContainersLivenessProbe
        '''
        if isinstance(exec, dict):
            exec = PodDefaultSpecInitContainersLivenessProbeExec(**exec)
        if isinstance(grpc, dict):
            grpc = PodDefaultSpecInitContainersLivenessProbeGrpc(**grpc)
        if isinstance(http_get, dict):
            http_get = PodDefaultSpecInitContainersLivenessProbeHttpGet(**http_get)
        if isinstance(tcp_socket, dict):
            tcp_socket = PodDefaultSpecInitContainersLivenessProbeTcpSocket(**tcp_socket)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__db3c6fe51c66b1a7848c83fdee1973ad6c195cf9314484984307cc081e565da4)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
            check_type(argname="argument failure_threshold", value=failure_threshold, expected_type=type_hints["failure_threshold"])
            check_type(argname="argument grpc", value=grpc, expected_type=type_hints["grpc"])
            check_type(argname="argument http_get", value=http_get, expected_type=type_hints["http_get"])
            check_type(argname="argument initial_delay_seconds", value=initial_delay_seconds, expected_type=type_hints["initial_delay_seconds"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument success_threshold", value=success_threshold, expected_type=type_hints["success_threshold"])
            check_type(argname="argument tcp_socket", value=tcp_socket, expected_type=type_hints["tcp_socket"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exec is not None:
            self._values["exec"] = exec
        if failure_threshold is not None:
            self._values["failure_threshold"] = failure_threshold
        if grpc is not None:
            self._values["grpc"] = grpc
        if http_get is not None:
            self._values["http_get"] = http_get
        if initial_delay_seconds is not None:
            self._values["initial_delay_seconds"] = initial_delay_seconds
        if period_seconds is not None:
            self._values["period_seconds"] = period_seconds
        if success_threshold is not None:
            self._values["success_threshold"] = success_threshold
        if tcp_socket is not None:
            self._values["tcp_socket"] = tcp_socket
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def exec(self) -> typing.Optional["PodDefaultSpecInitContainersLivenessProbeExec"]:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbe#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersLivenessProbeExec"], result)

    @builtins.property
    def failure_threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbe#failureThreshold
        '''
        result = self._values.get("failure_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def grpc(self) -> typing.Optional["PodDefaultSpecInitContainersLivenessProbeGrpc"]:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbe#grpc
        '''
        result = self._values.get("grpc")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersLivenessProbeGrpc"], result)

    @builtins.property
    def http_get(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersLivenessProbeHttpGet"]:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbe#httpGet
        '''
        result = self._values.get("http_get")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersLivenessProbeHttpGet"], result)

    @builtins.property
    def initial_delay_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbe#initialDelaySeconds
        '''
        result = self._values.get("initial_delay_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbe#periodSeconds
        '''
        result = self._values.get("period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def success_threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbe#successThreshold
        '''
        result = self._values.get("success_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_socket(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersLivenessProbeTcpSocket"]:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbe#tcpSocket
        '''
        result = self._values.get("tcp_socket")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersLivenessProbeTcpSocket"], result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbe#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbe#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersLivenessProbe(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLivenessProbeExec",
    jsii_struct_bases=[],
    name_mapping={"command": "command"},
)
class PodDefaultSpecInitContainersLivenessProbeExec:
    def __init__(
        self,
        *,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param command: 

        :schema: PodDefaultSpecInitContainersLivenessProbeExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6f087aba1e2a0d662fb3ce5395415a5bfd9969200c995c66e1e748de8be7af33)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if command is not None:
            self._values["command"] = command

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbeExec#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersLivenessProbeExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLivenessProbeGrpc",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "service": "service"},
)
class PodDefaultSpecInitContainersLivenessProbeGrpc:
    def __init__(
        self,
        *,
        port: jsii.Number,
        service: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param service: 

        :schema: PodDefaultSpecInitContainersLivenessProbeGrpc
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0dc0b6a032fd776f20854f837bfbcbb78bbc0973c7476cc115ae2daa2c7b7f1a)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if service is not None:
            self._values["service"] = service

    @builtins.property
    def port(self) -> jsii.Number:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbeGrpc#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def service(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbeGrpc#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersLivenessProbeGrpc(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLivenessProbeHttpGet",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "host": "host",
        "http_headers": "httpHeaders",
        "path": "path",
        "scheme": "scheme",
    },
)
class PodDefaultSpecInitContainersLivenessProbeHttpGet:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecInitContainersLivenessProbeHttpGetPort",
        host: typing.Optional[builtins.str] = None,
        http_headers: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecInitContainersLivenessProbeHttpGetHttpHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        path: typing.Optional[builtins.str] = None,
        scheme: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 
        :param http_headers: 
        :param path: 
        :param scheme: 

        :schema: PodDefaultSpecInitContainersLivenessProbeHttpGet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6f3b872348ca8797aef974a2782c71004d00f9a20418f96a0be1b758382550a9)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument http_headers", value=http_headers, expected_type=type_hints["http_headers"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host
        if http_headers is not None:
            self._values["http_headers"] = http_headers
        if path is not None:
            self._values["path"] = path
        if scheme is not None:
            self._values["scheme"] = scheme

    @builtins.property
    def port(self) -> "PodDefaultSpecInitContainersLivenessProbeHttpGetPort":
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbeHttpGet#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecInitContainersLivenessProbeHttpGetPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbeHttpGet#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_headers(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecInitContainersLivenessProbeHttpGetHttpHeaders"]]:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbeHttpGet#httpHeaders
        '''
        result = self._values.get("http_headers")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecInitContainersLivenessProbeHttpGetHttpHeaders"]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbeHttpGet#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbeHttpGet#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersLivenessProbeHttpGet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLivenessProbeHttpGetHttpHeaders",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class PodDefaultSpecInitContainersLivenessProbeHttpGetHttpHeaders:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: PodDefaultSpecInitContainersLivenessProbeHttpGetHttpHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c161064ba29d4e2e4f181981c8cce5231171ec5886550d66ee3c2512b37963a3)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbeHttpGetHttpHeaders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbeHttpGetHttpHeaders#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersLivenessProbeHttpGetHttpHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecInitContainersLivenessProbeHttpGetPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLivenessProbeHttpGetPort",
):
    '''
    :schema: PodDefaultSpecInitContainersLivenessProbeHttpGetPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecInitContainersLivenessProbeHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1af65c1cad0dc309026d84886d6e2bdc3ff5014a546b6bdb0353054e4ca2c48e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersLivenessProbeHttpGetPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecInitContainersLivenessProbeHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__df8045e5ca050dcb0ac5ef8366043828331ad5828f40f092aca85a98fbddc318)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersLivenessProbeHttpGetPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLivenessProbeTcpSocket",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "host": "host"},
)
class PodDefaultSpecInitContainersLivenessProbeTcpSocket:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecInitContainersLivenessProbeTcpSocketPort",
        host: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 

        :schema: PodDefaultSpecInitContainersLivenessProbeTcpSocket
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__87dbe3bd1b2f0d34165e5d08e48db45407adc03d461a9401fcc250ca6634a42b)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host

    @builtins.property
    def port(self) -> "PodDefaultSpecInitContainersLivenessProbeTcpSocketPort":
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbeTcpSocket#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecInitContainersLivenessProbeTcpSocketPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersLivenessProbeTcpSocket#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersLivenessProbeTcpSocket(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecInitContainersLivenessProbeTcpSocketPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersLivenessProbeTcpSocketPort",
):
    '''
    :schema: PodDefaultSpecInitContainersLivenessProbeTcpSocketPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecInitContainersLivenessProbeTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__56d9b4ab37f11cd7aa18c0eaa8d263c2abc1f919a046c5341f3c6f9616b759c7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersLivenessProbeTcpSocketPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecInitContainersLivenessProbeTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__106b9dcb353385882943539c6308b4e882b2d5551b112b021cac31e6aa034376)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersLivenessProbeTcpSocketPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersPorts",
    jsii_struct_bases=[],
    name_mapping={
        "container_port": "containerPort",
        "host_ip": "hostIp",
        "host_port": "hostPort",
        "name": "name",
        "protocol": "protocol",
    },
)
class PodDefaultSpecInitContainersPorts:
    def __init__(
        self,
        *,
        container_port: jsii.Number,
        host_ip: typing.Optional[builtins.str] = None,
        host_port: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param container_port: 
        :param host_ip: 
        :param host_port: 
        :param name: 
        :param protocol: 

        :schema: PodDefaultSpecInitContainersPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d8bafbd2581abeb3433da8de2d82b0c98b92a479c3d7c56ecb32c74889e5c219)
            check_type(argname="argument container_port", value=container_port, expected_type=type_hints["container_port"])
            check_type(argname="argument host_ip", value=host_ip, expected_type=type_hints["host_ip"])
            check_type(argname="argument host_port", value=host_port, expected_type=type_hints["host_port"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "container_port": container_port,
        }
        if host_ip is not None:
            self._values["host_ip"] = host_ip
        if host_port is not None:
            self._values["host_port"] = host_port
        if name is not None:
            self._values["name"] = name
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def container_port(self) -> jsii.Number:
        '''
        :schema: PodDefaultSpecInitContainersPorts#containerPort
        '''
        result = self._values.get("container_port")
        assert result is not None, "Required property 'container_port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def host_ip(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersPorts#hostIP
        '''
        result = self._values.get("host_ip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersPorts#hostPort
        '''
        result = self._values.get("host_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersPorts#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersPorts#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersReadinessProbe",
    jsii_struct_bases=[],
    name_mapping={
        "exec": "exec",
        "failure_threshold": "failureThreshold",
        "grpc": "grpc",
        "http_get": "httpGet",
        "initial_delay_seconds": "initialDelaySeconds",
        "period_seconds": "periodSeconds",
        "success_threshold": "successThreshold",
        "tcp_socket": "tcpSocket",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "timeout_seconds": "timeoutSeconds",
    },
)
class PodDefaultSpecInitContainersReadinessProbe:
    def __init__(
        self,
        *,
        exec: typing.Optional[typing.Union["PodDefaultSpecInitContainersReadinessProbeExec", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_threshold: typing.Optional[jsii.Number] = None,
        grpc: typing.Optional[typing.Union["PodDefaultSpecInitContainersReadinessProbeGrpc", typing.Dict[builtins.str, typing.Any]]] = None,
        http_get: typing.Optional[typing.Union["PodDefaultSpecInitContainersReadinessProbeHttpGet", typing.Dict[builtins.str, typing.Any]]] = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        tcp_socket: typing.Optional[typing.Union["PodDefaultSpecInitContainersReadinessProbeTcpSocket", typing.Dict[builtins.str, typing.Any]]] = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param exec: 
        :param failure_threshold: 
        :param grpc: 
        :param http_get: 
        :param initial_delay_seconds: 
        :param period_seconds: 
        :param success_threshold: 
        :param tcp_socket: 
        :param termination_grace_period_seconds: 
        :param timeout_seconds: 

        :schema: PodDefaultSpecInitContainersReadinessProbe
        '''
        if isinstance(exec, dict):
            exec = PodDefaultSpecInitContainersReadinessProbeExec(**exec)
        if isinstance(grpc, dict):
            grpc = PodDefaultSpecInitContainersReadinessProbeGrpc(**grpc)
        if isinstance(http_get, dict):
            http_get = PodDefaultSpecInitContainersReadinessProbeHttpGet(**http_get)
        if isinstance(tcp_socket, dict):
            tcp_socket = PodDefaultSpecInitContainersReadinessProbeTcpSocket(**tcp_socket)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a85196f075edd9383eb500b237b6a8a22f617056395f6a780b1759abd7aab51e)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
            check_type(argname="argument failure_threshold", value=failure_threshold, expected_type=type_hints["failure_threshold"])
            check_type(argname="argument grpc", value=grpc, expected_type=type_hints["grpc"])
            check_type(argname="argument http_get", value=http_get, expected_type=type_hints["http_get"])
            check_type(argname="argument initial_delay_seconds", value=initial_delay_seconds, expected_type=type_hints["initial_delay_seconds"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument success_threshold", value=success_threshold, expected_type=type_hints["success_threshold"])
            check_type(argname="argument tcp_socket", value=tcp_socket, expected_type=type_hints["tcp_socket"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exec is not None:
            self._values["exec"] = exec
        if failure_threshold is not None:
            self._values["failure_threshold"] = failure_threshold
        if grpc is not None:
            self._values["grpc"] = grpc
        if http_get is not None:
            self._values["http_get"] = http_get
        if initial_delay_seconds is not None:
            self._values["initial_delay_seconds"] = initial_delay_seconds
        if period_seconds is not None:
            self._values["period_seconds"] = period_seconds
        if success_threshold is not None:
            self._values["success_threshold"] = success_threshold
        if tcp_socket is not None:
            self._values["tcp_socket"] = tcp_socket
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def exec(self) -> typing.Optional["PodDefaultSpecInitContainersReadinessProbeExec"]:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbe#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersReadinessProbeExec"], result)

    @builtins.property
    def failure_threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbe#failureThreshold
        '''
        result = self._values.get("failure_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def grpc(self) -> typing.Optional["PodDefaultSpecInitContainersReadinessProbeGrpc"]:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbe#grpc
        '''
        result = self._values.get("grpc")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersReadinessProbeGrpc"], result)

    @builtins.property
    def http_get(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersReadinessProbeHttpGet"]:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbe#httpGet
        '''
        result = self._values.get("http_get")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersReadinessProbeHttpGet"], result)

    @builtins.property
    def initial_delay_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbe#initialDelaySeconds
        '''
        result = self._values.get("initial_delay_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbe#periodSeconds
        '''
        result = self._values.get("period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def success_threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbe#successThreshold
        '''
        result = self._values.get("success_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_socket(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersReadinessProbeTcpSocket"]:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbe#tcpSocket
        '''
        result = self._values.get("tcp_socket")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersReadinessProbeTcpSocket"], result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbe#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbe#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersReadinessProbe(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersReadinessProbeExec",
    jsii_struct_bases=[],
    name_mapping={"command": "command"},
)
class PodDefaultSpecInitContainersReadinessProbeExec:
    def __init__(
        self,
        *,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param command: 

        :schema: PodDefaultSpecInitContainersReadinessProbeExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e50ed13c726e8ac97d3e7f06aa873d1abe2f23b5817d8cce2367ef89c4f19e75)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if command is not None:
            self._values["command"] = command

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbeExec#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersReadinessProbeExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersReadinessProbeGrpc",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "service": "service"},
)
class PodDefaultSpecInitContainersReadinessProbeGrpc:
    def __init__(
        self,
        *,
        port: jsii.Number,
        service: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param service: 

        :schema: PodDefaultSpecInitContainersReadinessProbeGrpc
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c0257247809983e78f53e9f5d4d34978fdcb4ef9cbf7476b6d7031b6b77664f2)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if service is not None:
            self._values["service"] = service

    @builtins.property
    def port(self) -> jsii.Number:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbeGrpc#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def service(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbeGrpc#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersReadinessProbeGrpc(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersReadinessProbeHttpGet",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "host": "host",
        "http_headers": "httpHeaders",
        "path": "path",
        "scheme": "scheme",
    },
)
class PodDefaultSpecInitContainersReadinessProbeHttpGet:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecInitContainersReadinessProbeHttpGetPort",
        host: typing.Optional[builtins.str] = None,
        http_headers: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecInitContainersReadinessProbeHttpGetHttpHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        path: typing.Optional[builtins.str] = None,
        scheme: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 
        :param http_headers: 
        :param path: 
        :param scheme: 

        :schema: PodDefaultSpecInitContainersReadinessProbeHttpGet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__98ce59e38057b13f70d976849586e2de6512a3ec68b7c7d4e3791765e7234c8c)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument http_headers", value=http_headers, expected_type=type_hints["http_headers"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host
        if http_headers is not None:
            self._values["http_headers"] = http_headers
        if path is not None:
            self._values["path"] = path
        if scheme is not None:
            self._values["scheme"] = scheme

    @builtins.property
    def port(self) -> "PodDefaultSpecInitContainersReadinessProbeHttpGetPort":
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbeHttpGet#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecInitContainersReadinessProbeHttpGetPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbeHttpGet#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_headers(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecInitContainersReadinessProbeHttpGetHttpHeaders"]]:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbeHttpGet#httpHeaders
        '''
        result = self._values.get("http_headers")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecInitContainersReadinessProbeHttpGetHttpHeaders"]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbeHttpGet#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbeHttpGet#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersReadinessProbeHttpGet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersReadinessProbeHttpGetHttpHeaders",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class PodDefaultSpecInitContainersReadinessProbeHttpGetHttpHeaders:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: PodDefaultSpecInitContainersReadinessProbeHttpGetHttpHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e95f87ffdafae09373af9422d0fe152540cccab4048f914eec1d84689763be28)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbeHttpGetHttpHeaders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbeHttpGetHttpHeaders#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersReadinessProbeHttpGetHttpHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecInitContainersReadinessProbeHttpGetPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersReadinessProbeHttpGetPort",
):
    '''
    :schema: PodDefaultSpecInitContainersReadinessProbeHttpGetPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecInitContainersReadinessProbeHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a63b554a2bafb463fce542a38eb7b97a6d87f9954967491c5ea1b1692d616e2e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersReadinessProbeHttpGetPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecInitContainersReadinessProbeHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bf8633c9043cb8ca42d4b20ba5a506615a919b3e71200330ac6b7d75cf88c3f6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersReadinessProbeHttpGetPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersReadinessProbeTcpSocket",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "host": "host"},
)
class PodDefaultSpecInitContainersReadinessProbeTcpSocket:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecInitContainersReadinessProbeTcpSocketPort",
        host: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 

        :schema: PodDefaultSpecInitContainersReadinessProbeTcpSocket
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a44dd25c40c63d8e1965f384c881d5fb177de171d989944c3f26f6f4134360dd)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host

    @builtins.property
    def port(self) -> "PodDefaultSpecInitContainersReadinessProbeTcpSocketPort":
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbeTcpSocket#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecInitContainersReadinessProbeTcpSocketPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersReadinessProbeTcpSocket#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersReadinessProbeTcpSocket(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecInitContainersReadinessProbeTcpSocketPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersReadinessProbeTcpSocketPort",
):
    '''
    :schema: PodDefaultSpecInitContainersReadinessProbeTcpSocketPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecInitContainersReadinessProbeTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e104230c30feb4eedab42e1e86a7bba330fafb802234da9d04e38ebcbdfb8413)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersReadinessProbeTcpSocketPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecInitContainersReadinessProbeTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__77a9c1e582b8f4f2458ca25821fcc729ebe961b5eae264a077f9b871f42434c4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersReadinessProbeTcpSocketPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class PodDefaultSpecInitContainersResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecInitContainersResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecInitContainersResourcesRequests"]] = None,
    ) -> None:
        '''
        :param limits: 
        :param requests: 

        :schema: PodDefaultSpecInitContainersResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4775e412a1c084e07e54977cf64680f205127b9527b0cf10d67f425e730ab36e)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecInitContainersResourcesLimits"]]:
        '''
        :schema: PodDefaultSpecInitContainersResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecInitContainersResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecInitContainersResourcesRequests"]]:
        '''
        :schema: PodDefaultSpecInitContainersResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecInitContainersResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecInitContainersResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersResourcesLimits",
):
    '''
    :schema: PodDefaultSpecInitContainersResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecInitContainersResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ef2ca63e1fd79c0e2ccf49bf37275e9b455553adae12fc5e1da05d783de34674)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecInitContainersResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a92dc021a886f61a649ece7dbed1b40b2e3637446968bc145b042a7be096817)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class PodDefaultSpecInitContainersResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersResourcesRequests",
):
    '''
    :schema: PodDefaultSpecInitContainersResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecInitContainersResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__520fcbf7d52107edd948d1b05b7544ea6c4c61bc1f476f0068c60d5b89ea4b06)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecInitContainersResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2087928466b334af194f73a7c18faa5c2657f0fed416120445e9b80634e90760)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersSecurityContext",
    jsii_struct_bases=[],
    name_mapping={
        "allow_privilege_escalation": "allowPrivilegeEscalation",
        "capabilities": "capabilities",
        "privileged": "privileged",
        "proc_mount": "procMount",
        "read_only_root_filesystem": "readOnlyRootFilesystem",
        "run_as_group": "runAsGroup",
        "run_as_non_root": "runAsNonRoot",
        "run_as_user": "runAsUser",
        "seccomp_profile": "seccompProfile",
        "se_linux_options": "seLinuxOptions",
        "windows_options": "windowsOptions",
    },
)
class PodDefaultSpecInitContainersSecurityContext:
    def __init__(
        self,
        *,
        allow_privilege_escalation: typing.Optional[builtins.bool] = None,
        capabilities: typing.Optional[typing.Union["PodDefaultSpecInitContainersSecurityContextCapabilities", typing.Dict[builtins.str, typing.Any]]] = None,
        privileged: typing.Optional[builtins.bool] = None,
        proc_mount: typing.Optional[builtins.str] = None,
        read_only_root_filesystem: typing.Optional[builtins.bool] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Optional[typing.Union["PodDefaultSpecInitContainersSecurityContextSeccompProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        se_linux_options: typing.Optional[typing.Union["PodDefaultSpecInitContainersSecurityContextSeLinuxOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        windows_options: typing.Optional[typing.Union["PodDefaultSpecInitContainersSecurityContextWindowsOptions", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param allow_privilege_escalation: 
        :param capabilities: 
        :param privileged: 
        :param proc_mount: 
        :param read_only_root_filesystem: 
        :param run_as_group: 
        :param run_as_non_root: 
        :param run_as_user: 
        :param seccomp_profile: 
        :param se_linux_options: 
        :param windows_options: 

        :schema: PodDefaultSpecInitContainersSecurityContext
        '''
        if isinstance(capabilities, dict):
            capabilities = PodDefaultSpecInitContainersSecurityContextCapabilities(**capabilities)
        if isinstance(seccomp_profile, dict):
            seccomp_profile = PodDefaultSpecInitContainersSecurityContextSeccompProfile(**seccomp_profile)
        if isinstance(se_linux_options, dict):
            se_linux_options = PodDefaultSpecInitContainersSecurityContextSeLinuxOptions(**se_linux_options)
        if isinstance(windows_options, dict):
            windows_options = PodDefaultSpecInitContainersSecurityContextWindowsOptions(**windows_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__62bda5a4152f8da0331672bb9d000048048df35deec159aecd109b1011fdadcf)
            check_type(argname="argument allow_privilege_escalation", value=allow_privilege_escalation, expected_type=type_hints["allow_privilege_escalation"])
            check_type(argname="argument capabilities", value=capabilities, expected_type=type_hints["capabilities"])
            check_type(argname="argument privileged", value=privileged, expected_type=type_hints["privileged"])
            check_type(argname="argument proc_mount", value=proc_mount, expected_type=type_hints["proc_mount"])
            check_type(argname="argument read_only_root_filesystem", value=read_only_root_filesystem, expected_type=type_hints["read_only_root_filesystem"])
            check_type(argname="argument run_as_group", value=run_as_group, expected_type=type_hints["run_as_group"])
            check_type(argname="argument run_as_non_root", value=run_as_non_root, expected_type=type_hints["run_as_non_root"])
            check_type(argname="argument run_as_user", value=run_as_user, expected_type=type_hints["run_as_user"])
            check_type(argname="argument seccomp_profile", value=seccomp_profile, expected_type=type_hints["seccomp_profile"])
            check_type(argname="argument se_linux_options", value=se_linux_options, expected_type=type_hints["se_linux_options"])
            check_type(argname="argument windows_options", value=windows_options, expected_type=type_hints["windows_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_privilege_escalation is not None:
            self._values["allow_privilege_escalation"] = allow_privilege_escalation
        if capabilities is not None:
            self._values["capabilities"] = capabilities
        if privileged is not None:
            self._values["privileged"] = privileged
        if proc_mount is not None:
            self._values["proc_mount"] = proc_mount
        if read_only_root_filesystem is not None:
            self._values["read_only_root_filesystem"] = read_only_root_filesystem
        if run_as_group is not None:
            self._values["run_as_group"] = run_as_group
        if run_as_non_root is not None:
            self._values["run_as_non_root"] = run_as_non_root
        if run_as_user is not None:
            self._values["run_as_user"] = run_as_user
        if seccomp_profile is not None:
            self._values["seccomp_profile"] = seccomp_profile
        if se_linux_options is not None:
            self._values["se_linux_options"] = se_linux_options
        if windows_options is not None:
            self._values["windows_options"] = windows_options

    @builtins.property
    def allow_privilege_escalation(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContext#allowPrivilegeEscalation
        '''
        result = self._values.get("allow_privilege_escalation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def capabilities(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersSecurityContextCapabilities"]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContext#capabilities
        '''
        result = self._values.get("capabilities")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersSecurityContextCapabilities"], result)

    @builtins.property
    def privileged(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContext#privileged
        '''
        result = self._values.get("privileged")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def proc_mount(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContext#procMount
        '''
        result = self._values.get("proc_mount")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only_root_filesystem(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContext#readOnlyRootFilesystem
        '''
        result = self._values.get("read_only_root_filesystem")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersSecurityContextSeccompProfile"]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersSecurityContextSeccompProfile"], result)

    @builtins.property
    def se_linux_options(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersSecurityContextSeLinuxOptions"]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersSecurityContextSeLinuxOptions"], result)

    @builtins.property
    def windows_options(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersSecurityContextWindowsOptions"]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersSecurityContextWindowsOptions"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersSecurityContextCapabilities",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "drop": "drop"},
)
class PodDefaultSpecInitContainersSecurityContextCapabilities:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[builtins.str]] = None,
        drop: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param drop: 

        :schema: PodDefaultSpecInitContainersSecurityContextCapabilities
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__be2427174b45d94000d37c1962f5d70b8aae2b7f2ba6d609b6b0b46de4c9cc81)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument drop", value=drop, expected_type=type_hints["drop"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if drop is not None:
            self._values["drop"] = drop

    @builtins.property
    def add(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContextCapabilities#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def drop(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContextCapabilities#drop
        '''
        result = self._values.get("drop")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersSecurityContextCapabilities(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersSecurityContextSeLinuxOptions",
    jsii_struct_bases=[],
    name_mapping={"level": "level", "role": "role", "type": "type", "user": "user"},
)
class PodDefaultSpecInitContainersSecurityContextSeLinuxOptions:
    def __init__(
        self,
        *,
        level: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
        user: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param level: 
        :param role: 
        :param type: 
        :param user: 

        :schema: PodDefaultSpecInitContainersSecurityContextSeLinuxOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__98645984abf9df4d817cef18056d8704de82c6570267c6b61f197316d3e63043)
            check_type(argname="argument level", value=level, expected_type=type_hints["level"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if level is not None:
            self._values["level"] = level
        if role is not None:
            self._values["role"] = role
        if type is not None:
            self._values["type"] = type
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def level(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContextSeLinuxOptions#level
        '''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContextSeLinuxOptions#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContextSeLinuxOptions#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContextSeLinuxOptions#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersSecurityContextSeLinuxOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersSecurityContextSeccompProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class PodDefaultSpecInitContainersSecurityContextSeccompProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param localhost_profile: 

        :schema: PodDefaultSpecInitContainersSecurityContextSeccompProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e395c7ad72a3606be75a08930e55f1a107466ffcae2002a63850bae7995140d2)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile

    @builtins.property
    def type(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContextSeccompProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContextSeccompProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersSecurityContextSeccompProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersSecurityContextWindowsOptions",
    jsii_struct_bases=[],
    name_mapping={
        "gmsa_credential_spec": "gmsaCredentialSpec",
        "gmsa_credential_spec_name": "gmsaCredentialSpecName",
        "host_process": "hostProcess",
        "run_as_user_name": "runAsUserName",
    },
)
class PodDefaultSpecInitContainersSecurityContextWindowsOptions:
    def __init__(
        self,
        *,
        gmsa_credential_spec: typing.Optional[builtins.str] = None,
        gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
        host_process: typing.Optional[builtins.bool] = None,
        run_as_user_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param gmsa_credential_spec: 
        :param gmsa_credential_spec_name: 
        :param host_process: 
        :param run_as_user_name: 

        :schema: PodDefaultSpecInitContainersSecurityContextWindowsOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eadf751b5763a0685feb58f21fc08233118532939e1716ade022dc1e6cc50785)
            check_type(argname="argument gmsa_credential_spec", value=gmsa_credential_spec, expected_type=type_hints["gmsa_credential_spec"])
            check_type(argname="argument gmsa_credential_spec_name", value=gmsa_credential_spec_name, expected_type=type_hints["gmsa_credential_spec_name"])
            check_type(argname="argument host_process", value=host_process, expected_type=type_hints["host_process"])
            check_type(argname="argument run_as_user_name", value=run_as_user_name, expected_type=type_hints["run_as_user_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if gmsa_credential_spec is not None:
            self._values["gmsa_credential_spec"] = gmsa_credential_spec
        if gmsa_credential_spec_name is not None:
            self._values["gmsa_credential_spec_name"] = gmsa_credential_spec_name
        if host_process is not None:
            self._values["host_process"] = host_process
        if run_as_user_name is not None:
            self._values["run_as_user_name"] = run_as_user_name

    @builtins.property
    def gmsa_credential_spec(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpec
        '''
        result = self._values.get("gmsa_credential_spec")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gmsa_credential_spec_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
        '''
        result = self._values.get("gmsa_credential_spec_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_process(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContextWindowsOptions#hostProcess
        '''
        result = self._values.get("host_process")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersSecurityContextWindowsOptions#runAsUserName
        '''
        result = self._values.get("run_as_user_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersSecurityContextWindowsOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersStartupProbe",
    jsii_struct_bases=[],
    name_mapping={
        "exec": "exec",
        "failure_threshold": "failureThreshold",
        "grpc": "grpc",
        "http_get": "httpGet",
        "initial_delay_seconds": "initialDelaySeconds",
        "period_seconds": "periodSeconds",
        "success_threshold": "successThreshold",
        "tcp_socket": "tcpSocket",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "timeout_seconds": "timeoutSeconds",
    },
)
class PodDefaultSpecInitContainersStartupProbe:
    def __init__(
        self,
        *,
        exec: typing.Optional[typing.Union["PodDefaultSpecInitContainersStartupProbeExec", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_threshold: typing.Optional[jsii.Number] = None,
        grpc: typing.Optional[typing.Union["PodDefaultSpecInitContainersStartupProbeGrpc", typing.Dict[builtins.str, typing.Any]]] = None,
        http_get: typing.Optional[typing.Union["PodDefaultSpecInitContainersStartupProbeHttpGet", typing.Dict[builtins.str, typing.Any]]] = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        tcp_socket: typing.Optional[typing.Union["PodDefaultSpecInitContainersStartupProbeTcpSocket", typing.Dict[builtins.str, typing.Any]]] = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param exec: 
        :param failure_threshold: 
        :param grpc: 
        :param http_get: 
        :param initial_delay_seconds: 
        :param period_seconds: 
        :param success_threshold: 
        :param tcp_socket: 
        :param termination_grace_period_seconds: 
        :param timeout_seconds: 

        :schema: PodDefaultSpecInitContainersStartupProbe
        '''
        if isinstance(exec, dict):
            exec = PodDefaultSpecInitContainersStartupProbeExec(**exec)
        if isinstance(grpc, dict):
            grpc = PodDefaultSpecInitContainersStartupProbeGrpc(**grpc)
        if isinstance(http_get, dict):
            http_get = PodDefaultSpecInitContainersStartupProbeHttpGet(**http_get)
        if isinstance(tcp_socket, dict):
            tcp_socket = PodDefaultSpecInitContainersStartupProbeTcpSocket(**tcp_socket)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9b16fd1bf72b2eb4bc3e4da747869b1f15c2eb707ec48cdf7032f053e0e8118f)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
            check_type(argname="argument failure_threshold", value=failure_threshold, expected_type=type_hints["failure_threshold"])
            check_type(argname="argument grpc", value=grpc, expected_type=type_hints["grpc"])
            check_type(argname="argument http_get", value=http_get, expected_type=type_hints["http_get"])
            check_type(argname="argument initial_delay_seconds", value=initial_delay_seconds, expected_type=type_hints["initial_delay_seconds"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument success_threshold", value=success_threshold, expected_type=type_hints["success_threshold"])
            check_type(argname="argument tcp_socket", value=tcp_socket, expected_type=type_hints["tcp_socket"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exec is not None:
            self._values["exec"] = exec
        if failure_threshold is not None:
            self._values["failure_threshold"] = failure_threshold
        if grpc is not None:
            self._values["grpc"] = grpc
        if http_get is not None:
            self._values["http_get"] = http_get
        if initial_delay_seconds is not None:
            self._values["initial_delay_seconds"] = initial_delay_seconds
        if period_seconds is not None:
            self._values["period_seconds"] = period_seconds
        if success_threshold is not None:
            self._values["success_threshold"] = success_threshold
        if tcp_socket is not None:
            self._values["tcp_socket"] = tcp_socket
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def exec(self) -> typing.Optional["PodDefaultSpecInitContainersStartupProbeExec"]:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbe#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersStartupProbeExec"], result)

    @builtins.property
    def failure_threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbe#failureThreshold
        '''
        result = self._values.get("failure_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def grpc(self) -> typing.Optional["PodDefaultSpecInitContainersStartupProbeGrpc"]:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbe#grpc
        '''
        result = self._values.get("grpc")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersStartupProbeGrpc"], result)

    @builtins.property
    def http_get(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersStartupProbeHttpGet"]:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbe#httpGet
        '''
        result = self._values.get("http_get")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersStartupProbeHttpGet"], result)

    @builtins.property
    def initial_delay_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbe#initialDelaySeconds
        '''
        result = self._values.get("initial_delay_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbe#periodSeconds
        '''
        result = self._values.get("period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def success_threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbe#successThreshold
        '''
        result = self._values.get("success_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_socket(
        self,
    ) -> typing.Optional["PodDefaultSpecInitContainersStartupProbeTcpSocket"]:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbe#tcpSocket
        '''
        result = self._values.get("tcp_socket")
        return typing.cast(typing.Optional["PodDefaultSpecInitContainersStartupProbeTcpSocket"], result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbe#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbe#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersStartupProbe(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersStartupProbeExec",
    jsii_struct_bases=[],
    name_mapping={"command": "command"},
)
class PodDefaultSpecInitContainersStartupProbeExec:
    def __init__(
        self,
        *,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param command: 

        :schema: PodDefaultSpecInitContainersStartupProbeExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eaab0a28de5e87135b3e8234b84fa9fa69b810be67dd19114b5c4344a56e4520)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if command is not None:
            self._values["command"] = command

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbeExec#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersStartupProbeExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersStartupProbeGrpc",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "service": "service"},
)
class PodDefaultSpecInitContainersStartupProbeGrpc:
    def __init__(
        self,
        *,
        port: jsii.Number,
        service: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param service: 

        :schema: PodDefaultSpecInitContainersStartupProbeGrpc
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3b51a4655e2087e4596e6619933a3b50ac67c0bf6df91decf4667a2b7ef02ba4)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if service is not None:
            self._values["service"] = service

    @builtins.property
    def port(self) -> jsii.Number:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbeGrpc#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def service(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbeGrpc#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersStartupProbeGrpc(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersStartupProbeHttpGet",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "host": "host",
        "http_headers": "httpHeaders",
        "path": "path",
        "scheme": "scheme",
    },
)
class PodDefaultSpecInitContainersStartupProbeHttpGet:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecInitContainersStartupProbeHttpGetPort",
        host: typing.Optional[builtins.str] = None,
        http_headers: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecInitContainersStartupProbeHttpGetHttpHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        path: typing.Optional[builtins.str] = None,
        scheme: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 
        :param http_headers: 
        :param path: 
        :param scheme: 

        :schema: PodDefaultSpecInitContainersStartupProbeHttpGet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__269736a7e1fdf23649d1d0d64dd838e34ee5c1740f47d713d4c4f173831efecb)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument http_headers", value=http_headers, expected_type=type_hints["http_headers"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host
        if http_headers is not None:
            self._values["http_headers"] = http_headers
        if path is not None:
            self._values["path"] = path
        if scheme is not None:
            self._values["scheme"] = scheme

    @builtins.property
    def port(self) -> "PodDefaultSpecInitContainersStartupProbeHttpGetPort":
        '''
        :schema: PodDefaultSpecInitContainersStartupProbeHttpGet#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecInitContainersStartupProbeHttpGetPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbeHttpGet#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_headers(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecInitContainersStartupProbeHttpGetHttpHeaders"]]:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbeHttpGet#httpHeaders
        '''
        result = self._values.get("http_headers")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecInitContainersStartupProbeHttpGetHttpHeaders"]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbeHttpGet#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbeHttpGet#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersStartupProbeHttpGet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersStartupProbeHttpGetHttpHeaders",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class PodDefaultSpecInitContainersStartupProbeHttpGetHttpHeaders:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: PodDefaultSpecInitContainersStartupProbeHttpGetHttpHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b9578cc644f5aa7d032430c9073470cbf91080bd4ecc0dcace961a806d5fcc4d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbeHttpGetHttpHeaders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbeHttpGetHttpHeaders#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersStartupProbeHttpGetHttpHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecInitContainersStartupProbeHttpGetPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersStartupProbeHttpGetPort",
):
    '''
    :schema: PodDefaultSpecInitContainersStartupProbeHttpGetPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecInitContainersStartupProbeHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ea81589c1c3d32eec0d46706a1bd9997e84571e9125b691d42fc6ce41bbfdcde)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersStartupProbeHttpGetPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecInitContainersStartupProbeHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__376e27bead84a008763adcded73c833330e19ef0e794b90b300f45cf893a3d72)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersStartupProbeHttpGetPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersStartupProbeTcpSocket",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "host": "host"},
)
class PodDefaultSpecInitContainersStartupProbeTcpSocket:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecInitContainersStartupProbeTcpSocketPort",
        host: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 

        :schema: PodDefaultSpecInitContainersStartupProbeTcpSocket
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b6153133fd1118dfdadf155b7abad9f9d46634b0c3e73a87555746857c6d438c)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host

    @builtins.property
    def port(self) -> "PodDefaultSpecInitContainersStartupProbeTcpSocketPort":
        '''
        :schema: PodDefaultSpecInitContainersStartupProbeTcpSocket#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecInitContainersStartupProbeTcpSocketPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersStartupProbeTcpSocket#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersStartupProbeTcpSocket(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecInitContainersStartupProbeTcpSocketPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersStartupProbeTcpSocketPort",
):
    '''
    :schema: PodDefaultSpecInitContainersStartupProbeTcpSocketPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecInitContainersStartupProbeTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bbb1d2afe21a0e3beb0d1d014d104ffa42c97523ac575c356e0c6b60bc13f88b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersStartupProbeTcpSocketPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecInitContainersStartupProbeTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__65b3c98651f2f610e17b1d60fffc8ce03a7390c420f9e58b2846fdeb1e0330da)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecInitContainersStartupProbeTcpSocketPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersVolumeDevices",
    jsii_struct_bases=[],
    name_mapping={"device_path": "devicePath", "name": "name"},
)
class PodDefaultSpecInitContainersVolumeDevices:
    def __init__(self, *, device_path: builtins.str, name: builtins.str) -> None:
        '''
        :param device_path: 
        :param name: 

        :schema: PodDefaultSpecInitContainersVolumeDevices
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bf049b0c03d7e6ef3faae19d0658f1499f31868f8ab0a00926470867390e4431)
            check_type(argname="argument device_path", value=device_path, expected_type=type_hints["device_path"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "device_path": device_path,
            "name": name,
        }

    @builtins.property
    def device_path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersVolumeDevices#devicePath
        '''
        result = self._values.get("device_path")
        assert result is not None, "Required property 'device_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersVolumeDevices#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersVolumeDevices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecInitContainersVolumeMounts",
    jsii_struct_bases=[],
    name_mapping={
        "mount_path": "mountPath",
        "name": "name",
        "mount_propagation": "mountPropagation",
        "read_only": "readOnly",
        "sub_path": "subPath",
        "sub_path_expr": "subPathExpr",
    },
)
class PodDefaultSpecInitContainersVolumeMounts:
    def __init__(
        self,
        *,
        mount_path: builtins.str,
        name: builtins.str,
        mount_propagation: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        sub_path: typing.Optional[builtins.str] = None,
        sub_path_expr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param mount_path: 
        :param name: 
        :param mount_propagation: 
        :param read_only: 
        :param sub_path: 
        :param sub_path_expr: 

        :schema: PodDefaultSpecInitContainersVolumeMounts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__96834296eed8b288e5fd84412a087ceb5774adcafb9994da6b1d6da8068d94ea)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument mount_propagation", value=mount_propagation, expected_type=type_hints["mount_propagation"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument sub_path", value=sub_path, expected_type=type_hints["sub_path"])
            check_type(argname="argument sub_path_expr", value=sub_path_expr, expected_type=type_hints["sub_path_expr"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mount_path": mount_path,
            "name": name,
        }
        if mount_propagation is not None:
            self._values["mount_propagation"] = mount_propagation
        if read_only is not None:
            self._values["read_only"] = read_only
        if sub_path is not None:
            self._values["sub_path"] = sub_path
        if sub_path_expr is not None:
            self._values["sub_path_expr"] = sub_path_expr

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersVolumeMounts#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecInitContainersVolumeMounts#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_propagation(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersVolumeMounts#mountPropagation
        '''
        result = self._values.get("mount_propagation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecInitContainersVolumeMounts#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def sub_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersVolumeMounts#subPath
        '''
        result = self._values.get("sub_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path_expr(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecInitContainersVolumeMounts#subPathExpr
        '''
        result = self._values.get("sub_path_expr")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecInitContainersVolumeMounts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PodDefaultSpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: PodDefaultSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d6e6236e5bed2c49219d7404435221e83d2e761cfe2fbcfaf61923c2f0e44b70)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecSelectorMatchExpressions"]]:
        '''
        :schema: PodDefaultSpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PodDefaultSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PodDefaultSpecSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: PodDefaultSpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__209f82e8e1443bca005d94b1b5aaa319cd3386d0d1520525518c391ec4ebf026)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecars",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "args": "args",
        "command": "command",
        "env": "env",
        "env_from": "envFrom",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "lifecycle": "lifecycle",
        "liveness_probe": "livenessProbe",
        "ports": "ports",
        "readiness_probe": "readinessProbe",
        "resources": "resources",
        "security_context": "securityContext",
        "startup_probe": "startupProbe",
        "stdin": "stdin",
        "stdin_once": "stdinOnce",
        "termination_message_path": "terminationMessagePath",
        "termination_message_policy": "terminationMessagePolicy",
        "tty": "tty",
        "volume_devices": "volumeDevices",
        "volume_mounts": "volumeMounts",
        "working_dir": "workingDir",
    },
)
class PodDefaultSpecSidecars:
    def __init__(
        self,
        *,
        name: builtins.str,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        env: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecSidecarsEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        env_from: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecSidecarsEnvFrom", typing.Dict[builtins.str, typing.Any]]]] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        lifecycle: typing.Optional[typing.Union["PodDefaultSpecSidecarsLifecycle", typing.Dict[builtins.str, typing.Any]]] = None,
        liveness_probe: typing.Optional[typing.Union["PodDefaultSpecSidecarsLivenessProbe", typing.Dict[builtins.str, typing.Any]]] = None,
        ports: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecSidecarsPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
        readiness_probe: typing.Optional[typing.Union["PodDefaultSpecSidecarsReadinessProbe", typing.Dict[builtins.str, typing.Any]]] = None,
        resources: typing.Optional[typing.Union["PodDefaultSpecSidecarsResources", typing.Dict[builtins.str, typing.Any]]] = None,
        security_context: typing.Optional[typing.Union["PodDefaultSpecSidecarsSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        startup_probe: typing.Optional[typing.Union["PodDefaultSpecSidecarsStartupProbe", typing.Dict[builtins.str, typing.Any]]] = None,
        stdin: typing.Optional[builtins.bool] = None,
        stdin_once: typing.Optional[builtins.bool] = None,
        termination_message_path: typing.Optional[builtins.str] = None,
        termination_message_policy: typing.Optional[builtins.str] = None,
        tty: typing.Optional[builtins.bool] = None,
        volume_devices: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecSidecarsVolumeDevices", typing.Dict[builtins.str, typing.Any]]]] = None,
        volume_mounts: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecSidecarsVolumeMounts", typing.Dict[builtins.str, typing.Any]]]] = None,
        working_dir: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param args: 
        :param command: 
        :param env: 
        :param env_from: 
        :param image: 
        :param image_pull_policy: 
        :param lifecycle: 
        :param liveness_probe: 
        :param ports: 
        :param readiness_probe: 
        :param resources: 
        :param security_context: 
        :param startup_probe: 
        :param stdin: 
        :param stdin_once: 
        :param termination_message_path: 
        :param termination_message_policy: 
        :param tty: 
        :param volume_devices: 
        :param volume_mounts: 
        :param working_dir: 

        :schema: PodDefaultSpecSidecars
        '''
        if isinstance(lifecycle, dict):
            lifecycle = PodDefaultSpecSidecarsLifecycle(**lifecycle)
        if isinstance(liveness_probe, dict):
            liveness_probe = PodDefaultSpecSidecarsLivenessProbe(**liveness_probe)
        if isinstance(readiness_probe, dict):
            readiness_probe = PodDefaultSpecSidecarsReadinessProbe(**readiness_probe)
        if isinstance(resources, dict):
            resources = PodDefaultSpecSidecarsResources(**resources)
        if isinstance(security_context, dict):
            security_context = PodDefaultSpecSidecarsSecurityContext(**security_context)
        if isinstance(startup_probe, dict):
            startup_probe = PodDefaultSpecSidecarsStartupProbe(**startup_probe)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__70badd3fe4ae010ae1a48bc31c8d6a4f433df4cf95e63f0441ea1af95571b23b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument env_from", value=env_from, expected_type=type_hints["env_from"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument liveness_probe", value=liveness_probe, expected_type=type_hints["liveness_probe"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument readiness_probe", value=readiness_probe, expected_type=type_hints["readiness_probe"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument startup_probe", value=startup_probe, expected_type=type_hints["startup_probe"])
            check_type(argname="argument stdin", value=stdin, expected_type=type_hints["stdin"])
            check_type(argname="argument stdin_once", value=stdin_once, expected_type=type_hints["stdin_once"])
            check_type(argname="argument termination_message_path", value=termination_message_path, expected_type=type_hints["termination_message_path"])
            check_type(argname="argument termination_message_policy", value=termination_message_policy, expected_type=type_hints["termination_message_policy"])
            check_type(argname="argument tty", value=tty, expected_type=type_hints["tty"])
            check_type(argname="argument volume_devices", value=volume_devices, expected_type=type_hints["volume_devices"])
            check_type(argname="argument volume_mounts", value=volume_mounts, expected_type=type_hints["volume_mounts"])
            check_type(argname="argument working_dir", value=working_dir, expected_type=type_hints["working_dir"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if args is not None:
            self._values["args"] = args
        if command is not None:
            self._values["command"] = command
        if env is not None:
            self._values["env"] = env
        if env_from is not None:
            self._values["env_from"] = env_from
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if lifecycle is not None:
            self._values["lifecycle"] = lifecycle
        if liveness_probe is not None:
            self._values["liveness_probe"] = liveness_probe
        if ports is not None:
            self._values["ports"] = ports
        if readiness_probe is not None:
            self._values["readiness_probe"] = readiness_probe
        if resources is not None:
            self._values["resources"] = resources
        if security_context is not None:
            self._values["security_context"] = security_context
        if startup_probe is not None:
            self._values["startup_probe"] = startup_probe
        if stdin is not None:
            self._values["stdin"] = stdin
        if stdin_once is not None:
            self._values["stdin_once"] = stdin_once
        if termination_message_path is not None:
            self._values["termination_message_path"] = termination_message_path
        if termination_message_policy is not None:
            self._values["termination_message_policy"] = termination_message_policy
        if tty is not None:
            self._values["tty"] = tty
        if volume_devices is not None:
            self._values["volume_devices"] = volume_devices
        if volume_mounts is not None:
            self._values["volume_mounts"] = volume_mounts
        if working_dir is not None:
            self._values["working_dir"] = working_dir

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecars#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecSidecars#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecSidecars#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["PodDefaultSpecSidecarsEnv"]]:
        '''
        :schema: PodDefaultSpecSidecars#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecSidecarsEnv"]], result)

    @builtins.property
    def env_from(self) -> typing.Optional[typing.List["PodDefaultSpecSidecarsEnvFrom"]]:
        '''
        :schema: PodDefaultSpecSidecars#envFrom
        '''
        result = self._values.get("env_from")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecSidecarsEnvFrom"]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecars#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecars#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def lifecycle(self) -> typing.Optional["PodDefaultSpecSidecarsLifecycle"]:
        '''
        :schema: PodDefaultSpecSidecars#lifecycle
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsLifecycle"], result)

    @builtins.property
    def liveness_probe(self) -> typing.Optional["PodDefaultSpecSidecarsLivenessProbe"]:
        '''
        :schema: PodDefaultSpecSidecars#livenessProbe
        '''
        result = self._values.get("liveness_probe")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsLivenessProbe"], result)

    @builtins.property
    def ports(self) -> typing.Optional[typing.List["PodDefaultSpecSidecarsPorts"]]:
        '''
        :schema: PodDefaultSpecSidecars#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecSidecarsPorts"]], result)

    @builtins.property
    def readiness_probe(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsReadinessProbe"]:
        '''
        :schema: PodDefaultSpecSidecars#readinessProbe
        '''
        result = self._values.get("readiness_probe")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsReadinessProbe"], result)

    @builtins.property
    def resources(self) -> typing.Optional["PodDefaultSpecSidecarsResources"]:
        '''
        :schema: PodDefaultSpecSidecars#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsResources"], result)

    @builtins.property
    def security_context(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsSecurityContext"]:
        '''
        :schema: PodDefaultSpecSidecars#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsSecurityContext"], result)

    @builtins.property
    def startup_probe(self) -> typing.Optional["PodDefaultSpecSidecarsStartupProbe"]:
        '''
        :schema: PodDefaultSpecSidecars#startupProbe
        '''
        result = self._values.get("startup_probe")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsStartupProbe"], result)

    @builtins.property
    def stdin(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecSidecars#stdin
        '''
        result = self._values.get("stdin")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def stdin_once(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecSidecars#stdinOnce
        '''
        result = self._values.get("stdin_once")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def termination_message_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecars#terminationMessagePath
        '''
        result = self._values.get("termination_message_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def termination_message_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecars#terminationMessagePolicy
        '''
        result = self._values.get("termination_message_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tty(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecSidecars#tty
        '''
        result = self._values.get("tty")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def volume_devices(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecSidecarsVolumeDevices"]]:
        '''
        :schema: PodDefaultSpecSidecars#volumeDevices
        '''
        result = self._values.get("volume_devices")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecSidecarsVolumeDevices"]], result)

    @builtins.property
    def volume_mounts(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecSidecarsVolumeMounts"]]:
        '''
        :schema: PodDefaultSpecSidecars#volumeMounts
        '''
        result = self._values.get("volume_mounts")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecSidecarsVolumeMounts"]], result)

    @builtins.property
    def working_dir(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecars#workingDir
        '''
        result = self._values.get("working_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecars(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class PodDefaultSpecSidecarsEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["PodDefaultSpecSidecarsEnvValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: PodDefaultSpecSidecarsEnv
        '''
        if isinstance(value_from, dict):
            value_from = PodDefaultSpecSidecarsEnvValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9f8bcc60d3c4d2c8db3fb2e3dd20a759271371a5297b955293e529204e1a9422)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Optional["PodDefaultSpecSidecarsEnvValueFrom"]:
        '''
        :schema: PodDefaultSpecSidecarsEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsEnvValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsEnvFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_ref": "configMapRef",
        "prefix": "prefix",
        "secret_ref": "secretRef",
    },
)
class PodDefaultSpecSidecarsEnvFrom:
    def __init__(
        self,
        *,
        config_map_ref: typing.Optional[typing.Union["PodDefaultSpecSidecarsEnvFromConfigMapRef", typing.Dict[builtins.str, typing.Any]]] = None,
        prefix: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["PodDefaultSpecSidecarsEnvFromSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_ref: 
        :param prefix: 
        :param secret_ref: 

        :schema: PodDefaultSpecSidecarsEnvFrom
        '''
        if isinstance(config_map_ref, dict):
            config_map_ref = PodDefaultSpecSidecarsEnvFromConfigMapRef(**config_map_ref)
        if isinstance(secret_ref, dict):
            secret_ref = PodDefaultSpecSidecarsEnvFromSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8110bb302cc274d7474ebdb5c469ca67006eadf1c6b6fd707951c08328a39a8a)
            check_type(argname="argument config_map_ref", value=config_map_ref, expected_type=type_hints["config_map_ref"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_ref is not None:
            self._values["config_map_ref"] = config_map_ref
        if prefix is not None:
            self._values["prefix"] = prefix
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def config_map_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsEnvFromConfigMapRef"]:
        '''
        :schema: PodDefaultSpecSidecarsEnvFrom#configMapRef
        '''
        result = self._values.get("config_map_ref")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsEnvFromConfigMapRef"], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsEnvFrom#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(self) -> typing.Optional["PodDefaultSpecSidecarsEnvFromSecretRef"]:
        '''
        :schema: PodDefaultSpecSidecarsEnvFrom#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsEnvFromSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsEnvFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsEnvFromConfigMapRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "optional": "optional"},
)
class PodDefaultSpecSidecarsEnvFromConfigMapRef:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param name: 
        :param optional: 

        :schema: PodDefaultSpecSidecarsEnvFromConfigMapRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__95b287a27dbdf82f18bea56e772f9c61f946ea8c2030ef83c204bb8a905bd49b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsEnvFromConfigMapRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecSidecarsEnvFromConfigMapRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsEnvFromConfigMapRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsEnvFromSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "optional": "optional"},
)
class PodDefaultSpecSidecarsEnvFromSecretRef:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param name: 
        :param optional: 

        :schema: PodDefaultSpecSidecarsEnvFromSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__02c98560759ebcac91bd448693419e0f8cc989765ec2ea4848aa558494b0c3d7)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsEnvFromSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecSidecarsEnvFromSecretRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsEnvFromSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsEnvValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class PodDefaultSpecSidecarsEnvValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["PodDefaultSpecSidecarsEnvValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["PodDefaultSpecSidecarsEnvValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["PodDefaultSpecSidecarsEnvValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["PodDefaultSpecSidecarsEnvValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_key_ref: 
        :param field_ref: 
        :param resource_field_ref: 
        :param secret_key_ref: 

        :schema: PodDefaultSpecSidecarsEnvValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = PodDefaultSpecSidecarsEnvValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = PodDefaultSpecSidecarsEnvValueFromFieldRef(**field_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = PodDefaultSpecSidecarsEnvValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = PodDefaultSpecSidecarsEnvValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6b44ecc8cda91db75f455c1a251f08cba8ce912024ad58da344ff0589587ebf3)
            check_type(argname="argument config_map_key_ref", value=config_map_key_ref, expected_type=type_hints["config_map_key_ref"])
            check_type(argname="argument field_ref", value=field_ref, expected_type=type_hints["field_ref"])
            check_type(argname="argument resource_field_ref", value=resource_field_ref, expected_type=type_hints["resource_field_ref"])
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_key_ref is not None:
            self._values["config_map_key_ref"] = config_map_key_ref
        if field_ref is not None:
            self._values["field_ref"] = field_ref
        if resource_field_ref is not None:
            self._values["resource_field_ref"] = resource_field_ref
        if secret_key_ref is not None:
            self._values["secret_key_ref"] = secret_key_ref

    @builtins.property
    def config_map_key_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsEnvValueFromConfigMapKeyRef"]:
        '''
        :schema: PodDefaultSpecSidecarsEnvValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsEnvValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsEnvValueFromFieldRef"]:
        '''
        :schema: PodDefaultSpecSidecarsEnvValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsEnvValueFromFieldRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsEnvValueFromResourceFieldRef"]:
        '''
        :schema: PodDefaultSpecSidecarsEnvValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsEnvValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsEnvValueFromSecretKeyRef"]:
        '''
        :schema: PodDefaultSpecSidecarsEnvValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsEnvValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsEnvValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsEnvValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class PodDefaultSpecSidecarsEnvValueFromConfigMapKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: PodDefaultSpecSidecarsEnvValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7236e1dc16f205aa2c04c3b478db2a5dfa769edf06bd60c3f09bb42a750d097d)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsEnvValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsEnvValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecSidecarsEnvValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsEnvValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsEnvValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class PodDefaultSpecSidecarsEnvValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: PodDefaultSpecSidecarsEnvValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3866024eac4b5696b346a74eae52f36da26d3a1566b4d3c012c908c401590d6c)
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "field_path": field_path,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def field_path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsEnvValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsEnvValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsEnvValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsEnvValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class PodDefaultSpecSidecarsEnvValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["PodDefaultSpecSidecarsEnvValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: PodDefaultSpecSidecarsEnvValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__308ec79c366b72cb32152184754eac6e76ecddacab124928543de277eef6c5bf)
            check_type(argname="argument resource", value=resource, expected_type=type_hints["resource"])
            check_type(argname="argument container_name", value=container_name, expected_type=type_hints["container_name"])
            check_type(argname="argument divisor", value=divisor, expected_type=type_hints["divisor"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "resource": resource,
        }
        if container_name is not None:
            self._values["container_name"] = container_name
        if divisor is not None:
            self._values["divisor"] = divisor

    @builtins.property
    def resource(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsEnvValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsEnvValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsEnvValueFromResourceFieldRefDivisor"]:
        '''
        :schema: PodDefaultSpecSidecarsEnvValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsEnvValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsEnvValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecSidecarsEnvValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsEnvValueFromResourceFieldRefDivisor",
):
    '''
    :schema: PodDefaultSpecSidecarsEnvValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecSidecarsEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__23544a2a18a7313c593ca40a72f828a590aacd94ac8885de62d1040da1675397)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecSidecarsEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__62490ba06ca192f6c61eb6beda595753134e8acc5a1551005a8791ef8a47d578)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsEnvValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class PodDefaultSpecSidecarsEnvValueFromSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: PodDefaultSpecSidecarsEnvValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__26fbec4317bf3f192475c8df3213d73fea0bfb51aa32869412d1aa21bdce77f0)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsEnvValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsEnvValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecSidecarsEnvValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsEnvValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLifecycle",
    jsii_struct_bases=[],
    name_mapping={"post_start": "postStart", "pre_stop": "preStop"},
)
class PodDefaultSpecSidecarsLifecycle:
    def __init__(
        self,
        *,
        post_start: typing.Optional[typing.Union["PodDefaultSpecSidecarsLifecyclePostStart", typing.Dict[builtins.str, typing.Any]]] = None,
        pre_stop: typing.Optional[typing.Union["PodDefaultSpecSidecarsLifecyclePreStop", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param post_start: 
        :param pre_stop: 

        :schema: PodDefaultSpecSidecarsLifecycle
        '''
        if isinstance(post_start, dict):
            post_start = PodDefaultSpecSidecarsLifecyclePostStart(**post_start)
        if isinstance(pre_stop, dict):
            pre_stop = PodDefaultSpecSidecarsLifecyclePreStop(**pre_stop)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__32e34bdca6a85fa31f2da22140d4d35149d181e2f618c769908d27b823c0fb06)
            check_type(argname="argument post_start", value=post_start, expected_type=type_hints["post_start"])
            check_type(argname="argument pre_stop", value=pre_stop, expected_type=type_hints["pre_stop"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if post_start is not None:
            self._values["post_start"] = post_start
        if pre_stop is not None:
            self._values["pre_stop"] = pre_stop

    @builtins.property
    def post_start(self) -> typing.Optional["PodDefaultSpecSidecarsLifecyclePostStart"]:
        '''
        :schema: PodDefaultSpecSidecarsLifecycle#postStart
        '''
        result = self._values.get("post_start")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsLifecyclePostStart"], result)

    @builtins.property
    def pre_stop(self) -> typing.Optional["PodDefaultSpecSidecarsLifecyclePreStop"]:
        '''
        :schema: PodDefaultSpecSidecarsLifecycle#preStop
        '''
        result = self._values.get("pre_stop")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsLifecyclePreStop"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsLifecycle(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLifecyclePostStart",
    jsii_struct_bases=[],
    name_mapping={"exec": "exec", "http_get": "httpGet", "tcp_socket": "tcpSocket"},
)
class PodDefaultSpecSidecarsLifecyclePostStart:
    def __init__(
        self,
        *,
        exec: typing.Optional[typing.Union["PodDefaultSpecSidecarsLifecyclePostStartExec", typing.Dict[builtins.str, typing.Any]]] = None,
        http_get: typing.Optional[typing.Union["PodDefaultSpecSidecarsLifecyclePostStartHttpGet", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp_socket: typing.Optional[typing.Union["PodDefaultSpecSidecarsLifecyclePostStartTcpSocket", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param exec: 
        :param http_get: 
        :param tcp_socket: 

        :schema: PodDefaultSpecSidecarsLifecyclePostStart
        '''
        if isinstance(exec, dict):
            exec = PodDefaultSpecSidecarsLifecyclePostStartExec(**exec)
        if isinstance(http_get, dict):
            http_get = PodDefaultSpecSidecarsLifecyclePostStartHttpGet(**http_get)
        if isinstance(tcp_socket, dict):
            tcp_socket = PodDefaultSpecSidecarsLifecyclePostStartTcpSocket(**tcp_socket)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d77847baa0078cf605326e1e18ded4c9b730c896bbef753ffecfbf3d4e8b332f)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
            check_type(argname="argument http_get", value=http_get, expected_type=type_hints["http_get"])
            check_type(argname="argument tcp_socket", value=tcp_socket, expected_type=type_hints["tcp_socket"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exec is not None:
            self._values["exec"] = exec
        if http_get is not None:
            self._values["http_get"] = http_get
        if tcp_socket is not None:
            self._values["tcp_socket"] = tcp_socket

    @builtins.property
    def exec(self) -> typing.Optional["PodDefaultSpecSidecarsLifecyclePostStartExec"]:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePostStart#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsLifecyclePostStartExec"], result)

    @builtins.property
    def http_get(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsLifecyclePostStartHttpGet"]:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePostStart#httpGet
        '''
        result = self._values.get("http_get")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsLifecyclePostStartHttpGet"], result)

    @builtins.property
    def tcp_socket(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsLifecyclePostStartTcpSocket"]:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePostStart#tcpSocket
        '''
        result = self._values.get("tcp_socket")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsLifecyclePostStartTcpSocket"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsLifecyclePostStart(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLifecyclePostStartExec",
    jsii_struct_bases=[],
    name_mapping={"command": "command"},
)
class PodDefaultSpecSidecarsLifecyclePostStartExec:
    def __init__(
        self,
        *,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param command: 

        :schema: PodDefaultSpecSidecarsLifecyclePostStartExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__415c641b7ce9b95232b48c8df372f84a698801d31eca29a53e80e7050479845c)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if command is not None:
            self._values["command"] = command

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePostStartExec#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsLifecyclePostStartExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLifecyclePostStartHttpGet",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "host": "host",
        "http_headers": "httpHeaders",
        "path": "path",
        "scheme": "scheme",
    },
)
class PodDefaultSpecSidecarsLifecyclePostStartHttpGet:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecSidecarsLifecyclePostStartHttpGetPort",
        host: typing.Optional[builtins.str] = None,
        http_headers: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecSidecarsLifecyclePostStartHttpGetHttpHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        path: typing.Optional[builtins.str] = None,
        scheme: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 
        :param http_headers: 
        :param path: 
        :param scheme: 

        :schema: PodDefaultSpecSidecarsLifecyclePostStartHttpGet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__96d5839e30973d1a5123b08657b3574f15f52c8b627c0e3552b5e4457accd354)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument http_headers", value=http_headers, expected_type=type_hints["http_headers"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host
        if http_headers is not None:
            self._values["http_headers"] = http_headers
        if path is not None:
            self._values["path"] = path
        if scheme is not None:
            self._values["scheme"] = scheme

    @builtins.property
    def port(self) -> "PodDefaultSpecSidecarsLifecyclePostStartHttpGetPort":
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePostStartHttpGet#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecSidecarsLifecyclePostStartHttpGetPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePostStartHttpGet#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_headers(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecSidecarsLifecyclePostStartHttpGetHttpHeaders"]]:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePostStartHttpGet#httpHeaders
        '''
        result = self._values.get("http_headers")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecSidecarsLifecyclePostStartHttpGetHttpHeaders"]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePostStartHttpGet#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePostStartHttpGet#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsLifecyclePostStartHttpGet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLifecyclePostStartHttpGetHttpHeaders",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class PodDefaultSpecSidecarsLifecyclePostStartHttpGetHttpHeaders:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: PodDefaultSpecSidecarsLifecyclePostStartHttpGetHttpHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__48011ee325d8174602b8819461689e08296d02925bbcbaab4408481f89fc4f72)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePostStartHttpGetHttpHeaders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePostStartHttpGetHttpHeaders#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsLifecyclePostStartHttpGetHttpHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecSidecarsLifecyclePostStartHttpGetPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLifecyclePostStartHttpGetPort",
):
    '''
    :schema: PodDefaultSpecSidecarsLifecyclePostStartHttpGetPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecSidecarsLifecyclePostStartHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__12e8617d1d896ee360189f1b901fe12a90088539766a491a898bb64f69ab5304)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsLifecyclePostStartHttpGetPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecSidecarsLifecyclePostStartHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7abe1146fc0dd4ce8b9494863e85ae098107dbd28ddf7c3752e341cd81f5b7c6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsLifecyclePostStartHttpGetPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLifecyclePostStartTcpSocket",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "host": "host"},
)
class PodDefaultSpecSidecarsLifecyclePostStartTcpSocket:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecSidecarsLifecyclePostStartTcpSocketPort",
        host: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 

        :schema: PodDefaultSpecSidecarsLifecyclePostStartTcpSocket
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b8ab34514cd5735bad3787d37bf8e4b162b6af678f4f38d9e9f3f825d8cd52e1)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host

    @builtins.property
    def port(self) -> "PodDefaultSpecSidecarsLifecyclePostStartTcpSocketPort":
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePostStartTcpSocket#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecSidecarsLifecyclePostStartTcpSocketPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePostStartTcpSocket#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsLifecyclePostStartTcpSocket(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecSidecarsLifecyclePostStartTcpSocketPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLifecyclePostStartTcpSocketPort",
):
    '''
    :schema: PodDefaultSpecSidecarsLifecyclePostStartTcpSocketPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecSidecarsLifecyclePostStartTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__92be412d0349b6808f35cc4eae839af064895054fdcc081a36916567e3ad6ccd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsLifecyclePostStartTcpSocketPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecSidecarsLifecyclePostStartTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2f8192712b2cdfdd20caaaa8ca0b6f6be71e4849e6fdf89eb14e138e5da725fc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsLifecyclePostStartTcpSocketPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLifecyclePreStop",
    jsii_struct_bases=[],
    name_mapping={"exec": "exec", "http_get": "httpGet", "tcp_socket": "tcpSocket"},
)
class PodDefaultSpecSidecarsLifecyclePreStop:
    def __init__(
        self,
        *,
        exec: typing.Optional[typing.Union["PodDefaultSpecSidecarsLifecyclePreStopExec", typing.Dict[builtins.str, typing.Any]]] = None,
        http_get: typing.Optional[typing.Union["PodDefaultSpecSidecarsLifecyclePreStopHttpGet", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp_socket: typing.Optional[typing.Union["PodDefaultSpecSidecarsLifecyclePreStopTcpSocket", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param exec: 
        :param http_get: 
        :param tcp_socket: 

        :schema: PodDefaultSpecSidecarsLifecyclePreStop
        '''
        if isinstance(exec, dict):
            exec = PodDefaultSpecSidecarsLifecyclePreStopExec(**exec)
        if isinstance(http_get, dict):
            http_get = PodDefaultSpecSidecarsLifecyclePreStopHttpGet(**http_get)
        if isinstance(tcp_socket, dict):
            tcp_socket = PodDefaultSpecSidecarsLifecyclePreStopTcpSocket(**tcp_socket)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4bdc353291c1ee13ff4a786434a5886103032e648cc75f8f7302ebf6c760aa43)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
            check_type(argname="argument http_get", value=http_get, expected_type=type_hints["http_get"])
            check_type(argname="argument tcp_socket", value=tcp_socket, expected_type=type_hints["tcp_socket"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exec is not None:
            self._values["exec"] = exec
        if http_get is not None:
            self._values["http_get"] = http_get
        if tcp_socket is not None:
            self._values["tcp_socket"] = tcp_socket

    @builtins.property
    def exec(self) -> typing.Optional["PodDefaultSpecSidecarsLifecyclePreStopExec"]:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePreStop#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsLifecyclePreStopExec"], result)

    @builtins.property
    def http_get(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsLifecyclePreStopHttpGet"]:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePreStop#httpGet
        '''
        result = self._values.get("http_get")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsLifecyclePreStopHttpGet"], result)

    @builtins.property
    def tcp_socket(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsLifecyclePreStopTcpSocket"]:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePreStop#tcpSocket
        '''
        result = self._values.get("tcp_socket")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsLifecyclePreStopTcpSocket"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsLifecyclePreStop(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLifecyclePreStopExec",
    jsii_struct_bases=[],
    name_mapping={"command": "command"},
)
class PodDefaultSpecSidecarsLifecyclePreStopExec:
    def __init__(
        self,
        *,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param command: 

        :schema: PodDefaultSpecSidecarsLifecyclePreStopExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6165c1c11a98a00e6f0da8bd3feea3cea69cda9a2a19dd053d7d029426f6f976)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if command is not None:
            self._values["command"] = command

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePreStopExec#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsLifecyclePreStopExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLifecyclePreStopHttpGet",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "host": "host",
        "http_headers": "httpHeaders",
        "path": "path",
        "scheme": "scheme",
    },
)
class PodDefaultSpecSidecarsLifecyclePreStopHttpGet:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecSidecarsLifecyclePreStopHttpGetPort",
        host: typing.Optional[builtins.str] = None,
        http_headers: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecSidecarsLifecyclePreStopHttpGetHttpHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        path: typing.Optional[builtins.str] = None,
        scheme: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 
        :param http_headers: 
        :param path: 
        :param scheme: 

        :schema: PodDefaultSpecSidecarsLifecyclePreStopHttpGet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5488dcba2d32320069fc715af593bf83da53768db7f6540c25049a08e7d777d6)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument http_headers", value=http_headers, expected_type=type_hints["http_headers"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host
        if http_headers is not None:
            self._values["http_headers"] = http_headers
        if path is not None:
            self._values["path"] = path
        if scheme is not None:
            self._values["scheme"] = scheme

    @builtins.property
    def port(self) -> "PodDefaultSpecSidecarsLifecyclePreStopHttpGetPort":
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePreStopHttpGet#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecSidecarsLifecyclePreStopHttpGetPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePreStopHttpGet#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_headers(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecSidecarsLifecyclePreStopHttpGetHttpHeaders"]]:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePreStopHttpGet#httpHeaders
        '''
        result = self._values.get("http_headers")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecSidecarsLifecyclePreStopHttpGetHttpHeaders"]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePreStopHttpGet#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePreStopHttpGet#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsLifecyclePreStopHttpGet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLifecyclePreStopHttpGetHttpHeaders",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class PodDefaultSpecSidecarsLifecyclePreStopHttpGetHttpHeaders:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: PodDefaultSpecSidecarsLifecyclePreStopHttpGetHttpHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2a8310aeefd0a1e2c19cbb87269a85911d162bfb740be833b88a606ede00b1f1)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePreStopHttpGetHttpHeaders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePreStopHttpGetHttpHeaders#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsLifecyclePreStopHttpGetHttpHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecSidecarsLifecyclePreStopHttpGetPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLifecyclePreStopHttpGetPort",
):
    '''
    :schema: PodDefaultSpecSidecarsLifecyclePreStopHttpGetPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecSidecarsLifecyclePreStopHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__32d17d3c2ad321d6e41798850443452b29bebf9a2be3d97aadc7e519cf070650)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsLifecyclePreStopHttpGetPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecSidecarsLifecyclePreStopHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4b12e79eca88dbe88f397a9f8c2580235639c51a3d0169afc01675c2c33428d4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsLifecyclePreStopHttpGetPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLifecyclePreStopTcpSocket",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "host": "host"},
)
class PodDefaultSpecSidecarsLifecyclePreStopTcpSocket:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecSidecarsLifecyclePreStopTcpSocketPort",
        host: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 

        :schema: PodDefaultSpecSidecarsLifecyclePreStopTcpSocket
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e13de64c337986c26db4b10644ad0a03a35d7cf789b7ca295c22598ccbcb9862)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host

    @builtins.property
    def port(self) -> "PodDefaultSpecSidecarsLifecyclePreStopTcpSocketPort":
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePreStopTcpSocket#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecSidecarsLifecyclePreStopTcpSocketPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsLifecyclePreStopTcpSocket#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsLifecyclePreStopTcpSocket(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecSidecarsLifecyclePreStopTcpSocketPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLifecyclePreStopTcpSocketPort",
):
    '''
    :schema: PodDefaultSpecSidecarsLifecyclePreStopTcpSocketPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecSidecarsLifecyclePreStopTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__74db58397ff13e6de6609f7159055ca78575a588fd3694f869ddf57d76407145)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsLifecyclePreStopTcpSocketPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecSidecarsLifecyclePreStopTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ee0298c851600b9e9d3fb6742ce18240d22b6a9de9651e0d415c8d2e78ea861c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsLifecyclePreStopTcpSocketPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLivenessProbe",
    jsii_struct_bases=[],
    name_mapping={
        "exec": "exec",
        "failure_threshold": "failureThreshold",
        "grpc": "grpc",
        "http_get": "httpGet",
        "initial_delay_seconds": "initialDelaySeconds",
        "period_seconds": "periodSeconds",
        "success_threshold": "successThreshold",
        "tcp_socket": "tcpSocket",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "timeout_seconds": "timeoutSeconds",
    },
)
class PodDefaultSpecSidecarsLivenessProbe:
    def __init__(
        self,
        *,
        exec: typing.Optional[typing.Union["PodDefaultSpecSidecarsLivenessProbeExec", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_threshold: typing.Optional[jsii.Number] = None,
        grpc: typing.Optional[typing.Union["PodDefaultSpecSidecarsLivenessProbeGrpc", typing.Dict[builtins.str, typing.Any]]] = None,
        http_get: typing.Optional[typing.Union["PodDefaultSpecSidecarsLivenessProbeHttpGet", typing.Dict[builtins.str, typing.Any]]] = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        tcp_socket: typing.Optional[typing.Union["PodDefaultSpecSidecarsLivenessProbeTcpSocket", typing.Dict[builtins.str, typing.Any]]] = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param exec: 
        :param failure_threshold: 
        :param grpc: 
        :param http_get: 
        :param initial_delay_seconds: 
        :param period_seconds: 
        :param success_threshold: 
        :param tcp_socket: 
        :param termination_grace_period_seconds: 
        :param timeout_seconds: 

        :schema: PodDefaultSpecSidecarsLivenessProbe
        '''
        if isinstance(exec, dict):
            exec = PodDefaultSpecSidecarsLivenessProbeExec(**exec)
        if isinstance(grpc, dict):
            grpc = PodDefaultSpecSidecarsLivenessProbeGrpc(**grpc)
        if isinstance(http_get, dict):
            http_get = PodDefaultSpecSidecarsLivenessProbeHttpGet(**http_get)
        if isinstance(tcp_socket, dict):
            tcp_socket = PodDefaultSpecSidecarsLivenessProbeTcpSocket(**tcp_socket)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a91dc3953c3413d3bccfc591845ff426ec0c5bff73c16ce2072d0989acdd5d71)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
            check_type(argname="argument failure_threshold", value=failure_threshold, expected_type=type_hints["failure_threshold"])
            check_type(argname="argument grpc", value=grpc, expected_type=type_hints["grpc"])
            check_type(argname="argument http_get", value=http_get, expected_type=type_hints["http_get"])
            check_type(argname="argument initial_delay_seconds", value=initial_delay_seconds, expected_type=type_hints["initial_delay_seconds"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument success_threshold", value=success_threshold, expected_type=type_hints["success_threshold"])
            check_type(argname="argument tcp_socket", value=tcp_socket, expected_type=type_hints["tcp_socket"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exec is not None:
            self._values["exec"] = exec
        if failure_threshold is not None:
            self._values["failure_threshold"] = failure_threshold
        if grpc is not None:
            self._values["grpc"] = grpc
        if http_get is not None:
            self._values["http_get"] = http_get
        if initial_delay_seconds is not None:
            self._values["initial_delay_seconds"] = initial_delay_seconds
        if period_seconds is not None:
            self._values["period_seconds"] = period_seconds
        if success_threshold is not None:
            self._values["success_threshold"] = success_threshold
        if tcp_socket is not None:
            self._values["tcp_socket"] = tcp_socket
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def exec(self) -> typing.Optional["PodDefaultSpecSidecarsLivenessProbeExec"]:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbe#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsLivenessProbeExec"], result)

    @builtins.property
    def failure_threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbe#failureThreshold
        '''
        result = self._values.get("failure_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def grpc(self) -> typing.Optional["PodDefaultSpecSidecarsLivenessProbeGrpc"]:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbe#grpc
        '''
        result = self._values.get("grpc")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsLivenessProbeGrpc"], result)

    @builtins.property
    def http_get(self) -> typing.Optional["PodDefaultSpecSidecarsLivenessProbeHttpGet"]:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbe#httpGet
        '''
        result = self._values.get("http_get")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsLivenessProbeHttpGet"], result)

    @builtins.property
    def initial_delay_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbe#initialDelaySeconds
        '''
        result = self._values.get("initial_delay_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbe#periodSeconds
        '''
        result = self._values.get("period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def success_threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbe#successThreshold
        '''
        result = self._values.get("success_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_socket(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsLivenessProbeTcpSocket"]:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbe#tcpSocket
        '''
        result = self._values.get("tcp_socket")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsLivenessProbeTcpSocket"], result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbe#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbe#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsLivenessProbe(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLivenessProbeExec",
    jsii_struct_bases=[],
    name_mapping={"command": "command"},
)
class PodDefaultSpecSidecarsLivenessProbeExec:
    def __init__(
        self,
        *,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param command: 

        :schema: PodDefaultSpecSidecarsLivenessProbeExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c365ad8b077ee4395417e92278b92d2936933a24d2d74cced96232ea481020a1)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if command is not None:
            self._values["command"] = command

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbeExec#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsLivenessProbeExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLivenessProbeGrpc",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "service": "service"},
)
class PodDefaultSpecSidecarsLivenessProbeGrpc:
    def __init__(
        self,
        *,
        port: jsii.Number,
        service: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param service: 

        :schema: PodDefaultSpecSidecarsLivenessProbeGrpc
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__70b4c5ae43e27e11c30a4a4e648baa26b9b9bed276d4b3987841564120e971c2)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if service is not None:
            self._values["service"] = service

    @builtins.property
    def port(self) -> jsii.Number:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbeGrpc#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def service(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbeGrpc#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsLivenessProbeGrpc(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLivenessProbeHttpGet",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "host": "host",
        "http_headers": "httpHeaders",
        "path": "path",
        "scheme": "scheme",
    },
)
class PodDefaultSpecSidecarsLivenessProbeHttpGet:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecSidecarsLivenessProbeHttpGetPort",
        host: typing.Optional[builtins.str] = None,
        http_headers: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecSidecarsLivenessProbeHttpGetHttpHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        path: typing.Optional[builtins.str] = None,
        scheme: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 
        :param http_headers: 
        :param path: 
        :param scheme: 

        :schema: PodDefaultSpecSidecarsLivenessProbeHttpGet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7a119007129f4cc820a193ce5be7dce129c314cc1512b7f7f52cf242dc3d16ba)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument http_headers", value=http_headers, expected_type=type_hints["http_headers"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host
        if http_headers is not None:
            self._values["http_headers"] = http_headers
        if path is not None:
            self._values["path"] = path
        if scheme is not None:
            self._values["scheme"] = scheme

    @builtins.property
    def port(self) -> "PodDefaultSpecSidecarsLivenessProbeHttpGetPort":
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbeHttpGet#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecSidecarsLivenessProbeHttpGetPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbeHttpGet#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_headers(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecSidecarsLivenessProbeHttpGetHttpHeaders"]]:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbeHttpGet#httpHeaders
        '''
        result = self._values.get("http_headers")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecSidecarsLivenessProbeHttpGetHttpHeaders"]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbeHttpGet#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbeHttpGet#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsLivenessProbeHttpGet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLivenessProbeHttpGetHttpHeaders",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class PodDefaultSpecSidecarsLivenessProbeHttpGetHttpHeaders:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: PodDefaultSpecSidecarsLivenessProbeHttpGetHttpHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c888a9dfded6f50c2b84dd058d000ed558b1617e62f8d28487c40d4e2927af80)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbeHttpGetHttpHeaders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbeHttpGetHttpHeaders#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsLivenessProbeHttpGetHttpHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecSidecarsLivenessProbeHttpGetPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLivenessProbeHttpGetPort",
):
    '''
    :schema: PodDefaultSpecSidecarsLivenessProbeHttpGetPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecSidecarsLivenessProbeHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ddec1e3cb122e9a8406c45183ce5427d30d63898164acc2c13e4d497483ab2d3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsLivenessProbeHttpGetPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecSidecarsLivenessProbeHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4f3ed9d80e1bdcc0f52d5b15dab8d22f4d429a8e4343a9a522f9b1540a845878)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsLivenessProbeHttpGetPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLivenessProbeTcpSocket",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "host": "host"},
)
class PodDefaultSpecSidecarsLivenessProbeTcpSocket:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecSidecarsLivenessProbeTcpSocketPort",
        host: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 

        :schema: PodDefaultSpecSidecarsLivenessProbeTcpSocket
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__35dca272d61ac46b09824ec326ec8d688e53fc98b0b1ec832ee53d561cf88298)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host

    @builtins.property
    def port(self) -> "PodDefaultSpecSidecarsLivenessProbeTcpSocketPort":
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbeTcpSocket#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecSidecarsLivenessProbeTcpSocketPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsLivenessProbeTcpSocket#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsLivenessProbeTcpSocket(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecSidecarsLivenessProbeTcpSocketPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsLivenessProbeTcpSocketPort",
):
    '''
    :schema: PodDefaultSpecSidecarsLivenessProbeTcpSocketPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecSidecarsLivenessProbeTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__786143ba5f9b3066a0e055ffd609b6674848df989c8f72fe9eaf77ceb80eeee7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsLivenessProbeTcpSocketPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecSidecarsLivenessProbeTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b19e89b55e6c8437f54d80763a23cf269475fbd89917e5dd02895a753ed7bf33)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsLivenessProbeTcpSocketPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsPorts",
    jsii_struct_bases=[],
    name_mapping={
        "container_port": "containerPort",
        "host_ip": "hostIp",
        "host_port": "hostPort",
        "name": "name",
        "protocol": "protocol",
    },
)
class PodDefaultSpecSidecarsPorts:
    def __init__(
        self,
        *,
        container_port: jsii.Number,
        host_ip: typing.Optional[builtins.str] = None,
        host_port: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param container_port: 
        :param host_ip: 
        :param host_port: 
        :param name: 
        :param protocol: 

        :schema: PodDefaultSpecSidecarsPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__266bf6e2b74083705c70ec97264e7bb02f9c86759f9ac01fb6492393860d2c8e)
            check_type(argname="argument container_port", value=container_port, expected_type=type_hints["container_port"])
            check_type(argname="argument host_ip", value=host_ip, expected_type=type_hints["host_ip"])
            check_type(argname="argument host_port", value=host_port, expected_type=type_hints["host_port"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "container_port": container_port,
        }
        if host_ip is not None:
            self._values["host_ip"] = host_ip
        if host_port is not None:
            self._values["host_port"] = host_port
        if name is not None:
            self._values["name"] = name
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def container_port(self) -> jsii.Number:
        '''
        :schema: PodDefaultSpecSidecarsPorts#containerPort
        '''
        result = self._values.get("container_port")
        assert result is not None, "Required property 'container_port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def host_ip(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsPorts#hostIP
        '''
        result = self._values.get("host_ip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsPorts#hostPort
        '''
        result = self._values.get("host_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsPorts#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsPorts#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsReadinessProbe",
    jsii_struct_bases=[],
    name_mapping={
        "exec": "exec",
        "failure_threshold": "failureThreshold",
        "grpc": "grpc",
        "http_get": "httpGet",
        "initial_delay_seconds": "initialDelaySeconds",
        "period_seconds": "periodSeconds",
        "success_threshold": "successThreshold",
        "tcp_socket": "tcpSocket",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "timeout_seconds": "timeoutSeconds",
    },
)
class PodDefaultSpecSidecarsReadinessProbe:
    def __init__(
        self,
        *,
        exec: typing.Optional[typing.Union["PodDefaultSpecSidecarsReadinessProbeExec", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_threshold: typing.Optional[jsii.Number] = None,
        grpc: typing.Optional[typing.Union["PodDefaultSpecSidecarsReadinessProbeGrpc", typing.Dict[builtins.str, typing.Any]]] = None,
        http_get: typing.Optional[typing.Union["PodDefaultSpecSidecarsReadinessProbeHttpGet", typing.Dict[builtins.str, typing.Any]]] = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        tcp_socket: typing.Optional[typing.Union["PodDefaultSpecSidecarsReadinessProbeTcpSocket", typing.Dict[builtins.str, typing.Any]]] = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param exec: 
        :param failure_threshold: 
        :param grpc: 
        :param http_get: 
        :param initial_delay_seconds: 
        :param period_seconds: 
        :param success_threshold: 
        :param tcp_socket: 
        :param termination_grace_period_seconds: 
        :param timeout_seconds: 

        :schema: PodDefaultSpecSidecarsReadinessProbe
        '''
        if isinstance(exec, dict):
            exec = PodDefaultSpecSidecarsReadinessProbeExec(**exec)
        if isinstance(grpc, dict):
            grpc = PodDefaultSpecSidecarsReadinessProbeGrpc(**grpc)
        if isinstance(http_get, dict):
            http_get = PodDefaultSpecSidecarsReadinessProbeHttpGet(**http_get)
        if isinstance(tcp_socket, dict):
            tcp_socket = PodDefaultSpecSidecarsReadinessProbeTcpSocket(**tcp_socket)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__04282e704a07c79c56bf5b93b0b0d574b3cb92fce7fe8b605f44d834f5c10a95)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
            check_type(argname="argument failure_threshold", value=failure_threshold, expected_type=type_hints["failure_threshold"])
            check_type(argname="argument grpc", value=grpc, expected_type=type_hints["grpc"])
            check_type(argname="argument http_get", value=http_get, expected_type=type_hints["http_get"])
            check_type(argname="argument initial_delay_seconds", value=initial_delay_seconds, expected_type=type_hints["initial_delay_seconds"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument success_threshold", value=success_threshold, expected_type=type_hints["success_threshold"])
            check_type(argname="argument tcp_socket", value=tcp_socket, expected_type=type_hints["tcp_socket"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exec is not None:
            self._values["exec"] = exec
        if failure_threshold is not None:
            self._values["failure_threshold"] = failure_threshold
        if grpc is not None:
            self._values["grpc"] = grpc
        if http_get is not None:
            self._values["http_get"] = http_get
        if initial_delay_seconds is not None:
            self._values["initial_delay_seconds"] = initial_delay_seconds
        if period_seconds is not None:
            self._values["period_seconds"] = period_seconds
        if success_threshold is not None:
            self._values["success_threshold"] = success_threshold
        if tcp_socket is not None:
            self._values["tcp_socket"] = tcp_socket
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def exec(self) -> typing.Optional["PodDefaultSpecSidecarsReadinessProbeExec"]:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbe#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsReadinessProbeExec"], result)

    @builtins.property
    def failure_threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbe#failureThreshold
        '''
        result = self._values.get("failure_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def grpc(self) -> typing.Optional["PodDefaultSpecSidecarsReadinessProbeGrpc"]:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbe#grpc
        '''
        result = self._values.get("grpc")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsReadinessProbeGrpc"], result)

    @builtins.property
    def http_get(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsReadinessProbeHttpGet"]:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbe#httpGet
        '''
        result = self._values.get("http_get")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsReadinessProbeHttpGet"], result)

    @builtins.property
    def initial_delay_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbe#initialDelaySeconds
        '''
        result = self._values.get("initial_delay_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbe#periodSeconds
        '''
        result = self._values.get("period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def success_threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbe#successThreshold
        '''
        result = self._values.get("success_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_socket(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsReadinessProbeTcpSocket"]:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbe#tcpSocket
        '''
        result = self._values.get("tcp_socket")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsReadinessProbeTcpSocket"], result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbe#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbe#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsReadinessProbe(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsReadinessProbeExec",
    jsii_struct_bases=[],
    name_mapping={"command": "command"},
)
class PodDefaultSpecSidecarsReadinessProbeExec:
    def __init__(
        self,
        *,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param command: 

        :schema: PodDefaultSpecSidecarsReadinessProbeExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eaf3dd5b509fc3cb4f80fa628b30aa8046b3cd1e7d41b2456db266391f34099a)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if command is not None:
            self._values["command"] = command

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbeExec#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsReadinessProbeExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsReadinessProbeGrpc",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "service": "service"},
)
class PodDefaultSpecSidecarsReadinessProbeGrpc:
    def __init__(
        self,
        *,
        port: jsii.Number,
        service: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param service: 

        :schema: PodDefaultSpecSidecarsReadinessProbeGrpc
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3dd07a02c15ee406a4e59e70fd4eefc2bf73add1b413cd7a1fa9752caf360e4c)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if service is not None:
            self._values["service"] = service

    @builtins.property
    def port(self) -> jsii.Number:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbeGrpc#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def service(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbeGrpc#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsReadinessProbeGrpc(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsReadinessProbeHttpGet",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "host": "host",
        "http_headers": "httpHeaders",
        "path": "path",
        "scheme": "scheme",
    },
)
class PodDefaultSpecSidecarsReadinessProbeHttpGet:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecSidecarsReadinessProbeHttpGetPort",
        host: typing.Optional[builtins.str] = None,
        http_headers: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecSidecarsReadinessProbeHttpGetHttpHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        path: typing.Optional[builtins.str] = None,
        scheme: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 
        :param http_headers: 
        :param path: 
        :param scheme: 

        :schema: PodDefaultSpecSidecarsReadinessProbeHttpGet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c4a4fc10fc640ab1f1c1ef3de644bbdf441679d1cedc99ded620f2f3c77de089)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument http_headers", value=http_headers, expected_type=type_hints["http_headers"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host
        if http_headers is not None:
            self._values["http_headers"] = http_headers
        if path is not None:
            self._values["path"] = path
        if scheme is not None:
            self._values["scheme"] = scheme

    @builtins.property
    def port(self) -> "PodDefaultSpecSidecarsReadinessProbeHttpGetPort":
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbeHttpGet#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecSidecarsReadinessProbeHttpGetPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbeHttpGet#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_headers(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecSidecarsReadinessProbeHttpGetHttpHeaders"]]:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbeHttpGet#httpHeaders
        '''
        result = self._values.get("http_headers")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecSidecarsReadinessProbeHttpGetHttpHeaders"]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbeHttpGet#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbeHttpGet#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsReadinessProbeHttpGet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsReadinessProbeHttpGetHttpHeaders",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class PodDefaultSpecSidecarsReadinessProbeHttpGetHttpHeaders:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: PodDefaultSpecSidecarsReadinessProbeHttpGetHttpHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__67db295481a83e47ff1ad9c84b0654296cdfdf37fd6b2083ccd4254886cc7ac6)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbeHttpGetHttpHeaders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbeHttpGetHttpHeaders#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsReadinessProbeHttpGetHttpHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecSidecarsReadinessProbeHttpGetPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsReadinessProbeHttpGetPort",
):
    '''
    :schema: PodDefaultSpecSidecarsReadinessProbeHttpGetPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecSidecarsReadinessProbeHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__69f7f65e32fa7923d97b5790d6091ddce0b123457a2c5bcf4b23b9e71c91e2c9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsReadinessProbeHttpGetPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecSidecarsReadinessProbeHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__04ea2b09b51e57ff18f5b4292bdca83874780cb3879e1ce42b4dd3aa3c24542d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsReadinessProbeHttpGetPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsReadinessProbeTcpSocket",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "host": "host"},
)
class PodDefaultSpecSidecarsReadinessProbeTcpSocket:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecSidecarsReadinessProbeTcpSocketPort",
        host: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 

        :schema: PodDefaultSpecSidecarsReadinessProbeTcpSocket
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f626b676c722b1ec9dd8b04c7666b779d286d228fb138461c0931be418a400fa)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host

    @builtins.property
    def port(self) -> "PodDefaultSpecSidecarsReadinessProbeTcpSocketPort":
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbeTcpSocket#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecSidecarsReadinessProbeTcpSocketPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsReadinessProbeTcpSocket#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsReadinessProbeTcpSocket(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecSidecarsReadinessProbeTcpSocketPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsReadinessProbeTcpSocketPort",
):
    '''
    :schema: PodDefaultSpecSidecarsReadinessProbeTcpSocketPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecSidecarsReadinessProbeTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__410844ee5714218c7a709c03d2da9f5f566b7f7046438462d03171c4648f14d6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsReadinessProbeTcpSocketPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecSidecarsReadinessProbeTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6ce6058a18463bb181390adc7a78b9691b6813fb3b3908a1130f6fa0e0f0be33)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsReadinessProbeTcpSocketPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class PodDefaultSpecSidecarsResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecSidecarsResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecSidecarsResourcesRequests"]] = None,
    ) -> None:
        '''
        :param limits: 
        :param requests: 

        :schema: PodDefaultSpecSidecarsResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c63d7fa4ba048b21ad74af5dbcf55bfa245e618b3816264331a63cf8bb94c5f2)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecSidecarsResourcesLimits"]]:
        '''
        :schema: PodDefaultSpecSidecarsResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecSidecarsResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecSidecarsResourcesRequests"]]:
        '''
        :schema: PodDefaultSpecSidecarsResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecSidecarsResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecSidecarsResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsResourcesLimits",
):
    '''
    :schema: PodDefaultSpecSidecarsResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "PodDefaultSpecSidecarsResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__694033bfad9bab6088947062ff08e2c045d317dbbd6441adcb621f3702d690ee)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecSidecarsResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ccc2b98e57eb31f257a657d10d47ed9215137703260deb5b80cf1a93c9a9e175)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class PodDefaultSpecSidecarsResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsResourcesRequests",
):
    '''
    :schema: PodDefaultSpecSidecarsResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecSidecarsResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c8fbd1c2e9f99efa0d97ba89a63b407a0628d6722c917a1fdf2adaa81a46e634)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecSidecarsResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__42441839160c4c6ce341c4136eb4163093316add193fce1795498718fc382b37)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsSecurityContext",
    jsii_struct_bases=[],
    name_mapping={
        "allow_privilege_escalation": "allowPrivilegeEscalation",
        "capabilities": "capabilities",
        "privileged": "privileged",
        "proc_mount": "procMount",
        "read_only_root_filesystem": "readOnlyRootFilesystem",
        "run_as_group": "runAsGroup",
        "run_as_non_root": "runAsNonRoot",
        "run_as_user": "runAsUser",
        "seccomp_profile": "seccompProfile",
        "se_linux_options": "seLinuxOptions",
        "windows_options": "windowsOptions",
    },
)
class PodDefaultSpecSidecarsSecurityContext:
    def __init__(
        self,
        *,
        allow_privilege_escalation: typing.Optional[builtins.bool] = None,
        capabilities: typing.Optional[typing.Union["PodDefaultSpecSidecarsSecurityContextCapabilities", typing.Dict[builtins.str, typing.Any]]] = None,
        privileged: typing.Optional[builtins.bool] = None,
        proc_mount: typing.Optional[builtins.str] = None,
        read_only_root_filesystem: typing.Optional[builtins.bool] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Optional[typing.Union["PodDefaultSpecSidecarsSecurityContextSeccompProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        se_linux_options: typing.Optional[typing.Union["PodDefaultSpecSidecarsSecurityContextSeLinuxOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        windows_options: typing.Optional[typing.Union["PodDefaultSpecSidecarsSecurityContextWindowsOptions", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param allow_privilege_escalation: 
        :param capabilities: 
        :param privileged: 
        :param proc_mount: 
        :param read_only_root_filesystem: 
        :param run_as_group: 
        :param run_as_non_root: 
        :param run_as_user: 
        :param seccomp_profile: 
        :param se_linux_options: 
        :param windows_options: 

        :schema: PodDefaultSpecSidecarsSecurityContext
        '''
        if isinstance(capabilities, dict):
            capabilities = PodDefaultSpecSidecarsSecurityContextCapabilities(**capabilities)
        if isinstance(seccomp_profile, dict):
            seccomp_profile = PodDefaultSpecSidecarsSecurityContextSeccompProfile(**seccomp_profile)
        if isinstance(se_linux_options, dict):
            se_linux_options = PodDefaultSpecSidecarsSecurityContextSeLinuxOptions(**se_linux_options)
        if isinstance(windows_options, dict):
            windows_options = PodDefaultSpecSidecarsSecurityContextWindowsOptions(**windows_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__edeb37e0dd6653d49cc123b11686d8a7d8b945d7a8f13d6f62ac530b15e9dbaf)
            check_type(argname="argument allow_privilege_escalation", value=allow_privilege_escalation, expected_type=type_hints["allow_privilege_escalation"])
            check_type(argname="argument capabilities", value=capabilities, expected_type=type_hints["capabilities"])
            check_type(argname="argument privileged", value=privileged, expected_type=type_hints["privileged"])
            check_type(argname="argument proc_mount", value=proc_mount, expected_type=type_hints["proc_mount"])
            check_type(argname="argument read_only_root_filesystem", value=read_only_root_filesystem, expected_type=type_hints["read_only_root_filesystem"])
            check_type(argname="argument run_as_group", value=run_as_group, expected_type=type_hints["run_as_group"])
            check_type(argname="argument run_as_non_root", value=run_as_non_root, expected_type=type_hints["run_as_non_root"])
            check_type(argname="argument run_as_user", value=run_as_user, expected_type=type_hints["run_as_user"])
            check_type(argname="argument seccomp_profile", value=seccomp_profile, expected_type=type_hints["seccomp_profile"])
            check_type(argname="argument se_linux_options", value=se_linux_options, expected_type=type_hints["se_linux_options"])
            check_type(argname="argument windows_options", value=windows_options, expected_type=type_hints["windows_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_privilege_escalation is not None:
            self._values["allow_privilege_escalation"] = allow_privilege_escalation
        if capabilities is not None:
            self._values["capabilities"] = capabilities
        if privileged is not None:
            self._values["privileged"] = privileged
        if proc_mount is not None:
            self._values["proc_mount"] = proc_mount
        if read_only_root_filesystem is not None:
            self._values["read_only_root_filesystem"] = read_only_root_filesystem
        if run_as_group is not None:
            self._values["run_as_group"] = run_as_group
        if run_as_non_root is not None:
            self._values["run_as_non_root"] = run_as_non_root
        if run_as_user is not None:
            self._values["run_as_user"] = run_as_user
        if seccomp_profile is not None:
            self._values["seccomp_profile"] = seccomp_profile
        if se_linux_options is not None:
            self._values["se_linux_options"] = se_linux_options
        if windows_options is not None:
            self._values["windows_options"] = windows_options

    @builtins.property
    def allow_privilege_escalation(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContext#allowPrivilegeEscalation
        '''
        result = self._values.get("allow_privilege_escalation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def capabilities(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsSecurityContextCapabilities"]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContext#capabilities
        '''
        result = self._values.get("capabilities")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsSecurityContextCapabilities"], result)

    @builtins.property
    def privileged(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContext#privileged
        '''
        result = self._values.get("privileged")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def proc_mount(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContext#procMount
        '''
        result = self._values.get("proc_mount")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only_root_filesystem(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContext#readOnlyRootFilesystem
        '''
        result = self._values.get("read_only_root_filesystem")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsSecurityContextSeccompProfile"]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsSecurityContextSeccompProfile"], result)

    @builtins.property
    def se_linux_options(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsSecurityContextSeLinuxOptions"]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsSecurityContextSeLinuxOptions"], result)

    @builtins.property
    def windows_options(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsSecurityContextWindowsOptions"]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsSecurityContextWindowsOptions"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsSecurityContextCapabilities",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "drop": "drop"},
)
class PodDefaultSpecSidecarsSecurityContextCapabilities:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[builtins.str]] = None,
        drop: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param drop: 

        :schema: PodDefaultSpecSidecarsSecurityContextCapabilities
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ff2b7c3faa1bf4b514b5b66b1387ae136fcc295149f3dbbd0f0f6708097fe6e3)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument drop", value=drop, expected_type=type_hints["drop"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if drop is not None:
            self._values["drop"] = drop

    @builtins.property
    def add(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContextCapabilities#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def drop(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContextCapabilities#drop
        '''
        result = self._values.get("drop")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsSecurityContextCapabilities(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsSecurityContextSeLinuxOptions",
    jsii_struct_bases=[],
    name_mapping={"level": "level", "role": "role", "type": "type", "user": "user"},
)
class PodDefaultSpecSidecarsSecurityContextSeLinuxOptions:
    def __init__(
        self,
        *,
        level: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
        user: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param level: 
        :param role: 
        :param type: 
        :param user: 

        :schema: PodDefaultSpecSidecarsSecurityContextSeLinuxOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c6207675e721d9474fa63a2bc36b07a1172854ab15ff2dd221f543b59cbaca9f)
            check_type(argname="argument level", value=level, expected_type=type_hints["level"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if level is not None:
            self._values["level"] = level
        if role is not None:
            self._values["role"] = role
        if type is not None:
            self._values["type"] = type
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def level(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContextSeLinuxOptions#level
        '''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContextSeLinuxOptions#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContextSeLinuxOptions#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContextSeLinuxOptions#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsSecurityContextSeLinuxOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsSecurityContextSeccompProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class PodDefaultSpecSidecarsSecurityContextSeccompProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param localhost_profile: 

        :schema: PodDefaultSpecSidecarsSecurityContextSeccompProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f2fdb0dee92fb48453156b9286223b88dab23d2adbc09c474c54ce2afa3c9ff7)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile

    @builtins.property
    def type(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContextSeccompProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContextSeccompProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsSecurityContextSeccompProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsSecurityContextWindowsOptions",
    jsii_struct_bases=[],
    name_mapping={
        "gmsa_credential_spec": "gmsaCredentialSpec",
        "gmsa_credential_spec_name": "gmsaCredentialSpecName",
        "host_process": "hostProcess",
        "run_as_user_name": "runAsUserName",
    },
)
class PodDefaultSpecSidecarsSecurityContextWindowsOptions:
    def __init__(
        self,
        *,
        gmsa_credential_spec: typing.Optional[builtins.str] = None,
        gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
        host_process: typing.Optional[builtins.bool] = None,
        run_as_user_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param gmsa_credential_spec: 
        :param gmsa_credential_spec_name: 
        :param host_process: 
        :param run_as_user_name: 

        :schema: PodDefaultSpecSidecarsSecurityContextWindowsOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fef7370b90b53503bfcc955d2cd6f1540661ecc51e9b212ae85e520b8baaa783)
            check_type(argname="argument gmsa_credential_spec", value=gmsa_credential_spec, expected_type=type_hints["gmsa_credential_spec"])
            check_type(argname="argument gmsa_credential_spec_name", value=gmsa_credential_spec_name, expected_type=type_hints["gmsa_credential_spec_name"])
            check_type(argname="argument host_process", value=host_process, expected_type=type_hints["host_process"])
            check_type(argname="argument run_as_user_name", value=run_as_user_name, expected_type=type_hints["run_as_user_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if gmsa_credential_spec is not None:
            self._values["gmsa_credential_spec"] = gmsa_credential_spec
        if gmsa_credential_spec_name is not None:
            self._values["gmsa_credential_spec_name"] = gmsa_credential_spec_name
        if host_process is not None:
            self._values["host_process"] = host_process
        if run_as_user_name is not None:
            self._values["run_as_user_name"] = run_as_user_name

    @builtins.property
    def gmsa_credential_spec(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContextWindowsOptions#gmsaCredentialSpec
        '''
        result = self._values.get("gmsa_credential_spec")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gmsa_credential_spec_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContextWindowsOptions#gmsaCredentialSpecName
        '''
        result = self._values.get("gmsa_credential_spec_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_process(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContextWindowsOptions#hostProcess
        '''
        result = self._values.get("host_process")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsSecurityContextWindowsOptions#runAsUserName
        '''
        result = self._values.get("run_as_user_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsSecurityContextWindowsOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsStartupProbe",
    jsii_struct_bases=[],
    name_mapping={
        "exec": "exec",
        "failure_threshold": "failureThreshold",
        "grpc": "grpc",
        "http_get": "httpGet",
        "initial_delay_seconds": "initialDelaySeconds",
        "period_seconds": "periodSeconds",
        "success_threshold": "successThreshold",
        "tcp_socket": "tcpSocket",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "timeout_seconds": "timeoutSeconds",
    },
)
class PodDefaultSpecSidecarsStartupProbe:
    def __init__(
        self,
        *,
        exec: typing.Optional[typing.Union["PodDefaultSpecSidecarsStartupProbeExec", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_threshold: typing.Optional[jsii.Number] = None,
        grpc: typing.Optional[typing.Union["PodDefaultSpecSidecarsStartupProbeGrpc", typing.Dict[builtins.str, typing.Any]]] = None,
        http_get: typing.Optional[typing.Union["PodDefaultSpecSidecarsStartupProbeHttpGet", typing.Dict[builtins.str, typing.Any]]] = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        tcp_socket: typing.Optional[typing.Union["PodDefaultSpecSidecarsStartupProbeTcpSocket", typing.Dict[builtins.str, typing.Any]]] = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param exec: 
        :param failure_threshold: 
        :param grpc: 
        :param http_get: 
        :param initial_delay_seconds: 
        :param period_seconds: 
        :param success_threshold: 
        :param tcp_socket: 
        :param termination_grace_period_seconds: 
        :param timeout_seconds: 

        :schema: PodDefaultSpecSidecarsStartupProbe
        '''
        if isinstance(exec, dict):
            exec = PodDefaultSpecSidecarsStartupProbeExec(**exec)
        if isinstance(grpc, dict):
            grpc = PodDefaultSpecSidecarsStartupProbeGrpc(**grpc)
        if isinstance(http_get, dict):
            http_get = PodDefaultSpecSidecarsStartupProbeHttpGet(**http_get)
        if isinstance(tcp_socket, dict):
            tcp_socket = PodDefaultSpecSidecarsStartupProbeTcpSocket(**tcp_socket)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__997b162cdf11c67e8f7dad4c942b2999bae9f979f9d2e3f9299992b34fa0a97a)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
            check_type(argname="argument failure_threshold", value=failure_threshold, expected_type=type_hints["failure_threshold"])
            check_type(argname="argument grpc", value=grpc, expected_type=type_hints["grpc"])
            check_type(argname="argument http_get", value=http_get, expected_type=type_hints["http_get"])
            check_type(argname="argument initial_delay_seconds", value=initial_delay_seconds, expected_type=type_hints["initial_delay_seconds"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument success_threshold", value=success_threshold, expected_type=type_hints["success_threshold"])
            check_type(argname="argument tcp_socket", value=tcp_socket, expected_type=type_hints["tcp_socket"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exec is not None:
            self._values["exec"] = exec
        if failure_threshold is not None:
            self._values["failure_threshold"] = failure_threshold
        if grpc is not None:
            self._values["grpc"] = grpc
        if http_get is not None:
            self._values["http_get"] = http_get
        if initial_delay_seconds is not None:
            self._values["initial_delay_seconds"] = initial_delay_seconds
        if period_seconds is not None:
            self._values["period_seconds"] = period_seconds
        if success_threshold is not None:
            self._values["success_threshold"] = success_threshold
        if tcp_socket is not None:
            self._values["tcp_socket"] = tcp_socket
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def exec(self) -> typing.Optional["PodDefaultSpecSidecarsStartupProbeExec"]:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbe#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsStartupProbeExec"], result)

    @builtins.property
    def failure_threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbe#failureThreshold
        '''
        result = self._values.get("failure_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def grpc(self) -> typing.Optional["PodDefaultSpecSidecarsStartupProbeGrpc"]:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbe#grpc
        '''
        result = self._values.get("grpc")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsStartupProbeGrpc"], result)

    @builtins.property
    def http_get(self) -> typing.Optional["PodDefaultSpecSidecarsStartupProbeHttpGet"]:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbe#httpGet
        '''
        result = self._values.get("http_get")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsStartupProbeHttpGet"], result)

    @builtins.property
    def initial_delay_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbe#initialDelaySeconds
        '''
        result = self._values.get("initial_delay_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbe#periodSeconds
        '''
        result = self._values.get("period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def success_threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbe#successThreshold
        '''
        result = self._values.get("success_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_socket(
        self,
    ) -> typing.Optional["PodDefaultSpecSidecarsStartupProbeTcpSocket"]:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbe#tcpSocket
        '''
        result = self._values.get("tcp_socket")
        return typing.cast(typing.Optional["PodDefaultSpecSidecarsStartupProbeTcpSocket"], result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbe#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbe#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsStartupProbe(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsStartupProbeExec",
    jsii_struct_bases=[],
    name_mapping={"command": "command"},
)
class PodDefaultSpecSidecarsStartupProbeExec:
    def __init__(
        self,
        *,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param command: 

        :schema: PodDefaultSpecSidecarsStartupProbeExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2bef55d2e17a7ba5cb6dbee47c8ba89467f65fb6abe64854cb95480d29ef10ca)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if command is not None:
            self._values["command"] = command

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbeExec#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsStartupProbeExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsStartupProbeGrpc",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "service": "service"},
)
class PodDefaultSpecSidecarsStartupProbeGrpc:
    def __init__(
        self,
        *,
        port: jsii.Number,
        service: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param service: 

        :schema: PodDefaultSpecSidecarsStartupProbeGrpc
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9a6a824896b454593364b98e3b7e05e2ae5fcbdbf871208b13e99ae36800837e)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if service is not None:
            self._values["service"] = service

    @builtins.property
    def port(self) -> jsii.Number:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbeGrpc#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def service(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbeGrpc#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsStartupProbeGrpc(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsStartupProbeHttpGet",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "host": "host",
        "http_headers": "httpHeaders",
        "path": "path",
        "scheme": "scheme",
    },
)
class PodDefaultSpecSidecarsStartupProbeHttpGet:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecSidecarsStartupProbeHttpGetPort",
        host: typing.Optional[builtins.str] = None,
        http_headers: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecSidecarsStartupProbeHttpGetHttpHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        path: typing.Optional[builtins.str] = None,
        scheme: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 
        :param http_headers: 
        :param path: 
        :param scheme: 

        :schema: PodDefaultSpecSidecarsStartupProbeHttpGet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6c121cc878ac594d1b8910433dfc9c00ad171fd1f764858c30908be93313098e)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument http_headers", value=http_headers, expected_type=type_hints["http_headers"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host
        if http_headers is not None:
            self._values["http_headers"] = http_headers
        if path is not None:
            self._values["path"] = path
        if scheme is not None:
            self._values["scheme"] = scheme

    @builtins.property
    def port(self) -> "PodDefaultSpecSidecarsStartupProbeHttpGetPort":
        '''
        :schema: PodDefaultSpecSidecarsStartupProbeHttpGet#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecSidecarsStartupProbeHttpGetPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbeHttpGet#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_headers(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecSidecarsStartupProbeHttpGetHttpHeaders"]]:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbeHttpGet#httpHeaders
        '''
        result = self._values.get("http_headers")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecSidecarsStartupProbeHttpGetHttpHeaders"]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbeHttpGet#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbeHttpGet#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsStartupProbeHttpGet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsStartupProbeHttpGetHttpHeaders",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class PodDefaultSpecSidecarsStartupProbeHttpGetHttpHeaders:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: PodDefaultSpecSidecarsStartupProbeHttpGetHttpHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__db7e7dff9ec35b15d5460646077b811a962686e8eeb0d5814f36296a9d7f6c9d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbeHttpGetHttpHeaders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbeHttpGetHttpHeaders#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsStartupProbeHttpGetHttpHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecSidecarsStartupProbeHttpGetPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsStartupProbeHttpGetPort",
):
    '''
    :schema: PodDefaultSpecSidecarsStartupProbeHttpGetPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecSidecarsStartupProbeHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__306e95e80cd6a5229f3015f46d1df3a9859def0bb25a051917f0f6bb50313c6d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsStartupProbeHttpGetPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecSidecarsStartupProbeHttpGetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__16b54d0d0c7e9d85b8cf24d19590ad14a78df2838befbd07dc148df5e487b02b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsStartupProbeHttpGetPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsStartupProbeTcpSocket",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "host": "host"},
)
class PodDefaultSpecSidecarsStartupProbeTcpSocket:
    def __init__(
        self,
        *,
        port: "PodDefaultSpecSidecarsStartupProbeTcpSocketPort",
        host: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param host: 

        :schema: PodDefaultSpecSidecarsStartupProbeTcpSocket
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cfa2b45c04899d01583b28e64809cb88453545e4d7b8155c083b3242aa74aebd)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if host is not None:
            self._values["host"] = host

    @builtins.property
    def port(self) -> "PodDefaultSpecSidecarsStartupProbeTcpSocketPort":
        '''
        :schema: PodDefaultSpecSidecarsStartupProbeTcpSocket#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodDefaultSpecSidecarsStartupProbeTcpSocketPort", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsStartupProbeTcpSocket#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsStartupProbeTcpSocket(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecSidecarsStartupProbeTcpSocketPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsStartupProbeTcpSocketPort",
):
    '''
    :schema: PodDefaultSpecSidecarsStartupProbeTcpSocketPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecSidecarsStartupProbeTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e1f5f9dd56158aba2cad043219a0a8c760b5a63520eaf5401889c32c13ef1923)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsStartupProbeTcpSocketPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecSidecarsStartupProbeTcpSocketPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__931c55023e40604bbf1881ebb9075e05d8e733831c7a01d12344982bb64f8150)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecSidecarsStartupProbeTcpSocketPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsVolumeDevices",
    jsii_struct_bases=[],
    name_mapping={"device_path": "devicePath", "name": "name"},
)
class PodDefaultSpecSidecarsVolumeDevices:
    def __init__(self, *, device_path: builtins.str, name: builtins.str) -> None:
        '''
        :param device_path: 
        :param name: 

        :schema: PodDefaultSpecSidecarsVolumeDevices
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2571e865b1f6a756f4060c1256edb38665427ad2063e71fea76ff0a25897fc56)
            check_type(argname="argument device_path", value=device_path, expected_type=type_hints["device_path"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "device_path": device_path,
            "name": name,
        }

    @builtins.property
    def device_path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsVolumeDevices#devicePath
        '''
        result = self._values.get("device_path")
        assert result is not None, "Required property 'device_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsVolumeDevices#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsVolumeDevices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecSidecarsVolumeMounts",
    jsii_struct_bases=[],
    name_mapping={
        "mount_path": "mountPath",
        "name": "name",
        "mount_propagation": "mountPropagation",
        "read_only": "readOnly",
        "sub_path": "subPath",
        "sub_path_expr": "subPathExpr",
    },
)
class PodDefaultSpecSidecarsVolumeMounts:
    def __init__(
        self,
        *,
        mount_path: builtins.str,
        name: builtins.str,
        mount_propagation: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        sub_path: typing.Optional[builtins.str] = None,
        sub_path_expr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param mount_path: 
        :param name: 
        :param mount_propagation: 
        :param read_only: 
        :param sub_path: 
        :param sub_path_expr: 

        :schema: PodDefaultSpecSidecarsVolumeMounts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3f1bfbdd76e7d5fbacf27159b4b119afb95e8ab005ed1da20692c6bf78a1d5f3)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument mount_propagation", value=mount_propagation, expected_type=type_hints["mount_propagation"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument sub_path", value=sub_path, expected_type=type_hints["sub_path"])
            check_type(argname="argument sub_path_expr", value=sub_path_expr, expected_type=type_hints["sub_path_expr"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mount_path": mount_path,
            "name": name,
        }
        if mount_propagation is not None:
            self._values["mount_propagation"] = mount_propagation
        if read_only is not None:
            self._values["read_only"] = read_only
        if sub_path is not None:
            self._values["sub_path"] = sub_path
        if sub_path_expr is not None:
            self._values["sub_path_expr"] = sub_path_expr

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsVolumeMounts#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecSidecarsVolumeMounts#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_propagation(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsVolumeMounts#mountPropagation
        '''
        result = self._values.get("mount_propagation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecSidecarsVolumeMounts#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def sub_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsVolumeMounts#subPath
        '''
        result = self._values.get("sub_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path_expr(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecSidecarsVolumeMounts#subPathExpr
        '''
        result = self._values.get("sub_path_expr")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecSidecarsVolumeMounts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecTolerations",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "operator": "operator",
        "toleration_seconds": "tolerationSeconds",
        "value": "value",
    },
)
class PodDefaultSpecTolerations:
    def __init__(
        self,
        *,
        effect: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        toleration_seconds: typing.Optional[jsii.Number] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param effect: 
        :param key: 
        :param operator: 
        :param toleration_seconds: 
        :param value: 

        :schema: PodDefaultSpecTolerations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c8eec6c36857ba9b3ecb0734f00738bf784474ac0f3bd411f33c4490f06bbbea)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument toleration_seconds", value=toleration_seconds, expected_type=type_hints["toleration_seconds"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if effect is not None:
            self._values["effect"] = effect
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if toleration_seconds is not None:
            self._values["toleration_seconds"] = toleration_seconds
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecTolerations#effect
        '''
        result = self._values.get("effect")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecTolerations#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecTolerations#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def toleration_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecTolerations#tolerationSeconds
        '''
        result = self._values.get("toleration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecTolerations#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecTolerations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumeMounts",
    jsii_struct_bases=[],
    name_mapping={
        "mount_path": "mountPath",
        "name": "name",
        "mount_propagation": "mountPropagation",
        "read_only": "readOnly",
        "sub_path": "subPath",
        "sub_path_expr": "subPathExpr",
    },
)
class PodDefaultSpecVolumeMounts:
    def __init__(
        self,
        *,
        mount_path: builtins.str,
        name: builtins.str,
        mount_propagation: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        sub_path: typing.Optional[builtins.str] = None,
        sub_path_expr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param mount_path: 
        :param name: 
        :param mount_propagation: 
        :param read_only: 
        :param sub_path: 
        :param sub_path_expr: 

        :schema: PodDefaultSpecVolumeMounts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b202709b844cebd3b837a407925fb3dde3e2332624630097a3b74e6f140594cb)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument mount_propagation", value=mount_propagation, expected_type=type_hints["mount_propagation"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument sub_path", value=sub_path, expected_type=type_hints["sub_path"])
            check_type(argname="argument sub_path_expr", value=sub_path_expr, expected_type=type_hints["sub_path_expr"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mount_path": mount_path,
            "name": name,
        }
        if mount_propagation is not None:
            self._values["mount_propagation"] = mount_propagation
        if read_only is not None:
            self._values["read_only"] = read_only
        if sub_path is not None:
            self._values["sub_path"] = sub_path
        if sub_path_expr is not None:
            self._values["sub_path_expr"] = sub_path_expr

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumeMounts#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumeMounts#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_propagation(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumeMounts#mountPropagation
        '''
        result = self._values.get("mount_propagation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumeMounts#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def sub_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumeMounts#subPath
        '''
        result = self._values.get("sub_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path_expr(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumeMounts#subPathExpr
        '''
        result = self._values.get("sub_path_expr")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumeMounts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "aws_elastic_block_store": "awsElasticBlockStore",
        "azure_disk": "azureDisk",
        "azure_file": "azureFile",
        "cephfs": "cephfs",
        "cinder": "cinder",
        "config_map": "configMap",
        "csi": "csi",
        "downward_api": "downwardApi",
        "empty_dir": "emptyDir",
        "ephemeral": "ephemeral",
        "fc": "fc",
        "flex_volume": "flexVolume",
        "flocker": "flocker",
        "gce_persistent_disk": "gcePersistentDisk",
        "git_repo": "gitRepo",
        "glusterfs": "glusterfs",
        "host_path": "hostPath",
        "iscsi": "iscsi",
        "nfs": "nfs",
        "persistent_volume_claim": "persistentVolumeClaim",
        "photon_persistent_disk": "photonPersistentDisk",
        "portworx_volume": "portworxVolume",
        "projected": "projected",
        "quobyte": "quobyte",
        "rbd": "rbd",
        "scale_io": "scaleIo",
        "secret": "secret",
        "storageos": "storageos",
        "vsphere_volume": "vsphereVolume",
    },
)
class PodDefaultSpecVolumes:
    def __init__(
        self,
        *,
        name: builtins.str,
        aws_elastic_block_store: typing.Optional[typing.Union["PodDefaultSpecVolumesAwsElasticBlockStore", typing.Dict[builtins.str, typing.Any]]] = None,
        azure_disk: typing.Optional[typing.Union["PodDefaultSpecVolumesAzureDisk", typing.Dict[builtins.str, typing.Any]]] = None,
        azure_file: typing.Optional[typing.Union["PodDefaultSpecVolumesAzureFile", typing.Dict[builtins.str, typing.Any]]] = None,
        cephfs: typing.Optional[typing.Union["PodDefaultSpecVolumesCephfs", typing.Dict[builtins.str, typing.Any]]] = None,
        cinder: typing.Optional[typing.Union["PodDefaultSpecVolumesCinder", typing.Dict[builtins.str, typing.Any]]] = None,
        config_map: typing.Optional[typing.Union["PodDefaultSpecVolumesConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        csi: typing.Optional[typing.Union["PodDefaultSpecVolumesCsi", typing.Dict[builtins.str, typing.Any]]] = None,
        downward_api: typing.Optional[typing.Union["PodDefaultSpecVolumesDownwardApi", typing.Dict[builtins.str, typing.Any]]] = None,
        empty_dir: typing.Optional[typing.Union["PodDefaultSpecVolumesEmptyDir", typing.Dict[builtins.str, typing.Any]]] = None,
        ephemeral: typing.Optional[typing.Union["PodDefaultSpecVolumesEphemeral", typing.Dict[builtins.str, typing.Any]]] = None,
        fc: typing.Optional[typing.Union["PodDefaultSpecVolumesFc", typing.Dict[builtins.str, typing.Any]]] = None,
        flex_volume: typing.Optional[typing.Union["PodDefaultSpecVolumesFlexVolume", typing.Dict[builtins.str, typing.Any]]] = None,
        flocker: typing.Optional[typing.Union["PodDefaultSpecVolumesFlocker", typing.Dict[builtins.str, typing.Any]]] = None,
        gce_persistent_disk: typing.Optional[typing.Union["PodDefaultSpecVolumesGcePersistentDisk", typing.Dict[builtins.str, typing.Any]]] = None,
        git_repo: typing.Optional[typing.Union["PodDefaultSpecVolumesGitRepo", typing.Dict[builtins.str, typing.Any]]] = None,
        glusterfs: typing.Optional[typing.Union["PodDefaultSpecVolumesGlusterfs", typing.Dict[builtins.str, typing.Any]]] = None,
        host_path: typing.Optional[typing.Union["PodDefaultSpecVolumesHostPath", typing.Dict[builtins.str, typing.Any]]] = None,
        iscsi: typing.Optional[typing.Union["PodDefaultSpecVolumesIscsi", typing.Dict[builtins.str, typing.Any]]] = None,
        nfs: typing.Optional[typing.Union["PodDefaultSpecVolumesNfs", typing.Dict[builtins.str, typing.Any]]] = None,
        persistent_volume_claim: typing.Optional[typing.Union["PodDefaultSpecVolumesPersistentVolumeClaim", typing.Dict[builtins.str, typing.Any]]] = None,
        photon_persistent_disk: typing.Optional[typing.Union["PodDefaultSpecVolumesPhotonPersistentDisk", typing.Dict[builtins.str, typing.Any]]] = None,
        portworx_volume: typing.Optional[typing.Union["PodDefaultSpecVolumesPortworxVolume", typing.Dict[builtins.str, typing.Any]]] = None,
        projected: typing.Optional[typing.Union["PodDefaultSpecVolumesProjected", typing.Dict[builtins.str, typing.Any]]] = None,
        quobyte: typing.Optional[typing.Union["PodDefaultSpecVolumesQuobyte", typing.Dict[builtins.str, typing.Any]]] = None,
        rbd: typing.Optional[typing.Union["PodDefaultSpecVolumesRbd", typing.Dict[builtins.str, typing.Any]]] = None,
        scale_io: typing.Optional[typing.Union["PodDefaultSpecVolumesScaleIo", typing.Dict[builtins.str, typing.Any]]] = None,
        secret: typing.Optional[typing.Union["PodDefaultSpecVolumesSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        storageos: typing.Optional[typing.Union["PodDefaultSpecVolumesStorageos", typing.Dict[builtins.str, typing.Any]]] = None,
        vsphere_volume: typing.Optional[typing.Union["PodDefaultSpecVolumesVsphereVolume", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param aws_elastic_block_store: 
        :param azure_disk: 
        :param azure_file: 
        :param cephfs: 
        :param cinder: 
        :param config_map: 
        :param csi: 
        :param downward_api: 
        :param empty_dir: 
        :param ephemeral: 
        :param fc: 
        :param flex_volume: 
        :param flocker: 
        :param gce_persistent_disk: 
        :param git_repo: 
        :param glusterfs: 
        :param host_path: 
        :param iscsi: 
        :param nfs: 
        :param persistent_volume_claim: 
        :param photon_persistent_disk: 
        :param portworx_volume: 
        :param projected: 
        :param quobyte: 
        :param rbd: 
        :param scale_io: 
        :param secret: 
        :param storageos: 
        :param vsphere_volume: 

        :schema: PodDefaultSpecVolumes
        '''
        if isinstance(aws_elastic_block_store, dict):
            aws_elastic_block_store = PodDefaultSpecVolumesAwsElasticBlockStore(**aws_elastic_block_store)
        if isinstance(azure_disk, dict):
            azure_disk = PodDefaultSpecVolumesAzureDisk(**azure_disk)
        if isinstance(azure_file, dict):
            azure_file = PodDefaultSpecVolumesAzureFile(**azure_file)
        if isinstance(cephfs, dict):
            cephfs = PodDefaultSpecVolumesCephfs(**cephfs)
        if isinstance(cinder, dict):
            cinder = PodDefaultSpecVolumesCinder(**cinder)
        if isinstance(config_map, dict):
            config_map = PodDefaultSpecVolumesConfigMap(**config_map)
        if isinstance(csi, dict):
            csi = PodDefaultSpecVolumesCsi(**csi)
        if isinstance(downward_api, dict):
            downward_api = PodDefaultSpecVolumesDownwardApi(**downward_api)
        if isinstance(empty_dir, dict):
            empty_dir = PodDefaultSpecVolumesEmptyDir(**empty_dir)
        if isinstance(ephemeral, dict):
            ephemeral = PodDefaultSpecVolumesEphemeral(**ephemeral)
        if isinstance(fc, dict):
            fc = PodDefaultSpecVolumesFc(**fc)
        if isinstance(flex_volume, dict):
            flex_volume = PodDefaultSpecVolumesFlexVolume(**flex_volume)
        if isinstance(flocker, dict):
            flocker = PodDefaultSpecVolumesFlocker(**flocker)
        if isinstance(gce_persistent_disk, dict):
            gce_persistent_disk = PodDefaultSpecVolumesGcePersistentDisk(**gce_persistent_disk)
        if isinstance(git_repo, dict):
            git_repo = PodDefaultSpecVolumesGitRepo(**git_repo)
        if isinstance(glusterfs, dict):
            glusterfs = PodDefaultSpecVolumesGlusterfs(**glusterfs)
        if isinstance(host_path, dict):
            host_path = PodDefaultSpecVolumesHostPath(**host_path)
        if isinstance(iscsi, dict):
            iscsi = PodDefaultSpecVolumesIscsi(**iscsi)
        if isinstance(nfs, dict):
            nfs = PodDefaultSpecVolumesNfs(**nfs)
        if isinstance(persistent_volume_claim, dict):
            persistent_volume_claim = PodDefaultSpecVolumesPersistentVolumeClaim(**persistent_volume_claim)
        if isinstance(photon_persistent_disk, dict):
            photon_persistent_disk = PodDefaultSpecVolumesPhotonPersistentDisk(**photon_persistent_disk)
        if isinstance(portworx_volume, dict):
            portworx_volume = PodDefaultSpecVolumesPortworxVolume(**portworx_volume)
        if isinstance(projected, dict):
            projected = PodDefaultSpecVolumesProjected(**projected)
        if isinstance(quobyte, dict):
            quobyte = PodDefaultSpecVolumesQuobyte(**quobyte)
        if isinstance(rbd, dict):
            rbd = PodDefaultSpecVolumesRbd(**rbd)
        if isinstance(scale_io, dict):
            scale_io = PodDefaultSpecVolumesScaleIo(**scale_io)
        if isinstance(secret, dict):
            secret = PodDefaultSpecVolumesSecret(**secret)
        if isinstance(storageos, dict):
            storageos = PodDefaultSpecVolumesStorageos(**storageos)
        if isinstance(vsphere_volume, dict):
            vsphere_volume = PodDefaultSpecVolumesVsphereVolume(**vsphere_volume)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d043130dbff71a2c23940ed163f1f09b5ac8ae0ce5147148539ac35bab514608)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument aws_elastic_block_store", value=aws_elastic_block_store, expected_type=type_hints["aws_elastic_block_store"])
            check_type(argname="argument azure_disk", value=azure_disk, expected_type=type_hints["azure_disk"])
            check_type(argname="argument azure_file", value=azure_file, expected_type=type_hints["azure_file"])
            check_type(argname="argument cephfs", value=cephfs, expected_type=type_hints["cephfs"])
            check_type(argname="argument cinder", value=cinder, expected_type=type_hints["cinder"])
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument csi", value=csi, expected_type=type_hints["csi"])
            check_type(argname="argument downward_api", value=downward_api, expected_type=type_hints["downward_api"])
            check_type(argname="argument empty_dir", value=empty_dir, expected_type=type_hints["empty_dir"])
            check_type(argname="argument ephemeral", value=ephemeral, expected_type=type_hints["ephemeral"])
            check_type(argname="argument fc", value=fc, expected_type=type_hints["fc"])
            check_type(argname="argument flex_volume", value=flex_volume, expected_type=type_hints["flex_volume"])
            check_type(argname="argument flocker", value=flocker, expected_type=type_hints["flocker"])
            check_type(argname="argument gce_persistent_disk", value=gce_persistent_disk, expected_type=type_hints["gce_persistent_disk"])
            check_type(argname="argument git_repo", value=git_repo, expected_type=type_hints["git_repo"])
            check_type(argname="argument glusterfs", value=glusterfs, expected_type=type_hints["glusterfs"])
            check_type(argname="argument host_path", value=host_path, expected_type=type_hints["host_path"])
            check_type(argname="argument iscsi", value=iscsi, expected_type=type_hints["iscsi"])
            check_type(argname="argument nfs", value=nfs, expected_type=type_hints["nfs"])
            check_type(argname="argument persistent_volume_claim", value=persistent_volume_claim, expected_type=type_hints["persistent_volume_claim"])
            check_type(argname="argument photon_persistent_disk", value=photon_persistent_disk, expected_type=type_hints["photon_persistent_disk"])
            check_type(argname="argument portworx_volume", value=portworx_volume, expected_type=type_hints["portworx_volume"])
            check_type(argname="argument projected", value=projected, expected_type=type_hints["projected"])
            check_type(argname="argument quobyte", value=quobyte, expected_type=type_hints["quobyte"])
            check_type(argname="argument rbd", value=rbd, expected_type=type_hints["rbd"])
            check_type(argname="argument scale_io", value=scale_io, expected_type=type_hints["scale_io"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument storageos", value=storageos, expected_type=type_hints["storageos"])
            check_type(argname="argument vsphere_volume", value=vsphere_volume, expected_type=type_hints["vsphere_volume"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if aws_elastic_block_store is not None:
            self._values["aws_elastic_block_store"] = aws_elastic_block_store
        if azure_disk is not None:
            self._values["azure_disk"] = azure_disk
        if azure_file is not None:
            self._values["azure_file"] = azure_file
        if cephfs is not None:
            self._values["cephfs"] = cephfs
        if cinder is not None:
            self._values["cinder"] = cinder
        if config_map is not None:
            self._values["config_map"] = config_map
        if csi is not None:
            self._values["csi"] = csi
        if downward_api is not None:
            self._values["downward_api"] = downward_api
        if empty_dir is not None:
            self._values["empty_dir"] = empty_dir
        if ephemeral is not None:
            self._values["ephemeral"] = ephemeral
        if fc is not None:
            self._values["fc"] = fc
        if flex_volume is not None:
            self._values["flex_volume"] = flex_volume
        if flocker is not None:
            self._values["flocker"] = flocker
        if gce_persistent_disk is not None:
            self._values["gce_persistent_disk"] = gce_persistent_disk
        if git_repo is not None:
            self._values["git_repo"] = git_repo
        if glusterfs is not None:
            self._values["glusterfs"] = glusterfs
        if host_path is not None:
            self._values["host_path"] = host_path
        if iscsi is not None:
            self._values["iscsi"] = iscsi
        if nfs is not None:
            self._values["nfs"] = nfs
        if persistent_volume_claim is not None:
            self._values["persistent_volume_claim"] = persistent_volume_claim
        if photon_persistent_disk is not None:
            self._values["photon_persistent_disk"] = photon_persistent_disk
        if portworx_volume is not None:
            self._values["portworx_volume"] = portworx_volume
        if projected is not None:
            self._values["projected"] = projected
        if quobyte is not None:
            self._values["quobyte"] = quobyte
        if rbd is not None:
            self._values["rbd"] = rbd
        if scale_io is not None:
            self._values["scale_io"] = scale_io
        if secret is not None:
            self._values["secret"] = secret
        if storageos is not None:
            self._values["storageos"] = storageos
        if vsphere_volume is not None:
            self._values["vsphere_volume"] = vsphere_volume

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aws_elastic_block_store(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesAwsElasticBlockStore"]:
        '''
        :schema: PodDefaultSpecVolumes#awsElasticBlockStore
        '''
        result = self._values.get("aws_elastic_block_store")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesAwsElasticBlockStore"], result)

    @builtins.property
    def azure_disk(self) -> typing.Optional["PodDefaultSpecVolumesAzureDisk"]:
        '''
        :schema: PodDefaultSpecVolumes#azureDisk
        '''
        result = self._values.get("azure_disk")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesAzureDisk"], result)

    @builtins.property
    def azure_file(self) -> typing.Optional["PodDefaultSpecVolumesAzureFile"]:
        '''
        :schema: PodDefaultSpecVolumes#azureFile
        '''
        result = self._values.get("azure_file")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesAzureFile"], result)

    @builtins.property
    def cephfs(self) -> typing.Optional["PodDefaultSpecVolumesCephfs"]:
        '''
        :schema: PodDefaultSpecVolumes#cephfs
        '''
        result = self._values.get("cephfs")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesCephfs"], result)

    @builtins.property
    def cinder(self) -> typing.Optional["PodDefaultSpecVolumesCinder"]:
        '''
        :schema: PodDefaultSpecVolumes#cinder
        '''
        result = self._values.get("cinder")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesCinder"], result)

    @builtins.property
    def config_map(self) -> typing.Optional["PodDefaultSpecVolumesConfigMap"]:
        '''
        :schema: PodDefaultSpecVolumes#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesConfigMap"], result)

    @builtins.property
    def csi(self) -> typing.Optional["PodDefaultSpecVolumesCsi"]:
        '''
        :schema: PodDefaultSpecVolumes#csi
        '''
        result = self._values.get("csi")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesCsi"], result)

    @builtins.property
    def downward_api(self) -> typing.Optional["PodDefaultSpecVolumesDownwardApi"]:
        '''
        :schema: PodDefaultSpecVolumes#downwardAPI
        '''
        result = self._values.get("downward_api")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesDownwardApi"], result)

    @builtins.property
    def empty_dir(self) -> typing.Optional["PodDefaultSpecVolumesEmptyDir"]:
        '''
        :schema: PodDefaultSpecVolumes#emptyDir
        '''
        result = self._values.get("empty_dir")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesEmptyDir"], result)

    @builtins.property
    def ephemeral(self) -> typing.Optional["PodDefaultSpecVolumesEphemeral"]:
        '''
        :schema: PodDefaultSpecVolumes#ephemeral
        '''
        result = self._values.get("ephemeral")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesEphemeral"], result)

    @builtins.property
    def fc(self) -> typing.Optional["PodDefaultSpecVolumesFc"]:
        '''
        :schema: PodDefaultSpecVolumes#fc
        '''
        result = self._values.get("fc")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesFc"], result)

    @builtins.property
    def flex_volume(self) -> typing.Optional["PodDefaultSpecVolumesFlexVolume"]:
        '''
        :schema: PodDefaultSpecVolumes#flexVolume
        '''
        result = self._values.get("flex_volume")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesFlexVolume"], result)

    @builtins.property
    def flocker(self) -> typing.Optional["PodDefaultSpecVolumesFlocker"]:
        '''
        :schema: PodDefaultSpecVolumes#flocker
        '''
        result = self._values.get("flocker")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesFlocker"], result)

    @builtins.property
    def gce_persistent_disk(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesGcePersistentDisk"]:
        '''
        :schema: PodDefaultSpecVolumes#gcePersistentDisk
        '''
        result = self._values.get("gce_persistent_disk")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesGcePersistentDisk"], result)

    @builtins.property
    def git_repo(self) -> typing.Optional["PodDefaultSpecVolumesGitRepo"]:
        '''
        :schema: PodDefaultSpecVolumes#gitRepo
        '''
        result = self._values.get("git_repo")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesGitRepo"], result)

    @builtins.property
    def glusterfs(self) -> typing.Optional["PodDefaultSpecVolumesGlusterfs"]:
        '''
        :schema: PodDefaultSpecVolumes#glusterfs
        '''
        result = self._values.get("glusterfs")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesGlusterfs"], result)

    @builtins.property
    def host_path(self) -> typing.Optional["PodDefaultSpecVolumesHostPath"]:
        '''
        :schema: PodDefaultSpecVolumes#hostPath
        '''
        result = self._values.get("host_path")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesHostPath"], result)

    @builtins.property
    def iscsi(self) -> typing.Optional["PodDefaultSpecVolumesIscsi"]:
        '''
        :schema: PodDefaultSpecVolumes#iscsi
        '''
        result = self._values.get("iscsi")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesIscsi"], result)

    @builtins.property
    def nfs(self) -> typing.Optional["PodDefaultSpecVolumesNfs"]:
        '''
        :schema: PodDefaultSpecVolumes#nfs
        '''
        result = self._values.get("nfs")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesNfs"], result)

    @builtins.property
    def persistent_volume_claim(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesPersistentVolumeClaim"]:
        '''
        :schema: PodDefaultSpecVolumes#persistentVolumeClaim
        '''
        result = self._values.get("persistent_volume_claim")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesPersistentVolumeClaim"], result)

    @builtins.property
    def photon_persistent_disk(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesPhotonPersistentDisk"]:
        '''
        :schema: PodDefaultSpecVolumes#photonPersistentDisk
        '''
        result = self._values.get("photon_persistent_disk")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesPhotonPersistentDisk"], result)

    @builtins.property
    def portworx_volume(self) -> typing.Optional["PodDefaultSpecVolumesPortworxVolume"]:
        '''
        :schema: PodDefaultSpecVolumes#portworxVolume
        '''
        result = self._values.get("portworx_volume")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesPortworxVolume"], result)

    @builtins.property
    def projected(self) -> typing.Optional["PodDefaultSpecVolumesProjected"]:
        '''
        :schema: PodDefaultSpecVolumes#projected
        '''
        result = self._values.get("projected")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesProjected"], result)

    @builtins.property
    def quobyte(self) -> typing.Optional["PodDefaultSpecVolumesQuobyte"]:
        '''
        :schema: PodDefaultSpecVolumes#quobyte
        '''
        result = self._values.get("quobyte")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesQuobyte"], result)

    @builtins.property
    def rbd(self) -> typing.Optional["PodDefaultSpecVolumesRbd"]:
        '''
        :schema: PodDefaultSpecVolumes#rbd
        '''
        result = self._values.get("rbd")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesRbd"], result)

    @builtins.property
    def scale_io(self) -> typing.Optional["PodDefaultSpecVolumesScaleIo"]:
        '''
        :schema: PodDefaultSpecVolumes#scaleIO
        '''
        result = self._values.get("scale_io")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesScaleIo"], result)

    @builtins.property
    def secret(self) -> typing.Optional["PodDefaultSpecVolumesSecret"]:
        '''
        :schema: PodDefaultSpecVolumes#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesSecret"], result)

    @builtins.property
    def storageos(self) -> typing.Optional["PodDefaultSpecVolumesStorageos"]:
        '''
        :schema: PodDefaultSpecVolumes#storageos
        '''
        result = self._values.get("storageos")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesStorageos"], result)

    @builtins.property
    def vsphere_volume(self) -> typing.Optional["PodDefaultSpecVolumesVsphereVolume"]:
        '''
        :schema: PodDefaultSpecVolumes#vsphereVolume
        '''
        result = self._values.get("vsphere_volume")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesVsphereVolume"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesAwsElasticBlockStore",
    jsii_struct_bases=[],
    name_mapping={
        "volume_id": "volumeId",
        "fs_type": "fsType",
        "partition": "partition",
        "read_only": "readOnly",
    },
)
class PodDefaultSpecVolumesAwsElasticBlockStore:
    def __init__(
        self,
        *,
        volume_id: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        partition: typing.Optional[jsii.Number] = None,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param volume_id: 
        :param fs_type: 
        :param partition: 
        :param read_only: 

        :schema: PodDefaultSpecVolumesAwsElasticBlockStore
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9924bbef4bdcb613e11e3cc20fc84674900bb164f12abfe2a539f766d8e24204)
            check_type(argname="argument volume_id", value=volume_id, expected_type=type_hints["volume_id"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument partition", value=partition, expected_type=type_hints["partition"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "volume_id": volume_id,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if partition is not None:
            self._values["partition"] = partition
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def volume_id(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesAwsElasticBlockStore#volumeID
        '''
        result = self._values.get("volume_id")
        assert result is not None, "Required property 'volume_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesAwsElasticBlockStore#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def partition(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecVolumesAwsElasticBlockStore#partition
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesAwsElasticBlockStore#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesAwsElasticBlockStore(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesAzureDisk",
    jsii_struct_bases=[],
    name_mapping={
        "disk_name": "diskName",
        "disk_uri": "diskUri",
        "caching_mode": "cachingMode",
        "fs_type": "fsType",
        "kind": "kind",
        "read_only": "readOnly",
    },
)
class PodDefaultSpecVolumesAzureDisk:
    def __init__(
        self,
        *,
        disk_name: builtins.str,
        disk_uri: builtins.str,
        caching_mode: typing.Optional[builtins.str] = None,
        fs_type: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param disk_name: 
        :param disk_uri: 
        :param caching_mode: 
        :param fs_type: 
        :param kind: 
        :param read_only: 

        :schema: PodDefaultSpecVolumesAzureDisk
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__980992b3282d2f984f282c86efa4227052c7956c1a08deabb45f6bf60d208c11)
            check_type(argname="argument disk_name", value=disk_name, expected_type=type_hints["disk_name"])
            check_type(argname="argument disk_uri", value=disk_uri, expected_type=type_hints["disk_uri"])
            check_type(argname="argument caching_mode", value=caching_mode, expected_type=type_hints["caching_mode"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "disk_name": disk_name,
            "disk_uri": disk_uri,
        }
        if caching_mode is not None:
            self._values["caching_mode"] = caching_mode
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if kind is not None:
            self._values["kind"] = kind
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def disk_name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesAzureDisk#diskName
        '''
        result = self._values.get("disk_name")
        assert result is not None, "Required property 'disk_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def disk_uri(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesAzureDisk#diskURI
        '''
        result = self._values.get("disk_uri")
        assert result is not None, "Required property 'disk_uri' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def caching_mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesAzureDisk#cachingMode
        '''
        result = self._values.get("caching_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesAzureDisk#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesAzureDisk#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesAzureDisk#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesAzureDisk(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesAzureFile",
    jsii_struct_bases=[],
    name_mapping={
        "secret_name": "secretName",
        "share_name": "shareName",
        "read_only": "readOnly",
    },
)
class PodDefaultSpecVolumesAzureFile:
    def __init__(
        self,
        *,
        secret_name: builtins.str,
        share_name: builtins.str,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param secret_name: 
        :param share_name: 
        :param read_only: 

        :schema: PodDefaultSpecVolumesAzureFile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b3914c877b4f4acb1b1e1c7a293c524c77efdce57583c52199df941368b017f8)
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
            check_type(argname="argument share_name", value=share_name, expected_type=type_hints["share_name"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret_name": secret_name,
            "share_name": share_name,
        }
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def secret_name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesAzureFile#secretName
        '''
        result = self._values.get("secret_name")
        assert result is not None, "Required property 'secret_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def share_name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesAzureFile#shareName
        '''
        result = self._values.get("share_name")
        assert result is not None, "Required property 'share_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesAzureFile#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesAzureFile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesCephfs",
    jsii_struct_bases=[],
    name_mapping={
        "monitors": "monitors",
        "path": "path",
        "read_only": "readOnly",
        "secret_file": "secretFile",
        "secret_ref": "secretRef",
        "user": "user",
    },
)
class PodDefaultSpecVolumesCephfs:
    def __init__(
        self,
        *,
        monitors: typing.Sequence[builtins.str],
        path: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        secret_file: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["PodDefaultSpecVolumesCephfsSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        user: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param monitors: 
        :param path: 
        :param read_only: 
        :param secret_file: 
        :param secret_ref: 
        :param user: 

        :schema: PodDefaultSpecVolumesCephfs
        '''
        if isinstance(secret_ref, dict):
            secret_ref = PodDefaultSpecVolumesCephfsSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__70710f31e13df2c21d678749790249f386a7753d9c34e7e5c66025b69daab1a2)
            check_type(argname="argument monitors", value=monitors, expected_type=type_hints["monitors"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument secret_file", value=secret_file, expected_type=type_hints["secret_file"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "monitors": monitors,
        }
        if path is not None:
            self._values["path"] = path
        if read_only is not None:
            self._values["read_only"] = read_only
        if secret_file is not None:
            self._values["secret_file"] = secret_file
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def monitors(self) -> typing.List[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesCephfs#monitors
        '''
        result = self._values.get("monitors")
        assert result is not None, "Required property 'monitors' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesCephfs#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesCephfs#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_file(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesCephfs#secretFile
        '''
        result = self._values.get("secret_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(self) -> typing.Optional["PodDefaultSpecVolumesCephfsSecretRef"]:
        '''
        :schema: PodDefaultSpecVolumesCephfs#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesCephfsSecretRef"], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesCephfs#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesCephfs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesCephfsSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class PodDefaultSpecVolumesCephfsSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: PodDefaultSpecVolumesCephfsSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7222497fae1bd55313c4db262633d800c668fa20976071a7bcb6ae535470abbf)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesCephfsSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesCephfsSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesCinder",
    jsii_struct_bases=[],
    name_mapping={
        "volume_id": "volumeId",
        "fs_type": "fsType",
        "read_only": "readOnly",
        "secret_ref": "secretRef",
    },
)
class PodDefaultSpecVolumesCinder:
    def __init__(
        self,
        *,
        volume_id: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        secret_ref: typing.Optional[typing.Union["PodDefaultSpecVolumesCinderSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param volume_id: 
        :param fs_type: 
        :param read_only: 
        :param secret_ref: 

        :schema: PodDefaultSpecVolumesCinder
        '''
        if isinstance(secret_ref, dict):
            secret_ref = PodDefaultSpecVolumesCinderSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9a677ab2c405aab9b4ec16dfa3a65fd4fb2f4d9160030005347af1829479f892)
            check_type(argname="argument volume_id", value=volume_id, expected_type=type_hints["volume_id"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "volume_id": volume_id,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if read_only is not None:
            self._values["read_only"] = read_only
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def volume_id(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesCinder#volumeID
        '''
        result = self._values.get("volume_id")
        assert result is not None, "Required property 'volume_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesCinder#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesCinder#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_ref(self) -> typing.Optional["PodDefaultSpecVolumesCinderSecretRef"]:
        '''
        :schema: PodDefaultSpecVolumesCinder#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesCinderSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesCinder(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesCinderSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class PodDefaultSpecVolumesCinderSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: PodDefaultSpecVolumesCinderSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e5f23ca6cc2d27bfecc0ec42f773ab42a30e66f0cfceb7d0f621924a9c745463)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesCinderSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesCinderSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesConfigMap",
    jsii_struct_bases=[],
    name_mapping={
        "default_mode": "defaultMode",
        "items": "items",
        "name": "name",
        "optional": "optional",
    },
)
class PodDefaultSpecVolumesConfigMap:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        items: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecVolumesConfigMapItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param default_mode: 
        :param items: 
        :param name: 
        :param optional: 

        :schema: PodDefaultSpecVolumesConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ec1f4cefd961c81ce0d4369c126fd1ea9cd8b55f3c254be8e0bb410b8ebf9f4b)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if items is not None:
            self._values["items"] = items
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecVolumesConfigMap#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecVolumesConfigMapItems"]]:
        '''
        :schema: PodDefaultSpecVolumesConfigMap#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecVolumesConfigMapItems"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesConfigMap#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesConfigMap#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesConfigMapItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "path": "path", "mode": "mode"},
)
class PodDefaultSpecVolumesConfigMapItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        mode: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param key: 
        :param path: 
        :param mode: 

        :schema: PodDefaultSpecVolumesConfigMapItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a370f5e2c6ee683c80e5e2b470658f1711784d46d94de25f32b5e89d2433e36f)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
        }
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesConfigMapItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesConfigMapItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecVolumesConfigMapItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesConfigMapItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesCsi",
    jsii_struct_bases=[],
    name_mapping={
        "driver": "driver",
        "fs_type": "fsType",
        "node_publish_secret_ref": "nodePublishSecretRef",
        "read_only": "readOnly",
        "volume_attributes": "volumeAttributes",
    },
)
class PodDefaultSpecVolumesCsi:
    def __init__(
        self,
        *,
        driver: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        node_publish_secret_ref: typing.Optional[typing.Union["PodDefaultSpecVolumesCsiNodePublishSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        read_only: typing.Optional[builtins.bool] = None,
        volume_attributes: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param driver: 
        :param fs_type: 
        :param node_publish_secret_ref: 
        :param read_only: 
        :param volume_attributes: 

        :schema: PodDefaultSpecVolumesCsi
        '''
        if isinstance(node_publish_secret_ref, dict):
            node_publish_secret_ref = PodDefaultSpecVolumesCsiNodePublishSecretRef(**node_publish_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a0e1ee0e5d9cb660fb74d8d933d7cdfb9682891fe4af9efc7ba02aa6347921e3)
            check_type(argname="argument driver", value=driver, expected_type=type_hints["driver"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument node_publish_secret_ref", value=node_publish_secret_ref, expected_type=type_hints["node_publish_secret_ref"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument volume_attributes", value=volume_attributes, expected_type=type_hints["volume_attributes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "driver": driver,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if node_publish_secret_ref is not None:
            self._values["node_publish_secret_ref"] = node_publish_secret_ref
        if read_only is not None:
            self._values["read_only"] = read_only
        if volume_attributes is not None:
            self._values["volume_attributes"] = volume_attributes

    @builtins.property
    def driver(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesCsi#driver
        '''
        result = self._values.get("driver")
        assert result is not None, "Required property 'driver' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesCsi#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_publish_secret_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesCsiNodePublishSecretRef"]:
        '''
        :schema: PodDefaultSpecVolumesCsi#nodePublishSecretRef
        '''
        result = self._values.get("node_publish_secret_ref")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesCsiNodePublishSecretRef"], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesCsi#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def volume_attributes(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PodDefaultSpecVolumesCsi#volumeAttributes
        '''
        result = self._values.get("volume_attributes")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesCsi(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesCsiNodePublishSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class PodDefaultSpecVolumesCsiNodePublishSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: PodDefaultSpecVolumesCsiNodePublishSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0f5d4aa6585a01cf667c1b0e28461d9e0cac240e7642c84e4f3fd7938446a37d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesCsiNodePublishSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesCsiNodePublishSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesDownwardApi",
    jsii_struct_bases=[],
    name_mapping={"default_mode": "defaultMode", "items": "items"},
)
class PodDefaultSpecVolumesDownwardApi:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        items: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecVolumesDownwardApiItems", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param default_mode: 
        :param items: 

        :schema: PodDefaultSpecVolumesDownwardApi
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0f777ac6127a5ce2c083e532dff13af80b882ea3609ae162ea6056e588580e89)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if items is not None:
            self._values["items"] = items

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecVolumesDownwardApi#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecVolumesDownwardApiItems"]]:
        '''
        :schema: PodDefaultSpecVolumesDownwardApi#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecVolumesDownwardApiItems"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesDownwardApi(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesDownwardApiItems",
    jsii_struct_bases=[],
    name_mapping={
        "path": "path",
        "field_ref": "fieldRef",
        "mode": "mode",
        "resource_field_ref": "resourceFieldRef",
    },
)
class PodDefaultSpecVolumesDownwardApiItems:
    def __init__(
        self,
        *,
        path: builtins.str,
        field_ref: typing.Optional[typing.Union["PodDefaultSpecVolumesDownwardApiItemsFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        mode: typing.Optional[jsii.Number] = None,
        resource_field_ref: typing.Optional[typing.Union["PodDefaultSpecVolumesDownwardApiItemsResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param path: 
        :param field_ref: 
        :param mode: 
        :param resource_field_ref: 

        :schema: PodDefaultSpecVolumesDownwardApiItems
        '''
        if isinstance(field_ref, dict):
            field_ref = PodDefaultSpecVolumesDownwardApiItemsFieldRef(**field_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = PodDefaultSpecVolumesDownwardApiItemsResourceFieldRef(**resource_field_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3b164c2c78449f584e86dcaf00bc9479bbabf0b5f5192c42f4ed96845f0b81b5)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument field_ref", value=field_ref, expected_type=type_hints["field_ref"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument resource_field_ref", value=resource_field_ref, expected_type=type_hints["resource_field_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
        }
        if field_ref is not None:
            self._values["field_ref"] = field_ref
        if mode is not None:
            self._values["mode"] = mode
        if resource_field_ref is not None:
            self._values["resource_field_ref"] = resource_field_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesDownwardApiItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesDownwardApiItemsFieldRef"]:
        '''
        :schema: PodDefaultSpecVolumesDownwardApiItems#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesDownwardApiItemsFieldRef"], result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecVolumesDownwardApiItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesDownwardApiItemsResourceFieldRef"]:
        '''
        :schema: PodDefaultSpecVolumesDownwardApiItems#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesDownwardApiItemsResourceFieldRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesDownwardApiItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesDownwardApiItemsFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class PodDefaultSpecVolumesDownwardApiItemsFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: PodDefaultSpecVolumesDownwardApiItemsFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b390f2bf4a7d52edd0bb3f19aa5eeb034455116ec1cb0d8ff91f2ce34aa2a6e3)
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "field_path": field_path,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def field_path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesDownwardApiItemsFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesDownwardApiItemsFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesDownwardApiItemsFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesDownwardApiItemsResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class PodDefaultSpecVolumesDownwardApiItemsResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["PodDefaultSpecVolumesDownwardApiItemsResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: PodDefaultSpecVolumesDownwardApiItemsResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1a9b3690afb5f7cb278bb3d56600f1c7e4a0e5b8c819fa5da600e37a528eec5f)
            check_type(argname="argument resource", value=resource, expected_type=type_hints["resource"])
            check_type(argname="argument container_name", value=container_name, expected_type=type_hints["container_name"])
            check_type(argname="argument divisor", value=divisor, expected_type=type_hints["divisor"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "resource": resource,
        }
        if container_name is not None:
            self._values["container_name"] = container_name
        if divisor is not None:
            self._values["divisor"] = divisor

    @builtins.property
    def resource(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesDownwardApiItemsResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesDownwardApiItemsResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesDownwardApiItemsResourceFieldRefDivisor"]:
        '''
        :schema: PodDefaultSpecVolumesDownwardApiItemsResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesDownwardApiItemsResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesDownwardApiItemsResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecVolumesDownwardApiItemsResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesDownwardApiItemsResourceFieldRefDivisor",
):
    '''
    :schema: PodDefaultSpecVolumesDownwardApiItemsResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecVolumesDownwardApiItemsResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eff6ef4d1322e801d4f79a719c8d43238a00f83aa394d1540912464b6f3a4069)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecVolumesDownwardApiItemsResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecVolumesDownwardApiItemsResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3f877358ce97b430e07a3e9fefdcd3e98d6a19a43c26f5a6e61ce247494a8ece)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecVolumesDownwardApiItemsResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesEmptyDir",
    jsii_struct_bases=[],
    name_mapping={"medium": "medium", "size_limit": "sizeLimit"},
)
class PodDefaultSpecVolumesEmptyDir:
    def __init__(
        self,
        *,
        medium: typing.Optional[builtins.str] = None,
        size_limit: typing.Optional["PodDefaultSpecVolumesEmptyDirSizeLimit"] = None,
    ) -> None:
        '''
        :param medium: 
        :param size_limit: 

        :schema: PodDefaultSpecVolumesEmptyDir
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9ef02c188fa57842775714686b34ceb2750c968022a77ed749e61dda42833f22)
            check_type(argname="argument medium", value=medium, expected_type=type_hints["medium"])
            check_type(argname="argument size_limit", value=size_limit, expected_type=type_hints["size_limit"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if medium is not None:
            self._values["medium"] = medium
        if size_limit is not None:
            self._values["size_limit"] = size_limit

    @builtins.property
    def medium(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesEmptyDir#medium
        '''
        result = self._values.get("medium")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def size_limit(self) -> typing.Optional["PodDefaultSpecVolumesEmptyDirSizeLimit"]:
        '''
        :schema: PodDefaultSpecVolumesEmptyDir#sizeLimit
        '''
        result = self._values.get("size_limit")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesEmptyDirSizeLimit"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesEmptyDir(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecVolumesEmptyDirSizeLimit(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesEmptyDirSizeLimit",
):
    '''
    :schema: PodDefaultSpecVolumesEmptyDirSizeLimit
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecVolumesEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de29f045037dbb9fb9a9807580dd08e906ad322e61ea98b2b0061988cf0f854d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecVolumesEmptyDirSizeLimit", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecVolumesEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__15feccde8440098cd098b99d827958ca3fd451ab430683b50824918c9597fea1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecVolumesEmptyDirSizeLimit", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesEphemeral",
    jsii_struct_bases=[],
    name_mapping={"volume_claim_template": "volumeClaimTemplate"},
)
class PodDefaultSpecVolumesEphemeral:
    def __init__(
        self,
        *,
        volume_claim_template: typing.Optional[typing.Union["PodDefaultSpecVolumesEphemeralVolumeClaimTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param volume_claim_template: 

        :schema: PodDefaultSpecVolumesEphemeral
        '''
        if isinstance(volume_claim_template, dict):
            volume_claim_template = PodDefaultSpecVolumesEphemeralVolumeClaimTemplate(**volume_claim_template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__33909a0fb8895b376fee278170c1c6c80ef12e0960bd16dfc1ecf3fc07a8744e)
            check_type(argname="argument volume_claim_template", value=volume_claim_template, expected_type=type_hints["volume_claim_template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if volume_claim_template is not None:
            self._values["volume_claim_template"] = volume_claim_template

    @builtins.property
    def volume_claim_template(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesEphemeralVolumeClaimTemplate"]:
        '''
        :schema: PodDefaultSpecVolumesEphemeral#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesEphemeralVolumeClaimTemplate"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesEphemeral(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesEphemeralVolumeClaimTemplate",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class PodDefaultSpecVolumesEphemeralVolumeClaimTemplate:
    def __init__(
        self,
        *,
        spec: typing.Union["PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Any = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplate
        '''
        if isinstance(spec, dict):
            spec = PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3c1bf7eeea00a842cdcba4721fe4e8794387c2278555d50ed38a165ad9353a28)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpec":
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplate#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpec", result)

    @builtins.property
    def metadata(self) -> typing.Any:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesEphemeralVolumeClaimTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpec",
    jsii_struct_bases=[],
    name_mapping={
        "access_modes": "accessModes",
        "data_source": "dataSource",
        "data_source_ref": "dataSourceRef",
        "resources": "resources",
        "selector": "selector",
        "storage_class_name": "storageClassName",
        "volume_mode": "volumeMode",
        "volume_name": "volumeName",
    },
)
class PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpec:
    def __init__(
        self,
        *,
        access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
        data_source: typing.Optional[typing.Union["PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource", typing.Dict[builtins.str, typing.Any]]] = None,
        data_source_ref: typing.Optional[typing.Union["PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resources: typing.Optional[typing.Union["PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResources", typing.Dict[builtins.str, typing.Any]]] = None,
        selector: typing.Optional[typing.Union["PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        storage_class_name: typing.Optional[builtins.str] = None,
        volume_mode: typing.Optional[builtins.str] = None,
        volume_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param access_modes: 
        :param data_source: 
        :param data_source_ref: 
        :param resources: 
        :param selector: 
        :param storage_class_name: 
        :param volume_mode: 
        :param volume_name: 

        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpec
        '''
        if isinstance(data_source, dict):
            data_source = PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource(**data_source)
        if isinstance(data_source_ref, dict):
            data_source_ref = PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef(**data_source_ref)
        if isinstance(resources, dict):
            resources = PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResources(**resources)
        if isinstance(selector, dict):
            selector = PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8f1d76a021d94d99ab1443dc07250dbedaaceee11be22b25f03221db155a709c)
            check_type(argname="argument access_modes", value=access_modes, expected_type=type_hints["access_modes"])
            check_type(argname="argument data_source", value=data_source, expected_type=type_hints["data_source"])
            check_type(argname="argument data_source_ref", value=data_source_ref, expected_type=type_hints["data_source_ref"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument storage_class_name", value=storage_class_name, expected_type=type_hints["storage_class_name"])
            check_type(argname="argument volume_mode", value=volume_mode, expected_type=type_hints["volume_mode"])
            check_type(argname="argument volume_name", value=volume_name, expected_type=type_hints["volume_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access_modes is not None:
            self._values["access_modes"] = access_modes
        if data_source is not None:
            self._values["data_source"] = data_source
        if data_source_ref is not None:
            self._values["data_source_ref"] = data_source_ref
        if resources is not None:
            self._values["resources"] = resources
        if selector is not None:
            self._values["selector"] = selector
        if storage_class_name is not None:
            self._values["storage_class_name"] = storage_class_name
        if volume_mode is not None:
            self._values["volume_mode"] = volume_mode
        if volume_name is not None:
            self._values["volume_name"] = volume_name

    @builtins.property
    def access_modes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpec#accessModes
        '''
        result = self._values.get("access_modes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def data_source(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource"]:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpec#dataSource
        '''
        result = self._values.get("data_source")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource"], result)

    @builtins.property
    def data_source_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef"]:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpec#dataSourceRef
        '''
        result = self._values.get("data_source_ref")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef"], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResources"]:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResources"], result)

    @builtins.property
    def selector(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelector"]:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpec#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelector"], result)

    @builtins.property
    def storage_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpec#storageClassName
        '''
        result = self._values.get("storage_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpec#volumeMode
        '''
        result = self._values.get("volume_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpec#volumeName
        '''
        result = self._values.get("volume_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_group": "apiGroup"},
)
class PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        api_group: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param kind: 
        :param name: 
        :param api_group: 

        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d1d5c5ad54c84c07407639cbaa1701252682059ff7a8dac92dfe9eb85213f3ee)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_group is not None:
            self._values["api_group"] = api_group

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_group": "apiGroup"},
)
class PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        api_group: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param kind: 
        :param name: 
        :param api_group: 

        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__33cd7d3e6d97a0567eb5c8a9599bf9dc3fbc1f880ebfed9ef7c6b5e912ae75b6)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_group is not None:
            self._values["api_group"] = api_group

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests"]] = None,
    ) -> None:
        '''
        :param limits: 
        :param requests: 

        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b982269c251123b01e8c21ae6aa72c62ca35b89e0970c545befacc1439746158)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits"]]:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests"]]:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits",
):
    '''
    :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2f7de05ac2b825466c63bf8528bd371e6194d5ce0280e2b8e552d20d89c2ece1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dfbc4998891673b3db26457300eb9d3cd46d4aeefa6b6ce7eb39bf887f0685ef)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests",
):
    '''
    :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__00303437fa1a7c73c5e6922f67513a0abbc04a07c69c0ae9b0c4c54d1211a3d6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__59ac379b49a295ea4bc3c783c7a23a2392d7c8a84a929af6d0de68a87d297157)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7a6545aba8901d78c002075d1d45e0f49766d737e32896b6fa6894f518a1f8aa)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions"]]:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b8db78ee440019639cbfd668f1997542aa747990f804af4b08fb70a165cb7336)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesFc",
    jsii_struct_bases=[],
    name_mapping={
        "fs_type": "fsType",
        "lun": "lun",
        "read_only": "readOnly",
        "target_ww_ns": "targetWwNs",
        "wwids": "wwids",
    },
)
class PodDefaultSpecVolumesFc:
    def __init__(
        self,
        *,
        fs_type: typing.Optional[builtins.str] = None,
        lun: typing.Optional[jsii.Number] = None,
        read_only: typing.Optional[builtins.bool] = None,
        target_ww_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
        wwids: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param fs_type: 
        :param lun: 
        :param read_only: 
        :param target_ww_ns: 
        :param wwids: 

        :schema: PodDefaultSpecVolumesFc
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3af6d017400b04985d9cb4fe1a486e05416827aa877bc8f115d1281c83fcecd2)
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument lun", value=lun, expected_type=type_hints["lun"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument target_ww_ns", value=target_ww_ns, expected_type=type_hints["target_ww_ns"])
            check_type(argname="argument wwids", value=wwids, expected_type=type_hints["wwids"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if lun is not None:
            self._values["lun"] = lun
        if read_only is not None:
            self._values["read_only"] = read_only
        if target_ww_ns is not None:
            self._values["target_ww_ns"] = target_ww_ns
        if wwids is not None:
            self._values["wwids"] = wwids

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesFc#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def lun(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecVolumesFc#lun
        '''
        result = self._values.get("lun")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesFc#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def target_ww_ns(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecVolumesFc#targetWWNs
        '''
        result = self._values.get("target_ww_ns")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def wwids(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecVolumesFc#wwids
        '''
        result = self._values.get("wwids")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesFc(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesFlexVolume",
    jsii_struct_bases=[],
    name_mapping={
        "driver": "driver",
        "fs_type": "fsType",
        "options": "options",
        "read_only": "readOnly",
        "secret_ref": "secretRef",
    },
)
class PodDefaultSpecVolumesFlexVolume:
    def __init__(
        self,
        *,
        driver: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        options: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        read_only: typing.Optional[builtins.bool] = None,
        secret_ref: typing.Optional[typing.Union["PodDefaultSpecVolumesFlexVolumeSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param driver: 
        :param fs_type: 
        :param options: 
        :param read_only: 
        :param secret_ref: 

        :schema: PodDefaultSpecVolumesFlexVolume
        '''
        if isinstance(secret_ref, dict):
            secret_ref = PodDefaultSpecVolumesFlexVolumeSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b7679dd5a0c1e99ea28e5488b35295a3585052bc774e736ac1d4ecb2aa683ef4)
            check_type(argname="argument driver", value=driver, expected_type=type_hints["driver"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument options", value=options, expected_type=type_hints["options"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "driver": driver,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if options is not None:
            self._values["options"] = options
        if read_only is not None:
            self._values["read_only"] = read_only
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def driver(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesFlexVolume#driver
        '''
        result = self._values.get("driver")
        assert result is not None, "Required property 'driver' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesFlexVolume#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def options(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PodDefaultSpecVolumesFlexVolume#options
        '''
        result = self._values.get("options")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesFlexVolume#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_ref(self) -> typing.Optional["PodDefaultSpecVolumesFlexVolumeSecretRef"]:
        '''
        :schema: PodDefaultSpecVolumesFlexVolume#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesFlexVolumeSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesFlexVolume(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesFlexVolumeSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class PodDefaultSpecVolumesFlexVolumeSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: PodDefaultSpecVolumesFlexVolumeSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1544ef82b032c4cbe3d12df3fb6cb6744bbe9e48232daf3c91242633cc6b067e)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesFlexVolumeSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesFlexVolumeSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesFlocker",
    jsii_struct_bases=[],
    name_mapping={"dataset_name": "datasetName", "dataset_uuid": "datasetUuid"},
)
class PodDefaultSpecVolumesFlocker:
    def __init__(
        self,
        *,
        dataset_name: typing.Optional[builtins.str] = None,
        dataset_uuid: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param dataset_name: 
        :param dataset_uuid: 

        :schema: PodDefaultSpecVolumesFlocker
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0683c68068e0ad9e96cdd3ff38da51dff0f563134aae11baf3702ebfd0607650)
            check_type(argname="argument dataset_name", value=dataset_name, expected_type=type_hints["dataset_name"])
            check_type(argname="argument dataset_uuid", value=dataset_uuid, expected_type=type_hints["dataset_uuid"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if dataset_name is not None:
            self._values["dataset_name"] = dataset_name
        if dataset_uuid is not None:
            self._values["dataset_uuid"] = dataset_uuid

    @builtins.property
    def dataset_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesFlocker#datasetName
        '''
        result = self._values.get("dataset_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dataset_uuid(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesFlocker#datasetUUID
        '''
        result = self._values.get("dataset_uuid")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesFlocker(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesGcePersistentDisk",
    jsii_struct_bases=[],
    name_mapping={
        "pd_name": "pdName",
        "fs_type": "fsType",
        "partition": "partition",
        "read_only": "readOnly",
    },
)
class PodDefaultSpecVolumesGcePersistentDisk:
    def __init__(
        self,
        *,
        pd_name: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        partition: typing.Optional[jsii.Number] = None,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param pd_name: 
        :param fs_type: 
        :param partition: 
        :param read_only: 

        :schema: PodDefaultSpecVolumesGcePersistentDisk
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b19db303ae9dda4d87ef91fcd74cfd0f3121cec4f6289b98532f1883b975b130)
            check_type(argname="argument pd_name", value=pd_name, expected_type=type_hints["pd_name"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument partition", value=partition, expected_type=type_hints["partition"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "pd_name": pd_name,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if partition is not None:
            self._values["partition"] = partition
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def pd_name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesGcePersistentDisk#pdName
        '''
        result = self._values.get("pd_name")
        assert result is not None, "Required property 'pd_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesGcePersistentDisk#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def partition(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecVolumesGcePersistentDisk#partition
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesGcePersistentDisk#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesGcePersistentDisk(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesGitRepo",
    jsii_struct_bases=[],
    name_mapping={
        "repository": "repository",
        "directory": "directory",
        "revision": "revision",
    },
)
class PodDefaultSpecVolumesGitRepo:
    def __init__(
        self,
        *,
        repository: builtins.str,
        directory: typing.Optional[builtins.str] = None,
        revision: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param repository: 
        :param directory: 
        :param revision: 

        :schema: PodDefaultSpecVolumesGitRepo
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd22af17f68601549a6442055223ebdf99ee890227413a8c372fbb952e48b0e7)
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument directory", value=directory, expected_type=type_hints["directory"])
            check_type(argname="argument revision", value=revision, expected_type=type_hints["revision"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "repository": repository,
        }
        if directory is not None:
            self._values["directory"] = directory
        if revision is not None:
            self._values["revision"] = revision

    @builtins.property
    def repository(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesGitRepo#repository
        '''
        result = self._values.get("repository")
        assert result is not None, "Required property 'repository' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def directory(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesGitRepo#directory
        '''
        result = self._values.get("directory")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def revision(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesGitRepo#revision
        '''
        result = self._values.get("revision")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesGitRepo(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesGlusterfs",
    jsii_struct_bases=[],
    name_mapping={"endpoints": "endpoints", "path": "path", "read_only": "readOnly"},
)
class PodDefaultSpecVolumesGlusterfs:
    def __init__(
        self,
        *,
        endpoints: builtins.str,
        path: builtins.str,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param endpoints: 
        :param path: 
        :param read_only: 

        :schema: PodDefaultSpecVolumesGlusterfs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0cba5bbed6f4bba976c81140118a729ffca7afe545d4f69b5d58a1a58422d5a3)
            check_type(argname="argument endpoints", value=endpoints, expected_type=type_hints["endpoints"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "endpoints": endpoints,
            "path": path,
        }
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def endpoints(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesGlusterfs#endpoints
        '''
        result = self._values.get("endpoints")
        assert result is not None, "Required property 'endpoints' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesGlusterfs#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesGlusterfs#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesGlusterfs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesHostPath",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "type": "type"},
)
class PodDefaultSpecVolumesHostPath:
    def __init__(
        self,
        *,
        path: builtins.str,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param path: 
        :param type: 

        :schema: PodDefaultSpecVolumesHostPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8763d08c073ce71b3a2058b8d7436ff14d73bf23623dbb31f924dc4b868457fd)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
        }
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesHostPath#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesHostPath#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesHostPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesIscsi",
    jsii_struct_bases=[],
    name_mapping={
        "iqn": "iqn",
        "lun": "lun",
        "target_portal": "targetPortal",
        "chap_auth_discovery": "chapAuthDiscovery",
        "chap_auth_session": "chapAuthSession",
        "fs_type": "fsType",
        "initiator_name": "initiatorName",
        "iscsi_interface": "iscsiInterface",
        "portals": "portals",
        "read_only": "readOnly",
        "secret_ref": "secretRef",
    },
)
class PodDefaultSpecVolumesIscsi:
    def __init__(
        self,
        *,
        iqn: builtins.str,
        lun: jsii.Number,
        target_portal: builtins.str,
        chap_auth_discovery: typing.Optional[builtins.bool] = None,
        chap_auth_session: typing.Optional[builtins.bool] = None,
        fs_type: typing.Optional[builtins.str] = None,
        initiator_name: typing.Optional[builtins.str] = None,
        iscsi_interface: typing.Optional[builtins.str] = None,
        portals: typing.Optional[typing.Sequence[builtins.str]] = None,
        read_only: typing.Optional[builtins.bool] = None,
        secret_ref: typing.Optional[typing.Union["PodDefaultSpecVolumesIscsiSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param iqn: 
        :param lun: 
        :param target_portal: 
        :param chap_auth_discovery: 
        :param chap_auth_session: 
        :param fs_type: 
        :param initiator_name: 
        :param iscsi_interface: 
        :param portals: 
        :param read_only: 
        :param secret_ref: 

        :schema: PodDefaultSpecVolumesIscsi
        '''
        if isinstance(secret_ref, dict):
            secret_ref = PodDefaultSpecVolumesIscsiSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c1165326b121ce8dc7bf3f4e0fb321b846c04e12183892cc3b4bbae1e1eb24e9)
            check_type(argname="argument iqn", value=iqn, expected_type=type_hints["iqn"])
            check_type(argname="argument lun", value=lun, expected_type=type_hints["lun"])
            check_type(argname="argument target_portal", value=target_portal, expected_type=type_hints["target_portal"])
            check_type(argname="argument chap_auth_discovery", value=chap_auth_discovery, expected_type=type_hints["chap_auth_discovery"])
            check_type(argname="argument chap_auth_session", value=chap_auth_session, expected_type=type_hints["chap_auth_session"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument initiator_name", value=initiator_name, expected_type=type_hints["initiator_name"])
            check_type(argname="argument iscsi_interface", value=iscsi_interface, expected_type=type_hints["iscsi_interface"])
            check_type(argname="argument portals", value=portals, expected_type=type_hints["portals"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "iqn": iqn,
            "lun": lun,
            "target_portal": target_portal,
        }
        if chap_auth_discovery is not None:
            self._values["chap_auth_discovery"] = chap_auth_discovery
        if chap_auth_session is not None:
            self._values["chap_auth_session"] = chap_auth_session
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if initiator_name is not None:
            self._values["initiator_name"] = initiator_name
        if iscsi_interface is not None:
            self._values["iscsi_interface"] = iscsi_interface
        if portals is not None:
            self._values["portals"] = portals
        if read_only is not None:
            self._values["read_only"] = read_only
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def iqn(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesIscsi#iqn
        '''
        result = self._values.get("iqn")
        assert result is not None, "Required property 'iqn' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def lun(self) -> jsii.Number:
        '''
        :schema: PodDefaultSpecVolumesIscsi#lun
        '''
        result = self._values.get("lun")
        assert result is not None, "Required property 'lun' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def target_portal(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesIscsi#targetPortal
        '''
        result = self._values.get("target_portal")
        assert result is not None, "Required property 'target_portal' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def chap_auth_discovery(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesIscsi#chapAuthDiscovery
        '''
        result = self._values.get("chap_auth_discovery")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def chap_auth_session(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesIscsi#chapAuthSession
        '''
        result = self._values.get("chap_auth_session")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesIscsi#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def initiator_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesIscsi#initiatorName
        '''
        result = self._values.get("initiator_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def iscsi_interface(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesIscsi#iscsiInterface
        '''
        result = self._values.get("iscsi_interface")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def portals(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodDefaultSpecVolumesIscsi#portals
        '''
        result = self._values.get("portals")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesIscsi#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_ref(self) -> typing.Optional["PodDefaultSpecVolumesIscsiSecretRef"]:
        '''
        :schema: PodDefaultSpecVolumesIscsi#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesIscsiSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesIscsi(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesIscsiSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class PodDefaultSpecVolumesIscsiSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: PodDefaultSpecVolumesIscsiSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__67eb9e9670025e3c06c7224170eef6bd6f9e0c2da23394bbd75f617d55f345d5)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesIscsiSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesIscsiSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesNfs",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "server": "server", "read_only": "readOnly"},
)
class PodDefaultSpecVolumesNfs:
    def __init__(
        self,
        *,
        path: builtins.str,
        server: builtins.str,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param path: 
        :param server: 
        :param read_only: 

        :schema: PodDefaultSpecVolumesNfs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6fb42acbaea92361dc74af292b3f116884e2946306267f6d926e9edf8a1af9e0)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "server": server,
        }
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesNfs#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def server(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesNfs#server
        '''
        result = self._values.get("server")
        assert result is not None, "Required property 'server' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesNfs#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesNfs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesPersistentVolumeClaim",
    jsii_struct_bases=[],
    name_mapping={"claim_name": "claimName", "read_only": "readOnly"},
)
class PodDefaultSpecVolumesPersistentVolumeClaim:
    def __init__(
        self,
        *,
        claim_name: builtins.str,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param claim_name: 
        :param read_only: 

        :schema: PodDefaultSpecVolumesPersistentVolumeClaim
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__667696fe3f70b9d7631afb9fd3973a8b273584519d2a44bf215a928fca2bc10d)
            check_type(argname="argument claim_name", value=claim_name, expected_type=type_hints["claim_name"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "claim_name": claim_name,
        }
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def claim_name(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesPersistentVolumeClaim#claimName
        '''
        result = self._values.get("claim_name")
        assert result is not None, "Required property 'claim_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesPersistentVolumeClaim#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesPersistentVolumeClaim(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesPhotonPersistentDisk",
    jsii_struct_bases=[],
    name_mapping={"pd_id": "pdId", "fs_type": "fsType"},
)
class PodDefaultSpecVolumesPhotonPersistentDisk:
    def __init__(
        self,
        *,
        pd_id: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param pd_id: 
        :param fs_type: 

        :schema: PodDefaultSpecVolumesPhotonPersistentDisk
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8c565cae9f841f4602301579d40fc409b5ab85682dde44aa29d19caa5a252985)
            check_type(argname="argument pd_id", value=pd_id, expected_type=type_hints["pd_id"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "pd_id": pd_id,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type

    @builtins.property
    def pd_id(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesPhotonPersistentDisk#pdID
        '''
        result = self._values.get("pd_id")
        assert result is not None, "Required property 'pd_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesPhotonPersistentDisk#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesPhotonPersistentDisk(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesPortworxVolume",
    jsii_struct_bases=[],
    name_mapping={
        "volume_id": "volumeId",
        "fs_type": "fsType",
        "read_only": "readOnly",
    },
)
class PodDefaultSpecVolumesPortworxVolume:
    def __init__(
        self,
        *,
        volume_id: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param volume_id: 
        :param fs_type: 
        :param read_only: 

        :schema: PodDefaultSpecVolumesPortworxVolume
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7ef011cef1c398af005c31f32f705530983b5d88e05f22724345e51c3cde34dc)
            check_type(argname="argument volume_id", value=volume_id, expected_type=type_hints["volume_id"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "volume_id": volume_id,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def volume_id(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesPortworxVolume#volumeID
        '''
        result = self._values.get("volume_id")
        assert result is not None, "Required property 'volume_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesPortworxVolume#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesPortworxVolume#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesPortworxVolume(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesProjected",
    jsii_struct_bases=[],
    name_mapping={"default_mode": "defaultMode", "sources": "sources"},
)
class PodDefaultSpecVolumesProjected:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        sources: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecVolumesProjectedSources", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param default_mode: 
        :param sources: 

        :schema: PodDefaultSpecVolumesProjected
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7df92deccf50206d3da763b1f26b28bac12abeb61bad0cb8fb45220bf53f1acc)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument sources", value=sources, expected_type=type_hints["sources"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if sources is not None:
            self._values["sources"] = sources

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecVolumesProjected#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def sources(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecVolumesProjectedSources"]]:
        '''
        :schema: PodDefaultSpecVolumesProjected#sources
        '''
        result = self._values.get("sources")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecVolumesProjectedSources"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesProjected(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesProjectedSources",
    jsii_struct_bases=[],
    name_mapping={
        "config_map": "configMap",
        "downward_api": "downwardApi",
        "secret": "secret",
        "service_account_token": "serviceAccountToken",
    },
)
class PodDefaultSpecVolumesProjectedSources:
    def __init__(
        self,
        *,
        config_map: typing.Optional[typing.Union["PodDefaultSpecVolumesProjectedSourcesConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        downward_api: typing.Optional[typing.Union["PodDefaultSpecVolumesProjectedSourcesDownwardApi", typing.Dict[builtins.str, typing.Any]]] = None,
        secret: typing.Optional[typing.Union["PodDefaultSpecVolumesProjectedSourcesSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_token: typing.Optional[typing.Union["PodDefaultSpecVolumesProjectedSourcesServiceAccountToken", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map: 
        :param downward_api: 
        :param secret: 
        :param service_account_token: 

        :schema: PodDefaultSpecVolumesProjectedSources
        '''
        if isinstance(config_map, dict):
            config_map = PodDefaultSpecVolumesProjectedSourcesConfigMap(**config_map)
        if isinstance(downward_api, dict):
            downward_api = PodDefaultSpecVolumesProjectedSourcesDownwardApi(**downward_api)
        if isinstance(secret, dict):
            secret = PodDefaultSpecVolumesProjectedSourcesSecret(**secret)
        if isinstance(service_account_token, dict):
            service_account_token = PodDefaultSpecVolumesProjectedSourcesServiceAccountToken(**service_account_token)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__10b52b0d6808014b37e3f63bbc65565f4265ba4841b437721e18bf2af8c8ac10)
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument downward_api", value=downward_api, expected_type=type_hints["downward_api"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument service_account_token", value=service_account_token, expected_type=type_hints["service_account_token"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map is not None:
            self._values["config_map"] = config_map
        if downward_api is not None:
            self._values["downward_api"] = downward_api
        if secret is not None:
            self._values["secret"] = secret
        if service_account_token is not None:
            self._values["service_account_token"] = service_account_token

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesProjectedSourcesConfigMap"]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSources#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesProjectedSourcesConfigMap"], result)

    @builtins.property
    def downward_api(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesProjectedSourcesDownwardApi"]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSources#downwardAPI
        '''
        result = self._values.get("downward_api")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesProjectedSourcesDownwardApi"], result)

    @builtins.property
    def secret(self) -> typing.Optional["PodDefaultSpecVolumesProjectedSourcesSecret"]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSources#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesProjectedSourcesSecret"], result)

    @builtins.property
    def service_account_token(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesProjectedSourcesServiceAccountToken"]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSources#serviceAccountToken
        '''
        result = self._values.get("service_account_token")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesProjectedSourcesServiceAccountToken"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesProjectedSources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesProjectedSourcesConfigMap",
    jsii_struct_bases=[],
    name_mapping={"items": "items", "name": "name", "optional": "optional"},
)
class PodDefaultSpecVolumesProjectedSourcesConfigMap:
    def __init__(
        self,
        *,
        items: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecVolumesProjectedSourcesConfigMapItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param items: 
        :param name: 
        :param optional: 

        :schema: PodDefaultSpecVolumesProjectedSourcesConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__40d6beadf8e17ed7e240eff9cc10bb41b6ba8b4d96015da83f3140651d1601fd)
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if items is not None:
            self._values["items"] = items
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecVolumesProjectedSourcesConfigMapItems"]]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesConfigMap#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecVolumesProjectedSourcesConfigMapItems"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesConfigMap#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesConfigMap#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesProjectedSourcesConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesProjectedSourcesConfigMapItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "path": "path", "mode": "mode"},
)
class PodDefaultSpecVolumesProjectedSourcesConfigMapItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        mode: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param key: 
        :param path: 
        :param mode: 

        :schema: PodDefaultSpecVolumesProjectedSourcesConfigMapItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d603b4421a5a7c7bce33fa10a885a7d0c3260e2eb7f637adf980deb1a73aad5a)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
        }
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesConfigMapItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesConfigMapItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesConfigMapItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesProjectedSourcesConfigMapItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesProjectedSourcesDownwardApi",
    jsii_struct_bases=[],
    name_mapping={"items": "items"},
)
class PodDefaultSpecVolumesProjectedSourcesDownwardApi:
    def __init__(
        self,
        *,
        items: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecVolumesProjectedSourcesDownwardApiItems", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param items: 

        :schema: PodDefaultSpecVolumesProjectedSourcesDownwardApi
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b2a0cde875e5cdc0f0c3859142ac89018ad44cd9e732048e0d5275e636fad590)
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if items is not None:
            self._values["items"] = items

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecVolumesProjectedSourcesDownwardApiItems"]]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesDownwardApi#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecVolumesProjectedSourcesDownwardApiItems"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesProjectedSourcesDownwardApi(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesProjectedSourcesDownwardApiItems",
    jsii_struct_bases=[],
    name_mapping={
        "path": "path",
        "field_ref": "fieldRef",
        "mode": "mode",
        "resource_field_ref": "resourceFieldRef",
    },
)
class PodDefaultSpecVolumesProjectedSourcesDownwardApiItems:
    def __init__(
        self,
        *,
        path: builtins.str,
        field_ref: typing.Optional[typing.Union["PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        mode: typing.Optional[jsii.Number] = None,
        resource_field_ref: typing.Optional[typing.Union["PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param path: 
        :param field_ref: 
        :param mode: 
        :param resource_field_ref: 

        :schema: PodDefaultSpecVolumesProjectedSourcesDownwardApiItems
        '''
        if isinstance(field_ref, dict):
            field_ref = PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsFieldRef(**field_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef(**resource_field_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__24d2631c63ed6e82387890a5b7c493d0767bfecbf3ce2537e4354f8a9643e6c6)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument field_ref", value=field_ref, expected_type=type_hints["field_ref"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument resource_field_ref", value=resource_field_ref, expected_type=type_hints["resource_field_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
        }
        if field_ref is not None:
            self._values["field_ref"] = field_ref
        if mode is not None:
            self._values["mode"] = mode
        if resource_field_ref is not None:
            self._values["resource_field_ref"] = resource_field_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesDownwardApiItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsFieldRef"]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesDownwardApiItems#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsFieldRef"], result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesDownwardApiItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef"]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesDownwardApiItems#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesProjectedSourcesDownwardApiItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0b9ad3bdae85edd922183ae6f71abe13c883cf3fc98b1ec3b83a6818c992b6df)
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "field_path": field_path,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def field_path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__553780a54f053d244f07d8162f5dbc6b6436823e3eafbd7a3dcc388f2113c0bf)
            check_type(argname="argument resource", value=resource, expected_type=type_hints["resource"])
            check_type(argname="argument container_name", value=container_name, expected_type=type_hints["container_name"])
            check_type(argname="argument divisor", value=divisor, expected_type=type_hints["divisor"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "resource": resource,
        }
        if container_name is not None:
            self._values["container_name"] = container_name
        if divisor is not None:
            self._values["divisor"] = divisor

    @builtins.property
    def resource(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor"]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor",
):
    '''
    :schema: PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9489448046444ff99bda85054e1c92821e700d3beaad4d3d15f560a6d1ebec51)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7a417dc9739905680a0f28effa1a35cecb9311f393f35274ab65aea9c8fcce07)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesProjectedSourcesSecret",
    jsii_struct_bases=[],
    name_mapping={"items": "items", "name": "name", "optional": "optional"},
)
class PodDefaultSpecVolumesProjectedSourcesSecret:
    def __init__(
        self,
        *,
        items: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecVolumesProjectedSourcesSecretItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param items: 
        :param name: 
        :param optional: 

        :schema: PodDefaultSpecVolumesProjectedSourcesSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0779cb03a86d8d4b10515c2ed09b383435234d29b98c922358cc35117002a6db)
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if items is not None:
            self._values["items"] = items
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["PodDefaultSpecVolumesProjectedSourcesSecretItems"]]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesSecret#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecVolumesProjectedSourcesSecretItems"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesProjectedSourcesSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesProjectedSourcesSecretItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "path": "path", "mode": "mode"},
)
class PodDefaultSpecVolumesProjectedSourcesSecretItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        mode: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param key: 
        :param path: 
        :param mode: 

        :schema: PodDefaultSpecVolumesProjectedSourcesSecretItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e900ab7e1bb702d737421cd34475ba517f85503675a057af6022a0ce64710086)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
        }
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesSecretItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesSecretItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesSecretItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesProjectedSourcesSecretItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesProjectedSourcesServiceAccountToken",
    jsii_struct_bases=[],
    name_mapping={
        "path": "path",
        "audience": "audience",
        "expiration_seconds": "expirationSeconds",
    },
)
class PodDefaultSpecVolumesProjectedSourcesServiceAccountToken:
    def __init__(
        self,
        *,
        path: builtins.str,
        audience: typing.Optional[builtins.str] = None,
        expiration_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param path: 
        :param audience: 
        :param expiration_seconds: 

        :schema: PodDefaultSpecVolumesProjectedSourcesServiceAccountToken
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4b304d68746ffc0ca3d82375bfe3605fe32cc69fc7f026ba20be6068fbf44164)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument audience", value=audience, expected_type=type_hints["audience"])
            check_type(argname="argument expiration_seconds", value=expiration_seconds, expected_type=type_hints["expiration_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
        }
        if audience is not None:
            self._values["audience"] = audience
        if expiration_seconds is not None:
            self._values["expiration_seconds"] = expiration_seconds

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesServiceAccountToken#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audience(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesServiceAccountToken#audience
        '''
        result = self._values.get("audience")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def expiration_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecVolumesProjectedSourcesServiceAccountToken#expirationSeconds
        '''
        result = self._values.get("expiration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesProjectedSourcesServiceAccountToken(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesQuobyte",
    jsii_struct_bases=[],
    name_mapping={
        "registry": "registry",
        "volume": "volume",
        "group": "group",
        "read_only": "readOnly",
        "tenant": "tenant",
        "user": "user",
    },
)
class PodDefaultSpecVolumesQuobyte:
    def __init__(
        self,
        *,
        registry: builtins.str,
        volume: builtins.str,
        group: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        tenant: typing.Optional[builtins.str] = None,
        user: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param registry: 
        :param volume: 
        :param group: 
        :param read_only: 
        :param tenant: 
        :param user: 

        :schema: PodDefaultSpecVolumesQuobyte
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f8dd58a9f52c44761a41f874faa0dcbe73fe395dbf0a912e020786f52a2ebca7)
            check_type(argname="argument registry", value=registry, expected_type=type_hints["registry"])
            check_type(argname="argument volume", value=volume, expected_type=type_hints["volume"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument tenant", value=tenant, expected_type=type_hints["tenant"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "registry": registry,
            "volume": volume,
        }
        if group is not None:
            self._values["group"] = group
        if read_only is not None:
            self._values["read_only"] = read_only
        if tenant is not None:
            self._values["tenant"] = tenant
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def registry(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesQuobyte#registry
        '''
        result = self._values.get("registry")
        assert result is not None, "Required property 'registry' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesQuobyte#volume
        '''
        result = self._values.get("volume")
        assert result is not None, "Required property 'volume' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesQuobyte#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesQuobyte#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def tenant(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesQuobyte#tenant
        '''
        result = self._values.get("tenant")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesQuobyte#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesQuobyte(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesRbd",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "monitors": "monitors",
        "fs_type": "fsType",
        "keyring": "keyring",
        "pool": "pool",
        "read_only": "readOnly",
        "secret_ref": "secretRef",
        "user": "user",
    },
)
class PodDefaultSpecVolumesRbd:
    def __init__(
        self,
        *,
        image: builtins.str,
        monitors: typing.Sequence[builtins.str],
        fs_type: typing.Optional[builtins.str] = None,
        keyring: typing.Optional[builtins.str] = None,
        pool: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        secret_ref: typing.Optional[typing.Union["PodDefaultSpecVolumesRbdSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        user: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param image: 
        :param monitors: 
        :param fs_type: 
        :param keyring: 
        :param pool: 
        :param read_only: 
        :param secret_ref: 
        :param user: 

        :schema: PodDefaultSpecVolumesRbd
        '''
        if isinstance(secret_ref, dict):
            secret_ref = PodDefaultSpecVolumesRbdSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3f49ed11ac9b0ebb66318b2217127e99e1f2da43d3c2e7d90a416d674ad02c92)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument monitors", value=monitors, expected_type=type_hints["monitors"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument keyring", value=keyring, expected_type=type_hints["keyring"])
            check_type(argname="argument pool", value=pool, expected_type=type_hints["pool"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "image": image,
            "monitors": monitors,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if keyring is not None:
            self._values["keyring"] = keyring
        if pool is not None:
            self._values["pool"] = pool
        if read_only is not None:
            self._values["read_only"] = read_only
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def image(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesRbd#image
        '''
        result = self._values.get("image")
        assert result is not None, "Required property 'image' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def monitors(self) -> typing.List[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesRbd#monitors
        '''
        result = self._values.get("monitors")
        assert result is not None, "Required property 'monitors' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesRbd#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def keyring(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesRbd#keyring
        '''
        result = self._values.get("keyring")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pool(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesRbd#pool
        '''
        result = self._values.get("pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesRbd#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_ref(self) -> typing.Optional["PodDefaultSpecVolumesRbdSecretRef"]:
        '''
        :schema: PodDefaultSpecVolumesRbd#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesRbdSecretRef"], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesRbd#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesRbd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesRbdSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class PodDefaultSpecVolumesRbdSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: PodDefaultSpecVolumesRbdSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6ba5602676ebf20fd994a8dfc991365fd0a4321e03937f96adc746c90ca24e5d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesRbdSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesRbdSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesScaleIo",
    jsii_struct_bases=[],
    name_mapping={
        "gateway": "gateway",
        "secret_ref": "secretRef",
        "system": "system",
        "fs_type": "fsType",
        "protection_domain": "protectionDomain",
        "read_only": "readOnly",
        "ssl_enabled": "sslEnabled",
        "storage_mode": "storageMode",
        "storage_pool": "storagePool",
        "volume_name": "volumeName",
    },
)
class PodDefaultSpecVolumesScaleIo:
    def __init__(
        self,
        *,
        gateway: builtins.str,
        secret_ref: typing.Union["PodDefaultSpecVolumesScaleIoSecretRef", typing.Dict[builtins.str, typing.Any]],
        system: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        protection_domain: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        ssl_enabled: typing.Optional[builtins.bool] = None,
        storage_mode: typing.Optional[builtins.str] = None,
        storage_pool: typing.Optional[builtins.str] = None,
        volume_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param gateway: 
        :param secret_ref: 
        :param system: 
        :param fs_type: 
        :param protection_domain: 
        :param read_only: 
        :param ssl_enabled: 
        :param storage_mode: 
        :param storage_pool: 
        :param volume_name: 

        :schema: PodDefaultSpecVolumesScaleIo
        '''
        if isinstance(secret_ref, dict):
            secret_ref = PodDefaultSpecVolumesScaleIoSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6c9d1eeacec0c05ce16ffc82e5a2b3d9d9090a7e1f09885a4e2e081ece9cff79)
            check_type(argname="argument gateway", value=gateway, expected_type=type_hints["gateway"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument system", value=system, expected_type=type_hints["system"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument protection_domain", value=protection_domain, expected_type=type_hints["protection_domain"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument ssl_enabled", value=ssl_enabled, expected_type=type_hints["ssl_enabled"])
            check_type(argname="argument storage_mode", value=storage_mode, expected_type=type_hints["storage_mode"])
            check_type(argname="argument storage_pool", value=storage_pool, expected_type=type_hints["storage_pool"])
            check_type(argname="argument volume_name", value=volume_name, expected_type=type_hints["volume_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "gateway": gateway,
            "secret_ref": secret_ref,
            "system": system,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if protection_domain is not None:
            self._values["protection_domain"] = protection_domain
        if read_only is not None:
            self._values["read_only"] = read_only
        if ssl_enabled is not None:
            self._values["ssl_enabled"] = ssl_enabled
        if storage_mode is not None:
            self._values["storage_mode"] = storage_mode
        if storage_pool is not None:
            self._values["storage_pool"] = storage_pool
        if volume_name is not None:
            self._values["volume_name"] = volume_name

    @builtins.property
    def gateway(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesScaleIo#gateway
        '''
        result = self._values.get("gateway")
        assert result is not None, "Required property 'gateway' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def secret_ref(self) -> "PodDefaultSpecVolumesScaleIoSecretRef":
        '''
        :schema: PodDefaultSpecVolumesScaleIo#secretRef
        '''
        result = self._values.get("secret_ref")
        assert result is not None, "Required property 'secret_ref' is missing"
        return typing.cast("PodDefaultSpecVolumesScaleIoSecretRef", result)

    @builtins.property
    def system(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesScaleIo#system
        '''
        result = self._values.get("system")
        assert result is not None, "Required property 'system' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesScaleIo#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protection_domain(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesScaleIo#protectionDomain
        '''
        result = self._values.get("protection_domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesScaleIo#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ssl_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesScaleIo#sslEnabled
        '''
        result = self._values.get("ssl_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def storage_mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesScaleIo#storageMode
        '''
        result = self._values.get("storage_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_pool(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesScaleIo#storagePool
        '''
        result = self._values.get("storage_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesScaleIo#volumeName
        '''
        result = self._values.get("volume_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesScaleIo(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesScaleIoSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class PodDefaultSpecVolumesScaleIoSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: PodDefaultSpecVolumesScaleIoSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c193f009e843990c86074a56741760358f6744332d9f1b58b8392b271825b467)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesScaleIoSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesScaleIoSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesSecret",
    jsii_struct_bases=[],
    name_mapping={
        "default_mode": "defaultMode",
        "items": "items",
        "optional": "optional",
        "secret_name": "secretName",
    },
)
class PodDefaultSpecVolumesSecret:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        items: typing.Optional[typing.Sequence[typing.Union["PodDefaultSpecVolumesSecretItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        optional: typing.Optional[builtins.bool] = None,
        secret_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param default_mode: 
        :param items: 
        :param optional: 
        :param secret_name: 

        :schema: PodDefaultSpecVolumesSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d0d23d02d7ca05be77372c11f317e39ace91f5a6ab1932fadf84b4d44673320b)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if items is not None:
            self._values["items"] = items
        if optional is not None:
            self._values["optional"] = optional
        if secret_name is not None:
            self._values["secret_name"] = secret_name

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecVolumesSecret#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def items(self) -> typing.Optional[typing.List["PodDefaultSpecVolumesSecretItems"]]:
        '''
        :schema: PodDefaultSpecVolumesSecret#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["PodDefaultSpecVolumesSecretItems"]], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesSecret#secretName
        '''
        result = self._values.get("secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesSecretItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "path": "path", "mode": "mode"},
)
class PodDefaultSpecVolumesSecretItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        mode: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param key: 
        :param path: 
        :param mode: 

        :schema: PodDefaultSpecVolumesSecretItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__395eb7507bc0e0389144e18388cae0bfebe904936c6f8ed41811478d09557b39)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
        }
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesSecretItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesSecretItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodDefaultSpecVolumesSecretItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesSecretItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesStorageos",
    jsii_struct_bases=[],
    name_mapping={
        "fs_type": "fsType",
        "read_only": "readOnly",
        "secret_ref": "secretRef",
        "volume_name": "volumeName",
        "volume_namespace": "volumeNamespace",
    },
)
class PodDefaultSpecVolumesStorageos:
    def __init__(
        self,
        *,
        fs_type: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        secret_ref: typing.Optional[typing.Union["PodDefaultSpecVolumesStorageosSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_name: typing.Optional[builtins.str] = None,
        volume_namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param fs_type: 
        :param read_only: 
        :param secret_ref: 
        :param volume_name: 
        :param volume_namespace: 

        :schema: PodDefaultSpecVolumesStorageos
        '''
        if isinstance(secret_ref, dict):
            secret_ref = PodDefaultSpecVolumesStorageosSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__630aa42d39a8d54233a14e356f63689cc350efbe455a7abd4e62187858381f70)
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument volume_name", value=volume_name, expected_type=type_hints["volume_name"])
            check_type(argname="argument volume_namespace", value=volume_namespace, expected_type=type_hints["volume_namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if read_only is not None:
            self._values["read_only"] = read_only
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if volume_name is not None:
            self._values["volume_name"] = volume_name
        if volume_namespace is not None:
            self._values["volume_namespace"] = volume_namespace

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesStorageos#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodDefaultSpecVolumesStorageos#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_ref(self) -> typing.Optional["PodDefaultSpecVolumesStorageosSecretRef"]:
        '''
        :schema: PodDefaultSpecVolumesStorageos#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["PodDefaultSpecVolumesStorageosSecretRef"], result)

    @builtins.property
    def volume_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesStorageos#volumeName
        '''
        result = self._values.get("volume_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesStorageos#volumeNamespace
        '''
        result = self._values.get("volume_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesStorageos(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesStorageosSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class PodDefaultSpecVolumesStorageosSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: PodDefaultSpecVolumesStorageosSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__87796d34ebc82c2bd9d796d47a9b2662a93e17fb5cf44509f8178465d9d03bb3)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesStorageosSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesStorageosSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.PodDefaultSpecVolumesVsphereVolume",
    jsii_struct_bases=[],
    name_mapping={
        "volume_path": "volumePath",
        "fs_type": "fsType",
        "storage_policy_id": "storagePolicyId",
        "storage_policy_name": "storagePolicyName",
    },
)
class PodDefaultSpecVolumesVsphereVolume:
    def __init__(
        self,
        *,
        volume_path: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        storage_policy_id: typing.Optional[builtins.str] = None,
        storage_policy_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param volume_path: 
        :param fs_type: 
        :param storage_policy_id: 
        :param storage_policy_name: 

        :schema: PodDefaultSpecVolumesVsphereVolume
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__013cf92167504c9e22399c14357dc51ff917aaef2a094087df99ff933eb5f969)
            check_type(argname="argument volume_path", value=volume_path, expected_type=type_hints["volume_path"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument storage_policy_id", value=storage_policy_id, expected_type=type_hints["storage_policy_id"])
            check_type(argname="argument storage_policy_name", value=storage_policy_name, expected_type=type_hints["storage_policy_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "volume_path": volume_path,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if storage_policy_id is not None:
            self._values["storage_policy_id"] = storage_policy_id
        if storage_policy_name is not None:
            self._values["storage_policy_name"] = storage_policy_name

    @builtins.property
    def volume_path(self) -> builtins.str:
        '''
        :schema: PodDefaultSpecVolumesVsphereVolume#volumePath
        '''
        result = self._values.get("volume_path")
        assert result is not None, "Required property 'volume_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesVsphereVolume#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_policy_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesVsphereVolume#storagePolicyID
        '''
        result = self._values.get("storage_policy_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_policy_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodDefaultSpecVolumesVsphereVolume#storagePolicyName
        '''
        result = self._values.get("storage_policy_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodDefaultSpecVolumesVsphereVolume(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Profile(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.Profile",
):
    '''Profile is the Schema for the profiles API.

    :schema: Profile
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProfileSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Profile" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: ProfileSpec defines the desired state of Profile.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d8b165231465d77da5d7bd92be1665326620a1597549063461adfdb757562186)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ProfileProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProfileSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Profile".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: ProfileSpec defines the desired state of Profile.
        '''
        props = ProfileProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Profile".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ProfileProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProfileSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Profile is the Schema for the profiles API.

        :param metadata: 
        :param spec: ProfileSpec defines the desired state of Profile.

        :schema: Profile
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ProfileSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__70b6cbba43ce3ce09f837841ad94860b2c1d809790968273595b0a348804e1f1)
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
        :schema: Profile#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ProfileSpec"]:
        '''ProfileSpec defines the desired state of Profile.

        :schema: Profile#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ProfileSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileSpec",
    jsii_struct_bases=[],
    name_mapping={
        "owner": "owner",
        "plugins": "plugins",
        "resource_quota_spec": "resourceQuotaSpec",
    },
)
class ProfileSpec:
    def __init__(
        self,
        *,
        owner: typing.Optional[typing.Union["ProfileSpecOwner", typing.Dict[builtins.str, typing.Any]]] = None,
        plugins: typing.Optional[typing.Sequence[typing.Union["ProfileSpecPlugins", typing.Dict[builtins.str, typing.Any]]]] = None,
        resource_quota_spec: typing.Optional[typing.Union["ProfileSpecResourceQuotaSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ProfileSpec defines the desired state of Profile.

        :param owner: The profile owner.
        :param plugins: 
        :param resource_quota_spec: Resourcequota that will be applied to target namespace.

        :schema: ProfileSpec
        '''
        if isinstance(owner, dict):
            owner = ProfileSpecOwner(**owner)
        if isinstance(resource_quota_spec, dict):
            resource_quota_spec = ProfileSpecResourceQuotaSpec(**resource_quota_spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__feb4d556854bce88b5e8deac6dc57b4f83895eedeefb57e04399338e5d73e5ba)
            check_type(argname="argument owner", value=owner, expected_type=type_hints["owner"])
            check_type(argname="argument plugins", value=plugins, expected_type=type_hints["plugins"])
            check_type(argname="argument resource_quota_spec", value=resource_quota_spec, expected_type=type_hints["resource_quota_spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if owner is not None:
            self._values["owner"] = owner
        if plugins is not None:
            self._values["plugins"] = plugins
        if resource_quota_spec is not None:
            self._values["resource_quota_spec"] = resource_quota_spec

    @builtins.property
    def owner(self) -> typing.Optional["ProfileSpecOwner"]:
        '''The profile owner.

        :schema: ProfileSpec#owner
        '''
        result = self._values.get("owner")
        return typing.cast(typing.Optional["ProfileSpecOwner"], result)

    @builtins.property
    def plugins(self) -> typing.Optional[typing.List["ProfileSpecPlugins"]]:
        '''
        :schema: ProfileSpec#plugins
        '''
        result = self._values.get("plugins")
        return typing.cast(typing.Optional[typing.List["ProfileSpecPlugins"]], result)

    @builtins.property
    def resource_quota_spec(self) -> typing.Optional["ProfileSpecResourceQuotaSpec"]:
        '''Resourcequota that will be applied to target namespace.

        :schema: ProfileSpec#resourceQuotaSpec
        '''
        result = self._values.get("resource_quota_spec")
        return typing.cast(typing.Optional["ProfileSpecResourceQuotaSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileSpecOwner",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "api_group": "apiGroup",
        "namespace": "namespace",
    },
)
class ProfileSpecOwner:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        api_group: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The profile owner.

        :param kind: Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount". If the Authorizer does not recognized the kind value, the Authorizer should report an error.
        :param name: Name of the object being referenced.
        :param api_group: APIGroup holds the API group of the referenced subject. Defaults to "" for ServiceAccount subjects. Defaults to "rbac.authorization.k8s.io" for User and Group subjects. Default: for ServiceAccount subjects. Defaults to "rbac.authorization.k8s.io" for User and Group subjects.
        :param namespace: Namespace of the referenced object. If the object kind is non-namespace, such as "User" or "Group", and this value is not empty the Authorizer should report an error.

        :schema: ProfileSpecOwner
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7447b5d5340ceb355787bc8303ad79e802927a35e68eeccf9df1ae2a18add4f8)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_group is not None:
            self._values["api_group"] = api_group
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind of object being referenced.

        Values defined by this API group are "User", "Group", and "ServiceAccount". If the Authorizer does not recognized the kind value, the Authorizer should report an error.

        :schema: ProfileSpecOwner#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the object being referenced.

        :schema: ProfileSpecOwner#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''APIGroup holds the API group of the referenced subject.

        Defaults to "" for ServiceAccount subjects. Defaults to "rbac.authorization.k8s.io" for User and Group subjects.

        :default: for ServiceAccount subjects. Defaults to "rbac.authorization.k8s.io" for User and Group subjects.

        :schema: ProfileSpecOwner#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referenced object.

        If the object kind is non-namespace, such as "User" or "Group", and this value is not empty the Authorizer should report an error.

        :schema: ProfileSpecOwner#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileSpecOwner(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileSpecPlugins",
    jsii_struct_bases=[],
    name_mapping={"api_version": "apiVersion", "kind": "kind", "spec": "spec"},
)
class ProfileSpecPlugins:
    def __init__(
        self,
        *,
        api_version: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        spec: typing.Any = None,
    ) -> None:
        '''Plugin is for customize actions on different platform.

        :param api_version: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
        :param kind: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
        :param spec: 

        :schema: ProfileSpecPlugins
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1a67f6d1abe957a183fb4ac112026ae0c0acc390679a926993cfcca886a0bafe)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_version is not None:
            self._values["api_version"] = api_version
        if kind is not None:
            self._values["kind"] = kind
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''APIVersion defines the versioned schema of this representation of an object.

        Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources

        :schema: ProfileSpecPlugins#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is a string value representing the REST resource this object represents.

        Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

        :schema: ProfileSpecPlugins#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''
        :schema: ProfileSpecPlugins#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileSpecPlugins(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileSpecResourceQuotaSpec",
    jsii_struct_bases=[],
    name_mapping={
        "hard": "hard",
        "scopes": "scopes",
        "scope_selector": "scopeSelector",
    },
)
class ProfileSpecResourceQuotaSpec:
    def __init__(
        self,
        *,
        hard: typing.Optional[typing.Mapping[builtins.str, "ProfileSpecResourceQuotaSpecHard"]] = None,
        scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        scope_selector: typing.Optional[typing.Union["ProfileSpecResourceQuotaSpecScopeSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Resourcequota that will be applied to target namespace.

        :param hard: hard is the set of desired hard limits for each named resource. More info: https://kubernetes.io/docs/concepts/policy/resource-quotas/
        :param scopes: A collection of filters that must match each object tracked by a quota. If not specified, the quota matches all objects.
        :param scope_selector: scopeSelector is also a collection of filters like scopes that must match each object tracked by a quota but expressed using ScopeSelectorOperator in combination with possible values. For a resource to match, both scopes AND scopeSelector (if specified in spec), must be matched.

        :schema: ProfileSpecResourceQuotaSpec
        '''
        if isinstance(scope_selector, dict):
            scope_selector = ProfileSpecResourceQuotaSpecScopeSelector(**scope_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7607324b09fb1d6bff03499ba5b55571996b54ea218cf61d326e48fbee87d429)
            check_type(argname="argument hard", value=hard, expected_type=type_hints["hard"])
            check_type(argname="argument scopes", value=scopes, expected_type=type_hints["scopes"])
            check_type(argname="argument scope_selector", value=scope_selector, expected_type=type_hints["scope_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hard is not None:
            self._values["hard"] = hard
        if scopes is not None:
            self._values["scopes"] = scopes
        if scope_selector is not None:
            self._values["scope_selector"] = scope_selector

    @builtins.property
    def hard(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ProfileSpecResourceQuotaSpecHard"]]:
        '''hard is the set of desired hard limits for each named resource.

        More info: https://kubernetes.io/docs/concepts/policy/resource-quotas/

        :schema: ProfileSpecResourceQuotaSpec#hard
        '''
        result = self._values.get("hard")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ProfileSpecResourceQuotaSpecHard"]], result)

    @builtins.property
    def scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A collection of filters that must match each object tracked by a quota.

        If not specified, the quota matches all objects.

        :schema: ProfileSpecResourceQuotaSpec#scopes
        '''
        result = self._values.get("scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def scope_selector(
        self,
    ) -> typing.Optional["ProfileSpecResourceQuotaSpecScopeSelector"]:
        '''scopeSelector is also a collection of filters like scopes that must match each object tracked by a quota but expressed using ScopeSelectorOperator in combination with possible values.

        For a resource to match, both scopes AND scopeSelector (if specified in spec), must be matched.

        :schema: ProfileSpecResourceQuotaSpec#scopeSelector
        '''
        result = self._values.get("scope_selector")
        return typing.cast(typing.Optional["ProfileSpecResourceQuotaSpecScopeSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileSpecResourceQuotaSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProfileSpecResourceQuotaSpecHard(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.ProfileSpecResourceQuotaSpecHard",
):
    '''
    :schema: ProfileSpecResourceQuotaSpecHard
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "ProfileSpecResourceQuotaSpecHard":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9c7ce03569e9f9b36148091af94d36a57e2297db3bfb95b2af9f6923eb83ffd4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ProfileSpecResourceQuotaSpecHard", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "ProfileSpecResourceQuotaSpecHard":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1123b53a43c5dbd232a17607cb6a8c24c33d9d6033bb2d2bcfeb89735a1d06e0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ProfileSpecResourceQuotaSpecHard", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileSpecResourceQuotaSpecScopeSelector",
    jsii_struct_bases=[],
    name_mapping={"match_expressions": "matchExpressions"},
)
class ProfileSpecResourceQuotaSpecScopeSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ProfileSpecResourceQuotaSpecScopeSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''scopeSelector is also a collection of filters like scopes that must match each object tracked by a quota but expressed using ScopeSelectorOperator in combination with possible values.

        For a resource to match, both scopes AND scopeSelector (if specified in spec), must be matched.

        :param match_expressions: A list of scope selector requirements by scope of the resources.

        :schema: ProfileSpecResourceQuotaSpecScopeSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5a8b0f294acd434635ae75bb7ce655bfd64591c07379ab2e53a1691bb2276310)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ProfileSpecResourceQuotaSpecScopeSelectorMatchExpressions"]]:
        '''A list of scope selector requirements by scope of the resources.

        :schema: ProfileSpecResourceQuotaSpecScopeSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ProfileSpecResourceQuotaSpecScopeSelectorMatchExpressions"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileSpecResourceQuotaSpecScopeSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileSpecResourceQuotaSpecScopeSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={
        "operator": "operator",
        "scope_name": "scopeName",
        "values": "values",
    },
)
class ProfileSpecResourceQuotaSpecScopeSelectorMatchExpressions:
    def __init__(
        self,
        *,
        operator: builtins.str,
        scope_name: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A scoped-resource selector requirement is a selector that contains values, a scope name, and an operator that relates the scope name and values.

        :param operator: Represents a scope's relationship to a set of values. Valid operators are In, NotIn, Exists, DoesNotExist.
        :param scope_name: The name of the scope that the selector applies to.
        :param values: An array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ProfileSpecResourceQuotaSpecScopeSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__72a765712d9b38f747672f0bca00c44737b09eb9c986dc11452b619ebf706799)
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument scope_name", value=scope_name, expected_type=type_hints["scope_name"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "operator": operator,
            "scope_name": scope_name,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def operator(self) -> builtins.str:
        '''Represents a scope's relationship to a set of values.

        Valid operators are In, NotIn, Exists, DoesNotExist.

        :schema: ProfileSpecResourceQuotaSpecScopeSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def scope_name(self) -> builtins.str:
        '''The name of the scope that the selector applies to.

        :schema: ProfileSpecResourceQuotaSpecScopeSelectorMatchExpressions#scopeName
        '''
        result = self._values.get("scope_name")
        assert result is not None, "Required property 'scope_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''An array of string values.

        If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ProfileSpecResourceQuotaSpecScopeSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileSpecResourceQuotaSpecScopeSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProfileV1Beta1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.ProfileV1Beta1",
):
    '''Profile is the Schema for the profiles API.

    :schema: ProfileV1Beta1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProfileV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ProfileV1Beta1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: ProfileSpec defines the desired state of Profile.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bab0f45fa3cd6fc03308fe382252a9aa705e48c33ba11f8a51e4ac41e707b93f)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ProfileV1Beta1Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProfileV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ProfileV1Beta1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: ProfileSpec defines the desired state of Profile.
        '''
        props = ProfileV1Beta1Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ProfileV1Beta1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileV1Beta1Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ProfileV1Beta1Props:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProfileV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Profile is the Schema for the profiles API.

        :param metadata: 
        :param spec: ProfileSpec defines the desired state of Profile.

        :schema: ProfileV1Beta1
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ProfileV1Beta1Spec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__31df6ce267c040e372de5fefbf5b61ae5c513374a78c0f23a3acbca56aae0d3b)
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
        :schema: ProfileV1Beta1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ProfileV1Beta1Spec"]:
        '''ProfileSpec defines the desired state of Profile.

        :schema: ProfileV1Beta1#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ProfileV1Beta1Spec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileV1Beta1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileV1Beta1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "owner": "owner",
        "plugins": "plugins",
        "resource_quota_spec": "resourceQuotaSpec",
    },
)
class ProfileV1Beta1Spec:
    def __init__(
        self,
        *,
        owner: typing.Optional[typing.Union["ProfileV1Beta1SpecOwner", typing.Dict[builtins.str, typing.Any]]] = None,
        plugins: typing.Optional[typing.Sequence[typing.Union["ProfileV1Beta1SpecPlugins", typing.Dict[builtins.str, typing.Any]]]] = None,
        resource_quota_spec: typing.Optional[typing.Union["ProfileV1Beta1SpecResourceQuotaSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ProfileSpec defines the desired state of Profile.

        :param owner: The profile owner.
        :param plugins: 
        :param resource_quota_spec: Resourcequota that will be applied to target namespace.

        :schema: ProfileV1Beta1Spec
        '''
        if isinstance(owner, dict):
            owner = ProfileV1Beta1SpecOwner(**owner)
        if isinstance(resource_quota_spec, dict):
            resource_quota_spec = ProfileV1Beta1SpecResourceQuotaSpec(**resource_quota_spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0b342ba5f24dfe0c8e0e0d6a4e10bb20c557e88d81e61c24946da24f39cd91a8)
            check_type(argname="argument owner", value=owner, expected_type=type_hints["owner"])
            check_type(argname="argument plugins", value=plugins, expected_type=type_hints["plugins"])
            check_type(argname="argument resource_quota_spec", value=resource_quota_spec, expected_type=type_hints["resource_quota_spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if owner is not None:
            self._values["owner"] = owner
        if plugins is not None:
            self._values["plugins"] = plugins
        if resource_quota_spec is not None:
            self._values["resource_quota_spec"] = resource_quota_spec

    @builtins.property
    def owner(self) -> typing.Optional["ProfileV1Beta1SpecOwner"]:
        '''The profile owner.

        :schema: ProfileV1Beta1Spec#owner
        '''
        result = self._values.get("owner")
        return typing.cast(typing.Optional["ProfileV1Beta1SpecOwner"], result)

    @builtins.property
    def plugins(self) -> typing.Optional[typing.List["ProfileV1Beta1SpecPlugins"]]:
        '''
        :schema: ProfileV1Beta1Spec#plugins
        '''
        result = self._values.get("plugins")
        return typing.cast(typing.Optional[typing.List["ProfileV1Beta1SpecPlugins"]], result)

    @builtins.property
    def resource_quota_spec(
        self,
    ) -> typing.Optional["ProfileV1Beta1SpecResourceQuotaSpec"]:
        '''Resourcequota that will be applied to target namespace.

        :schema: ProfileV1Beta1Spec#resourceQuotaSpec
        '''
        result = self._values.get("resource_quota_spec")
        return typing.cast(typing.Optional["ProfileV1Beta1SpecResourceQuotaSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileV1Beta1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileV1Beta1SpecOwner",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "api_group": "apiGroup",
        "namespace": "namespace",
    },
)
class ProfileV1Beta1SpecOwner:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        api_group: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The profile owner.

        :param kind: Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount". If the Authorizer does not recognized the kind value, the Authorizer should report an error.
        :param name: Name of the object being referenced.
        :param api_group: APIGroup holds the API group of the referenced subject. Defaults to "" for ServiceAccount subjects. Defaults to "rbac.authorization.k8s.io" for User and Group subjects. Default: for ServiceAccount subjects. Defaults to "rbac.authorization.k8s.io" for User and Group subjects.
        :param namespace: Namespace of the referenced object. If the object kind is non-namespace, such as "User" or "Group", and this value is not empty the Authorizer should report an error.

        :schema: ProfileV1Beta1SpecOwner
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3cd6000534e519e94c46429d8b7dd141a44c95663c8e8f3d0dc462fb6c65b643)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_group is not None:
            self._values["api_group"] = api_group
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind of object being referenced.

        Values defined by this API group are "User", "Group", and "ServiceAccount". If the Authorizer does not recognized the kind value, the Authorizer should report an error.

        :schema: ProfileV1Beta1SpecOwner#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the object being referenced.

        :schema: ProfileV1Beta1SpecOwner#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''APIGroup holds the API group of the referenced subject.

        Defaults to "" for ServiceAccount subjects. Defaults to "rbac.authorization.k8s.io" for User and Group subjects.

        :default: for ServiceAccount subjects. Defaults to "rbac.authorization.k8s.io" for User and Group subjects.

        :schema: ProfileV1Beta1SpecOwner#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referenced object.

        If the object kind is non-namespace, such as "User" or "Group", and this value is not empty the Authorizer should report an error.

        :schema: ProfileV1Beta1SpecOwner#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileV1Beta1SpecOwner(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileV1Beta1SpecPlugins",
    jsii_struct_bases=[],
    name_mapping={"api_version": "apiVersion", "kind": "kind", "spec": "spec"},
)
class ProfileV1Beta1SpecPlugins:
    def __init__(
        self,
        *,
        api_version: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        spec: typing.Any = None,
    ) -> None:
        '''Plugin is for customize actions on different platform.

        :param api_version: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
        :param kind: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
        :param spec: 

        :schema: ProfileV1Beta1SpecPlugins
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__331633b6cc4adf403f60a8403fa6cd81be98edd37350a07cab9cbaed0bbec2f4)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_version is not None:
            self._values["api_version"] = api_version
        if kind is not None:
            self._values["kind"] = kind
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''APIVersion defines the versioned schema of this representation of an object.

        Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources

        :schema: ProfileV1Beta1SpecPlugins#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is a string value representing the REST resource this object represents.

        Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

        :schema: ProfileV1Beta1SpecPlugins#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''
        :schema: ProfileV1Beta1SpecPlugins#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileV1Beta1SpecPlugins(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileV1Beta1SpecResourceQuotaSpec",
    jsii_struct_bases=[],
    name_mapping={
        "hard": "hard",
        "scopes": "scopes",
        "scope_selector": "scopeSelector",
    },
)
class ProfileV1Beta1SpecResourceQuotaSpec:
    def __init__(
        self,
        *,
        hard: typing.Optional[typing.Mapping[builtins.str, "ProfileV1Beta1SpecResourceQuotaSpecHard"]] = None,
        scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        scope_selector: typing.Optional[typing.Union["ProfileV1Beta1SpecResourceQuotaSpecScopeSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Resourcequota that will be applied to target namespace.

        :param hard: hard is the set of desired hard limits for each named resource. More info: https://kubernetes.io/docs/concepts/policy/resource-quotas/
        :param scopes: A collection of filters that must match each object tracked by a quota. If not specified, the quota matches all objects.
        :param scope_selector: scopeSelector is also a collection of filters like scopes that must match each object tracked by a quota but expressed using ScopeSelectorOperator in combination with possible values. For a resource to match, both scopes AND scopeSelector (if specified in spec), must be matched.

        :schema: ProfileV1Beta1SpecResourceQuotaSpec
        '''
        if isinstance(scope_selector, dict):
            scope_selector = ProfileV1Beta1SpecResourceQuotaSpecScopeSelector(**scope_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__492d12aac190d23811697634e8981a122ad6fecfbe840ff2532491d2cee9199a)
            check_type(argname="argument hard", value=hard, expected_type=type_hints["hard"])
            check_type(argname="argument scopes", value=scopes, expected_type=type_hints["scopes"])
            check_type(argname="argument scope_selector", value=scope_selector, expected_type=type_hints["scope_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hard is not None:
            self._values["hard"] = hard
        if scopes is not None:
            self._values["scopes"] = scopes
        if scope_selector is not None:
            self._values["scope_selector"] = scope_selector

    @builtins.property
    def hard(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "ProfileV1Beta1SpecResourceQuotaSpecHard"]]:
        '''hard is the set of desired hard limits for each named resource.

        More info: https://kubernetes.io/docs/concepts/policy/resource-quotas/

        :schema: ProfileV1Beta1SpecResourceQuotaSpec#hard
        '''
        result = self._values.get("hard")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "ProfileV1Beta1SpecResourceQuotaSpecHard"]], result)

    @builtins.property
    def scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A collection of filters that must match each object tracked by a quota.

        If not specified, the quota matches all objects.

        :schema: ProfileV1Beta1SpecResourceQuotaSpec#scopes
        '''
        result = self._values.get("scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def scope_selector(
        self,
    ) -> typing.Optional["ProfileV1Beta1SpecResourceQuotaSpecScopeSelector"]:
        '''scopeSelector is also a collection of filters like scopes that must match each object tracked by a quota but expressed using ScopeSelectorOperator in combination with possible values.

        For a resource to match, both scopes AND scopeSelector (if specified in spec), must be matched.

        :schema: ProfileV1Beta1SpecResourceQuotaSpec#scopeSelector
        '''
        result = self._values.get("scope_selector")
        return typing.cast(typing.Optional["ProfileV1Beta1SpecResourceQuotaSpecScopeSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileV1Beta1SpecResourceQuotaSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProfileV1Beta1SpecResourceQuotaSpecHard(
    metaclass=jsii.JSIIMeta,
    jsii_type="kubeflow_orgkubeflow.ProfileV1Beta1SpecResourceQuotaSpecHard",
):
    '''
    :schema: ProfileV1Beta1SpecResourceQuotaSpecHard
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ProfileV1Beta1SpecResourceQuotaSpecHard":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cca9224ba6750ce5de9deb05618a86af8bf7393dce5442ef8c2758d02cce1b2b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ProfileV1Beta1SpecResourceQuotaSpecHard", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ProfileV1Beta1SpecResourceQuotaSpecHard":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__104ced7908f82f09e1b11e44f1172fd88d88810884e6846987eff937283aa226)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ProfileV1Beta1SpecResourceQuotaSpecHard", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileV1Beta1SpecResourceQuotaSpecScopeSelector",
    jsii_struct_bases=[],
    name_mapping={"match_expressions": "matchExpressions"},
)
class ProfileV1Beta1SpecResourceQuotaSpecScopeSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ProfileV1Beta1SpecResourceQuotaSpecScopeSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''scopeSelector is also a collection of filters like scopes that must match each object tracked by a quota but expressed using ScopeSelectorOperator in combination with possible values.

        For a resource to match, both scopes AND scopeSelector (if specified in spec), must be matched.

        :param match_expressions: A list of scope selector requirements by scope of the resources.

        :schema: ProfileV1Beta1SpecResourceQuotaSpecScopeSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4c3215e0728197eb483285b066fe5a4bf5b54720ed02633bab5f958561aca2c2)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ProfileV1Beta1SpecResourceQuotaSpecScopeSelectorMatchExpressions"]]:
        '''A list of scope selector requirements by scope of the resources.

        :schema: ProfileV1Beta1SpecResourceQuotaSpecScopeSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ProfileV1Beta1SpecResourceQuotaSpecScopeSelectorMatchExpressions"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileV1Beta1SpecResourceQuotaSpecScopeSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kubeflow_orgkubeflow.ProfileV1Beta1SpecResourceQuotaSpecScopeSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={
        "operator": "operator",
        "scope_name": "scopeName",
        "values": "values",
    },
)
class ProfileV1Beta1SpecResourceQuotaSpecScopeSelectorMatchExpressions:
    def __init__(
        self,
        *,
        operator: builtins.str,
        scope_name: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A scoped-resource selector requirement is a selector that contains values, a scope name, and an operator that relates the scope name and values.

        :param operator: Represents a scope's relationship to a set of values. Valid operators are In, NotIn, Exists, DoesNotExist.
        :param scope_name: The name of the scope that the selector applies to.
        :param values: An array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ProfileV1Beta1SpecResourceQuotaSpecScopeSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e2538eb94f0f6e26ca1fecfd3224ecb15334c89a86d13ef18a7c2a00c606d7a1)
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument scope_name", value=scope_name, expected_type=type_hints["scope_name"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "operator": operator,
            "scope_name": scope_name,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def operator(self) -> builtins.str:
        '''Represents a scope's relationship to a set of values.

        Valid operators are In, NotIn, Exists, DoesNotExist.

        :schema: ProfileV1Beta1SpecResourceQuotaSpecScopeSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def scope_name(self) -> builtins.str:
        '''The name of the scope that the selector applies to.

        :schema: ProfileV1Beta1SpecResourceQuotaSpecScopeSelectorMatchExpressions#scopeName
        '''
        result = self._values.get("scope_name")
        assert result is not None, "Required property 'scope_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''An array of string values.

        If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ProfileV1Beta1SpecResourceQuotaSpecScopeSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProfileV1Beta1SpecResourceQuotaSpecScopeSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "PodDefault",
    "PodDefaultProps",
    "PodDefaultSpec",
    "PodDefaultSpecEnv",
    "PodDefaultSpecEnvFrom",
    "PodDefaultSpecEnvFromConfigMapRef",
    "PodDefaultSpecEnvFromSecretRef",
    "PodDefaultSpecEnvValueFrom",
    "PodDefaultSpecEnvValueFromConfigMapKeyRef",
    "PodDefaultSpecEnvValueFromFieldRef",
    "PodDefaultSpecEnvValueFromResourceFieldRef",
    "PodDefaultSpecEnvValueFromResourceFieldRefDivisor",
    "PodDefaultSpecEnvValueFromSecretKeyRef",
    "PodDefaultSpecImagePullSecrets",
    "PodDefaultSpecInitContainers",
    "PodDefaultSpecInitContainersEnv",
    "PodDefaultSpecInitContainersEnvFrom",
    "PodDefaultSpecInitContainersEnvFromConfigMapRef",
    "PodDefaultSpecInitContainersEnvFromSecretRef",
    "PodDefaultSpecInitContainersEnvValueFrom",
    "PodDefaultSpecInitContainersEnvValueFromConfigMapKeyRef",
    "PodDefaultSpecInitContainersEnvValueFromFieldRef",
    "PodDefaultSpecInitContainersEnvValueFromResourceFieldRef",
    "PodDefaultSpecInitContainersEnvValueFromResourceFieldRefDivisor",
    "PodDefaultSpecInitContainersEnvValueFromSecretKeyRef",
    "PodDefaultSpecInitContainersLifecycle",
    "PodDefaultSpecInitContainersLifecyclePostStart",
    "PodDefaultSpecInitContainersLifecyclePostStartExec",
    "PodDefaultSpecInitContainersLifecyclePostStartHttpGet",
    "PodDefaultSpecInitContainersLifecyclePostStartHttpGetHttpHeaders",
    "PodDefaultSpecInitContainersLifecyclePostStartHttpGetPort",
    "PodDefaultSpecInitContainersLifecyclePostStartTcpSocket",
    "PodDefaultSpecInitContainersLifecyclePostStartTcpSocketPort",
    "PodDefaultSpecInitContainersLifecyclePreStop",
    "PodDefaultSpecInitContainersLifecyclePreStopExec",
    "PodDefaultSpecInitContainersLifecyclePreStopHttpGet",
    "PodDefaultSpecInitContainersLifecyclePreStopHttpGetHttpHeaders",
    "PodDefaultSpecInitContainersLifecyclePreStopHttpGetPort",
    "PodDefaultSpecInitContainersLifecyclePreStopTcpSocket",
    "PodDefaultSpecInitContainersLifecyclePreStopTcpSocketPort",
    "PodDefaultSpecInitContainersLivenessProbe",
    "PodDefaultSpecInitContainersLivenessProbeExec",
    "PodDefaultSpecInitContainersLivenessProbeGrpc",
    "PodDefaultSpecInitContainersLivenessProbeHttpGet",
    "PodDefaultSpecInitContainersLivenessProbeHttpGetHttpHeaders",
    "PodDefaultSpecInitContainersLivenessProbeHttpGetPort",
    "PodDefaultSpecInitContainersLivenessProbeTcpSocket",
    "PodDefaultSpecInitContainersLivenessProbeTcpSocketPort",
    "PodDefaultSpecInitContainersPorts",
    "PodDefaultSpecInitContainersReadinessProbe",
    "PodDefaultSpecInitContainersReadinessProbeExec",
    "PodDefaultSpecInitContainersReadinessProbeGrpc",
    "PodDefaultSpecInitContainersReadinessProbeHttpGet",
    "PodDefaultSpecInitContainersReadinessProbeHttpGetHttpHeaders",
    "PodDefaultSpecInitContainersReadinessProbeHttpGetPort",
    "PodDefaultSpecInitContainersReadinessProbeTcpSocket",
    "PodDefaultSpecInitContainersReadinessProbeTcpSocketPort",
    "PodDefaultSpecInitContainersResources",
    "PodDefaultSpecInitContainersResourcesLimits",
    "PodDefaultSpecInitContainersResourcesRequests",
    "PodDefaultSpecInitContainersSecurityContext",
    "PodDefaultSpecInitContainersSecurityContextCapabilities",
    "PodDefaultSpecInitContainersSecurityContextSeLinuxOptions",
    "PodDefaultSpecInitContainersSecurityContextSeccompProfile",
    "PodDefaultSpecInitContainersSecurityContextWindowsOptions",
    "PodDefaultSpecInitContainersStartupProbe",
    "PodDefaultSpecInitContainersStartupProbeExec",
    "PodDefaultSpecInitContainersStartupProbeGrpc",
    "PodDefaultSpecInitContainersStartupProbeHttpGet",
    "PodDefaultSpecInitContainersStartupProbeHttpGetHttpHeaders",
    "PodDefaultSpecInitContainersStartupProbeHttpGetPort",
    "PodDefaultSpecInitContainersStartupProbeTcpSocket",
    "PodDefaultSpecInitContainersStartupProbeTcpSocketPort",
    "PodDefaultSpecInitContainersVolumeDevices",
    "PodDefaultSpecInitContainersVolumeMounts",
    "PodDefaultSpecSelector",
    "PodDefaultSpecSelectorMatchExpressions",
    "PodDefaultSpecSidecars",
    "PodDefaultSpecSidecarsEnv",
    "PodDefaultSpecSidecarsEnvFrom",
    "PodDefaultSpecSidecarsEnvFromConfigMapRef",
    "PodDefaultSpecSidecarsEnvFromSecretRef",
    "PodDefaultSpecSidecarsEnvValueFrom",
    "PodDefaultSpecSidecarsEnvValueFromConfigMapKeyRef",
    "PodDefaultSpecSidecarsEnvValueFromFieldRef",
    "PodDefaultSpecSidecarsEnvValueFromResourceFieldRef",
    "PodDefaultSpecSidecarsEnvValueFromResourceFieldRefDivisor",
    "PodDefaultSpecSidecarsEnvValueFromSecretKeyRef",
    "PodDefaultSpecSidecarsLifecycle",
    "PodDefaultSpecSidecarsLifecyclePostStart",
    "PodDefaultSpecSidecarsLifecyclePostStartExec",
    "PodDefaultSpecSidecarsLifecyclePostStartHttpGet",
    "PodDefaultSpecSidecarsLifecyclePostStartHttpGetHttpHeaders",
    "PodDefaultSpecSidecarsLifecyclePostStartHttpGetPort",
    "PodDefaultSpecSidecarsLifecyclePostStartTcpSocket",
    "PodDefaultSpecSidecarsLifecyclePostStartTcpSocketPort",
    "PodDefaultSpecSidecarsLifecyclePreStop",
    "PodDefaultSpecSidecarsLifecyclePreStopExec",
    "PodDefaultSpecSidecarsLifecyclePreStopHttpGet",
    "PodDefaultSpecSidecarsLifecyclePreStopHttpGetHttpHeaders",
    "PodDefaultSpecSidecarsLifecyclePreStopHttpGetPort",
    "PodDefaultSpecSidecarsLifecyclePreStopTcpSocket",
    "PodDefaultSpecSidecarsLifecyclePreStopTcpSocketPort",
    "PodDefaultSpecSidecarsLivenessProbe",
    "PodDefaultSpecSidecarsLivenessProbeExec",
    "PodDefaultSpecSidecarsLivenessProbeGrpc",
    "PodDefaultSpecSidecarsLivenessProbeHttpGet",
    "PodDefaultSpecSidecarsLivenessProbeHttpGetHttpHeaders",
    "PodDefaultSpecSidecarsLivenessProbeHttpGetPort",
    "PodDefaultSpecSidecarsLivenessProbeTcpSocket",
    "PodDefaultSpecSidecarsLivenessProbeTcpSocketPort",
    "PodDefaultSpecSidecarsPorts",
    "PodDefaultSpecSidecarsReadinessProbe",
    "PodDefaultSpecSidecarsReadinessProbeExec",
    "PodDefaultSpecSidecarsReadinessProbeGrpc",
    "PodDefaultSpecSidecarsReadinessProbeHttpGet",
    "PodDefaultSpecSidecarsReadinessProbeHttpGetHttpHeaders",
    "PodDefaultSpecSidecarsReadinessProbeHttpGetPort",
    "PodDefaultSpecSidecarsReadinessProbeTcpSocket",
    "PodDefaultSpecSidecarsReadinessProbeTcpSocketPort",
    "PodDefaultSpecSidecarsResources",
    "PodDefaultSpecSidecarsResourcesLimits",
    "PodDefaultSpecSidecarsResourcesRequests",
    "PodDefaultSpecSidecarsSecurityContext",
    "PodDefaultSpecSidecarsSecurityContextCapabilities",
    "PodDefaultSpecSidecarsSecurityContextSeLinuxOptions",
    "PodDefaultSpecSidecarsSecurityContextSeccompProfile",
    "PodDefaultSpecSidecarsSecurityContextWindowsOptions",
    "PodDefaultSpecSidecarsStartupProbe",
    "PodDefaultSpecSidecarsStartupProbeExec",
    "PodDefaultSpecSidecarsStartupProbeGrpc",
    "PodDefaultSpecSidecarsStartupProbeHttpGet",
    "PodDefaultSpecSidecarsStartupProbeHttpGetHttpHeaders",
    "PodDefaultSpecSidecarsStartupProbeHttpGetPort",
    "PodDefaultSpecSidecarsStartupProbeTcpSocket",
    "PodDefaultSpecSidecarsStartupProbeTcpSocketPort",
    "PodDefaultSpecSidecarsVolumeDevices",
    "PodDefaultSpecSidecarsVolumeMounts",
    "PodDefaultSpecTolerations",
    "PodDefaultSpecVolumeMounts",
    "PodDefaultSpecVolumes",
    "PodDefaultSpecVolumesAwsElasticBlockStore",
    "PodDefaultSpecVolumesAzureDisk",
    "PodDefaultSpecVolumesAzureFile",
    "PodDefaultSpecVolumesCephfs",
    "PodDefaultSpecVolumesCephfsSecretRef",
    "PodDefaultSpecVolumesCinder",
    "PodDefaultSpecVolumesCinderSecretRef",
    "PodDefaultSpecVolumesConfigMap",
    "PodDefaultSpecVolumesConfigMapItems",
    "PodDefaultSpecVolumesCsi",
    "PodDefaultSpecVolumesCsiNodePublishSecretRef",
    "PodDefaultSpecVolumesDownwardApi",
    "PodDefaultSpecVolumesDownwardApiItems",
    "PodDefaultSpecVolumesDownwardApiItemsFieldRef",
    "PodDefaultSpecVolumesDownwardApiItemsResourceFieldRef",
    "PodDefaultSpecVolumesDownwardApiItemsResourceFieldRefDivisor",
    "PodDefaultSpecVolumesEmptyDir",
    "PodDefaultSpecVolumesEmptyDirSizeLimit",
    "PodDefaultSpecVolumesEphemeral",
    "PodDefaultSpecVolumesEphemeralVolumeClaimTemplate",
    "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpec",
    "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource",
    "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef",
    "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResources",
    "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits",
    "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests",
    "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelector",
    "PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions",
    "PodDefaultSpecVolumesFc",
    "PodDefaultSpecVolumesFlexVolume",
    "PodDefaultSpecVolumesFlexVolumeSecretRef",
    "PodDefaultSpecVolumesFlocker",
    "PodDefaultSpecVolumesGcePersistentDisk",
    "PodDefaultSpecVolumesGitRepo",
    "PodDefaultSpecVolumesGlusterfs",
    "PodDefaultSpecVolumesHostPath",
    "PodDefaultSpecVolumesIscsi",
    "PodDefaultSpecVolumesIscsiSecretRef",
    "PodDefaultSpecVolumesNfs",
    "PodDefaultSpecVolumesPersistentVolumeClaim",
    "PodDefaultSpecVolumesPhotonPersistentDisk",
    "PodDefaultSpecVolumesPortworxVolume",
    "PodDefaultSpecVolumesProjected",
    "PodDefaultSpecVolumesProjectedSources",
    "PodDefaultSpecVolumesProjectedSourcesConfigMap",
    "PodDefaultSpecVolumesProjectedSourcesConfigMapItems",
    "PodDefaultSpecVolumesProjectedSourcesDownwardApi",
    "PodDefaultSpecVolumesProjectedSourcesDownwardApiItems",
    "PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsFieldRef",
    "PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef",
    "PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor",
    "PodDefaultSpecVolumesProjectedSourcesSecret",
    "PodDefaultSpecVolumesProjectedSourcesSecretItems",
    "PodDefaultSpecVolumesProjectedSourcesServiceAccountToken",
    "PodDefaultSpecVolumesQuobyte",
    "PodDefaultSpecVolumesRbd",
    "PodDefaultSpecVolumesRbdSecretRef",
    "PodDefaultSpecVolumesScaleIo",
    "PodDefaultSpecVolumesScaleIoSecretRef",
    "PodDefaultSpecVolumesSecret",
    "PodDefaultSpecVolumesSecretItems",
    "PodDefaultSpecVolumesStorageos",
    "PodDefaultSpecVolumesStorageosSecretRef",
    "PodDefaultSpecVolumesVsphereVolume",
    "Profile",
    "ProfileProps",
    "ProfileSpec",
    "ProfileSpecOwner",
    "ProfileSpecPlugins",
    "ProfileSpecResourceQuotaSpec",
    "ProfileSpecResourceQuotaSpecHard",
    "ProfileSpecResourceQuotaSpecScopeSelector",
    "ProfileSpecResourceQuotaSpecScopeSelectorMatchExpressions",
    "ProfileV1Beta1",
    "ProfileV1Beta1Props",
    "ProfileV1Beta1Spec",
    "ProfileV1Beta1SpecOwner",
    "ProfileV1Beta1SpecPlugins",
    "ProfileV1Beta1SpecResourceQuotaSpec",
    "ProfileV1Beta1SpecResourceQuotaSpecHard",
    "ProfileV1Beta1SpecResourceQuotaSpecScopeSelector",
    "ProfileV1Beta1SpecResourceQuotaSpecScopeSelectorMatchExpressions",
]

publication.publish()

def _typecheckingstub__b748235f02195aedea4f51e6c89035a1408196886016f71a5d04bb445ee4fd24(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[PodDefaultSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77d67d331606058637a0df9d5eda8bf85360d11fa6f431b95833b6c0a0253e0a(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[PodDefaultSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d743fc9599e179c8cde84a18040564acd0bec9b037833f7e0c8bf994d91aa79(
    *,
    selector: typing.Union[PodDefaultSpecSelector, typing.Dict[builtins.str, typing.Any]],
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    automount_service_account_token: typing.Optional[builtins.bool] = None,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    desc: typing.Optional[builtins.str] = None,
    env: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    env_from: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecEnvFrom, typing.Dict[builtins.str, typing.Any]]]] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecImagePullSecrets, typing.Dict[builtins.str, typing.Any]]]] = None,
    init_containers: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecInitContainers, typing.Dict[builtins.str, typing.Any]]]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    sidecars: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecSidecars, typing.Dict[builtins.str, typing.Any]]]] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecTolerations, typing.Dict[builtins.str, typing.Any]]]] = None,
    volume_mounts: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecVolumeMounts, typing.Dict[builtins.str, typing.Any]]]] = None,
    volumes: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd849da25245f0a1fba88829cd898162817bb6c650af6ecacc9599aae0bf55ce(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[PodDefaultSpecEnvValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d73ddb38ad8ad2108521cb2ce822852152472c89d1e777b0856438ba4ef7ac8(
    *,
    config_map_ref: typing.Optional[typing.Union[PodDefaultSpecEnvFromConfigMapRef, typing.Dict[builtins.str, typing.Any]]] = None,
    prefix: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[PodDefaultSpecEnvFromSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__682a950423876068bb0de438014b53b9b96718dc04ccc904713e2ecc6716b69d(
    *,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c5a9a6434be6b1d98b214821356f5ee561686dacf3ed3aaf323421419b3d13e5(
    *,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e90ba4d11608add5387a68e66409a9018cf57f7c23e2a3ad74d763c730ba30d7(
    *,
    config_map_key_ref: typing.Optional[typing.Union[PodDefaultSpecEnvValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[PodDefaultSpecEnvValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[PodDefaultSpecEnvValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[PodDefaultSpecEnvValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bbe58db64bf92f9c7f2fcd7d1516d410f72e2a6f7445f403c3a921e2efcee95e(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__114a81748980388a4c462c70914691884ddfab0197195ebce502eb9dbfd66cb6(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b7898e25059c91318b1fdca2fda4578d1591866f48bb242b54907c443e2a88b9(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[PodDefaultSpecEnvValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8a8c68ed603048cd7e3fe4186f480df6ad5d20acfde7d3304efbab915e44a120(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a7635a571bda68bcb85252a2c071670ce6c69c1ebc73cef0a88d1bec613fde9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99aa4fa967603e663c67e0b5cc9a1fe3b402e4bc4d0191abce7ac414da1da6dc(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01f11141907d6021c198218483a8115c6c9845b36b68f3a29da10e95c6b0ecaf(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f05769872e915e451cc158dceb1671dc087cd5950992c2647ba0482ea9e0e32a(
    *,
    name: builtins.str,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    env: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecInitContainersEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    env_from: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecInitContainersEnvFrom, typing.Dict[builtins.str, typing.Any]]]] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    lifecycle: typing.Optional[typing.Union[PodDefaultSpecInitContainersLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    liveness_probe: typing.Optional[typing.Union[PodDefaultSpecInitContainersLivenessProbe, typing.Dict[builtins.str, typing.Any]]] = None,
    ports: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecInitContainersPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
    readiness_probe: typing.Optional[typing.Union[PodDefaultSpecInitContainersReadinessProbe, typing.Dict[builtins.str, typing.Any]]] = None,
    resources: typing.Optional[typing.Union[PodDefaultSpecInitContainersResources, typing.Dict[builtins.str, typing.Any]]] = None,
    security_context: typing.Optional[typing.Union[PodDefaultSpecInitContainersSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    startup_probe: typing.Optional[typing.Union[PodDefaultSpecInitContainersStartupProbe, typing.Dict[builtins.str, typing.Any]]] = None,
    stdin: typing.Optional[builtins.bool] = None,
    stdin_once: typing.Optional[builtins.bool] = None,
    termination_message_path: typing.Optional[builtins.str] = None,
    termination_message_policy: typing.Optional[builtins.str] = None,
    tty: typing.Optional[builtins.bool] = None,
    volume_devices: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecInitContainersVolumeDevices, typing.Dict[builtins.str, typing.Any]]]] = None,
    volume_mounts: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecInitContainersVolumeMounts, typing.Dict[builtins.str, typing.Any]]]] = None,
    working_dir: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba1b1c99eef82871d6d1795e4859517ff2f3378457ca8d6d1d13e52a0e2f2bb3(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[PodDefaultSpecInitContainersEnvValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd5664284eea6400da11ed7c9040ca0b6c214db58ef25e8546a5e58f3627bc6c(
    *,
    config_map_ref: typing.Optional[typing.Union[PodDefaultSpecInitContainersEnvFromConfigMapRef, typing.Dict[builtins.str, typing.Any]]] = None,
    prefix: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[PodDefaultSpecInitContainersEnvFromSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91cb3b05acef635f9891f04cca85fb6937b222d06f6bdbe778d4732ae03a7aa9(
    *,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__224a16ffa88918bc7c30bf17400282eedac3df663417617539b8c5d5fd12b1bf(
    *,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f263a92c08225ef3faed8c74a123e258eb40340940bfb751bc75b4a0c6bffb6e(
    *,
    config_map_key_ref: typing.Optional[typing.Union[PodDefaultSpecInitContainersEnvValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[PodDefaultSpecInitContainersEnvValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[PodDefaultSpecInitContainersEnvValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[PodDefaultSpecInitContainersEnvValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b91d89b77f3b9e23b3f57b3b26fbdc453bab01e715b8d0f22e90b4768fb74866(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b321ee4cc11eea2a669fa858a6de610527af7674e44707f4e70e8a76aa2e53f(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea4889f8ba4cd14a1fdaabe228a00985255e217a12b2e292e0418a2cb8380b82(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[PodDefaultSpecInitContainersEnvValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4376187fa2b5e46757e824a32618f6ef1ca135c14d1cf4373fcdd28b26a49dc7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0add88c3abdb1b835b033009bbb7a5d95944e9d173cc41501bbf75f15247e8b2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__35947eb2ff544700d0566ea2f053367d90484497cf4c563bc14f9c61dfca0e86(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45111cd592da72b86c5fd1c998f61d350530d7987d89b83431f3198a7f5a7bc9(
    *,
    post_start: typing.Optional[typing.Union[PodDefaultSpecInitContainersLifecyclePostStart, typing.Dict[builtins.str, typing.Any]]] = None,
    pre_stop: typing.Optional[typing.Union[PodDefaultSpecInitContainersLifecyclePreStop, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__371b13f808f046d3a671861b077e3f98cbc475854502c7c93885f704a37896d5(
    *,
    exec: typing.Optional[typing.Union[PodDefaultSpecInitContainersLifecyclePostStartExec, typing.Dict[builtins.str, typing.Any]]] = None,
    http_get: typing.Optional[typing.Union[PodDefaultSpecInitContainersLifecyclePostStartHttpGet, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp_socket: typing.Optional[typing.Union[PodDefaultSpecInitContainersLifecyclePostStartTcpSocket, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85d655025a36a60a952b666ff2e1ace17ee7f6441f69245d367ef30a563c3156(
    *,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83f37e5faf6262eb508021d689e2b96763dd033b23758822802b3a7ffcda200b(
    *,
    port: PodDefaultSpecInitContainersLifecyclePostStartHttpGetPort,
    host: typing.Optional[builtins.str] = None,
    http_headers: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecInitContainersLifecyclePostStartHttpGetHttpHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    path: typing.Optional[builtins.str] = None,
    scheme: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0469dace5f6b0d3dd6bfda0b3d5e883aff5bfd4ab8c580e7e192df0602fac99e(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cbc044c7fde2e1a773d661049c0554b181afed8e3ef3abefb84aef3bbad99fc6(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6dfb2d674e479a97d87dc819a4b4314605ee56aa6e5cc7e1bd921f06ab7fbc5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e65749b5fd5b7eb984299c2b03cf1493ea1ca4a8210c62d6f4e8f2f4f728fa7b(
    *,
    port: PodDefaultSpecInitContainersLifecyclePostStartTcpSocketPort,
    host: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dea6bd407f951d2d554f3838b735cd5bca7a53a7cd0995554f352b748163b894(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3dfaae513eea79710e84ab0ba9d96b1fcf1d0421a96bf00a17647e84356b0477(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__869ccf61ee597f8e895b11d1b5629c2e2e971d8da4b7bb026d096c11419ce2c8(
    *,
    exec: typing.Optional[typing.Union[PodDefaultSpecInitContainersLifecyclePreStopExec, typing.Dict[builtins.str, typing.Any]]] = None,
    http_get: typing.Optional[typing.Union[PodDefaultSpecInitContainersLifecyclePreStopHttpGet, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp_socket: typing.Optional[typing.Union[PodDefaultSpecInitContainersLifecyclePreStopTcpSocket, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c35fb2b16aca905379d80e9ffbc93c49b3a777130160032190f873e47a626c23(
    *,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__983d25d264a0aa150eba1129a745d5297f1c0ca80cc2dd2618b66cdb70c870c0(
    *,
    port: PodDefaultSpecInitContainersLifecyclePreStopHttpGetPort,
    host: typing.Optional[builtins.str] = None,
    http_headers: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecInitContainersLifecyclePreStopHttpGetHttpHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    path: typing.Optional[builtins.str] = None,
    scheme: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__283745c2d072196c18c4f580529705ffa3b28609cd1489c8948f47d0165e644b(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ca0ee3188fec5fa8bb0a47afd99acfaa16fab6cc8fef440aef31995a7646d93(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a2b4f2c9d142e2347e557aafcc1fd77f3cff0c647f9cd654d2d6627d5bdf44d6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3bcb70d333020859fb3bb3104460400b5afd4335e552f6e3f93b05d16b478bb3(
    *,
    port: PodDefaultSpecInitContainersLifecyclePreStopTcpSocketPort,
    host: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a251383b8324b797afa631795d37f6d18896ea07508d8dcd3005e64bdf7cf13(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca98a7a4bfc9f5f944d51d260a8f966fc5e9f71d8c5fc2ccc88a51f9b44c6077(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db3c6fe51c66b1a7848c83fdee1973ad6c195cf9314484984307cc081e565da4(
    *,
    exec: typing.Optional[typing.Union[PodDefaultSpecInitContainersLivenessProbeExec, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_threshold: typing.Optional[jsii.Number] = None,
    grpc: typing.Optional[typing.Union[PodDefaultSpecInitContainersLivenessProbeGrpc, typing.Dict[builtins.str, typing.Any]]] = None,
    http_get: typing.Optional[typing.Union[PodDefaultSpecInitContainersLivenessProbeHttpGet, typing.Dict[builtins.str, typing.Any]]] = None,
    initial_delay_seconds: typing.Optional[jsii.Number] = None,
    period_seconds: typing.Optional[jsii.Number] = None,
    success_threshold: typing.Optional[jsii.Number] = None,
    tcp_socket: typing.Optional[typing.Union[PodDefaultSpecInitContainersLivenessProbeTcpSocket, typing.Dict[builtins.str, typing.Any]]] = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f087aba1e2a0d662fb3ce5395415a5bfd9969200c995c66e1e748de8be7af33(
    *,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0dc0b6a032fd776f20854f837bfbcbb78bbc0973c7476cc115ae2daa2c7b7f1a(
    *,
    port: jsii.Number,
    service: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f3b872348ca8797aef974a2782c71004d00f9a20418f96a0be1b758382550a9(
    *,
    port: PodDefaultSpecInitContainersLivenessProbeHttpGetPort,
    host: typing.Optional[builtins.str] = None,
    http_headers: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecInitContainersLivenessProbeHttpGetHttpHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    path: typing.Optional[builtins.str] = None,
    scheme: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c161064ba29d4e2e4f181981c8cce5231171ec5886550d66ee3c2512b37963a3(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1af65c1cad0dc309026d84886d6e2bdc3ff5014a546b6bdb0353054e4ca2c48e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df8045e5ca050dcb0ac5ef8366043828331ad5828f40f092aca85a98fbddc318(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87dbe3bd1b2f0d34165e5d08e48db45407adc03d461a9401fcc250ca6634a42b(
    *,
    port: PodDefaultSpecInitContainersLivenessProbeTcpSocketPort,
    host: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__56d9b4ab37f11cd7aa18c0eaa8d263c2abc1f919a046c5341f3c6f9616b759c7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__106b9dcb353385882943539c6308b4e882b2d5551b112b021cac31e6aa034376(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8bafbd2581abeb3433da8de2d82b0c98b92a479c3d7c56ecb32c74889e5c219(
    *,
    container_port: jsii.Number,
    host_ip: typing.Optional[builtins.str] = None,
    host_port: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a85196f075edd9383eb500b237b6a8a22f617056395f6a780b1759abd7aab51e(
    *,
    exec: typing.Optional[typing.Union[PodDefaultSpecInitContainersReadinessProbeExec, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_threshold: typing.Optional[jsii.Number] = None,
    grpc: typing.Optional[typing.Union[PodDefaultSpecInitContainersReadinessProbeGrpc, typing.Dict[builtins.str, typing.Any]]] = None,
    http_get: typing.Optional[typing.Union[PodDefaultSpecInitContainersReadinessProbeHttpGet, typing.Dict[builtins.str, typing.Any]]] = None,
    initial_delay_seconds: typing.Optional[jsii.Number] = None,
    period_seconds: typing.Optional[jsii.Number] = None,
    success_threshold: typing.Optional[jsii.Number] = None,
    tcp_socket: typing.Optional[typing.Union[PodDefaultSpecInitContainersReadinessProbeTcpSocket, typing.Dict[builtins.str, typing.Any]]] = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e50ed13c726e8ac97d3e7f06aa873d1abe2f23b5817d8cce2367ef89c4f19e75(
    *,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0257247809983e78f53e9f5d4d34978fdcb4ef9cbf7476b6d7031b6b77664f2(
    *,
    port: jsii.Number,
    service: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__98ce59e38057b13f70d976849586e2de6512a3ec68b7c7d4e3791765e7234c8c(
    *,
    port: PodDefaultSpecInitContainersReadinessProbeHttpGetPort,
    host: typing.Optional[builtins.str] = None,
    http_headers: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecInitContainersReadinessProbeHttpGetHttpHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    path: typing.Optional[builtins.str] = None,
    scheme: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e95f87ffdafae09373af9422d0fe152540cccab4048f914eec1d84689763be28(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a63b554a2bafb463fce542a38eb7b97a6d87f9954967491c5ea1b1692d616e2e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bf8633c9043cb8ca42d4b20ba5a506615a919b3e71200330ac6b7d75cf88c3f6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a44dd25c40c63d8e1965f384c881d5fb177de171d989944c3f26f6f4134360dd(
    *,
    port: PodDefaultSpecInitContainersReadinessProbeTcpSocketPort,
    host: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e104230c30feb4eedab42e1e86a7bba330fafb802234da9d04e38ebcbdfb8413(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77a9c1e582b8f4f2458ca25821fcc729ebe961b5eae264a077f9b871f42434c4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4775e412a1c084e07e54977cf64680f205127b9527b0cf10d67f425e730ab36e(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, PodDefaultSpecInitContainersResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, PodDefaultSpecInitContainersResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef2ca63e1fd79c0e2ccf49bf37275e9b455553adae12fc5e1da05d783de34674(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a92dc021a886f61a649ece7dbed1b40b2e3637446968bc145b042a7be096817(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__520fcbf7d52107edd948d1b05b7544ea6c4c61bc1f476f0068c60d5b89ea4b06(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2087928466b334af194f73a7c18faa5c2657f0fed416120445e9b80634e90760(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__62bda5a4152f8da0331672bb9d000048048df35deec159aecd109b1011fdadcf(
    *,
    allow_privilege_escalation: typing.Optional[builtins.bool] = None,
    capabilities: typing.Optional[typing.Union[PodDefaultSpecInitContainersSecurityContextCapabilities, typing.Dict[builtins.str, typing.Any]]] = None,
    privileged: typing.Optional[builtins.bool] = None,
    proc_mount: typing.Optional[builtins.str] = None,
    read_only_root_filesystem: typing.Optional[builtins.bool] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Optional[typing.Union[PodDefaultSpecInitContainersSecurityContextSeccompProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    se_linux_options: typing.Optional[typing.Union[PodDefaultSpecInitContainersSecurityContextSeLinuxOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    windows_options: typing.Optional[typing.Union[PodDefaultSpecInitContainersSecurityContextWindowsOptions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be2427174b45d94000d37c1962f5d70b8aae2b7f2ba6d609b6b0b46de4c9cc81(
    *,
    add: typing.Optional[typing.Sequence[builtins.str]] = None,
    drop: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__98645984abf9df4d817cef18056d8704de82c6570267c6b61f197316d3e63043(
    *,
    level: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e395c7ad72a3606be75a08930e55f1a107466ffcae2002a63850bae7995140d2(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eadf751b5763a0685feb58f21fc08233118532939e1716ade022dc1e6cc50785(
    *,
    gmsa_credential_spec: typing.Optional[builtins.str] = None,
    gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
    host_process: typing.Optional[builtins.bool] = None,
    run_as_user_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b16fd1bf72b2eb4bc3e4da747869b1f15c2eb707ec48cdf7032f053e0e8118f(
    *,
    exec: typing.Optional[typing.Union[PodDefaultSpecInitContainersStartupProbeExec, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_threshold: typing.Optional[jsii.Number] = None,
    grpc: typing.Optional[typing.Union[PodDefaultSpecInitContainersStartupProbeGrpc, typing.Dict[builtins.str, typing.Any]]] = None,
    http_get: typing.Optional[typing.Union[PodDefaultSpecInitContainersStartupProbeHttpGet, typing.Dict[builtins.str, typing.Any]]] = None,
    initial_delay_seconds: typing.Optional[jsii.Number] = None,
    period_seconds: typing.Optional[jsii.Number] = None,
    success_threshold: typing.Optional[jsii.Number] = None,
    tcp_socket: typing.Optional[typing.Union[PodDefaultSpecInitContainersStartupProbeTcpSocket, typing.Dict[builtins.str, typing.Any]]] = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eaab0a28de5e87135b3e8234b84fa9fa69b810be67dd19114b5c4344a56e4520(
    *,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b51a4655e2087e4596e6619933a3b50ac67c0bf6df91decf4667a2b7ef02ba4(
    *,
    port: jsii.Number,
    service: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__269736a7e1fdf23649d1d0d64dd838e34ee5c1740f47d713d4c4f173831efecb(
    *,
    port: PodDefaultSpecInitContainersStartupProbeHttpGetPort,
    host: typing.Optional[builtins.str] = None,
    http_headers: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecInitContainersStartupProbeHttpGetHttpHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    path: typing.Optional[builtins.str] = None,
    scheme: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9578cc644f5aa7d032430c9073470cbf91080bd4ecc0dcace961a806d5fcc4d(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea81589c1c3d32eec0d46706a1bd9997e84571e9125b691d42fc6ce41bbfdcde(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__376e27bead84a008763adcded73c833330e19ef0e794b90b300f45cf893a3d72(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b6153133fd1118dfdadf155b7abad9f9d46634b0c3e73a87555746857c6d438c(
    *,
    port: PodDefaultSpecInitContainersStartupProbeTcpSocketPort,
    host: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bbb1d2afe21a0e3beb0d1d014d104ffa42c97523ac575c356e0c6b60bc13f88b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65b3c98651f2f610e17b1d60fffc8ce03a7390c420f9e58b2846fdeb1e0330da(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bf049b0c03d7e6ef3faae19d0658f1499f31868f8ab0a00926470867390e4431(
    *,
    device_path: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96834296eed8b288e5fd84412a087ceb5774adcafb9994da6b1d6da8068d94ea(
    *,
    mount_path: builtins.str,
    name: builtins.str,
    mount_propagation: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    sub_path: typing.Optional[builtins.str] = None,
    sub_path_expr: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6e6236e5bed2c49219d7404435221e83d2e761cfe2fbcfaf61923c2f0e44b70(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__209f82e8e1443bca005d94b1b5aaa319cd3386d0d1520525518c391ec4ebf026(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70badd3fe4ae010ae1a48bc31c8d6a4f433df4cf95e63f0441ea1af95571b23b(
    *,
    name: builtins.str,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    env: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecSidecarsEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    env_from: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecSidecarsEnvFrom, typing.Dict[builtins.str, typing.Any]]]] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    lifecycle: typing.Optional[typing.Union[PodDefaultSpecSidecarsLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    liveness_probe: typing.Optional[typing.Union[PodDefaultSpecSidecarsLivenessProbe, typing.Dict[builtins.str, typing.Any]]] = None,
    ports: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecSidecarsPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
    readiness_probe: typing.Optional[typing.Union[PodDefaultSpecSidecarsReadinessProbe, typing.Dict[builtins.str, typing.Any]]] = None,
    resources: typing.Optional[typing.Union[PodDefaultSpecSidecarsResources, typing.Dict[builtins.str, typing.Any]]] = None,
    security_context: typing.Optional[typing.Union[PodDefaultSpecSidecarsSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    startup_probe: typing.Optional[typing.Union[PodDefaultSpecSidecarsStartupProbe, typing.Dict[builtins.str, typing.Any]]] = None,
    stdin: typing.Optional[builtins.bool] = None,
    stdin_once: typing.Optional[builtins.bool] = None,
    termination_message_path: typing.Optional[builtins.str] = None,
    termination_message_policy: typing.Optional[builtins.str] = None,
    tty: typing.Optional[builtins.bool] = None,
    volume_devices: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecSidecarsVolumeDevices, typing.Dict[builtins.str, typing.Any]]]] = None,
    volume_mounts: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecSidecarsVolumeMounts, typing.Dict[builtins.str, typing.Any]]]] = None,
    working_dir: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9f8bcc60d3c4d2c8db3fb2e3dd20a759271371a5297b955293e529204e1a9422(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[PodDefaultSpecSidecarsEnvValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8110bb302cc274d7474ebdb5c469ca67006eadf1c6b6fd707951c08328a39a8a(
    *,
    config_map_ref: typing.Optional[typing.Union[PodDefaultSpecSidecarsEnvFromConfigMapRef, typing.Dict[builtins.str, typing.Any]]] = None,
    prefix: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[PodDefaultSpecSidecarsEnvFromSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95b287a27dbdf82f18bea56e772f9c61f946ea8c2030ef83c204bb8a905bd49b(
    *,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__02c98560759ebcac91bd448693419e0f8cc989765ec2ea4848aa558494b0c3d7(
    *,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b44ecc8cda91db75f455c1a251f08cba8ce912024ad58da344ff0589587ebf3(
    *,
    config_map_key_ref: typing.Optional[typing.Union[PodDefaultSpecSidecarsEnvValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[PodDefaultSpecSidecarsEnvValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[PodDefaultSpecSidecarsEnvValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[PodDefaultSpecSidecarsEnvValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7236e1dc16f205aa2c04c3b478db2a5dfa769edf06bd60c3f09bb42a750d097d(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3866024eac4b5696b346a74eae52f36da26d3a1566b4d3c012c908c401590d6c(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__308ec79c366b72cb32152184754eac6e76ecddacab124928543de277eef6c5bf(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[PodDefaultSpecSidecarsEnvValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23544a2a18a7313c593ca40a72f828a590aacd94ac8885de62d1040da1675397(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__62490ba06ca192f6c61eb6beda595753134e8acc5a1551005a8791ef8a47d578(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26fbec4317bf3f192475c8df3213d73fea0bfb51aa32869412d1aa21bdce77f0(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__32e34bdca6a85fa31f2da22140d4d35149d181e2f618c769908d27b823c0fb06(
    *,
    post_start: typing.Optional[typing.Union[PodDefaultSpecSidecarsLifecyclePostStart, typing.Dict[builtins.str, typing.Any]]] = None,
    pre_stop: typing.Optional[typing.Union[PodDefaultSpecSidecarsLifecyclePreStop, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d77847baa0078cf605326e1e18ded4c9b730c896bbef753ffecfbf3d4e8b332f(
    *,
    exec: typing.Optional[typing.Union[PodDefaultSpecSidecarsLifecyclePostStartExec, typing.Dict[builtins.str, typing.Any]]] = None,
    http_get: typing.Optional[typing.Union[PodDefaultSpecSidecarsLifecyclePostStartHttpGet, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp_socket: typing.Optional[typing.Union[PodDefaultSpecSidecarsLifecyclePostStartTcpSocket, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__415c641b7ce9b95232b48c8df372f84a698801d31eca29a53e80e7050479845c(
    *,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96d5839e30973d1a5123b08657b3574f15f52c8b627c0e3552b5e4457accd354(
    *,
    port: PodDefaultSpecSidecarsLifecyclePostStartHttpGetPort,
    host: typing.Optional[builtins.str] = None,
    http_headers: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecSidecarsLifecyclePostStartHttpGetHttpHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    path: typing.Optional[builtins.str] = None,
    scheme: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__48011ee325d8174602b8819461689e08296d02925bbcbaab4408481f89fc4f72(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12e8617d1d896ee360189f1b901fe12a90088539766a491a898bb64f69ab5304(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7abe1146fc0dd4ce8b9494863e85ae098107dbd28ddf7c3752e341cd81f5b7c6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8ab34514cd5735bad3787d37bf8e4b162b6af678f4f38d9e9f3f825d8cd52e1(
    *,
    port: PodDefaultSpecSidecarsLifecyclePostStartTcpSocketPort,
    host: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92be412d0349b6808f35cc4eae839af064895054fdcc081a36916567e3ad6ccd(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f8192712b2cdfdd20caaaa8ca0b6f6be71e4849e6fdf89eb14e138e5da725fc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4bdc353291c1ee13ff4a786434a5886103032e648cc75f8f7302ebf6c760aa43(
    *,
    exec: typing.Optional[typing.Union[PodDefaultSpecSidecarsLifecyclePreStopExec, typing.Dict[builtins.str, typing.Any]]] = None,
    http_get: typing.Optional[typing.Union[PodDefaultSpecSidecarsLifecyclePreStopHttpGet, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp_socket: typing.Optional[typing.Union[PodDefaultSpecSidecarsLifecyclePreStopTcpSocket, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6165c1c11a98a00e6f0da8bd3feea3cea69cda9a2a19dd053d7d029426f6f976(
    *,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5488dcba2d32320069fc715af593bf83da53768db7f6540c25049a08e7d777d6(
    *,
    port: PodDefaultSpecSidecarsLifecyclePreStopHttpGetPort,
    host: typing.Optional[builtins.str] = None,
    http_headers: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecSidecarsLifecyclePreStopHttpGetHttpHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    path: typing.Optional[builtins.str] = None,
    scheme: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a8310aeefd0a1e2c19cbb87269a85911d162bfb740be833b88a606ede00b1f1(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__32d17d3c2ad321d6e41798850443452b29bebf9a2be3d97aadc7e519cf070650(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b12e79eca88dbe88f397a9f8c2580235639c51a3d0169afc01675c2c33428d4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e13de64c337986c26db4b10644ad0a03a35d7cf789b7ca295c22598ccbcb9862(
    *,
    port: PodDefaultSpecSidecarsLifecyclePreStopTcpSocketPort,
    host: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74db58397ff13e6de6609f7159055ca78575a588fd3694f869ddf57d76407145(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee0298c851600b9e9d3fb6742ce18240d22b6a9de9651e0d415c8d2e78ea861c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a91dc3953c3413d3bccfc591845ff426ec0c5bff73c16ce2072d0989acdd5d71(
    *,
    exec: typing.Optional[typing.Union[PodDefaultSpecSidecarsLivenessProbeExec, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_threshold: typing.Optional[jsii.Number] = None,
    grpc: typing.Optional[typing.Union[PodDefaultSpecSidecarsLivenessProbeGrpc, typing.Dict[builtins.str, typing.Any]]] = None,
    http_get: typing.Optional[typing.Union[PodDefaultSpecSidecarsLivenessProbeHttpGet, typing.Dict[builtins.str, typing.Any]]] = None,
    initial_delay_seconds: typing.Optional[jsii.Number] = None,
    period_seconds: typing.Optional[jsii.Number] = None,
    success_threshold: typing.Optional[jsii.Number] = None,
    tcp_socket: typing.Optional[typing.Union[PodDefaultSpecSidecarsLivenessProbeTcpSocket, typing.Dict[builtins.str, typing.Any]]] = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c365ad8b077ee4395417e92278b92d2936933a24d2d74cced96232ea481020a1(
    *,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70b4c5ae43e27e11c30a4a4e648baa26b9b9bed276d4b3987841564120e971c2(
    *,
    port: jsii.Number,
    service: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a119007129f4cc820a193ce5be7dce129c314cc1512b7f7f52cf242dc3d16ba(
    *,
    port: PodDefaultSpecSidecarsLivenessProbeHttpGetPort,
    host: typing.Optional[builtins.str] = None,
    http_headers: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecSidecarsLivenessProbeHttpGetHttpHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    path: typing.Optional[builtins.str] = None,
    scheme: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c888a9dfded6f50c2b84dd058d000ed558b1617e62f8d28487c40d4e2927af80(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ddec1e3cb122e9a8406c45183ce5427d30d63898164acc2c13e4d497483ab2d3(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f3ed9d80e1bdcc0f52d5b15dab8d22f4d429a8e4343a9a522f9b1540a845878(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__35dca272d61ac46b09824ec326ec8d688e53fc98b0b1ec832ee53d561cf88298(
    *,
    port: PodDefaultSpecSidecarsLivenessProbeTcpSocketPort,
    host: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__786143ba5f9b3066a0e055ffd609b6674848df989c8f72fe9eaf77ceb80eeee7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b19e89b55e6c8437f54d80763a23cf269475fbd89917e5dd02895a753ed7bf33(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__266bf6e2b74083705c70ec97264e7bb02f9c86759f9ac01fb6492393860d2c8e(
    *,
    container_port: jsii.Number,
    host_ip: typing.Optional[builtins.str] = None,
    host_port: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04282e704a07c79c56bf5b93b0b0d574b3cb92fce7fe8b605f44d834f5c10a95(
    *,
    exec: typing.Optional[typing.Union[PodDefaultSpecSidecarsReadinessProbeExec, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_threshold: typing.Optional[jsii.Number] = None,
    grpc: typing.Optional[typing.Union[PodDefaultSpecSidecarsReadinessProbeGrpc, typing.Dict[builtins.str, typing.Any]]] = None,
    http_get: typing.Optional[typing.Union[PodDefaultSpecSidecarsReadinessProbeHttpGet, typing.Dict[builtins.str, typing.Any]]] = None,
    initial_delay_seconds: typing.Optional[jsii.Number] = None,
    period_seconds: typing.Optional[jsii.Number] = None,
    success_threshold: typing.Optional[jsii.Number] = None,
    tcp_socket: typing.Optional[typing.Union[PodDefaultSpecSidecarsReadinessProbeTcpSocket, typing.Dict[builtins.str, typing.Any]]] = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eaf3dd5b509fc3cb4f80fa628b30aa8046b3cd1e7d41b2456db266391f34099a(
    *,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3dd07a02c15ee406a4e59e70fd4eefc2bf73add1b413cd7a1fa9752caf360e4c(
    *,
    port: jsii.Number,
    service: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4a4fc10fc640ab1f1c1ef3de644bbdf441679d1cedc99ded620f2f3c77de089(
    *,
    port: PodDefaultSpecSidecarsReadinessProbeHttpGetPort,
    host: typing.Optional[builtins.str] = None,
    http_headers: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecSidecarsReadinessProbeHttpGetHttpHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    path: typing.Optional[builtins.str] = None,
    scheme: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67db295481a83e47ff1ad9c84b0654296cdfdf37fd6b2083ccd4254886cc7ac6(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__69f7f65e32fa7923d97b5790d6091ddce0b123457a2c5bcf4b23b9e71c91e2c9(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04ea2b09b51e57ff18f5b4292bdca83874780cb3879e1ce42b4dd3aa3c24542d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f626b676c722b1ec9dd8b04c7666b779d286d228fb138461c0931be418a400fa(
    *,
    port: PodDefaultSpecSidecarsReadinessProbeTcpSocketPort,
    host: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__410844ee5714218c7a709c03d2da9f5f566b7f7046438462d03171c4648f14d6(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ce6058a18463bb181390adc7a78b9691b6813fb3b3908a1130f6fa0e0f0be33(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c63d7fa4ba048b21ad74af5dbcf55bfa245e618b3816264331a63cf8bb94c5f2(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, PodDefaultSpecSidecarsResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, PodDefaultSpecSidecarsResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__694033bfad9bab6088947062ff08e2c045d317dbbd6441adcb621f3702d690ee(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ccc2b98e57eb31f257a657d10d47ed9215137703260deb5b80cf1a93c9a9e175(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8fbd1c2e9f99efa0d97ba89a63b407a0628d6722c917a1fdf2adaa81a46e634(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42441839160c4c6ce341c4136eb4163093316add193fce1795498718fc382b37(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__edeb37e0dd6653d49cc123b11686d8a7d8b945d7a8f13d6f62ac530b15e9dbaf(
    *,
    allow_privilege_escalation: typing.Optional[builtins.bool] = None,
    capabilities: typing.Optional[typing.Union[PodDefaultSpecSidecarsSecurityContextCapabilities, typing.Dict[builtins.str, typing.Any]]] = None,
    privileged: typing.Optional[builtins.bool] = None,
    proc_mount: typing.Optional[builtins.str] = None,
    read_only_root_filesystem: typing.Optional[builtins.bool] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Optional[typing.Union[PodDefaultSpecSidecarsSecurityContextSeccompProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    se_linux_options: typing.Optional[typing.Union[PodDefaultSpecSidecarsSecurityContextSeLinuxOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    windows_options: typing.Optional[typing.Union[PodDefaultSpecSidecarsSecurityContextWindowsOptions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff2b7c3faa1bf4b514b5b66b1387ae136fcc295149f3dbbd0f0f6708097fe6e3(
    *,
    add: typing.Optional[typing.Sequence[builtins.str]] = None,
    drop: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6207675e721d9474fa63a2bc36b07a1172854ab15ff2dd221f543b59cbaca9f(
    *,
    level: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f2fdb0dee92fb48453156b9286223b88dab23d2adbc09c474c54ce2afa3c9ff7(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fef7370b90b53503bfcc955d2cd6f1540661ecc51e9b212ae85e520b8baaa783(
    *,
    gmsa_credential_spec: typing.Optional[builtins.str] = None,
    gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
    host_process: typing.Optional[builtins.bool] = None,
    run_as_user_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__997b162cdf11c67e8f7dad4c942b2999bae9f979f9d2e3f9299992b34fa0a97a(
    *,
    exec: typing.Optional[typing.Union[PodDefaultSpecSidecarsStartupProbeExec, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_threshold: typing.Optional[jsii.Number] = None,
    grpc: typing.Optional[typing.Union[PodDefaultSpecSidecarsStartupProbeGrpc, typing.Dict[builtins.str, typing.Any]]] = None,
    http_get: typing.Optional[typing.Union[PodDefaultSpecSidecarsStartupProbeHttpGet, typing.Dict[builtins.str, typing.Any]]] = None,
    initial_delay_seconds: typing.Optional[jsii.Number] = None,
    period_seconds: typing.Optional[jsii.Number] = None,
    success_threshold: typing.Optional[jsii.Number] = None,
    tcp_socket: typing.Optional[typing.Union[PodDefaultSpecSidecarsStartupProbeTcpSocket, typing.Dict[builtins.str, typing.Any]]] = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2bef55d2e17a7ba5cb6dbee47c8ba89467f65fb6abe64854cb95480d29ef10ca(
    *,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a6a824896b454593364b98e3b7e05e2ae5fcbdbf871208b13e99ae36800837e(
    *,
    port: jsii.Number,
    service: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c121cc878ac594d1b8910433dfc9c00ad171fd1f764858c30908be93313098e(
    *,
    port: PodDefaultSpecSidecarsStartupProbeHttpGetPort,
    host: typing.Optional[builtins.str] = None,
    http_headers: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecSidecarsStartupProbeHttpGetHttpHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    path: typing.Optional[builtins.str] = None,
    scheme: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db7e7dff9ec35b15d5460646077b811a962686e8eeb0d5814f36296a9d7f6c9d(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__306e95e80cd6a5229f3015f46d1df3a9859def0bb25a051917f0f6bb50313c6d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16b54d0d0c7e9d85b8cf24d19590ad14a78df2838befbd07dc148df5e487b02b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cfa2b45c04899d01583b28e64809cb88453545e4d7b8155c083b3242aa74aebd(
    *,
    port: PodDefaultSpecSidecarsStartupProbeTcpSocketPort,
    host: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1f5f9dd56158aba2cad043219a0a8c760b5a63520eaf5401889c32c13ef1923(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__931c55023e40604bbf1881ebb9075e05d8e733831c7a01d12344982bb64f8150(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2571e865b1f6a756f4060c1256edb38665427ad2063e71fea76ff0a25897fc56(
    *,
    device_path: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f1bfbdd76e7d5fbacf27159b4b119afb95e8ab005ed1da20692c6bf78a1d5f3(
    *,
    mount_path: builtins.str,
    name: builtins.str,
    mount_propagation: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    sub_path: typing.Optional[builtins.str] = None,
    sub_path_expr: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8eec6c36857ba9b3ecb0734f00738bf784474ac0f3bd411f33c4490f06bbbea(
    *,
    effect: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    toleration_seconds: typing.Optional[jsii.Number] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b202709b844cebd3b837a407925fb3dde3e2332624630097a3b74e6f140594cb(
    *,
    mount_path: builtins.str,
    name: builtins.str,
    mount_propagation: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    sub_path: typing.Optional[builtins.str] = None,
    sub_path_expr: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d043130dbff71a2c23940ed163f1f09b5ac8ae0ce5147148539ac35bab514608(
    *,
    name: builtins.str,
    aws_elastic_block_store: typing.Optional[typing.Union[PodDefaultSpecVolumesAwsElasticBlockStore, typing.Dict[builtins.str, typing.Any]]] = None,
    azure_disk: typing.Optional[typing.Union[PodDefaultSpecVolumesAzureDisk, typing.Dict[builtins.str, typing.Any]]] = None,
    azure_file: typing.Optional[typing.Union[PodDefaultSpecVolumesAzureFile, typing.Dict[builtins.str, typing.Any]]] = None,
    cephfs: typing.Optional[typing.Union[PodDefaultSpecVolumesCephfs, typing.Dict[builtins.str, typing.Any]]] = None,
    cinder: typing.Optional[typing.Union[PodDefaultSpecVolumesCinder, typing.Dict[builtins.str, typing.Any]]] = None,
    config_map: typing.Optional[typing.Union[PodDefaultSpecVolumesConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    csi: typing.Optional[typing.Union[PodDefaultSpecVolumesCsi, typing.Dict[builtins.str, typing.Any]]] = None,
    downward_api: typing.Optional[typing.Union[PodDefaultSpecVolumesDownwardApi, typing.Dict[builtins.str, typing.Any]]] = None,
    empty_dir: typing.Optional[typing.Union[PodDefaultSpecVolumesEmptyDir, typing.Dict[builtins.str, typing.Any]]] = None,
    ephemeral: typing.Optional[typing.Union[PodDefaultSpecVolumesEphemeral, typing.Dict[builtins.str, typing.Any]]] = None,
    fc: typing.Optional[typing.Union[PodDefaultSpecVolumesFc, typing.Dict[builtins.str, typing.Any]]] = None,
    flex_volume: typing.Optional[typing.Union[PodDefaultSpecVolumesFlexVolume, typing.Dict[builtins.str, typing.Any]]] = None,
    flocker: typing.Optional[typing.Union[PodDefaultSpecVolumesFlocker, typing.Dict[builtins.str, typing.Any]]] = None,
    gce_persistent_disk: typing.Optional[typing.Union[PodDefaultSpecVolumesGcePersistentDisk, typing.Dict[builtins.str, typing.Any]]] = None,
    git_repo: typing.Optional[typing.Union[PodDefaultSpecVolumesGitRepo, typing.Dict[builtins.str, typing.Any]]] = None,
    glusterfs: typing.Optional[typing.Union[PodDefaultSpecVolumesGlusterfs, typing.Dict[builtins.str, typing.Any]]] = None,
    host_path: typing.Optional[typing.Union[PodDefaultSpecVolumesHostPath, typing.Dict[builtins.str, typing.Any]]] = None,
    iscsi: typing.Optional[typing.Union[PodDefaultSpecVolumesIscsi, typing.Dict[builtins.str, typing.Any]]] = None,
    nfs: typing.Optional[typing.Union[PodDefaultSpecVolumesNfs, typing.Dict[builtins.str, typing.Any]]] = None,
    persistent_volume_claim: typing.Optional[typing.Union[PodDefaultSpecVolumesPersistentVolumeClaim, typing.Dict[builtins.str, typing.Any]]] = None,
    photon_persistent_disk: typing.Optional[typing.Union[PodDefaultSpecVolumesPhotonPersistentDisk, typing.Dict[builtins.str, typing.Any]]] = None,
    portworx_volume: typing.Optional[typing.Union[PodDefaultSpecVolumesPortworxVolume, typing.Dict[builtins.str, typing.Any]]] = None,
    projected: typing.Optional[typing.Union[PodDefaultSpecVolumesProjected, typing.Dict[builtins.str, typing.Any]]] = None,
    quobyte: typing.Optional[typing.Union[PodDefaultSpecVolumesQuobyte, typing.Dict[builtins.str, typing.Any]]] = None,
    rbd: typing.Optional[typing.Union[PodDefaultSpecVolumesRbd, typing.Dict[builtins.str, typing.Any]]] = None,
    scale_io: typing.Optional[typing.Union[PodDefaultSpecVolumesScaleIo, typing.Dict[builtins.str, typing.Any]]] = None,
    secret: typing.Optional[typing.Union[PodDefaultSpecVolumesSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    storageos: typing.Optional[typing.Union[PodDefaultSpecVolumesStorageos, typing.Dict[builtins.str, typing.Any]]] = None,
    vsphere_volume: typing.Optional[typing.Union[PodDefaultSpecVolumesVsphereVolume, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9924bbef4bdcb613e11e3cc20fc84674900bb164f12abfe2a539f766d8e24204(
    *,
    volume_id: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    partition: typing.Optional[jsii.Number] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__980992b3282d2f984f282c86efa4227052c7956c1a08deabb45f6bf60d208c11(
    *,
    disk_name: builtins.str,
    disk_uri: builtins.str,
    caching_mode: typing.Optional[builtins.str] = None,
    fs_type: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3914c877b4f4acb1b1e1c7a293c524c77efdce57583c52199df941368b017f8(
    *,
    secret_name: builtins.str,
    share_name: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70710f31e13df2c21d678749790249f386a7753d9c34e7e5c66025b69daab1a2(
    *,
    monitors: typing.Sequence[builtins.str],
    path: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    secret_file: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[PodDefaultSpecVolumesCephfsSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7222497fae1bd55313c4db262633d800c668fa20976071a7bcb6ae535470abbf(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a677ab2c405aab9b4ec16dfa3a65fd4fb2f4d9160030005347af1829479f892(
    *,
    volume_id: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    secret_ref: typing.Optional[typing.Union[PodDefaultSpecVolumesCinderSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5f23ca6cc2d27bfecc0ec42f773ab42a30e66f0cfceb7d0f621924a9c745463(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec1f4cefd961c81ce0d4369c126fd1ea9cd8b55f3c254be8e0bb410b8ebf9f4b(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    items: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecVolumesConfigMapItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a370f5e2c6ee683c80e5e2b470658f1711784d46d94de25f32b5e89d2433e36f(
    *,
    key: builtins.str,
    path: builtins.str,
    mode: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0e1ee0e5d9cb660fb74d8d933d7cdfb9682891fe4af9efc7ba02aa6347921e3(
    *,
    driver: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    node_publish_secret_ref: typing.Optional[typing.Union[PodDefaultSpecVolumesCsiNodePublishSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    read_only: typing.Optional[builtins.bool] = None,
    volume_attributes: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f5d4aa6585a01cf667c1b0e28461d9e0cac240e7642c84e4f3fd7938446a37d(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f777ac6127a5ce2c083e532dff13af80b882ea3609ae162ea6056e588580e89(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    items: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecVolumesDownwardApiItems, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b164c2c78449f584e86dcaf00bc9479bbabf0b5f5192c42f4ed96845f0b81b5(
    *,
    path: builtins.str,
    field_ref: typing.Optional[typing.Union[PodDefaultSpecVolumesDownwardApiItemsFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    mode: typing.Optional[jsii.Number] = None,
    resource_field_ref: typing.Optional[typing.Union[PodDefaultSpecVolumesDownwardApiItemsResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b390f2bf4a7d52edd0bb3f19aa5eeb034455116ec1cb0d8ff91f2ce34aa2a6e3(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a9b3690afb5f7cb278bb3d56600f1c7e4a0e5b8c819fa5da600e37a528eec5f(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[PodDefaultSpecVolumesDownwardApiItemsResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eff6ef4d1322e801d4f79a719c8d43238a00f83aa394d1540912464b6f3a4069(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f877358ce97b430e07a3e9fefdcd3e98d6a19a43c26f5a6e61ce247494a8ece(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ef02c188fa57842775714686b34ceb2750c968022a77ed749e61dda42833f22(
    *,
    medium: typing.Optional[builtins.str] = None,
    size_limit: typing.Optional[PodDefaultSpecVolumesEmptyDirSizeLimit] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de29f045037dbb9fb9a9807580dd08e906ad322e61ea98b2b0061988cf0f854d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15feccde8440098cd098b99d827958ca3fd451ab430683b50824918c9597fea1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33909a0fb8895b376fee278170c1c6c80ef12e0960bd16dfc1ecf3fc07a8744e(
    *,
    volume_claim_template: typing.Optional[typing.Union[PodDefaultSpecVolumesEphemeralVolumeClaimTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c1bf7eeea00a842cdcba4721fe4e8794387c2278555d50ed38a165ad9353a28(
    *,
    spec: typing.Union[PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f1d76a021d94d99ab1443dc07250dbedaaceee11be22b25f03221db155a709c(
    *,
    access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
    data_source: typing.Optional[typing.Union[PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource, typing.Dict[builtins.str, typing.Any]]] = None,
    data_source_ref: typing.Optional[typing.Union[PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resources: typing.Optional[typing.Union[PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResources, typing.Dict[builtins.str, typing.Any]]] = None,
    selector: typing.Optional[typing.Union[PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    storage_class_name: typing.Optional[builtins.str] = None,
    volume_mode: typing.Optional[builtins.str] = None,
    volume_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d1d5c5ad54c84c07407639cbaa1701252682059ff7a8dac92dfe9eb85213f3ee(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33cd7d3e6d97a0567eb5c8a9599bf9dc3fbc1f880ebfed9ef7c6b5e912ae75b6(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b982269c251123b01e8c21ae6aa72c62ca35b89e0970c545befacc1439746158(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f7de05ac2b825466c63bf8528bd371e6194d5ce0280e2b8e552d20d89c2ece1(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dfbc4998891673b3db26457300eb9d3cd46d4aeefa6b6ce7eb39bf887f0685ef(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00303437fa1a7c73c5e6922f67513a0abbc04a07c69c0ae9b0c4c54d1211a3d6(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__59ac379b49a295ea4bc3c783c7a23a2392d7c8a84a929af6d0de68a87d297157(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a6545aba8901d78c002075d1d45e0f49766d737e32896b6fa6894f518a1f8aa(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8db78ee440019639cbfd668f1997542aa747990f804af4b08fb70a165cb7336(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3af6d017400b04985d9cb4fe1a486e05416827aa877bc8f115d1281c83fcecd2(
    *,
    fs_type: typing.Optional[builtins.str] = None,
    lun: typing.Optional[jsii.Number] = None,
    read_only: typing.Optional[builtins.bool] = None,
    target_ww_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
    wwids: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b7679dd5a0c1e99ea28e5488b35295a3585052bc774e736ac1d4ecb2aa683ef4(
    *,
    driver: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    options: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    read_only: typing.Optional[builtins.bool] = None,
    secret_ref: typing.Optional[typing.Union[PodDefaultSpecVolumesFlexVolumeSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1544ef82b032c4cbe3d12df3fb6cb6744bbe9e48232daf3c91242633cc6b067e(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0683c68068e0ad9e96cdd3ff38da51dff0f563134aae11baf3702ebfd0607650(
    *,
    dataset_name: typing.Optional[builtins.str] = None,
    dataset_uuid: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b19db303ae9dda4d87ef91fcd74cfd0f3121cec4f6289b98532f1883b975b130(
    *,
    pd_name: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    partition: typing.Optional[jsii.Number] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd22af17f68601549a6442055223ebdf99ee890227413a8c372fbb952e48b0e7(
    *,
    repository: builtins.str,
    directory: typing.Optional[builtins.str] = None,
    revision: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cba5bbed6f4bba976c81140118a729ffca7afe545d4f69b5d58a1a58422d5a3(
    *,
    endpoints: builtins.str,
    path: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8763d08c073ce71b3a2058b8d7436ff14d73bf23623dbb31f924dc4b868457fd(
    *,
    path: builtins.str,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1165326b121ce8dc7bf3f4e0fb321b846c04e12183892cc3b4bbae1e1eb24e9(
    *,
    iqn: builtins.str,
    lun: jsii.Number,
    target_portal: builtins.str,
    chap_auth_discovery: typing.Optional[builtins.bool] = None,
    chap_auth_session: typing.Optional[builtins.bool] = None,
    fs_type: typing.Optional[builtins.str] = None,
    initiator_name: typing.Optional[builtins.str] = None,
    iscsi_interface: typing.Optional[builtins.str] = None,
    portals: typing.Optional[typing.Sequence[builtins.str]] = None,
    read_only: typing.Optional[builtins.bool] = None,
    secret_ref: typing.Optional[typing.Union[PodDefaultSpecVolumesIscsiSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67eb9e9670025e3c06c7224170eef6bd6f9e0c2da23394bbd75f617d55f345d5(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6fb42acbaea92361dc74af292b3f116884e2946306267f6d926e9edf8a1af9e0(
    *,
    path: builtins.str,
    server: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__667696fe3f70b9d7631afb9fd3973a8b273584519d2a44bf215a928fca2bc10d(
    *,
    claim_name: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c565cae9f841f4602301579d40fc409b5ab85682dde44aa29d19caa5a252985(
    *,
    pd_id: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ef011cef1c398af005c31f32f705530983b5d88e05f22724345e51c3cde34dc(
    *,
    volume_id: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7df92deccf50206d3da763b1f26b28bac12abeb61bad0cb8fb45220bf53f1acc(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    sources: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecVolumesProjectedSources, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__10b52b0d6808014b37e3f63bbc65565f4265ba4841b437721e18bf2af8c8ac10(
    *,
    config_map: typing.Optional[typing.Union[PodDefaultSpecVolumesProjectedSourcesConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    downward_api: typing.Optional[typing.Union[PodDefaultSpecVolumesProjectedSourcesDownwardApi, typing.Dict[builtins.str, typing.Any]]] = None,
    secret: typing.Optional[typing.Union[PodDefaultSpecVolumesProjectedSourcesSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_token: typing.Optional[typing.Union[PodDefaultSpecVolumesProjectedSourcesServiceAccountToken, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__40d6beadf8e17ed7e240eff9cc10bb41b6ba8b4d96015da83f3140651d1601fd(
    *,
    items: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecVolumesProjectedSourcesConfigMapItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d603b4421a5a7c7bce33fa10a885a7d0c3260e2eb7f637adf980deb1a73aad5a(
    *,
    key: builtins.str,
    path: builtins.str,
    mode: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b2a0cde875e5cdc0f0c3859142ac89018ad44cd9e732048e0d5275e636fad590(
    *,
    items: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecVolumesProjectedSourcesDownwardApiItems, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__24d2631c63ed6e82387890a5b7c493d0767bfecbf3ce2537e4354f8a9643e6c6(
    *,
    path: builtins.str,
    field_ref: typing.Optional[typing.Union[PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    mode: typing.Optional[jsii.Number] = None,
    resource_field_ref: typing.Optional[typing.Union[PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b9ad3bdae85edd922183ae6f71abe13c883cf3fc98b1ec3b83a6818c992b6df(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__553780a54f053d244f07d8162f5dbc6b6436823e3eafbd7a3dcc388f2113c0bf(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[PodDefaultSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9489448046444ff99bda85054e1c92821e700d3beaad4d3d15f560a6d1ebec51(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a417dc9739905680a0f28effa1a35cecb9311f393f35274ab65aea9c8fcce07(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0779cb03a86d8d4b10515c2ed09b383435234d29b98c922358cc35117002a6db(
    *,
    items: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecVolumesProjectedSourcesSecretItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e900ab7e1bb702d737421cd34475ba517f85503675a057af6022a0ce64710086(
    *,
    key: builtins.str,
    path: builtins.str,
    mode: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b304d68746ffc0ca3d82375bfe3605fe32cc69fc7f026ba20be6068fbf44164(
    *,
    path: builtins.str,
    audience: typing.Optional[builtins.str] = None,
    expiration_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8dd58a9f52c44761a41f874faa0dcbe73fe395dbf0a912e020786f52a2ebca7(
    *,
    registry: builtins.str,
    volume: builtins.str,
    group: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    tenant: typing.Optional[builtins.str] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f49ed11ac9b0ebb66318b2217127e99e1f2da43d3c2e7d90a416d674ad02c92(
    *,
    image: builtins.str,
    monitors: typing.Sequence[builtins.str],
    fs_type: typing.Optional[builtins.str] = None,
    keyring: typing.Optional[builtins.str] = None,
    pool: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    secret_ref: typing.Optional[typing.Union[PodDefaultSpecVolumesRbdSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ba5602676ebf20fd994a8dfc991365fd0a4321e03937f96adc746c90ca24e5d(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c9d1eeacec0c05ce16ffc82e5a2b3d9d9090a7e1f09885a4e2e081ece9cff79(
    *,
    gateway: builtins.str,
    secret_ref: typing.Union[PodDefaultSpecVolumesScaleIoSecretRef, typing.Dict[builtins.str, typing.Any]],
    system: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    protection_domain: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    ssl_enabled: typing.Optional[builtins.bool] = None,
    storage_mode: typing.Optional[builtins.str] = None,
    storage_pool: typing.Optional[builtins.str] = None,
    volume_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c193f009e843990c86074a56741760358f6744332d9f1b58b8392b271825b467(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0d23d02d7ca05be77372c11f317e39ace91f5a6ab1932fadf84b4d44673320b(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    items: typing.Optional[typing.Sequence[typing.Union[PodDefaultSpecVolumesSecretItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    optional: typing.Optional[builtins.bool] = None,
    secret_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__395eb7507bc0e0389144e18388cae0bfebe904936c6f8ed41811478d09557b39(
    *,
    key: builtins.str,
    path: builtins.str,
    mode: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__630aa42d39a8d54233a14e356f63689cc350efbe455a7abd4e62187858381f70(
    *,
    fs_type: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    secret_ref: typing.Optional[typing.Union[PodDefaultSpecVolumesStorageosSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_name: typing.Optional[builtins.str] = None,
    volume_namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87796d34ebc82c2bd9d796d47a9b2662a93e17fb5cf44509f8178465d9d03bb3(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__013cf92167504c9e22399c14357dc51ff917aaef2a094087df99ff933eb5f969(
    *,
    volume_path: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    storage_policy_id: typing.Optional[builtins.str] = None,
    storage_policy_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8b165231465d77da5d7bd92be1665326620a1597549063461adfdb757562186(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ProfileSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70b6cbba43ce3ce09f837841ad94860b2c1d809790968273595b0a348804e1f1(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ProfileSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__feb4d556854bce88b5e8deac6dc57b4f83895eedeefb57e04399338e5d73e5ba(
    *,
    owner: typing.Optional[typing.Union[ProfileSpecOwner, typing.Dict[builtins.str, typing.Any]]] = None,
    plugins: typing.Optional[typing.Sequence[typing.Union[ProfileSpecPlugins, typing.Dict[builtins.str, typing.Any]]]] = None,
    resource_quota_spec: typing.Optional[typing.Union[ProfileSpecResourceQuotaSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7447b5d5340ceb355787bc8303ad79e802927a35e68eeccf9df1ae2a18add4f8(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a67f6d1abe957a183fb4ac112026ae0c0acc390679a926993cfcca886a0bafe(
    *,
    api_version: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7607324b09fb1d6bff03499ba5b55571996b54ea218cf61d326e48fbee87d429(
    *,
    hard: typing.Optional[typing.Mapping[builtins.str, ProfileSpecResourceQuotaSpecHard]] = None,
    scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    scope_selector: typing.Optional[typing.Union[ProfileSpecResourceQuotaSpecScopeSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c7ce03569e9f9b36148091af94d36a57e2297db3bfb95b2af9f6923eb83ffd4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1123b53a43c5dbd232a17607cb6a8c24c33d9d6033bb2d2bcfeb89735a1d06e0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5a8b0f294acd434635ae75bb7ce655bfd64591c07379ab2e53a1691bb2276310(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ProfileSpecResourceQuotaSpecScopeSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__72a765712d9b38f747672f0bca00c44737b09eb9c986dc11452b619ebf706799(
    *,
    operator: builtins.str,
    scope_name: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bab0f45fa3cd6fc03308fe382252a9aa705e48c33ba11f8a51e4ac41e707b93f(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ProfileV1Beta1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__31df6ce267c040e372de5fefbf5b61ae5c513374a78c0f23a3acbca56aae0d3b(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ProfileV1Beta1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b342ba5f24dfe0c8e0e0d6a4e10bb20c557e88d81e61c24946da24f39cd91a8(
    *,
    owner: typing.Optional[typing.Union[ProfileV1Beta1SpecOwner, typing.Dict[builtins.str, typing.Any]]] = None,
    plugins: typing.Optional[typing.Sequence[typing.Union[ProfileV1Beta1SpecPlugins, typing.Dict[builtins.str, typing.Any]]]] = None,
    resource_quota_spec: typing.Optional[typing.Union[ProfileV1Beta1SpecResourceQuotaSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3cd6000534e519e94c46429d8b7dd141a44c95663c8e8f3d0dc462fb6c65b643(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__331633b6cc4adf403f60a8403fa6cd81be98edd37350a07cab9cbaed0bbec2f4(
    *,
    api_version: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__492d12aac190d23811697634e8981a122ad6fecfbe840ff2532491d2cee9199a(
    *,
    hard: typing.Optional[typing.Mapping[builtins.str, ProfileV1Beta1SpecResourceQuotaSpecHard]] = None,
    scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    scope_selector: typing.Optional[typing.Union[ProfileV1Beta1SpecResourceQuotaSpecScopeSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cca9224ba6750ce5de9deb05618a86af8bf7393dce5442ef8c2758d02cce1b2b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__104ced7908f82f09e1b11e44f1172fd88d88810884e6846987eff937283aa226(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c3215e0728197eb483285b066fe5a4bf5b54720ed02633bab5f958561aca2c2(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ProfileV1Beta1SpecResourceQuotaSpecScopeSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e2538eb94f0f6e26ca1fecfd3224ecb15334c89a86d13ef18a7c2a00c606d7a1(
    *,
    operator: builtins.str,
    scope_name: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass
