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


class Service(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_serviceusage_comgooglecloudcnrmserviceusage.Service",
):
    '''Service is the Schema for the Service API.

    :schema: Service
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ServiceSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Service" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: ServiceSpec defines the desired state of Service.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__46d0425df63a0ddc702ce387334949919ad4758cd07a40664583ee4f6abaf22e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ServiceProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ServiceSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Service".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: ServiceSpec defines the desired state of Service.
        '''
        props = ServiceProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Service".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kcc_serviceusage_comgooglecloudcnrmserviceusage.ServiceProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ServiceProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ServiceSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Service is the Schema for the Service API.

        :param metadata: 
        :param spec: ServiceSpec defines the desired state of Service.

        :schema: Service
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ServiceSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2ab67598d629f884d73c0e6a909e1d610ebe4293e5f0585c50ea395ec6dd48b1)
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
        :schema: Service#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ServiceSpec"]:
        '''ServiceSpec defines the desired state of Service.

        :schema: Service#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ServiceSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_serviceusage_comgooglecloudcnrmserviceusage.ServiceSpec",
    jsii_struct_bases=[],
    name_mapping={"project_ref": "projectRef", "resource_id": "resourceId"},
)
class ServiceSpec:
    def __init__(
        self,
        *,
        project_ref: typing.Optional[typing.Union["ServiceSpecProjectRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServiceSpec defines the desired state of Service.

        :param project_ref: The project that this resource belongs to.
        :param resource_id: Immutable. Optional. The service of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.

        :schema: ServiceSpec
        '''
        if isinstance(project_ref, dict):
            project_ref = ServiceSpecProjectRef(**project_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f1f24008cce313ccafce65c528259e520709d4d2d90e138c904484bfc726be4f)
            check_type(argname="argument project_ref", value=project_ref, expected_type=type_hints["project_ref"])
            check_type(argname="argument resource_id", value=resource_id, expected_type=type_hints["resource_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if project_ref is not None:
            self._values["project_ref"] = project_ref
        if resource_id is not None:
            self._values["resource_id"] = resource_id

    @builtins.property
    def project_ref(self) -> typing.Optional["ServiceSpecProjectRef"]:
        '''The project that this resource belongs to.

        :schema: ServiceSpec#projectRef
        '''
        result = self._values.get("project_ref")
        return typing.cast(typing.Optional["ServiceSpecProjectRef"], result)

    @builtins.property
    def resource_id(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Optional. The service of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.

        :schema: ServiceSpec#resourceID
        '''
        result = self._values.get("resource_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_serviceusage_comgooglecloudcnrmserviceusage.ServiceSpecProjectRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ServiceSpecProjectRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The project that this resource belongs to.

        :param external: The ``projectID`` field of a project, when not managed by Config Connector.
        :param name: The ``name`` field of a ``Project`` resource.
        :param namespace: The ``namespace`` field of a ``Project`` resource.

        :schema: ServiceSpecProjectRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__79098a73f5594096d99dbed640400cd13470643fa0106630eccebf73d2bb859a)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''The ``projectID`` field of a project, when not managed by Config Connector.

        :schema: ServiceSpecProjectRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The ``name`` field of a ``Project`` resource.

        :schema: ServiceSpecProjectRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The ``namespace`` field of a ``Project`` resource.

        :schema: ServiceSpecProjectRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceSpecProjectRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Service",
    "ServiceProps",
    "ServiceSpec",
    "ServiceSpecProjectRef",
]

publication.publish()

def _typecheckingstub__46d0425df63a0ddc702ce387334949919ad4758cd07a40664583ee4f6abaf22e(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ServiceSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ab67598d629f884d73c0e6a909e1d610ebe4293e5f0585c50ea395ec6dd48b1(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ServiceSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f1f24008cce313ccafce65c528259e520709d4d2d90e138c904484bfc726be4f(
    *,
    project_ref: typing.Optional[typing.Union[ServiceSpecProjectRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79098a73f5594096d99dbed640400cd13470643fa0106630eccebf73d2bb859a(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
