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


class ComputeAddress(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeAddress",
):
    '''ComputeAddress is the Schema for the ComputeAddress API.

    :schema: ComputeAddress
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ComputeAddressSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ComputeAddress" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: ComputeAddressSpec defines the desired state of ComputeAddress.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__16917593e02185b0cec43274bf6a06748a0440e02cea936e3adc255196d63564)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ComputeAddressProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ComputeAddressSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ComputeAddress".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: ComputeAddressSpec defines the desired state of ComputeAddress.
        :param metadata: 
        '''
        props = ComputeAddressProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ComputeAddress".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeAddressProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ComputeAddressProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ComputeAddressSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ComputeAddress is the Schema for the ComputeAddress API.

        :param spec: ComputeAddressSpec defines the desired state of ComputeAddress.
        :param metadata: 

        :schema: ComputeAddress
        '''
        if isinstance(spec, dict):
            spec = ComputeAddressSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a2515f58ecd8121a69b6ea2f86d5b1c6453b29efe868190bf4e21c2f9206f6ba)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ComputeAddressSpec":
        '''ComputeAddressSpec defines the desired state of ComputeAddress.

        :schema: ComputeAddress#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ComputeAddressSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ComputeAddress#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeAddressProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeAddressSpec",
    jsii_struct_bases=[],
    name_mapping={
        "location": "location",
        "address": "address",
        "address_type": "addressType",
        "description": "description",
        "ip_collection_ref": "ipCollectionRef",
        "ipv6_endpoint_type": "ipv6EndpointType",
        "ip_version": "ipVersion",
        "network_ref": "networkRef",
        "network_tier": "networkTier",
        "prefix_length": "prefixLength",
        "purpose": "purpose",
        "resource_id": "resourceId",
        "subnetwork_ref": "subnetworkRef",
    },
)
class ComputeAddressSpec:
    def __init__(
        self,
        *,
        location: builtins.str,
        address: typing.Optional[builtins.str] = None,
        address_type: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        ip_collection_ref: typing.Optional[typing.Union["ComputeAddressSpecIpCollectionRef", typing.Dict[builtins.str, typing.Any]]] = None,
        ipv6_endpoint_type: typing.Optional[builtins.str] = None,
        ip_version: typing.Optional[builtins.str] = None,
        network_ref: typing.Optional[typing.Union["ComputeAddressSpecNetworkRef", typing.Dict[builtins.str, typing.Any]]] = None,
        network_tier: typing.Optional[builtins.str] = None,
        prefix_length: typing.Optional[jsii.Number] = None,
        purpose: typing.Optional[builtins.str] = None,
        resource_id: typing.Optional[builtins.str] = None,
        subnetwork_ref: typing.Optional[typing.Union["ComputeAddressSpecSubnetworkRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ComputeAddressSpec defines the desired state of ComputeAddress.

        :param location: Location represents the geographical location of the ComputeAddress. Specify a region name or "global" for global resources. Reference: GCP definition of regions/zones (https://cloud.google.com/compute/docs/regions-zones/)
        :param address: Immutable. The static external IP address represented by this resource. The IP address must be inside the specified subnetwork, if any. Set by the API if undefined.
        :param address_type: Immutable. The type of address to reserve. Note: if you set this argument's value as 'INTERNAL' you need to leave the 'network_tier' argument unset in that resource block. Default value: "EXTERNAL" Possible values: ["INTERNAL", "EXTERNAL"].
        :param description: Immutable. An optional description of this resource.
        :param ip_collection_ref: Immutable. The PublicDelegatedPrefix IP collection from which to reserve the address. Only external IPv4 addresses can use this. Warning: Since ComputePublicDelegatedPrefix is not yet supported as a Config Connector resource, only the 'external' field of this reference can be used.
        :param ipv6_endpoint_type: Immutable. The endpoint type of this address, which should be VM or NETLB. This is used for deciding which type of endpoint this address can be used after the external IPv6 address reservation. Possible values: ["VM", "NETLB"].
        :param ip_version: Immutable. The IP Version that will be used by this address. The default value is 'IPV4'. Possible values: ["IPV4", "IPV6"].
        :param network_ref: The network in which to reserve the address. If global, the address must be within the RFC1918 IP space. The network cannot be deleted if there are any reserved IP ranges referring to it. This field can only be used with INTERNAL type with the VPC_PEERING and IPSEC_INTERCONNECT purposes.
        :param network_tier: Immutable. The networking tier used for configuring this address. If this field is not specified, it is assumed to be PREMIUM. This argument should not be used when configuring Internal addresses, because `network tier cannot be set for internal traffic; it's always Premium <https://cloud.google.com/network-tiers/docs/overview>`_. Possible values: ["PREMIUM", "STANDARD"].
        :param prefix_length: Immutable. The prefix length if the resource represents an IP range.
        :param purpose: Immutable. The purpose of this resource, which can be one of the following values. - GCE_ENDPOINT for addresses that are used by VM instances, alias IP ranges, load balancers, and similar resources. - SHARED_LOADBALANCER_VIP for an address that can be used by multiple internal load balancers. - VPC_PEERING for addresses that are reserved for VPC peer networks. - IPSEC_INTERCONNECT for addresses created from a private IP range that are reserved for a VLAN attachment in an HA VPN over Cloud Interconnect configuration. These addresses are regional resources. - PRIVATE_SERVICE_CONNECT for a private network address that is used to configure Private Service Connect. Only global internal addresses can use this purpose. This should only be set when using an Internal address.
        :param resource_id: Immutable. Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.
        :param subnetwork_ref: The subnetwork in which to reserve the address. If an IP address is specified, it must be within the subnetwork's IP range. This field can only be used with INTERNAL type with GCE_ENDPOINT/DNS_RESOLVER purposes.

        :schema: ComputeAddressSpec
        '''
        if isinstance(ip_collection_ref, dict):
            ip_collection_ref = ComputeAddressSpecIpCollectionRef(**ip_collection_ref)
        if isinstance(network_ref, dict):
            network_ref = ComputeAddressSpecNetworkRef(**network_ref)
        if isinstance(subnetwork_ref, dict):
            subnetwork_ref = ComputeAddressSpecSubnetworkRef(**subnetwork_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__921ca7137d6463c0ffab8b25b1c78c4a8d456ab5dd4243d59ac60f417c1ccf36)
            check_type(argname="argument location", value=location, expected_type=type_hints["location"])
            check_type(argname="argument address", value=address, expected_type=type_hints["address"])
            check_type(argname="argument address_type", value=address_type, expected_type=type_hints["address_type"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument ip_collection_ref", value=ip_collection_ref, expected_type=type_hints["ip_collection_ref"])
            check_type(argname="argument ipv6_endpoint_type", value=ipv6_endpoint_type, expected_type=type_hints["ipv6_endpoint_type"])
            check_type(argname="argument ip_version", value=ip_version, expected_type=type_hints["ip_version"])
            check_type(argname="argument network_ref", value=network_ref, expected_type=type_hints["network_ref"])
            check_type(argname="argument network_tier", value=network_tier, expected_type=type_hints["network_tier"])
            check_type(argname="argument prefix_length", value=prefix_length, expected_type=type_hints["prefix_length"])
            check_type(argname="argument purpose", value=purpose, expected_type=type_hints["purpose"])
            check_type(argname="argument resource_id", value=resource_id, expected_type=type_hints["resource_id"])
            check_type(argname="argument subnetwork_ref", value=subnetwork_ref, expected_type=type_hints["subnetwork_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "location": location,
        }
        if address is not None:
            self._values["address"] = address
        if address_type is not None:
            self._values["address_type"] = address_type
        if description is not None:
            self._values["description"] = description
        if ip_collection_ref is not None:
            self._values["ip_collection_ref"] = ip_collection_ref
        if ipv6_endpoint_type is not None:
            self._values["ipv6_endpoint_type"] = ipv6_endpoint_type
        if ip_version is not None:
            self._values["ip_version"] = ip_version
        if network_ref is not None:
            self._values["network_ref"] = network_ref
        if network_tier is not None:
            self._values["network_tier"] = network_tier
        if prefix_length is not None:
            self._values["prefix_length"] = prefix_length
        if purpose is not None:
            self._values["purpose"] = purpose
        if resource_id is not None:
            self._values["resource_id"] = resource_id
        if subnetwork_ref is not None:
            self._values["subnetwork_ref"] = subnetwork_ref

    @builtins.property
    def location(self) -> builtins.str:
        '''Location represents the geographical location of the ComputeAddress.

        Specify a region name or "global" for global resources. Reference: GCP definition of regions/zones (https://cloud.google.com/compute/docs/regions-zones/)

        :schema: ComputeAddressSpec#location
        '''
        result = self._values.get("location")
        assert result is not None, "Required property 'location' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def address(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The static external IP address represented by this resource. The IP address must be inside the specified subnetwork, if any. Set by the API if undefined.

        :schema: ComputeAddressSpec#address
        '''
        result = self._values.get("address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def address_type(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The type of address to reserve. Note: if you set this argument's value as 'INTERNAL' you need to leave the 'network_tier' argument unset in that resource block. Default value: "EXTERNAL" Possible values: ["INTERNAL", "EXTERNAL"].

        :schema: ComputeAddressSpec#addressType
        '''
        result = self._values.get("address_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        An optional description of this resource.

        :schema: ComputeAddressSpec#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ip_collection_ref(self) -> typing.Optional["ComputeAddressSpecIpCollectionRef"]:
        '''Immutable. The PublicDelegatedPrefix IP collection from which to reserve the address. Only external IPv4 addresses can use this.

        Warning: Since ComputePublicDelegatedPrefix is not yet supported as a Config Connector resource,
        only the 'external' field of this reference can be used.

        :schema: ComputeAddressSpec#ipCollectionRef
        '''
        result = self._values.get("ip_collection_ref")
        return typing.cast(typing.Optional["ComputeAddressSpecIpCollectionRef"], result)

    @builtins.property
    def ipv6_endpoint_type(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The endpoint type of this address, which should be VM or NETLB. This is used for deciding which type of endpoint this address can be used after the external IPv6 address reservation. Possible values: ["VM", "NETLB"].

        :schema: ComputeAddressSpec#ipv6EndpointType
        '''
        result = self._values.get("ipv6_endpoint_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ip_version(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The IP Version that will be used by this address. The default value is 'IPV4'. Possible values: ["IPV4", "IPV6"].

        :schema: ComputeAddressSpec#ipVersion
        '''
        result = self._values.get("ip_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def network_ref(self) -> typing.Optional["ComputeAddressSpecNetworkRef"]:
        '''The network in which to reserve the address.

        If global, the address must be within the RFC1918 IP space. The network cannot be deleted if there are any reserved IP ranges referring to it. This field can only be used with INTERNAL type with the VPC_PEERING and IPSEC_INTERCONNECT purposes.

        :schema: ComputeAddressSpec#networkRef
        '''
        result = self._values.get("network_ref")
        return typing.cast(typing.Optional["ComputeAddressSpecNetworkRef"], result)

    @builtins.property
    def network_tier(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The networking tier used for configuring this address. If this field is not specified, it is assumed to be PREMIUM. This argument should not be used when configuring Internal addresses, because `network tier cannot be set for internal traffic; it's always Premium <https://cloud.google.com/network-tiers/docs/overview>`_. Possible values: ["PREMIUM", "STANDARD"].

        :schema: ComputeAddressSpec#networkTier
        '''
        result = self._values.get("network_tier")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix_length(self) -> typing.Optional[jsii.Number]:
        '''Immutable.

        The prefix length if the resource represents an IP range.

        :schema: ComputeAddressSpec#prefixLength
        '''
        result = self._values.get("prefix_length")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def purpose(self) -> typing.Optional[builtins.str]:
        '''Immutable. The purpose of this resource, which can be one of the following values.

        - GCE_ENDPOINT for addresses that are used by VM instances, alias IP
          ranges, load balancers, and similar resources.
        - SHARED_LOADBALANCER_VIP for an address that can be used by multiple
          internal load balancers.
        - VPC_PEERING for addresses that are reserved for VPC peer networks.
        - IPSEC_INTERCONNECT for addresses created from a private IP range that
          are reserved for a VLAN attachment in an HA VPN over Cloud Interconnect
          configuration. These addresses are regional resources.
        - PRIVATE_SERVICE_CONNECT for a private network address that is used to
          configure Private Service Connect. Only global internal addresses can use
          this purpose.

        This should only be set when using an Internal address.

        :schema: ComputeAddressSpec#purpose
        '''
        result = self._values.get("purpose")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_id(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.

        :schema: ComputeAddressSpec#resourceID
        '''
        result = self._values.get("resource_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subnetwork_ref(self) -> typing.Optional["ComputeAddressSpecSubnetworkRef"]:
        '''The subnetwork in which to reserve the address.

        If an IP address is specified, it must be within the subnetwork's IP range.  This field can only be used with INTERNAL type with GCE_ENDPOINT/DNS_RESOLVER purposes.

        :schema: ComputeAddressSpec#subnetworkRef
        '''
        result = self._values.get("subnetwork_ref")
        return typing.cast(typing.Optional["ComputeAddressSpecSubnetworkRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeAddressSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeAddressSpecIpCollectionRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ComputeAddressSpecIpCollectionRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Immutable. The PublicDelegatedPrefix IP collection from which to reserve the address. Only external IPv4 addresses can use this.

        Warning: Since ComputePublicDelegatedPrefix is not yet supported as a Config Connector resource,
        only the 'external' field of this reference can be used.

        :param external: A reference to an externally managed ComputePublicDelegatedPrefix resource. Should be in the format "projects/{{projectID}}/global/publicDelegatedPrefixes/{{publicDelegatedPrefixID}}" or "projects/{{projectID}}/regions/{{region}}/publicDelegatedPrefixes/{{publicDelegatedPrefixID}}".
        :param name: The name of a ComputePublicDelegatedPrefix resource.
        :param namespace: The namespace of a ComputePublicDelegatedPrefix resource.

        :schema: ComputeAddressSpecIpCollectionRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__25d0e79a651d2cb286e99c85a132964f73629951840ac5b6aab7e8bed9a97496)
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
        '''A reference to an externally managed ComputePublicDelegatedPrefix resource.

        Should be in the format "projects/{{projectID}}/global/publicDelegatedPrefixes/{{publicDelegatedPrefixID}}" or "projects/{{projectID}}/regions/{{region}}/publicDelegatedPrefixes/{{publicDelegatedPrefixID}}".

        :schema: ComputeAddressSpecIpCollectionRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputePublicDelegatedPrefix resource.

        :schema: ComputeAddressSpecIpCollectionRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputePublicDelegatedPrefix resource.

        :schema: ComputeAddressSpecIpCollectionRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeAddressSpecIpCollectionRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeAddressSpecNetworkRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ComputeAddressSpecNetworkRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The network in which to reserve the address.

        If global, the address must be within the RFC1918 IP space. The network cannot be deleted if there are any reserved IP ranges referring to it. This field can only be used with INTERNAL type with the VPC_PEERING and IPSEC_INTERCONNECT purposes.

        :param external: A reference to an externally managed ComputeNetwork resource. Should be in the format "projects/{{projectID}}/global/networks/{{networkID}}".
        :param name: The name of a ComputeNetwork resource.
        :param namespace: The namespace of a ComputeNetwork resource.

        :schema: ComputeAddressSpecNetworkRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__414320faddb3632dc4a8218d3460ac1ab317113e494e05d440dd18f056d927e0)
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
        '''A reference to an externally managed ComputeNetwork resource.

        Should be in the format "projects/{{projectID}}/global/networks/{{networkID}}".

        :schema: ComputeAddressSpecNetworkRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeNetwork resource.

        :schema: ComputeAddressSpecNetworkRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeNetwork resource.

        :schema: ComputeAddressSpecNetworkRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeAddressSpecNetworkRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeAddressSpecSubnetworkRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ComputeAddressSpecSubnetworkRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The subnetwork in which to reserve the address.

        If an IP address is specified, it must be within the subnetwork's IP range.  This field can only be used with INTERNAL type with GCE_ENDPOINT/DNS_RESOLVER purposes.

        :param external: A reference to an externally managed ComputeSubnetwork resource. Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".
        :param name: The name of a ComputeSubnetwork resource.
        :param namespace: The namespace of a ComputeSubnetwork resource.

        :schema: ComputeAddressSpecSubnetworkRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a7e3be0c305646dda1d96ae73d3375a042343bb76ed5eeb2ba513efe7541a78e)
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
        '''A reference to an externally managed ComputeSubnetwork resource.

        Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".

        :schema: ComputeAddressSpecSubnetworkRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeSubnetwork resource.

        :schema: ComputeAddressSpecSubnetworkRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeSubnetwork resource.

        :schema: ComputeAddressSpecSubnetworkRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeAddressSpecSubnetworkRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ComputeNetwork(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeNetwork",
):
    '''ComputeNetwork is the Schema for the ComputeNetwork API.

    :schema: ComputeNetwork
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ComputeNetworkSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ComputeNetwork" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: ComputeNetworkSpec defines the desired state of ComputeNetwork.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__da37abf38096525a014f29c48248e406e71d48f0eb85d39355ae5ccf7681caf1)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ComputeNetworkProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ComputeNetworkSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ComputeNetwork".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: ComputeNetworkSpec defines the desired state of ComputeNetwork.
        '''
        props = ComputeNetworkProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ComputeNetwork".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeNetworkProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ComputeNetworkProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ComputeNetworkSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ComputeNetwork is the Schema for the ComputeNetwork API.

        :param metadata: 
        :param spec: ComputeNetworkSpec defines the desired state of ComputeNetwork.

        :schema: ComputeNetwork
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ComputeNetworkSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__62c79a73c1707302dc66f718b71dd6d810c117ef510694acc976e3ba2db11289)
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
        :schema: ComputeNetwork#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ComputeNetworkSpec"]:
        '''ComputeNetworkSpec defines the desired state of ComputeNetwork.

        :schema: ComputeNetwork#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ComputeNetworkSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeNetworkProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeNetworkSpec",
    jsii_struct_bases=[],
    name_mapping={
        "auto_create_subnetworks": "autoCreateSubnetworks",
        "delete_default_routes_on_create": "deleteDefaultRoutesOnCreate",
        "description": "description",
        "enable_ula_internal_ipv6": "enableUlaInternalIpv6",
        "internal_ipv6_range": "internalIpv6Range",
        "mtu": "mtu",
        "network_firewall_policy_enforcement_order": "networkFirewallPolicyEnforcementOrder",
        "network_profile": "networkProfile",
        "resource_id": "resourceId",
        "routing_mode": "routingMode",
    },
)
class ComputeNetworkSpec:
    def __init__(
        self,
        *,
        auto_create_subnetworks: typing.Optional[builtins.bool] = None,
        delete_default_routes_on_create: typing.Optional[builtins.bool] = None,
        description: typing.Optional[builtins.str] = None,
        enable_ula_internal_ipv6: typing.Optional[builtins.bool] = None,
        internal_ipv6_range: typing.Optional[builtins.str] = None,
        mtu: typing.Optional[jsii.Number] = None,
        network_firewall_policy_enforcement_order: typing.Optional[builtins.str] = None,
        network_profile: typing.Optional[builtins.str] = None,
        resource_id: typing.Optional[builtins.str] = None,
        routing_mode: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ComputeNetworkSpec defines the desired state of ComputeNetwork.

        :param auto_create_subnetworks: Immutable. When set to 'true', the network is created in "auto subnet mode" and it will create a subnet for each region automatically across the '10.128.0.0/9' address range. When set to 'false', the network is created in "custom subnet mode" so the user can explicitly connect subnetwork resources.
        :param delete_default_routes_on_create: If set to 'true', default routes ('0.0.0.0/0') will be deleted immediately after network creation. Defaults to 'false'. Default: false'.
        :param description: Immutable. An optional description of this resource. The resource must be recreated to modify this field.
        :param enable_ula_internal_ipv6: Enable ULA internal ipv6 on this network. Enabling this feature will assign a /48 from google defined ULA prefix fd20::/20.
        :param internal_ipv6_range: Immutable. When enabling ula internal ipv6, caller optionally can specify the /48 range they want from the google defined ULA prefix fd20::/20. The input must be a valid /48 ULA IPv6 address and must be within the fd20::/20. Operation will fail if the speficied /48 is already in used by another resource. If the field is not speficied, then a /48 range will be randomly allocated from fd20::/20 and returned via this field.
        :param mtu: Immutable. Maximum Transmission Unit in bytes. The default value is 1460 bytes. The minimum value for this field is 1300 and the maximum value is 8896 bytes (jumbo frames). Note that packets larger than 1500 bytes (standard Ethernet) can be subject to TCP-MSS clamping or dropped with an ICMP 'Fragmentation-Needed' message if the packets are routed to the Internet or other VPCs with varying MTUs.
        :param network_firewall_policy_enforcement_order: Set the order that Firewall Rules and Firewall Policies are evaluated. Default value: "AFTER_CLASSIC_FIREWALL" Possible values: ["BEFORE_CLASSIC_FIREWALL", "AFTER_CLASSIC_FIREWALL"].
        :param network_profile: Immutable. A full or partial URL of the network profile to apply to this network. This field can be set only at resource creation time.
        :param resource_id: The ComputeNetwork name. If not given, the metadata.name will be used.
        :param routing_mode: The network-wide routing mode to use. If set to 'REGIONAL', this network's cloud routers will only advertise routes with subnetworks of this network in the same region as the router. If set to 'GLOBAL', this network's cloud routers will advertise routes with all subnetworks of this network, across regions. Possible values: ["REGIONAL", "GLOBAL"].

        :schema: ComputeNetworkSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__06b1bd8055a59847819ee2c0a5a59af49a5d4aa8e5bc84bfc0a9248f97849533)
            check_type(argname="argument auto_create_subnetworks", value=auto_create_subnetworks, expected_type=type_hints["auto_create_subnetworks"])
            check_type(argname="argument delete_default_routes_on_create", value=delete_default_routes_on_create, expected_type=type_hints["delete_default_routes_on_create"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument enable_ula_internal_ipv6", value=enable_ula_internal_ipv6, expected_type=type_hints["enable_ula_internal_ipv6"])
            check_type(argname="argument internal_ipv6_range", value=internal_ipv6_range, expected_type=type_hints["internal_ipv6_range"])
            check_type(argname="argument mtu", value=mtu, expected_type=type_hints["mtu"])
            check_type(argname="argument network_firewall_policy_enforcement_order", value=network_firewall_policy_enforcement_order, expected_type=type_hints["network_firewall_policy_enforcement_order"])
            check_type(argname="argument network_profile", value=network_profile, expected_type=type_hints["network_profile"])
            check_type(argname="argument resource_id", value=resource_id, expected_type=type_hints["resource_id"])
            check_type(argname="argument routing_mode", value=routing_mode, expected_type=type_hints["routing_mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if auto_create_subnetworks is not None:
            self._values["auto_create_subnetworks"] = auto_create_subnetworks
        if delete_default_routes_on_create is not None:
            self._values["delete_default_routes_on_create"] = delete_default_routes_on_create
        if description is not None:
            self._values["description"] = description
        if enable_ula_internal_ipv6 is not None:
            self._values["enable_ula_internal_ipv6"] = enable_ula_internal_ipv6
        if internal_ipv6_range is not None:
            self._values["internal_ipv6_range"] = internal_ipv6_range
        if mtu is not None:
            self._values["mtu"] = mtu
        if network_firewall_policy_enforcement_order is not None:
            self._values["network_firewall_policy_enforcement_order"] = network_firewall_policy_enforcement_order
        if network_profile is not None:
            self._values["network_profile"] = network_profile
        if resource_id is not None:
            self._values["resource_id"] = resource_id
        if routing_mode is not None:
            self._values["routing_mode"] = routing_mode

    @builtins.property
    def auto_create_subnetworks(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        When set to 'true', the network is created in "auto subnet mode" and
        it will create a subnet for each region automatically across the
        '10.128.0.0/9' address range.

        When set to 'false', the network is created in "custom subnet mode" so
        the user can explicitly connect subnetwork resources.

        :schema: ComputeNetworkSpec#autoCreateSubnetworks
        '''
        result = self._values.get("auto_create_subnetworks")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def delete_default_routes_on_create(self) -> typing.Optional[builtins.bool]:
        '''If set to 'true', default routes ('0.0.0.0/0') will be deleted immediately after network creation. Defaults to 'false'.

        :default: false'.

        :schema: ComputeNetworkSpec#deleteDefaultRoutesOnCreate
        '''
        result = self._values.get("delete_default_routes_on_create")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        An optional description of this resource. The resource must be recreated to modify this field.

        :schema: ComputeNetworkSpec#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enable_ula_internal_ipv6(self) -> typing.Optional[builtins.bool]:
        '''Enable ULA internal ipv6 on this network.

        Enabling this feature will assign a /48 from google defined ULA prefix fd20::/20.

        :schema: ComputeNetworkSpec#enableUlaInternalIpv6
        '''
        result = self._values.get("enable_ula_internal_ipv6")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def internal_ipv6_range(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        When enabling ula internal ipv6, caller optionally can specify the /48 range they want from the google defined ULA prefix fd20::/20. The input must be a valid /48 ULA IPv6 address and must be within the fd20::/20. Operation will fail if the speficied /48 is already in used by another resource. If the field is not speficied, then a /48 range will be randomly allocated from fd20::/20 and returned via this field.

        :schema: ComputeNetworkSpec#internalIpv6Range
        '''
        result = self._values.get("internal_ipv6_range")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mtu(self) -> typing.Optional[jsii.Number]:
        '''Immutable.

        Maximum Transmission Unit in bytes. The default value is 1460 bytes. The minimum value for this field is 1300 and the maximum value is 8896 bytes (jumbo frames). Note that packets larger than 1500 bytes (standard Ethernet) can be subject to TCP-MSS clamping or dropped with an ICMP 'Fragmentation-Needed' message if the packets are routed to the Internet or other VPCs with varying MTUs.

        :schema: ComputeNetworkSpec#mtu
        '''
        result = self._values.get("mtu")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def network_firewall_policy_enforcement_order(
        self,
    ) -> typing.Optional[builtins.str]:
        '''Set the order that Firewall Rules and Firewall Policies are evaluated.

        Default value: "AFTER_CLASSIC_FIREWALL" Possible values: ["BEFORE_CLASSIC_FIREWALL", "AFTER_CLASSIC_FIREWALL"].

        :schema: ComputeNetworkSpec#networkFirewallPolicyEnforcementOrder
        '''
        result = self._values.get("network_firewall_policy_enforcement_order")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def network_profile(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        A full or partial URL of the network profile to apply to this network. This field can be set only at resource creation time.

        :schema: ComputeNetworkSpec#networkProfile
        '''
        result = self._values.get("network_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_id(self) -> typing.Optional[builtins.str]:
        '''The ComputeNetwork name.

        If not given, the metadata.name will be used.

        :schema: ComputeNetworkSpec#resourceID
        '''
        result = self._values.get("resource_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def routing_mode(self) -> typing.Optional[builtins.str]:
        '''The network-wide routing mode to use.

        If set to 'REGIONAL', this network's cloud routers will only advertise routes with subnetworks of this network in the same region as the router. If set to 'GLOBAL', this network's cloud routers will advertise routes with all subnetworks of this network, across regions. Possible values: ["REGIONAL", "GLOBAL"].

        :schema: ComputeNetworkSpec#routingMode
        '''
        result = self._values.get("routing_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeNetworkSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ComputeRouter(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouter",
):
    '''ComputeRouter is the Schema for the compute API.

    :schema: ComputeRouter
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ComputeRouterSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ComputeRouter" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: ComputeRouterSpec defines the desired state of ComputeRouter.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4e59f6cd58ae651aef91ade0e428d2858b8bd5f909898d1ac01930f9204854f0)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ComputeRouterProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ComputeRouterSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ComputeRouter".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: ComputeRouterSpec defines the desired state of ComputeRouter.
        :param metadata: 
        '''
        props = ComputeRouterProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ComputeRouter".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


class ComputeRouterNat(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterNat",
):
    '''ComputeRouterNAT is the Schema for the compute API.

    :schema: ComputeRouterNAT
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ComputeRouterNatSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ComputeRouterNAT" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: ComputeRouterNATSpec defines the desired state of ComputeRouterNAT.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7ed3a3844313ba9770df9d913b92d5ee68fc10b6b4a4cda9d0f9a24ba02e6478)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ComputeRouterNatProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ComputeRouterNatSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ComputeRouterNAT".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: ComputeRouterNATSpec defines the desired state of ComputeRouterNAT.
        :param metadata: 
        '''
        props = ComputeRouterNatProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ComputeRouterNAT".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterNatProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ComputeRouterNatProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ComputeRouterNatSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ComputeRouterNAT is the Schema for the compute API.

        :param spec: ComputeRouterNATSpec defines the desired state of ComputeRouterNAT.
        :param metadata: 

        :schema: ComputeRouterNAT
        '''
        if isinstance(spec, dict):
            spec = ComputeRouterNatSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1c4764a31e97e93e2360d236081c6c8fef1226f872d2562747f776f6a8ecd801)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ComputeRouterNatSpec":
        '''ComputeRouterNATSpec defines the desired state of ComputeRouterNAT.

        :schema: ComputeRouterNAT#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ComputeRouterNatSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ComputeRouterNAT#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeRouterNatProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterNatSpec",
    jsii_struct_bases=[],
    name_mapping={
        "nat_ip_allocate_option": "natIpAllocateOption",
        "region": "region",
        "router_ref": "routerRef",
        "source_subnetwork_ip_ranges_to_nat": "sourceSubnetworkIpRangesToNat",
        "drain_nat_ips": "drainNatIps",
        "enable_dynamic_port_allocation": "enableDynamicPortAllocation",
        "enable_endpoint_independent_mapping": "enableEndpointIndependentMapping",
        "endpoint_types": "endpointTypes",
        "icmp_idle_timeout_sec": "icmpIdleTimeoutSec",
        "log_config": "logConfig",
        "max_ports_per_vm": "maxPortsPerVm",
        "min_ports_per_vm": "minPortsPerVm",
        "nat_ips": "natIps",
        "resource_id": "resourceId",
        "rules": "rules",
        "subnetwork": "subnetwork",
        "tcp_established_idle_timeout_sec": "tcpEstablishedIdleTimeoutSec",
        "tcp_time_wait_timeout_sec": "tcpTimeWaitTimeoutSec",
        "tcp_transitory_idle_timeout_sec": "tcpTransitoryIdleTimeoutSec",
        "type": "type",
        "udp_idle_timeout_sec": "udpIdleTimeoutSec",
    },
)
class ComputeRouterNatSpec:
    def __init__(
        self,
        *,
        nat_ip_allocate_option: builtins.str,
        region: builtins.str,
        router_ref: typing.Union["ComputeRouterNatSpecRouterRef", typing.Dict[builtins.str, typing.Any]],
        source_subnetwork_ip_ranges_to_nat: builtins.str,
        drain_nat_ips: typing.Optional[typing.Sequence[typing.Union["ComputeRouterNatSpecDrainNatIps", typing.Dict[builtins.str, typing.Any]]]] = None,
        enable_dynamic_port_allocation: typing.Optional[builtins.bool] = None,
        enable_endpoint_independent_mapping: typing.Optional[builtins.bool] = None,
        endpoint_types: typing.Optional[typing.Sequence[builtins.str]] = None,
        icmp_idle_timeout_sec: typing.Optional[jsii.Number] = None,
        log_config: typing.Optional[typing.Union["ComputeRouterNatSpecLogConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        max_ports_per_vm: typing.Optional[jsii.Number] = None,
        min_ports_per_vm: typing.Optional[jsii.Number] = None,
        nat_ips: typing.Optional[typing.Sequence[typing.Union["ComputeRouterNatSpecNatIps", typing.Dict[builtins.str, typing.Any]]]] = None,
        resource_id: typing.Optional[builtins.str] = None,
        rules: typing.Optional[typing.Sequence[typing.Union["ComputeRouterNatSpecRules", typing.Dict[builtins.str, typing.Any]]]] = None,
        subnetwork: typing.Optional[typing.Sequence[typing.Union["ComputeRouterNatSpecSubnetwork", typing.Dict[builtins.str, typing.Any]]]] = None,
        tcp_established_idle_timeout_sec: typing.Optional[jsii.Number] = None,
        tcp_time_wait_timeout_sec: typing.Optional[jsii.Number] = None,
        tcp_transitory_idle_timeout_sec: typing.Optional[jsii.Number] = None,
        type: typing.Optional[builtins.str] = None,
        udp_idle_timeout_sec: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''ComputeRouterNATSpec defines the desired state of ComputeRouterNAT.

        :param nat_ip_allocate_option: How external IPs should be allocated for this NAT. Valid values are 'AUTO_ONLY' for only allowing NAT IPs allocated by Google Cloud Platform, or 'MANUAL_ONLY' for only user-allocated NAT IP addresses. Possible values: ["MANUAL_ONLY", "AUTO_ONLY"].
        :param region: Immutable. Region where the router and NAT reside.
        :param router_ref: The Cloud Router in which this NAT will be configured.
        :param source_subnetwork_ip_ranges_to_nat: How NAT should be configured per Subnetwork. If 'ALL_SUBNETWORKS_ALL_IP_RANGES', all of the IP ranges in every Subnetwork are allowed to Nat. If 'ALL_SUBNETWORKS_ALL_PRIMARY_IP_RANGES', all of the primary IP ranges in every Subnetwork are allowed to Nat. 'LIST_OF_SUBNETWORKS': A list of Subnetworks are allowed to Nat (specified in the field subnetwork below). Note that if this field contains ALL_SUBNETWORKS_ALL_IP_RANGES or ALL_SUBNETWORKS_ALL_PRIMARY_IP_RANGES, then there should not be any other RouterNat section in any Router for this network in this region. Possible values: ["ALL_SUBNETWORKS_ALL_IP_RANGES", "ALL_SUBNETWORKS_ALL_PRIMARY_IP_RANGES", "LIST_OF_SUBNETWORKS"].
        :param drain_nat_ips: A list of IP resources to be drained. These IPs must be valid static external IPs that have been assigned to the NAT.
        :param enable_dynamic_port_allocation: Enable Dynamic Port Allocation. If minPortsPerVm is set, minPortsPerVm must be set to a power of two greater than or equal to 32. If minPortsPerVm is not set, a minimum of 32 ports will be allocated to a VM from this NAT config. If maxPortsPerVm is set, maxPortsPerVm must be set to a power of two greater than minPortsPerVm. If maxPortsPerVm is not set, a maximum of 65536 ports will be allocated to a VM from this NAT config. Mutually exclusive with enableEndpointIndependentMapping.
        :param enable_endpoint_independent_mapping: Specifies if endpoint independent mapping is enabled. This is enabled by default. For more information see the `official documentation <https://cloud.google.com/nat/docs/overview#specs-rfcs>`_.
        :param endpoint_types: Immutable. Specifies the endpoint Types supported by the NAT Gateway. Supported values include: 'ENDPOINT_TYPE_VM', 'ENDPOINT_TYPE_SWG', 'ENDPOINT_TYPE_MANAGED_PROXY_LB'.
        :param icmp_idle_timeout_sec: Timeout (in seconds) for ICMP connections. Defaults to 30s if not set. Default: 30s if not set.
        :param log_config: Configuration for logging on NAT.
        :param max_ports_per_vm: Maximum number of ports allocated to a VM from this NAT. This field can only be set when enableDynamicPortAllocation is enabled.
        :param min_ports_per_vm: Minimum number of ports allocated to a VM from this NAT.
        :param nat_ips: NAT IPs. Only valid if natIpAllocateOption is set to MANUAL_ONLY.
        :param resource_id: Immutable. Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.
        :param rules: A list of rules associated with this NAT.
        :param subnetwork: One or more subnetwork NAT configurations. Only used if 'source_subnetwork_ip_ranges_to_nat' is set to 'LIST_OF_SUBNETWORKS'.
        :param tcp_established_idle_timeout_sec: Timeout (in seconds) for TCP established connections. Defaults to 1200s if not set. Default: 1200s if not set.
        :param tcp_time_wait_timeout_sec: Timeout (in seconds) for TCP connections that are in TIME_WAIT state. Defaults to 120s if not set. Default: 120s if not set.
        :param tcp_transitory_idle_timeout_sec: Timeout (in seconds) for TCP transitory connections. Defaults to 30s if not set. Default: 30s if not set.
        :param type: Immutable. Indicates whether this NAT is used for public IP translation or private IP translation. Possible values: ["PUBLIC", "PRIVATE"].
        :param udp_idle_timeout_sec: Timeout (in seconds) for UDP connections. Defaults to 30s if not set. Default: 30s if not set.

        :schema: ComputeRouterNatSpec
        '''
        if isinstance(router_ref, dict):
            router_ref = ComputeRouterNatSpecRouterRef(**router_ref)
        if isinstance(log_config, dict):
            log_config = ComputeRouterNatSpecLogConfig(**log_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ea4e66e394532e4c1db1f0fd6a3d1074efd35d0801b4a2d2145964ca04111f16)
            check_type(argname="argument nat_ip_allocate_option", value=nat_ip_allocate_option, expected_type=type_hints["nat_ip_allocate_option"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument router_ref", value=router_ref, expected_type=type_hints["router_ref"])
            check_type(argname="argument source_subnetwork_ip_ranges_to_nat", value=source_subnetwork_ip_ranges_to_nat, expected_type=type_hints["source_subnetwork_ip_ranges_to_nat"])
            check_type(argname="argument drain_nat_ips", value=drain_nat_ips, expected_type=type_hints["drain_nat_ips"])
            check_type(argname="argument enable_dynamic_port_allocation", value=enable_dynamic_port_allocation, expected_type=type_hints["enable_dynamic_port_allocation"])
            check_type(argname="argument enable_endpoint_independent_mapping", value=enable_endpoint_independent_mapping, expected_type=type_hints["enable_endpoint_independent_mapping"])
            check_type(argname="argument endpoint_types", value=endpoint_types, expected_type=type_hints["endpoint_types"])
            check_type(argname="argument icmp_idle_timeout_sec", value=icmp_idle_timeout_sec, expected_type=type_hints["icmp_idle_timeout_sec"])
            check_type(argname="argument log_config", value=log_config, expected_type=type_hints["log_config"])
            check_type(argname="argument max_ports_per_vm", value=max_ports_per_vm, expected_type=type_hints["max_ports_per_vm"])
            check_type(argname="argument min_ports_per_vm", value=min_ports_per_vm, expected_type=type_hints["min_ports_per_vm"])
            check_type(argname="argument nat_ips", value=nat_ips, expected_type=type_hints["nat_ips"])
            check_type(argname="argument resource_id", value=resource_id, expected_type=type_hints["resource_id"])
            check_type(argname="argument rules", value=rules, expected_type=type_hints["rules"])
            check_type(argname="argument subnetwork", value=subnetwork, expected_type=type_hints["subnetwork"])
            check_type(argname="argument tcp_established_idle_timeout_sec", value=tcp_established_idle_timeout_sec, expected_type=type_hints["tcp_established_idle_timeout_sec"])
            check_type(argname="argument tcp_time_wait_timeout_sec", value=tcp_time_wait_timeout_sec, expected_type=type_hints["tcp_time_wait_timeout_sec"])
            check_type(argname="argument tcp_transitory_idle_timeout_sec", value=tcp_transitory_idle_timeout_sec, expected_type=type_hints["tcp_transitory_idle_timeout_sec"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument udp_idle_timeout_sec", value=udp_idle_timeout_sec, expected_type=type_hints["udp_idle_timeout_sec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "nat_ip_allocate_option": nat_ip_allocate_option,
            "region": region,
            "router_ref": router_ref,
            "source_subnetwork_ip_ranges_to_nat": source_subnetwork_ip_ranges_to_nat,
        }
        if drain_nat_ips is not None:
            self._values["drain_nat_ips"] = drain_nat_ips
        if enable_dynamic_port_allocation is not None:
            self._values["enable_dynamic_port_allocation"] = enable_dynamic_port_allocation
        if enable_endpoint_independent_mapping is not None:
            self._values["enable_endpoint_independent_mapping"] = enable_endpoint_independent_mapping
        if endpoint_types is not None:
            self._values["endpoint_types"] = endpoint_types
        if icmp_idle_timeout_sec is not None:
            self._values["icmp_idle_timeout_sec"] = icmp_idle_timeout_sec
        if log_config is not None:
            self._values["log_config"] = log_config
        if max_ports_per_vm is not None:
            self._values["max_ports_per_vm"] = max_ports_per_vm
        if min_ports_per_vm is not None:
            self._values["min_ports_per_vm"] = min_ports_per_vm
        if nat_ips is not None:
            self._values["nat_ips"] = nat_ips
        if resource_id is not None:
            self._values["resource_id"] = resource_id
        if rules is not None:
            self._values["rules"] = rules
        if subnetwork is not None:
            self._values["subnetwork"] = subnetwork
        if tcp_established_idle_timeout_sec is not None:
            self._values["tcp_established_idle_timeout_sec"] = tcp_established_idle_timeout_sec
        if tcp_time_wait_timeout_sec is not None:
            self._values["tcp_time_wait_timeout_sec"] = tcp_time_wait_timeout_sec
        if tcp_transitory_idle_timeout_sec is not None:
            self._values["tcp_transitory_idle_timeout_sec"] = tcp_transitory_idle_timeout_sec
        if type is not None:
            self._values["type"] = type
        if udp_idle_timeout_sec is not None:
            self._values["udp_idle_timeout_sec"] = udp_idle_timeout_sec

    @builtins.property
    def nat_ip_allocate_option(self) -> builtins.str:
        '''How external IPs should be allocated for this NAT.

        Valid values are 'AUTO_ONLY' for only allowing NAT IPs allocated by Google Cloud Platform, or 'MANUAL_ONLY' for only user-allocated NAT IP addresses. Possible values: ["MANUAL_ONLY", "AUTO_ONLY"].

        :schema: ComputeRouterNatSpec#natIpAllocateOption
        '''
        result = self._values.get("nat_ip_allocate_option")
        assert result is not None, "Required property 'nat_ip_allocate_option' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def region(self) -> builtins.str:
        '''Immutable.

        Region where the router and NAT reside.

        :schema: ComputeRouterNatSpec#region
        '''
        result = self._values.get("region")
        assert result is not None, "Required property 'region' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def router_ref(self) -> "ComputeRouterNatSpecRouterRef":
        '''The Cloud Router in which this NAT will be configured.

        :schema: ComputeRouterNatSpec#routerRef
        '''
        result = self._values.get("router_ref")
        assert result is not None, "Required property 'router_ref' is missing"
        return typing.cast("ComputeRouterNatSpecRouterRef", result)

    @builtins.property
    def source_subnetwork_ip_ranges_to_nat(self) -> builtins.str:
        '''How NAT should be configured per Subnetwork.

        If 'ALL_SUBNETWORKS_ALL_IP_RANGES', all of the IP ranges in every Subnetwork are allowed to Nat. If 'ALL_SUBNETWORKS_ALL_PRIMARY_IP_RANGES', all of the primary IP ranges in every Subnetwork are allowed to Nat. 'LIST_OF_SUBNETWORKS': A list of Subnetworks are allowed to Nat (specified in the field subnetwork below). Note that if this field contains ALL_SUBNETWORKS_ALL_IP_RANGES or ALL_SUBNETWORKS_ALL_PRIMARY_IP_RANGES, then there should not be any other RouterNat section in any Router for this network in this region. Possible values: ["ALL_SUBNETWORKS_ALL_IP_RANGES", "ALL_SUBNETWORKS_ALL_PRIMARY_IP_RANGES", "LIST_OF_SUBNETWORKS"].

        :schema: ComputeRouterNatSpec#sourceSubnetworkIpRangesToNat
        '''
        result = self._values.get("source_subnetwork_ip_ranges_to_nat")
        assert result is not None, "Required property 'source_subnetwork_ip_ranges_to_nat' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def drain_nat_ips(
        self,
    ) -> typing.Optional[typing.List["ComputeRouterNatSpecDrainNatIps"]]:
        '''A list of IP resources to be drained.

        These IPs must be valid static external IPs that have been assigned to the NAT.

        :schema: ComputeRouterNatSpec#drainNatIps
        '''
        result = self._values.get("drain_nat_ips")
        return typing.cast(typing.Optional[typing.List["ComputeRouterNatSpecDrainNatIps"]], result)

    @builtins.property
    def enable_dynamic_port_allocation(self) -> typing.Optional[builtins.bool]:
        '''Enable Dynamic Port Allocation.

        If minPortsPerVm is set, minPortsPerVm must be set to a power of two greater than or equal to 32.
        If minPortsPerVm is not set, a minimum of 32 ports will be allocated to a VM from this NAT config.
        If maxPortsPerVm is set, maxPortsPerVm must be set to a power of two greater than minPortsPerVm.
        If maxPortsPerVm is not set, a maximum of 65536 ports will be allocated to a VM from this NAT config.

        Mutually exclusive with enableEndpointIndependentMapping.

        :schema: ComputeRouterNatSpec#enableDynamicPortAllocation
        '''
        result = self._values.get("enable_dynamic_port_allocation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_endpoint_independent_mapping(self) -> typing.Optional[builtins.bool]:
        '''Specifies if endpoint independent mapping is enabled.

        This is enabled by default. For more information see the `official documentation <https://cloud.google.com/nat/docs/overview#specs-rfcs>`_.

        :schema: ComputeRouterNatSpec#enableEndpointIndependentMapping
        '''
        result = self._values.get("enable_endpoint_independent_mapping")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def endpoint_types(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Immutable.

        Specifies the endpoint Types supported by the NAT Gateway. Supported values include: 'ENDPOINT_TYPE_VM', 'ENDPOINT_TYPE_SWG', 'ENDPOINT_TYPE_MANAGED_PROXY_LB'.

        :schema: ComputeRouterNatSpec#endpointTypes
        '''
        result = self._values.get("endpoint_types")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def icmp_idle_timeout_sec(self) -> typing.Optional[jsii.Number]:
        '''Timeout (in seconds) for ICMP connections.

        Defaults to 30s if not set.

        :default: 30s if not set.

        :schema: ComputeRouterNatSpec#icmpIdleTimeoutSec
        '''
        result = self._values.get("icmp_idle_timeout_sec")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def log_config(self) -> typing.Optional["ComputeRouterNatSpecLogConfig"]:
        '''Configuration for logging on NAT.

        :schema: ComputeRouterNatSpec#logConfig
        '''
        result = self._values.get("log_config")
        return typing.cast(typing.Optional["ComputeRouterNatSpecLogConfig"], result)

    @builtins.property
    def max_ports_per_vm(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of ports allocated to a VM from this NAT.

        This field can only be set when enableDynamicPortAllocation is enabled.

        :schema: ComputeRouterNatSpec#maxPortsPerVm
        '''
        result = self._values.get("max_ports_per_vm")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_ports_per_vm(self) -> typing.Optional[jsii.Number]:
        '''Minimum number of ports allocated to a VM from this NAT.

        :schema: ComputeRouterNatSpec#minPortsPerVm
        '''
        result = self._values.get("min_ports_per_vm")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def nat_ips(self) -> typing.Optional[typing.List["ComputeRouterNatSpecNatIps"]]:
        '''NAT IPs.

        Only valid if natIpAllocateOption is set to MANUAL_ONLY.

        :schema: ComputeRouterNatSpec#natIps
        '''
        result = self._values.get("nat_ips")
        return typing.cast(typing.Optional[typing.List["ComputeRouterNatSpecNatIps"]], result)

    @builtins.property
    def resource_id(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.

        :schema: ComputeRouterNatSpec#resourceID
        '''
        result = self._values.get("resource_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def rules(self) -> typing.Optional[typing.List["ComputeRouterNatSpecRules"]]:
        '''A list of rules associated with this NAT.

        :schema: ComputeRouterNatSpec#rules
        '''
        result = self._values.get("rules")
        return typing.cast(typing.Optional[typing.List["ComputeRouterNatSpecRules"]], result)

    @builtins.property
    def subnetwork(
        self,
    ) -> typing.Optional[typing.List["ComputeRouterNatSpecSubnetwork"]]:
        '''One or more subnetwork NAT configurations.

        Only used if 'source_subnetwork_ip_ranges_to_nat' is set to 'LIST_OF_SUBNETWORKS'.

        :schema: ComputeRouterNatSpec#subnetwork
        '''
        result = self._values.get("subnetwork")
        return typing.cast(typing.Optional[typing.List["ComputeRouterNatSpecSubnetwork"]], result)

    @builtins.property
    def tcp_established_idle_timeout_sec(self) -> typing.Optional[jsii.Number]:
        '''Timeout (in seconds) for TCP established connections.

        Defaults to 1200s if not set.

        :default: 1200s if not set.

        :schema: ComputeRouterNatSpec#tcpEstablishedIdleTimeoutSec
        '''
        result = self._values.get("tcp_established_idle_timeout_sec")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_time_wait_timeout_sec(self) -> typing.Optional[jsii.Number]:
        '''Timeout (in seconds) for TCP connections that are in TIME_WAIT state.

        Defaults to 120s if not set.

        :default: 120s if not set.

        :schema: ComputeRouterNatSpec#tcpTimeWaitTimeoutSec
        '''
        result = self._values.get("tcp_time_wait_timeout_sec")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_transitory_idle_timeout_sec(self) -> typing.Optional[jsii.Number]:
        '''Timeout (in seconds) for TCP transitory connections.

        Defaults to 30s if not set.

        :default: 30s if not set.

        :schema: ComputeRouterNatSpec#tcpTransitoryIdleTimeoutSec
        '''
        result = self._values.get("tcp_transitory_idle_timeout_sec")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Indicates whether this NAT is used for public IP translation or private IP translation. Possible values: ["PUBLIC", "PRIVATE"].

        :schema: ComputeRouterNatSpec#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def udp_idle_timeout_sec(self) -> typing.Optional[jsii.Number]:
        '''Timeout (in seconds) for UDP connections.

        Defaults to 30s if not set.

        :default: 30s if not set.

        :schema: ComputeRouterNatSpec#udpIdleTimeoutSec
        '''
        result = self._values.get("udp_idle_timeout_sec")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeRouterNatSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterNatSpecDrainNatIps",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ComputeRouterNatSpecDrainNatIps:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ComputeAddressRef is a reference to a GCP ComputeAddress.

        :param external: A reference to an externally managed ComputeAddress resource. Should be in the format "projects/{{projectID}}/global/addresses/{{addressID}}" or "projects/{{projectID}}/regions/{{region}}/addresses/{{addressID}}".
        :param name: The name of a ComputeAddress resource.
        :param namespace: The namespace of a ComputeAddress resource.

        :schema: ComputeRouterNatSpecDrainNatIps
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a3372d3e2fd92efc5e3af7068e9fd7e4779c2702e56ac7f63b55c9d586eb1c72)
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
        '''A reference to an externally managed ComputeAddress resource.

        Should be in the format "projects/{{projectID}}/global/addresses/{{addressID}}" or "projects/{{projectID}}/regions/{{region}}/addresses/{{addressID}}".

        :schema: ComputeRouterNatSpecDrainNatIps#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeAddress resource.

        :schema: ComputeRouterNatSpecDrainNatIps#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeAddress resource.

        :schema: ComputeRouterNatSpecDrainNatIps#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeRouterNatSpecDrainNatIps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterNatSpecLogConfig",
    jsii_struct_bases=[],
    name_mapping={"enable": "enable", "filter": "filter"},
)
class ComputeRouterNatSpecLogConfig:
    def __init__(self, *, enable: builtins.bool, filter: builtins.str) -> None:
        '''Configuration for logging on NAT.

        :param enable: Indicates whether or not to export logs.
        :param filter: Specifies the desired filtering of logs on this NAT. Possible values: ["ERRORS_ONLY", "TRANSLATIONS_ONLY", "ALL"].

        :schema: ComputeRouterNatSpecLogConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__20c113ddc861875719356e89606cb1ec378ae92421a498d4c5149503448633fa)
            check_type(argname="argument enable", value=enable, expected_type=type_hints["enable"])
            check_type(argname="argument filter", value=filter, expected_type=type_hints["filter"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enable": enable,
            "filter": filter,
        }

    @builtins.property
    def enable(self) -> builtins.bool:
        '''Indicates whether or not to export logs.

        :schema: ComputeRouterNatSpecLogConfig#enable
        '''
        result = self._values.get("enable")
        assert result is not None, "Required property 'enable' is missing"
        return typing.cast(builtins.bool, result)

    @builtins.property
    def filter(self) -> builtins.str:
        '''Specifies the desired filtering of logs on this NAT.

        Possible values: ["ERRORS_ONLY", "TRANSLATIONS_ONLY", "ALL"].

        :schema: ComputeRouterNatSpecLogConfig#filter
        '''
        result = self._values.get("filter")
        assert result is not None, "Required property 'filter' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeRouterNatSpecLogConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterNatSpecNatIps",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ComputeRouterNatSpecNatIps:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ComputeAddressRef is a reference to a GCP ComputeAddress.

        :param external: A reference to an externally managed ComputeAddress resource. Should be in the format "projects/{{projectID}}/global/addresses/{{addressID}}" or "projects/{{projectID}}/regions/{{region}}/addresses/{{addressID}}".
        :param name: The name of a ComputeAddress resource.
        :param namespace: The namespace of a ComputeAddress resource.

        :schema: ComputeRouterNatSpecNatIps
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__784596aaafce82827e160fbbcfb6e2676f8fddb86077ae41b31a5e883b84003e)
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
        '''A reference to an externally managed ComputeAddress resource.

        Should be in the format "projects/{{projectID}}/global/addresses/{{addressID}}" or "projects/{{projectID}}/regions/{{region}}/addresses/{{addressID}}".

        :schema: ComputeRouterNatSpecNatIps#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeAddress resource.

        :schema: ComputeRouterNatSpecNatIps#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeAddress resource.

        :schema: ComputeRouterNatSpecNatIps#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeRouterNatSpecNatIps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterNatSpecRouterRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ComputeRouterNatSpecRouterRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The Cloud Router in which this NAT will be configured.

        :param external: A reference to an externally managed ComputeRouter resource. Should be in the format "projects/{{projectID}}/regions/{{region}}/routers/{{routerID}}".
        :param name: The name of a ComputeRouter resource.
        :param namespace: The namespace of a ComputeRouter resource.

        :schema: ComputeRouterNatSpecRouterRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__48013cc0e7d8dc9207cc775675079368813f81c452f34cbee77a7602695f2150)
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
        '''A reference to an externally managed ComputeRouter resource.

        Should be in the format "projects/{{projectID}}/regions/{{region}}/routers/{{routerID}}".

        :schema: ComputeRouterNatSpecRouterRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeRouter resource.

        :schema: ComputeRouterNatSpecRouterRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeRouter resource.

        :schema: ComputeRouterNatSpecRouterRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeRouterNatSpecRouterRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterNatSpecRules",
    jsii_struct_bases=[],
    name_mapping={
        "match": "match",
        "rule_number": "ruleNumber",
        "action": "action",
        "description": "description",
    },
)
class ComputeRouterNatSpecRules:
    def __init__(
        self,
        *,
        match: builtins.str,
        rule_number: jsii.Number,
        action: typing.Optional[typing.Union["ComputeRouterNatSpecRulesAction", typing.Dict[builtins.str, typing.Any]]] = None,
        description: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param match: CEL expression that specifies the match condition that egress traffic from a VM is evaluated against. If it evaluates to true, the corresponding action is enforced. The following examples are valid match expressions for public NAT: "inIpRange(destination.ip, '1.1.0.0/16') || inIpRange(destination.ip, '2.2.0.0/16')" "destination.ip == '1.1.0.1' || destination.ip == '8.8.8.8'" The following example is a valid match expression for private NAT: "nexthop.hub == 'https://networkconnectivity.googleapis.com/v1alpha1/projects/my-project/global/hub/hub-1'".
        :param rule_number: An integer uniquely identifying a rule in the list. The rule number must be a positive value between 0 and 65000, and must be unique among rules within a NAT.
        :param action: The action to be enforced for traffic that matches this rule.
        :param description: An optional description of this rule.

        :schema: ComputeRouterNatSpecRules
        '''
        if isinstance(action, dict):
            action = ComputeRouterNatSpecRulesAction(**action)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__50fa3e5ec586bf3f996d1aa6b9dd3ac0488cf6d0d80917b8730df0b3d20918a3)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument rule_number", value=rule_number, expected_type=type_hints["rule_number"])
            check_type(argname="argument action", value=action, expected_type=type_hints["action"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "match": match,
            "rule_number": rule_number,
        }
        if action is not None:
            self._values["action"] = action
        if description is not None:
            self._values["description"] = description

    @builtins.property
    def match(self) -> builtins.str:
        '''CEL expression that specifies the match condition that egress traffic from a VM is evaluated against.

        If it evaluates to true, the corresponding action is enforced.

        The following examples are valid match expressions for public NAT:

        "inIpRange(destination.ip, '1.1.0.0/16') || inIpRange(destination.ip, '2.2.0.0/16')"

        "destination.ip == '1.1.0.1' || destination.ip == '8.8.8.8'"

        The following example is a valid match expression for private NAT:

        "nexthop.hub == 'https://networkconnectivity.googleapis.com/v1alpha1/projects/my-project/global/hub/hub-1'".

        :schema: ComputeRouterNatSpecRules#match
        '''
        result = self._values.get("match")
        assert result is not None, "Required property 'match' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def rule_number(self) -> jsii.Number:
        '''An integer uniquely identifying a rule in the list.

        The rule number must be a positive value between 0 and 65000, and must be unique among rules within a NAT.

        :schema: ComputeRouterNatSpecRules#ruleNumber
        '''
        result = self._values.get("rule_number")
        assert result is not None, "Required property 'rule_number' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def action(self) -> typing.Optional["ComputeRouterNatSpecRulesAction"]:
        '''The action to be enforced for traffic that matches this rule.

        :schema: ComputeRouterNatSpecRules#action
        '''
        result = self._values.get("action")
        return typing.cast(typing.Optional["ComputeRouterNatSpecRulesAction"], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''An optional description of this rule.

        :schema: ComputeRouterNatSpecRules#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeRouterNatSpecRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterNatSpecRulesAction",
    jsii_struct_bases=[],
    name_mapping={
        "source_nat_active_ips_refs": "sourceNatActiveIpsRefs",
        "source_nat_active_ranges_refs": "sourceNatActiveRangesRefs",
        "source_nat_drain_ips_refs": "sourceNatDrainIpsRefs",
        "source_nat_drain_ranges_refs": "sourceNatDrainRangesRefs",
    },
)
class ComputeRouterNatSpecRulesAction:
    def __init__(
        self,
        *,
        source_nat_active_ips_refs: typing.Optional[typing.Sequence[typing.Union["ComputeRouterNatSpecRulesActionSourceNatActiveIpsRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        source_nat_active_ranges_refs: typing.Optional[typing.Sequence[typing.Union["ComputeRouterNatSpecRulesActionSourceNatActiveRangesRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        source_nat_drain_ips_refs: typing.Optional[typing.Sequence[typing.Union["ComputeRouterNatSpecRulesActionSourceNatDrainIpsRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        source_nat_drain_ranges_refs: typing.Optional[typing.Sequence[typing.Union["ComputeRouterNatSpecRulesActionSourceNatDrainRangesRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''The action to be enforced for traffic that matches this rule.

        :param source_nat_active_ips_refs: A list of URLs of the IP resources used for this NAT rule. These IP addresses must be valid static external IP addresses assigned to the project. This field is used for public NAT.
        :param source_nat_active_ranges_refs: A list of references to ComputeSubnetwork resources. Rules configured with these rules translate source IPs to the IP ranges of these subnetworks. This field is used for private NAT.
        :param source_nat_drain_ips_refs: A list of URLs of the IP resources to be drained. These IPs must be valid static external IPs that have been assigned to the NAT. These IPs should be used for updating/patching a NAT rule only. This field is used for public NAT.
        :param source_nat_drain_ranges_refs: A list of references to ComputeSubnetwork resources. These IP ranges will be drained. This field is used for private NAT.

        :schema: ComputeRouterNatSpecRulesAction
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2a4bbe5a3e1c2c0c52757b717e5af7ae0db49dd12c2ea0c30140034e7d912629)
            check_type(argname="argument source_nat_active_ips_refs", value=source_nat_active_ips_refs, expected_type=type_hints["source_nat_active_ips_refs"])
            check_type(argname="argument source_nat_active_ranges_refs", value=source_nat_active_ranges_refs, expected_type=type_hints["source_nat_active_ranges_refs"])
            check_type(argname="argument source_nat_drain_ips_refs", value=source_nat_drain_ips_refs, expected_type=type_hints["source_nat_drain_ips_refs"])
            check_type(argname="argument source_nat_drain_ranges_refs", value=source_nat_drain_ranges_refs, expected_type=type_hints["source_nat_drain_ranges_refs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if source_nat_active_ips_refs is not None:
            self._values["source_nat_active_ips_refs"] = source_nat_active_ips_refs
        if source_nat_active_ranges_refs is not None:
            self._values["source_nat_active_ranges_refs"] = source_nat_active_ranges_refs
        if source_nat_drain_ips_refs is not None:
            self._values["source_nat_drain_ips_refs"] = source_nat_drain_ips_refs
        if source_nat_drain_ranges_refs is not None:
            self._values["source_nat_drain_ranges_refs"] = source_nat_drain_ranges_refs

    @builtins.property
    def source_nat_active_ips_refs(
        self,
    ) -> typing.Optional[typing.List["ComputeRouterNatSpecRulesActionSourceNatActiveIpsRefs"]]:
        '''A list of URLs of the IP resources used for this NAT rule.

        These IP addresses must be valid static external IP addresses assigned to the project. This field is used for public NAT.

        :schema: ComputeRouterNatSpecRulesAction#sourceNatActiveIpsRefs
        '''
        result = self._values.get("source_nat_active_ips_refs")
        return typing.cast(typing.Optional[typing.List["ComputeRouterNatSpecRulesActionSourceNatActiveIpsRefs"]], result)

    @builtins.property
    def source_nat_active_ranges_refs(
        self,
    ) -> typing.Optional[typing.List["ComputeRouterNatSpecRulesActionSourceNatActiveRangesRefs"]]:
        '''A list of references to ComputeSubnetwork resources.

        Rules configured with these rules translate source IPs to the IP ranges of these subnetworks. This field is used for private NAT.

        :schema: ComputeRouterNatSpecRulesAction#sourceNatActiveRangesRefs
        '''
        result = self._values.get("source_nat_active_ranges_refs")
        return typing.cast(typing.Optional[typing.List["ComputeRouterNatSpecRulesActionSourceNatActiveRangesRefs"]], result)

    @builtins.property
    def source_nat_drain_ips_refs(
        self,
    ) -> typing.Optional[typing.List["ComputeRouterNatSpecRulesActionSourceNatDrainIpsRefs"]]:
        '''A list of URLs of the IP resources to be drained.

        These IPs must be valid static external IPs that have been assigned to the NAT. These IPs should be used for updating/patching a NAT rule only. This field is used for public NAT.

        :schema: ComputeRouterNatSpecRulesAction#sourceNatDrainIpsRefs
        '''
        result = self._values.get("source_nat_drain_ips_refs")
        return typing.cast(typing.Optional[typing.List["ComputeRouterNatSpecRulesActionSourceNatDrainIpsRefs"]], result)

    @builtins.property
    def source_nat_drain_ranges_refs(
        self,
    ) -> typing.Optional[typing.List["ComputeRouterNatSpecRulesActionSourceNatDrainRangesRefs"]]:
        '''A list of references to ComputeSubnetwork resources.

        These IP ranges will be drained. This field is used for private NAT.

        :schema: ComputeRouterNatSpecRulesAction#sourceNatDrainRangesRefs
        '''
        result = self._values.get("source_nat_drain_ranges_refs")
        return typing.cast(typing.Optional[typing.List["ComputeRouterNatSpecRulesActionSourceNatDrainRangesRefs"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeRouterNatSpecRulesAction(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterNatSpecRulesActionSourceNatActiveIpsRefs",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ComputeRouterNatSpecRulesActionSourceNatActiveIpsRefs:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ComputeAddressRef is a reference to a GCP ComputeAddress.

        :param external: A reference to an externally managed ComputeAddress resource. Should be in the format "projects/{{projectID}}/global/addresses/{{addressID}}" or "projects/{{projectID}}/regions/{{region}}/addresses/{{addressID}}".
        :param name: The name of a ComputeAddress resource.
        :param namespace: The namespace of a ComputeAddress resource.

        :schema: ComputeRouterNatSpecRulesActionSourceNatActiveIpsRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b15a67729711a9201b8cb1526877045487e54a32d80f288a6ca909317763bffb)
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
        '''A reference to an externally managed ComputeAddress resource.

        Should be in the format "projects/{{projectID}}/global/addresses/{{addressID}}" or "projects/{{projectID}}/regions/{{region}}/addresses/{{addressID}}".

        :schema: ComputeRouterNatSpecRulesActionSourceNatActiveIpsRefs#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeAddress resource.

        :schema: ComputeRouterNatSpecRulesActionSourceNatActiveIpsRefs#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeAddress resource.

        :schema: ComputeRouterNatSpecRulesActionSourceNatActiveIpsRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeRouterNatSpecRulesActionSourceNatActiveIpsRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterNatSpecRulesActionSourceNatActiveRangesRefs",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ComputeRouterNatSpecRulesActionSourceNatActiveRangesRefs:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ComputeSubnetworkRef is a reference to a GCP ComputeSubnetwork.

        :param external: A reference to an externally managed ComputeSubnetwork resource. Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".
        :param name: The name of a ComputeSubnetwork resource.
        :param namespace: The namespace of a ComputeSubnetwork resource.

        :schema: ComputeRouterNatSpecRulesActionSourceNatActiveRangesRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6d101956a1cbf95180cd33f75d872bf9b6bdaf75ff54ec6b253452c105642076)
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
        '''A reference to an externally managed ComputeSubnetwork resource.

        Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".

        :schema: ComputeRouterNatSpecRulesActionSourceNatActiveRangesRefs#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeSubnetwork resource.

        :schema: ComputeRouterNatSpecRulesActionSourceNatActiveRangesRefs#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeSubnetwork resource.

        :schema: ComputeRouterNatSpecRulesActionSourceNatActiveRangesRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeRouterNatSpecRulesActionSourceNatActiveRangesRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterNatSpecRulesActionSourceNatDrainIpsRefs",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ComputeRouterNatSpecRulesActionSourceNatDrainIpsRefs:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ComputeAddressRef is a reference to a GCP ComputeAddress.

        :param external: A reference to an externally managed ComputeAddress resource. Should be in the format "projects/{{projectID}}/global/addresses/{{addressID}}" or "projects/{{projectID}}/regions/{{region}}/addresses/{{addressID}}".
        :param name: The name of a ComputeAddress resource.
        :param namespace: The namespace of a ComputeAddress resource.

        :schema: ComputeRouterNatSpecRulesActionSourceNatDrainIpsRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e75b6ab4c8e86d21caf2f9ed3dc183508962fca936d32d114a97e028a1861a2d)
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
        '''A reference to an externally managed ComputeAddress resource.

        Should be in the format "projects/{{projectID}}/global/addresses/{{addressID}}" or "projects/{{projectID}}/regions/{{region}}/addresses/{{addressID}}".

        :schema: ComputeRouterNatSpecRulesActionSourceNatDrainIpsRefs#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeAddress resource.

        :schema: ComputeRouterNatSpecRulesActionSourceNatDrainIpsRefs#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeAddress resource.

        :schema: ComputeRouterNatSpecRulesActionSourceNatDrainIpsRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeRouterNatSpecRulesActionSourceNatDrainIpsRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterNatSpecRulesActionSourceNatDrainRangesRefs",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ComputeRouterNatSpecRulesActionSourceNatDrainRangesRefs:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ComputeSubnetworkRef is a reference to a GCP ComputeSubnetwork.

        :param external: A reference to an externally managed ComputeSubnetwork resource. Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".
        :param name: The name of a ComputeSubnetwork resource.
        :param namespace: The namespace of a ComputeSubnetwork resource.

        :schema: ComputeRouterNatSpecRulesActionSourceNatDrainRangesRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__21818b3be85af399a6933e7e69018f2a1d936d31aac10acb1a8c8dec2da951a3)
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
        '''A reference to an externally managed ComputeSubnetwork resource.

        Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".

        :schema: ComputeRouterNatSpecRulesActionSourceNatDrainRangesRefs#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeSubnetwork resource.

        :schema: ComputeRouterNatSpecRulesActionSourceNatDrainRangesRefs#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeSubnetwork resource.

        :schema: ComputeRouterNatSpecRulesActionSourceNatDrainRangesRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeRouterNatSpecRulesActionSourceNatDrainRangesRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterNatSpecSubnetwork",
    jsii_struct_bases=[],
    name_mapping={
        "source_ip_ranges_to_nat": "sourceIpRangesToNat",
        "subnetwork_ref": "subnetworkRef",
        "secondary_ip_range_names": "secondaryIpRangeNames",
    },
)
class ComputeRouterNatSpecSubnetwork:
    def __init__(
        self,
        *,
        source_ip_ranges_to_nat: typing.Sequence[builtins.str],
        subnetwork_ref: typing.Union["ComputeRouterNatSpecSubnetworkSubnetworkRef", typing.Dict[builtins.str, typing.Any]],
        secondary_ip_range_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param source_ip_ranges_to_nat: List of options for which source IPs in the subnetwork should have NAT enabled. Supported values include: 'ALL_IP_RANGES', 'LIST_OF_SECONDARY_IP_RANGES', 'PRIMARY_IP_RANGE'.
        :param subnetwork_ref: The subnetwork to NAT.
        :param secondary_ip_range_names: List of the secondary ranges of the subnetwork that are allowed to use NAT. This can be populated only if 'LIST_OF_SECONDARY_IP_RANGES' is one of the values in sourceIpRangesToNat.

        :schema: ComputeRouterNatSpecSubnetwork
        '''
        if isinstance(subnetwork_ref, dict):
            subnetwork_ref = ComputeRouterNatSpecSubnetworkSubnetworkRef(**subnetwork_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9d54aeb38ed88fa75928124beb54526a01b0d18b15566281c14d91bc75ebcb85)
            check_type(argname="argument source_ip_ranges_to_nat", value=source_ip_ranges_to_nat, expected_type=type_hints["source_ip_ranges_to_nat"])
            check_type(argname="argument subnetwork_ref", value=subnetwork_ref, expected_type=type_hints["subnetwork_ref"])
            check_type(argname="argument secondary_ip_range_names", value=secondary_ip_range_names, expected_type=type_hints["secondary_ip_range_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "source_ip_ranges_to_nat": source_ip_ranges_to_nat,
            "subnetwork_ref": subnetwork_ref,
        }
        if secondary_ip_range_names is not None:
            self._values["secondary_ip_range_names"] = secondary_ip_range_names

    @builtins.property
    def source_ip_ranges_to_nat(self) -> typing.List[builtins.str]:
        '''List of options for which source IPs in the subnetwork should have NAT enabled.

        Supported values include: 'ALL_IP_RANGES', 'LIST_OF_SECONDARY_IP_RANGES', 'PRIMARY_IP_RANGE'.

        :schema: ComputeRouterNatSpecSubnetwork#sourceIpRangesToNat
        '''
        result = self._values.get("source_ip_ranges_to_nat")
        assert result is not None, "Required property 'source_ip_ranges_to_nat' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def subnetwork_ref(self) -> "ComputeRouterNatSpecSubnetworkSubnetworkRef":
        '''The subnetwork to NAT.

        :schema: ComputeRouterNatSpecSubnetwork#subnetworkRef
        '''
        result = self._values.get("subnetwork_ref")
        assert result is not None, "Required property 'subnetwork_ref' is missing"
        return typing.cast("ComputeRouterNatSpecSubnetworkSubnetworkRef", result)

    @builtins.property
    def secondary_ip_range_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of the secondary ranges of the subnetwork that are allowed to use NAT.

        This can be populated only if 'LIST_OF_SECONDARY_IP_RANGES' is one of the values in sourceIpRangesToNat.

        :schema: ComputeRouterNatSpecSubnetwork#secondaryIpRangeNames
        '''
        result = self._values.get("secondary_ip_range_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeRouterNatSpecSubnetwork(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterNatSpecSubnetworkSubnetworkRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ComputeRouterNatSpecSubnetworkSubnetworkRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The subnetwork to NAT.

        :param external: A reference to an externally managed ComputeSubnetwork resource. Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".
        :param name: The name of a ComputeSubnetwork resource.
        :param namespace: The namespace of a ComputeSubnetwork resource.

        :schema: ComputeRouterNatSpecSubnetworkSubnetworkRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5f3ca0fb6508b74e33888cabec73bdad18c3e7a613b4cbd7bcc9f1d2e83803e1)
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
        '''A reference to an externally managed ComputeSubnetwork resource.

        Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".

        :schema: ComputeRouterNatSpecSubnetworkSubnetworkRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeSubnetwork resource.

        :schema: ComputeRouterNatSpecSubnetworkSubnetworkRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeSubnetwork resource.

        :schema: ComputeRouterNatSpecSubnetworkSubnetworkRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeRouterNatSpecSubnetworkSubnetworkRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ComputeRouterProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ComputeRouterSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ComputeRouter is the Schema for the compute API.

        :param spec: ComputeRouterSpec defines the desired state of ComputeRouter.
        :param metadata: 

        :schema: ComputeRouter
        '''
        if isinstance(spec, dict):
            spec = ComputeRouterSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2201449e7e98659ae69a671931d9c687d3215ef604034de4b5d896f201a6e713)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ComputeRouterSpec":
        '''ComputeRouterSpec defines the desired state of ComputeRouter.

        :schema: ComputeRouter#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ComputeRouterSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ComputeRouter#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeRouterProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterSpec",
    jsii_struct_bases=[],
    name_mapping={
        "network_ref": "networkRef",
        "region": "region",
        "bgp": "bgp",
        "description": "description",
        "encrypted_interconnect_router": "encryptedInterconnectRouter",
        "resource_id": "resourceId",
    },
)
class ComputeRouterSpec:
    def __init__(
        self,
        *,
        network_ref: typing.Union["ComputeRouterSpecNetworkRef", typing.Dict[builtins.str, typing.Any]],
        region: builtins.str,
        bgp: typing.Optional[typing.Union["ComputeRouterSpecBgp", typing.Dict[builtins.str, typing.Any]]] = None,
        description: typing.Optional[builtins.str] = None,
        encrypted_interconnect_router: typing.Optional[builtins.bool] = None,
        resource_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ComputeRouterSpec defines the desired state of ComputeRouter.

        :param network_ref: A reference to the network to which this router belongs.
        :param region: Immutable. Region where the router resides.
        :param bgp: BGP information specific to this router.
        :param description: An optional description of this resource.
        :param encrypted_interconnect_router: Immutable. Indicates if a router is dedicated for use with encrypted VLAN attachments (interconnectAttachments).
        :param resource_id: Immutable. Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.

        :schema: ComputeRouterSpec
        '''
        if isinstance(network_ref, dict):
            network_ref = ComputeRouterSpecNetworkRef(**network_ref)
        if isinstance(bgp, dict):
            bgp = ComputeRouterSpecBgp(**bgp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__edf426d8a7ab301b28f393e325a61ba011cb80f11d44869db637fbed7f275d6b)
            check_type(argname="argument network_ref", value=network_ref, expected_type=type_hints["network_ref"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument bgp", value=bgp, expected_type=type_hints["bgp"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument encrypted_interconnect_router", value=encrypted_interconnect_router, expected_type=type_hints["encrypted_interconnect_router"])
            check_type(argname="argument resource_id", value=resource_id, expected_type=type_hints["resource_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "network_ref": network_ref,
            "region": region,
        }
        if bgp is not None:
            self._values["bgp"] = bgp
        if description is not None:
            self._values["description"] = description
        if encrypted_interconnect_router is not None:
            self._values["encrypted_interconnect_router"] = encrypted_interconnect_router
        if resource_id is not None:
            self._values["resource_id"] = resource_id

    @builtins.property
    def network_ref(self) -> "ComputeRouterSpecNetworkRef":
        '''A reference to the network to which this router belongs.

        :schema: ComputeRouterSpec#networkRef
        '''
        result = self._values.get("network_ref")
        assert result is not None, "Required property 'network_ref' is missing"
        return typing.cast("ComputeRouterSpecNetworkRef", result)

    @builtins.property
    def region(self) -> builtins.str:
        '''Immutable.

        Region where the router resides.

        :schema: ComputeRouterSpec#region
        '''
        result = self._values.get("region")
        assert result is not None, "Required property 'region' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def bgp(self) -> typing.Optional["ComputeRouterSpecBgp"]:
        '''BGP information specific to this router.

        :schema: ComputeRouterSpec#bgp
        '''
        result = self._values.get("bgp")
        return typing.cast(typing.Optional["ComputeRouterSpecBgp"], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''An optional description of this resource.

        :schema: ComputeRouterSpec#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def encrypted_interconnect_router(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        Indicates if a router is dedicated for use with encrypted VLAN attachments (interconnectAttachments).

        :schema: ComputeRouterSpec#encryptedInterconnectRouter
        '''
        result = self._values.get("encrypted_interconnect_router")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def resource_id(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.

        :schema: ComputeRouterSpec#resourceID
        '''
        result = self._values.get("resource_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeRouterSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterSpecBgp",
    jsii_struct_bases=[],
    name_mapping={
        "asn": "asn",
        "advertised_groups": "advertisedGroups",
        "advertised_ip_ranges": "advertisedIpRanges",
        "advertise_mode": "advertiseMode",
        "keepalive_interval": "keepaliveInterval",
    },
)
class ComputeRouterSpecBgp:
    def __init__(
        self,
        *,
        asn: jsii.Number,
        advertised_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        advertised_ip_ranges: typing.Optional[typing.Sequence[typing.Union["ComputeRouterSpecBgpAdvertisedIpRanges", typing.Dict[builtins.str, typing.Any]]]] = None,
        advertise_mode: typing.Optional[builtins.str] = None,
        keepalive_interval: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''BGP information specific to this router.

        :param asn: Local BGP Autonomous System Number (ASN). Must be an RFC6996 private ASN, either 16-bit or 32-bit. The value will be fixed for this router resource. All VPN tunnels that link to this router will have the same local ASN.
        :param advertised_groups: User-specified list of prefix groups to advertise in custom mode. This field can only be populated if advertiseMode is CUSTOM and is advertised to all peers of the router. These groups will be advertised in addition to any specified prefixes. Leave this field blank to advertise no custom groups. This enum field has the one valid value: ALL_SUBNETS.
        :param advertised_ip_ranges: User-specified list of individual IP ranges to advertise in custom mode. This field can only be populated if advertiseMode is CUSTOM and is advertised to all peers of the router. These IP ranges will be advertised in addition to any specified groups. Leave this field blank to advertise no custom IP ranges.
        :param advertise_mode: User-specified flag to indicate which mode to use for advertisement. Default value: "DEFAULT" Possible values: ["DEFAULT", "CUSTOM"].
        :param keepalive_interval: The interval in seconds between BGP keepalive messages that are sent to the peer. Hold time is three times the interval at which keepalive messages are sent, and the hold time is the maximum number of seconds allowed to elapse between successive keepalive messages that BGP receives from a peer. BGP will use the smaller of either the local hold time value or the peer's hold time value as the hold time for the BGP connection between the two peers. If set, this value must be between 20 and 60. The default is 20.

        :schema: ComputeRouterSpecBgp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6b927677d2ae8097e24e5f2802f4fb7f91d31d6d6a4a36c162477cf7f89afeae)
            check_type(argname="argument asn", value=asn, expected_type=type_hints["asn"])
            check_type(argname="argument advertised_groups", value=advertised_groups, expected_type=type_hints["advertised_groups"])
            check_type(argname="argument advertised_ip_ranges", value=advertised_ip_ranges, expected_type=type_hints["advertised_ip_ranges"])
            check_type(argname="argument advertise_mode", value=advertise_mode, expected_type=type_hints["advertise_mode"])
            check_type(argname="argument keepalive_interval", value=keepalive_interval, expected_type=type_hints["keepalive_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "asn": asn,
        }
        if advertised_groups is not None:
            self._values["advertised_groups"] = advertised_groups
        if advertised_ip_ranges is not None:
            self._values["advertised_ip_ranges"] = advertised_ip_ranges
        if advertise_mode is not None:
            self._values["advertise_mode"] = advertise_mode
        if keepalive_interval is not None:
            self._values["keepalive_interval"] = keepalive_interval

    @builtins.property
    def asn(self) -> jsii.Number:
        '''Local BGP Autonomous System Number (ASN).

        Must be an RFC6996 private ASN, either 16-bit or 32-bit. The value will be fixed for this router resource. All VPN tunnels that link to this router will have the same local ASN.

        :schema: ComputeRouterSpecBgp#asn
        '''
        result = self._values.get("asn")
        assert result is not None, "Required property 'asn' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def advertised_groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''User-specified list of prefix groups to advertise in custom mode.

        This field can only be populated if advertiseMode is CUSTOM and
        is advertised to all peers of the router. These groups will be
        advertised in addition to any specified prefixes. Leave this field
        blank to advertise no custom groups.

        This enum field has the one valid value: ALL_SUBNETS.

        :schema: ComputeRouterSpecBgp#advertisedGroups
        '''
        result = self._values.get("advertised_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def advertised_ip_ranges(
        self,
    ) -> typing.Optional[typing.List["ComputeRouterSpecBgpAdvertisedIpRanges"]]:
        '''User-specified list of individual IP ranges to advertise in custom mode.

        This field can only be populated if advertiseMode is CUSTOM and is advertised to all peers of the router. These IP ranges will be advertised in addition to any specified groups. Leave this field blank to advertise no custom IP ranges.

        :schema: ComputeRouterSpecBgp#advertisedIpRanges
        '''
        result = self._values.get("advertised_ip_ranges")
        return typing.cast(typing.Optional[typing.List["ComputeRouterSpecBgpAdvertisedIpRanges"]], result)

    @builtins.property
    def advertise_mode(self) -> typing.Optional[builtins.str]:
        '''User-specified flag to indicate which mode to use for advertisement.

        Default value: "DEFAULT" Possible values: ["DEFAULT", "CUSTOM"].

        :schema: ComputeRouterSpecBgp#advertiseMode
        '''
        result = self._values.get("advertise_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def keepalive_interval(self) -> typing.Optional[jsii.Number]:
        '''The interval in seconds between BGP keepalive messages that are sent to the peer.

        Hold time is three times the interval at which keepalive
        messages are sent, and the hold time is the maximum number of seconds
        allowed to elapse between successive keepalive messages that BGP
        receives from a peer.

        BGP will use the smaller of either the local hold time value or the
        peer's hold time value as the hold time for the BGP connection
        between the two peers. If set, this value must be between 20 and 60.
        The default is 20.

        :schema: ComputeRouterSpecBgp#keepaliveInterval
        '''
        result = self._values.get("keepalive_interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeRouterSpecBgp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterSpecBgpAdvertisedIpRanges",
    jsii_struct_bases=[],
    name_mapping={"range": "range", "description": "description"},
)
class ComputeRouterSpecBgpAdvertisedIpRanges:
    def __init__(
        self,
        *,
        range: builtins.str,
        description: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param range: The IP range to advertise. The value must be a CIDR-formatted string.
        :param description: User-specified description for the IP range.

        :schema: ComputeRouterSpecBgpAdvertisedIpRanges
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9a53a2e1a1ddd301ce8c5c3edc5f74f370ba6c578ed9222036fc8aac2da19d9e)
            check_type(argname="argument range", value=range, expected_type=type_hints["range"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "range": range,
        }
        if description is not None:
            self._values["description"] = description

    @builtins.property
    def range(self) -> builtins.str:
        '''The IP range to advertise.

        The value must be a CIDR-formatted string.

        :schema: ComputeRouterSpecBgpAdvertisedIpRanges#range
        '''
        result = self._values.get("range")
        assert result is not None, "Required property 'range' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''User-specified description for the IP range.

        :schema: ComputeRouterSpecBgpAdvertisedIpRanges#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeRouterSpecBgpAdvertisedIpRanges(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeRouterSpecNetworkRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ComputeRouterSpecNetworkRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''A reference to the network to which this router belongs.

        :param external: A reference to an externally managed ComputeNetwork resource. Should be in the format "projects/{{projectID}}/global/networks/{{networkID}}".
        :param name: The name of a ComputeNetwork resource.
        :param namespace: The namespace of a ComputeNetwork resource.

        :schema: ComputeRouterSpecNetworkRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5f99c8435e9feedc55ca945f5c96d780f5e28e747e7a1be666a5bf76ad008323)
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
        '''A reference to an externally managed ComputeNetwork resource.

        Should be in the format "projects/{{projectID}}/global/networks/{{networkID}}".

        :schema: ComputeRouterSpecNetworkRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeNetwork resource.

        :schema: ComputeRouterSpecNetworkRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeNetwork resource.

        :schema: ComputeRouterSpecNetworkRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeRouterSpecNetworkRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ComputeSubnetwork(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeSubnetwork",
):
    '''ComputeSubnetwork is the Schema for the ComputeSubnetwork API.

    :schema: ComputeSubnetwork
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ComputeSubnetworkSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ComputeSubnetwork" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: ComputeSubnetworkSpec defines the desired state of ComputeSubnetwork.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__44d6387cc3a3fd7e3b608c70a7676ecd400d211dcff21cb814f9c78c939a5ce9)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ComputeSubnetworkProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ComputeSubnetworkSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ComputeSubnetwork".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: ComputeSubnetworkSpec defines the desired state of ComputeSubnetwork.
        :param metadata: 
        '''
        props = ComputeSubnetworkProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ComputeSubnetwork".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeSubnetworkProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ComputeSubnetworkProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ComputeSubnetworkSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ComputeSubnetwork is the Schema for the ComputeSubnetwork API.

        :param spec: ComputeSubnetworkSpec defines the desired state of ComputeSubnetwork.
        :param metadata: 

        :schema: ComputeSubnetwork
        '''
        if isinstance(spec, dict):
            spec = ComputeSubnetworkSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3cc5ed1df815bdecbc1d896226f39115cd3407b55c359e3245f88147c1a5f9fe)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ComputeSubnetworkSpec":
        '''ComputeSubnetworkSpec defines the desired state of ComputeSubnetwork.

        :schema: ComputeSubnetwork#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ComputeSubnetworkSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ComputeSubnetwork#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeSubnetworkProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeSubnetworkSpec",
    jsii_struct_bases=[],
    name_mapping={
        "network_ref": "networkRef",
        "region": "region",
        "description": "description",
        "ip_cidr_range": "ipCidrRange",
        "ipv6_access_type": "ipv6AccessType",
        "log_config": "logConfig",
        "private_ip_google_access": "privateIpGoogleAccess",
        "private_ipv6_google_access": "privateIpv6GoogleAccess",
        "purpose": "purpose",
        "reserved_internal_range_ref": "reservedInternalRangeRef",
        "resource_id": "resourceId",
        "role": "role",
        "secondary_ip_range": "secondaryIpRange",
        "stack_type": "stackType",
    },
)
class ComputeSubnetworkSpec:
    def __init__(
        self,
        *,
        network_ref: typing.Union["ComputeSubnetworkSpecNetworkRef", typing.Dict[builtins.str, typing.Any]],
        region: builtins.str,
        description: typing.Optional[builtins.str] = None,
        ip_cidr_range: typing.Optional[builtins.str] = None,
        ipv6_access_type: typing.Optional[builtins.str] = None,
        log_config: typing.Optional[typing.Union["ComputeSubnetworkSpecLogConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        private_ip_google_access: typing.Optional[builtins.bool] = None,
        private_ipv6_google_access: typing.Optional[builtins.str] = None,
        purpose: typing.Optional[builtins.str] = None,
        reserved_internal_range_ref: typing.Optional[typing.Union["ComputeSubnetworkSpecReservedInternalRangeRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_id: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        secondary_ip_range: typing.Optional[typing.Sequence[typing.Union["ComputeSubnetworkSpecSecondaryIpRange", typing.Dict[builtins.str, typing.Any]]]] = None,
        stack_type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ComputeSubnetworkSpec defines the desired state of ComputeSubnetwork.

        :param network_ref: The network this subnet belongs to. Only networks that are in the distributed mode can have subnetworks.
        :param region: Immutable. The GCP region for this subnetwork.
        :param description: Immutable. An optional description of this resource. Provide this property when you create the resource. This field can be set only at resource creation time.
        :param ip_cidr_range: The range of internal addresses that are owned by this subnetwork. Provide this property when you create the subnetwork. For example, 10.0.0.0/8 or 192.168.0.0/16. Ranges must be unique and non-overlapping within a network. Only IPv4 is supported. Field is optional when 'reservedInternalRangeRef' is defined, otherwise required.
        :param ipv6_access_type: The access type of IPv6 address this subnet holds. It's immutable and can only be specified during creation or the first time the subnet is updated into IPV4_IPV6 dual stack. If the ipv6_type is EXTERNAL then this subnet cannot enable direct path. Possible values: ["EXTERNAL", "INTERNAL"].
        :param log_config: This field denotes the VPC flow logging options for this subnetwork. If logging is enabled, logs are exported to Cloud Logging. Flow logging isn't supported if the subnet 'purpose' field is set to subnetwork is 'REGIONAL_MANAGED_PROXY' or 'GLOBAL_MANAGED_PROXY'.
        :param private_ip_google_access: When enabled, VMs in this subnetwork without external IP addresses can access Google APIs and services by using Private Google Access.
        :param private_ipv6_google_access: The private IPv6 google access type for the VMs in this subnet.
        :param purpose: Immutable. The purpose of the resource. This field can be either 'PRIVATE_RFC_1918', 'REGIONAL_MANAGED_PROXY', 'GLOBAL_MANAGED_PROXY', or 'PRIVATE_SERVICE_CONNECT'. A subnet with purpose set to 'REGIONAL_MANAGED_PROXY' is a user-created subnetwork that is reserved for regional Envoy-based load balancers. A subnetwork in a given region with purpose set to 'GLOBAL_MANAGED_PROXY' is a proxy-only subnet and is shared between all the cross-regional Envoy-based load balancers. A subnetwork with purpose set to 'PRIVATE_SERVICE_CONNECT' reserves the subnet for hosting a Private Service Connect published service. Note that 'REGIONAL_MANAGED_PROXY' is the preferred setting for all regional Envoy load balancers. If unspecified, the purpose defaults to 'PRIVATE_RFC_1918'.
        :param reserved_internal_range_ref: Immutable. The reference to the reserved internal range.
        :param resource_id: Immutable. Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.
        :param role: The role of subnetwork. Currently, this field is only used when 'purpose' is 'REGIONAL_MANAGED_PROXY'. The value can be set to 'ACTIVE' or 'BACKUP'. An 'ACTIVE' subnetwork is one that is currently being used for Envoy-based load balancers in a region. A 'BACKUP' subnetwork is one that is ready to be promoted to 'ACTIVE' or is currently draining. Possible values: ["ACTIVE", "BACKUP"].
        :param secondary_ip_range: 
        :param stack_type: The stack type for this subnet to identify whether the IPv6 feature is enabled or not. If not specified IPV4_ONLY will be used. Possible values: ["IPV4_ONLY", "IPV4_IPV6"].

        :schema: ComputeSubnetworkSpec
        '''
        if isinstance(network_ref, dict):
            network_ref = ComputeSubnetworkSpecNetworkRef(**network_ref)
        if isinstance(log_config, dict):
            log_config = ComputeSubnetworkSpecLogConfig(**log_config)
        if isinstance(reserved_internal_range_ref, dict):
            reserved_internal_range_ref = ComputeSubnetworkSpecReservedInternalRangeRef(**reserved_internal_range_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0c97997c46a5afed73735478c264670e2da2956ad47bbf216fd30696effc8e74)
            check_type(argname="argument network_ref", value=network_ref, expected_type=type_hints["network_ref"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument ip_cidr_range", value=ip_cidr_range, expected_type=type_hints["ip_cidr_range"])
            check_type(argname="argument ipv6_access_type", value=ipv6_access_type, expected_type=type_hints["ipv6_access_type"])
            check_type(argname="argument log_config", value=log_config, expected_type=type_hints["log_config"])
            check_type(argname="argument private_ip_google_access", value=private_ip_google_access, expected_type=type_hints["private_ip_google_access"])
            check_type(argname="argument private_ipv6_google_access", value=private_ipv6_google_access, expected_type=type_hints["private_ipv6_google_access"])
            check_type(argname="argument purpose", value=purpose, expected_type=type_hints["purpose"])
            check_type(argname="argument reserved_internal_range_ref", value=reserved_internal_range_ref, expected_type=type_hints["reserved_internal_range_ref"])
            check_type(argname="argument resource_id", value=resource_id, expected_type=type_hints["resource_id"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument secondary_ip_range", value=secondary_ip_range, expected_type=type_hints["secondary_ip_range"])
            check_type(argname="argument stack_type", value=stack_type, expected_type=type_hints["stack_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "network_ref": network_ref,
            "region": region,
        }
        if description is not None:
            self._values["description"] = description
        if ip_cidr_range is not None:
            self._values["ip_cidr_range"] = ip_cidr_range
        if ipv6_access_type is not None:
            self._values["ipv6_access_type"] = ipv6_access_type
        if log_config is not None:
            self._values["log_config"] = log_config
        if private_ip_google_access is not None:
            self._values["private_ip_google_access"] = private_ip_google_access
        if private_ipv6_google_access is not None:
            self._values["private_ipv6_google_access"] = private_ipv6_google_access
        if purpose is not None:
            self._values["purpose"] = purpose
        if reserved_internal_range_ref is not None:
            self._values["reserved_internal_range_ref"] = reserved_internal_range_ref
        if resource_id is not None:
            self._values["resource_id"] = resource_id
        if role is not None:
            self._values["role"] = role
        if secondary_ip_range is not None:
            self._values["secondary_ip_range"] = secondary_ip_range
        if stack_type is not None:
            self._values["stack_type"] = stack_type

    @builtins.property
    def network_ref(self) -> "ComputeSubnetworkSpecNetworkRef":
        '''The network this subnet belongs to.

        Only networks that are in the distributed mode can have subnetworks.

        :schema: ComputeSubnetworkSpec#networkRef
        '''
        result = self._values.get("network_ref")
        assert result is not None, "Required property 'network_ref' is missing"
        return typing.cast("ComputeSubnetworkSpecNetworkRef", result)

    @builtins.property
    def region(self) -> builtins.str:
        '''Immutable.

        The GCP region for this subnetwork.

        :schema: ComputeSubnetworkSpec#region
        '''
        result = self._values.get("region")
        assert result is not None, "Required property 'region' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        An optional description of this resource. Provide this property when you create the resource. This field can be set only at resource creation time.

        :schema: ComputeSubnetworkSpec#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ip_cidr_range(self) -> typing.Optional[builtins.str]:
        '''The range of internal addresses that are owned by this subnetwork.

        Provide this property when you create the subnetwork. For example, 10.0.0.0/8 or 192.168.0.0/16. Ranges must be unique and non-overlapping within a network. Only IPv4 is supported. Field is optional when 'reservedInternalRangeRef' is defined, otherwise required.

        :schema: ComputeSubnetworkSpec#ipCidrRange
        '''
        result = self._values.get("ip_cidr_range")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ipv6_access_type(self) -> typing.Optional[builtins.str]:
        '''The access type of IPv6 address this subnet holds.

        It's immutable and can only be specified during creation or the first time the subnet is updated into IPV4_IPV6 dual stack. If the ipv6_type is EXTERNAL then this subnet cannot enable direct path. Possible values: ["EXTERNAL", "INTERNAL"].

        :schema: ComputeSubnetworkSpec#ipv6AccessType
        '''
        result = self._values.get("ipv6_access_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log_config(self) -> typing.Optional["ComputeSubnetworkSpecLogConfig"]:
        '''This field denotes the VPC flow logging options for this subnetwork.

        If logging is enabled, logs are exported to Cloud Logging. Flow logging isn't supported if the subnet 'purpose' field is set to subnetwork is 'REGIONAL_MANAGED_PROXY' or 'GLOBAL_MANAGED_PROXY'.

        :schema: ComputeSubnetworkSpec#logConfig
        '''
        result = self._values.get("log_config")
        return typing.cast(typing.Optional["ComputeSubnetworkSpecLogConfig"], result)

    @builtins.property
    def private_ip_google_access(self) -> typing.Optional[builtins.bool]:
        '''When enabled, VMs in this subnetwork without external IP addresses can access Google APIs and services by using Private Google Access.

        :schema: ComputeSubnetworkSpec#privateIpGoogleAccess
        '''
        result = self._values.get("private_ip_google_access")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def private_ipv6_google_access(self) -> typing.Optional[builtins.str]:
        '''The private IPv6 google access type for the VMs in this subnet.

        :schema: ComputeSubnetworkSpec#privateIpv6GoogleAccess
        '''
        result = self._values.get("private_ipv6_google_access")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def purpose(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The purpose of the resource. This field can be either 'PRIVATE_RFC_1918', 'REGIONAL_MANAGED_PROXY', 'GLOBAL_MANAGED_PROXY', or 'PRIVATE_SERVICE_CONNECT'. A subnet with purpose set to 'REGIONAL_MANAGED_PROXY' is a user-created subnetwork that is reserved for regional Envoy-based load balancers. A subnetwork in a given region with purpose set to 'GLOBAL_MANAGED_PROXY' is a proxy-only subnet and is shared between all the cross-regional Envoy-based load balancers. A subnetwork with purpose set to 'PRIVATE_SERVICE_CONNECT' reserves the subnet for hosting a Private Service Connect published service. Note that 'REGIONAL_MANAGED_PROXY' is the preferred setting for all regional Envoy load balancers. If unspecified, the purpose defaults to 'PRIVATE_RFC_1918'.

        :schema: ComputeSubnetworkSpec#purpose
        '''
        result = self._values.get("purpose")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def reserved_internal_range_ref(
        self,
    ) -> typing.Optional["ComputeSubnetworkSpecReservedInternalRangeRef"]:
        '''Immutable.

        The reference to the reserved internal range.

        :schema: ComputeSubnetworkSpec#reservedInternalRangeRef
        '''
        result = self._values.get("reserved_internal_range_ref")
        return typing.cast(typing.Optional["ComputeSubnetworkSpecReservedInternalRangeRef"], result)

    @builtins.property
    def resource_id(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.

        :schema: ComputeSubnetworkSpec#resourceID
        '''
        result = self._values.get("resource_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''The role of subnetwork.

        Currently, this field is only used when 'purpose' is 'REGIONAL_MANAGED_PROXY'. The value can be set to 'ACTIVE' or 'BACKUP'. An 'ACTIVE' subnetwork is one that is currently being used for Envoy-based load balancers in a region. A 'BACKUP' subnetwork is one that is ready to be promoted to 'ACTIVE' or is currently draining. Possible values: ["ACTIVE", "BACKUP"].

        :schema: ComputeSubnetworkSpec#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secondary_ip_range(
        self,
    ) -> typing.Optional[typing.List["ComputeSubnetworkSpecSecondaryIpRange"]]:
        '''
        :schema: ComputeSubnetworkSpec#secondaryIpRange
        '''
        result = self._values.get("secondary_ip_range")
        return typing.cast(typing.Optional[typing.List["ComputeSubnetworkSpecSecondaryIpRange"]], result)

    @builtins.property
    def stack_type(self) -> typing.Optional[builtins.str]:
        '''The stack type for this subnet to identify whether the IPv6 feature is enabled or not.

        If not specified IPV4_ONLY will be used. Possible values: ["IPV4_ONLY", "IPV4_IPV6"].

        :schema: ComputeSubnetworkSpec#stackType
        '''
        result = self._values.get("stack_type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeSubnetworkSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeSubnetworkSpecLogConfig",
    jsii_struct_bases=[],
    name_mapping={
        "aggregation_interval": "aggregationInterval",
        "filter_expr": "filterExpr",
        "flow_sampling": "flowSampling",
        "metadata": "metadata",
        "metadata_fields": "metadataFields",
    },
)
class ComputeSubnetworkSpecLogConfig:
    def __init__(
        self,
        *,
        aggregation_interval: typing.Optional[builtins.str] = None,
        filter_expr: typing.Optional[builtins.str] = None,
        flow_sampling: typing.Optional[jsii.Number] = None,
        metadata: typing.Optional[builtins.str] = None,
        metadata_fields: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''This field denotes the VPC flow logging options for this subnetwork.

        If logging is enabled, logs are exported to Cloud Logging. Flow logging isn't supported if the subnet 'purpose' field is set to subnetwork is 'REGIONAL_MANAGED_PROXY' or 'GLOBAL_MANAGED_PROXY'.

        :param aggregation_interval: Can only be specified if VPC flow logging for this subnetwork is enabled. Toggles the aggregation interval for collecting flow logs. Increasing the interval time will reduce the amount of generated flow logs for long lasting connections. Default is an interval of 5 seconds per connection. Check the AggregationInterval enum for the list of possible values. Default: an interval of 5 seconds per connection. Check the AggregationInterval enum for the list of possible values.
        :param filter_expr: Can only be specified if VPC flow logs for this subnetwork is enabled. The filter expression is used to define which VPC flow logs should be exported to Cloud Logging.
        :param flow_sampling: Can only be specified if VPC flow logging for this subnetwork is enabled. The value of the field must be in [0, 1]. Set the sampling rate of VPC flow logs within the subnetwork where 1.0 means all collected logs are reported and 0.0 means no logs are reported. Default is 0.5 unless otherwise specified by the org policy, which means half of all collected logs are reported. Default: 0.5 unless otherwise specified by the org policy, which means half of all collected logs are reported.
        :param metadata: Can only be specified if VPC flow logs for this subnetwork is enabled. Configures whether all, none or a subset of metadata fields should be added to the reported VPC flow logs. Default is EXCLUDE_ALL_METADATA. Check the Metadata enum for the list of possible values. Default: EXCLUDE_ALL_METADATA. Check the Metadata enum for the list of possible values.
        :param metadata_fields: Can only be specified if VPC flow logs for this subnetwork is enabled and "metadata" was set to CUSTOM_METADATA.

        :schema: ComputeSubnetworkSpecLogConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__763c7cc60baf760cf84933977622afbb41a671dfbafb26745c2dbdd26679ef73)
            check_type(argname="argument aggregation_interval", value=aggregation_interval, expected_type=type_hints["aggregation_interval"])
            check_type(argname="argument filter_expr", value=filter_expr, expected_type=type_hints["filter_expr"])
            check_type(argname="argument flow_sampling", value=flow_sampling, expected_type=type_hints["flow_sampling"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument metadata_fields", value=metadata_fields, expected_type=type_hints["metadata_fields"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if aggregation_interval is not None:
            self._values["aggregation_interval"] = aggregation_interval
        if filter_expr is not None:
            self._values["filter_expr"] = filter_expr
        if flow_sampling is not None:
            self._values["flow_sampling"] = flow_sampling
        if metadata is not None:
            self._values["metadata"] = metadata
        if metadata_fields is not None:
            self._values["metadata_fields"] = metadata_fields

    @builtins.property
    def aggregation_interval(self) -> typing.Optional[builtins.str]:
        '''Can only be specified if VPC flow logging for this subnetwork is enabled.

        Toggles the aggregation interval for collecting flow logs. Increasing the interval time will reduce the amount of generated flow logs for long lasting connections. Default is an interval of 5 seconds per connection. Check the AggregationInterval enum for the list of possible values.

        :default: an interval of 5 seconds per connection. Check the AggregationInterval enum for the list of possible values.

        :schema: ComputeSubnetworkSpecLogConfig#aggregationInterval
        '''
        result = self._values.get("aggregation_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def filter_expr(self) -> typing.Optional[builtins.str]:
        '''Can only be specified if VPC flow logs for this subnetwork is enabled.

        The filter expression is used to define which VPC flow logs should be exported to Cloud Logging.

        :schema: ComputeSubnetworkSpecLogConfig#filterExpr
        '''
        result = self._values.get("filter_expr")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def flow_sampling(self) -> typing.Optional[jsii.Number]:
        '''Can only be specified if VPC flow logging for this subnetwork is enabled.

        The value of the field must be in [0, 1]. Set the sampling rate of VPC flow logs within the subnetwork where 1.0 means all collected logs are reported and 0.0 means no logs are reported. Default is 0.5 unless otherwise specified by the org policy, which means half of all collected logs are reported.

        :default: 0.5 unless otherwise specified by the org policy, which means half of all collected logs are reported.

        :schema: ComputeSubnetworkSpecLogConfig#flowSampling
        '''
        result = self._values.get("flow_sampling")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def metadata(self) -> typing.Optional[builtins.str]:
        '''Can only be specified if VPC flow logs for this subnetwork is enabled.

        Configures whether all, none or a subset of metadata fields should be added to the reported VPC flow logs. Default is EXCLUDE_ALL_METADATA. Check the Metadata enum for the list of possible values.

        :default: EXCLUDE_ALL_METADATA. Check the Metadata enum for the list of possible values.

        :schema: ComputeSubnetworkSpecLogConfig#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metadata_fields(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Can only be specified if VPC flow logs for this subnetwork is enabled and "metadata" was set to CUSTOM_METADATA.

        :schema: ComputeSubnetworkSpecLogConfig#metadataFields
        '''
        result = self._values.get("metadata_fields")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeSubnetworkSpecLogConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeSubnetworkSpecNetworkRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ComputeSubnetworkSpecNetworkRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The network this subnet belongs to.

        Only networks that are in the distributed mode can have subnetworks.

        :param external: A reference to an externally managed ComputeNetwork resource. Should be in the format "projects/{{projectID}}/global/networks/{{networkID}}".
        :param name: The name of a ComputeNetwork resource.
        :param namespace: The namespace of a ComputeNetwork resource.

        :schema: ComputeSubnetworkSpecNetworkRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__32d8464fe30b0ba4e42e2ad2dcaeb1f851981004440a21bd29cca6cf8e4fc9a2)
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
        '''A reference to an externally managed ComputeNetwork resource.

        Should be in the format "projects/{{projectID}}/global/networks/{{networkID}}".

        :schema: ComputeSubnetworkSpecNetworkRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeNetwork resource.

        :schema: ComputeSubnetworkSpecNetworkRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeNetwork resource.

        :schema: ComputeSubnetworkSpecNetworkRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeSubnetworkSpecNetworkRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeSubnetworkSpecReservedInternalRangeRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ComputeSubnetworkSpecReservedInternalRangeRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Immutable.

        The reference to the reserved internal range.

        :param external: A reference to an externally managed NetworkConnectivityInternalRange resource. Should be in the format "projects/{{projectID}}/locations/{{location}}/internalRanges/{{internalrangeID}}".
        :param name: The name field of a NetworkConnectivityInternalRange resource.
        :param namespace: The namespace field of a NetworkConnectivityInternalRange resource.

        :schema: ComputeSubnetworkSpecReservedInternalRangeRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aea5b4939d6675754d42772d772430ea0a475aade85fcc10b057f36e0ca46d81)
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
        '''A reference to an externally managed NetworkConnectivityInternalRange resource.

        Should be in the format "projects/{{projectID}}/locations/{{location}}/internalRanges/{{internalrangeID}}".

        :schema: ComputeSubnetworkSpecReservedInternalRangeRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name field of a NetworkConnectivityInternalRange resource.

        :schema: ComputeSubnetworkSpecReservedInternalRangeRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace field of a NetworkConnectivityInternalRange resource.

        :schema: ComputeSubnetworkSpecReservedInternalRangeRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeSubnetworkSpecReservedInternalRangeRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeSubnetworkSpecSecondaryIpRange",
    jsii_struct_bases=[],
    name_mapping={
        "range_name": "rangeName",
        "ip_cidr_range": "ipCidrRange",
        "reserved_internal_range_ref": "reservedInternalRangeRef",
    },
)
class ComputeSubnetworkSpecSecondaryIpRange:
    def __init__(
        self,
        *,
        range_name: builtins.str,
        ip_cidr_range: typing.Optional[builtins.str] = None,
        reserved_internal_range_ref: typing.Optional[typing.Union["ComputeSubnetworkSpecSecondaryIpRangeReservedInternalRangeRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param range_name: The name associated with this subnetwork secondary range, used when adding an alias IP range to a VM instance. The name must be 1-63 characters long, and comply with RFC1035. The name must be unique within the subnetwork.
        :param ip_cidr_range: The range of IP addresses belonging to this subnetwork secondary range. Provide this property when you create the subnetwork. Ranges must be unique and non-overlapping with all primary and secondary IP ranges within a network. Only IPv4 is supported. Field is optional when 'reservedInternalRangeRef' is defined, otherwise required. The range can be any range listed in the Valid ranges list.
        :param reserved_internal_range_ref: The reference to the reserved internal range.

        :schema: ComputeSubnetworkSpecSecondaryIpRange
        '''
        if isinstance(reserved_internal_range_ref, dict):
            reserved_internal_range_ref = ComputeSubnetworkSpecSecondaryIpRangeReservedInternalRangeRef(**reserved_internal_range_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ac78015f082218e7b49a271fe106f02872d28f330b5f8edc69f6550115c840bb)
            check_type(argname="argument range_name", value=range_name, expected_type=type_hints["range_name"])
            check_type(argname="argument ip_cidr_range", value=ip_cidr_range, expected_type=type_hints["ip_cidr_range"])
            check_type(argname="argument reserved_internal_range_ref", value=reserved_internal_range_ref, expected_type=type_hints["reserved_internal_range_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "range_name": range_name,
        }
        if ip_cidr_range is not None:
            self._values["ip_cidr_range"] = ip_cidr_range
        if reserved_internal_range_ref is not None:
            self._values["reserved_internal_range_ref"] = reserved_internal_range_ref

    @builtins.property
    def range_name(self) -> builtins.str:
        '''The name associated with this subnetwork secondary range, used when adding an alias IP range to a VM instance.

        The name must be 1-63 characters long, and comply with RFC1035. The name must be unique within the subnetwork.

        :schema: ComputeSubnetworkSpecSecondaryIpRange#rangeName
        '''
        result = self._values.get("range_name")
        assert result is not None, "Required property 'range_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def ip_cidr_range(self) -> typing.Optional[builtins.str]:
        '''The range of IP addresses belonging to this subnetwork secondary range.

        Provide this property when you create the subnetwork. Ranges must be unique and non-overlapping with all primary and secondary IP ranges within a network. Only IPv4 is supported. Field is optional when 'reservedInternalRangeRef' is defined, otherwise required. The range can be any range listed in the Valid ranges list.

        :schema: ComputeSubnetworkSpecSecondaryIpRange#ipCidrRange
        '''
        result = self._values.get("ip_cidr_range")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def reserved_internal_range_ref(
        self,
    ) -> typing.Optional["ComputeSubnetworkSpecSecondaryIpRangeReservedInternalRangeRef"]:
        '''The reference to the reserved internal range.

        :schema: ComputeSubnetworkSpecSecondaryIpRange#reservedInternalRangeRef
        '''
        result = self._values.get("reserved_internal_range_ref")
        return typing.cast(typing.Optional["ComputeSubnetworkSpecSecondaryIpRangeReservedInternalRangeRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeSubnetworkSpecSecondaryIpRange(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_compute_comgooglecloudcnrmcompute.ComputeSubnetworkSpecSecondaryIpRangeReservedInternalRangeRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ComputeSubnetworkSpecSecondaryIpRangeReservedInternalRangeRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The reference to the reserved internal range.

        :param external: A reference to an externally managed NetworkConnectivityInternalRange resource. Should be in the format "projects/{{projectID}}/locations/{{location}}/internalRanges/{{internalrangeID}}".
        :param name: The name field of a NetworkConnectivityInternalRange resource.
        :param namespace: The namespace field of a NetworkConnectivityInternalRange resource.

        :schema: ComputeSubnetworkSpecSecondaryIpRangeReservedInternalRangeRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__49bbcf336196aa354d45438c858a7e1ec8f3da282ee0224064919cebeed979b7)
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
        '''A reference to an externally managed NetworkConnectivityInternalRange resource.

        Should be in the format "projects/{{projectID}}/locations/{{location}}/internalRanges/{{internalrangeID}}".

        :schema: ComputeSubnetworkSpecSecondaryIpRangeReservedInternalRangeRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name field of a NetworkConnectivityInternalRange resource.

        :schema: ComputeSubnetworkSpecSecondaryIpRangeReservedInternalRangeRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace field of a NetworkConnectivityInternalRange resource.

        :schema: ComputeSubnetworkSpecSecondaryIpRangeReservedInternalRangeRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComputeSubnetworkSpecSecondaryIpRangeReservedInternalRangeRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "ComputeAddress",
    "ComputeAddressProps",
    "ComputeAddressSpec",
    "ComputeAddressSpecIpCollectionRef",
    "ComputeAddressSpecNetworkRef",
    "ComputeAddressSpecSubnetworkRef",
    "ComputeNetwork",
    "ComputeNetworkProps",
    "ComputeNetworkSpec",
    "ComputeRouter",
    "ComputeRouterNat",
    "ComputeRouterNatProps",
    "ComputeRouterNatSpec",
    "ComputeRouterNatSpecDrainNatIps",
    "ComputeRouterNatSpecLogConfig",
    "ComputeRouterNatSpecNatIps",
    "ComputeRouterNatSpecRouterRef",
    "ComputeRouterNatSpecRules",
    "ComputeRouterNatSpecRulesAction",
    "ComputeRouterNatSpecRulesActionSourceNatActiveIpsRefs",
    "ComputeRouterNatSpecRulesActionSourceNatActiveRangesRefs",
    "ComputeRouterNatSpecRulesActionSourceNatDrainIpsRefs",
    "ComputeRouterNatSpecRulesActionSourceNatDrainRangesRefs",
    "ComputeRouterNatSpecSubnetwork",
    "ComputeRouterNatSpecSubnetworkSubnetworkRef",
    "ComputeRouterProps",
    "ComputeRouterSpec",
    "ComputeRouterSpecBgp",
    "ComputeRouterSpecBgpAdvertisedIpRanges",
    "ComputeRouterSpecNetworkRef",
    "ComputeSubnetwork",
    "ComputeSubnetworkProps",
    "ComputeSubnetworkSpec",
    "ComputeSubnetworkSpecLogConfig",
    "ComputeSubnetworkSpecNetworkRef",
    "ComputeSubnetworkSpecReservedInternalRangeRef",
    "ComputeSubnetworkSpecSecondaryIpRange",
    "ComputeSubnetworkSpecSecondaryIpRangeReservedInternalRangeRef",
]

publication.publish()

def _typecheckingstub__16917593e02185b0cec43274bf6a06748a0440e02cea936e3adc255196d63564(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ComputeAddressSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a2515f58ecd8121a69b6ea2f86d5b1c6453b29efe868190bf4e21c2f9206f6ba(
    *,
    spec: typing.Union[ComputeAddressSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__921ca7137d6463c0ffab8b25b1c78c4a8d456ab5dd4243d59ac60f417c1ccf36(
    *,
    location: builtins.str,
    address: typing.Optional[builtins.str] = None,
    address_type: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    ip_collection_ref: typing.Optional[typing.Union[ComputeAddressSpecIpCollectionRef, typing.Dict[builtins.str, typing.Any]]] = None,
    ipv6_endpoint_type: typing.Optional[builtins.str] = None,
    ip_version: typing.Optional[builtins.str] = None,
    network_ref: typing.Optional[typing.Union[ComputeAddressSpecNetworkRef, typing.Dict[builtins.str, typing.Any]]] = None,
    network_tier: typing.Optional[builtins.str] = None,
    prefix_length: typing.Optional[jsii.Number] = None,
    purpose: typing.Optional[builtins.str] = None,
    resource_id: typing.Optional[builtins.str] = None,
    subnetwork_ref: typing.Optional[typing.Union[ComputeAddressSpecSubnetworkRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25d0e79a651d2cb286e99c85a132964f73629951840ac5b6aab7e8bed9a97496(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__414320faddb3632dc4a8218d3460ac1ab317113e494e05d440dd18f056d927e0(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7e3be0c305646dda1d96ae73d3375a042343bb76ed5eeb2ba513efe7541a78e(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da37abf38096525a014f29c48248e406e71d48f0eb85d39355ae5ccf7681caf1(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ComputeNetworkSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__62c79a73c1707302dc66f718b71dd6d810c117ef510694acc976e3ba2db11289(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ComputeNetworkSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06b1bd8055a59847819ee2c0a5a59af49a5d4aa8e5bc84bfc0a9248f97849533(
    *,
    auto_create_subnetworks: typing.Optional[builtins.bool] = None,
    delete_default_routes_on_create: typing.Optional[builtins.bool] = None,
    description: typing.Optional[builtins.str] = None,
    enable_ula_internal_ipv6: typing.Optional[builtins.bool] = None,
    internal_ipv6_range: typing.Optional[builtins.str] = None,
    mtu: typing.Optional[jsii.Number] = None,
    network_firewall_policy_enforcement_order: typing.Optional[builtins.str] = None,
    network_profile: typing.Optional[builtins.str] = None,
    resource_id: typing.Optional[builtins.str] = None,
    routing_mode: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e59f6cd58ae651aef91ade0e428d2858b8bd5f909898d1ac01930f9204854f0(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ComputeRouterSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ed3a3844313ba9770df9d913b92d5ee68fc10b6b4a4cda9d0f9a24ba02e6478(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ComputeRouterNatSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c4764a31e97e93e2360d236081c6c8fef1226f872d2562747f776f6a8ecd801(
    *,
    spec: typing.Union[ComputeRouterNatSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea4e66e394532e4c1db1f0fd6a3d1074efd35d0801b4a2d2145964ca04111f16(
    *,
    nat_ip_allocate_option: builtins.str,
    region: builtins.str,
    router_ref: typing.Union[ComputeRouterNatSpecRouterRef, typing.Dict[builtins.str, typing.Any]],
    source_subnetwork_ip_ranges_to_nat: builtins.str,
    drain_nat_ips: typing.Optional[typing.Sequence[typing.Union[ComputeRouterNatSpecDrainNatIps, typing.Dict[builtins.str, typing.Any]]]] = None,
    enable_dynamic_port_allocation: typing.Optional[builtins.bool] = None,
    enable_endpoint_independent_mapping: typing.Optional[builtins.bool] = None,
    endpoint_types: typing.Optional[typing.Sequence[builtins.str]] = None,
    icmp_idle_timeout_sec: typing.Optional[jsii.Number] = None,
    log_config: typing.Optional[typing.Union[ComputeRouterNatSpecLogConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    max_ports_per_vm: typing.Optional[jsii.Number] = None,
    min_ports_per_vm: typing.Optional[jsii.Number] = None,
    nat_ips: typing.Optional[typing.Sequence[typing.Union[ComputeRouterNatSpecNatIps, typing.Dict[builtins.str, typing.Any]]]] = None,
    resource_id: typing.Optional[builtins.str] = None,
    rules: typing.Optional[typing.Sequence[typing.Union[ComputeRouterNatSpecRules, typing.Dict[builtins.str, typing.Any]]]] = None,
    subnetwork: typing.Optional[typing.Sequence[typing.Union[ComputeRouterNatSpecSubnetwork, typing.Dict[builtins.str, typing.Any]]]] = None,
    tcp_established_idle_timeout_sec: typing.Optional[jsii.Number] = None,
    tcp_time_wait_timeout_sec: typing.Optional[jsii.Number] = None,
    tcp_transitory_idle_timeout_sec: typing.Optional[jsii.Number] = None,
    type: typing.Optional[builtins.str] = None,
    udp_idle_timeout_sec: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3372d3e2fd92efc5e3af7068e9fd7e4779c2702e56ac7f63b55c9d586eb1c72(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20c113ddc861875719356e89606cb1ec378ae92421a498d4c5149503448633fa(
    *,
    enable: builtins.bool,
    filter: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__784596aaafce82827e160fbbcfb6e2676f8fddb86077ae41b31a5e883b84003e(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__48013cc0e7d8dc9207cc775675079368813f81c452f34cbee77a7602695f2150(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__50fa3e5ec586bf3f996d1aa6b9dd3ac0488cf6d0d80917b8730df0b3d20918a3(
    *,
    match: builtins.str,
    rule_number: jsii.Number,
    action: typing.Optional[typing.Union[ComputeRouterNatSpecRulesAction, typing.Dict[builtins.str, typing.Any]]] = None,
    description: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a4bbe5a3e1c2c0c52757b717e5af7ae0db49dd12c2ea0c30140034e7d912629(
    *,
    source_nat_active_ips_refs: typing.Optional[typing.Sequence[typing.Union[ComputeRouterNatSpecRulesActionSourceNatActiveIpsRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    source_nat_active_ranges_refs: typing.Optional[typing.Sequence[typing.Union[ComputeRouterNatSpecRulesActionSourceNatActiveRangesRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    source_nat_drain_ips_refs: typing.Optional[typing.Sequence[typing.Union[ComputeRouterNatSpecRulesActionSourceNatDrainIpsRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    source_nat_drain_ranges_refs: typing.Optional[typing.Sequence[typing.Union[ComputeRouterNatSpecRulesActionSourceNatDrainRangesRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b15a67729711a9201b8cb1526877045487e54a32d80f288a6ca909317763bffb(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d101956a1cbf95180cd33f75d872bf9b6bdaf75ff54ec6b253452c105642076(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e75b6ab4c8e86d21caf2f9ed3dc183508962fca936d32d114a97e028a1861a2d(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__21818b3be85af399a6933e7e69018f2a1d936d31aac10acb1a8c8dec2da951a3(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d54aeb38ed88fa75928124beb54526a01b0d18b15566281c14d91bc75ebcb85(
    *,
    source_ip_ranges_to_nat: typing.Sequence[builtins.str],
    subnetwork_ref: typing.Union[ComputeRouterNatSpecSubnetworkSubnetworkRef, typing.Dict[builtins.str, typing.Any]],
    secondary_ip_range_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f3ca0fb6508b74e33888cabec73bdad18c3e7a613b4cbd7bcc9f1d2e83803e1(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2201449e7e98659ae69a671931d9c687d3215ef604034de4b5d896f201a6e713(
    *,
    spec: typing.Union[ComputeRouterSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__edf426d8a7ab301b28f393e325a61ba011cb80f11d44869db637fbed7f275d6b(
    *,
    network_ref: typing.Union[ComputeRouterSpecNetworkRef, typing.Dict[builtins.str, typing.Any]],
    region: builtins.str,
    bgp: typing.Optional[typing.Union[ComputeRouterSpecBgp, typing.Dict[builtins.str, typing.Any]]] = None,
    description: typing.Optional[builtins.str] = None,
    encrypted_interconnect_router: typing.Optional[builtins.bool] = None,
    resource_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b927677d2ae8097e24e5f2802f4fb7f91d31d6d6a4a36c162477cf7f89afeae(
    *,
    asn: jsii.Number,
    advertised_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    advertised_ip_ranges: typing.Optional[typing.Sequence[typing.Union[ComputeRouterSpecBgpAdvertisedIpRanges, typing.Dict[builtins.str, typing.Any]]]] = None,
    advertise_mode: typing.Optional[builtins.str] = None,
    keepalive_interval: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a53a2e1a1ddd301ce8c5c3edc5f74f370ba6c578ed9222036fc8aac2da19d9e(
    *,
    range: builtins.str,
    description: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f99c8435e9feedc55ca945f5c96d780f5e28e747e7a1be666a5bf76ad008323(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__44d6387cc3a3fd7e3b608c70a7676ecd400d211dcff21cb814f9c78c939a5ce9(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ComputeSubnetworkSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3cc5ed1df815bdecbc1d896226f39115cd3407b55c359e3245f88147c1a5f9fe(
    *,
    spec: typing.Union[ComputeSubnetworkSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c97997c46a5afed73735478c264670e2da2956ad47bbf216fd30696effc8e74(
    *,
    network_ref: typing.Union[ComputeSubnetworkSpecNetworkRef, typing.Dict[builtins.str, typing.Any]],
    region: builtins.str,
    description: typing.Optional[builtins.str] = None,
    ip_cidr_range: typing.Optional[builtins.str] = None,
    ipv6_access_type: typing.Optional[builtins.str] = None,
    log_config: typing.Optional[typing.Union[ComputeSubnetworkSpecLogConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    private_ip_google_access: typing.Optional[builtins.bool] = None,
    private_ipv6_google_access: typing.Optional[builtins.str] = None,
    purpose: typing.Optional[builtins.str] = None,
    reserved_internal_range_ref: typing.Optional[typing.Union[ComputeSubnetworkSpecReservedInternalRangeRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_id: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    secondary_ip_range: typing.Optional[typing.Sequence[typing.Union[ComputeSubnetworkSpecSecondaryIpRange, typing.Dict[builtins.str, typing.Any]]]] = None,
    stack_type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__763c7cc60baf760cf84933977622afbb41a671dfbafb26745c2dbdd26679ef73(
    *,
    aggregation_interval: typing.Optional[builtins.str] = None,
    filter_expr: typing.Optional[builtins.str] = None,
    flow_sampling: typing.Optional[jsii.Number] = None,
    metadata: typing.Optional[builtins.str] = None,
    metadata_fields: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__32d8464fe30b0ba4e42e2ad2dcaeb1f851981004440a21bd29cca6cf8e4fc9a2(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aea5b4939d6675754d42772d772430ea0a475aade85fcc10b057f36e0ca46d81(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac78015f082218e7b49a271fe106f02872d28f330b5f8edc69f6550115c840bb(
    *,
    range_name: builtins.str,
    ip_cidr_range: typing.Optional[builtins.str] = None,
    reserved_internal_range_ref: typing.Optional[typing.Union[ComputeSubnetworkSpecSecondaryIpRangeReservedInternalRangeRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49bbcf336196aa354d45438c858a7e1ec8f3da282ee0224064919cebeed979b7(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
