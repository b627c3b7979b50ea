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


class StorageBucket(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucket",
):
    '''StorageBucket is the Schema for the StorageBucket API.

    :schema: StorageBucket
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["StorageBucketSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "StorageBucket" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: StorageBucketSpec defines the desired state of StorageBucket.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__968ae7b8e70e3863d2cd1858c8e859278112f5e7ac841865e76121848cee5bd4)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = StorageBucketProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["StorageBucketSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "StorageBucket".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: StorageBucketSpec defines the desired state of StorageBucket.
        '''
        props = StorageBucketProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "StorageBucket".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucketProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class StorageBucketProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["StorageBucketSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''StorageBucket is the Schema for the StorageBucket API.

        :param metadata: 
        :param spec: StorageBucketSpec defines the desired state of StorageBucket.

        :schema: StorageBucket
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = StorageBucketSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__db9562b472204277f31fb9faa12c8a12d53643e1d579214a56fe6a4d42ab6bd2)
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
        :schema: StorageBucket#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["StorageBucketSpec"]:
        '''StorageBucketSpec defines the desired state of StorageBucket.

        :schema: StorageBucket#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["StorageBucketSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StorageBucketProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucketSpec",
    jsii_struct_bases=[],
    name_mapping={
        "autoclass": "autoclass",
        "bucket_policy_only": "bucketPolicyOnly",
        "cors": "cors",
        "custom_placement_config": "customPlacementConfig",
        "default_event_based_hold": "defaultEventBasedHold",
        "encryption": "encryption",
        "ip_filter": "ipFilter",
        "lifecycle_rule": "lifecycleRule",
        "location": "location",
        "logging": "logging",
        "public_access_prevention": "publicAccessPrevention",
        "requester_pays": "requesterPays",
        "resource_id": "resourceId",
        "retention_policy": "retentionPolicy",
        "soft_delete_policy": "softDeletePolicy",
        "storage_class": "storageClass",
        "uniform_bucket_level_access": "uniformBucketLevelAccess",
        "versioning": "versioning",
        "website": "website",
    },
)
class StorageBucketSpec:
    def __init__(
        self,
        *,
        autoclass: typing.Optional[typing.Union["StorageBucketSpecAutoclass", typing.Dict[builtins.str, typing.Any]]] = None,
        bucket_policy_only: typing.Optional[builtins.bool] = None,
        cors: typing.Optional[typing.Sequence[typing.Union["StorageBucketSpecCors", typing.Dict[builtins.str, typing.Any]]]] = None,
        custom_placement_config: typing.Optional[typing.Union["StorageBucketSpecCustomPlacementConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        default_event_based_hold: typing.Optional[builtins.bool] = None,
        encryption: typing.Optional[typing.Union["StorageBucketSpecEncryption", typing.Dict[builtins.str, typing.Any]]] = None,
        ip_filter: typing.Optional[typing.Union["StorageBucketSpecIpFilter", typing.Dict[builtins.str, typing.Any]]] = None,
        lifecycle_rule: typing.Optional[typing.Sequence[typing.Union["StorageBucketSpecLifecycleRule", typing.Dict[builtins.str, typing.Any]]]] = None,
        location: typing.Optional[builtins.str] = None,
        logging: typing.Optional[typing.Union["StorageBucketSpecLogging", typing.Dict[builtins.str, typing.Any]]] = None,
        public_access_prevention: typing.Optional[builtins.str] = None,
        requester_pays: typing.Optional[builtins.bool] = None,
        resource_id: typing.Optional[builtins.str] = None,
        retention_policy: typing.Optional[typing.Union["StorageBucketSpecRetentionPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        soft_delete_policy: typing.Optional[typing.Union["StorageBucketSpecSoftDeletePolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        storage_class: typing.Optional[builtins.str] = None,
        uniform_bucket_level_access: typing.Optional[builtins.bool] = None,
        versioning: typing.Optional[typing.Union["StorageBucketSpecVersioning", typing.Dict[builtins.str, typing.Any]]] = None,
        website: typing.Optional[typing.Union["StorageBucketSpecWebsite", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''StorageBucketSpec defines the desired state of StorageBucket.

        :param autoclass: The bucket's autoclass configuration.
        :param bucket_policy_only: DEPRECATED. Please use the ``uniformBucketLevelAccess`` field as this field has been renamed by Google. The ``uniformBucketLevelAccess`` field will supersede this field. Enables Bucket PolicyOnly access to a bucket.
        :param cors: The bucket's Cross-Origin Resource Sharing (CORS) configuration.
        :param custom_placement_config: The bucket's custom location configuration, which specifies the individual regions that comprise a dual-region bucket. If the bucket is designated a single or multi-region, the parameters are empty.
        :param default_event_based_hold: Whether or not to automatically apply an eventBasedHold to new objects added to the bucket.
        :param encryption: The bucket's encryption configuration.
        :param ip_filter: The bucket IP filtering configuration.
        :param lifecycle_rule: The bucket's Lifecycle Rules configuration.
        :param location: The Google Cloud Storage location.
        :param logging: The bucket's Access & Storage Logs configuration.
        :param public_access_prevention: Prevents public access to a bucket.
        :param requester_pays: Enables Requester Pays on a storage bucket.
        :param resource_id: Immutable. Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.
        :param retention_policy: Configuration of the bucket's data retention policy for how long objects in the bucket should be retained.
        :param soft_delete_policy: The bucket's soft delete policy, which defines the period of time that soft-deleted objects will be retained, and cannot be permanently deleted. If it is not provided, by default Google Cloud Storage sets this to default soft delete policy.
        :param storage_class: The Storage Class of the new bucket. Supported values include: STANDARD, MULTI_REGIONAL, REGIONAL, NEARLINE, COLDLINE, ARCHIVE.
        :param uniform_bucket_level_access: Enables uniform bucket-level access on a bucket.
        :param versioning: The bucket's Versioning configuration.
        :param website: Configuration if the bucket acts as a website.

        :schema: StorageBucketSpec
        '''
        if isinstance(autoclass, dict):
            autoclass = StorageBucketSpecAutoclass(**autoclass)
        if isinstance(custom_placement_config, dict):
            custom_placement_config = StorageBucketSpecCustomPlacementConfig(**custom_placement_config)
        if isinstance(encryption, dict):
            encryption = StorageBucketSpecEncryption(**encryption)
        if isinstance(ip_filter, dict):
            ip_filter = StorageBucketSpecIpFilter(**ip_filter)
        if isinstance(logging, dict):
            logging = StorageBucketSpecLogging(**logging)
        if isinstance(retention_policy, dict):
            retention_policy = StorageBucketSpecRetentionPolicy(**retention_policy)
        if isinstance(soft_delete_policy, dict):
            soft_delete_policy = StorageBucketSpecSoftDeletePolicy(**soft_delete_policy)
        if isinstance(versioning, dict):
            versioning = StorageBucketSpecVersioning(**versioning)
        if isinstance(website, dict):
            website = StorageBucketSpecWebsite(**website)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__07fc7ce6f7f7b26f605232cf9772d90826dda3e2f2afa553a20a94f65d51e3fb)
            check_type(argname="argument autoclass", value=autoclass, expected_type=type_hints["autoclass"])
            check_type(argname="argument bucket_policy_only", value=bucket_policy_only, expected_type=type_hints["bucket_policy_only"])
            check_type(argname="argument cors", value=cors, expected_type=type_hints["cors"])
            check_type(argname="argument custom_placement_config", value=custom_placement_config, expected_type=type_hints["custom_placement_config"])
            check_type(argname="argument default_event_based_hold", value=default_event_based_hold, expected_type=type_hints["default_event_based_hold"])
            check_type(argname="argument encryption", value=encryption, expected_type=type_hints["encryption"])
            check_type(argname="argument ip_filter", value=ip_filter, expected_type=type_hints["ip_filter"])
            check_type(argname="argument lifecycle_rule", value=lifecycle_rule, expected_type=type_hints["lifecycle_rule"])
            check_type(argname="argument location", value=location, expected_type=type_hints["location"])
            check_type(argname="argument logging", value=logging, expected_type=type_hints["logging"])
            check_type(argname="argument public_access_prevention", value=public_access_prevention, expected_type=type_hints["public_access_prevention"])
            check_type(argname="argument requester_pays", value=requester_pays, expected_type=type_hints["requester_pays"])
            check_type(argname="argument resource_id", value=resource_id, expected_type=type_hints["resource_id"])
            check_type(argname="argument retention_policy", value=retention_policy, expected_type=type_hints["retention_policy"])
            check_type(argname="argument soft_delete_policy", value=soft_delete_policy, expected_type=type_hints["soft_delete_policy"])
            check_type(argname="argument storage_class", value=storage_class, expected_type=type_hints["storage_class"])
            check_type(argname="argument uniform_bucket_level_access", value=uniform_bucket_level_access, expected_type=type_hints["uniform_bucket_level_access"])
            check_type(argname="argument versioning", value=versioning, expected_type=type_hints["versioning"])
            check_type(argname="argument website", value=website, expected_type=type_hints["website"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if autoclass is not None:
            self._values["autoclass"] = autoclass
        if bucket_policy_only is not None:
            self._values["bucket_policy_only"] = bucket_policy_only
        if cors is not None:
            self._values["cors"] = cors
        if custom_placement_config is not None:
            self._values["custom_placement_config"] = custom_placement_config
        if default_event_based_hold is not None:
            self._values["default_event_based_hold"] = default_event_based_hold
        if encryption is not None:
            self._values["encryption"] = encryption
        if ip_filter is not None:
            self._values["ip_filter"] = ip_filter
        if lifecycle_rule is not None:
            self._values["lifecycle_rule"] = lifecycle_rule
        if location is not None:
            self._values["location"] = location
        if logging is not None:
            self._values["logging"] = logging
        if public_access_prevention is not None:
            self._values["public_access_prevention"] = public_access_prevention
        if requester_pays is not None:
            self._values["requester_pays"] = requester_pays
        if resource_id is not None:
            self._values["resource_id"] = resource_id
        if retention_policy is not None:
            self._values["retention_policy"] = retention_policy
        if soft_delete_policy is not None:
            self._values["soft_delete_policy"] = soft_delete_policy
        if storage_class is not None:
            self._values["storage_class"] = storage_class
        if uniform_bucket_level_access is not None:
            self._values["uniform_bucket_level_access"] = uniform_bucket_level_access
        if versioning is not None:
            self._values["versioning"] = versioning
        if website is not None:
            self._values["website"] = website

    @builtins.property
    def autoclass(self) -> typing.Optional["StorageBucketSpecAutoclass"]:
        '''The bucket's autoclass configuration.

        :schema: StorageBucketSpec#autoclass
        '''
        result = self._values.get("autoclass")
        return typing.cast(typing.Optional["StorageBucketSpecAutoclass"], result)

    @builtins.property
    def bucket_policy_only(self) -> typing.Optional[builtins.bool]:
        '''DEPRECATED.

        Please use the ``uniformBucketLevelAccess`` field as this field has been renamed by Google. The ``uniformBucketLevelAccess`` field will supersede this field. Enables Bucket PolicyOnly access to a bucket.

        :schema: StorageBucketSpec#bucketPolicyOnly
        '''
        result = self._values.get("bucket_policy_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def cors(self) -> typing.Optional[typing.List["StorageBucketSpecCors"]]:
        '''The bucket's Cross-Origin Resource Sharing (CORS) configuration.

        :schema: StorageBucketSpec#cors
        '''
        result = self._values.get("cors")
        return typing.cast(typing.Optional[typing.List["StorageBucketSpecCors"]], result)

    @builtins.property
    def custom_placement_config(
        self,
    ) -> typing.Optional["StorageBucketSpecCustomPlacementConfig"]:
        '''The bucket's custom location configuration, which specifies the individual regions that comprise a dual-region bucket.

        If the bucket is designated a single or multi-region, the parameters are empty.

        :schema: StorageBucketSpec#customPlacementConfig
        '''
        result = self._values.get("custom_placement_config")
        return typing.cast(typing.Optional["StorageBucketSpecCustomPlacementConfig"], result)

    @builtins.property
    def default_event_based_hold(self) -> typing.Optional[builtins.bool]:
        '''Whether or not to automatically apply an eventBasedHold to new objects added to the bucket.

        :schema: StorageBucketSpec#defaultEventBasedHold
        '''
        result = self._values.get("default_event_based_hold")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def encryption(self) -> typing.Optional["StorageBucketSpecEncryption"]:
        '''The bucket's encryption configuration.

        :schema: StorageBucketSpec#encryption
        '''
        result = self._values.get("encryption")
        return typing.cast(typing.Optional["StorageBucketSpecEncryption"], result)

    @builtins.property
    def ip_filter(self) -> typing.Optional["StorageBucketSpecIpFilter"]:
        '''The bucket IP filtering configuration.

        :schema: StorageBucketSpec#ipFilter
        '''
        result = self._values.get("ip_filter")
        return typing.cast(typing.Optional["StorageBucketSpecIpFilter"], result)

    @builtins.property
    def lifecycle_rule(
        self,
    ) -> typing.Optional[typing.List["StorageBucketSpecLifecycleRule"]]:
        '''The bucket's Lifecycle Rules configuration.

        :schema: StorageBucketSpec#lifecycleRule
        '''
        result = self._values.get("lifecycle_rule")
        return typing.cast(typing.Optional[typing.List["StorageBucketSpecLifecycleRule"]], result)

    @builtins.property
    def location(self) -> typing.Optional[builtins.str]:
        '''The Google Cloud Storage location.

        :schema: StorageBucketSpec#location
        '''
        result = self._values.get("location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def logging(self) -> typing.Optional["StorageBucketSpecLogging"]:
        '''The bucket's Access & Storage Logs configuration.

        :schema: StorageBucketSpec#logging
        '''
        result = self._values.get("logging")
        return typing.cast(typing.Optional["StorageBucketSpecLogging"], result)

    @builtins.property
    def public_access_prevention(self) -> typing.Optional[builtins.str]:
        '''Prevents public access to a bucket.

        :schema: StorageBucketSpec#publicAccessPrevention
        '''
        result = self._values.get("public_access_prevention")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def requester_pays(self) -> typing.Optional[builtins.bool]:
        '''Enables Requester Pays on a storage bucket.

        :schema: StorageBucketSpec#requesterPays
        '''
        result = self._values.get("requester_pays")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def resource_id(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.

        :schema: StorageBucketSpec#resourceID
        '''
        result = self._values.get("resource_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retention_policy(self) -> typing.Optional["StorageBucketSpecRetentionPolicy"]:
        '''Configuration of the bucket's data retention policy for how long objects in the bucket should be retained.

        :schema: StorageBucketSpec#retentionPolicy
        '''
        result = self._values.get("retention_policy")
        return typing.cast(typing.Optional["StorageBucketSpecRetentionPolicy"], result)

    @builtins.property
    def soft_delete_policy(
        self,
    ) -> typing.Optional["StorageBucketSpecSoftDeletePolicy"]:
        '''The bucket's soft delete policy, which defines the period of time that soft-deleted objects will be retained, and cannot be permanently deleted.

        If it is not provided, by default Google Cloud Storage sets this to default soft delete policy.

        :schema: StorageBucketSpec#softDeletePolicy
        '''
        result = self._values.get("soft_delete_policy")
        return typing.cast(typing.Optional["StorageBucketSpecSoftDeletePolicy"], result)

    @builtins.property
    def storage_class(self) -> typing.Optional[builtins.str]:
        '''The Storage Class of the new bucket.

        Supported values include: STANDARD, MULTI_REGIONAL, REGIONAL, NEARLINE, COLDLINE, ARCHIVE.

        :schema: StorageBucketSpec#storageClass
        '''
        result = self._values.get("storage_class")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uniform_bucket_level_access(self) -> typing.Optional[builtins.bool]:
        '''Enables uniform bucket-level access on a bucket.

        :schema: StorageBucketSpec#uniformBucketLevelAccess
        '''
        result = self._values.get("uniform_bucket_level_access")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def versioning(self) -> typing.Optional["StorageBucketSpecVersioning"]:
        '''The bucket's Versioning configuration.

        :schema: StorageBucketSpec#versioning
        '''
        result = self._values.get("versioning")
        return typing.cast(typing.Optional["StorageBucketSpecVersioning"], result)

    @builtins.property
    def website(self) -> typing.Optional["StorageBucketSpecWebsite"]:
        '''Configuration if the bucket acts as a website.

        :schema: StorageBucketSpec#website
        '''
        result = self._values.get("website")
        return typing.cast(typing.Optional["StorageBucketSpecWebsite"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StorageBucketSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucketSpecAutoclass",
    jsii_struct_bases=[],
    name_mapping={
        "enabled": "enabled",
        "terminal_storage_class": "terminalStorageClass",
    },
)
class StorageBucketSpecAutoclass:
    def __init__(
        self,
        *,
        enabled: builtins.bool,
        terminal_storage_class: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The bucket's autoclass configuration.

        :param enabled: While set to true, autoclass automatically transitions objects in your bucket to appropriate storage classes based on each object's access pattern.
        :param terminal_storage_class: The storage class that objects in the bucket eventually transition to if they are not read for a certain length of time. Supported values include: NEARLINE, ARCHIVE.

        :schema: StorageBucketSpecAutoclass
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e3cc5e36fb0fb1760408f227069f9fba2ec0bebba325e57277e79ac670e007d)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument terminal_storage_class", value=terminal_storage_class, expected_type=type_hints["terminal_storage_class"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }
        if terminal_storage_class is not None:
            self._values["terminal_storage_class"] = terminal_storage_class

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''While set to true, autoclass automatically transitions objects in your bucket to appropriate storage classes based on each object's access pattern.

        :schema: StorageBucketSpecAutoclass#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    @builtins.property
    def terminal_storage_class(self) -> typing.Optional[builtins.str]:
        '''The storage class that objects in the bucket eventually transition to if they are not read for a certain length of time.

        Supported values include: NEARLINE, ARCHIVE.

        :schema: StorageBucketSpecAutoclass#terminalStorageClass
        '''
        result = self._values.get("terminal_storage_class")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StorageBucketSpecAutoclass(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucketSpecCors",
    jsii_struct_bases=[],
    name_mapping={
        "max_age_seconds": "maxAgeSeconds",
        "method": "method",
        "origin": "origin",
        "response_header": "responseHeader",
    },
)
class StorageBucketSpecCors:
    def __init__(
        self,
        *,
        max_age_seconds: typing.Optional[jsii.Number] = None,
        method: typing.Optional[typing.Sequence[builtins.str]] = None,
        origin: typing.Optional[typing.Sequence[builtins.str]] = None,
        response_header: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param max_age_seconds: The value, in seconds, to return in the Access-Control-Max-Age header used in preflight responses.
        :param method: The list of HTTP methods on which to include CORS response headers, (GET, OPTIONS, POST, etc) Note: "*" is permitted in the list of methods, and means "any method".
        :param origin: The list of Origins eligible to receive CORS response headers. Note: "*" is permitted in the list of origins, and means "any Origin".
        :param response_header: The list of HTTP headers other than the simple response headers to give permission for the user-agent to share across domains.

        :schema: StorageBucketSpecCors
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c85807045d0bf8294da55ffab0f7b2fd35afa9b87b2f52ece2d004c10b221ecb)
            check_type(argname="argument max_age_seconds", value=max_age_seconds, expected_type=type_hints["max_age_seconds"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument origin", value=origin, expected_type=type_hints["origin"])
            check_type(argname="argument response_header", value=response_header, expected_type=type_hints["response_header"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_age_seconds is not None:
            self._values["max_age_seconds"] = max_age_seconds
        if method is not None:
            self._values["method"] = method
        if origin is not None:
            self._values["origin"] = origin
        if response_header is not None:
            self._values["response_header"] = response_header

    @builtins.property
    def max_age_seconds(self) -> typing.Optional[jsii.Number]:
        '''The value, in seconds, to return in the Access-Control-Max-Age header used in preflight responses.

        :schema: StorageBucketSpecCors#maxAgeSeconds
        '''
        result = self._values.get("max_age_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def method(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The list of HTTP methods on which to include CORS response headers, (GET, OPTIONS, POST, etc) Note: "*" is permitted in the list of methods, and means "any method".

        :schema: StorageBucketSpecCors#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def origin(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The list of Origins eligible to receive CORS response headers.

        Note: "*" is permitted in the list of origins, and means "any Origin".

        :schema: StorageBucketSpecCors#origin
        '''
        result = self._values.get("origin")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def response_header(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The list of HTTP headers other than the simple response headers to give permission for the user-agent to share across domains.

        :schema: StorageBucketSpecCors#responseHeader
        '''
        result = self._values.get("response_header")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StorageBucketSpecCors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucketSpecCustomPlacementConfig",
    jsii_struct_bases=[],
    name_mapping={"data_locations": "dataLocations"},
)
class StorageBucketSpecCustomPlacementConfig:
    def __init__(self, *, data_locations: typing.Sequence[builtins.str]) -> None:
        '''The bucket's custom location configuration, which specifies the individual regions that comprise a dual-region bucket.

        If the bucket is designated a single or multi-region, the parameters are empty.

        :param data_locations: The list of individual regions that comprise a dual-region bucket. See the docs for a list of acceptable regions.

        :schema: StorageBucketSpecCustomPlacementConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6306ed692f5cf1a5eb3a905d774957333f1a27459fdebd22a2814682a44d717f)
            check_type(argname="argument data_locations", value=data_locations, expected_type=type_hints["data_locations"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "data_locations": data_locations,
        }

    @builtins.property
    def data_locations(self) -> typing.List[builtins.str]:
        '''The list of individual regions that comprise a dual-region bucket.

        See the docs for a list of acceptable regions.

        :schema: StorageBucketSpecCustomPlacementConfig#dataLocations
        '''
        result = self._values.get("data_locations")
        assert result is not None, "Required property 'data_locations' is missing"
        return typing.cast(typing.List[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StorageBucketSpecCustomPlacementConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucketSpecEncryption",
    jsii_struct_bases=[],
    name_mapping={"kms_key_ref": "kmsKeyRef"},
)
class StorageBucketSpecEncryption:
    def __init__(
        self,
        *,
        kms_key_ref: typing.Union["StorageBucketSpecEncryptionKmsKeyRef", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''The bucket's encryption configuration.

        :param kms_key_ref: A reference to the KMS Crypto Key that will be used to encrypt objects inserted into this bucket.

        :schema: StorageBucketSpecEncryption
        '''
        if isinstance(kms_key_ref, dict):
            kms_key_ref = StorageBucketSpecEncryptionKmsKeyRef(**kms_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e0f759b5c936f3241cbf9080f05a637f3199926763ae367205de3a8ef878ec71)
            check_type(argname="argument kms_key_ref", value=kms_key_ref, expected_type=type_hints["kms_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kms_key_ref": kms_key_ref,
        }

    @builtins.property
    def kms_key_ref(self) -> "StorageBucketSpecEncryptionKmsKeyRef":
        '''A reference to the KMS Crypto Key that will be used to encrypt objects inserted into this bucket.

        :schema: StorageBucketSpecEncryption#kmsKeyRef
        '''
        result = self._values.get("kms_key_ref")
        assert result is not None, "Required property 'kms_key_ref' is missing"
        return typing.cast("StorageBucketSpecEncryptionKmsKeyRef", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StorageBucketSpecEncryption(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucketSpecEncryptionKmsKeyRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class StorageBucketSpecEncryptionKmsKeyRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''A reference to the KMS Crypto Key that will be used to encrypt objects inserted into this bucket.

        :param external: A reference to an externally managed KMSCryptoKey. Should be in the format ``projects/[kms_project_id]/locations/[region]/keyRings/[key_ring_id]/cryptoKeys/[key]``.
        :param name: The ``name`` of a ``KMSCryptoKey`` resource.
        :param namespace: The ``namespace`` of a ``KMSCryptoKey`` resource.

        :schema: StorageBucketSpecEncryptionKmsKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__225117ce0ae2761fa37834fa5bee7838e2ee2e5a31527cbb7a1f4098155fce36)
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
        '''A reference to an externally managed KMSCryptoKey.

        Should be in the format ``projects/[kms_project_id]/locations/[region]/keyRings/[key_ring_id]/cryptoKeys/[key]``.

        :schema: StorageBucketSpecEncryptionKmsKeyRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The ``name`` of a ``KMSCryptoKey`` resource.

        :schema: StorageBucketSpecEncryptionKmsKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The ``namespace`` of a ``KMSCryptoKey`` resource.

        :schema: StorageBucketSpecEncryptionKmsKeyRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StorageBucketSpecEncryptionKmsKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucketSpecIpFilter",
    jsii_struct_bases=[],
    name_mapping={
        "mode": "mode",
        "allow_all_service_agent_access": "allowAllServiceAgentAccess",
        "allow_cross_org_vpcs": "allowCrossOrgVpcs",
        "public_network_source": "publicNetworkSource",
        "vpc_network_sources": "vpcNetworkSources",
    },
)
class StorageBucketSpecIpFilter:
    def __init__(
        self,
        *,
        mode: builtins.str,
        allow_all_service_agent_access: typing.Optional[builtins.bool] = None,
        allow_cross_org_vpcs: typing.Optional[builtins.bool] = None,
        public_network_source: typing.Optional[typing.Union["StorageBucketSpecIpFilterPublicNetworkSource", typing.Dict[builtins.str, typing.Any]]] = None,
        vpc_network_sources: typing.Optional[typing.Sequence[typing.Union["StorageBucketSpecIpFilterVpcNetworkSources", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''The bucket IP filtering configuration.

        :param mode: The mode of the IP filter. Valid values are 'Enabled' and 'Disabled'.
        :param allow_all_service_agent_access: Whether to allow all service agents to access the bucket regardless of the IP filter configuration.
        :param allow_cross_org_vpcs: Whether to allow cross-org VPCs in the bucket's IP filter configuration.
        :param public_network_source: The public network IP address ranges that can access the bucket and its data.
        :param vpc_network_sources: The list of VPC networks that can access the bucket.

        :schema: StorageBucketSpecIpFilter
        '''
        if isinstance(public_network_source, dict):
            public_network_source = StorageBucketSpecIpFilterPublicNetworkSource(**public_network_source)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd75a58e4fb1878ec75d143bb20e27efb24cfd650c67ba1e61294723b910ab07)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument allow_all_service_agent_access", value=allow_all_service_agent_access, expected_type=type_hints["allow_all_service_agent_access"])
            check_type(argname="argument allow_cross_org_vpcs", value=allow_cross_org_vpcs, expected_type=type_hints["allow_cross_org_vpcs"])
            check_type(argname="argument public_network_source", value=public_network_source, expected_type=type_hints["public_network_source"])
            check_type(argname="argument vpc_network_sources", value=vpc_network_sources, expected_type=type_hints["vpc_network_sources"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mode": mode,
        }
        if allow_all_service_agent_access is not None:
            self._values["allow_all_service_agent_access"] = allow_all_service_agent_access
        if allow_cross_org_vpcs is not None:
            self._values["allow_cross_org_vpcs"] = allow_cross_org_vpcs
        if public_network_source is not None:
            self._values["public_network_source"] = public_network_source
        if vpc_network_sources is not None:
            self._values["vpc_network_sources"] = vpc_network_sources

    @builtins.property
    def mode(self) -> builtins.str:
        '''The mode of the IP filter.

        Valid values are 'Enabled' and 'Disabled'.

        :schema: StorageBucketSpecIpFilter#mode
        '''
        result = self._values.get("mode")
        assert result is not None, "Required property 'mode' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def allow_all_service_agent_access(self) -> typing.Optional[builtins.bool]:
        '''Whether to allow all service agents to access the bucket regardless of the IP filter configuration.

        :schema: StorageBucketSpecIpFilter#allowAllServiceAgentAccess
        '''
        result = self._values.get("allow_all_service_agent_access")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allow_cross_org_vpcs(self) -> typing.Optional[builtins.bool]:
        '''Whether to allow cross-org VPCs in the bucket's IP filter configuration.

        :schema: StorageBucketSpecIpFilter#allowCrossOrgVpcs
        '''
        result = self._values.get("allow_cross_org_vpcs")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def public_network_source(
        self,
    ) -> typing.Optional["StorageBucketSpecIpFilterPublicNetworkSource"]:
        '''The public network IP address ranges that can access the bucket and its data.

        :schema: StorageBucketSpecIpFilter#publicNetworkSource
        '''
        result = self._values.get("public_network_source")
        return typing.cast(typing.Optional["StorageBucketSpecIpFilterPublicNetworkSource"], result)

    @builtins.property
    def vpc_network_sources(
        self,
    ) -> typing.Optional[typing.List["StorageBucketSpecIpFilterVpcNetworkSources"]]:
        '''The list of VPC networks that can access the bucket.

        :schema: StorageBucketSpecIpFilter#vpcNetworkSources
        '''
        result = self._values.get("vpc_network_sources")
        return typing.cast(typing.Optional[typing.List["StorageBucketSpecIpFilterVpcNetworkSources"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StorageBucketSpecIpFilter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucketSpecIpFilterPublicNetworkSource",
    jsii_struct_bases=[],
    name_mapping={"allowed_ip_cidr_ranges": "allowedIpCidrRanges"},
)
class StorageBucketSpecIpFilterPublicNetworkSource:
    def __init__(
        self,
        *,
        allowed_ip_cidr_ranges: typing.Sequence[builtins.str],
    ) -> None:
        '''The public network IP address ranges that can access the bucket and its data.

        :param allowed_ip_cidr_ranges: The list of public IPv4, IPv6 cidr ranges that are allowed to access the bucket.

        :schema: StorageBucketSpecIpFilterPublicNetworkSource
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__75732ee433cfd8de47f7bb2e5dba6557fce7ee7cfe9a76cbd1898b7b95235938)
            check_type(argname="argument allowed_ip_cidr_ranges", value=allowed_ip_cidr_ranges, expected_type=type_hints["allowed_ip_cidr_ranges"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "allowed_ip_cidr_ranges": allowed_ip_cidr_ranges,
        }

    @builtins.property
    def allowed_ip_cidr_ranges(self) -> typing.List[builtins.str]:
        '''The list of public IPv4, IPv6 cidr ranges that are allowed to access the bucket.

        :schema: StorageBucketSpecIpFilterPublicNetworkSource#allowedIpCidrRanges
        '''
        result = self._values.get("allowed_ip_cidr_ranges")
        assert result is not None, "Required property 'allowed_ip_cidr_ranges' is missing"
        return typing.cast(typing.List[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StorageBucketSpecIpFilterPublicNetworkSource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucketSpecIpFilterVpcNetworkSources",
    jsii_struct_bases=[],
    name_mapping={
        "allowed_ip_cidr_ranges": "allowedIpCidrRanges",
        "network_ref": "networkRef",
    },
)
class StorageBucketSpecIpFilterVpcNetworkSources:
    def __init__(
        self,
        *,
        allowed_ip_cidr_ranges: typing.Sequence[builtins.str],
        network_ref: typing.Union["StorageBucketSpecIpFilterVpcNetworkSourcesNetworkRef", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''
        :param allowed_ip_cidr_ranges: The list of public or private IPv4 and IPv6 CIDR ranges that can access the bucket.
        :param network_ref: The VPC network that can access the bucket.

        :schema: StorageBucketSpecIpFilterVpcNetworkSources
        '''
        if isinstance(network_ref, dict):
            network_ref = StorageBucketSpecIpFilterVpcNetworkSourcesNetworkRef(**network_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8698a69dba982270144d1bbf4b91f436258361e011a640fed898045aa22eaece)
            check_type(argname="argument allowed_ip_cidr_ranges", value=allowed_ip_cidr_ranges, expected_type=type_hints["allowed_ip_cidr_ranges"])
            check_type(argname="argument network_ref", value=network_ref, expected_type=type_hints["network_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "allowed_ip_cidr_ranges": allowed_ip_cidr_ranges,
            "network_ref": network_ref,
        }

    @builtins.property
    def allowed_ip_cidr_ranges(self) -> typing.List[builtins.str]:
        '''The list of public or private IPv4 and IPv6 CIDR ranges that can access the bucket.

        :schema: StorageBucketSpecIpFilterVpcNetworkSources#allowedIpCidrRanges
        '''
        result = self._values.get("allowed_ip_cidr_ranges")
        assert result is not None, "Required property 'allowed_ip_cidr_ranges' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def network_ref(self) -> "StorageBucketSpecIpFilterVpcNetworkSourcesNetworkRef":
        '''The VPC network that can access the bucket.

        :schema: StorageBucketSpecIpFilterVpcNetworkSources#networkRef
        '''
        result = self._values.get("network_ref")
        assert result is not None, "Required property 'network_ref' is missing"
        return typing.cast("StorageBucketSpecIpFilterVpcNetworkSourcesNetworkRef", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StorageBucketSpecIpFilterVpcNetworkSources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucketSpecIpFilterVpcNetworkSourcesNetworkRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class StorageBucketSpecIpFilterVpcNetworkSourcesNetworkRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The VPC network that can access the bucket.

        :param external: A reference to an externally managed ComputeNetwork resource. Should be in the format "projects/{{projectID}}/global/networks/{{networkID}}".
        :param name: The name of a ComputeNetwork resource.
        :param namespace: The namespace of a ComputeNetwork resource.

        :schema: StorageBucketSpecIpFilterVpcNetworkSourcesNetworkRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d673721240a7db002442e6c8b32426a866e14705b1427f13e58c224f93b4e30b)
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

        :schema: StorageBucketSpecIpFilterVpcNetworkSourcesNetworkRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeNetwork resource.

        :schema: StorageBucketSpecIpFilterVpcNetworkSourcesNetworkRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeNetwork resource.

        :schema: StorageBucketSpecIpFilterVpcNetworkSourcesNetworkRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StorageBucketSpecIpFilterVpcNetworkSourcesNetworkRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucketSpecLifecycleRule",
    jsii_struct_bases=[],
    name_mapping={"action": "action", "condition": "condition"},
)
class StorageBucketSpecLifecycleRule:
    def __init__(
        self,
        *,
        action: typing.Union["StorageBucketSpecLifecycleRuleAction", typing.Dict[builtins.str, typing.Any]],
        condition: typing.Union["StorageBucketSpecLifecycleRuleCondition", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''
        :param action: The Lifecycle Rule's action configuration. A single block of this type is supported.
        :param condition: The Lifecycle Rule's condition configuration.

        :schema: StorageBucketSpecLifecycleRule
        '''
        if isinstance(action, dict):
            action = StorageBucketSpecLifecycleRuleAction(**action)
        if isinstance(condition, dict):
            condition = StorageBucketSpecLifecycleRuleCondition(**condition)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__997bf24d2c6ebd40fdbc9410fdbac54fdb178a59ff538aadb93ef6f6c4b21bc7)
            check_type(argname="argument action", value=action, expected_type=type_hints["action"])
            check_type(argname="argument condition", value=condition, expected_type=type_hints["condition"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "action": action,
            "condition": condition,
        }

    @builtins.property
    def action(self) -> "StorageBucketSpecLifecycleRuleAction":
        '''The Lifecycle Rule's action configuration.

        A single block of this type is supported.

        :schema: StorageBucketSpecLifecycleRule#action
        '''
        result = self._values.get("action")
        assert result is not None, "Required property 'action' is missing"
        return typing.cast("StorageBucketSpecLifecycleRuleAction", result)

    @builtins.property
    def condition(self) -> "StorageBucketSpecLifecycleRuleCondition":
        '''The Lifecycle Rule's condition configuration.

        :schema: StorageBucketSpecLifecycleRule#condition
        '''
        result = self._values.get("condition")
        assert result is not None, "Required property 'condition' is missing"
        return typing.cast("StorageBucketSpecLifecycleRuleCondition", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StorageBucketSpecLifecycleRule(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucketSpecLifecycleRuleAction",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "storage_class": "storageClass"},
)
class StorageBucketSpecLifecycleRuleAction:
    def __init__(
        self,
        *,
        type: builtins.str,
        storage_class: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The Lifecycle Rule's action configuration.

        A single block of this type is supported.

        :param type: The type of the action of this Lifecycle Rule. Supported values include: Delete, SetStorageClass and AbortIncompleteMultipartUpload.
        :param storage_class: The target Storage Class of objects affected by this Lifecycle Rule. Supported values include: MULTI_REGIONAL, REGIONAL, NEARLINE, COLDLINE, ARCHIVE.

        :schema: StorageBucketSpecLifecycleRuleAction
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5950b0f0ec86b69cfddd7258f66d027653773d0d61a88ed8fdf60ddf59d3c120)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument storage_class", value=storage_class, expected_type=type_hints["storage_class"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if storage_class is not None:
            self._values["storage_class"] = storage_class

    @builtins.property
    def type(self) -> builtins.str:
        '''The type of the action of this Lifecycle Rule.

        Supported values include: Delete, SetStorageClass and AbortIncompleteMultipartUpload.

        :schema: StorageBucketSpecLifecycleRuleAction#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def storage_class(self) -> typing.Optional[builtins.str]:
        '''The target Storage Class of objects affected by this Lifecycle Rule.

        Supported values include: MULTI_REGIONAL, REGIONAL, NEARLINE, COLDLINE, ARCHIVE.

        :schema: StorageBucketSpecLifecycleRuleAction#storageClass
        '''
        result = self._values.get("storage_class")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StorageBucketSpecLifecycleRuleAction(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucketSpecLifecycleRuleCondition",
    jsii_struct_bases=[],
    name_mapping={
        "age": "age",
        "created_before": "createdBefore",
        "custom_time_before": "customTimeBefore",
        "days_since_custom_time": "daysSinceCustomTime",
        "days_since_noncurrent_time": "daysSinceNoncurrentTime",
        "matches_prefix": "matchesPrefix",
        "matches_storage_class": "matchesStorageClass",
        "matches_suffix": "matchesSuffix",
        "noncurrent_time_before": "noncurrentTimeBefore",
        "num_newer_versions": "numNewerVersions",
        "with_state": "withState",
    },
)
class StorageBucketSpecLifecycleRuleCondition:
    def __init__(
        self,
        *,
        age: typing.Optional[jsii.Number] = None,
        created_before: typing.Optional[builtins.str] = None,
        custom_time_before: typing.Optional[builtins.str] = None,
        days_since_custom_time: typing.Optional[jsii.Number] = None,
        days_since_noncurrent_time: typing.Optional[jsii.Number] = None,
        matches_prefix: typing.Optional[typing.Sequence[builtins.str]] = None,
        matches_storage_class: typing.Optional[typing.Sequence[builtins.str]] = None,
        matches_suffix: typing.Optional[typing.Sequence[builtins.str]] = None,
        noncurrent_time_before: typing.Optional[builtins.str] = None,
        num_newer_versions: typing.Optional[jsii.Number] = None,
        with_state: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The Lifecycle Rule's condition configuration.

        :param age: Minimum age of an object in days to satisfy this condition.
        :param created_before: Creation date of an object in RFC 3339 (e.g. 2017-06-13) to satisfy this condition.
        :param custom_time_before: Creation date of an object in RFC 3339 (e.g. 2017-06-13) to satisfy this condition.
        :param days_since_custom_time: Number of days elapsed since the user-specified timestamp set on an object.
        :param days_since_noncurrent_time: Number of days elapsed since the noncurrent timestamp of an object. This condition is relevant only for versioned objects.
        :param matches_prefix: One or more matching name prefixes to satisfy this condition.
        :param matches_storage_class: Storage Class of objects to satisfy this condition. Supported values include: MULTI_REGIONAL, REGIONAL, NEARLINE, COLDLINE, ARCHIVE, STANDARD, DURABLE_REDUCED_AVAILABILITY.
        :param matches_suffix: One or more matching name suffixes to satisfy this condition.
        :param noncurrent_time_before: Creation date of an object in RFC 3339 (e.g. 2017-06-13) to satisfy this condition.
        :param num_newer_versions: Relevant only for versioned objects. The number of newer versions of an object to satisfy this condition.
        :param with_state: Match to live and/or archived objects. Unversioned buckets have only live objects. Supported values include: "LIVE", "ARCHIVED", "ANY".

        :schema: StorageBucketSpecLifecycleRuleCondition
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7ba40003631f374a64855731cdeb0db09f387ba5cf7ee5a52c47540c21959c67)
            check_type(argname="argument age", value=age, expected_type=type_hints["age"])
            check_type(argname="argument created_before", value=created_before, expected_type=type_hints["created_before"])
            check_type(argname="argument custom_time_before", value=custom_time_before, expected_type=type_hints["custom_time_before"])
            check_type(argname="argument days_since_custom_time", value=days_since_custom_time, expected_type=type_hints["days_since_custom_time"])
            check_type(argname="argument days_since_noncurrent_time", value=days_since_noncurrent_time, expected_type=type_hints["days_since_noncurrent_time"])
            check_type(argname="argument matches_prefix", value=matches_prefix, expected_type=type_hints["matches_prefix"])
            check_type(argname="argument matches_storage_class", value=matches_storage_class, expected_type=type_hints["matches_storage_class"])
            check_type(argname="argument matches_suffix", value=matches_suffix, expected_type=type_hints["matches_suffix"])
            check_type(argname="argument noncurrent_time_before", value=noncurrent_time_before, expected_type=type_hints["noncurrent_time_before"])
            check_type(argname="argument num_newer_versions", value=num_newer_versions, expected_type=type_hints["num_newer_versions"])
            check_type(argname="argument with_state", value=with_state, expected_type=type_hints["with_state"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if age is not None:
            self._values["age"] = age
        if created_before is not None:
            self._values["created_before"] = created_before
        if custom_time_before is not None:
            self._values["custom_time_before"] = custom_time_before
        if days_since_custom_time is not None:
            self._values["days_since_custom_time"] = days_since_custom_time
        if days_since_noncurrent_time is not None:
            self._values["days_since_noncurrent_time"] = days_since_noncurrent_time
        if matches_prefix is not None:
            self._values["matches_prefix"] = matches_prefix
        if matches_storage_class is not None:
            self._values["matches_storage_class"] = matches_storage_class
        if matches_suffix is not None:
            self._values["matches_suffix"] = matches_suffix
        if noncurrent_time_before is not None:
            self._values["noncurrent_time_before"] = noncurrent_time_before
        if num_newer_versions is not None:
            self._values["num_newer_versions"] = num_newer_versions
        if with_state is not None:
            self._values["with_state"] = with_state

    @builtins.property
    def age(self) -> typing.Optional[jsii.Number]:
        '''Minimum age of an object in days to satisfy this condition.

        :schema: StorageBucketSpecLifecycleRuleCondition#age
        '''
        result = self._values.get("age")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def created_before(self) -> typing.Optional[builtins.str]:
        '''Creation date of an object in RFC 3339 (e.g. 2017-06-13) to satisfy this condition.

        :schema: StorageBucketSpecLifecycleRuleCondition#createdBefore
        '''
        result = self._values.get("created_before")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def custom_time_before(self) -> typing.Optional[builtins.str]:
        '''Creation date of an object in RFC 3339 (e.g. 2017-06-13) to satisfy this condition.

        :schema: StorageBucketSpecLifecycleRuleCondition#customTimeBefore
        '''
        result = self._values.get("custom_time_before")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def days_since_custom_time(self) -> typing.Optional[jsii.Number]:
        '''Number of days elapsed since the user-specified timestamp set on an object.

        :schema: StorageBucketSpecLifecycleRuleCondition#daysSinceCustomTime
        '''
        result = self._values.get("days_since_custom_time")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def days_since_noncurrent_time(self) -> typing.Optional[jsii.Number]:
        '''Number of days elapsed since the noncurrent timestamp of an object.

        This condition is relevant only for versioned objects.

        :schema: StorageBucketSpecLifecycleRuleCondition#daysSinceNoncurrentTime
        '''
        result = self._values.get("days_since_noncurrent_time")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def matches_prefix(self) -> typing.Optional[typing.List[builtins.str]]:
        '''One or more matching name prefixes to satisfy this condition.

        :schema: StorageBucketSpecLifecycleRuleCondition#matchesPrefix
        '''
        result = self._values.get("matches_prefix")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def matches_storage_class(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Storage Class of objects to satisfy this condition.

        Supported values include: MULTI_REGIONAL, REGIONAL, NEARLINE, COLDLINE, ARCHIVE, STANDARD, DURABLE_REDUCED_AVAILABILITY.

        :schema: StorageBucketSpecLifecycleRuleCondition#matchesStorageClass
        '''
        result = self._values.get("matches_storage_class")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def matches_suffix(self) -> typing.Optional[typing.List[builtins.str]]:
        '''One or more matching name suffixes to satisfy this condition.

        :schema: StorageBucketSpecLifecycleRuleCondition#matchesSuffix
        '''
        result = self._values.get("matches_suffix")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def noncurrent_time_before(self) -> typing.Optional[builtins.str]:
        '''Creation date of an object in RFC 3339 (e.g. 2017-06-13) to satisfy this condition.

        :schema: StorageBucketSpecLifecycleRuleCondition#noncurrentTimeBefore
        '''
        result = self._values.get("noncurrent_time_before")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def num_newer_versions(self) -> typing.Optional[jsii.Number]:
        '''Relevant only for versioned objects.

        The number of newer versions of an object to satisfy this condition.

        :schema: StorageBucketSpecLifecycleRuleCondition#numNewerVersions
        '''
        result = self._values.get("num_newer_versions")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def with_state(self) -> typing.Optional[builtins.str]:
        '''Match to live and/or archived objects.

        Unversioned buckets have only live objects. Supported values include: "LIVE", "ARCHIVED", "ANY".

        :schema: StorageBucketSpecLifecycleRuleCondition#withState
        '''
        result = self._values.get("with_state")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StorageBucketSpecLifecycleRuleCondition(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucketSpecLogging",
    jsii_struct_bases=[],
    name_mapping={"log_bucket": "logBucket", "log_object_prefix": "logObjectPrefix"},
)
class StorageBucketSpecLogging:
    def __init__(
        self,
        *,
        log_bucket: builtins.str,
        log_object_prefix: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The bucket's Access & Storage Logs configuration.

        :param log_bucket: The bucket that will receive log objects.
        :param log_object_prefix: The object prefix for log objects. If it's not provided, by default Google Cloud Storage sets this to this bucket's name.

        :schema: StorageBucketSpecLogging
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9d1a76a5eb901d7ddfef93d4b786b23688b20b90435a6a7090fcef46781b9339)
            check_type(argname="argument log_bucket", value=log_bucket, expected_type=type_hints["log_bucket"])
            check_type(argname="argument log_object_prefix", value=log_object_prefix, expected_type=type_hints["log_object_prefix"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "log_bucket": log_bucket,
        }
        if log_object_prefix is not None:
            self._values["log_object_prefix"] = log_object_prefix

    @builtins.property
    def log_bucket(self) -> builtins.str:
        '''The bucket that will receive log objects.

        :schema: StorageBucketSpecLogging#logBucket
        '''
        result = self._values.get("log_bucket")
        assert result is not None, "Required property 'log_bucket' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def log_object_prefix(self) -> typing.Optional[builtins.str]:
        '''The object prefix for log objects.

        If it's not provided, by default Google Cloud Storage sets this to this bucket's name.

        :schema: StorageBucketSpecLogging#logObjectPrefix
        '''
        result = self._values.get("log_object_prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StorageBucketSpecLogging(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucketSpecRetentionPolicy",
    jsii_struct_bases=[],
    name_mapping={"retention_period": "retentionPeriod", "is_locked": "isLocked"},
)
class StorageBucketSpecRetentionPolicy:
    def __init__(
        self,
        *,
        retention_period: jsii.Number,
        is_locked: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Configuration of the bucket's data retention policy for how long objects in the bucket should be retained.

        :param retention_period: The period of time, in seconds, that objects in the bucket must be retained and cannot be deleted, overwritten, or archived. The value must be less than 3,155,760,000 seconds.
        :param is_locked: If set to true, the bucket will be locked and permanently restrict edits to the bucket's retention policy. Caution: Locking a bucket is an irreversible action.

        :schema: StorageBucketSpecRetentionPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6b635ed2b72c035ff28bfb15fd443a062dabe86b53adb89899fcadcbabe6b0d1)
            check_type(argname="argument retention_period", value=retention_period, expected_type=type_hints["retention_period"])
            check_type(argname="argument is_locked", value=is_locked, expected_type=type_hints["is_locked"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "retention_period": retention_period,
        }
        if is_locked is not None:
            self._values["is_locked"] = is_locked

    @builtins.property
    def retention_period(self) -> jsii.Number:
        '''The period of time, in seconds, that objects in the bucket must be retained and cannot be deleted, overwritten, or archived.

        The value must be less than 3,155,760,000 seconds.

        :schema: StorageBucketSpecRetentionPolicy#retentionPeriod
        '''
        result = self._values.get("retention_period")
        assert result is not None, "Required property 'retention_period' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def is_locked(self) -> typing.Optional[builtins.bool]:
        '''If set to true, the bucket will be locked and permanently restrict edits to the bucket's retention policy.

        Caution: Locking a bucket is an irreversible action.

        :schema: StorageBucketSpecRetentionPolicy#isLocked
        '''
        result = self._values.get("is_locked")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StorageBucketSpecRetentionPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucketSpecSoftDeletePolicy",
    jsii_struct_bases=[],
    name_mapping={"retention_duration_seconds": "retentionDurationSeconds"},
)
class StorageBucketSpecSoftDeletePolicy:
    def __init__(
        self,
        *,
        retention_duration_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''The bucket's soft delete policy, which defines the period of time that soft-deleted objects will be retained, and cannot be permanently deleted.

        If it is not provided, by default Google Cloud Storage sets this to default soft delete policy.

        :param retention_duration_seconds: The duration in seconds that soft-deleted objects in the bucket will be retained and cannot be permanently deleted. Default value is 604800.

        :schema: StorageBucketSpecSoftDeletePolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5e80fe8ba926d9a027b832fa3affaf2ccfd79f1261b914da994fd7d8c3ee8932)
            check_type(argname="argument retention_duration_seconds", value=retention_duration_seconds, expected_type=type_hints["retention_duration_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if retention_duration_seconds is not None:
            self._values["retention_duration_seconds"] = retention_duration_seconds

    @builtins.property
    def retention_duration_seconds(self) -> typing.Optional[jsii.Number]:
        '''The duration in seconds that soft-deleted objects in the bucket will be retained and cannot be permanently deleted.

        Default value is 604800.

        :schema: StorageBucketSpecSoftDeletePolicy#retentionDurationSeconds
        '''
        result = self._values.get("retention_duration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StorageBucketSpecSoftDeletePolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucketSpecVersioning",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class StorageBucketSpecVersioning:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''The bucket's Versioning configuration.

        :param enabled: While set to true, versioning is fully enabled for this bucket.

        :schema: StorageBucketSpecVersioning
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fc6d11cb7b983da28f15ed9601c29e5c4cb47318ecd72d153faa4e3677a67e91)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''While set to true, versioning is fully enabled for this bucket.

        :schema: StorageBucketSpecVersioning#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StorageBucketSpecVersioning(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_storage_comgooglecloudcnrmstorage.StorageBucketSpecWebsite",
    jsii_struct_bases=[],
    name_mapping={
        "main_page_suffix": "mainPageSuffix",
        "not_found_page": "notFoundPage",
    },
)
class StorageBucketSpecWebsite:
    def __init__(
        self,
        *,
        main_page_suffix: typing.Optional[builtins.str] = None,
        not_found_page: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Configuration if the bucket acts as a website.

        :param main_page_suffix: Behaves as the bucket's directory index where missing objects are treated as potential directories.
        :param not_found_page: The custom object to return when a requested resource is not found.

        :schema: StorageBucketSpecWebsite
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7d96e3aa1d2d0507ba68dc2dcee1bc4e34ebc4f6c640ac5f34247694731776a8)
            check_type(argname="argument main_page_suffix", value=main_page_suffix, expected_type=type_hints["main_page_suffix"])
            check_type(argname="argument not_found_page", value=not_found_page, expected_type=type_hints["not_found_page"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if main_page_suffix is not None:
            self._values["main_page_suffix"] = main_page_suffix
        if not_found_page is not None:
            self._values["not_found_page"] = not_found_page

    @builtins.property
    def main_page_suffix(self) -> typing.Optional[builtins.str]:
        '''Behaves as the bucket's directory index where missing objects are treated as potential directories.

        :schema: StorageBucketSpecWebsite#mainPageSuffix
        '''
        result = self._values.get("main_page_suffix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def not_found_page(self) -> typing.Optional[builtins.str]:
        '''The custom object to return when a requested resource is not found.

        :schema: StorageBucketSpecWebsite#notFoundPage
        '''
        result = self._values.get("not_found_page")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "StorageBucketSpecWebsite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "StorageBucket",
    "StorageBucketProps",
    "StorageBucketSpec",
    "StorageBucketSpecAutoclass",
    "StorageBucketSpecCors",
    "StorageBucketSpecCustomPlacementConfig",
    "StorageBucketSpecEncryption",
    "StorageBucketSpecEncryptionKmsKeyRef",
    "StorageBucketSpecIpFilter",
    "StorageBucketSpecIpFilterPublicNetworkSource",
    "StorageBucketSpecIpFilterVpcNetworkSources",
    "StorageBucketSpecIpFilterVpcNetworkSourcesNetworkRef",
    "StorageBucketSpecLifecycleRule",
    "StorageBucketSpecLifecycleRuleAction",
    "StorageBucketSpecLifecycleRuleCondition",
    "StorageBucketSpecLogging",
    "StorageBucketSpecRetentionPolicy",
    "StorageBucketSpecSoftDeletePolicy",
    "StorageBucketSpecVersioning",
    "StorageBucketSpecWebsite",
]

publication.publish()

def _typecheckingstub__968ae7b8e70e3863d2cd1858c8e859278112f5e7ac841865e76121848cee5bd4(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[StorageBucketSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db9562b472204277f31fb9faa12c8a12d53643e1d579214a56fe6a4d42ab6bd2(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[StorageBucketSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07fc7ce6f7f7b26f605232cf9772d90826dda3e2f2afa553a20a94f65d51e3fb(
    *,
    autoclass: typing.Optional[typing.Union[StorageBucketSpecAutoclass, typing.Dict[builtins.str, typing.Any]]] = None,
    bucket_policy_only: typing.Optional[builtins.bool] = None,
    cors: typing.Optional[typing.Sequence[typing.Union[StorageBucketSpecCors, typing.Dict[builtins.str, typing.Any]]]] = None,
    custom_placement_config: typing.Optional[typing.Union[StorageBucketSpecCustomPlacementConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    default_event_based_hold: typing.Optional[builtins.bool] = None,
    encryption: typing.Optional[typing.Union[StorageBucketSpecEncryption, typing.Dict[builtins.str, typing.Any]]] = None,
    ip_filter: typing.Optional[typing.Union[StorageBucketSpecIpFilter, typing.Dict[builtins.str, typing.Any]]] = None,
    lifecycle_rule: typing.Optional[typing.Sequence[typing.Union[StorageBucketSpecLifecycleRule, typing.Dict[builtins.str, typing.Any]]]] = None,
    location: typing.Optional[builtins.str] = None,
    logging: typing.Optional[typing.Union[StorageBucketSpecLogging, typing.Dict[builtins.str, typing.Any]]] = None,
    public_access_prevention: typing.Optional[builtins.str] = None,
    requester_pays: typing.Optional[builtins.bool] = None,
    resource_id: typing.Optional[builtins.str] = None,
    retention_policy: typing.Optional[typing.Union[StorageBucketSpecRetentionPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    soft_delete_policy: typing.Optional[typing.Union[StorageBucketSpecSoftDeletePolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    storage_class: typing.Optional[builtins.str] = None,
    uniform_bucket_level_access: typing.Optional[builtins.bool] = None,
    versioning: typing.Optional[typing.Union[StorageBucketSpecVersioning, typing.Dict[builtins.str, typing.Any]]] = None,
    website: typing.Optional[typing.Union[StorageBucketSpecWebsite, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e3cc5e36fb0fb1760408f227069f9fba2ec0bebba325e57277e79ac670e007d(
    *,
    enabled: builtins.bool,
    terminal_storage_class: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c85807045d0bf8294da55ffab0f7b2fd35afa9b87b2f52ece2d004c10b221ecb(
    *,
    max_age_seconds: typing.Optional[jsii.Number] = None,
    method: typing.Optional[typing.Sequence[builtins.str]] = None,
    origin: typing.Optional[typing.Sequence[builtins.str]] = None,
    response_header: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6306ed692f5cf1a5eb3a905d774957333f1a27459fdebd22a2814682a44d717f(
    *,
    data_locations: typing.Sequence[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e0f759b5c936f3241cbf9080f05a637f3199926763ae367205de3a8ef878ec71(
    *,
    kms_key_ref: typing.Union[StorageBucketSpecEncryptionKmsKeyRef, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__225117ce0ae2761fa37834fa5bee7838e2ee2e5a31527cbb7a1f4098155fce36(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd75a58e4fb1878ec75d143bb20e27efb24cfd650c67ba1e61294723b910ab07(
    *,
    mode: builtins.str,
    allow_all_service_agent_access: typing.Optional[builtins.bool] = None,
    allow_cross_org_vpcs: typing.Optional[builtins.bool] = None,
    public_network_source: typing.Optional[typing.Union[StorageBucketSpecIpFilterPublicNetworkSource, typing.Dict[builtins.str, typing.Any]]] = None,
    vpc_network_sources: typing.Optional[typing.Sequence[typing.Union[StorageBucketSpecIpFilterVpcNetworkSources, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__75732ee433cfd8de47f7bb2e5dba6557fce7ee7cfe9a76cbd1898b7b95235938(
    *,
    allowed_ip_cidr_ranges: typing.Sequence[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8698a69dba982270144d1bbf4b91f436258361e011a640fed898045aa22eaece(
    *,
    allowed_ip_cidr_ranges: typing.Sequence[builtins.str],
    network_ref: typing.Union[StorageBucketSpecIpFilterVpcNetworkSourcesNetworkRef, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d673721240a7db002442e6c8b32426a866e14705b1427f13e58c224f93b4e30b(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__997bf24d2c6ebd40fdbc9410fdbac54fdb178a59ff538aadb93ef6f6c4b21bc7(
    *,
    action: typing.Union[StorageBucketSpecLifecycleRuleAction, typing.Dict[builtins.str, typing.Any]],
    condition: typing.Union[StorageBucketSpecLifecycleRuleCondition, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5950b0f0ec86b69cfddd7258f66d027653773d0d61a88ed8fdf60ddf59d3c120(
    *,
    type: builtins.str,
    storage_class: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ba40003631f374a64855731cdeb0db09f387ba5cf7ee5a52c47540c21959c67(
    *,
    age: typing.Optional[jsii.Number] = None,
    created_before: typing.Optional[builtins.str] = None,
    custom_time_before: typing.Optional[builtins.str] = None,
    days_since_custom_time: typing.Optional[jsii.Number] = None,
    days_since_noncurrent_time: typing.Optional[jsii.Number] = None,
    matches_prefix: typing.Optional[typing.Sequence[builtins.str]] = None,
    matches_storage_class: typing.Optional[typing.Sequence[builtins.str]] = None,
    matches_suffix: typing.Optional[typing.Sequence[builtins.str]] = None,
    noncurrent_time_before: typing.Optional[builtins.str] = None,
    num_newer_versions: typing.Optional[jsii.Number] = None,
    with_state: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d1a76a5eb901d7ddfef93d4b786b23688b20b90435a6a7090fcef46781b9339(
    *,
    log_bucket: builtins.str,
    log_object_prefix: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b635ed2b72c035ff28bfb15fd443a062dabe86b53adb89899fcadcbabe6b0d1(
    *,
    retention_period: jsii.Number,
    is_locked: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e80fe8ba926d9a027b832fa3affaf2ccfd79f1261b914da994fd7d8c3ee8932(
    *,
    retention_duration_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc6d11cb7b983da28f15ed9601c29e5c4cb47318ecd72d153faa4e3677a67e91(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d96e3aa1d2d0507ba68dc2dcee1bc4e34ebc4f6c640ac5f34247694731776a8(
    *,
    main_page_suffix: typing.Optional[builtins.str] = None,
    not_found_page: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
