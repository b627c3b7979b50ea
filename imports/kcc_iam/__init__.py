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


class IamPartialPolicy(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPartialPolicy",
):
    '''IAMPartialPolicy is the Schema for the iampartialpolicy API.

    :schema: IAMPartialPolicy
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IamPartialPolicySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "IAMPartialPolicy" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: IAMPartialPolicySpec defines the desired state of IAMPartialPolicy.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2ee85cde667077f9a73ffb5ca546a60ca6638e91799e2a0c221cd2c005ed2da9)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = IamPartialPolicyProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IamPartialPolicySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "IAMPartialPolicy".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: IAMPartialPolicySpec defines the desired state of IAMPartialPolicy.
        '''
        props = IamPartialPolicyProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "IAMPartialPolicy".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPartialPolicyProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class IamPartialPolicyProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IamPartialPolicySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''IAMPartialPolicy is the Schema for the iampartialpolicy API.

        :param metadata: 
        :param spec: IAMPartialPolicySpec defines the desired state of IAMPartialPolicy.

        :schema: IAMPartialPolicy
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = IamPartialPolicySpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c799f788dff4be1ac14fc44bf560c14508723cfcd25cac8c75863f8161413273)
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
        :schema: IAMPartialPolicy#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["IamPartialPolicySpec"]:
        '''IAMPartialPolicySpec defines the desired state of IAMPartialPolicy.

        :schema: IAMPartialPolicy#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["IamPartialPolicySpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPartialPolicyProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPartialPolicySpec",
    jsii_struct_bases=[],
    name_mapping={"resource_ref": "resourceRef", "bindings": "bindings"},
)
class IamPartialPolicySpec:
    def __init__(
        self,
        *,
        resource_ref: typing.Union["IamPartialPolicySpecResourceRef", typing.Dict[builtins.str, typing.Any]],
        bindings: typing.Optional[typing.Sequence[typing.Union["IamPartialPolicySpecBindings", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''IAMPartialPolicySpec defines the desired state of IAMPartialPolicy.

        :param resource_ref: Immutable. Required. The GCP resource to set the IAM policy on (e.g. organization, project...)
        :param bindings: Optional. The list of IAM bindings managed by Config Connector.

        :schema: IamPartialPolicySpec
        '''
        if isinstance(resource_ref, dict):
            resource_ref = IamPartialPolicySpecResourceRef(**resource_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3c3431bb25187b8e55178d1cc72d8246e0a397df65e71dfddb3914bf3e91feec)
            check_type(argname="argument resource_ref", value=resource_ref, expected_type=type_hints["resource_ref"])
            check_type(argname="argument bindings", value=bindings, expected_type=type_hints["bindings"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "resource_ref": resource_ref,
        }
        if bindings is not None:
            self._values["bindings"] = bindings

    @builtins.property
    def resource_ref(self) -> "IamPartialPolicySpecResourceRef":
        '''Immutable.

        Required. The GCP resource to set the IAM policy on (e.g. organization, project...)

        :schema: IamPartialPolicySpec#resourceRef
        '''
        result = self._values.get("resource_ref")
        assert result is not None, "Required property 'resource_ref' is missing"
        return typing.cast("IamPartialPolicySpecResourceRef", result)

    @builtins.property
    def bindings(self) -> typing.Optional[typing.List["IamPartialPolicySpecBindings"]]:
        '''Optional.

        The list of IAM bindings managed by Config Connector.

        :schema: IamPartialPolicySpec#bindings
        '''
        result = self._values.get("bindings")
        return typing.cast(typing.Optional[typing.List["IamPartialPolicySpecBindings"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPartialPolicySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPartialPolicySpecBindings",
    jsii_struct_bases=[],
    name_mapping={"role": "role", "condition": "condition", "members": "members"},
)
class IamPartialPolicySpecBindings:
    def __init__(
        self,
        *,
        role: builtins.str,
        condition: typing.Optional[typing.Union["IamPartialPolicySpecBindingsCondition", typing.Dict[builtins.str, typing.Any]]] = None,
        members: typing.Optional[typing.Sequence[typing.Union["IamPartialPolicySpecBindingsMembers", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Specifies the members to bind to an IAM role.

        :param role: Required. The role to bind the users to.
        :param condition: Optional. The condition under which the binding applies.
        :param members: Optional. The list of IAM users to be bound to the role.

        :schema: IamPartialPolicySpecBindings
        '''
        if isinstance(condition, dict):
            condition = IamPartialPolicySpecBindingsCondition(**condition)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__064c45be9701324b60ab581112e5c8f6f9053f7f24394f015df3d921aa07c5c6)
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument condition", value=condition, expected_type=type_hints["condition"])
            check_type(argname="argument members", value=members, expected_type=type_hints["members"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "role": role,
        }
        if condition is not None:
            self._values["condition"] = condition
        if members is not None:
            self._values["members"] = members

    @builtins.property
    def role(self) -> builtins.str:
        '''Required.

        The role to bind the users to.

        :schema: IamPartialPolicySpecBindings#role
        '''
        result = self._values.get("role")
        assert result is not None, "Required property 'role' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def condition(self) -> typing.Optional["IamPartialPolicySpecBindingsCondition"]:
        '''Optional.

        The condition under which the binding applies.

        :schema: IamPartialPolicySpecBindings#condition
        '''
        result = self._values.get("condition")
        return typing.cast(typing.Optional["IamPartialPolicySpecBindingsCondition"], result)

    @builtins.property
    def members(
        self,
    ) -> typing.Optional[typing.List["IamPartialPolicySpecBindingsMembers"]]:
        '''Optional.

        The list of IAM users to be bound to the role.

        :schema: IamPartialPolicySpecBindings#members
        '''
        result = self._values.get("members")
        return typing.cast(typing.Optional[typing.List["IamPartialPolicySpecBindingsMembers"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPartialPolicySpecBindings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPartialPolicySpecBindingsCondition",
    jsii_struct_bases=[],
    name_mapping={
        "expression": "expression",
        "title": "title",
        "description": "description",
    },
)
class IamPartialPolicySpecBindingsCondition:
    def __init__(
        self,
        *,
        expression: builtins.str,
        title: builtins.str,
        description: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional.

        The condition under which the binding applies.

        :param expression: 
        :param title: 
        :param description: 

        :schema: IamPartialPolicySpecBindingsCondition
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__36ef4a8ff3b708c6c9a38b111a3242457f21540fbf358921728b8e3593a0d5d9)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument title", value=title, expected_type=type_hints["title"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "title": title,
        }
        if description is not None:
            self._values["description"] = description

    @builtins.property
    def expression(self) -> builtins.str:
        '''
        :schema: IamPartialPolicySpecBindingsCondition#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def title(self) -> builtins.str:
        '''
        :schema: IamPartialPolicySpecBindingsCondition#title
        '''
        result = self._values.get("title")
        assert result is not None, "Required property 'title' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IamPartialPolicySpecBindingsCondition#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPartialPolicySpecBindingsCondition(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPartialPolicySpecBindingsMembers",
    jsii_struct_bases=[],
    name_mapping={"member": "member", "member_from": "memberFrom"},
)
class IamPartialPolicySpecBindingsMembers:
    def __init__(
        self,
        *,
        member: typing.Optional[builtins.str] = None,
        member_from: typing.Optional[typing.Union["IamPartialPolicySpecBindingsMembersMemberFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param member: The IAM identity to be bound to the role. Exactly one of 'member' or 'memberFrom' must be used.
        :param member_from: The IAM identity to be bound to the role. Exactly one of 'member' or 'memberFrom' must be used, and only one subfield within 'memberFrom' can be used.

        :schema: IamPartialPolicySpecBindingsMembers
        '''
        if isinstance(member_from, dict):
            member_from = IamPartialPolicySpecBindingsMembersMemberFrom(**member_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__31e1da7a159110581987d168d5c1983c8a179cb80eadff9e525d142ec6e9e674)
            check_type(argname="argument member", value=member, expected_type=type_hints["member"])
            check_type(argname="argument member_from", value=member_from, expected_type=type_hints["member_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if member is not None:
            self._values["member"] = member
        if member_from is not None:
            self._values["member_from"] = member_from

    @builtins.property
    def member(self) -> typing.Optional[builtins.str]:
        '''The IAM identity to be bound to the role.

        Exactly one of 'member' or 'memberFrom' must be used.

        :schema: IamPartialPolicySpecBindingsMembers#member
        '''
        result = self._values.get("member")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def member_from(
        self,
    ) -> typing.Optional["IamPartialPolicySpecBindingsMembersMemberFrom"]:
        '''The IAM identity to be bound to the role.

        Exactly one of 'member' or 'memberFrom' must be used, and only one subfield within 'memberFrom' can be used.

        :schema: IamPartialPolicySpecBindingsMembers#memberFrom
        '''
        result = self._values.get("member_from")
        return typing.cast(typing.Optional["IamPartialPolicySpecBindingsMembersMemberFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPartialPolicySpecBindingsMembers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPartialPolicySpecBindingsMembersMemberFrom",
    jsii_struct_bases=[],
    name_mapping={
        "big_query_connection_connection_ref": "bigQueryConnectionConnectionRef",
        "log_sink_ref": "logSinkRef",
        "service_account_ref": "serviceAccountRef",
        "service_identity_ref": "serviceIdentityRef",
        "sql_instance_ref": "sqlInstanceRef",
    },
)
class IamPartialPolicySpecBindingsMembersMemberFrom:
    def __init__(
        self,
        *,
        big_query_connection_connection_ref: typing.Optional[typing.Union["IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRef", typing.Dict[builtins.str, typing.Any]]] = None,
        log_sink_ref: typing.Optional[typing.Union["IamPartialPolicySpecBindingsMembersMemberFromLogSinkRef", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_ref: typing.Optional[typing.Union["IamPartialPolicySpecBindingsMembersMemberFromServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
        service_identity_ref: typing.Optional[typing.Union["IamPartialPolicySpecBindingsMembersMemberFromServiceIdentityRef", typing.Dict[builtins.str, typing.Any]]] = None,
        sql_instance_ref: typing.Optional[typing.Union["IamPartialPolicySpecBindingsMembersMemberFromSqlInstanceRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''The IAM identity to be bound to the role.

        Exactly one of 'member' or 'memberFrom' must be used, and only one subfield within 'memberFrom' can be used.

        :param big_query_connection_connection_ref: BigQueryConnectionConnection whose service account is to be bound to the role. Use the Type field to specify the connection type. For "spark" connection, the service account is in ``status.observedState.spark.serviceAccountID``. For "cloudSQL" connection, the service account is in ``status.observedState.cloudSQL.serviceAccountID``. For "cloudResource" connection, the service account is in ``status.observedState.cloudResource.serviceAccountID``.
        :param log_sink_ref: The LoggingLogSink whose writer identity (i.e. its 'status.writerIdentity') is to be bound to the role.
        :param service_account_ref: The IAMServiceAccount to be bound to the role.
        :param service_identity_ref: The ServiceIdentity whose service account (i.e., its 'status.email') is to be bound to the role.
        :param sql_instance_ref: The SQLInstance whose service account (i.e. its 'status.serviceAccountEmailAddress') is to be bound to the role.

        :schema: IamPartialPolicySpecBindingsMembersMemberFrom
        '''
        if isinstance(big_query_connection_connection_ref, dict):
            big_query_connection_connection_ref = IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRef(**big_query_connection_connection_ref)
        if isinstance(log_sink_ref, dict):
            log_sink_ref = IamPartialPolicySpecBindingsMembersMemberFromLogSinkRef(**log_sink_ref)
        if isinstance(service_account_ref, dict):
            service_account_ref = IamPartialPolicySpecBindingsMembersMemberFromServiceAccountRef(**service_account_ref)
        if isinstance(service_identity_ref, dict):
            service_identity_ref = IamPartialPolicySpecBindingsMembersMemberFromServiceIdentityRef(**service_identity_ref)
        if isinstance(sql_instance_ref, dict):
            sql_instance_ref = IamPartialPolicySpecBindingsMembersMemberFromSqlInstanceRef(**sql_instance_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__87ddddb7a9e275e34acf98d382c4f947db539e2d0a2a532e99002f07d54623e2)
            check_type(argname="argument big_query_connection_connection_ref", value=big_query_connection_connection_ref, expected_type=type_hints["big_query_connection_connection_ref"])
            check_type(argname="argument log_sink_ref", value=log_sink_ref, expected_type=type_hints["log_sink_ref"])
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument service_identity_ref", value=service_identity_ref, expected_type=type_hints["service_identity_ref"])
            check_type(argname="argument sql_instance_ref", value=sql_instance_ref, expected_type=type_hints["sql_instance_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if big_query_connection_connection_ref is not None:
            self._values["big_query_connection_connection_ref"] = big_query_connection_connection_ref
        if log_sink_ref is not None:
            self._values["log_sink_ref"] = log_sink_ref
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref
        if service_identity_ref is not None:
            self._values["service_identity_ref"] = service_identity_ref
        if sql_instance_ref is not None:
            self._values["sql_instance_ref"] = sql_instance_ref

    @builtins.property
    def big_query_connection_connection_ref(
        self,
    ) -> typing.Optional["IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRef"]:
        '''BigQueryConnectionConnection whose service account is to be bound to the role.

        Use the Type field to specify the connection type. For "spark" connection, the service account is in ``status.observedState.spark.serviceAccountID``. For "cloudSQL" connection, the service account is in ``status.observedState.cloudSQL.serviceAccountID``. For "cloudResource" connection, the service account is in ``status.observedState.cloudResource.serviceAccountID``.

        :schema: IamPartialPolicySpecBindingsMembersMemberFrom#bigQueryConnectionConnectionRef
        '''
        result = self._values.get("big_query_connection_connection_ref")
        return typing.cast(typing.Optional["IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRef"], result)

    @builtins.property
    def log_sink_ref(
        self,
    ) -> typing.Optional["IamPartialPolicySpecBindingsMembersMemberFromLogSinkRef"]:
        '''The LoggingLogSink whose writer identity (i.e. its 'status.writerIdentity') is to be bound to the role.

        :schema: IamPartialPolicySpecBindingsMembersMemberFrom#logSinkRef
        '''
        result = self._values.get("log_sink_ref")
        return typing.cast(typing.Optional["IamPartialPolicySpecBindingsMembersMemberFromLogSinkRef"], result)

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["IamPartialPolicySpecBindingsMembersMemberFromServiceAccountRef"]:
        '''The IAMServiceAccount to be bound to the role.

        :schema: IamPartialPolicySpecBindingsMembersMemberFrom#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["IamPartialPolicySpecBindingsMembersMemberFromServiceAccountRef"], result)

    @builtins.property
    def service_identity_ref(
        self,
    ) -> typing.Optional["IamPartialPolicySpecBindingsMembersMemberFromServiceIdentityRef"]:
        '''The ServiceIdentity whose service account (i.e., its 'status.email') is to be bound to the role.

        :schema: IamPartialPolicySpecBindingsMembersMemberFrom#serviceIdentityRef
        '''
        result = self._values.get("service_identity_ref")
        return typing.cast(typing.Optional["IamPartialPolicySpecBindingsMembersMemberFromServiceIdentityRef"], result)

    @builtins.property
    def sql_instance_ref(
        self,
    ) -> typing.Optional["IamPartialPolicySpecBindingsMembersMemberFromSqlInstanceRef"]:
        '''The SQLInstance whose service account (i.e. its 'status.serviceAccountEmailAddress') is to be bound to the role.

        :schema: IamPartialPolicySpecBindingsMembersMemberFrom#sqlInstanceRef
        '''
        result = self._values.get("sql_instance_ref")
        return typing.cast(typing.Optional["IamPartialPolicySpecBindingsMembersMemberFromSqlInstanceRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPartialPolicySpecBindingsMembersMemberFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "type": "type", "namespace": "namespace"},
)
class IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRefType",
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''BigQueryConnectionConnection whose service account is to be bound to the role.

        Use the Type field to specify the connection type. For "spark" connection, the service account is in ``status.observedState.spark.serviceAccountID``. For "cloudSQL" connection, the service account is in ``status.observedState.cloudSQL.serviceAccountID``. For "cloudResource" connection, the service account is in ``status.observedState.cloudResource.serviceAccountID``.

        :param name: 
        :param type: Type field specifies the connection type of the BigQueryConnectionConnection resource, whose service account is to be bound to the role.
        :param namespace: 

        :schema: IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__09effea0d6e144a8dae027b24e7e1b8968e58436b330a8d94e4c6879a6b90baa)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(
        self,
    ) -> "IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRefType":
        '''Type field specifies the connection type of the BigQueryConnectionConnection resource, whose service account is to be bound to the role.

        :schema: IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRef#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRefType", result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRefType"
)
class IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRefType(
    enum.Enum,
):
    '''Type field specifies the connection type of the BigQueryConnectionConnection resource, whose service account is to be bound to the role.

    :schema: IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRefType
    '''

    SPARK = "SPARK"
    '''spark.'''
    CLOUD_SQL = "CLOUD_SQL"
    '''cloudSQL.'''
    CLOUD_RESOURCE = "CLOUD_RESOURCE"
    '''cloudResource.'''


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPartialPolicySpecBindingsMembersMemberFromLogSinkRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class IamPartialPolicySpecBindingsMembersMemberFromLogSinkRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The LoggingLogSink whose writer identity (i.e. its 'status.writerIdentity') is to be bound to the role.

        :param name: 
        :param namespace: 

        :schema: IamPartialPolicySpecBindingsMembersMemberFromLogSinkRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e5f213aaa03a67cc8d8545136a1b0bb953eb3ee8c752939c790c1f7d1712bb62)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IamPartialPolicySpecBindingsMembersMemberFromLogSinkRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IamPartialPolicySpecBindingsMembersMemberFromLogSinkRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPartialPolicySpecBindingsMembersMemberFromLogSinkRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPartialPolicySpecBindingsMembersMemberFromServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class IamPartialPolicySpecBindingsMembersMemberFromServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The IAMServiceAccount to be bound to the role.

        :param name: 
        :param namespace: 

        :schema: IamPartialPolicySpecBindingsMembersMemberFromServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ed02423400d3ff15bb2eb923cc389be97a55b5e6c709268e9ed40b11e0bcbc29)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IamPartialPolicySpecBindingsMembersMemberFromServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IamPartialPolicySpecBindingsMembersMemberFromServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPartialPolicySpecBindingsMembersMemberFromServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPartialPolicySpecBindingsMembersMemberFromServiceIdentityRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class IamPartialPolicySpecBindingsMembersMemberFromServiceIdentityRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The ServiceIdentity whose service account (i.e., its 'status.email') is to be bound to the role.

        :param name: 
        :param namespace: 

        :schema: IamPartialPolicySpecBindingsMembersMemberFromServiceIdentityRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__298816da68e1749a9b372fc5a7e6cd7b6b39949e08df31cbd19a6d6cdbc3d87a)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IamPartialPolicySpecBindingsMembersMemberFromServiceIdentityRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IamPartialPolicySpecBindingsMembersMemberFromServiceIdentityRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPartialPolicySpecBindingsMembersMemberFromServiceIdentityRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPartialPolicySpecBindingsMembersMemberFromSqlInstanceRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class IamPartialPolicySpecBindingsMembersMemberFromSqlInstanceRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SQLInstance whose service account (i.e. its 'status.serviceAccountEmailAddress') is to be bound to the role.

        :param name: 
        :param namespace: 

        :schema: IamPartialPolicySpecBindingsMembersMemberFromSqlInstanceRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c591af3418e2c491a224e92bc180aa4fddd2d84b370d52d6f5edc2d5384c9a6d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IamPartialPolicySpecBindingsMembersMemberFromSqlInstanceRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IamPartialPolicySpecBindingsMembersMemberFromSqlInstanceRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPartialPolicySpecBindingsMembersMemberFromSqlInstanceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPartialPolicySpecResourceRef",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "api_version": "apiVersion",
        "external": "external",
        "name": "name",
        "namespace": "namespace",
    },
)
class IamPartialPolicySpecResourceRef:
    def __init__(
        self,
        *,
        kind: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Immutable.

        Required. The GCP resource to set the IAM policy on (e.g. organization, project...)

        :param kind: Kind of the referenced resource.
        :param api_version: APIVersion of the referenced resource.
        :param external: The external name of the referenced resource.
        :param name: 
        :param namespace: 

        :schema: IamPartialPolicySpecResourceRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__367cc8d259583ab9054318ca3d13840d5791124208856653056bb8d176dfac4c)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
        }
        if api_version is not None:
            self._values["api_version"] = api_version
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind of the referenced resource.

        :schema: IamPartialPolicySpecResourceRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''APIVersion of the referenced resource.

        :schema: IamPartialPolicySpecResourceRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''The external name of the referenced resource.

        :schema: IamPartialPolicySpecResourceRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IamPartialPolicySpecResourceRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IamPartialPolicySpecResourceRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPartialPolicySpecResourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class IamPolicy(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicy",
):
    '''IAMPolicy is the Schema for the iampolicies API.

    :schema: IAMPolicy
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IamPolicySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "IAMPolicy" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: IAMPolicySpec defines the desired state of IAMPolicy.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6cc97aac7a4305d5685fe50f0bec2566e8c060039735b53b74794f7e1e1cc29e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = IamPolicyProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IamPolicySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "IAMPolicy".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: IAMPolicySpec defines the desired state of IAMPolicy.
        '''
        props = IamPolicyProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "IAMPolicy".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


class IamPolicyMember(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicyMember",
):
    '''IAMPolicyMember is the Schema for the iampolicies API.

    :schema: IAMPolicyMember
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IamPolicyMemberSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "IAMPolicyMember" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: IAMPolicyMemberSpec defines the desired state of IAMPolicyMember.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9d4c4708f0b7cde4afaba3d5e5385999e21b33426ee3b6b3bc7ca5d5e9f04d82)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = IamPolicyMemberProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IamPolicyMemberSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "IAMPolicyMember".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: IAMPolicyMemberSpec defines the desired state of IAMPolicyMember.
        '''
        props = IamPolicyMemberProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "IAMPolicyMember".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicyMemberProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class IamPolicyMemberProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IamPolicyMemberSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''IAMPolicyMember is the Schema for the iampolicies API.

        :param metadata: 
        :param spec: IAMPolicyMemberSpec defines the desired state of IAMPolicyMember.

        :schema: IAMPolicyMember
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = IamPolicyMemberSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7e85c187bf6d1d4e0dd74359a3b251e74db03c97a7188cb453bed89831fbf744)
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
        :schema: IAMPolicyMember#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["IamPolicyMemberSpec"]:
        '''IAMPolicyMemberSpec defines the desired state of IAMPolicyMember.

        :schema: IAMPolicyMember#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["IamPolicyMemberSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPolicyMemberProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicyMemberSpec",
    jsii_struct_bases=[],
    name_mapping={
        "resource_ref": "resourceRef",
        "role": "role",
        "condition": "condition",
        "member": "member",
        "member_from": "memberFrom",
    },
)
class IamPolicyMemberSpec:
    def __init__(
        self,
        *,
        resource_ref: typing.Union["IamPolicyMemberSpecResourceRef", typing.Dict[builtins.str, typing.Any]],
        role: builtins.str,
        condition: typing.Optional[typing.Union["IamPolicyMemberSpecCondition", typing.Dict[builtins.str, typing.Any]]] = None,
        member: typing.Optional[builtins.str] = None,
        member_from: typing.Optional[typing.Union["IamPolicyMemberSpecMemberFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''IAMPolicyMemberSpec defines the desired state of IAMPolicyMember.

        :param resource_ref: Immutable. Required. The GCP resource to set the IAM policy on (e.g. organization, project...)
        :param role: Immutable. Required. The role for which the Member will be bound.
        :param condition: Immutable. Optional. The condition under which the binding applies.
        :param member: Immutable. The IAM identity to be bound to the role. Exactly one of 'member' or 'memberFrom' must be used.
        :param member_from: Immutable. The IAM identity to be bound to the role. Exactly one of 'member' or 'memberFrom' must be used, and only one subfield within 'memberFrom' can be used.

        :schema: IamPolicyMemberSpec
        '''
        if isinstance(resource_ref, dict):
            resource_ref = IamPolicyMemberSpecResourceRef(**resource_ref)
        if isinstance(condition, dict):
            condition = IamPolicyMemberSpecCondition(**condition)
        if isinstance(member_from, dict):
            member_from = IamPolicyMemberSpecMemberFrom(**member_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8437c1d7311413ee34af5246f6bdd0e1504478c82d89373fafc2b32d246ed8da)
            check_type(argname="argument resource_ref", value=resource_ref, expected_type=type_hints["resource_ref"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument condition", value=condition, expected_type=type_hints["condition"])
            check_type(argname="argument member", value=member, expected_type=type_hints["member"])
            check_type(argname="argument member_from", value=member_from, expected_type=type_hints["member_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "resource_ref": resource_ref,
            "role": role,
        }
        if condition is not None:
            self._values["condition"] = condition
        if member is not None:
            self._values["member"] = member
        if member_from is not None:
            self._values["member_from"] = member_from

    @builtins.property
    def resource_ref(self) -> "IamPolicyMemberSpecResourceRef":
        '''Immutable.

        Required. The GCP resource to set the IAM policy on (e.g. organization, project...)

        :schema: IamPolicyMemberSpec#resourceRef
        '''
        result = self._values.get("resource_ref")
        assert result is not None, "Required property 'resource_ref' is missing"
        return typing.cast("IamPolicyMemberSpecResourceRef", result)

    @builtins.property
    def role(self) -> builtins.str:
        '''Immutable.

        Required. The role for which the Member will be bound.

        :schema: IamPolicyMemberSpec#role
        '''
        result = self._values.get("role")
        assert result is not None, "Required property 'role' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def condition(self) -> typing.Optional["IamPolicyMemberSpecCondition"]:
        '''Immutable.

        Optional. The condition under which the binding applies.

        :schema: IamPolicyMemberSpec#condition
        '''
        result = self._values.get("condition")
        return typing.cast(typing.Optional["IamPolicyMemberSpecCondition"], result)

    @builtins.property
    def member(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The IAM identity to be bound to the role. Exactly one of 'member' or 'memberFrom' must be used.

        :schema: IamPolicyMemberSpec#member
        '''
        result = self._values.get("member")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def member_from(self) -> typing.Optional["IamPolicyMemberSpecMemberFrom"]:
        '''Immutable.

        The IAM identity to be bound to the role. Exactly one of 'member' or 'memberFrom' must be used, and only one subfield within 'memberFrom' can be used.

        :schema: IamPolicyMemberSpec#memberFrom
        '''
        result = self._values.get("member_from")
        return typing.cast(typing.Optional["IamPolicyMemberSpecMemberFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPolicyMemberSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicyMemberSpecCondition",
    jsii_struct_bases=[],
    name_mapping={
        "expression": "expression",
        "title": "title",
        "description": "description",
    },
)
class IamPolicyMemberSpecCondition:
    def __init__(
        self,
        *,
        expression: builtins.str,
        title: builtins.str,
        description: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Immutable.

        Optional. The condition under which the binding applies.

        :param expression: 
        :param title: 
        :param description: 

        :schema: IamPolicyMemberSpecCondition
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__60d1bcbd4c18f9baf2e7a9a4b2b20302de88d42e8bab50dd1d01608245561ea0)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument title", value=title, expected_type=type_hints["title"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "title": title,
        }
        if description is not None:
            self._values["description"] = description

    @builtins.property
    def expression(self) -> builtins.str:
        '''
        :schema: IamPolicyMemberSpecCondition#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def title(self) -> builtins.str:
        '''
        :schema: IamPolicyMemberSpecCondition#title
        '''
        result = self._values.get("title")
        assert result is not None, "Required property 'title' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IamPolicyMemberSpecCondition#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPolicyMemberSpecCondition(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicyMemberSpecMemberFrom",
    jsii_struct_bases=[],
    name_mapping={
        "big_query_connection_connection_ref": "bigQueryConnectionConnectionRef",
        "log_sink_ref": "logSinkRef",
        "service_account_ref": "serviceAccountRef",
        "service_identity_ref": "serviceIdentityRef",
        "sql_instance_ref": "sqlInstanceRef",
    },
)
class IamPolicyMemberSpecMemberFrom:
    def __init__(
        self,
        *,
        big_query_connection_connection_ref: typing.Optional[typing.Union["IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRef", typing.Dict[builtins.str, typing.Any]]] = None,
        log_sink_ref: typing.Optional[typing.Union["IamPolicyMemberSpecMemberFromLogSinkRef", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_ref: typing.Optional[typing.Union["IamPolicyMemberSpecMemberFromServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
        service_identity_ref: typing.Optional[typing.Union["IamPolicyMemberSpecMemberFromServiceIdentityRef", typing.Dict[builtins.str, typing.Any]]] = None,
        sql_instance_ref: typing.Optional[typing.Union["IamPolicyMemberSpecMemberFromSqlInstanceRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Immutable.

        The IAM identity to be bound to the role. Exactly one of 'member' or 'memberFrom' must be used, and only one subfield within 'memberFrom' can be used.

        :param big_query_connection_connection_ref: BigQueryConnectionConnection whose service account is to be bound to the role. Use the Type field to specify the connection type. For "spark" connection, the service account is in ``status.observedState.spark.serviceAccountID``. For "cloudSQL" connection, the service account is in ``status.observedState.cloudSQL.serviceAccountID``. For "cloudResource" connection, the service account is in ``status.observedState.cloudResource.serviceAccountID``.
        :param log_sink_ref: The LoggingLogSink whose writer identity (i.e. its 'status.writerIdentity') is to be bound to the role.
        :param service_account_ref: The IAMServiceAccount to be bound to the role.
        :param service_identity_ref: The ServiceIdentity whose service account (i.e., its 'status.email') is to be bound to the role.
        :param sql_instance_ref: The SQLInstance whose service account (i.e. its 'status.serviceAccountEmailAddress') is to be bound to the role.

        :schema: IamPolicyMemberSpecMemberFrom
        '''
        if isinstance(big_query_connection_connection_ref, dict):
            big_query_connection_connection_ref = IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRef(**big_query_connection_connection_ref)
        if isinstance(log_sink_ref, dict):
            log_sink_ref = IamPolicyMemberSpecMemberFromLogSinkRef(**log_sink_ref)
        if isinstance(service_account_ref, dict):
            service_account_ref = IamPolicyMemberSpecMemberFromServiceAccountRef(**service_account_ref)
        if isinstance(service_identity_ref, dict):
            service_identity_ref = IamPolicyMemberSpecMemberFromServiceIdentityRef(**service_identity_ref)
        if isinstance(sql_instance_ref, dict):
            sql_instance_ref = IamPolicyMemberSpecMemberFromSqlInstanceRef(**sql_instance_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d5e7c9e32712fa65c3714b46da7b57d6b5bafabfb7e98b541c3279201f8e960e)
            check_type(argname="argument big_query_connection_connection_ref", value=big_query_connection_connection_ref, expected_type=type_hints["big_query_connection_connection_ref"])
            check_type(argname="argument log_sink_ref", value=log_sink_ref, expected_type=type_hints["log_sink_ref"])
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument service_identity_ref", value=service_identity_ref, expected_type=type_hints["service_identity_ref"])
            check_type(argname="argument sql_instance_ref", value=sql_instance_ref, expected_type=type_hints["sql_instance_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if big_query_connection_connection_ref is not None:
            self._values["big_query_connection_connection_ref"] = big_query_connection_connection_ref
        if log_sink_ref is not None:
            self._values["log_sink_ref"] = log_sink_ref
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref
        if service_identity_ref is not None:
            self._values["service_identity_ref"] = service_identity_ref
        if sql_instance_ref is not None:
            self._values["sql_instance_ref"] = sql_instance_ref

    @builtins.property
    def big_query_connection_connection_ref(
        self,
    ) -> typing.Optional["IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRef"]:
        '''BigQueryConnectionConnection whose service account is to be bound to the role.

        Use the Type field to specify the connection type. For "spark" connection, the service account is in ``status.observedState.spark.serviceAccountID``. For "cloudSQL" connection, the service account is in ``status.observedState.cloudSQL.serviceAccountID``. For "cloudResource" connection, the service account is in ``status.observedState.cloudResource.serviceAccountID``.

        :schema: IamPolicyMemberSpecMemberFrom#bigQueryConnectionConnectionRef
        '''
        result = self._values.get("big_query_connection_connection_ref")
        return typing.cast(typing.Optional["IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRef"], result)

    @builtins.property
    def log_sink_ref(
        self,
    ) -> typing.Optional["IamPolicyMemberSpecMemberFromLogSinkRef"]:
        '''The LoggingLogSink whose writer identity (i.e. its 'status.writerIdentity') is to be bound to the role.

        :schema: IamPolicyMemberSpecMemberFrom#logSinkRef
        '''
        result = self._values.get("log_sink_ref")
        return typing.cast(typing.Optional["IamPolicyMemberSpecMemberFromLogSinkRef"], result)

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["IamPolicyMemberSpecMemberFromServiceAccountRef"]:
        '''The IAMServiceAccount to be bound to the role.

        :schema: IamPolicyMemberSpecMemberFrom#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["IamPolicyMemberSpecMemberFromServiceAccountRef"], result)

    @builtins.property
    def service_identity_ref(
        self,
    ) -> typing.Optional["IamPolicyMemberSpecMemberFromServiceIdentityRef"]:
        '''The ServiceIdentity whose service account (i.e., its 'status.email') is to be bound to the role.

        :schema: IamPolicyMemberSpecMemberFrom#serviceIdentityRef
        '''
        result = self._values.get("service_identity_ref")
        return typing.cast(typing.Optional["IamPolicyMemberSpecMemberFromServiceIdentityRef"], result)

    @builtins.property
    def sql_instance_ref(
        self,
    ) -> typing.Optional["IamPolicyMemberSpecMemberFromSqlInstanceRef"]:
        '''The SQLInstance whose service account (i.e. its 'status.serviceAccountEmailAddress') is to be bound to the role.

        :schema: IamPolicyMemberSpecMemberFrom#sqlInstanceRef
        '''
        result = self._values.get("sql_instance_ref")
        return typing.cast(typing.Optional["IamPolicyMemberSpecMemberFromSqlInstanceRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPolicyMemberSpecMemberFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "type": "type", "namespace": "namespace"},
)
class IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRefType",
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''BigQueryConnectionConnection whose service account is to be bound to the role.

        Use the Type field to specify the connection type. For "spark" connection, the service account is in ``status.observedState.spark.serviceAccountID``. For "cloudSQL" connection, the service account is in ``status.observedState.cloudSQL.serviceAccountID``. For "cloudResource" connection, the service account is in ``status.observedState.cloudResource.serviceAccountID``.

        :param name: 
        :param type: Type field specifies the connection type of the BigQueryConnectionConnection resource, whose service account is to be bound to the role.
        :param namespace: 

        :schema: IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b8e073c6603ccb5a6df2eeba50cb117db751bff055421bd57fa4d32b5a0c1962)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(
        self,
    ) -> "IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRefType":
        '''Type field specifies the connection type of the BigQueryConnectionConnection resource, whose service account is to be bound to the role.

        :schema: IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRef#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRefType", result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRefType"
)
class IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRefType(enum.Enum):
    '''Type field specifies the connection type of the BigQueryConnectionConnection resource, whose service account is to be bound to the role.

    :schema: IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRefType
    '''

    SPARK = "SPARK"
    '''spark.'''
    CLOUD_SQL = "CLOUD_SQL"
    '''cloudSQL.'''
    CLOUD_RESOURCE = "CLOUD_RESOURCE"
    '''cloudResource.'''


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicyMemberSpecMemberFromLogSinkRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class IamPolicyMemberSpecMemberFromLogSinkRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The LoggingLogSink whose writer identity (i.e. its 'status.writerIdentity') is to be bound to the role.

        :param name: 
        :param namespace: 

        :schema: IamPolicyMemberSpecMemberFromLogSinkRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2f31f34c7daab3736a41ed16e70716641d00aba0493bd504e02ffcc18fc495e9)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IamPolicyMemberSpecMemberFromLogSinkRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IamPolicyMemberSpecMemberFromLogSinkRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPolicyMemberSpecMemberFromLogSinkRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicyMemberSpecMemberFromServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class IamPolicyMemberSpecMemberFromServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The IAMServiceAccount to be bound to the role.

        :param name: 
        :param namespace: 

        :schema: IamPolicyMemberSpecMemberFromServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__97f3d8872b1889a4caa392356ca3fa225e0f31db73f5de05a4ff66235eb8a3bd)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IamPolicyMemberSpecMemberFromServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IamPolicyMemberSpecMemberFromServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPolicyMemberSpecMemberFromServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicyMemberSpecMemberFromServiceIdentityRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class IamPolicyMemberSpecMemberFromServiceIdentityRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The ServiceIdentity whose service account (i.e., its 'status.email') is to be bound to the role.

        :param name: 
        :param namespace: 

        :schema: IamPolicyMemberSpecMemberFromServiceIdentityRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5153cd1fa5747c5758f9970aa2435e9df285fa9483a331878672827cc7720249)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IamPolicyMemberSpecMemberFromServiceIdentityRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IamPolicyMemberSpecMemberFromServiceIdentityRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPolicyMemberSpecMemberFromServiceIdentityRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicyMemberSpecMemberFromSqlInstanceRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class IamPolicyMemberSpecMemberFromSqlInstanceRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SQLInstance whose service account (i.e. its 'status.serviceAccountEmailAddress') is to be bound to the role.

        :param name: 
        :param namespace: 

        :schema: IamPolicyMemberSpecMemberFromSqlInstanceRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8171730e929616a6c28e2fc230681d92cc894aaed70551722adc6aebe953e352)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: IamPolicyMemberSpecMemberFromSqlInstanceRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IamPolicyMemberSpecMemberFromSqlInstanceRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPolicyMemberSpecMemberFromSqlInstanceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicyMemberSpecResourceRef",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "api_version": "apiVersion",
        "external": "external",
        "name": "name",
        "namespace": "namespace",
    },
)
class IamPolicyMemberSpecResourceRef:
    def __init__(
        self,
        *,
        kind: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Immutable.

        Required. The GCP resource to set the IAM policy on (e.g. organization, project...)

        :param kind: Kind of the referenced resource.
        :param api_version: APIVersion of the referenced resource.
        :param external: The external name of the referenced resource.
        :param name: 
        :param namespace: 

        :schema: IamPolicyMemberSpecResourceRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e089c04032650d77d3ac82515b413d29bf8c550c8cfdbaae14b1ba99b5d3170)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
        }
        if api_version is not None:
            self._values["api_version"] = api_version
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind of the referenced resource.

        :schema: IamPolicyMemberSpecResourceRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''APIVersion of the referenced resource.

        :schema: IamPolicyMemberSpecResourceRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''The external name of the referenced resource.

        :schema: IamPolicyMemberSpecResourceRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IamPolicyMemberSpecResourceRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IamPolicyMemberSpecResourceRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPolicyMemberSpecResourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicyProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class IamPolicyProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IamPolicySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''IAMPolicy is the Schema for the iampolicies API.

        :param metadata: 
        :param spec: IAMPolicySpec defines the desired state of IAMPolicy.

        :schema: IAMPolicy
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = IamPolicySpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9bc5707510758a85cace3363b9212434502561f74d0d9f9c09c2443ebf1ee690)
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
        :schema: IAMPolicy#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["IamPolicySpec"]:
        '''IAMPolicySpec defines the desired state of IAMPolicy.

        :schema: IAMPolicy#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["IamPolicySpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPolicyProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicySpec",
    jsii_struct_bases=[],
    name_mapping={
        "resource_ref": "resourceRef",
        "audit_configs": "auditConfigs",
        "bindings": "bindings",
    },
)
class IamPolicySpec:
    def __init__(
        self,
        *,
        resource_ref: typing.Union["IamPolicySpecResourceRef", typing.Dict[builtins.str, typing.Any]],
        audit_configs: typing.Optional[typing.Sequence[typing.Union["IamPolicySpecAuditConfigs", typing.Dict[builtins.str, typing.Any]]]] = None,
        bindings: typing.Optional[typing.Sequence[typing.Union["IamPolicySpecBindings", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''IAMPolicySpec defines the desired state of IAMPolicy.

        :param resource_ref: Immutable. Required. The GCP resource to set the IAM policy on (e.g. organization, project...)
        :param audit_configs: Optional. The list of IAM audit configs.
        :param bindings: Optional. The list of IAM bindings.

        :schema: IamPolicySpec
        '''
        if isinstance(resource_ref, dict):
            resource_ref = IamPolicySpecResourceRef(**resource_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5949d480ac7357bb12f50929b0f4d28035f515e09d2ce943b6cc2f21e1de8580)
            check_type(argname="argument resource_ref", value=resource_ref, expected_type=type_hints["resource_ref"])
            check_type(argname="argument audit_configs", value=audit_configs, expected_type=type_hints["audit_configs"])
            check_type(argname="argument bindings", value=bindings, expected_type=type_hints["bindings"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "resource_ref": resource_ref,
        }
        if audit_configs is not None:
            self._values["audit_configs"] = audit_configs
        if bindings is not None:
            self._values["bindings"] = bindings

    @builtins.property
    def resource_ref(self) -> "IamPolicySpecResourceRef":
        '''Immutable.

        Required. The GCP resource to set the IAM policy on (e.g. organization, project...)

        :schema: IamPolicySpec#resourceRef
        '''
        result = self._values.get("resource_ref")
        assert result is not None, "Required property 'resource_ref' is missing"
        return typing.cast("IamPolicySpecResourceRef", result)

    @builtins.property
    def audit_configs(
        self,
    ) -> typing.Optional[typing.List["IamPolicySpecAuditConfigs"]]:
        '''Optional.

        The list of IAM audit configs.

        :schema: IamPolicySpec#auditConfigs
        '''
        result = self._values.get("audit_configs")
        return typing.cast(typing.Optional[typing.List["IamPolicySpecAuditConfigs"]], result)

    @builtins.property
    def bindings(self) -> typing.Optional[typing.List["IamPolicySpecBindings"]]:
        '''Optional.

        The list of IAM bindings.

        :schema: IamPolicySpec#bindings
        '''
        result = self._values.get("bindings")
        return typing.cast(typing.Optional[typing.List["IamPolicySpecBindings"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPolicySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicySpecAuditConfigs",
    jsii_struct_bases=[],
    name_mapping={"audit_log_configs": "auditLogConfigs", "service": "service"},
)
class IamPolicySpecAuditConfigs:
    def __init__(
        self,
        *,
        audit_log_configs: typing.Sequence[typing.Union["IamPolicySpecAuditConfigsAuditLogConfigs", typing.Dict[builtins.str, typing.Any]]],
        service: builtins.str,
    ) -> None:
        '''Specifies the Cloud Audit Logs configuration for the IAM policy.

        :param audit_log_configs: Required. The configuration for logging of each type of permission.
        :param service: Required. The service for which to enable Data Access audit logs. The special value 'allServices' covers all services. Note that if there are audit configs covering both 'allServices' and a specific service, then the union of the two audit configs is used for that service: the 'logTypes' specified in each 'auditLogConfig' are enabled, and the 'exemptedMembers' in each 'auditLogConfig' are exempted.

        :schema: IamPolicySpecAuditConfigs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__78e1c6f32508a868557fb41f6d1294f1a23855389e3cf16e19db45bdf4bf1607)
            check_type(argname="argument audit_log_configs", value=audit_log_configs, expected_type=type_hints["audit_log_configs"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "audit_log_configs": audit_log_configs,
            "service": service,
        }

    @builtins.property
    def audit_log_configs(
        self,
    ) -> typing.List["IamPolicySpecAuditConfigsAuditLogConfigs"]:
        '''Required.

        The configuration for logging of each type of permission.

        :schema: IamPolicySpecAuditConfigs#auditLogConfigs
        '''
        result = self._values.get("audit_log_configs")
        assert result is not None, "Required property 'audit_log_configs' is missing"
        return typing.cast(typing.List["IamPolicySpecAuditConfigsAuditLogConfigs"], result)

    @builtins.property
    def service(self) -> builtins.str:
        '''Required.

        The service for which to enable Data Access audit logs. The special value 'allServices' covers all services. Note that if there are audit configs covering both 'allServices' and a specific service, then the union of the two audit configs is used for that service: the 'logTypes' specified in each 'auditLogConfig' are enabled, and the 'exemptedMembers' in each 'auditLogConfig' are exempted.

        :schema: IamPolicySpecAuditConfigs#service
        '''
        result = self._values.get("service")
        assert result is not None, "Required property 'service' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPolicySpecAuditConfigs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicySpecAuditConfigsAuditLogConfigs",
    jsii_struct_bases=[],
    name_mapping={"log_type": "logType", "exempted_members": "exemptedMembers"},
)
class IamPolicySpecAuditConfigsAuditLogConfigs:
    def __init__(
        self,
        *,
        log_type: builtins.str,
        exempted_members: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param log_type: Permission type for which logging is to be configured. Must be one of 'DATA_READ', 'DATA_WRITE', or 'ADMIN_READ'.
        :param exempted_members: Identities that do not cause logging for this type of permission. The format is the same as that for 'members' in IAMPolicy/IAMPolicyMember.

        :schema: IamPolicySpecAuditConfigsAuditLogConfigs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1869217101d7d35a619097d345320928bd8a3373fa7bf2ab3ec781257863f5dc)
            check_type(argname="argument log_type", value=log_type, expected_type=type_hints["log_type"])
            check_type(argname="argument exempted_members", value=exempted_members, expected_type=type_hints["exempted_members"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "log_type": log_type,
        }
        if exempted_members is not None:
            self._values["exempted_members"] = exempted_members

    @builtins.property
    def log_type(self) -> builtins.str:
        '''Permission type for which logging is to be configured.

        Must be one of 'DATA_READ', 'DATA_WRITE', or 'ADMIN_READ'.

        :schema: IamPolicySpecAuditConfigsAuditLogConfigs#logType
        '''
        result = self._values.get("log_type")
        assert result is not None, "Required property 'log_type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def exempted_members(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Identities that do not cause logging for this type of permission.

        The format is the same as that for 'members' in IAMPolicy/IAMPolicyMember.

        :schema: IamPolicySpecAuditConfigsAuditLogConfigs#exemptedMembers
        '''
        result = self._values.get("exempted_members")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPolicySpecAuditConfigsAuditLogConfigs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicySpecBindings",
    jsii_struct_bases=[],
    name_mapping={"role": "role", "condition": "condition", "members": "members"},
)
class IamPolicySpecBindings:
    def __init__(
        self,
        *,
        role: builtins.str,
        condition: typing.Optional[typing.Union["IamPolicySpecBindingsCondition", typing.Dict[builtins.str, typing.Any]]] = None,
        members: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Specifies the members to bind to an IAM role.

        :param role: Required. The role to bind the users to.
        :param condition: Optional. The condition under which the binding applies.
        :param members: Optional. The list of IAM users to be bound to the role.

        :schema: IamPolicySpecBindings
        '''
        if isinstance(condition, dict):
            condition = IamPolicySpecBindingsCondition(**condition)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7cbabf8e4009326cf6c68f8bf8dabe85659a53786bd1314ce9503c617fb6be04)
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument condition", value=condition, expected_type=type_hints["condition"])
            check_type(argname="argument members", value=members, expected_type=type_hints["members"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "role": role,
        }
        if condition is not None:
            self._values["condition"] = condition
        if members is not None:
            self._values["members"] = members

    @builtins.property
    def role(self) -> builtins.str:
        '''Required.

        The role to bind the users to.

        :schema: IamPolicySpecBindings#role
        '''
        result = self._values.get("role")
        assert result is not None, "Required property 'role' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def condition(self) -> typing.Optional["IamPolicySpecBindingsCondition"]:
        '''Optional.

        The condition under which the binding applies.

        :schema: IamPolicySpecBindings#condition
        '''
        result = self._values.get("condition")
        return typing.cast(typing.Optional["IamPolicySpecBindingsCondition"], result)

    @builtins.property
    def members(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional.

        The list of IAM users to be bound to the role.

        :schema: IamPolicySpecBindings#members
        '''
        result = self._values.get("members")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPolicySpecBindings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicySpecBindingsCondition",
    jsii_struct_bases=[],
    name_mapping={
        "expression": "expression",
        "title": "title",
        "description": "description",
    },
)
class IamPolicySpecBindingsCondition:
    def __init__(
        self,
        *,
        expression: builtins.str,
        title: builtins.str,
        description: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional.

        The condition under which the binding applies.

        :param expression: 
        :param title: 
        :param description: 

        :schema: IamPolicySpecBindingsCondition
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__675d347646956de3730d2377324f9b5bf529dc474b8ea7a07396a712c891957d)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument title", value=title, expected_type=type_hints["title"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "title": title,
        }
        if description is not None:
            self._values["description"] = description

    @builtins.property
    def expression(self) -> builtins.str:
        '''
        :schema: IamPolicySpecBindingsCondition#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def title(self) -> builtins.str:
        '''
        :schema: IamPolicySpecBindingsCondition#title
        '''
        result = self._values.get("title")
        assert result is not None, "Required property 'title' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IamPolicySpecBindingsCondition#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPolicySpecBindingsCondition(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamPolicySpecResourceRef",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "api_version": "apiVersion",
        "external": "external",
        "name": "name",
        "namespace": "namespace",
    },
)
class IamPolicySpecResourceRef:
    def __init__(
        self,
        *,
        kind: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Immutable.

        Required. The GCP resource to set the IAM policy on (e.g. organization, project...)

        :param kind: Kind of the referenced resource.
        :param api_version: APIVersion of the referenced resource.
        :param external: The external name of the referenced resource.
        :param name: 
        :param namespace: 

        :schema: IamPolicySpecResourceRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__382d48d321bc4d9f2f27368f5dd4d166050ff25ed8bb2f01f6eda33eadff8cd5)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
        }
        if api_version is not None:
            self._values["api_version"] = api_version
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind of the referenced resource.

        :schema: IamPolicySpecResourceRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''APIVersion of the referenced resource.

        :schema: IamPolicySpecResourceRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''The external name of the referenced resource.

        :schema: IamPolicySpecResourceRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IamPolicySpecResourceRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: IamPolicySpecResourceRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamPolicySpecResourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class IamServiceAccount(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamServiceAccount",
):
    '''IAMServiceAccount is the Schema for the IAMServiceAccount API.

    :schema: IAMServiceAccount
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IamServiceAccountSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "IAMServiceAccount" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: IAMServiceAccountSpec defines the desired state of IAMServiceAccount.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1203f97bfdb8dc0c3ec3f14dccab8853b8091b3f875f72822296dd0a235af6b0)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = IamServiceAccountProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IamServiceAccountSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "IAMServiceAccount".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: IAMServiceAccountSpec defines the desired state of IAMServiceAccount.
        '''
        props = IamServiceAccountProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "IAMServiceAccount".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamServiceAccountProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class IamServiceAccountProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IamServiceAccountSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''IAMServiceAccount is the Schema for the IAMServiceAccount API.

        :param metadata: 
        :param spec: IAMServiceAccountSpec defines the desired state of IAMServiceAccount.

        :schema: IAMServiceAccount
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = IamServiceAccountSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8be9594270a5d922c90f2cc28e7107e47410849ab5e9e756c3c7b38c775f9e43)
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
        :schema: IAMServiceAccount#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["IamServiceAccountSpec"]:
        '''IAMServiceAccountSpec defines the desired state of IAMServiceAccount.

        :schema: IAMServiceAccount#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["IamServiceAccountSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamServiceAccountProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_iam_comgooglecloudcnrmiam.IamServiceAccountSpec",
    jsii_struct_bases=[],
    name_mapping={
        "description": "description",
        "disabled": "disabled",
        "display_name": "displayName",
        "resource_id": "resourceId",
    },
)
class IamServiceAccountSpec:
    def __init__(
        self,
        *,
        description: typing.Optional[builtins.str] = None,
        disabled: typing.Optional[builtins.bool] = None,
        display_name: typing.Optional[builtins.str] = None,
        resource_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''IAMServiceAccountSpec defines the desired state of IAMServiceAccount.

        :param description: A text description of the service account. Must be less than or equal to 256 UTF-8 bytes.
        :param disabled: Whether the service account is disabled. Defaults to false. Default: false.
        :param display_name: The display name for the service account. Can be updated without creating a new resource.
        :param resource_id: Immutable. Optional. The accountId of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.

        :schema: IamServiceAccountSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__255bb4e3fdc675a10da46d5842bbc8b8f81b23d17a61318e9ed39dd6e518c1c2)
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
            check_type(argname="argument display_name", value=display_name, expected_type=type_hints["display_name"])
            check_type(argname="argument resource_id", value=resource_id, expected_type=type_hints["resource_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if description is not None:
            self._values["description"] = description
        if disabled is not None:
            self._values["disabled"] = disabled
        if display_name is not None:
            self._values["display_name"] = display_name
        if resource_id is not None:
            self._values["resource_id"] = resource_id

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''A text description of the service account.

        Must be less than or equal to 256 UTF-8 bytes.

        :schema: IamServiceAccountSpec#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def disabled(self) -> typing.Optional[builtins.bool]:
        '''Whether the service account is disabled.

        Defaults to false.

        :default: false.

        :schema: IamServiceAccountSpec#disabled
        '''
        result = self._values.get("disabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def display_name(self) -> typing.Optional[builtins.str]:
        '''The display name for the service account.

        Can be updated without creating a new resource.

        :schema: IamServiceAccountSpec#displayName
        '''
        result = self._values.get("display_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_id(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Optional. The accountId of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.

        :schema: IamServiceAccountSpec#resourceID
        '''
        result = self._values.get("resource_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IamServiceAccountSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "IamPartialPolicy",
    "IamPartialPolicyProps",
    "IamPartialPolicySpec",
    "IamPartialPolicySpecBindings",
    "IamPartialPolicySpecBindingsCondition",
    "IamPartialPolicySpecBindingsMembers",
    "IamPartialPolicySpecBindingsMembersMemberFrom",
    "IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRef",
    "IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRefType",
    "IamPartialPolicySpecBindingsMembersMemberFromLogSinkRef",
    "IamPartialPolicySpecBindingsMembersMemberFromServiceAccountRef",
    "IamPartialPolicySpecBindingsMembersMemberFromServiceIdentityRef",
    "IamPartialPolicySpecBindingsMembersMemberFromSqlInstanceRef",
    "IamPartialPolicySpecResourceRef",
    "IamPolicy",
    "IamPolicyMember",
    "IamPolicyMemberProps",
    "IamPolicyMemberSpec",
    "IamPolicyMemberSpecCondition",
    "IamPolicyMemberSpecMemberFrom",
    "IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRef",
    "IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRefType",
    "IamPolicyMemberSpecMemberFromLogSinkRef",
    "IamPolicyMemberSpecMemberFromServiceAccountRef",
    "IamPolicyMemberSpecMemberFromServiceIdentityRef",
    "IamPolicyMemberSpecMemberFromSqlInstanceRef",
    "IamPolicyMemberSpecResourceRef",
    "IamPolicyProps",
    "IamPolicySpec",
    "IamPolicySpecAuditConfigs",
    "IamPolicySpecAuditConfigsAuditLogConfigs",
    "IamPolicySpecBindings",
    "IamPolicySpecBindingsCondition",
    "IamPolicySpecResourceRef",
    "IamServiceAccount",
    "IamServiceAccountProps",
    "IamServiceAccountSpec",
]

publication.publish()

def _typecheckingstub__2ee85cde667077f9a73ffb5ca546a60ca6638e91799e2a0c221cd2c005ed2da9(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[IamPartialPolicySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c799f788dff4be1ac14fc44bf560c14508723cfcd25cac8c75863f8161413273(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[IamPartialPolicySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c3431bb25187b8e55178d1cc72d8246e0a397df65e71dfddb3914bf3e91feec(
    *,
    resource_ref: typing.Union[IamPartialPolicySpecResourceRef, typing.Dict[builtins.str, typing.Any]],
    bindings: typing.Optional[typing.Sequence[typing.Union[IamPartialPolicySpecBindings, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__064c45be9701324b60ab581112e5c8f6f9053f7f24394f015df3d921aa07c5c6(
    *,
    role: builtins.str,
    condition: typing.Optional[typing.Union[IamPartialPolicySpecBindingsCondition, typing.Dict[builtins.str, typing.Any]]] = None,
    members: typing.Optional[typing.Sequence[typing.Union[IamPartialPolicySpecBindingsMembers, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36ef4a8ff3b708c6c9a38b111a3242457f21540fbf358921728b8e3593a0d5d9(
    *,
    expression: builtins.str,
    title: builtins.str,
    description: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__31e1da7a159110581987d168d5c1983c8a179cb80eadff9e525d142ec6e9e674(
    *,
    member: typing.Optional[builtins.str] = None,
    member_from: typing.Optional[typing.Union[IamPartialPolicySpecBindingsMembersMemberFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87ddddb7a9e275e34acf98d382c4f947db539e2d0a2a532e99002f07d54623e2(
    *,
    big_query_connection_connection_ref: typing.Optional[typing.Union[IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRef, typing.Dict[builtins.str, typing.Any]]] = None,
    log_sink_ref: typing.Optional[typing.Union[IamPartialPolicySpecBindingsMembersMemberFromLogSinkRef, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_ref: typing.Optional[typing.Union[IamPartialPolicySpecBindingsMembersMemberFromServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
    service_identity_ref: typing.Optional[typing.Union[IamPartialPolicySpecBindingsMembersMemberFromServiceIdentityRef, typing.Dict[builtins.str, typing.Any]]] = None,
    sql_instance_ref: typing.Optional[typing.Union[IamPartialPolicySpecBindingsMembersMemberFromSqlInstanceRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09effea0d6e144a8dae027b24e7e1b8968e58436b330a8d94e4c6879a6b90baa(
    *,
    name: builtins.str,
    type: IamPartialPolicySpecBindingsMembersMemberFromBigQueryConnectionConnectionRefType,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5f213aaa03a67cc8d8545136a1b0bb953eb3ee8c752939c790c1f7d1712bb62(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed02423400d3ff15bb2eb923cc389be97a55b5e6c709268e9ed40b11e0bcbc29(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__298816da68e1749a9b372fc5a7e6cd7b6b39949e08df31cbd19a6d6cdbc3d87a(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c591af3418e2c491a224e92bc180aa4fddd2d84b370d52d6f5edc2d5384c9a6d(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__367cc8d259583ab9054318ca3d13840d5791124208856653056bb8d176dfac4c(
    *,
    kind: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6cc97aac7a4305d5685fe50f0bec2566e8c060039735b53b74794f7e1e1cc29e(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[IamPolicySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d4c4708f0b7cde4afaba3d5e5385999e21b33426ee3b6b3bc7ca5d5e9f04d82(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[IamPolicyMemberSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e85c187bf6d1d4e0dd74359a3b251e74db03c97a7188cb453bed89831fbf744(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[IamPolicyMemberSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8437c1d7311413ee34af5246f6bdd0e1504478c82d89373fafc2b32d246ed8da(
    *,
    resource_ref: typing.Union[IamPolicyMemberSpecResourceRef, typing.Dict[builtins.str, typing.Any]],
    role: builtins.str,
    condition: typing.Optional[typing.Union[IamPolicyMemberSpecCondition, typing.Dict[builtins.str, typing.Any]]] = None,
    member: typing.Optional[builtins.str] = None,
    member_from: typing.Optional[typing.Union[IamPolicyMemberSpecMemberFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__60d1bcbd4c18f9baf2e7a9a4b2b20302de88d42e8bab50dd1d01608245561ea0(
    *,
    expression: builtins.str,
    title: builtins.str,
    description: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d5e7c9e32712fa65c3714b46da7b57d6b5bafabfb7e98b541c3279201f8e960e(
    *,
    big_query_connection_connection_ref: typing.Optional[typing.Union[IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRef, typing.Dict[builtins.str, typing.Any]]] = None,
    log_sink_ref: typing.Optional[typing.Union[IamPolicyMemberSpecMemberFromLogSinkRef, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_ref: typing.Optional[typing.Union[IamPolicyMemberSpecMemberFromServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
    service_identity_ref: typing.Optional[typing.Union[IamPolicyMemberSpecMemberFromServiceIdentityRef, typing.Dict[builtins.str, typing.Any]]] = None,
    sql_instance_ref: typing.Optional[typing.Union[IamPolicyMemberSpecMemberFromSqlInstanceRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8e073c6603ccb5a6df2eeba50cb117db751bff055421bd57fa4d32b5a0c1962(
    *,
    name: builtins.str,
    type: IamPolicyMemberSpecMemberFromBigQueryConnectionConnectionRefType,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f31f34c7daab3736a41ed16e70716641d00aba0493bd504e02ffcc18fc495e9(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__97f3d8872b1889a4caa392356ca3fa225e0f31db73f5de05a4ff66235eb8a3bd(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5153cd1fa5747c5758f9970aa2435e9df285fa9483a331878672827cc7720249(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8171730e929616a6c28e2fc230681d92cc894aaed70551722adc6aebe953e352(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e089c04032650d77d3ac82515b413d29bf8c550c8cfdbaae14b1ba99b5d3170(
    *,
    kind: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9bc5707510758a85cace3363b9212434502561f74d0d9f9c09c2443ebf1ee690(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[IamPolicySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5949d480ac7357bb12f50929b0f4d28035f515e09d2ce943b6cc2f21e1de8580(
    *,
    resource_ref: typing.Union[IamPolicySpecResourceRef, typing.Dict[builtins.str, typing.Any]],
    audit_configs: typing.Optional[typing.Sequence[typing.Union[IamPolicySpecAuditConfigs, typing.Dict[builtins.str, typing.Any]]]] = None,
    bindings: typing.Optional[typing.Sequence[typing.Union[IamPolicySpecBindings, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78e1c6f32508a868557fb41f6d1294f1a23855389e3cf16e19db45bdf4bf1607(
    *,
    audit_log_configs: typing.Sequence[typing.Union[IamPolicySpecAuditConfigsAuditLogConfigs, typing.Dict[builtins.str, typing.Any]]],
    service: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1869217101d7d35a619097d345320928bd8a3373fa7bf2ab3ec781257863f5dc(
    *,
    log_type: builtins.str,
    exempted_members: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7cbabf8e4009326cf6c68f8bf8dabe85659a53786bd1314ce9503c617fb6be04(
    *,
    role: builtins.str,
    condition: typing.Optional[typing.Union[IamPolicySpecBindingsCondition, typing.Dict[builtins.str, typing.Any]]] = None,
    members: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__675d347646956de3730d2377324f9b5bf529dc474b8ea7a07396a712c891957d(
    *,
    expression: builtins.str,
    title: builtins.str,
    description: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__382d48d321bc4d9f2f27368f5dd4d166050ff25ed8bb2f01f6eda33eadff8cd5(
    *,
    kind: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1203f97bfdb8dc0c3ec3f14dccab8853b8091b3f875f72822296dd0a235af6b0(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[IamServiceAccountSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8be9594270a5d922c90f2cc28e7107e47410849ab5e9e756c3c7b38c775f9e43(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[IamServiceAccountSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__255bb4e3fdc675a10da46d5842bbc8b8f81b23d17a61318e9ed39dd6e518c1c2(
    *,
    description: typing.Optional[builtins.str] = None,
    disabled: typing.Optional[builtins.bool] = None,
    display_name: typing.Optional[builtins.str] = None,
    resource_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
