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


class ResourceGraphDefinition(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kro_runkro.ResourceGraphDefinition",
):
    '''ResourceGraphDefinition is the core API for defining reusable groups of Kubernetes resources.

    It allows you to create custom resources that manage multiple underlying resources as a cohesive unit.
    When you create a ResourceGraphDefinition, kro automatically generates a CRD and deploys a controller
    to manage instances of your custom resource. Resources can reference each other using CEL expressions,
    and kro ensures they are created in the correct dependency order.

    :schema: ResourceGraphDefinition
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ResourceGraphDefinitionSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ResourceGraphDefinition" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: ResourceGraphDefinitionSpec defines the desired state of ResourceGraphDefinition. It contains the schema for instances (defining the CRD structure) and the list of Kubernetes resources that make up the graph.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__03a8b1fb308e913889fff39ec1181d236c06c8d6e13a900b51842550cbbe2333)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ResourceGraphDefinitionProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ResourceGraphDefinitionSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ResourceGraphDefinition".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: ResourceGraphDefinitionSpec defines the desired state of ResourceGraphDefinition. It contains the schema for instances (defining the CRD structure) and the list of Kubernetes resources that make up the graph.
        '''
        props = ResourceGraphDefinitionProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ResourceGraphDefinition".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kro_runkro.ResourceGraphDefinitionProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ResourceGraphDefinitionProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ResourceGraphDefinitionSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ResourceGraphDefinition is the core API for defining reusable groups of Kubernetes resources.

        It allows you to create custom resources that manage multiple underlying resources as a cohesive unit.
        When you create a ResourceGraphDefinition, kro automatically generates a CRD and deploys a controller
        to manage instances of your custom resource. Resources can reference each other using CEL expressions,
        and kro ensures they are created in the correct dependency order.

        :param metadata: 
        :param spec: ResourceGraphDefinitionSpec defines the desired state of ResourceGraphDefinition. It contains the schema for instances (defining the CRD structure) and the list of Kubernetes resources that make up the graph.

        :schema: ResourceGraphDefinition
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ResourceGraphDefinitionSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d4778ba57929e7c28ae4e4a97a1483c63bd32f868c59e69e0406771f5a066367)
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
        :schema: ResourceGraphDefinition#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ResourceGraphDefinitionSpec"]:
        '''ResourceGraphDefinitionSpec defines the desired state of ResourceGraphDefinition.

        It contains the schema for instances (defining the CRD structure) and the list of
        Kubernetes resources that make up the graph.

        :schema: ResourceGraphDefinition#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ResourceGraphDefinitionSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceGraphDefinitionProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kro_runkro.ResourceGraphDefinitionSpec",
    jsii_struct_bases=[],
    name_mapping={"schema": "schema", "resources": "resources"},
)
class ResourceGraphDefinitionSpec:
    def __init__(
        self,
        *,
        schema: typing.Union["ResourceGraphDefinitionSpecSchema", typing.Dict[builtins.str, typing.Any]],
        resources: typing.Optional[typing.Sequence[typing.Union["ResourceGraphDefinitionSpecResources", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''ResourceGraphDefinitionSpec defines the desired state of ResourceGraphDefinition.

        It contains the schema for instances (defining the CRD structure) and the list of
        Kubernetes resources that make up the graph.

        :param schema: Schema defines the structure of instances created from this ResourceGraphDefinition. It specifies the API version, kind, and fields (spec/status) for the generated CRD. Use SimpleSchema syntax to define the instance schema concisely.
        :param resources: Resources is the list of Kubernetes resources that will be created and managed for each instance. Resources can reference each other using CEL expressions, creating a dependency graph that determines creation order.

        :schema: ResourceGraphDefinitionSpec
        '''
        if isinstance(schema, dict):
            schema = ResourceGraphDefinitionSpecSchema(**schema)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__52c2c29531feb759fe5123ea0298745fc17753740466afb8071b72081eb18f93)
            check_type(argname="argument schema", value=schema, expected_type=type_hints["schema"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "schema": schema,
        }
        if resources is not None:
            self._values["resources"] = resources

    @builtins.property
    def schema(self) -> "ResourceGraphDefinitionSpecSchema":
        '''Schema defines the structure of instances created from this ResourceGraphDefinition.

        It specifies the API version, kind, and fields (spec/status) for the generated CRD.
        Use SimpleSchema syntax to define the instance schema concisely.

        :schema: ResourceGraphDefinitionSpec#schema
        '''
        result = self._values.get("schema")
        assert result is not None, "Required property 'schema' is missing"
        return typing.cast("ResourceGraphDefinitionSpecSchema", result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional[typing.List["ResourceGraphDefinitionSpecResources"]]:
        '''Resources is the list of Kubernetes resources that will be created and managed for each instance.

        Resources can reference each other using CEL expressions,
        creating a dependency graph that determines creation order.

        :schema: ResourceGraphDefinitionSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional[typing.List["ResourceGraphDefinitionSpecResources"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceGraphDefinitionSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kro_runkro.ResourceGraphDefinitionSpecResources",
    jsii_struct_bases=[],
    name_mapping={
        "id": "id",
        "external_ref": "externalRef",
        "for_each": "forEach",
        "include_when": "includeWhen",
        "ready_when": "readyWhen",
        "template": "template",
    },
)
class ResourceGraphDefinitionSpecResources:
    def __init__(
        self,
        *,
        id: builtins.str,
        external_ref: typing.Optional[typing.Union["ResourceGraphDefinitionSpecResourcesExternalRef", typing.Dict[builtins.str, typing.Any]]] = None,
        for_each: typing.Optional[typing.Sequence[typing.Mapping[builtins.str, builtins.str]]] = None,
        include_when: typing.Optional[typing.Sequence[builtins.str]] = None,
        ready_when: typing.Optional[typing.Sequence[builtins.str]] = None,
        template: typing.Any = None,
    ) -> None:
        '''Resource represents a Kubernetes resource that is part of the ResourceGraphDefinition.

        Each resource can either be created using a template or reference an existing resource.
        Resources can depend on each other through CEL expressions, creating a dependency graph.

        :param id: ID is a unique identifier for this resource within the ResourceGraphDefinition. It is used to reference this resource in CEL expressions from other resources. Example: "deployment", "service", "configmap".
        :param external_ref: ExternalRef references an existing resource in the cluster instead of creating one. This is useful for reading existing resources and using their values in other resources. Exactly one of template or externalRef must be provided.
        :param for_each: ForEach expands this resource into a collection of resources. Each entry binds a variable name to a CEL expression that evaluates to an array. kro creates one resource instance for each element in the array. With multiple entries, kro creates the cartesian product of all combinations. Use the variable directly in template expressions (e.g., ${region}). Example: [{"region": "${schema.spec.regions}"}, {"tier": "${schema.spec.tiers}"}]
        :param include_when: IncludeWhen is a list of CEL expressions that determine whether this resource should be created. All expressions must evaluate to true for the resource to be included. If not specified, the resource is always included. Expressions may reference schema fields and/or fields in other resources in the RGD. They are re-evaluated during reconciliation, so resources may be created later or pruned later as conditions change. Each entry must be a single standalone CEL expression wrapped in ${...}. Example: ["${schema.spec.enableMonitoring == true}", "${network.status.ready == true}"]
        :param ready_when: ReadyWhen is a list of CEL expressions that determine when this resource is considered ready. All expressions must evaluate to true for the resource to be ready. If not specified, the resource is considered ready when it exists. Each entry must be a single standalone CEL expression wrapped in ${...}. Examples: - Single resource: ["${database.status.phase == 'Running'}", "${database.status.readyReplicas > 0}"] - Collection: ["${each.status.phase == 'Running'}"]
        :param template: Template is the Kubernetes resource manifest to create. It can contain CEL expressions (using ${...} syntax) that reference other resources. Exactly one of template or externalRef must be provided.

        :schema: ResourceGraphDefinitionSpecResources
        '''
        if isinstance(external_ref, dict):
            external_ref = ResourceGraphDefinitionSpecResourcesExternalRef(**external_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__df4c0972fc925ef559c6331dec7f2c43fbbb376222d2fa3d455cd1b093076601)
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument external_ref", value=external_ref, expected_type=type_hints["external_ref"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument include_when", value=include_when, expected_type=type_hints["include_when"])
            check_type(argname="argument ready_when", value=ready_when, expected_type=type_hints["ready_when"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "id": id,
        }
        if external_ref is not None:
            self._values["external_ref"] = external_ref
        if for_each is not None:
            self._values["for_each"] = for_each
        if include_when is not None:
            self._values["include_when"] = include_when
        if ready_when is not None:
            self._values["ready_when"] = ready_when
        if template is not None:
            self._values["template"] = template

    @builtins.property
    def id(self) -> builtins.str:
        '''ID is a unique identifier for this resource within the ResourceGraphDefinition.

        It is used to reference this resource in CEL expressions from other resources.
        Example: "deployment", "service", "configmap".

        :schema: ResourceGraphDefinitionSpecResources#id
        '''
        result = self._values.get("id")
        assert result is not None, "Required property 'id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def external_ref(
        self,
    ) -> typing.Optional["ResourceGraphDefinitionSpecResourcesExternalRef"]:
        '''ExternalRef references an existing resource in the cluster instead of creating one.

        This is useful for reading existing resources and using their values in other resources.
        Exactly one of template or externalRef must be provided.

        :schema: ResourceGraphDefinitionSpecResources#externalRef
        '''
        result = self._values.get("external_ref")
        return typing.cast(typing.Optional["ResourceGraphDefinitionSpecResourcesExternalRef"], result)

    @builtins.property
    def for_each(
        self,
    ) -> typing.Optional[typing.List[typing.Mapping[builtins.str, builtins.str]]]:
        '''ForEach expands this resource into a collection of resources.

        Each entry binds a variable name to a CEL expression that evaluates to an array.
        kro creates one resource instance for each element in the array.
        With multiple entries, kro creates the cartesian product of all combinations.
        Use the variable directly in template expressions (e.g., ${region}).
        Example: [{"region": "${schema.spec.regions}"}, {"tier": "${schema.spec.tiers}"}]

        :schema: ResourceGraphDefinitionSpecResources#forEach
        '''
        result = self._values.get("for_each")
        return typing.cast(typing.Optional[typing.List[typing.Mapping[builtins.str, builtins.str]]], result)

    @builtins.property
    def include_when(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludeWhen is a list of CEL expressions that determine whether this resource should be created.

        All expressions must evaluate to true for the resource to be included.
        If not specified, the resource is always included.
        Expressions may reference schema fields and/or fields in other resources in the RGD. They are
        re-evaluated during reconciliation, so resources may be created later or
        pruned later as conditions change.
        Each entry must be a single standalone CEL expression wrapped in ${...}.
        Example: ["${schema.spec.enableMonitoring == true}", "${network.status.ready == true}"]

        :schema: ResourceGraphDefinitionSpecResources#includeWhen
        '''
        result = self._values.get("include_when")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ready_when(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ReadyWhen is a list of CEL expressions that determine when this resource is considered ready.

        All expressions must evaluate to true for the resource to be ready.
        If not specified, the resource is considered ready when it exists.
        Each entry must be a single standalone CEL expression wrapped in ${...}.
        Examples:

        - Single resource: ["${database.status.phase == 'Running'}", "${database.status.readyReplicas > 0}"]
        - Collection: ["${each.status.phase == 'Running'}"]

        :schema: ResourceGraphDefinitionSpecResources#readyWhen
        '''
        result = self._values.get("ready_when")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def template(self) -> typing.Any:
        '''Template is the Kubernetes resource manifest to create.

        It can contain CEL expressions (using ${...} syntax) that reference other resources.
        Exactly one of template or externalRef must be provided.

        :schema: ResourceGraphDefinitionSpecResources#template
        '''
        result = self._values.get("template")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceGraphDefinitionSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kro_runkro.ResourceGraphDefinitionSpecResourcesExternalRef",
    jsii_struct_bases=[],
    name_mapping={"api_version": "apiVersion", "kind": "kind", "metadata": "metadata"},
)
class ResourceGraphDefinitionSpecResourcesExternalRef:
    def __init__(
        self,
        *,
        api_version: builtins.str,
        kind: builtins.str,
        metadata: typing.Union["ResourceGraphDefinitionSpecResourcesExternalRefMetadata", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''ExternalRef references an existing resource in the cluster instead of creating one.

        This is useful for reading existing resources and using their values in other resources.
        Exactly one of template or externalRef must be provided.

        :param api_version: APIVersion is the API version of the external resource. Example: "v1" for core resources, "apps/v1" for Deployments.
        :param kind: Kind is the kind of the external resource. Example: "Service", "ConfigMap", "Deployment".
        :param metadata: Metadata contains the name and optional namespace of the external resource.

        :schema: ResourceGraphDefinitionSpecResourcesExternalRef
        '''
        if isinstance(metadata, dict):
            metadata = ResourceGraphDefinitionSpecResourcesExternalRefMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9b07beec7419f1b16fb27450435bc081495d503cfeded56dd51e50faf9ca26f2)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_version": api_version,
            "kind": kind,
            "metadata": metadata,
        }

    @builtins.property
    def api_version(self) -> builtins.str:
        '''APIVersion is the API version of the external resource.

        Example: "v1" for core resources, "apps/v1" for Deployments.

        :schema: ResourceGraphDefinitionSpecResourcesExternalRef#apiVersion
        '''
        result = self._values.get("api_version")
        assert result is not None, "Required property 'api_version' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is the kind of the external resource.

        Example: "Service", "ConfigMap", "Deployment".

        :schema: ResourceGraphDefinitionSpecResourcesExternalRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def metadata(self) -> "ResourceGraphDefinitionSpecResourcesExternalRefMetadata":
        '''Metadata contains the name and optional namespace of the external resource.

        :schema: ResourceGraphDefinitionSpecResourcesExternalRef#metadata
        '''
        result = self._values.get("metadata")
        assert result is not None, "Required property 'metadata' is missing"
        return typing.cast("ResourceGraphDefinitionSpecResourcesExternalRefMetadata", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceGraphDefinitionSpecResourcesExternalRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kro_runkro.ResourceGraphDefinitionSpecResourcesExternalRefMetadata",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace", "selector": "selector"},
)
class ResourceGraphDefinitionSpecResourcesExternalRefMetadata:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        selector: typing.Optional[typing.Union["ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Metadata contains the name and optional namespace of the external resource.

        :param name: Name is the name of the external resource to reference. Mutually exclusive with Selector.
        :param namespace: Namespace is the namespace of the external resource. For single external refs (Name), defaults to the instance's namespace. For external collections (Selector), empty means list across all namespaces.
        :param selector: Selector is a label selector for collection external references. When set, all resources matching the selector are included. Mutually exclusive with Name.

        :schema: ResourceGraphDefinitionSpecResourcesExternalRefMetadata
        '''
        if isinstance(selector, dict):
            selector = ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__31a71a908b9606221195d92cecc8bb0663a2929046b33d0070115d922ce1df5c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace
        if selector is not None:
            self._values["selector"] = selector

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name is the name of the external resource to reference.

        Mutually exclusive with Selector.

        :schema: ResourceGraphDefinitionSpecResourcesExternalRefMetadata#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace of the external resource.

        For single external refs (Name), defaults to the instance's namespace.
        For external collections (Selector), empty means list across all namespaces.

        :schema: ResourceGraphDefinitionSpecResourcesExternalRefMetadata#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def selector(
        self,
    ) -> typing.Optional["ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelector"]:
        '''Selector is a label selector for collection external references.

        When set, all resources matching the selector are included.
        Mutually exclusive with Name.

        :schema: ResourceGraphDefinitionSpecResourcesExternalRefMetadata#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceGraphDefinitionSpecResourcesExternalRefMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kro_runkro.ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Selector is a label selector for collection external references.

        When set, all resources matching the selector are included.
        Mutually exclusive with Name.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__715051c1327617071720ad4bba37da761f86b8d9ac500075e19be8d4a71622f5)
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
    ) -> typing.Optional[typing.List["ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kro_runkro.ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8f990f847227e4f7af1a56b1182d41aa7ba72e5bff22529550230d1a91a82c17)
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
        '''key is the label key that the selector applies to.

        :schema: ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kro_runkro.ResourceGraphDefinitionSpecSchema",
    jsii_struct_bases=[],
    name_mapping={
        "api_version": "apiVersion",
        "kind": "kind",
        "scope": "scope",
        "additional_printer_columns": "additionalPrinterColumns",
        "group": "group",
        "metadata": "metadata",
        "spec": "spec",
        "status": "status",
        "types": "types",
    },
)
class ResourceGraphDefinitionSpecSchema:
    def __init__(
        self,
        *,
        api_version: builtins.str,
        kind: builtins.str,
        scope: "ResourceGraphDefinitionSpecSchemaScope",
        additional_printer_columns: typing.Optional[typing.Sequence[typing.Union["ResourceGraphDefinitionSpecSchemaAdditionalPrinterColumns", typing.Dict[builtins.str, typing.Any]]]] = None,
        group: typing.Optional[builtins.str] = None,
        metadata: typing.Optional[typing.Union["ResourceGraphDefinitionSpecSchemaMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Any = None,
        status: typing.Any = None,
        types: typing.Any = None,
    ) -> None:
        '''Schema defines the structure of instances created from this ResourceGraphDefinition.

        It specifies the API version, kind, and fields (spec/status) for the generated CRD.
        Use SimpleSchema syntax to define the instance schema concisely.

        :param api_version: APIVersion is the version identifier for the generated CRD. Must follow Kubernetes versioning conventions (v1, v1alpha1, v1beta1, etc.). This field is immutable after creation. Example: "v1alpha1", "v1", "v2beta1"
        :param kind: Kind is the name of the custom resource type that will be created. This becomes the kind field of the generated CRD and must be a valid Kubernetes kind name (PascalCase, starting with a capital letter). This field is immutable after creation. Example: "WebApplication", "Database", "MicroService"
        :param scope: Scope determines whether the generated instance CRD is Namespaced or Cluster scoped. Defaults to Namespaced to preserve existing behaviour. This field is immutable after creation. Default: Namespaced to preserve existing behaviour. This field is immutable after creation.
        :param additional_printer_columns: AdditionalPrinterColumns defines additional printer columns that will be passed down to the created CRD. If set, no default printer columns will be added to the created CRD, and if default printer columns need to be retained, they need to be added explicitly.
        :param group: Group is the API group for the generated CRD. Together with APIVersion and Kind, it forms the complete GVK (Group-Version-Kind) identifier. If omitted, defaults to "kro.run". This field is immutable after creation. Example: "mycompany.io", "databases.example.com"
        :param metadata: Metadata to apply to the generated CRD.
        :param spec: Spec defines the schema for the instance's spec section using SimpleSchema syntax. This becomes the OpenAPI schema for instances of the generated CRD. Use SimpleSchema's concise syntax to define fields, types, defaults, and validations. Markers are space-separated after a single "|" separator. Example: {"replicas": "integer | default=1 minimum=1 maximum=10"}
        :param status: Status defines the schema for the instance's status section using SimpleSchema syntax. Unlike spec, status fields use CEL expressions to project values from underlying resources. This allows you to surface important information from managed resources at the instance level. Example: {"connectionName": "${database.status.connectionName}", "endpoint": "${service.status.loadBalancer.ingress[0].hostname}"}
        :param types: Types is a map of custom type definitions that can be referenced in the Spec. This allows you to define reusable complex types using SimpleSchema syntax. Reference custom types in Spec using the type name. Example: {"Server": {"host": "string", "port": "integer"}}

        :schema: ResourceGraphDefinitionSpecSchema
        '''
        if isinstance(metadata, dict):
            metadata = ResourceGraphDefinitionSpecSchemaMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3515b33e7092699d094476a5afc6b4662a131d9559b7b2fc55a4eaae27422227)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument additional_printer_columns", value=additional_printer_columns, expected_type=type_hints["additional_printer_columns"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument types", value=types, expected_type=type_hints["types"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_version": api_version,
            "kind": kind,
            "scope": scope,
        }
        if additional_printer_columns is not None:
            self._values["additional_printer_columns"] = additional_printer_columns
        if group is not None:
            self._values["group"] = group
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec
        if status is not None:
            self._values["status"] = status
        if types is not None:
            self._values["types"] = types

    @builtins.property
    def api_version(self) -> builtins.str:
        '''APIVersion is the version identifier for the generated CRD.

        Must follow Kubernetes versioning conventions (v1, v1alpha1, v1beta1, etc.).
        This field is immutable after creation.
        Example: "v1alpha1", "v1", "v2beta1"

        :schema: ResourceGraphDefinitionSpecSchema#apiVersion
        '''
        result = self._values.get("api_version")
        assert result is not None, "Required property 'api_version' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is the name of the custom resource type that will be created.

        This becomes the kind field of the generated CRD and must be a valid Kubernetes kind name
        (PascalCase, starting with a capital letter). This field is immutable after creation.
        Example: "WebApplication", "Database", "MicroService"

        :schema: ResourceGraphDefinitionSpecSchema#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def scope(self) -> "ResourceGraphDefinitionSpecSchemaScope":
        '''Scope determines whether the generated instance CRD is Namespaced or Cluster scoped.

        Defaults to Namespaced to preserve existing behaviour. This field is immutable after creation.

        :default: Namespaced to preserve existing behaviour. This field is immutable after creation.

        :schema: ResourceGraphDefinitionSpecSchema#scope
        '''
        result = self._values.get("scope")
        assert result is not None, "Required property 'scope' is missing"
        return typing.cast("ResourceGraphDefinitionSpecSchemaScope", result)

    @builtins.property
    def additional_printer_columns(
        self,
    ) -> typing.Optional[typing.List["ResourceGraphDefinitionSpecSchemaAdditionalPrinterColumns"]]:
        '''AdditionalPrinterColumns defines additional printer columns that will be passed down to the created CRD.

        If set, no
        default printer columns will be added to the created CRD,
        and if default printer columns need to be retained, they
        need to be added explicitly.

        :schema: ResourceGraphDefinitionSpecSchema#additionalPrinterColumns
        '''
        result = self._values.get("additional_printer_columns")
        return typing.cast(typing.Optional[typing.List["ResourceGraphDefinitionSpecSchemaAdditionalPrinterColumns"]], result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''Group is the API group for the generated CRD.

        Together with APIVersion and Kind,
        it forms the complete GVK (Group-Version-Kind) identifier.
        If omitted, defaults to "kro.run". This field is immutable after creation.
        Example: "mycompany.io", "databases.example.com"

        :schema: ResourceGraphDefinitionSpecSchema#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metadata(self) -> typing.Optional["ResourceGraphDefinitionSpecSchemaMetadata"]:
        '''Metadata to apply to the generated CRD.

        :schema: ResourceGraphDefinitionSpecSchema#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["ResourceGraphDefinitionSpecSchemaMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''Spec defines the schema for the instance's spec section using SimpleSchema syntax.

        This becomes the OpenAPI schema for instances of the generated CRD.
        Use SimpleSchema's concise syntax to define fields, types, defaults, and validations.
        Markers are space-separated after a single "|" separator.
        Example: {"replicas": "integer | default=1 minimum=1 maximum=10"}

        :schema: ResourceGraphDefinitionSpecSchema#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    @builtins.property
    def status(self) -> typing.Any:
        '''Status defines the schema for the instance's status section using SimpleSchema syntax.

        Unlike spec, status fields use CEL expressions to project values from underlying resources.
        This allows you to surface important information from managed resources at the instance level.
        Example: {"connectionName": "${database.status.connectionName}", "endpoint": "${service.status.loadBalancer.ingress[0].hostname}"}

        :schema: ResourceGraphDefinitionSpecSchema#status
        '''
        result = self._values.get("status")
        return typing.cast(typing.Any, result)

    @builtins.property
    def types(self) -> typing.Any:
        '''Types is a map of custom type definitions that can be referenced in the Spec.

        This allows you to define reusable complex types using SimpleSchema syntax.
        Reference custom types in Spec using the type name.
        Example: {"Server": {"host": "string", "port": "integer"}}

        :schema: ResourceGraphDefinitionSpecSchema#types
        '''
        result = self._values.get("types")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceGraphDefinitionSpecSchema(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kro_runkro.ResourceGraphDefinitionSpecSchemaAdditionalPrinterColumns",
    jsii_struct_bases=[],
    name_mapping={
        "json_path": "jsonPath",
        "name": "name",
        "type": "type",
        "description": "description",
        "format": "format",
        "priority": "priority",
    },
)
class ResourceGraphDefinitionSpecSchemaAdditionalPrinterColumns:
    def __init__(
        self,
        *,
        json_path: builtins.str,
        name: builtins.str,
        type: builtins.str,
        description: typing.Optional[builtins.str] = None,
        format: typing.Optional[builtins.str] = None,
        priority: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''CustomResourceColumnDefinition specifies a column for server side printing.

        :param json_path: jsonPath is a simple JSON path (i.e. with array notation) which is evaluated against each custom resource to produce the value for this column.
        :param name: name is a human readable name for the column.
        :param type: type is an OpenAPI type definition for this column. See https://github.com/OAI/OpenAPI-Specification/blob/master/versions/2.0.md#data-types for details.
        :param description: description is a human readable description of this column.
        :param format: format is an optional OpenAPI type definition for this column. The 'name' format is applied to the primary identifier column to assist in clients identifying column is the resource name. See https://github.com/OAI/OpenAPI-Specification/blob/master/versions/2.0.md#data-types for details.
        :param priority: priority is an integer defining the relative importance of this column compared to others. Lower numbers are considered higher priority. Columns that may be omitted in limited space scenarios should be given a priority greater than 0.

        :schema: ResourceGraphDefinitionSpecSchemaAdditionalPrinterColumns
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__42d696e525a208300838c5289c4fa60a3d9372865cf50f49775bade7c3e22efa)
            check_type(argname="argument json_path", value=json_path, expected_type=type_hints["json_path"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument format", value=format, expected_type=type_hints["format"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "json_path": json_path,
            "name": name,
            "type": type,
        }
        if description is not None:
            self._values["description"] = description
        if format is not None:
            self._values["format"] = format
        if priority is not None:
            self._values["priority"] = priority

    @builtins.property
    def json_path(self) -> builtins.str:
        '''jsonPath is a simple JSON path (i.e. with array notation) which is evaluated against each custom resource to produce the value for this column.

        :schema: ResourceGraphDefinitionSpecSchemaAdditionalPrinterColumns#jsonPath
        '''
        result = self._values.get("json_path")
        assert result is not None, "Required property 'json_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is a human readable name for the column.

        :schema: ResourceGraphDefinitionSpecSchemaAdditionalPrinterColumns#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> builtins.str:
        '''type is an OpenAPI type definition for this column.

        See https://github.com/OAI/OpenAPI-Specification/blob/master/versions/2.0.md#data-types for details.

        :schema: ResourceGraphDefinitionSpecSchemaAdditionalPrinterColumns#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''description is a human readable description of this column.

        :schema: ResourceGraphDefinitionSpecSchemaAdditionalPrinterColumns#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def format(self) -> typing.Optional[builtins.str]:
        '''format is an optional OpenAPI type definition for this column.

        The 'name' format is applied
        to the primary identifier column to assist in clients identifying column is the resource name.
        See https://github.com/OAI/OpenAPI-Specification/blob/master/versions/2.0.md#data-types for details.

        :schema: ResourceGraphDefinitionSpecSchemaAdditionalPrinterColumns#format
        '''
        result = self._values.get("format")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def priority(self) -> typing.Optional[jsii.Number]:
        '''priority is an integer defining the relative importance of this column compared to others.

        Lower
        numbers are considered higher priority. Columns that may be omitted in limited space scenarios
        should be given a priority greater than 0.

        :schema: ResourceGraphDefinitionSpecSchemaAdditionalPrinterColumns#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceGraphDefinitionSpecSchemaAdditionalPrinterColumns(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kro_runkro.ResourceGraphDefinitionSpecSchemaMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class ResourceGraphDefinitionSpecSchemaMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Metadata to apply to the generated CRD.

        :param annotations: Annotations to apply to the generated CRD.
        :param labels: Labels to apply to the generated CRD.

        :schema: ResourceGraphDefinitionSpecSchemaMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__93ba36fab8f6f22b64c38431bf064af253c8ac8e515f7075fa9a860f1c74899b)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations to apply to the generated CRD.

        :schema: ResourceGraphDefinitionSpecSchemaMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Labels to apply to the generated CRD.

        :schema: ResourceGraphDefinitionSpecSchemaMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ResourceGraphDefinitionSpecSchemaMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="kro_runkro.ResourceGraphDefinitionSpecSchemaScope")
class ResourceGraphDefinitionSpecSchemaScope(enum.Enum):
    '''Scope determines whether the generated instance CRD is Namespaced or Cluster scoped.

    Defaults to Namespaced to preserve existing behaviour. This field is immutable after creation.

    :default: Namespaced to preserve existing behaviour. This field is immutable after creation.

    :schema: ResourceGraphDefinitionSpecSchemaScope
    '''

    NAMESPACED = "NAMESPACED"
    '''Namespaced.'''
    CLUSTER = "CLUSTER"
    '''Cluster.'''


__all__ = [
    "ResourceGraphDefinition",
    "ResourceGraphDefinitionProps",
    "ResourceGraphDefinitionSpec",
    "ResourceGraphDefinitionSpecResources",
    "ResourceGraphDefinitionSpecResourcesExternalRef",
    "ResourceGraphDefinitionSpecResourcesExternalRefMetadata",
    "ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelector",
    "ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelectorMatchExpressions",
    "ResourceGraphDefinitionSpecSchema",
    "ResourceGraphDefinitionSpecSchemaAdditionalPrinterColumns",
    "ResourceGraphDefinitionSpecSchemaMetadata",
    "ResourceGraphDefinitionSpecSchemaScope",
]

publication.publish()

def _typecheckingstub__03a8b1fb308e913889fff39ec1181d236c06c8d6e13a900b51842550cbbe2333(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ResourceGraphDefinitionSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d4778ba57929e7c28ae4e4a97a1483c63bd32f868c59e69e0406771f5a066367(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ResourceGraphDefinitionSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__52c2c29531feb759fe5123ea0298745fc17753740466afb8071b72081eb18f93(
    *,
    schema: typing.Union[ResourceGraphDefinitionSpecSchema, typing.Dict[builtins.str, typing.Any]],
    resources: typing.Optional[typing.Sequence[typing.Union[ResourceGraphDefinitionSpecResources, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df4c0972fc925ef559c6331dec7f2c43fbbb376222d2fa3d455cd1b093076601(
    *,
    id: builtins.str,
    external_ref: typing.Optional[typing.Union[ResourceGraphDefinitionSpecResourcesExternalRef, typing.Dict[builtins.str, typing.Any]]] = None,
    for_each: typing.Optional[typing.Sequence[typing.Mapping[builtins.str, builtins.str]]] = None,
    include_when: typing.Optional[typing.Sequence[builtins.str]] = None,
    ready_when: typing.Optional[typing.Sequence[builtins.str]] = None,
    template: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b07beec7419f1b16fb27450435bc081495d503cfeded56dd51e50faf9ca26f2(
    *,
    api_version: builtins.str,
    kind: builtins.str,
    metadata: typing.Union[ResourceGraphDefinitionSpecResourcesExternalRefMetadata, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__31a71a908b9606221195d92cecc8bb0663a2929046b33d0070115d922ce1df5c(
    *,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    selector: typing.Optional[typing.Union[ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__715051c1327617071720ad4bba37da761f86b8d9ac500075e19be8d4a71622f5(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ResourceGraphDefinitionSpecResourcesExternalRefMetadataSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f990f847227e4f7af1a56b1182d41aa7ba72e5bff22529550230d1a91a82c17(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3515b33e7092699d094476a5afc6b4662a131d9559b7b2fc55a4eaae27422227(
    *,
    api_version: builtins.str,
    kind: builtins.str,
    scope: ResourceGraphDefinitionSpecSchemaScope,
    additional_printer_columns: typing.Optional[typing.Sequence[typing.Union[ResourceGraphDefinitionSpecSchemaAdditionalPrinterColumns, typing.Dict[builtins.str, typing.Any]]]] = None,
    group: typing.Optional[builtins.str] = None,
    metadata: typing.Optional[typing.Union[ResourceGraphDefinitionSpecSchemaMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Any = None,
    status: typing.Any = None,
    types: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42d696e525a208300838c5289c4fa60a3d9372865cf50f49775bade7c3e22efa(
    *,
    json_path: builtins.str,
    name: builtins.str,
    type: builtins.str,
    description: typing.Optional[builtins.str] = None,
    format: typing.Optional[builtins.str] = None,
    priority: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__93ba36fab8f6f22b64c38431bf064af253c8ac8e515f7075fa9a860f1c74899b(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass
