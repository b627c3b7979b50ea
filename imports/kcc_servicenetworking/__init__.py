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


class ServiceNetworkingConnection(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_servicenetworking_comgooglecloudcnrmservicenetworking.ServiceNetworkingConnection",
):
    '''
    :schema: ServiceNetworkingConnection
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ServiceNetworkingConnectionSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ServiceNetworkingConnection" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1d1b2b2fb71a9e9866a6484763c1ca4878252c63902d08a8877536cb41009196)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ServiceNetworkingConnectionProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ServiceNetworkingConnectionSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ServiceNetworkingConnection".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = ServiceNetworkingConnectionProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ServiceNetworkingConnection".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kcc_servicenetworking_comgooglecloudcnrmservicenetworking.ServiceNetworkingConnectionProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ServiceNetworkingConnectionProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ServiceNetworkingConnectionSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: ServiceNetworkingConnection
        '''
        if isinstance(spec, dict):
            spec = ServiceNetworkingConnectionSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__671b13f7e833a940d5e5b33dedbcaca92b07d1754dfc7ac0315796e512e19cb4)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ServiceNetworkingConnectionSpec":
        '''
        :schema: ServiceNetworkingConnection#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ServiceNetworkingConnectionSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ServiceNetworkingConnection#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceNetworkingConnectionProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_servicenetworking_comgooglecloudcnrmservicenetworking.ServiceNetworkingConnectionSpec",
    jsii_struct_bases=[],
    name_mapping={
        "network_ref": "networkRef",
        "reserved_peering_ranges": "reservedPeeringRanges",
        "service": "service",
    },
)
class ServiceNetworkingConnectionSpec:
    def __init__(
        self,
        *,
        network_ref: typing.Union["ServiceNetworkingConnectionSpecNetworkRef", typing.Dict[builtins.str, typing.Any]],
        reserved_peering_ranges: typing.Sequence[typing.Union["ServiceNetworkingConnectionSpecReservedPeeringRanges", typing.Dict[builtins.str, typing.Any]]],
        service: builtins.str,
    ) -> None:
        '''
        :param network_ref: 
        :param reserved_peering_ranges: 
        :param service: Immutable. Provider peering service that is managing peering connectivity for a service provider organization. For Google services that support this functionality it is 'servicenetworking.googleapis.com'.

        :schema: ServiceNetworkingConnectionSpec
        '''
        if isinstance(network_ref, dict):
            network_ref = ServiceNetworkingConnectionSpecNetworkRef(**network_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6ae86930166dd0bbdd5cfce2cd6b3ec048742b1e5334e6b03b1472cf19c67887)
            check_type(argname="argument network_ref", value=network_ref, expected_type=type_hints["network_ref"])
            check_type(argname="argument reserved_peering_ranges", value=reserved_peering_ranges, expected_type=type_hints["reserved_peering_ranges"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "network_ref": network_ref,
            "reserved_peering_ranges": reserved_peering_ranges,
            "service": service,
        }

    @builtins.property
    def network_ref(self) -> "ServiceNetworkingConnectionSpecNetworkRef":
        '''
        :schema: ServiceNetworkingConnectionSpec#networkRef
        '''
        result = self._values.get("network_ref")
        assert result is not None, "Required property 'network_ref' is missing"
        return typing.cast("ServiceNetworkingConnectionSpecNetworkRef", result)

    @builtins.property
    def reserved_peering_ranges(
        self,
    ) -> typing.List["ServiceNetworkingConnectionSpecReservedPeeringRanges"]:
        '''
        :schema: ServiceNetworkingConnectionSpec#reservedPeeringRanges
        '''
        result = self._values.get("reserved_peering_ranges")
        assert result is not None, "Required property 'reserved_peering_ranges' is missing"
        return typing.cast(typing.List["ServiceNetworkingConnectionSpecReservedPeeringRanges"], result)

    @builtins.property
    def service(self) -> builtins.str:
        '''Immutable.

        Provider peering service that is managing peering connectivity for a service provider organization. For Google services that support this functionality it is 'servicenetworking.googleapis.com'.

        :schema: ServiceNetworkingConnectionSpec#service
        '''
        result = self._values.get("service")
        assert result is not None, "Required property 'service' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceNetworkingConnectionSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_servicenetworking_comgooglecloudcnrmservicenetworking.ServiceNetworkingConnectionSpecNetworkRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ServiceNetworkingConnectionSpecNetworkRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param external: Allowed value: The ``name`` field of a ``ComputeNetwork`` resource.
        :param name: Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param namespace: Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: ServiceNetworkingConnectionSpecNetworkRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ff8f6a10655a11dfeb52d6344652aea306685cc34d11d87c6d1bbc12600f0619)
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
        '''Allowed value: The ``name`` field of a ``ComputeNetwork`` resource.

        :schema: ServiceNetworkingConnectionSpecNetworkRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: ServiceNetworkingConnectionSpecNetworkRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: ServiceNetworkingConnectionSpecNetworkRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceNetworkingConnectionSpecNetworkRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_servicenetworking_comgooglecloudcnrmservicenetworking.ServiceNetworkingConnectionSpecReservedPeeringRanges",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ServiceNetworkingConnectionSpecReservedPeeringRanges:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param external: Allowed value: The ``name`` field of a ``ComputeAddress`` resource.
        :param name: Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param namespace: Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: ServiceNetworkingConnectionSpecReservedPeeringRanges
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__378146103bb16c9bb760d23225f709b5e6fa15be081a57c046773143a7c99886)
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
        '''Allowed value: The ``name`` field of a ``ComputeAddress`` resource.

        :schema: ServiceNetworkingConnectionSpecReservedPeeringRanges#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: ServiceNetworkingConnectionSpecReservedPeeringRanges#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: ServiceNetworkingConnectionSpecReservedPeeringRanges#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceNetworkingConnectionSpecReservedPeeringRanges(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "ServiceNetworkingConnection",
    "ServiceNetworkingConnectionProps",
    "ServiceNetworkingConnectionSpec",
    "ServiceNetworkingConnectionSpecNetworkRef",
    "ServiceNetworkingConnectionSpecReservedPeeringRanges",
]

publication.publish()

def _typecheckingstub__1d1b2b2fb71a9e9866a6484763c1ca4878252c63902d08a8877536cb41009196(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ServiceNetworkingConnectionSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__671b13f7e833a940d5e5b33dedbcaca92b07d1754dfc7ac0315796e512e19cb4(
    *,
    spec: typing.Union[ServiceNetworkingConnectionSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ae86930166dd0bbdd5cfce2cd6b3ec048742b1e5334e6b03b1472cf19c67887(
    *,
    network_ref: typing.Union[ServiceNetworkingConnectionSpecNetworkRef, typing.Dict[builtins.str, typing.Any]],
    reserved_peering_ranges: typing.Sequence[typing.Union[ServiceNetworkingConnectionSpecReservedPeeringRanges, typing.Dict[builtins.str, typing.Any]]],
    service: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff8f6a10655a11dfeb52d6344652aea306685cc34d11d87c6d1bbc12600f0619(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__378146103bb16c9bb760d23225f709b5e6fa15be081a57c046773143a7c99886(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
