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
