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


class Project(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_resourcemanager_comgooglecloudcnrmresourcemanager.Project",
):
    '''Project is the Schema for the Project API.

    :schema: Project
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ProjectSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Project" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: ProjectSpec defines the desired state of Project.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__18ae0e26828f247841d40c215c0711e120e273aa5e008daae722c820364de179)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ProjectProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ProjectSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Project".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: ProjectSpec defines the desired state of Project.
        :param metadata: 
        '''
        props = ProjectProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Project".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kcc_resourcemanager_comgooglecloudcnrmresourcemanager.ProjectProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ProjectProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ProjectSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Project is the Schema for the Project API.

        :param spec: ProjectSpec defines the desired state of Project.
        :param metadata: 

        :schema: Project
        '''
        if isinstance(spec, dict):
            spec = ProjectSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__539c29c1c291a095d04543185a3f592b2d6bddee9d17126c76bb0e1e9a584252)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ProjectSpec":
        '''ProjectSpec defines the desired state of Project.

        :schema: Project#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ProjectSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: Project#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_resourcemanager_comgooglecloudcnrmresourcemanager.ProjectSpec",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "billing_account_ref": "billingAccountRef",
        "folder_ref": "folderRef",
        "organization_ref": "organizationRef",
        "resource_id": "resourceId",
    },
)
class ProjectSpec:
    def __init__(
        self,
        *,
        name: builtins.str,
        billing_account_ref: typing.Optional[typing.Union["ProjectSpecBillingAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
        folder_ref: typing.Optional[typing.Union["ProjectSpecFolderRef", typing.Dict[builtins.str, typing.Any]]] = None,
        organization_ref: typing.Optional[typing.Union["ProjectSpecOrganizationRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ProjectSpec defines the desired state of Project.

        :param name: The display name of the project.
        :param billing_account_ref: The billing account of the project.
        :param folder_ref: The folder that this resource belongs to. Changing this forces the resource to be migrated to the newly specified folder. Only one of folderRef or organizationRef may be specified.
        :param organization_ref: The organization that this resource belongs to. Changing this forces the resource to be migrated to the newly specified organization. Only one of folderRef or organizationRef may be specified.
        :param resource_id: Immutable. Optional. The projectId of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.

        :schema: ProjectSpec
        '''
        if isinstance(billing_account_ref, dict):
            billing_account_ref = ProjectSpecBillingAccountRef(**billing_account_ref)
        if isinstance(folder_ref, dict):
            folder_ref = ProjectSpecFolderRef(**folder_ref)
        if isinstance(organization_ref, dict):
            organization_ref = ProjectSpecOrganizationRef(**organization_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d7992a6964b6b404f930ee2de4dca189f88edd7a4f4125ff209425f03985ae28)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument billing_account_ref", value=billing_account_ref, expected_type=type_hints["billing_account_ref"])
            check_type(argname="argument folder_ref", value=folder_ref, expected_type=type_hints["folder_ref"])
            check_type(argname="argument organization_ref", value=organization_ref, expected_type=type_hints["organization_ref"])
            check_type(argname="argument resource_id", value=resource_id, expected_type=type_hints["resource_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if billing_account_ref is not None:
            self._values["billing_account_ref"] = billing_account_ref
        if folder_ref is not None:
            self._values["folder_ref"] = folder_ref
        if organization_ref is not None:
            self._values["organization_ref"] = organization_ref
        if resource_id is not None:
            self._values["resource_id"] = resource_id

    @builtins.property
    def name(self) -> builtins.str:
        '''The display name of the project.

        :schema: ProjectSpec#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def billing_account_ref(self) -> typing.Optional["ProjectSpecBillingAccountRef"]:
        '''The billing account of the project.

        :schema: ProjectSpec#billingAccountRef
        '''
        result = self._values.get("billing_account_ref")
        return typing.cast(typing.Optional["ProjectSpecBillingAccountRef"], result)

    @builtins.property
    def folder_ref(self) -> typing.Optional["ProjectSpecFolderRef"]:
        '''The folder that this resource belongs to.

        Changing this forces the resource to be migrated to the newly specified folder. Only one of folderRef or organizationRef may be specified.

        :schema: ProjectSpec#folderRef
        '''
        result = self._values.get("folder_ref")
        return typing.cast(typing.Optional["ProjectSpecFolderRef"], result)

    @builtins.property
    def organization_ref(self) -> typing.Optional["ProjectSpecOrganizationRef"]:
        '''The organization that this resource belongs to.

        Changing this forces the resource to be migrated to the newly specified organization. Only one of folderRef or organizationRef may be specified.

        :schema: ProjectSpec#organizationRef
        '''
        result = self._values.get("organization_ref")
        return typing.cast(typing.Optional["ProjectSpecOrganizationRef"], result)

    @builtins.property
    def resource_id(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Optional. The projectId of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.

        :schema: ProjectSpec#resourceID
        '''
        result = self._values.get("resource_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_resourcemanager_comgooglecloudcnrmresourcemanager.ProjectSpecBillingAccountRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ProjectSpecBillingAccountRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The billing account of the project.

        :param external: A reference to an externally managed BillingAccount resource. Should be in the format "billingAccounts/{billingAccountID}".
        :param name: The name of a BillingAccount resource.
        :param namespace: The namespace of a BillingAccount resource.

        :schema: ProjectSpecBillingAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5cace4ead9aa1ff4f9edad7a24c3cd520bcccca4533c7c7bdfc1709738445f1c)
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
        '''A reference to an externally managed BillingAccount resource.

        Should be in the format "billingAccounts/{billingAccountID}".

        :schema: ProjectSpecBillingAccountRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a BillingAccount resource.

        :schema: ProjectSpecBillingAccountRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a BillingAccount resource.

        :schema: ProjectSpecBillingAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectSpecBillingAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_resourcemanager_comgooglecloudcnrmresourcemanager.ProjectSpecFolderRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ProjectSpecFolderRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The folder that this resource belongs to.

        Changing this forces the resource to be migrated to the newly specified folder. Only one of folderRef or organizationRef may be specified.

        :param external: The 'name' field of a folder, when not managed by Config Connector. This field must be set when 'name' field is not set.
        :param name: The 'name' field of a 'Folder' resource. This field must be set when 'external' field is not set.
        :param namespace: The 'namespace' field of a 'Folder' resource. If unset, the namespace is defaulted to the namespace of the referencer resource.

        :schema: ProjectSpecFolderRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e8694d0e3e365ca19f90b8891364497ad8abbc30441c42f8684053276cd585b)
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
        '''The 'name' field of a folder, when not managed by Config Connector.

        This field must be set when 'name' field is not set.

        :schema: ProjectSpecFolderRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The 'name' field of a 'Folder' resource.

        This field must be set when 'external' field is not set.

        :schema: ProjectSpecFolderRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The 'namespace' field of a 'Folder' resource.

        If unset, the namespace is defaulted to the namespace of the referencer resource.

        :schema: ProjectSpecFolderRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectSpecFolderRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_resourcemanager_comgooglecloudcnrmresourcemanager.ProjectSpecOrganizationRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ProjectSpecOrganizationRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The organization that this resource belongs to.

        Changing this forces the resource to be migrated to the newly specified organization. Only one of folderRef or organizationRef may be specified.

        :param external: The 'name' field of an organization, when not managed by Config Connector.
        :param name: The 'name' field of an 'Organization' resource.
        :param namespace: The 'namespace' field of an 'Organization' resource.

        :schema: ProjectSpecOrganizationRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c040360ae5f07db25a8010875c8a1a24b07154a46793b2b49a0fcd43dc3a857d)
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
        '''The 'name' field of an organization, when not managed by Config Connector.

        :schema: ProjectSpecOrganizationRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The 'name' field of an 'Organization' resource.

        :schema: ProjectSpecOrganizationRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The 'namespace' field of an 'Organization' resource.

        :schema: ProjectSpecOrganizationRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectSpecOrganizationRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Project",
    "ProjectProps",
    "ProjectSpec",
    "ProjectSpecBillingAccountRef",
    "ProjectSpecFolderRef",
    "ProjectSpecOrganizationRef",
]

publication.publish()

def _typecheckingstub__18ae0e26828f247841d40c215c0711e120e273aa5e008daae722c820364de179(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ProjectSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__539c29c1c291a095d04543185a3f592b2d6bddee9d17126c76bb0e1e9a584252(
    *,
    spec: typing.Union[ProjectSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7992a6964b6b404f930ee2de4dca189f88edd7a4f4125ff209425f03985ae28(
    *,
    name: builtins.str,
    billing_account_ref: typing.Optional[typing.Union[ProjectSpecBillingAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
    folder_ref: typing.Optional[typing.Union[ProjectSpecFolderRef, typing.Dict[builtins.str, typing.Any]]] = None,
    organization_ref: typing.Optional[typing.Union[ProjectSpecOrganizationRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5cace4ead9aa1ff4f9edad7a24c3cd520bcccca4533c7c7bdfc1709738445f1c(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e8694d0e3e365ca19f90b8891364497ad8abbc30441c42f8684053276cd585b(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c040360ae5f07db25a8010875c8a1a24b07154a46793b2b49a0fcd43dc3a857d(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
