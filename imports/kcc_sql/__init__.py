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


class SqlDatabase(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlDatabase",
):
    '''
    :schema: SQLDatabase
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["SqlDatabaseSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "SQLDatabase" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c783bc04a957c202473704d6c10d42d8c5bb8b67575d6ef8c1c5b771175d6a56)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = SqlDatabaseProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["SqlDatabaseSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "SQLDatabase".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = SqlDatabaseProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "SQLDatabase".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlDatabaseProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class SqlDatabaseProps:
    def __init__(
        self,
        *,
        spec: typing.Union["SqlDatabaseSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: SQLDatabase
        '''
        if isinstance(spec, dict):
            spec = SqlDatabaseSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__78ccf327bdcb733d9d1e8127b6b4a93b556f4909eb8d710baad30c242c12e33a)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "SqlDatabaseSpec":
        '''
        :schema: SQLDatabase#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("SqlDatabaseSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: SQLDatabase#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlDatabaseProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlDatabaseSpec",
    jsii_struct_bases=[],
    name_mapping={
        "instance_ref": "instanceRef",
        "charset": "charset",
        "collation": "collation",
        "deletion_policy": "deletionPolicy",
        "resource_id": "resourceId",
    },
)
class SqlDatabaseSpec:
    def __init__(
        self,
        *,
        instance_ref: typing.Union["SqlDatabaseSpecInstanceRef", typing.Dict[builtins.str, typing.Any]],
        charset: typing.Optional[builtins.str] = None,
        collation: typing.Optional[builtins.str] = None,
        deletion_policy: typing.Optional[builtins.str] = None,
        resource_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param instance_ref: The Cloud SQL instance.
        :param charset: The charset value. See MySQL's `Supported Character Sets and Collations <https://dev.mysql.com/doc/refman/5.7/en/charset-charsets.html>`_ and Postgres' `Character Set Support <https://www.postgresql.org/docs/9.6/static/multibyte.html>`_ for more details and supported values. Postgres databases only support a value of 'UTF8' at creation time.
        :param collation: The collation value. See MySQL's `Supported Character Sets and Collations <https://dev.mysql.com/doc/refman/5.7/en/charset-charsets.html>`_ and Postgres' `Collation Support <https://www.postgresql.org/docs/9.6/static/collation.html>`_ for more details and supported values. Postgres databases only support a value of 'en_US.UTF8' at creation time.
        :param deletion_policy: The deletion policy for the database. Setting ABANDON allows the resource to be abandoned rather than deleted. This is useful for Postgres, where databases cannot be deleted from the API if there are users other than cloudsqlsuperuser with access. Possible values are: "ABANDON", "DELETE". Defaults to "DELETE". Default: DELETE".
        :param resource_id: Immutable. Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.

        :schema: SqlDatabaseSpec
        '''
        if isinstance(instance_ref, dict):
            instance_ref = SqlDatabaseSpecInstanceRef(**instance_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fa32373aebffffe093d839047662cca05ec490cd3d19b936706e35116b251317)
            check_type(argname="argument instance_ref", value=instance_ref, expected_type=type_hints["instance_ref"])
            check_type(argname="argument charset", value=charset, expected_type=type_hints["charset"])
            check_type(argname="argument collation", value=collation, expected_type=type_hints["collation"])
            check_type(argname="argument deletion_policy", value=deletion_policy, expected_type=type_hints["deletion_policy"])
            check_type(argname="argument resource_id", value=resource_id, expected_type=type_hints["resource_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "instance_ref": instance_ref,
        }
        if charset is not None:
            self._values["charset"] = charset
        if collation is not None:
            self._values["collation"] = collation
        if deletion_policy is not None:
            self._values["deletion_policy"] = deletion_policy
        if resource_id is not None:
            self._values["resource_id"] = resource_id

    @builtins.property
    def instance_ref(self) -> "SqlDatabaseSpecInstanceRef":
        '''The Cloud SQL instance.

        :schema: SqlDatabaseSpec#instanceRef
        '''
        result = self._values.get("instance_ref")
        assert result is not None, "Required property 'instance_ref' is missing"
        return typing.cast("SqlDatabaseSpecInstanceRef", result)

    @builtins.property
    def charset(self) -> typing.Optional[builtins.str]:
        '''The charset value.

        See MySQL's
        `Supported Character Sets and Collations <https://dev.mysql.com/doc/refman/5.7/en/charset-charsets.html>`_
        and Postgres' `Character Set Support <https://www.postgresql.org/docs/9.6/static/multibyte.html>`_
        for more details and supported values. Postgres databases only support
        a value of 'UTF8' at creation time.

        :schema: SqlDatabaseSpec#charset
        '''
        result = self._values.get("charset")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def collation(self) -> typing.Optional[builtins.str]:
        '''The collation value.

        See MySQL's
        `Supported Character Sets and Collations <https://dev.mysql.com/doc/refman/5.7/en/charset-charsets.html>`_
        and Postgres' `Collation Support <https://www.postgresql.org/docs/9.6/static/collation.html>`_
        for more details and supported values. Postgres databases only support
        a value of 'en_US.UTF8' at creation time.

        :schema: SqlDatabaseSpec#collation
        '''
        result = self._values.get("collation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def deletion_policy(self) -> typing.Optional[builtins.str]:
        '''The deletion policy for the database.

        Setting ABANDON allows the resource
        to be abandoned rather than deleted. This is useful for Postgres, where databases cannot be
        deleted from the API if there are users other than cloudsqlsuperuser with access. Possible
        values are: "ABANDON", "DELETE". Defaults to "DELETE".

        :default: DELETE".

        :schema: SqlDatabaseSpec#deletionPolicy
        '''
        result = self._values.get("deletion_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_id(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.

        :schema: SqlDatabaseSpec#resourceID
        '''
        result = self._values.get("resource_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlDatabaseSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlDatabaseSpecInstanceRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class SqlDatabaseSpecInstanceRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The Cloud SQL instance.

        :param external: Allowed value: The ``name`` field of a ``SQLInstance`` resource.
        :param name: Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param namespace: Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: SqlDatabaseSpecInstanceRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9595d7b7655a6e06cc47f958f05df3f56b1f926055540d2bb0a3ac296e1f3a7d)
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
        '''Allowed value: The ``name`` field of a ``SQLInstance`` resource.

        :schema: SqlDatabaseSpecInstanceRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: SqlDatabaseSpecInstanceRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: SqlDatabaseSpecInstanceRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlDatabaseSpecInstanceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class SqlInstance(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstance",
):
    '''SQLInstance is the Schema for the sql API.

    :schema: SQLInstance
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["SqlInstanceSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "SQLInstance" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2e4fb6859225b01428f004132447c3cb2ee6b2f7a01ab93a18703421b3fdf1d9)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = SqlInstanceProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["SqlInstanceSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "SQLInstance".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = SqlInstanceProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "SQLInstance".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class SqlInstanceProps:
    def __init__(
        self,
        *,
        spec: typing.Union["SqlInstanceSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SQLInstance is the Schema for the sql API.

        :param spec: 
        :param metadata: 

        :schema: SQLInstance
        '''
        if isinstance(spec, dict):
            spec = SqlInstanceSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3b681fae95b1412a85bb74b5cd97accf97efd2f0e588c4c8ebadfa9c9b6f0706)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "SqlInstanceSpec":
        '''
        :schema: SQLInstance#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("SqlInstanceSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: SQLInstance#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpec",
    jsii_struct_bases=[],
    name_mapping={
        "settings": "settings",
        "clone_source": "cloneSource",
        "database_version": "databaseVersion",
        "encryption_kms_crypto_key_ref": "encryptionKmsCryptoKeyRef",
        "instance_type": "instanceType",
        "maintenance_version": "maintenanceVersion",
        "master_instance_ref": "masterInstanceRef",
        "region": "region",
        "replica_configuration": "replicaConfiguration",
        "replication_cluster": "replicationCluster",
        "resource_id": "resourceId",
        "root_password": "rootPassword",
    },
)
class SqlInstanceSpec:
    def __init__(
        self,
        *,
        settings: typing.Union["SqlInstanceSpecSettings", typing.Dict[builtins.str, typing.Any]],
        clone_source: typing.Optional[typing.Union["SqlInstanceSpecCloneSource", typing.Dict[builtins.str, typing.Any]]] = None,
        database_version: typing.Optional[builtins.str] = None,
        encryption_kms_crypto_key_ref: typing.Optional[typing.Union["SqlInstanceSpecEncryptionKmsCryptoKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        instance_type: typing.Optional[builtins.str] = None,
        maintenance_version: typing.Optional[builtins.str] = None,
        master_instance_ref: typing.Optional[typing.Union["SqlInstanceSpecMasterInstanceRef", typing.Dict[builtins.str, typing.Any]]] = None,
        region: typing.Optional[builtins.str] = None,
        replica_configuration: typing.Optional[typing.Union["SqlInstanceSpecReplicaConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        replication_cluster: typing.Optional[typing.Union["SqlInstanceSpecReplicationCluster", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_id: typing.Optional[builtins.str] = None,
        root_password: typing.Optional[typing.Union["SqlInstanceSpecRootPassword", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param settings: The settings to use for the database. The configuration is detailed below.
        :param clone_source: Create this database as a clone of a source instance. Immutable.
        :param database_version: The MySQL, PostgreSQL or SQL Server (beta) version to use. Supported values include MYSQL_5_6, MYSQL_5_7, MYSQL_8_0, POSTGRES_9_6, POSTGRES_10, POSTGRES_11, POSTGRES_12, POSTGRES_13, POSTGRES_14, POSTGRES_15, SQLSERVER_2017_STANDARD, SQLSERVER_2017_ENTERPRISE, SQLSERVER_2017_EXPRESS, SQLSERVER_2017_WEB. Database Version Policies includes an up-to-date reference of supported versions.
        :param encryption_kms_crypto_key_ref: 
        :param instance_type: The type of the instance. The valid values are:- 'SQL_INSTANCE_TYPE_UNSPECIFIED', 'CLOUD_SQL_INSTANCE', 'ON_PREMISES_INSTANCE' and 'READ_REPLICA_INSTANCE'.
        :param maintenance_version: Maintenance version.
        :param master_instance_ref: 
        :param region: Immutable. The region the instance will sit in. Note, Cloud SQL is not available in all regions. A valid region must be provided to use this resource. If a region is not provided in the resource definition, the provider region will be used instead, but this will be an apply-time error for instances if the provider region is not supported with Cloud SQL. If you choose not to provide the region argument for this resource, make sure you understand this.
        :param replica_configuration: The configuration for replication.
        :param replication_cluster: The configuration for the replication cluster.
        :param resource_id: Immutable. Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.
        :param root_password: Initial root password. Required for MS SQL Server.

        :schema: SqlInstanceSpec
        '''
        if isinstance(settings, dict):
            settings = SqlInstanceSpecSettings(**settings)
        if isinstance(clone_source, dict):
            clone_source = SqlInstanceSpecCloneSource(**clone_source)
        if isinstance(encryption_kms_crypto_key_ref, dict):
            encryption_kms_crypto_key_ref = SqlInstanceSpecEncryptionKmsCryptoKeyRef(**encryption_kms_crypto_key_ref)
        if isinstance(master_instance_ref, dict):
            master_instance_ref = SqlInstanceSpecMasterInstanceRef(**master_instance_ref)
        if isinstance(replica_configuration, dict):
            replica_configuration = SqlInstanceSpecReplicaConfiguration(**replica_configuration)
        if isinstance(replication_cluster, dict):
            replication_cluster = SqlInstanceSpecReplicationCluster(**replication_cluster)
        if isinstance(root_password, dict):
            root_password = SqlInstanceSpecRootPassword(**root_password)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f7f93ddea534c1c5f872e7c564192861eb1ffe32007b0bd87125b3b009dd979b)
            check_type(argname="argument settings", value=settings, expected_type=type_hints["settings"])
            check_type(argname="argument clone_source", value=clone_source, expected_type=type_hints["clone_source"])
            check_type(argname="argument database_version", value=database_version, expected_type=type_hints["database_version"])
            check_type(argname="argument encryption_kms_crypto_key_ref", value=encryption_kms_crypto_key_ref, expected_type=type_hints["encryption_kms_crypto_key_ref"])
            check_type(argname="argument instance_type", value=instance_type, expected_type=type_hints["instance_type"])
            check_type(argname="argument maintenance_version", value=maintenance_version, expected_type=type_hints["maintenance_version"])
            check_type(argname="argument master_instance_ref", value=master_instance_ref, expected_type=type_hints["master_instance_ref"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument replica_configuration", value=replica_configuration, expected_type=type_hints["replica_configuration"])
            check_type(argname="argument replication_cluster", value=replication_cluster, expected_type=type_hints["replication_cluster"])
            check_type(argname="argument resource_id", value=resource_id, expected_type=type_hints["resource_id"])
            check_type(argname="argument root_password", value=root_password, expected_type=type_hints["root_password"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "settings": settings,
        }
        if clone_source is not None:
            self._values["clone_source"] = clone_source
        if database_version is not None:
            self._values["database_version"] = database_version
        if encryption_kms_crypto_key_ref is not None:
            self._values["encryption_kms_crypto_key_ref"] = encryption_kms_crypto_key_ref
        if instance_type is not None:
            self._values["instance_type"] = instance_type
        if maintenance_version is not None:
            self._values["maintenance_version"] = maintenance_version
        if master_instance_ref is not None:
            self._values["master_instance_ref"] = master_instance_ref
        if region is not None:
            self._values["region"] = region
        if replica_configuration is not None:
            self._values["replica_configuration"] = replica_configuration
        if replication_cluster is not None:
            self._values["replication_cluster"] = replication_cluster
        if resource_id is not None:
            self._values["resource_id"] = resource_id
        if root_password is not None:
            self._values["root_password"] = root_password

    @builtins.property
    def settings(self) -> "SqlInstanceSpecSettings":
        '''The settings to use for the database.

        The configuration is detailed below.

        :schema: SqlInstanceSpec#settings
        '''
        result = self._values.get("settings")
        assert result is not None, "Required property 'settings' is missing"
        return typing.cast("SqlInstanceSpecSettings", result)

    @builtins.property
    def clone_source(self) -> typing.Optional["SqlInstanceSpecCloneSource"]:
        '''Create this database as a clone of a source instance.

        Immutable.

        :schema: SqlInstanceSpec#cloneSource
        '''
        result = self._values.get("clone_source")
        return typing.cast(typing.Optional["SqlInstanceSpecCloneSource"], result)

    @builtins.property
    def database_version(self) -> typing.Optional[builtins.str]:
        '''The MySQL, PostgreSQL or SQL Server (beta) version to use.

        Supported values include MYSQL_5_6, MYSQL_5_7, MYSQL_8_0, POSTGRES_9_6, POSTGRES_10, POSTGRES_11, POSTGRES_12, POSTGRES_13, POSTGRES_14, POSTGRES_15, SQLSERVER_2017_STANDARD, SQLSERVER_2017_ENTERPRISE, SQLSERVER_2017_EXPRESS, SQLSERVER_2017_WEB. Database Version Policies includes an up-to-date reference of supported versions.

        :schema: SqlInstanceSpec#databaseVersion
        '''
        result = self._values.get("database_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def encryption_kms_crypto_key_ref(
        self,
    ) -> typing.Optional["SqlInstanceSpecEncryptionKmsCryptoKeyRef"]:
        '''
        :schema: SqlInstanceSpec#encryptionKMSCryptoKeyRef
        '''
        result = self._values.get("encryption_kms_crypto_key_ref")
        return typing.cast(typing.Optional["SqlInstanceSpecEncryptionKmsCryptoKeyRef"], result)

    @builtins.property
    def instance_type(self) -> typing.Optional[builtins.str]:
        '''The type of the instance.

        The valid values are:- 'SQL_INSTANCE_TYPE_UNSPECIFIED', 'CLOUD_SQL_INSTANCE', 'ON_PREMISES_INSTANCE' and 'READ_REPLICA_INSTANCE'.

        :schema: SqlInstanceSpec#instanceType
        '''
        result = self._values.get("instance_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maintenance_version(self) -> typing.Optional[builtins.str]:
        '''Maintenance version.

        :schema: SqlInstanceSpec#maintenanceVersion
        '''
        result = self._values.get("maintenance_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def master_instance_ref(
        self,
    ) -> typing.Optional["SqlInstanceSpecMasterInstanceRef"]:
        '''
        :schema: SqlInstanceSpec#masterInstanceRef
        '''
        result = self._values.get("master_instance_ref")
        return typing.cast(typing.Optional["SqlInstanceSpecMasterInstanceRef"], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The region the instance will sit in. Note, Cloud SQL is not available in all regions. A valid region must be provided to use this resource. If a region is not provided in the resource definition, the provider region will be used instead, but this will be an apply-time error for instances if the provider region is not supported with Cloud SQL. If you choose not to provide the region argument for this resource, make sure you understand this.

        :schema: SqlInstanceSpec#region
        '''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replica_configuration(
        self,
    ) -> typing.Optional["SqlInstanceSpecReplicaConfiguration"]:
        '''The configuration for replication.

        :schema: SqlInstanceSpec#replicaConfiguration
        '''
        result = self._values.get("replica_configuration")
        return typing.cast(typing.Optional["SqlInstanceSpecReplicaConfiguration"], result)

    @builtins.property
    def replication_cluster(
        self,
    ) -> typing.Optional["SqlInstanceSpecReplicationCluster"]:
        '''The configuration for the replication cluster.

        :schema: SqlInstanceSpec#replicationCluster
        '''
        result = self._values.get("replication_cluster")
        return typing.cast(typing.Optional["SqlInstanceSpecReplicationCluster"], result)

    @builtins.property
    def resource_id(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.

        :schema: SqlInstanceSpec#resourceID
        '''
        result = self._values.get("resource_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def root_password(self) -> typing.Optional["SqlInstanceSpecRootPassword"]:
        '''Initial root password.

        Required for MS SQL Server.

        :schema: SqlInstanceSpec#rootPassword
        '''
        result = self._values.get("root_password")
        return typing.cast(typing.Optional["SqlInstanceSpecRootPassword"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecCloneSource",
    jsii_struct_bases=[],
    name_mapping={
        "bin_log_coordinates": "binLogCoordinates",
        "database_names": "databaseNames",
        "point_in_time": "pointInTime",
        "sql_instance_ref": "sqlInstanceRef",
    },
)
class SqlInstanceSpecCloneSource:
    def __init__(
        self,
        *,
        bin_log_coordinates: typing.Optional[typing.Union["SqlInstanceSpecCloneSourceBinLogCoordinates", typing.Dict[builtins.str, typing.Any]]] = None,
        database_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        point_in_time: typing.Optional[builtins.str] = None,
        sql_instance_ref: typing.Optional[typing.Union["SqlInstanceSpecCloneSourceSqlInstanceRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Create this database as a clone of a source instance.

        Immutable.

        :param bin_log_coordinates: Binary log coordinates, if specified, identify the position up to which the source instance is cloned. If not specified, the source instance is cloned up to the most recent binary log coordinates.
        :param database_names: (SQL Server only) Clone only the specified databases from the source instance. Clone all databases if empty.
        :param point_in_time: Timestamp, if specified, identifies the time to which the source instance is cloned.
        :param sql_instance_ref: The source SQLInstance to clone.

        :schema: SqlInstanceSpecCloneSource
        '''
        if isinstance(bin_log_coordinates, dict):
            bin_log_coordinates = SqlInstanceSpecCloneSourceBinLogCoordinates(**bin_log_coordinates)
        if isinstance(sql_instance_ref, dict):
            sql_instance_ref = SqlInstanceSpecCloneSourceSqlInstanceRef(**sql_instance_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__179c508ee51ae4b970e3b5975be0b08a85517479f4d057d2aa28aa707ab1bb7e)
            check_type(argname="argument bin_log_coordinates", value=bin_log_coordinates, expected_type=type_hints["bin_log_coordinates"])
            check_type(argname="argument database_names", value=database_names, expected_type=type_hints["database_names"])
            check_type(argname="argument point_in_time", value=point_in_time, expected_type=type_hints["point_in_time"])
            check_type(argname="argument sql_instance_ref", value=sql_instance_ref, expected_type=type_hints["sql_instance_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if bin_log_coordinates is not None:
            self._values["bin_log_coordinates"] = bin_log_coordinates
        if database_names is not None:
            self._values["database_names"] = database_names
        if point_in_time is not None:
            self._values["point_in_time"] = point_in_time
        if sql_instance_ref is not None:
            self._values["sql_instance_ref"] = sql_instance_ref

    @builtins.property
    def bin_log_coordinates(
        self,
    ) -> typing.Optional["SqlInstanceSpecCloneSourceBinLogCoordinates"]:
        '''Binary log coordinates, if specified, identify the position up to which the source instance is cloned.

        If not specified, the source instance is cloned up to the most recent binary log coordinates.

        :schema: SqlInstanceSpecCloneSource#binLogCoordinates
        '''
        result = self._values.get("bin_log_coordinates")
        return typing.cast(typing.Optional["SqlInstanceSpecCloneSourceBinLogCoordinates"], result)

    @builtins.property
    def database_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''(SQL Server only) Clone only the specified databases from the source instance.

        Clone all databases if empty.

        :schema: SqlInstanceSpecCloneSource#databaseNames
        '''
        result = self._values.get("database_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def point_in_time(self) -> typing.Optional[builtins.str]:
        '''Timestamp, if specified, identifies the time to which the source instance is cloned.

        :schema: SqlInstanceSpecCloneSource#pointInTime
        '''
        result = self._values.get("point_in_time")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sql_instance_ref(
        self,
    ) -> typing.Optional["SqlInstanceSpecCloneSourceSqlInstanceRef"]:
        '''The source SQLInstance to clone.

        :schema: SqlInstanceSpecCloneSource#sqlInstanceRef
        '''
        result = self._values.get("sql_instance_ref")
        return typing.cast(typing.Optional["SqlInstanceSpecCloneSourceSqlInstanceRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecCloneSource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecCloneSourceBinLogCoordinates",
    jsii_struct_bases=[],
    name_mapping={
        "bin_log_file_name": "binLogFileName",
        "bin_log_position": "binLogPosition",
    },
)
class SqlInstanceSpecCloneSourceBinLogCoordinates:
    def __init__(
        self,
        *,
        bin_log_file_name: typing.Optional[builtins.str] = None,
        bin_log_position: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Binary log coordinates, if specified, identify the position up to which the source instance is cloned.

        If not specified, the source instance is cloned up to the most recent binary log coordinates.

        :param bin_log_file_name: Name of the binary log file for a Cloud SQL instance.
        :param bin_log_position: Position (offset) within the binary log file.

        :schema: SqlInstanceSpecCloneSourceBinLogCoordinates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8085808f21a0fa2aec3732ac414eb1c61fdc3e283db4af4db68bb2c54133ff02)
            check_type(argname="argument bin_log_file_name", value=bin_log_file_name, expected_type=type_hints["bin_log_file_name"])
            check_type(argname="argument bin_log_position", value=bin_log_position, expected_type=type_hints["bin_log_position"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if bin_log_file_name is not None:
            self._values["bin_log_file_name"] = bin_log_file_name
        if bin_log_position is not None:
            self._values["bin_log_position"] = bin_log_position

    @builtins.property
    def bin_log_file_name(self) -> typing.Optional[builtins.str]:
        '''Name of the binary log file for a Cloud SQL instance.

        :schema: SqlInstanceSpecCloneSourceBinLogCoordinates#binLogFileName
        '''
        result = self._values.get("bin_log_file_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bin_log_position(self) -> typing.Optional[jsii.Number]:
        '''Position (offset) within the binary log file.

        :schema: SqlInstanceSpecCloneSourceBinLogCoordinates#binLogPosition
        '''
        result = self._values.get("bin_log_position")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecCloneSourceBinLogCoordinates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecCloneSourceSqlInstanceRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class SqlInstanceSpecCloneSourceSqlInstanceRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The source SQLInstance to clone.

        :param external: The SQLInstance selfLink, when not managed by Config Connector.
        :param name: The ``name`` field of a ``SQLInstance`` resource.
        :param namespace: The ``namespace`` field of a ``SQLInstance`` resource.

        :schema: SqlInstanceSpecCloneSourceSqlInstanceRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86673e7e6b310de665ac07e9140e87b07ca545e49f472fdcfc59ff51f205929e)
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
        '''The SQLInstance selfLink, when not managed by Config Connector.

        :schema: SqlInstanceSpecCloneSourceSqlInstanceRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The ``name`` field of a ``SQLInstance`` resource.

        :schema: SqlInstanceSpecCloneSourceSqlInstanceRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The ``namespace`` field of a ``SQLInstance`` resource.

        :schema: SqlInstanceSpecCloneSourceSqlInstanceRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecCloneSourceSqlInstanceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecEncryptionKmsCryptoKeyRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class SqlInstanceSpecEncryptionKmsCryptoKeyRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param external: A reference to an externally managed KMSCryptoKey. Should be in the format ``projects/[kms_project_id]/locations/[region]/keyRings/[key_ring_id]/cryptoKeys/[key]``.
        :param name: The ``name`` of a ``KMSCryptoKey`` resource.
        :param namespace: The ``namespace`` of a ``KMSCryptoKey`` resource.

        :schema: SqlInstanceSpecEncryptionKmsCryptoKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ce723b4b4b094028c6c86372f0a9902bdbd95cfb83031a69440749e0e0bdf256)
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

        :schema: SqlInstanceSpecEncryptionKmsCryptoKeyRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The ``name`` of a ``KMSCryptoKey`` resource.

        :schema: SqlInstanceSpecEncryptionKmsCryptoKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The ``namespace`` of a ``KMSCryptoKey`` resource.

        :schema: SqlInstanceSpecEncryptionKmsCryptoKeyRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecEncryptionKmsCryptoKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecMasterInstanceRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class SqlInstanceSpecMasterInstanceRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param external: The SQLInstance selfLink, when not managed by Config Connector.
        :param name: The ``name`` field of a ``SQLInstance`` resource.
        :param namespace: The ``namespace`` field of a ``SQLInstance`` resource.

        :schema: SqlInstanceSpecMasterInstanceRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__baf99261125bbfebb968ce1a1ce05c5eae07a14529ff38da9807b093008664c5)
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
        '''The SQLInstance selfLink, when not managed by Config Connector.

        :schema: SqlInstanceSpecMasterInstanceRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The ``name`` field of a ``SQLInstance`` resource.

        :schema: SqlInstanceSpecMasterInstanceRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The ``namespace`` field of a ``SQLInstance`` resource.

        :schema: SqlInstanceSpecMasterInstanceRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecMasterInstanceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecReplicaConfiguration",
    jsii_struct_bases=[],
    name_mapping={
        "ca_certificate": "caCertificate",
        "client_certificate": "clientCertificate",
        "client_key": "clientKey",
        "connect_retry_interval": "connectRetryInterval",
        "dump_file_path": "dumpFilePath",
        "failover_target": "failoverTarget",
        "master_heartbeat_period": "masterHeartbeatPeriod",
        "password": "password",
        "ssl_cipher": "sslCipher",
        "username": "username",
        "verify_server_certificate": "verifyServerCertificate",
    },
)
class SqlInstanceSpecReplicaConfiguration:
    def __init__(
        self,
        *,
        ca_certificate: typing.Optional[builtins.str] = None,
        client_certificate: typing.Optional[builtins.str] = None,
        client_key: typing.Optional[builtins.str] = None,
        connect_retry_interval: typing.Optional[jsii.Number] = None,
        dump_file_path: typing.Optional[builtins.str] = None,
        failover_target: typing.Optional[builtins.bool] = None,
        master_heartbeat_period: typing.Optional[jsii.Number] = None,
        password: typing.Optional[typing.Union["SqlInstanceSpecReplicaConfigurationPassword", typing.Dict[builtins.str, typing.Any]]] = None,
        ssl_cipher: typing.Optional[builtins.str] = None,
        username: typing.Optional[builtins.str] = None,
        verify_server_certificate: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''The configuration for replication.

        :param ca_certificate: Immutable. PEM representation of the trusted CA's x509 certificate.
        :param client_certificate: Immutable. PEM representation of the replica's x509 certificate.
        :param client_key: Immutable. PEM representation of the replica's private key. The corresponding public key in encoded in the client_certificate.
        :param connect_retry_interval: Immutable. The number of seconds between connect retries. MySQL's default is 60 seconds.
        :param dump_file_path: Immutable. Path to a SQL file in Google Cloud Storage from which replica instances are created. Format is gs://bucket/filename.
        :param failover_target: Immutable. Specifies if the replica is the failover target. If the field is set to true the replica will be designated as a failover replica. If the master instance fails, the replica instance will be promoted as the new master instance. Not supported for Postgres.
        :param master_heartbeat_period: Immutable. Time in ms between replication heartbeats.
        :param password: Immutable. Password for the replication connection.
        :param ssl_cipher: Immutable. Permissible ciphers for use in SSL encryption.
        :param username: Immutable. Username for replication connection.
        :param verify_server_certificate: Immutable. True if the master's common name value is checked during the SSL handshake.

        :schema: SqlInstanceSpecReplicaConfiguration
        '''
        if isinstance(password, dict):
            password = SqlInstanceSpecReplicaConfigurationPassword(**password)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__24ec4be413f54abba548dd3f7bd15b6ee125ccde1bfef3db9eb29bf144c5b334)
            check_type(argname="argument ca_certificate", value=ca_certificate, expected_type=type_hints["ca_certificate"])
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
            check_type(argname="argument client_key", value=client_key, expected_type=type_hints["client_key"])
            check_type(argname="argument connect_retry_interval", value=connect_retry_interval, expected_type=type_hints["connect_retry_interval"])
            check_type(argname="argument dump_file_path", value=dump_file_path, expected_type=type_hints["dump_file_path"])
            check_type(argname="argument failover_target", value=failover_target, expected_type=type_hints["failover_target"])
            check_type(argname="argument master_heartbeat_period", value=master_heartbeat_period, expected_type=type_hints["master_heartbeat_period"])
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument ssl_cipher", value=ssl_cipher, expected_type=type_hints["ssl_cipher"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
            check_type(argname="argument verify_server_certificate", value=verify_server_certificate, expected_type=type_hints["verify_server_certificate"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_certificate is not None:
            self._values["ca_certificate"] = ca_certificate
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate
        if client_key is not None:
            self._values["client_key"] = client_key
        if connect_retry_interval is not None:
            self._values["connect_retry_interval"] = connect_retry_interval
        if dump_file_path is not None:
            self._values["dump_file_path"] = dump_file_path
        if failover_target is not None:
            self._values["failover_target"] = failover_target
        if master_heartbeat_period is not None:
            self._values["master_heartbeat_period"] = master_heartbeat_period
        if password is not None:
            self._values["password"] = password
        if ssl_cipher is not None:
            self._values["ssl_cipher"] = ssl_cipher
        if username is not None:
            self._values["username"] = username
        if verify_server_certificate is not None:
            self._values["verify_server_certificate"] = verify_server_certificate

    @builtins.property
    def ca_certificate(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        PEM representation of the trusted CA's x509 certificate.

        :schema: SqlInstanceSpecReplicaConfiguration#caCertificate
        '''
        result = self._values.get("ca_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        PEM representation of the replica's x509 certificate.

        :schema: SqlInstanceSpecReplicaConfiguration#clientCertificate
        '''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_key(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        PEM representation of the replica's private key. The corresponding public key in encoded in the client_certificate.

        :schema: SqlInstanceSpecReplicaConfiguration#clientKey
        '''
        result = self._values.get("client_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def connect_retry_interval(self) -> typing.Optional[jsii.Number]:
        '''Immutable.

        The number of seconds between connect retries. MySQL's default is 60 seconds.

        :schema: SqlInstanceSpecReplicaConfiguration#connectRetryInterval
        '''
        result = self._values.get("connect_retry_interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def dump_file_path(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Path to a SQL file in Google Cloud Storage from which replica instances are created. Format is gs://bucket/filename.

        :schema: SqlInstanceSpecReplicaConfiguration#dumpFilePath
        '''
        result = self._values.get("dump_file_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def failover_target(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        Specifies if the replica is the failover target. If the field is set to true the replica will be designated as a failover replica. If the master instance fails, the replica instance will be promoted as the new master instance. Not supported for Postgres.

        :schema: SqlInstanceSpecReplicaConfiguration#failoverTarget
        '''
        result = self._values.get("failover_target")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def master_heartbeat_period(self) -> typing.Optional[jsii.Number]:
        '''Immutable.

        Time in ms between replication heartbeats.

        :schema: SqlInstanceSpecReplicaConfiguration#masterHeartbeatPeriod
        '''
        result = self._values.get("master_heartbeat_period")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def password(
        self,
    ) -> typing.Optional["SqlInstanceSpecReplicaConfigurationPassword"]:
        '''Immutable.

        Password for the replication connection.

        :schema: SqlInstanceSpecReplicaConfiguration#password
        '''
        result = self._values.get("password")
        return typing.cast(typing.Optional["SqlInstanceSpecReplicaConfigurationPassword"], result)

    @builtins.property
    def ssl_cipher(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Permissible ciphers for use in SSL encryption.

        :schema: SqlInstanceSpecReplicaConfiguration#sslCipher
        '''
        result = self._values.get("ssl_cipher")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Username for replication connection.

        :schema: SqlInstanceSpecReplicaConfiguration#username
        '''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def verify_server_certificate(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        True if the master's common name value is checked during the SSL handshake.

        :schema: SqlInstanceSpecReplicaConfiguration#verifyServerCertificate
        '''
        result = self._values.get("verify_server_certificate")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecReplicaConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecReplicaConfigurationPassword",
    jsii_struct_bases=[],
    name_mapping={"value": "value", "value_from": "valueFrom"},
)
class SqlInstanceSpecReplicaConfigurationPassword:
    def __init__(
        self,
        *,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["SqlInstanceSpecReplicaConfigurationPasswordValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Immutable.

        Password for the replication connection.

        :param value: Value of the field. Cannot be used if 'valueFrom' is specified.
        :param value_from: Source for the field's value. Cannot be used if 'value' is specified.

        :schema: SqlInstanceSpecReplicaConfigurationPassword
        '''
        if isinstance(value_from, dict):
            value_from = SqlInstanceSpecReplicaConfigurationPasswordValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e4852a6e5b6ad457cb1dd50b483b77cad609244aac8d1a2b322e2926d9b852e0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the field.

        Cannot be used if 'valueFrom' is specified.

        :schema: SqlInstanceSpecReplicaConfigurationPassword#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(
        self,
    ) -> typing.Optional["SqlInstanceSpecReplicaConfigurationPasswordValueFrom"]:
        '''Source for the field's value.

        Cannot be used if 'value' is specified.

        :schema: SqlInstanceSpecReplicaConfigurationPassword#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["SqlInstanceSpecReplicaConfigurationPasswordValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecReplicaConfigurationPassword(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecReplicaConfigurationPasswordValueFrom",
    jsii_struct_bases=[],
    name_mapping={"secret_key_ref": "secretKeyRef"},
)
class SqlInstanceSpecReplicaConfigurationPasswordValueFrom:
    def __init__(
        self,
        *,
        secret_key_ref: typing.Optional[typing.Union["SqlInstanceSpecReplicaConfigurationPasswordValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Source for the field's value.

        Cannot be used if 'value' is specified.

        :param secret_key_ref: Reference to a value with the given key in the given Secret in the resource's namespace.

        :schema: SqlInstanceSpecReplicaConfigurationPasswordValueFrom
        '''
        if isinstance(secret_key_ref, dict):
            secret_key_ref = SqlInstanceSpecReplicaConfigurationPasswordValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__abc53a2bf6817433a51c2831a9dcda38834d6548b0549264d2161255db9938c4)
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_key_ref is not None:
            self._values["secret_key_ref"] = secret_key_ref

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["SqlInstanceSpecReplicaConfigurationPasswordValueFromSecretKeyRef"]:
        '''Reference to a value with the given key in the given Secret in the resource's namespace.

        :schema: SqlInstanceSpecReplicaConfigurationPasswordValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["SqlInstanceSpecReplicaConfigurationPasswordValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecReplicaConfigurationPasswordValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecReplicaConfigurationPasswordValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class SqlInstanceSpecReplicaConfigurationPasswordValueFromSecretKeyRef:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''Reference to a value with the given key in the given Secret in the resource's namespace.

        :param key: Key that identifies the value to be extracted.
        :param name: Name of the Secret to extract a value from.

        :schema: SqlInstanceSpecReplicaConfigurationPasswordValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__84f63eff01e428e8701cef582d34cd910153140d281755afc9ad2638511eeb48)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''Key that identifies the value to be extracted.

        :schema: SqlInstanceSpecReplicaConfigurationPasswordValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the Secret to extract a value from.

        :schema: SqlInstanceSpecReplicaConfigurationPasswordValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecReplicaConfigurationPasswordValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecReplicationCluster",
    jsii_struct_bases=[],
    name_mapping={"failover_dr_replica_ref": "failoverDrReplicaRef"},
)
class SqlInstanceSpecReplicationCluster:
    def __init__(
        self,
        *,
        failover_dr_replica_ref: typing.Optional[typing.Union["SqlInstanceSpecReplicationClusterFailoverDrReplicaRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''The configuration for the replication cluster.

        :param failover_dr_replica_ref: Optional. If the instance is a primary instance, then this field identifies the disaster recovery (DR) replica. A DR replica is an optional configuration for Enterprise Plus edition instances. If the instance is a read replica, then the field is not set. Set this field to a replica name to designate a DR replica for a primary instance. Remove the replica name to remove the DR replica designation.

        :schema: SqlInstanceSpecReplicationCluster
        '''
        if isinstance(failover_dr_replica_ref, dict):
            failover_dr_replica_ref = SqlInstanceSpecReplicationClusterFailoverDrReplicaRef(**failover_dr_replica_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d0ab5a2254428bdae1a4be824dd0c8b20354316ec7963c0e30ac9c1f3f441d48)
            check_type(argname="argument failover_dr_replica_ref", value=failover_dr_replica_ref, expected_type=type_hints["failover_dr_replica_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if failover_dr_replica_ref is not None:
            self._values["failover_dr_replica_ref"] = failover_dr_replica_ref

    @builtins.property
    def failover_dr_replica_ref(
        self,
    ) -> typing.Optional["SqlInstanceSpecReplicationClusterFailoverDrReplicaRef"]:
        '''Optional.

        If the instance is a primary instance, then this field identifies the disaster recovery (DR) replica. A DR replica is an optional configuration for Enterprise Plus edition instances. If the instance is a read replica, then the field is not set. Set this field to a replica name to designate a DR replica for a primary instance. Remove the replica name to remove the DR replica designation.

        :schema: SqlInstanceSpecReplicationCluster#failoverDrReplicaRef
        '''
        result = self._values.get("failover_dr_replica_ref")
        return typing.cast(typing.Optional["SqlInstanceSpecReplicationClusterFailoverDrReplicaRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecReplicationCluster(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecReplicationClusterFailoverDrReplicaRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class SqlInstanceSpecReplicationClusterFailoverDrReplicaRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional.

        If the instance is a primary instance, then this field identifies the disaster recovery (DR) replica. A DR replica is an optional configuration for Enterprise Plus edition instances. If the instance is a read replica, then the field is not set. Set this field to a replica name to designate a DR replica for a primary instance. Remove the replica name to remove the DR replica designation.

        :param external: The SQLInstance selfLink, when not managed by Config Connector.
        :param name: The ``name`` field of a ``SQLInstance`` resource.
        :param namespace: The ``namespace`` field of a ``SQLInstance`` resource.

        :schema: SqlInstanceSpecReplicationClusterFailoverDrReplicaRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e1cb256ee817e62a6b0b5cc76efbd4b035eaa54a7b3820180c73aee43ce1e6eb)
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
        '''The SQLInstance selfLink, when not managed by Config Connector.

        :schema: SqlInstanceSpecReplicationClusterFailoverDrReplicaRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The ``name`` field of a ``SQLInstance`` resource.

        :schema: SqlInstanceSpecReplicationClusterFailoverDrReplicaRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The ``namespace`` field of a ``SQLInstance`` resource.

        :schema: SqlInstanceSpecReplicationClusterFailoverDrReplicaRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecReplicationClusterFailoverDrReplicaRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecRootPassword",
    jsii_struct_bases=[],
    name_mapping={"value": "value", "value_from": "valueFrom"},
)
class SqlInstanceSpecRootPassword:
    def __init__(
        self,
        *,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["SqlInstanceSpecRootPasswordValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Initial root password.

        Required for MS SQL Server.

        :param value: Value of the field. Cannot be used if 'valueFrom' is specified.
        :param value_from: Source for the field's value. Cannot be used if 'value' is specified.

        :schema: SqlInstanceSpecRootPassword
        '''
        if isinstance(value_from, dict):
            value_from = SqlInstanceSpecRootPasswordValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0acde8d59b4f5b91f9721bd70f6d0eae7b4f43fda0ccb32f7b05f79653b8f9f5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the field.

        Cannot be used if 'valueFrom' is specified.

        :schema: SqlInstanceSpecRootPassword#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Optional["SqlInstanceSpecRootPasswordValueFrom"]:
        '''Source for the field's value.

        Cannot be used if 'value' is specified.

        :schema: SqlInstanceSpecRootPassword#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["SqlInstanceSpecRootPasswordValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecRootPassword(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecRootPasswordValueFrom",
    jsii_struct_bases=[],
    name_mapping={"secret_key_ref": "secretKeyRef"},
)
class SqlInstanceSpecRootPasswordValueFrom:
    def __init__(
        self,
        *,
        secret_key_ref: typing.Optional[typing.Union["SqlInstanceSpecRootPasswordValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Source for the field's value.

        Cannot be used if 'value' is specified.

        :param secret_key_ref: Reference to a value with the given key in the given Secret in the resource's namespace.

        :schema: SqlInstanceSpecRootPasswordValueFrom
        '''
        if isinstance(secret_key_ref, dict):
            secret_key_ref = SqlInstanceSpecRootPasswordValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__69a9324426cfad1f18dd028f2175c411d62948029cc6a010880ce180279d6575)
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_key_ref is not None:
            self._values["secret_key_ref"] = secret_key_ref

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["SqlInstanceSpecRootPasswordValueFromSecretKeyRef"]:
        '''Reference to a value with the given key in the given Secret in the resource's namespace.

        :schema: SqlInstanceSpecRootPasswordValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["SqlInstanceSpecRootPasswordValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecRootPasswordValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecRootPasswordValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class SqlInstanceSpecRootPasswordValueFromSecretKeyRef:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''Reference to a value with the given key in the given Secret in the resource's namespace.

        :param key: Key that identifies the value to be extracted.
        :param name: Name of the Secret to extract a value from.

        :schema: SqlInstanceSpecRootPasswordValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f7bb1f3b271d6ecbe982551e01f4a801e1a8d7da7a3cd27ed85b3f97cbcd4e93)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''Key that identifies the value to be extracted.

        :schema: SqlInstanceSpecRootPasswordValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the Secret to extract a value from.

        :schema: SqlInstanceSpecRootPasswordValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecRootPasswordValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecSettings",
    jsii_struct_bases=[],
    name_mapping={
        "tier": "tier",
        "activation_policy": "activationPolicy",
        "active_directory_config": "activeDirectoryConfig",
        "advanced_machine_features": "advancedMachineFeatures",
        "authorized_gae_applications": "authorizedGaeApplications",
        "availability_type": "availabilityType",
        "backup_configuration": "backupConfiguration",
        "collation": "collation",
        "connector_enforcement": "connectorEnforcement",
        "crash_safe_replication": "crashSafeReplication",
        "database_flags": "databaseFlags",
        "data_cache_config": "dataCacheConfig",
        "deletion_protection_enabled": "deletionProtectionEnabled",
        "deny_maintenance_period": "denyMaintenancePeriod",
        "disk_autoresize": "diskAutoresize",
        "disk_autoresize_limit": "diskAutoresizeLimit",
        "disk_size": "diskSize",
        "disk_type": "diskType",
        "edition": "edition",
        "insights_config": "insightsConfig",
        "ip_configuration": "ipConfiguration",
        "location_preference": "locationPreference",
        "maintenance_window": "maintenanceWindow",
        "password_validation_policy": "passwordValidationPolicy",
        "pricing_plan": "pricingPlan",
        "replication_type": "replicationType",
        "sql_server_audit_config": "sqlServerAuditConfig",
        "time_zone": "timeZone",
    },
)
class SqlInstanceSpecSettings:
    def __init__(
        self,
        *,
        tier: builtins.str,
        activation_policy: typing.Optional[builtins.str] = None,
        active_directory_config: typing.Optional[typing.Union["SqlInstanceSpecSettingsActiveDirectoryConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        advanced_machine_features: typing.Optional[typing.Union["SqlInstanceSpecSettingsAdvancedMachineFeatures", typing.Dict[builtins.str, typing.Any]]] = None,
        authorized_gae_applications: typing.Optional[typing.Sequence[builtins.str]] = None,
        availability_type: typing.Optional[builtins.str] = None,
        backup_configuration: typing.Optional[typing.Union["SqlInstanceSpecSettingsBackupConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        collation: typing.Optional[builtins.str] = None,
        connector_enforcement: typing.Optional[builtins.str] = None,
        crash_safe_replication: typing.Optional[builtins.bool] = None,
        database_flags: typing.Optional[typing.Sequence[typing.Union["SqlInstanceSpecSettingsDatabaseFlags", typing.Dict[builtins.str, typing.Any]]]] = None,
        data_cache_config: typing.Optional[typing.Union["SqlInstanceSpecSettingsDataCacheConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        deletion_protection_enabled: typing.Optional[builtins.bool] = None,
        deny_maintenance_period: typing.Optional[typing.Union["SqlInstanceSpecSettingsDenyMaintenancePeriod", typing.Dict[builtins.str, typing.Any]]] = None,
        disk_autoresize: typing.Optional[builtins.bool] = None,
        disk_autoresize_limit: typing.Optional[jsii.Number] = None,
        disk_size: typing.Optional[jsii.Number] = None,
        disk_type: typing.Optional[builtins.str] = None,
        edition: typing.Optional[builtins.str] = None,
        insights_config: typing.Optional[typing.Union["SqlInstanceSpecSettingsInsightsConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        ip_configuration: typing.Optional[typing.Union["SqlInstanceSpecSettingsIpConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        location_preference: typing.Optional[typing.Union["SqlInstanceSpecSettingsLocationPreference", typing.Dict[builtins.str, typing.Any]]] = None,
        maintenance_window: typing.Optional[typing.Union["SqlInstanceSpecSettingsMaintenanceWindow", typing.Dict[builtins.str, typing.Any]]] = None,
        password_validation_policy: typing.Optional[typing.Union["SqlInstanceSpecSettingsPasswordValidationPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        pricing_plan: typing.Optional[builtins.str] = None,
        replication_type: typing.Optional[builtins.str] = None,
        sql_server_audit_config: typing.Optional[typing.Union["SqlInstanceSpecSettingsSqlServerAuditConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        time_zone: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The settings to use for the database.

        The configuration is detailed below.

        :param tier: The machine type to use. See tiers for more details and supported versions. Postgres supports only shared-core machine types, and custom machine types such as db-custom-2-13312. See the Custom Machine Type Documentation to learn about specifying custom machine types.
        :param activation_policy: This specifies when the instance should be active. Can be either ALWAYS, NEVER or ON_DEMAND.
        :param active_directory_config: 
        :param advanced_machine_features: 
        :param authorized_gae_applications: DEPRECATED. This property is only applicable to First Generation instances, and First Generation instances are now deprecated. see https://cloud.google.com/sql/docs/mysql/deprecation-notice for information on how to upgrade to Second Generation instances. Specifying this field has no-ops; it's recommended to remove this field from your configuration.
        :param availability_type: The availability type of the Cloud SQL instance, high availability (REGIONAL) or single zone (ZONAL). For all instances, ensure that settings.backup_configuration.enabled is set to true. For MySQL instances, ensure that settings.backup_configuration.binary_log_enabled is set to true. For Postgres instances, ensure that settings.backup_configuration.point_in_time_recovery_enabled is set to true. Defaults to ZONAL. Default: ZONAL.
        :param backup_configuration: 
        :param collation: Immutable. The name of server instance collation.
        :param connector_enforcement: Specifies if connections must use Cloud SQL connectors.
        :param crash_safe_replication: DEPRECATED. This property is only applicable to First Generation instances, and First Generation instances are now deprecated. see https://cloud.google.com/sql/docs/mysql/deprecation-notice for information on how to upgrade to Second Generation instances. Specifying this field has no-ops; it's recommended to remove this field from your configuration.
        :param database_flags: 
        :param data_cache_config: Data cache configurations.
        :param deletion_protection_enabled: Configuration to protect against accidental instance deletion.
        :param deny_maintenance_period: 
        :param disk_autoresize: Enables auto-resizing of the storage size. Defaults to true. Default: true.
        :param disk_autoresize_limit: The maximum size, in GB, to which storage capacity can be automatically increased. The default value is 0, which specifies that there is no limit.
        :param disk_size: The size of data disk, in GB. Size of a running instance cannot be reduced but can be increased. The minimum value is 10GB.
        :param disk_type: Immutable. The type of data disk: PD_SSD or PD_HDD. Defaults to PD_SSD. Default: PD_SSD.
        :param edition: The edition of the instance, can be ENTERPRISE or ENTERPRISE_PLUS.
        :param insights_config: Configuration of Query Insights.
        :param ip_configuration: 
        :param location_preference: 
        :param maintenance_window: Declares a one-hour maintenance window when an Instance can automatically restart to apply updates. The maintenance window is specified in UTC time.
        :param password_validation_policy: 
        :param pricing_plan: Pricing plan for this instance, can only be PER_USE.
        :param replication_type: DEPRECATED. This property is only applicable to First Generation instances, and First Generation instances are now deprecated. see https://cloud.google.com/sql/docs/mysql/deprecation-notice for information on how to upgrade to Second Generation instances. Specifying this field has no-ops; it's recommended to remove this field from your configuration.
        :param sql_server_audit_config: 
        :param time_zone: Immutable. The time_zone to be used by the database engine (supported only for SQL Server), in SQL Server timezone format.

        :schema: SqlInstanceSpecSettings
        '''
        if isinstance(active_directory_config, dict):
            active_directory_config = SqlInstanceSpecSettingsActiveDirectoryConfig(**active_directory_config)
        if isinstance(advanced_machine_features, dict):
            advanced_machine_features = SqlInstanceSpecSettingsAdvancedMachineFeatures(**advanced_machine_features)
        if isinstance(backup_configuration, dict):
            backup_configuration = SqlInstanceSpecSettingsBackupConfiguration(**backup_configuration)
        if isinstance(data_cache_config, dict):
            data_cache_config = SqlInstanceSpecSettingsDataCacheConfig(**data_cache_config)
        if isinstance(deny_maintenance_period, dict):
            deny_maintenance_period = SqlInstanceSpecSettingsDenyMaintenancePeriod(**deny_maintenance_period)
        if isinstance(insights_config, dict):
            insights_config = SqlInstanceSpecSettingsInsightsConfig(**insights_config)
        if isinstance(ip_configuration, dict):
            ip_configuration = SqlInstanceSpecSettingsIpConfiguration(**ip_configuration)
        if isinstance(location_preference, dict):
            location_preference = SqlInstanceSpecSettingsLocationPreference(**location_preference)
        if isinstance(maintenance_window, dict):
            maintenance_window = SqlInstanceSpecSettingsMaintenanceWindow(**maintenance_window)
        if isinstance(password_validation_policy, dict):
            password_validation_policy = SqlInstanceSpecSettingsPasswordValidationPolicy(**password_validation_policy)
        if isinstance(sql_server_audit_config, dict):
            sql_server_audit_config = SqlInstanceSpecSettingsSqlServerAuditConfig(**sql_server_audit_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5da7a66d442d3a5bb87f4b6d64335ec2556feecdfb97cd79eb0fe32f1826b318)
            check_type(argname="argument tier", value=tier, expected_type=type_hints["tier"])
            check_type(argname="argument activation_policy", value=activation_policy, expected_type=type_hints["activation_policy"])
            check_type(argname="argument active_directory_config", value=active_directory_config, expected_type=type_hints["active_directory_config"])
            check_type(argname="argument advanced_machine_features", value=advanced_machine_features, expected_type=type_hints["advanced_machine_features"])
            check_type(argname="argument authorized_gae_applications", value=authorized_gae_applications, expected_type=type_hints["authorized_gae_applications"])
            check_type(argname="argument availability_type", value=availability_type, expected_type=type_hints["availability_type"])
            check_type(argname="argument backup_configuration", value=backup_configuration, expected_type=type_hints["backup_configuration"])
            check_type(argname="argument collation", value=collation, expected_type=type_hints["collation"])
            check_type(argname="argument connector_enforcement", value=connector_enforcement, expected_type=type_hints["connector_enforcement"])
            check_type(argname="argument crash_safe_replication", value=crash_safe_replication, expected_type=type_hints["crash_safe_replication"])
            check_type(argname="argument database_flags", value=database_flags, expected_type=type_hints["database_flags"])
            check_type(argname="argument data_cache_config", value=data_cache_config, expected_type=type_hints["data_cache_config"])
            check_type(argname="argument deletion_protection_enabled", value=deletion_protection_enabled, expected_type=type_hints["deletion_protection_enabled"])
            check_type(argname="argument deny_maintenance_period", value=deny_maintenance_period, expected_type=type_hints["deny_maintenance_period"])
            check_type(argname="argument disk_autoresize", value=disk_autoresize, expected_type=type_hints["disk_autoresize"])
            check_type(argname="argument disk_autoresize_limit", value=disk_autoresize_limit, expected_type=type_hints["disk_autoresize_limit"])
            check_type(argname="argument disk_size", value=disk_size, expected_type=type_hints["disk_size"])
            check_type(argname="argument disk_type", value=disk_type, expected_type=type_hints["disk_type"])
            check_type(argname="argument edition", value=edition, expected_type=type_hints["edition"])
            check_type(argname="argument insights_config", value=insights_config, expected_type=type_hints["insights_config"])
            check_type(argname="argument ip_configuration", value=ip_configuration, expected_type=type_hints["ip_configuration"])
            check_type(argname="argument location_preference", value=location_preference, expected_type=type_hints["location_preference"])
            check_type(argname="argument maintenance_window", value=maintenance_window, expected_type=type_hints["maintenance_window"])
            check_type(argname="argument password_validation_policy", value=password_validation_policy, expected_type=type_hints["password_validation_policy"])
            check_type(argname="argument pricing_plan", value=pricing_plan, expected_type=type_hints["pricing_plan"])
            check_type(argname="argument replication_type", value=replication_type, expected_type=type_hints["replication_type"])
            check_type(argname="argument sql_server_audit_config", value=sql_server_audit_config, expected_type=type_hints["sql_server_audit_config"])
            check_type(argname="argument time_zone", value=time_zone, expected_type=type_hints["time_zone"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "tier": tier,
        }
        if activation_policy is not None:
            self._values["activation_policy"] = activation_policy
        if active_directory_config is not None:
            self._values["active_directory_config"] = active_directory_config
        if advanced_machine_features is not None:
            self._values["advanced_machine_features"] = advanced_machine_features
        if authorized_gae_applications is not None:
            self._values["authorized_gae_applications"] = authorized_gae_applications
        if availability_type is not None:
            self._values["availability_type"] = availability_type
        if backup_configuration is not None:
            self._values["backup_configuration"] = backup_configuration
        if collation is not None:
            self._values["collation"] = collation
        if connector_enforcement is not None:
            self._values["connector_enforcement"] = connector_enforcement
        if crash_safe_replication is not None:
            self._values["crash_safe_replication"] = crash_safe_replication
        if database_flags is not None:
            self._values["database_flags"] = database_flags
        if data_cache_config is not None:
            self._values["data_cache_config"] = data_cache_config
        if deletion_protection_enabled is not None:
            self._values["deletion_protection_enabled"] = deletion_protection_enabled
        if deny_maintenance_period is not None:
            self._values["deny_maintenance_period"] = deny_maintenance_period
        if disk_autoresize is not None:
            self._values["disk_autoresize"] = disk_autoresize
        if disk_autoresize_limit is not None:
            self._values["disk_autoresize_limit"] = disk_autoresize_limit
        if disk_size is not None:
            self._values["disk_size"] = disk_size
        if disk_type is not None:
            self._values["disk_type"] = disk_type
        if edition is not None:
            self._values["edition"] = edition
        if insights_config is not None:
            self._values["insights_config"] = insights_config
        if ip_configuration is not None:
            self._values["ip_configuration"] = ip_configuration
        if location_preference is not None:
            self._values["location_preference"] = location_preference
        if maintenance_window is not None:
            self._values["maintenance_window"] = maintenance_window
        if password_validation_policy is not None:
            self._values["password_validation_policy"] = password_validation_policy
        if pricing_plan is not None:
            self._values["pricing_plan"] = pricing_plan
        if replication_type is not None:
            self._values["replication_type"] = replication_type
        if sql_server_audit_config is not None:
            self._values["sql_server_audit_config"] = sql_server_audit_config
        if time_zone is not None:
            self._values["time_zone"] = time_zone

    @builtins.property
    def tier(self) -> builtins.str:
        '''The machine type to use.

        See tiers for more details and supported versions. Postgres supports only shared-core machine types, and custom machine types such as db-custom-2-13312. See the Custom Machine Type Documentation to learn about specifying custom machine types.

        :schema: SqlInstanceSpecSettings#tier
        '''
        result = self._values.get("tier")
        assert result is not None, "Required property 'tier' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def activation_policy(self) -> typing.Optional[builtins.str]:
        '''This specifies when the instance should be active.

        Can be either ALWAYS, NEVER or ON_DEMAND.

        :schema: SqlInstanceSpecSettings#activationPolicy
        '''
        result = self._values.get("activation_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def active_directory_config(
        self,
    ) -> typing.Optional["SqlInstanceSpecSettingsActiveDirectoryConfig"]:
        '''
        :schema: SqlInstanceSpecSettings#activeDirectoryConfig
        '''
        result = self._values.get("active_directory_config")
        return typing.cast(typing.Optional["SqlInstanceSpecSettingsActiveDirectoryConfig"], result)

    @builtins.property
    def advanced_machine_features(
        self,
    ) -> typing.Optional["SqlInstanceSpecSettingsAdvancedMachineFeatures"]:
        '''
        :schema: SqlInstanceSpecSettings#advancedMachineFeatures
        '''
        result = self._values.get("advanced_machine_features")
        return typing.cast(typing.Optional["SqlInstanceSpecSettingsAdvancedMachineFeatures"], result)

    @builtins.property
    def authorized_gae_applications(self) -> typing.Optional[typing.List[builtins.str]]:
        '''DEPRECATED.

        This property is only applicable to First Generation instances, and First Generation instances are now deprecated. see https://cloud.google.com/sql/docs/mysql/deprecation-notice for information on how to upgrade to Second Generation instances. Specifying this field has no-ops; it's recommended to remove this field from your configuration.

        :schema: SqlInstanceSpecSettings#authorizedGaeApplications
        '''
        result = self._values.get("authorized_gae_applications")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def availability_type(self) -> typing.Optional[builtins.str]:
        '''The availability type of the Cloud SQL instance, high availability (REGIONAL) or single zone (ZONAL).

        For all instances, ensure that settings.backup_configuration.enabled is set to true. For MySQL instances, ensure that settings.backup_configuration.binary_log_enabled is set to true. For Postgres instances, ensure that settings.backup_configuration.point_in_time_recovery_enabled is set to true. Defaults to ZONAL.

        :default: ZONAL.

        :schema: SqlInstanceSpecSettings#availabilityType
        '''
        result = self._values.get("availability_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def backup_configuration(
        self,
    ) -> typing.Optional["SqlInstanceSpecSettingsBackupConfiguration"]:
        '''
        :schema: SqlInstanceSpecSettings#backupConfiguration
        '''
        result = self._values.get("backup_configuration")
        return typing.cast(typing.Optional["SqlInstanceSpecSettingsBackupConfiguration"], result)

    @builtins.property
    def collation(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The name of server instance collation.

        :schema: SqlInstanceSpecSettings#collation
        '''
        result = self._values.get("collation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def connector_enforcement(self) -> typing.Optional[builtins.str]:
        '''Specifies if connections must use Cloud SQL connectors.

        :schema: SqlInstanceSpecSettings#connectorEnforcement
        '''
        result = self._values.get("connector_enforcement")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def crash_safe_replication(self) -> typing.Optional[builtins.bool]:
        '''DEPRECATED.

        This property is only applicable to First Generation instances, and First Generation instances are now deprecated. see https://cloud.google.com/sql/docs/mysql/deprecation-notice for information on how to upgrade to Second Generation instances. Specifying this field has no-ops; it's recommended to remove this field from your configuration.

        :schema: SqlInstanceSpecSettings#crashSafeReplication
        '''
        result = self._values.get("crash_safe_replication")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def database_flags(
        self,
    ) -> typing.Optional[typing.List["SqlInstanceSpecSettingsDatabaseFlags"]]:
        '''
        :schema: SqlInstanceSpecSettings#databaseFlags
        '''
        result = self._values.get("database_flags")
        return typing.cast(typing.Optional[typing.List["SqlInstanceSpecSettingsDatabaseFlags"]], result)

    @builtins.property
    def data_cache_config(
        self,
    ) -> typing.Optional["SqlInstanceSpecSettingsDataCacheConfig"]:
        '''Data cache configurations.

        :schema: SqlInstanceSpecSettings#dataCacheConfig
        '''
        result = self._values.get("data_cache_config")
        return typing.cast(typing.Optional["SqlInstanceSpecSettingsDataCacheConfig"], result)

    @builtins.property
    def deletion_protection_enabled(self) -> typing.Optional[builtins.bool]:
        '''Configuration to protect against accidental instance deletion.

        :schema: SqlInstanceSpecSettings#deletionProtectionEnabled
        '''
        result = self._values.get("deletion_protection_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def deny_maintenance_period(
        self,
    ) -> typing.Optional["SqlInstanceSpecSettingsDenyMaintenancePeriod"]:
        '''
        :schema: SqlInstanceSpecSettings#denyMaintenancePeriod
        '''
        result = self._values.get("deny_maintenance_period")
        return typing.cast(typing.Optional["SqlInstanceSpecSettingsDenyMaintenancePeriod"], result)

    @builtins.property
    def disk_autoresize(self) -> typing.Optional[builtins.bool]:
        '''Enables auto-resizing of the storage size.

        Defaults to true.

        :default: true.

        :schema: SqlInstanceSpecSettings#diskAutoresize
        '''
        result = self._values.get("disk_autoresize")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def disk_autoresize_limit(self) -> typing.Optional[jsii.Number]:
        '''The maximum size, in GB, to which storage capacity can be automatically increased.

        The default value is 0, which specifies that there is no limit.

        :schema: SqlInstanceSpecSettings#diskAutoresizeLimit
        '''
        result = self._values.get("disk_autoresize_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def disk_size(self) -> typing.Optional[jsii.Number]:
        '''The size of data disk, in GB.

        Size of a running instance cannot be reduced but can be increased. The minimum value is 10GB.

        :schema: SqlInstanceSpecSettings#diskSize
        '''
        result = self._values.get("disk_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def disk_type(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The type of data disk: PD_SSD or PD_HDD. Defaults to PD_SSD.

        :default: PD_SSD.

        :schema: SqlInstanceSpecSettings#diskType
        '''
        result = self._values.get("disk_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def edition(self) -> typing.Optional[builtins.str]:
        '''The edition of the instance, can be ENTERPRISE or ENTERPRISE_PLUS.

        :schema: SqlInstanceSpecSettings#edition
        '''
        result = self._values.get("edition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insights_config(
        self,
    ) -> typing.Optional["SqlInstanceSpecSettingsInsightsConfig"]:
        '''Configuration of Query Insights.

        :schema: SqlInstanceSpecSettings#insightsConfig
        '''
        result = self._values.get("insights_config")
        return typing.cast(typing.Optional["SqlInstanceSpecSettingsInsightsConfig"], result)

    @builtins.property
    def ip_configuration(
        self,
    ) -> typing.Optional["SqlInstanceSpecSettingsIpConfiguration"]:
        '''
        :schema: SqlInstanceSpecSettings#ipConfiguration
        '''
        result = self._values.get("ip_configuration")
        return typing.cast(typing.Optional["SqlInstanceSpecSettingsIpConfiguration"], result)

    @builtins.property
    def location_preference(
        self,
    ) -> typing.Optional["SqlInstanceSpecSettingsLocationPreference"]:
        '''
        :schema: SqlInstanceSpecSettings#locationPreference
        '''
        result = self._values.get("location_preference")
        return typing.cast(typing.Optional["SqlInstanceSpecSettingsLocationPreference"], result)

    @builtins.property
    def maintenance_window(
        self,
    ) -> typing.Optional["SqlInstanceSpecSettingsMaintenanceWindow"]:
        '''Declares a one-hour maintenance window when an Instance can automatically restart to apply updates.

        The maintenance window is specified in UTC time.

        :schema: SqlInstanceSpecSettings#maintenanceWindow
        '''
        result = self._values.get("maintenance_window")
        return typing.cast(typing.Optional["SqlInstanceSpecSettingsMaintenanceWindow"], result)

    @builtins.property
    def password_validation_policy(
        self,
    ) -> typing.Optional["SqlInstanceSpecSettingsPasswordValidationPolicy"]:
        '''
        :schema: SqlInstanceSpecSettings#passwordValidationPolicy
        '''
        result = self._values.get("password_validation_policy")
        return typing.cast(typing.Optional["SqlInstanceSpecSettingsPasswordValidationPolicy"], result)

    @builtins.property
    def pricing_plan(self) -> typing.Optional[builtins.str]:
        '''Pricing plan for this instance, can only be PER_USE.

        :schema: SqlInstanceSpecSettings#pricingPlan
        '''
        result = self._values.get("pricing_plan")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replication_type(self) -> typing.Optional[builtins.str]:
        '''DEPRECATED.

        This property is only applicable to First Generation instances, and First Generation instances are now deprecated. see https://cloud.google.com/sql/docs/mysql/deprecation-notice for information on how to upgrade to Second Generation instances. Specifying this field has no-ops; it's recommended to remove this field from your configuration.

        :schema: SqlInstanceSpecSettings#replicationType
        '''
        result = self._values.get("replication_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sql_server_audit_config(
        self,
    ) -> typing.Optional["SqlInstanceSpecSettingsSqlServerAuditConfig"]:
        '''
        :schema: SqlInstanceSpecSettings#sqlServerAuditConfig
        '''
        result = self._values.get("sql_server_audit_config")
        return typing.cast(typing.Optional["SqlInstanceSpecSettingsSqlServerAuditConfig"], result)

    @builtins.property
    def time_zone(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The time_zone to be used by the database engine (supported only for SQL Server), in SQL Server timezone format.

        :schema: SqlInstanceSpecSettings#timeZone
        '''
        result = self._values.get("time_zone")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecSettingsActiveDirectoryConfig",
    jsii_struct_bases=[],
    name_mapping={"domain": "domain"},
)
class SqlInstanceSpecSettingsActiveDirectoryConfig:
    def __init__(self, *, domain: builtins.str) -> None:
        '''
        :param domain: Domain name of the Active Directory for SQL Server (e.g., mydomain.com).

        :schema: SqlInstanceSpecSettingsActiveDirectoryConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__37260f56c5604c5aa1d53230143baf1ba93f0e907b3a9011f7cc1c1f40c0eb1b)
            check_type(argname="argument domain", value=domain, expected_type=type_hints["domain"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "domain": domain,
        }

    @builtins.property
    def domain(self) -> builtins.str:
        '''Domain name of the Active Directory for SQL Server (e.g., mydomain.com).

        :schema: SqlInstanceSpecSettingsActiveDirectoryConfig#domain
        '''
        result = self._values.get("domain")
        assert result is not None, "Required property 'domain' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecSettingsActiveDirectoryConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecSettingsAdvancedMachineFeatures",
    jsii_struct_bases=[],
    name_mapping={"threads_per_core": "threadsPerCore"},
)
class SqlInstanceSpecSettingsAdvancedMachineFeatures:
    def __init__(
        self,
        *,
        threads_per_core: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param threads_per_core: The number of threads per physical core. Can be 1 or 2.

        :schema: SqlInstanceSpecSettingsAdvancedMachineFeatures
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e42d95807f31f0ba5fb2b7dea6ed45907ef237af2d9579e07a8fd4c20240c9ae)
            check_type(argname="argument threads_per_core", value=threads_per_core, expected_type=type_hints["threads_per_core"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if threads_per_core is not None:
            self._values["threads_per_core"] = threads_per_core

    @builtins.property
    def threads_per_core(self) -> typing.Optional[jsii.Number]:
        '''The number of threads per physical core.

        Can be 1 or 2.

        :schema: SqlInstanceSpecSettingsAdvancedMachineFeatures#threadsPerCore
        '''
        result = self._values.get("threads_per_core")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecSettingsAdvancedMachineFeatures(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecSettingsBackupConfiguration",
    jsii_struct_bases=[],
    name_mapping={
        "backup_retention_settings": "backupRetentionSettings",
        "binary_log_enabled": "binaryLogEnabled",
        "enabled": "enabled",
        "location": "location",
        "point_in_time_recovery_enabled": "pointInTimeRecoveryEnabled",
        "start_time": "startTime",
        "transaction_log_retention_days": "transactionLogRetentionDays",
    },
)
class SqlInstanceSpecSettingsBackupConfiguration:
    def __init__(
        self,
        *,
        backup_retention_settings: typing.Optional[typing.Union["SqlInstanceSpecSettingsBackupConfigurationBackupRetentionSettings", typing.Dict[builtins.str, typing.Any]]] = None,
        binary_log_enabled: typing.Optional[builtins.bool] = None,
        enabled: typing.Optional[builtins.bool] = None,
        location: typing.Optional[builtins.str] = None,
        point_in_time_recovery_enabled: typing.Optional[builtins.bool] = None,
        start_time: typing.Optional[builtins.str] = None,
        transaction_log_retention_days: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param backup_retention_settings: 
        :param binary_log_enabled: True if binary logging is enabled. If settings.backup_configuration.enabled is false, this must be as well. Can only be used with MySQL.
        :param enabled: True if backup configuration is enabled.
        :param location: Location of the backup configuration.
        :param point_in_time_recovery_enabled: True if Point-in-time recovery is enabled.
        :param start_time: HH:MM format time indicating when backup configuration starts.
        :param transaction_log_retention_days: The number of days of transaction logs we retain for point in time restore, from 1-7. (For PostgreSQL Enterprise Plus instances, from 1 to 35.).

        :schema: SqlInstanceSpecSettingsBackupConfiguration
        '''
        if isinstance(backup_retention_settings, dict):
            backup_retention_settings = SqlInstanceSpecSettingsBackupConfigurationBackupRetentionSettings(**backup_retention_settings)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ac6f55c18d5406e8b8c7740bfa0d7b9144312698b9094a7bffc94b30c00f39b3)
            check_type(argname="argument backup_retention_settings", value=backup_retention_settings, expected_type=type_hints["backup_retention_settings"])
            check_type(argname="argument binary_log_enabled", value=binary_log_enabled, expected_type=type_hints["binary_log_enabled"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument location", value=location, expected_type=type_hints["location"])
            check_type(argname="argument point_in_time_recovery_enabled", value=point_in_time_recovery_enabled, expected_type=type_hints["point_in_time_recovery_enabled"])
            check_type(argname="argument start_time", value=start_time, expected_type=type_hints["start_time"])
            check_type(argname="argument transaction_log_retention_days", value=transaction_log_retention_days, expected_type=type_hints["transaction_log_retention_days"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if backup_retention_settings is not None:
            self._values["backup_retention_settings"] = backup_retention_settings
        if binary_log_enabled is not None:
            self._values["binary_log_enabled"] = binary_log_enabled
        if enabled is not None:
            self._values["enabled"] = enabled
        if location is not None:
            self._values["location"] = location
        if point_in_time_recovery_enabled is not None:
            self._values["point_in_time_recovery_enabled"] = point_in_time_recovery_enabled
        if start_time is not None:
            self._values["start_time"] = start_time
        if transaction_log_retention_days is not None:
            self._values["transaction_log_retention_days"] = transaction_log_retention_days

    @builtins.property
    def backup_retention_settings(
        self,
    ) -> typing.Optional["SqlInstanceSpecSettingsBackupConfigurationBackupRetentionSettings"]:
        '''
        :schema: SqlInstanceSpecSettingsBackupConfiguration#backupRetentionSettings
        '''
        result = self._values.get("backup_retention_settings")
        return typing.cast(typing.Optional["SqlInstanceSpecSettingsBackupConfigurationBackupRetentionSettings"], result)

    @builtins.property
    def binary_log_enabled(self) -> typing.Optional[builtins.bool]:
        '''True if binary logging is enabled.

        If settings.backup_configuration.enabled is false, this must be as well. Can only be used with MySQL.

        :schema: SqlInstanceSpecSettingsBackupConfiguration#binaryLogEnabled
        '''
        result = self._values.get("binary_log_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''True if backup configuration is enabled.

        :schema: SqlInstanceSpecSettingsBackupConfiguration#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def location(self) -> typing.Optional[builtins.str]:
        '''Location of the backup configuration.

        :schema: SqlInstanceSpecSettingsBackupConfiguration#location
        '''
        result = self._values.get("location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def point_in_time_recovery_enabled(self) -> typing.Optional[builtins.bool]:
        '''True if Point-in-time recovery is enabled.

        :schema: SqlInstanceSpecSettingsBackupConfiguration#pointInTimeRecoveryEnabled
        '''
        result = self._values.get("point_in_time_recovery_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def start_time(self) -> typing.Optional[builtins.str]:
        '''HH:MM format time indicating when backup configuration starts.

        :schema: SqlInstanceSpecSettingsBackupConfiguration#startTime
        '''
        result = self._values.get("start_time")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def transaction_log_retention_days(self) -> typing.Optional[jsii.Number]:
        '''The number of days of transaction logs we retain for point in time restore, from 1-7.

        (For PostgreSQL Enterprise Plus instances, from 1 to 35.).

        :schema: SqlInstanceSpecSettingsBackupConfiguration#transactionLogRetentionDays
        '''
        result = self._values.get("transaction_log_retention_days")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecSettingsBackupConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecSettingsBackupConfigurationBackupRetentionSettings",
    jsii_struct_bases=[],
    name_mapping={
        "retained_backups": "retainedBackups",
        "retention_unit": "retentionUnit",
    },
)
class SqlInstanceSpecSettingsBackupConfigurationBackupRetentionSettings:
    def __init__(
        self,
        *,
        retained_backups: jsii.Number,
        retention_unit: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param retained_backups: Number of backups to retain.
        :param retention_unit: The unit that 'retainedBackups' represents. Defaults to COUNT. Default: COUNT.

        :schema: SqlInstanceSpecSettingsBackupConfigurationBackupRetentionSettings
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5a2c63c4f2492fd6afbfa53cac6551aa6fd74500fcc3376e97b26b240fe0f683)
            check_type(argname="argument retained_backups", value=retained_backups, expected_type=type_hints["retained_backups"])
            check_type(argname="argument retention_unit", value=retention_unit, expected_type=type_hints["retention_unit"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "retained_backups": retained_backups,
        }
        if retention_unit is not None:
            self._values["retention_unit"] = retention_unit

    @builtins.property
    def retained_backups(self) -> jsii.Number:
        '''Number of backups to retain.

        :schema: SqlInstanceSpecSettingsBackupConfigurationBackupRetentionSettings#retainedBackups
        '''
        result = self._values.get("retained_backups")
        assert result is not None, "Required property 'retained_backups' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def retention_unit(self) -> typing.Optional[builtins.str]:
        '''The unit that 'retainedBackups' represents.

        Defaults to COUNT.

        :default: COUNT.

        :schema: SqlInstanceSpecSettingsBackupConfigurationBackupRetentionSettings#retentionUnit
        '''
        result = self._values.get("retention_unit")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecSettingsBackupConfigurationBackupRetentionSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecSettingsDataCacheConfig",
    jsii_struct_bases=[],
    name_mapping={"data_cache_enabled": "dataCacheEnabled"},
)
class SqlInstanceSpecSettingsDataCacheConfig:
    def __init__(
        self,
        *,
        data_cache_enabled: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Data cache configurations.

        :param data_cache_enabled: Whether data cache is enabled for the instance.

        :schema: SqlInstanceSpecSettingsDataCacheConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d6dfb1ab9b3c8ad0562f549578ea1bfeebd7516667619fcaccfb9b7db034b7d8)
            check_type(argname="argument data_cache_enabled", value=data_cache_enabled, expected_type=type_hints["data_cache_enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if data_cache_enabled is not None:
            self._values["data_cache_enabled"] = data_cache_enabled

    @builtins.property
    def data_cache_enabled(self) -> typing.Optional[builtins.bool]:
        '''Whether data cache is enabled for the instance.

        :schema: SqlInstanceSpecSettingsDataCacheConfig#dataCacheEnabled
        '''
        result = self._values.get("data_cache_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecSettingsDataCacheConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecSettingsDatabaseFlags",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class SqlInstanceSpecSettingsDatabaseFlags:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: Name of the flag.
        :param value: Value of the flag.

        :schema: SqlInstanceSpecSettingsDatabaseFlags
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0f340343c1547af70cb376caa904fc2094f839dadb40276b834c6286f419bce2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the flag.

        :schema: SqlInstanceSpecSettingsDatabaseFlags#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value of the flag.

        :schema: SqlInstanceSpecSettingsDatabaseFlags#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecSettingsDatabaseFlags(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecSettingsDenyMaintenancePeriod",
    jsii_struct_bases=[],
    name_mapping={"end_date": "endDate", "start_date": "startDate", "time": "time"},
)
class SqlInstanceSpecSettingsDenyMaintenancePeriod:
    def __init__(
        self,
        *,
        end_date: builtins.str,
        start_date: builtins.str,
        time: builtins.str,
    ) -> None:
        '''
        :param end_date: End date before which maintenance will not take place. The date is in format yyyy-mm-dd i.e., 2020-11-01, or mm-dd, i.e., 11-01.
        :param start_date: Start date after which maintenance will not take place. The date is in format yyyy-mm-dd i.e., 2020-11-01, or mm-dd, i.e., 11-01.
        :param time: Time in UTC when the "deny maintenance period" starts on start_date and ends on end_date. The time is in format: HH:mm:SS, i.e., 00:00:00.

        :schema: SqlInstanceSpecSettingsDenyMaintenancePeriod
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8188fd1b4412022aab98250cd125760002b47a824bbf7899de9f8e97168f088a)
            check_type(argname="argument end_date", value=end_date, expected_type=type_hints["end_date"])
            check_type(argname="argument start_date", value=start_date, expected_type=type_hints["start_date"])
            check_type(argname="argument time", value=time, expected_type=type_hints["time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "end_date": end_date,
            "start_date": start_date,
            "time": time,
        }

    @builtins.property
    def end_date(self) -> builtins.str:
        '''End date before which maintenance will not take place.

        The date is in format yyyy-mm-dd i.e., 2020-11-01, or mm-dd, i.e., 11-01.

        :schema: SqlInstanceSpecSettingsDenyMaintenancePeriod#endDate
        '''
        result = self._values.get("end_date")
        assert result is not None, "Required property 'end_date' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def start_date(self) -> builtins.str:
        '''Start date after which maintenance will not take place.

        The date is in format yyyy-mm-dd i.e., 2020-11-01, or mm-dd, i.e., 11-01.

        :schema: SqlInstanceSpecSettingsDenyMaintenancePeriod#startDate
        '''
        result = self._values.get("start_date")
        assert result is not None, "Required property 'start_date' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def time(self) -> builtins.str:
        '''Time in UTC when the "deny maintenance period" starts on start_date and ends on end_date.

        The time is in format: HH:mm:SS, i.e., 00:00:00.

        :schema: SqlInstanceSpecSettingsDenyMaintenancePeriod#time
        '''
        result = self._values.get("time")
        assert result is not None, "Required property 'time' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecSettingsDenyMaintenancePeriod(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecSettingsInsightsConfig",
    jsii_struct_bases=[],
    name_mapping={
        "query_insights_enabled": "queryInsightsEnabled",
        "query_plans_per_minute": "queryPlansPerMinute",
        "query_string_length": "queryStringLength",
        "record_application_tags": "recordApplicationTags",
        "record_client_address": "recordClientAddress",
    },
)
class SqlInstanceSpecSettingsInsightsConfig:
    def __init__(
        self,
        *,
        query_insights_enabled: typing.Optional[builtins.bool] = None,
        query_plans_per_minute: typing.Optional[jsii.Number] = None,
        query_string_length: typing.Optional[jsii.Number] = None,
        record_application_tags: typing.Optional[builtins.bool] = None,
        record_client_address: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Configuration of Query Insights.

        :param query_insights_enabled: True if Query Insights feature is enabled.
        :param query_plans_per_minute: Number of query execution plans captured by Insights per minute for all queries combined. Between 0 and 20. Default to 5. Default: 5.
        :param query_string_length: Maximum query length stored in bytes. Between 256 and 4500. Default to 1024. Default: 1024.
        :param record_application_tags: True if Query Insights will record application tags from query when enabled.
        :param record_client_address: True if Query Insights will record client address when enabled.

        :schema: SqlInstanceSpecSettingsInsightsConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f1c55b35ac59be2174e5c8337dceb946b3e5f6dcc3cc5607e7ae6ab5d21c535b)
            check_type(argname="argument query_insights_enabled", value=query_insights_enabled, expected_type=type_hints["query_insights_enabled"])
            check_type(argname="argument query_plans_per_minute", value=query_plans_per_minute, expected_type=type_hints["query_plans_per_minute"])
            check_type(argname="argument query_string_length", value=query_string_length, expected_type=type_hints["query_string_length"])
            check_type(argname="argument record_application_tags", value=record_application_tags, expected_type=type_hints["record_application_tags"])
            check_type(argname="argument record_client_address", value=record_client_address, expected_type=type_hints["record_client_address"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if query_insights_enabled is not None:
            self._values["query_insights_enabled"] = query_insights_enabled
        if query_plans_per_minute is not None:
            self._values["query_plans_per_minute"] = query_plans_per_minute
        if query_string_length is not None:
            self._values["query_string_length"] = query_string_length
        if record_application_tags is not None:
            self._values["record_application_tags"] = record_application_tags
        if record_client_address is not None:
            self._values["record_client_address"] = record_client_address

    @builtins.property
    def query_insights_enabled(self) -> typing.Optional[builtins.bool]:
        '''True if Query Insights feature is enabled.

        :schema: SqlInstanceSpecSettingsInsightsConfig#queryInsightsEnabled
        '''
        result = self._values.get("query_insights_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def query_plans_per_minute(self) -> typing.Optional[jsii.Number]:
        '''Number of query execution plans captured by Insights per minute for all queries combined.

        Between 0 and 20. Default to 5.

        :default: 5.

        :schema: SqlInstanceSpecSettingsInsightsConfig#queryPlansPerMinute
        '''
        result = self._values.get("query_plans_per_minute")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def query_string_length(self) -> typing.Optional[jsii.Number]:
        '''Maximum query length stored in bytes.

        Between 256 and 4500. Default to 1024.

        :default: 1024.

        :schema: SqlInstanceSpecSettingsInsightsConfig#queryStringLength
        '''
        result = self._values.get("query_string_length")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def record_application_tags(self) -> typing.Optional[builtins.bool]:
        '''True if Query Insights will record application tags from query when enabled.

        :schema: SqlInstanceSpecSettingsInsightsConfig#recordApplicationTags
        '''
        result = self._values.get("record_application_tags")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def record_client_address(self) -> typing.Optional[builtins.bool]:
        '''True if Query Insights will record client address when enabled.

        :schema: SqlInstanceSpecSettingsInsightsConfig#recordClientAddress
        '''
        result = self._values.get("record_client_address")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecSettingsInsightsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecSettingsIpConfiguration",
    jsii_struct_bases=[],
    name_mapping={
        "allocated_ip_range": "allocatedIpRange",
        "authorized_networks": "authorizedNetworks",
        "enable_private_path_for_google_cloud_services": "enablePrivatePathForGoogleCloudServices",
        "ipv4_enabled": "ipv4Enabled",
        "private_network_ref": "privateNetworkRef",
        "psc_config": "pscConfig",
        "require_ssl": "requireSsl",
        "ssl_mode": "sslMode",
    },
)
class SqlInstanceSpecSettingsIpConfiguration:
    def __init__(
        self,
        *,
        allocated_ip_range: typing.Optional[builtins.str] = None,
        authorized_networks: typing.Optional[typing.Sequence[typing.Union["SqlInstanceSpecSettingsIpConfigurationAuthorizedNetworks", typing.Dict[builtins.str, typing.Any]]]] = None,
        enable_private_path_for_google_cloud_services: typing.Optional[builtins.bool] = None,
        ipv4_enabled: typing.Optional[builtins.bool] = None,
        private_network_ref: typing.Optional[typing.Union["SqlInstanceSpecSettingsIpConfigurationPrivateNetworkRef", typing.Dict[builtins.str, typing.Any]]] = None,
        psc_config: typing.Optional[typing.Sequence[typing.Union["SqlInstanceSpecSettingsIpConfigurationPscConfig", typing.Dict[builtins.str, typing.Any]]]] = None,
        require_ssl: typing.Optional[builtins.bool] = None,
        ssl_mode: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param allocated_ip_range: The name of the allocated ip range for the private ip CloudSQL instance. For example: "google-managed-services-default". If set, the instance ip will be created in the allocated range. The range name must comply with RFC 1035. Specifically, the name must be 1-63 characters long and match the regular expression `a-z <%5B-a-z0-9%5D*%5Ba-z0-9%5D>`_?.
        :param authorized_networks: 
        :param enable_private_path_for_google_cloud_services: Whether Google Cloud services such as BigQuery are allowed to access data in this Cloud SQL instance over a private IP connection. SQLSERVER database type is not supported.
        :param ipv4_enabled: Whether this Cloud SQL instance should be assigned a public IPV4 address. At least ipv4_enabled must be enabled or a private_network must be configured.
        :param private_network_ref: ComputeNetworkRef is a reference to a GCP ComputeNetwork.
        :param psc_config: PSC settings for a Cloud SQL instance.
        :param require_ssl: 
        :param ssl_mode: Specify how SSL connection should be enforced in DB connections. This field provides more SSL enforcment options compared to requireSsl. To change this field, also set the correspoding value in requireSsl if it has been set.

        :schema: SqlInstanceSpecSettingsIpConfiguration
        '''
        if isinstance(private_network_ref, dict):
            private_network_ref = SqlInstanceSpecSettingsIpConfigurationPrivateNetworkRef(**private_network_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3eb2c6d7e57f9980e19eb0eb0db7cffe179299bb732d663848b91dc6ac4e45b0)
            check_type(argname="argument allocated_ip_range", value=allocated_ip_range, expected_type=type_hints["allocated_ip_range"])
            check_type(argname="argument authorized_networks", value=authorized_networks, expected_type=type_hints["authorized_networks"])
            check_type(argname="argument enable_private_path_for_google_cloud_services", value=enable_private_path_for_google_cloud_services, expected_type=type_hints["enable_private_path_for_google_cloud_services"])
            check_type(argname="argument ipv4_enabled", value=ipv4_enabled, expected_type=type_hints["ipv4_enabled"])
            check_type(argname="argument private_network_ref", value=private_network_ref, expected_type=type_hints["private_network_ref"])
            check_type(argname="argument psc_config", value=psc_config, expected_type=type_hints["psc_config"])
            check_type(argname="argument require_ssl", value=require_ssl, expected_type=type_hints["require_ssl"])
            check_type(argname="argument ssl_mode", value=ssl_mode, expected_type=type_hints["ssl_mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allocated_ip_range is not None:
            self._values["allocated_ip_range"] = allocated_ip_range
        if authorized_networks is not None:
            self._values["authorized_networks"] = authorized_networks
        if enable_private_path_for_google_cloud_services is not None:
            self._values["enable_private_path_for_google_cloud_services"] = enable_private_path_for_google_cloud_services
        if ipv4_enabled is not None:
            self._values["ipv4_enabled"] = ipv4_enabled
        if private_network_ref is not None:
            self._values["private_network_ref"] = private_network_ref
        if psc_config is not None:
            self._values["psc_config"] = psc_config
        if require_ssl is not None:
            self._values["require_ssl"] = require_ssl
        if ssl_mode is not None:
            self._values["ssl_mode"] = ssl_mode

    @builtins.property
    def allocated_ip_range(self) -> typing.Optional[builtins.str]:
        '''The name of the allocated ip range for the private ip CloudSQL instance.

        For example: "google-managed-services-default". If set, the instance ip will be created in the allocated range. The range name must comply with RFC 1035. Specifically, the name must be 1-63 characters long and match the regular expression `a-z <%5B-a-z0-9%5D*%5Ba-z0-9%5D>`_?.

        :schema: SqlInstanceSpecSettingsIpConfiguration#allocatedIpRange
        '''
        result = self._values.get("allocated_ip_range")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authorized_networks(
        self,
    ) -> typing.Optional[typing.List["SqlInstanceSpecSettingsIpConfigurationAuthorizedNetworks"]]:
        '''
        :schema: SqlInstanceSpecSettingsIpConfiguration#authorizedNetworks
        '''
        result = self._values.get("authorized_networks")
        return typing.cast(typing.Optional[typing.List["SqlInstanceSpecSettingsIpConfigurationAuthorizedNetworks"]], result)

    @builtins.property
    def enable_private_path_for_google_cloud_services(
        self,
    ) -> typing.Optional[builtins.bool]:
        '''Whether Google Cloud services such as BigQuery are allowed to access data in this Cloud SQL instance over a private IP connection.

        SQLSERVER database type is not supported.

        :schema: SqlInstanceSpecSettingsIpConfiguration#enablePrivatePathForGoogleCloudServices
        '''
        result = self._values.get("enable_private_path_for_google_cloud_services")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ipv4_enabled(self) -> typing.Optional[builtins.bool]:
        '''Whether this Cloud SQL instance should be assigned a public IPV4 address.

        At least ipv4_enabled must be enabled or a private_network must be configured.

        :schema: SqlInstanceSpecSettingsIpConfiguration#ipv4Enabled
        '''
        result = self._values.get("ipv4_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def private_network_ref(
        self,
    ) -> typing.Optional["SqlInstanceSpecSettingsIpConfigurationPrivateNetworkRef"]:
        '''ComputeNetworkRef is a reference to a GCP ComputeNetwork.

        :schema: SqlInstanceSpecSettingsIpConfiguration#privateNetworkRef
        '''
        result = self._values.get("private_network_ref")
        return typing.cast(typing.Optional["SqlInstanceSpecSettingsIpConfigurationPrivateNetworkRef"], result)

    @builtins.property
    def psc_config(
        self,
    ) -> typing.Optional[typing.List["SqlInstanceSpecSettingsIpConfigurationPscConfig"]]:
        '''PSC settings for a Cloud SQL instance.

        :schema: SqlInstanceSpecSettingsIpConfiguration#pscConfig
        '''
        result = self._values.get("psc_config")
        return typing.cast(typing.Optional[typing.List["SqlInstanceSpecSettingsIpConfigurationPscConfig"]], result)

    @builtins.property
    def require_ssl(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: SqlInstanceSpecSettingsIpConfiguration#requireSsl
        '''
        result = self._values.get("require_ssl")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ssl_mode(self) -> typing.Optional[builtins.str]:
        '''Specify how SSL connection should be enforced in DB connections.

        This field provides more SSL enforcment options compared to requireSsl. To change this field, also set the correspoding value in requireSsl if it has been set.

        :schema: SqlInstanceSpecSettingsIpConfiguration#sslMode
        '''
        result = self._values.get("ssl_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecSettingsIpConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecSettingsIpConfigurationAuthorizedNetworks",
    jsii_struct_bases=[],
    name_mapping={
        "value": "value",
        "expiration_time": "expirationTime",
        "name": "name",
    },
)
class SqlInstanceSpecSettingsIpConfigurationAuthorizedNetworks:
    def __init__(
        self,
        *,
        value: builtins.str,
        expiration_time: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param value: 
        :param expiration_time: 
        :param name: 

        :schema: SqlInstanceSpecSettingsIpConfigurationAuthorizedNetworks
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e0946455faa9e1937a14461299789cb693cbbdfee3ca1b86a278d1d90d390a2e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument expiration_time", value=expiration_time, expected_type=type_hints["expiration_time"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "value": value,
        }
        if expiration_time is not None:
            self._values["expiration_time"] = expiration_time
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: SqlInstanceSpecSettingsIpConfigurationAuthorizedNetworks#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def expiration_time(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SqlInstanceSpecSettingsIpConfigurationAuthorizedNetworks#expirationTime
        '''
        result = self._values.get("expiration_time")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SqlInstanceSpecSettingsIpConfigurationAuthorizedNetworks#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecSettingsIpConfigurationAuthorizedNetworks(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecSettingsIpConfigurationPrivateNetworkRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class SqlInstanceSpecSettingsIpConfigurationPrivateNetworkRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ComputeNetworkRef is a reference to a GCP ComputeNetwork.

        :param external: A reference to an externally managed ComputeNetwork resource. Should be in the format "projects/{{projectID}}/global/networks/{{networkID}}".
        :param name: The name of a ComputeNetwork resource.
        :param namespace: The namespace of a ComputeNetwork resource.

        :schema: SqlInstanceSpecSettingsIpConfigurationPrivateNetworkRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6111bdfa97e98663a588ca2e42fa746852c51587f38d0e0ef874348378478dc9)
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

        :schema: SqlInstanceSpecSettingsIpConfigurationPrivateNetworkRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeNetwork resource.

        :schema: SqlInstanceSpecSettingsIpConfigurationPrivateNetworkRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeNetwork resource.

        :schema: SqlInstanceSpecSettingsIpConfigurationPrivateNetworkRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecSettingsIpConfigurationPrivateNetworkRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecSettingsIpConfigurationPscConfig",
    jsii_struct_bases=[],
    name_mapping={
        "allowed_consumer_projects": "allowedConsumerProjects",
        "psc_enabled": "pscEnabled",
    },
)
class SqlInstanceSpecSettingsIpConfigurationPscConfig:
    def __init__(
        self,
        *,
        allowed_consumer_projects: typing.Optional[typing.Sequence[builtins.str]] = None,
        psc_enabled: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param allowed_consumer_projects: List of consumer projects that are allow-listed for PSC connections to this instance. This instance can be connected to with PSC from any network in these projects. Each consumer project in this list may be represented by a project number (numeric) or by a project id (alphanumeric).
        :param psc_enabled: Whether PSC connectivity is enabled for this instance.

        :schema: SqlInstanceSpecSettingsIpConfigurationPscConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4ca0e1ddd2beeeb602eb0d9c7627d8b9673279592d9a5e8be7457c0227b8d26e)
            check_type(argname="argument allowed_consumer_projects", value=allowed_consumer_projects, expected_type=type_hints["allowed_consumer_projects"])
            check_type(argname="argument psc_enabled", value=psc_enabled, expected_type=type_hints["psc_enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allowed_consumer_projects is not None:
            self._values["allowed_consumer_projects"] = allowed_consumer_projects
        if psc_enabled is not None:
            self._values["psc_enabled"] = psc_enabled

    @builtins.property
    def allowed_consumer_projects(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of consumer projects that are allow-listed for PSC connections to this instance.

        This instance can be connected to with PSC from any network in these projects. Each consumer project in this list may be represented by a project number (numeric) or by a project id (alphanumeric).

        :schema: SqlInstanceSpecSettingsIpConfigurationPscConfig#allowedConsumerProjects
        '''
        result = self._values.get("allowed_consumer_projects")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def psc_enabled(self) -> typing.Optional[builtins.bool]:
        '''Whether PSC connectivity is enabled for this instance.

        :schema: SqlInstanceSpecSettingsIpConfigurationPscConfig#pscEnabled
        '''
        result = self._values.get("psc_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecSettingsIpConfigurationPscConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecSettingsLocationPreference",
    jsii_struct_bases=[],
    name_mapping={
        "follow_gae_application": "followGaeApplication",
        "secondary_zone": "secondaryZone",
        "zone": "zone",
    },
)
class SqlInstanceSpecSettingsLocationPreference:
    def __init__(
        self,
        *,
        follow_gae_application: typing.Optional[builtins.str] = None,
        secondary_zone: typing.Optional[builtins.str] = None,
        zone: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param follow_gae_application: A Google App Engine application whose zone to remain in. Must be in the same region as this instance.
        :param secondary_zone: The preferred Compute Engine zone for the secondary/failover.
        :param zone: The preferred compute engine zone.

        :schema: SqlInstanceSpecSettingsLocationPreference
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a95df3a8389a7849cb7648bb69bf4c964d6c301b1713ba41c680997d0e308126)
            check_type(argname="argument follow_gae_application", value=follow_gae_application, expected_type=type_hints["follow_gae_application"])
            check_type(argname="argument secondary_zone", value=secondary_zone, expected_type=type_hints["secondary_zone"])
            check_type(argname="argument zone", value=zone, expected_type=type_hints["zone"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if follow_gae_application is not None:
            self._values["follow_gae_application"] = follow_gae_application
        if secondary_zone is not None:
            self._values["secondary_zone"] = secondary_zone
        if zone is not None:
            self._values["zone"] = zone

    @builtins.property
    def follow_gae_application(self) -> typing.Optional[builtins.str]:
        '''A Google App Engine application whose zone to remain in.

        Must be in the same region as this instance.

        :schema: SqlInstanceSpecSettingsLocationPreference#followGaeApplication
        '''
        result = self._values.get("follow_gae_application")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secondary_zone(self) -> typing.Optional[builtins.str]:
        '''The preferred Compute Engine zone for the secondary/failover.

        :schema: SqlInstanceSpecSettingsLocationPreference#secondaryZone
        '''
        result = self._values.get("secondary_zone")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def zone(self) -> typing.Optional[builtins.str]:
        '''The preferred compute engine zone.

        :schema: SqlInstanceSpecSettingsLocationPreference#zone
        '''
        result = self._values.get("zone")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecSettingsLocationPreference(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecSettingsMaintenanceWindow",
    jsii_struct_bases=[],
    name_mapping={"day": "day", "hour": "hour", "update_track": "updateTrack"},
)
class SqlInstanceSpecSettingsMaintenanceWindow:
    def __init__(
        self,
        *,
        day: typing.Optional[jsii.Number] = None,
        hour: typing.Optional[jsii.Number] = None,
        update_track: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Declares a one-hour maintenance window when an Instance can automatically restart to apply updates.

        The maintenance window is specified in UTC time.

        :param day: Day of week (1-7), starting on Monday.
        :param hour: Hour of day (0-23), ignored if day not set.
        :param update_track: Receive updates earlier (canary) or later (stable).

        :schema: SqlInstanceSpecSettingsMaintenanceWindow
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__37df12241ea25a9ed690607b322be291813ec5f2c72e3fe2daa58abd70644d19)
            check_type(argname="argument day", value=day, expected_type=type_hints["day"])
            check_type(argname="argument hour", value=hour, expected_type=type_hints["hour"])
            check_type(argname="argument update_track", value=update_track, expected_type=type_hints["update_track"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if day is not None:
            self._values["day"] = day
        if hour is not None:
            self._values["hour"] = hour
        if update_track is not None:
            self._values["update_track"] = update_track

    @builtins.property
    def day(self) -> typing.Optional[jsii.Number]:
        '''Day of week (1-7), starting on Monday.

        :schema: SqlInstanceSpecSettingsMaintenanceWindow#day
        '''
        result = self._values.get("day")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def hour(self) -> typing.Optional[jsii.Number]:
        '''Hour of day (0-23), ignored if day not set.

        :schema: SqlInstanceSpecSettingsMaintenanceWindow#hour
        '''
        result = self._values.get("hour")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def update_track(self) -> typing.Optional[builtins.str]:
        '''Receive updates earlier (canary) or later (stable).

        :schema: SqlInstanceSpecSettingsMaintenanceWindow#updateTrack
        '''
        result = self._values.get("update_track")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecSettingsMaintenanceWindow(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecSettingsPasswordValidationPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "enable_password_policy": "enablePasswordPolicy",
        "complexity": "complexity",
        "disallow_username_substring": "disallowUsernameSubstring",
        "min_length": "minLength",
        "password_change_interval": "passwordChangeInterval",
        "reuse_interval": "reuseInterval",
    },
)
class SqlInstanceSpecSettingsPasswordValidationPolicy:
    def __init__(
        self,
        *,
        enable_password_policy: builtins.bool,
        complexity: typing.Optional[builtins.str] = None,
        disallow_username_substring: typing.Optional[builtins.bool] = None,
        min_length: typing.Optional[jsii.Number] = None,
        password_change_interval: typing.Optional[builtins.str] = None,
        reuse_interval: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param enable_password_policy: Whether the password policy is enabled or not.
        :param complexity: Password complexity.
        :param disallow_username_substring: Disallow username as a part of the password.
        :param min_length: Minimum number of characters allowed.
        :param password_change_interval: Minimum interval after which the password can be changed. This flag is only supported for PostgresSQL.
        :param reuse_interval: Number of previous passwords that cannot be reused.

        :schema: SqlInstanceSpecSettingsPasswordValidationPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__33833f4a81435a04de4bec8345b72009fba833760d433b342b639a6f7d0fb3c1)
            check_type(argname="argument enable_password_policy", value=enable_password_policy, expected_type=type_hints["enable_password_policy"])
            check_type(argname="argument complexity", value=complexity, expected_type=type_hints["complexity"])
            check_type(argname="argument disallow_username_substring", value=disallow_username_substring, expected_type=type_hints["disallow_username_substring"])
            check_type(argname="argument min_length", value=min_length, expected_type=type_hints["min_length"])
            check_type(argname="argument password_change_interval", value=password_change_interval, expected_type=type_hints["password_change_interval"])
            check_type(argname="argument reuse_interval", value=reuse_interval, expected_type=type_hints["reuse_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enable_password_policy": enable_password_policy,
        }
        if complexity is not None:
            self._values["complexity"] = complexity
        if disallow_username_substring is not None:
            self._values["disallow_username_substring"] = disallow_username_substring
        if min_length is not None:
            self._values["min_length"] = min_length
        if password_change_interval is not None:
            self._values["password_change_interval"] = password_change_interval
        if reuse_interval is not None:
            self._values["reuse_interval"] = reuse_interval

    @builtins.property
    def enable_password_policy(self) -> builtins.bool:
        '''Whether the password policy is enabled or not.

        :schema: SqlInstanceSpecSettingsPasswordValidationPolicy#enablePasswordPolicy
        '''
        result = self._values.get("enable_password_policy")
        assert result is not None, "Required property 'enable_password_policy' is missing"
        return typing.cast(builtins.bool, result)

    @builtins.property
    def complexity(self) -> typing.Optional[builtins.str]:
        '''Password complexity.

        :schema: SqlInstanceSpecSettingsPasswordValidationPolicy#complexity
        '''
        result = self._values.get("complexity")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def disallow_username_substring(self) -> typing.Optional[builtins.bool]:
        '''Disallow username as a part of the password.

        :schema: SqlInstanceSpecSettingsPasswordValidationPolicy#disallowUsernameSubstring
        '''
        result = self._values.get("disallow_username_substring")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def min_length(self) -> typing.Optional[jsii.Number]:
        '''Minimum number of characters allowed.

        :schema: SqlInstanceSpecSettingsPasswordValidationPolicy#minLength
        '''
        result = self._values.get("min_length")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def password_change_interval(self) -> typing.Optional[builtins.str]:
        '''Minimum interval after which the password can be changed.

        This flag is only supported for PostgresSQL.

        :schema: SqlInstanceSpecSettingsPasswordValidationPolicy#passwordChangeInterval
        '''
        result = self._values.get("password_change_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def reuse_interval(self) -> typing.Optional[jsii.Number]:
        '''Number of previous passwords that cannot be reused.

        :schema: SqlInstanceSpecSettingsPasswordValidationPolicy#reuseInterval
        '''
        result = self._values.get("reuse_interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecSettingsPasswordValidationPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecSettingsSqlServerAuditConfig",
    jsii_struct_bases=[],
    name_mapping={
        "bucket_ref": "bucketRef",
        "retention_interval": "retentionInterval",
        "upload_interval": "uploadInterval",
    },
)
class SqlInstanceSpecSettingsSqlServerAuditConfig:
    def __init__(
        self,
        *,
        bucket_ref: typing.Optional[typing.Union["SqlInstanceSpecSettingsSqlServerAuditConfigBucketRef", typing.Dict[builtins.str, typing.Any]]] = None,
        retention_interval: typing.Optional[builtins.str] = None,
        upload_interval: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param bucket_ref: The name of the destination bucket (e.g., gs://mybucket).
        :param retention_interval: How long to keep generated audit files. A duration in seconds with up to nine fractional digits, terminated by 's'. Example: "3.5s"..
        :param upload_interval: How often to upload generated audit files. A duration in seconds with up to nine fractional digits, terminated by 's'. Example: "3.5s".

        :schema: SqlInstanceSpecSettingsSqlServerAuditConfig
        '''
        if isinstance(bucket_ref, dict):
            bucket_ref = SqlInstanceSpecSettingsSqlServerAuditConfigBucketRef(**bucket_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ef0d82322093733207b47d0a4e6b3704da4199e636c705d513f4c5994f2e9e2)
            check_type(argname="argument bucket_ref", value=bucket_ref, expected_type=type_hints["bucket_ref"])
            check_type(argname="argument retention_interval", value=retention_interval, expected_type=type_hints["retention_interval"])
            check_type(argname="argument upload_interval", value=upload_interval, expected_type=type_hints["upload_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if bucket_ref is not None:
            self._values["bucket_ref"] = bucket_ref
        if retention_interval is not None:
            self._values["retention_interval"] = retention_interval
        if upload_interval is not None:
            self._values["upload_interval"] = upload_interval

    @builtins.property
    def bucket_ref(
        self,
    ) -> typing.Optional["SqlInstanceSpecSettingsSqlServerAuditConfigBucketRef"]:
        '''The name of the destination bucket (e.g., gs://mybucket).

        :schema: SqlInstanceSpecSettingsSqlServerAuditConfig#bucketRef
        '''
        result = self._values.get("bucket_ref")
        return typing.cast(typing.Optional["SqlInstanceSpecSettingsSqlServerAuditConfigBucketRef"], result)

    @builtins.property
    def retention_interval(self) -> typing.Optional[builtins.str]:
        '''How long to keep generated audit files.

        A duration in seconds with up to nine fractional digits, terminated by 's'. Example: "3.5s"..

        :schema: SqlInstanceSpecSettingsSqlServerAuditConfig#retentionInterval
        '''
        result = self._values.get("retention_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def upload_interval(self) -> typing.Optional[builtins.str]:
        '''How often to upload generated audit files.

        A duration in seconds with up to nine fractional digits, terminated by 's'. Example: "3.5s".

        :schema: SqlInstanceSpecSettingsSqlServerAuditConfig#uploadInterval
        '''
        result = self._values.get("upload_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecSettingsSqlServerAuditConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlInstanceSpecSettingsSqlServerAuditConfigBucketRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class SqlInstanceSpecSettingsSqlServerAuditConfigBucketRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The name of the destination bucket (e.g., gs://mybucket).

        :param external: A reference to an externally managed StorageBucket resource. Should be in the format "projects/{{projectID}}/buckets/{{bucketID}}".
        :param name: The name of a StorageBucket resource.
        :param namespace: The namespace of a StorageBucket resource.

        :schema: SqlInstanceSpecSettingsSqlServerAuditConfigBucketRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e1c06e3e7fe312c1abbfb5ba8aa63401b5a40f1568148e82368f9297aa6907a8)
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
        '''A reference to an externally managed StorageBucket resource.

        Should be in the format "projects/{{projectID}}/buckets/{{bucketID}}".

        :schema: SqlInstanceSpecSettingsSqlServerAuditConfigBucketRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a StorageBucket resource.

        :schema: SqlInstanceSpecSettingsSqlServerAuditConfigBucketRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a StorageBucket resource.

        :schema: SqlInstanceSpecSettingsSqlServerAuditConfigBucketRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlInstanceSpecSettingsSqlServerAuditConfigBucketRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class SqlUser(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlUser",
):
    '''
    :schema: SQLUser
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["SqlUserSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "SQLUser" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3702609208c26095dd3ed3441faaee4ff963e387366ab77905e93891717ed752)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = SqlUserProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["SqlUserSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "SQLUser".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = SqlUserProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "SQLUser".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlUserProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class SqlUserProps:
    def __init__(
        self,
        *,
        spec: typing.Union["SqlUserSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: SQLUser
        '''
        if isinstance(spec, dict):
            spec = SqlUserSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b710500483b4ab53d9dc8955385e22099937b524285de8e6a14180d7ffcb1327)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "SqlUserSpec":
        '''
        :schema: SQLUser#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("SqlUserSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: SQLUser#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlUserProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlUserSpec",
    jsii_struct_bases=[],
    name_mapping={
        "instance_ref": "instanceRef",
        "host": "host",
        "password": "password",
        "password_policy": "passwordPolicy",
        "resource_id": "resourceId",
        "type": "type",
    },
)
class SqlUserSpec:
    def __init__(
        self,
        *,
        instance_ref: typing.Union["SqlUserSpecInstanceRef", typing.Dict[builtins.str, typing.Any]],
        host: typing.Optional[builtins.str] = None,
        password: typing.Optional[typing.Union["SqlUserSpecPassword", typing.Dict[builtins.str, typing.Any]]] = None,
        password_policy: typing.Optional[typing.Union["SqlUserSpecPasswordPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_id: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param instance_ref: 
        :param host: Immutable. The host the user can connect from. This is only supported for MySQL instances. Don't set this field for PostgreSQL instances. Can be an IP address. Changing this forces a new resource to be created.
        :param password: The password for the user. Can be updated. For Postgres instances this is a Required field, unless type is set to either CLOUD_IAM_USER or CLOUD_IAM_SERVICE_ACCOUNT.
        :param password_policy: 
        :param resource_id: Immutable. Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.
        :param type: Immutable. The user type. It determines the method to authenticate the user during login. The default is the database's built-in user type. Flags include "BUILT_IN", "CLOUD_IAM_USER", or "CLOUD_IAM_SERVICE_ACCOUNT".

        :schema: SqlUserSpec
        '''
        if isinstance(instance_ref, dict):
            instance_ref = SqlUserSpecInstanceRef(**instance_ref)
        if isinstance(password, dict):
            password = SqlUserSpecPassword(**password)
        if isinstance(password_policy, dict):
            password_policy = SqlUserSpecPasswordPolicy(**password_policy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__013e8ad1a27703ebdad4a140204abdab9b79a9bfc2b3c3e4712929bd7b7e2cae)
            check_type(argname="argument instance_ref", value=instance_ref, expected_type=type_hints["instance_ref"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument password_policy", value=password_policy, expected_type=type_hints["password_policy"])
            check_type(argname="argument resource_id", value=resource_id, expected_type=type_hints["resource_id"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "instance_ref": instance_ref,
        }
        if host is not None:
            self._values["host"] = host
        if password is not None:
            self._values["password"] = password
        if password_policy is not None:
            self._values["password_policy"] = password_policy
        if resource_id is not None:
            self._values["resource_id"] = resource_id
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def instance_ref(self) -> "SqlUserSpecInstanceRef":
        '''
        :schema: SqlUserSpec#instanceRef
        '''
        result = self._values.get("instance_ref")
        assert result is not None, "Required property 'instance_ref' is missing"
        return typing.cast("SqlUserSpecInstanceRef", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The host the user can connect from. This is only supported for MySQL instances. Don't set this field for PostgreSQL instances. Can be an IP address. Changing this forces a new resource to be created.

        :schema: SqlUserSpec#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def password(self) -> typing.Optional["SqlUserSpecPassword"]:
        '''The password for the user.

        Can be updated. For Postgres instances this is a Required field, unless type is set to
        either CLOUD_IAM_USER or CLOUD_IAM_SERVICE_ACCOUNT.

        :schema: SqlUserSpec#password
        '''
        result = self._values.get("password")
        return typing.cast(typing.Optional["SqlUserSpecPassword"], result)

    @builtins.property
    def password_policy(self) -> typing.Optional["SqlUserSpecPasswordPolicy"]:
        '''
        :schema: SqlUserSpec#passwordPolicy
        '''
        result = self._values.get("password_policy")
        return typing.cast(typing.Optional["SqlUserSpecPasswordPolicy"], result)

    @builtins.property
    def resource_id(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.

        :schema: SqlUserSpec#resourceID
        '''
        result = self._values.get("resource_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The user type. It determines the method to authenticate the user during login.
        The default is the database's built-in user type. Flags include "BUILT_IN", "CLOUD_IAM_USER", or "CLOUD_IAM_SERVICE_ACCOUNT".

        :schema: SqlUserSpec#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlUserSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlUserSpecInstanceRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class SqlUserSpecInstanceRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param external: Allowed value: The ``name`` field of a ``SQLInstance`` resource.
        :param name: Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param namespace: Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: SqlUserSpecInstanceRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a415099146d032005c2e71ff2971307e2507aa7f97b473073ca9f202f031fc88)
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
        '''Allowed value: The ``name`` field of a ``SQLInstance`` resource.

        :schema: SqlUserSpecInstanceRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: SqlUserSpecInstanceRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: SqlUserSpecInstanceRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlUserSpecInstanceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlUserSpecPassword",
    jsii_struct_bases=[],
    name_mapping={"value": "value", "value_from": "valueFrom"},
)
class SqlUserSpecPassword:
    def __init__(
        self,
        *,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["SqlUserSpecPasswordValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''The password for the user.

        Can be updated. For Postgres instances this is a Required field, unless type is set to
        either CLOUD_IAM_USER or CLOUD_IAM_SERVICE_ACCOUNT.

        :param value: Value of the field. Cannot be used if 'valueFrom' is specified.
        :param value_from: Source for the field's value. Cannot be used if 'value' is specified.

        :schema: SqlUserSpecPassword
        '''
        if isinstance(value_from, dict):
            value_from = SqlUserSpecPasswordValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b7be99a99a83a4f41353f95ee2b8bbeb7d6a94bc5e209953c146b61d9f831365)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the field.

        Cannot be used if 'valueFrom' is specified.

        :schema: SqlUserSpecPassword#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Optional["SqlUserSpecPasswordValueFrom"]:
        '''Source for the field's value.

        Cannot be used if 'value' is specified.

        :schema: SqlUserSpecPassword#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["SqlUserSpecPasswordValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlUserSpecPassword(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlUserSpecPasswordPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "allowed_failed_attempts": "allowedFailedAttempts",
        "enable_failed_attempts_check": "enableFailedAttemptsCheck",
        "enable_password_verification": "enablePasswordVerification",
        "password_expiration_duration": "passwordExpirationDuration",
        "status": "status",
    },
)
class SqlUserSpecPasswordPolicy:
    def __init__(
        self,
        *,
        allowed_failed_attempts: typing.Optional[jsii.Number] = None,
        enable_failed_attempts_check: typing.Optional[builtins.bool] = None,
        enable_password_verification: typing.Optional[builtins.bool] = None,
        password_expiration_duration: typing.Optional[builtins.str] = None,
        status: typing.Optional[typing.Sequence[typing.Union["SqlUserSpecPasswordPolicyStatus", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param allowed_failed_attempts: Number of failed attempts allowed before the user get locked.
        :param enable_failed_attempts_check: If true, the check that will lock user after too many failed login attempts will be enabled.
        :param enable_password_verification: If true, the user must specify the current password before changing the password. This flag is supported only for MySQL.
        :param password_expiration_duration: Password expiration duration with one week grace period.
        :param status: 

        :schema: SqlUserSpecPasswordPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__85c1247c7b2c7e12022006d83fb1b51d8488a997772c39318b144892f09cbb19)
            check_type(argname="argument allowed_failed_attempts", value=allowed_failed_attempts, expected_type=type_hints["allowed_failed_attempts"])
            check_type(argname="argument enable_failed_attempts_check", value=enable_failed_attempts_check, expected_type=type_hints["enable_failed_attempts_check"])
            check_type(argname="argument enable_password_verification", value=enable_password_verification, expected_type=type_hints["enable_password_verification"])
            check_type(argname="argument password_expiration_duration", value=password_expiration_duration, expected_type=type_hints["password_expiration_duration"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allowed_failed_attempts is not None:
            self._values["allowed_failed_attempts"] = allowed_failed_attempts
        if enable_failed_attempts_check is not None:
            self._values["enable_failed_attempts_check"] = enable_failed_attempts_check
        if enable_password_verification is not None:
            self._values["enable_password_verification"] = enable_password_verification
        if password_expiration_duration is not None:
            self._values["password_expiration_duration"] = password_expiration_duration
        if status is not None:
            self._values["status"] = status

    @builtins.property
    def allowed_failed_attempts(self) -> typing.Optional[jsii.Number]:
        '''Number of failed attempts allowed before the user get locked.

        :schema: SqlUserSpecPasswordPolicy#allowedFailedAttempts
        '''
        result = self._values.get("allowed_failed_attempts")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def enable_failed_attempts_check(self) -> typing.Optional[builtins.bool]:
        '''If true, the check that will lock user after too many failed login attempts will be enabled.

        :schema: SqlUserSpecPasswordPolicy#enableFailedAttemptsCheck
        '''
        result = self._values.get("enable_failed_attempts_check")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_password_verification(self) -> typing.Optional[builtins.bool]:
        '''If true, the user must specify the current password before changing the password.

        This flag is supported only for MySQL.

        :schema: SqlUserSpecPasswordPolicy#enablePasswordVerification
        '''
        result = self._values.get("enable_password_verification")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def password_expiration_duration(self) -> typing.Optional[builtins.str]:
        '''Password expiration duration with one week grace period.

        :schema: SqlUserSpecPasswordPolicy#passwordExpirationDuration
        '''
        result = self._values.get("password_expiration_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status(self) -> typing.Optional[typing.List["SqlUserSpecPasswordPolicyStatus"]]:
        '''
        :schema: SqlUserSpecPasswordPolicy#status
        '''
        result = self._values.get("status")
        return typing.cast(typing.Optional[typing.List["SqlUserSpecPasswordPolicyStatus"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlUserSpecPasswordPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlUserSpecPasswordPolicyStatus",
    jsii_struct_bases=[],
    name_mapping={
        "locked": "locked",
        "password_expiration_time": "passwordExpirationTime",
    },
)
class SqlUserSpecPasswordPolicyStatus:
    def __init__(
        self,
        *,
        locked: typing.Optional[builtins.bool] = None,
        password_expiration_time: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param locked: If true, user does not have login privileges.
        :param password_expiration_time: Password expiration duration with one week grace period.

        :schema: SqlUserSpecPasswordPolicyStatus
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c0cbd58cbc6e81b9ed0b1b097e6d820b5597da53397d222053834e005eed2550)
            check_type(argname="argument locked", value=locked, expected_type=type_hints["locked"])
            check_type(argname="argument password_expiration_time", value=password_expiration_time, expected_type=type_hints["password_expiration_time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if locked is not None:
            self._values["locked"] = locked
        if password_expiration_time is not None:
            self._values["password_expiration_time"] = password_expiration_time

    @builtins.property
    def locked(self) -> typing.Optional[builtins.bool]:
        '''If true, user does not have login privileges.

        :schema: SqlUserSpecPasswordPolicyStatus#locked
        '''
        result = self._values.get("locked")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def password_expiration_time(self) -> typing.Optional[builtins.str]:
        '''Password expiration duration with one week grace period.

        :schema: SqlUserSpecPasswordPolicyStatus#passwordExpirationTime
        '''
        result = self._values.get("password_expiration_time")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlUserSpecPasswordPolicyStatus(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlUserSpecPasswordValueFrom",
    jsii_struct_bases=[],
    name_mapping={"secret_key_ref": "secretKeyRef"},
)
class SqlUserSpecPasswordValueFrom:
    def __init__(
        self,
        *,
        secret_key_ref: typing.Optional[typing.Union["SqlUserSpecPasswordValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Source for the field's value.

        Cannot be used if 'value' is specified.

        :param secret_key_ref: Reference to a value with the given key in the given Secret in the resource's namespace.

        :schema: SqlUserSpecPasswordValueFrom
        '''
        if isinstance(secret_key_ref, dict):
            secret_key_ref = SqlUserSpecPasswordValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9ddc3cc51517a587fafa761d369fccdda5b25dc42e8f3bed582913a9f290f2f2)
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_key_ref is not None:
            self._values["secret_key_ref"] = secret_key_ref

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["SqlUserSpecPasswordValueFromSecretKeyRef"]:
        '''Reference to a value with the given key in the given Secret in the resource's namespace.

        :schema: SqlUserSpecPasswordValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["SqlUserSpecPasswordValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlUserSpecPasswordValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_sql_comgooglecloudcnrmsql.SqlUserSpecPasswordValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class SqlUserSpecPasswordValueFromSecretKeyRef:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''Reference to a value with the given key in the given Secret in the resource's namespace.

        :param key: Key that identifies the value to be extracted.
        :param name: Name of the Secret to extract a value from.

        :schema: SqlUserSpecPasswordValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cffd7581671b448c7a085e961948d3da11aa65831a4808a046731e73a49e16e3)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''Key that identifies the value to be extracted.

        :schema: SqlUserSpecPasswordValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the Secret to extract a value from.

        :schema: SqlUserSpecPasswordValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SqlUserSpecPasswordValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "SqlDatabase",
    "SqlDatabaseProps",
    "SqlDatabaseSpec",
    "SqlDatabaseSpecInstanceRef",
    "SqlInstance",
    "SqlInstanceProps",
    "SqlInstanceSpec",
    "SqlInstanceSpecCloneSource",
    "SqlInstanceSpecCloneSourceBinLogCoordinates",
    "SqlInstanceSpecCloneSourceSqlInstanceRef",
    "SqlInstanceSpecEncryptionKmsCryptoKeyRef",
    "SqlInstanceSpecMasterInstanceRef",
    "SqlInstanceSpecReplicaConfiguration",
    "SqlInstanceSpecReplicaConfigurationPassword",
    "SqlInstanceSpecReplicaConfigurationPasswordValueFrom",
    "SqlInstanceSpecReplicaConfigurationPasswordValueFromSecretKeyRef",
    "SqlInstanceSpecReplicationCluster",
    "SqlInstanceSpecReplicationClusterFailoverDrReplicaRef",
    "SqlInstanceSpecRootPassword",
    "SqlInstanceSpecRootPasswordValueFrom",
    "SqlInstanceSpecRootPasswordValueFromSecretKeyRef",
    "SqlInstanceSpecSettings",
    "SqlInstanceSpecSettingsActiveDirectoryConfig",
    "SqlInstanceSpecSettingsAdvancedMachineFeatures",
    "SqlInstanceSpecSettingsBackupConfiguration",
    "SqlInstanceSpecSettingsBackupConfigurationBackupRetentionSettings",
    "SqlInstanceSpecSettingsDataCacheConfig",
    "SqlInstanceSpecSettingsDatabaseFlags",
    "SqlInstanceSpecSettingsDenyMaintenancePeriod",
    "SqlInstanceSpecSettingsInsightsConfig",
    "SqlInstanceSpecSettingsIpConfiguration",
    "SqlInstanceSpecSettingsIpConfigurationAuthorizedNetworks",
    "SqlInstanceSpecSettingsIpConfigurationPrivateNetworkRef",
    "SqlInstanceSpecSettingsIpConfigurationPscConfig",
    "SqlInstanceSpecSettingsLocationPreference",
    "SqlInstanceSpecSettingsMaintenanceWindow",
    "SqlInstanceSpecSettingsPasswordValidationPolicy",
    "SqlInstanceSpecSettingsSqlServerAuditConfig",
    "SqlInstanceSpecSettingsSqlServerAuditConfigBucketRef",
    "SqlUser",
    "SqlUserProps",
    "SqlUserSpec",
    "SqlUserSpecInstanceRef",
    "SqlUserSpecPassword",
    "SqlUserSpecPasswordPolicy",
    "SqlUserSpecPasswordPolicyStatus",
    "SqlUserSpecPasswordValueFrom",
    "SqlUserSpecPasswordValueFromSecretKeyRef",
]

publication.publish()

def _typecheckingstub__c783bc04a957c202473704d6c10d42d8c5bb8b67575d6ef8c1c5b771175d6a56(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[SqlDatabaseSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78ccf327bdcb733d9d1e8127b6b4a93b556f4909eb8d710baad30c242c12e33a(
    *,
    spec: typing.Union[SqlDatabaseSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fa32373aebffffe093d839047662cca05ec490cd3d19b936706e35116b251317(
    *,
    instance_ref: typing.Union[SqlDatabaseSpecInstanceRef, typing.Dict[builtins.str, typing.Any]],
    charset: typing.Optional[builtins.str] = None,
    collation: typing.Optional[builtins.str] = None,
    deletion_policy: typing.Optional[builtins.str] = None,
    resource_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9595d7b7655a6e06cc47f958f05df3f56b1f926055540d2bb0a3ac296e1f3a7d(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e4fb6859225b01428f004132447c3cb2ee6b2f7a01ab93a18703421b3fdf1d9(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[SqlInstanceSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b681fae95b1412a85bb74b5cd97accf97efd2f0e588c4c8ebadfa9c9b6f0706(
    *,
    spec: typing.Union[SqlInstanceSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7f93ddea534c1c5f872e7c564192861eb1ffe32007b0bd87125b3b009dd979b(
    *,
    settings: typing.Union[SqlInstanceSpecSettings, typing.Dict[builtins.str, typing.Any]],
    clone_source: typing.Optional[typing.Union[SqlInstanceSpecCloneSource, typing.Dict[builtins.str, typing.Any]]] = None,
    database_version: typing.Optional[builtins.str] = None,
    encryption_kms_crypto_key_ref: typing.Optional[typing.Union[SqlInstanceSpecEncryptionKmsCryptoKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    instance_type: typing.Optional[builtins.str] = None,
    maintenance_version: typing.Optional[builtins.str] = None,
    master_instance_ref: typing.Optional[typing.Union[SqlInstanceSpecMasterInstanceRef, typing.Dict[builtins.str, typing.Any]]] = None,
    region: typing.Optional[builtins.str] = None,
    replica_configuration: typing.Optional[typing.Union[SqlInstanceSpecReplicaConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    replication_cluster: typing.Optional[typing.Union[SqlInstanceSpecReplicationCluster, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_id: typing.Optional[builtins.str] = None,
    root_password: typing.Optional[typing.Union[SqlInstanceSpecRootPassword, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__179c508ee51ae4b970e3b5975be0b08a85517479f4d057d2aa28aa707ab1bb7e(
    *,
    bin_log_coordinates: typing.Optional[typing.Union[SqlInstanceSpecCloneSourceBinLogCoordinates, typing.Dict[builtins.str, typing.Any]]] = None,
    database_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    point_in_time: typing.Optional[builtins.str] = None,
    sql_instance_ref: typing.Optional[typing.Union[SqlInstanceSpecCloneSourceSqlInstanceRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8085808f21a0fa2aec3732ac414eb1c61fdc3e283db4af4db68bb2c54133ff02(
    *,
    bin_log_file_name: typing.Optional[builtins.str] = None,
    bin_log_position: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86673e7e6b310de665ac07e9140e87b07ca545e49f472fdcfc59ff51f205929e(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce723b4b4b094028c6c86372f0a9902bdbd95cfb83031a69440749e0e0bdf256(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__baf99261125bbfebb968ce1a1ce05c5eae07a14529ff38da9807b093008664c5(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__24ec4be413f54abba548dd3f7bd15b6ee125ccde1bfef3db9eb29bf144c5b334(
    *,
    ca_certificate: typing.Optional[builtins.str] = None,
    client_certificate: typing.Optional[builtins.str] = None,
    client_key: typing.Optional[builtins.str] = None,
    connect_retry_interval: typing.Optional[jsii.Number] = None,
    dump_file_path: typing.Optional[builtins.str] = None,
    failover_target: typing.Optional[builtins.bool] = None,
    master_heartbeat_period: typing.Optional[jsii.Number] = None,
    password: typing.Optional[typing.Union[SqlInstanceSpecReplicaConfigurationPassword, typing.Dict[builtins.str, typing.Any]]] = None,
    ssl_cipher: typing.Optional[builtins.str] = None,
    username: typing.Optional[builtins.str] = None,
    verify_server_certificate: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4852a6e5b6ad457cb1dd50b483b77cad609244aac8d1a2b322e2926d9b852e0(
    *,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[SqlInstanceSpecReplicaConfigurationPasswordValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__abc53a2bf6817433a51c2831a9dcda38834d6548b0549264d2161255db9938c4(
    *,
    secret_key_ref: typing.Optional[typing.Union[SqlInstanceSpecReplicaConfigurationPasswordValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84f63eff01e428e8701cef582d34cd910153140d281755afc9ad2638511eeb48(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0ab5a2254428bdae1a4be824dd0c8b20354316ec7963c0e30ac9c1f3f441d48(
    *,
    failover_dr_replica_ref: typing.Optional[typing.Union[SqlInstanceSpecReplicationClusterFailoverDrReplicaRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1cb256ee817e62a6b0b5cc76efbd4b035eaa54a7b3820180c73aee43ce1e6eb(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0acde8d59b4f5b91f9721bd70f6d0eae7b4f43fda0ccb32f7b05f79653b8f9f5(
    *,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[SqlInstanceSpecRootPasswordValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__69a9324426cfad1f18dd028f2175c411d62948029cc6a010880ce180279d6575(
    *,
    secret_key_ref: typing.Optional[typing.Union[SqlInstanceSpecRootPasswordValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7bb1f3b271d6ecbe982551e01f4a801e1a8d7da7a3cd27ed85b3f97cbcd4e93(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5da7a66d442d3a5bb87f4b6d64335ec2556feecdfb97cd79eb0fe32f1826b318(
    *,
    tier: builtins.str,
    activation_policy: typing.Optional[builtins.str] = None,
    active_directory_config: typing.Optional[typing.Union[SqlInstanceSpecSettingsActiveDirectoryConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    advanced_machine_features: typing.Optional[typing.Union[SqlInstanceSpecSettingsAdvancedMachineFeatures, typing.Dict[builtins.str, typing.Any]]] = None,
    authorized_gae_applications: typing.Optional[typing.Sequence[builtins.str]] = None,
    availability_type: typing.Optional[builtins.str] = None,
    backup_configuration: typing.Optional[typing.Union[SqlInstanceSpecSettingsBackupConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    collation: typing.Optional[builtins.str] = None,
    connector_enforcement: typing.Optional[builtins.str] = None,
    crash_safe_replication: typing.Optional[builtins.bool] = None,
    database_flags: typing.Optional[typing.Sequence[typing.Union[SqlInstanceSpecSettingsDatabaseFlags, typing.Dict[builtins.str, typing.Any]]]] = None,
    data_cache_config: typing.Optional[typing.Union[SqlInstanceSpecSettingsDataCacheConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    deletion_protection_enabled: typing.Optional[builtins.bool] = None,
    deny_maintenance_period: typing.Optional[typing.Union[SqlInstanceSpecSettingsDenyMaintenancePeriod, typing.Dict[builtins.str, typing.Any]]] = None,
    disk_autoresize: typing.Optional[builtins.bool] = None,
    disk_autoresize_limit: typing.Optional[jsii.Number] = None,
    disk_size: typing.Optional[jsii.Number] = None,
    disk_type: typing.Optional[builtins.str] = None,
    edition: typing.Optional[builtins.str] = None,
    insights_config: typing.Optional[typing.Union[SqlInstanceSpecSettingsInsightsConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    ip_configuration: typing.Optional[typing.Union[SqlInstanceSpecSettingsIpConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    location_preference: typing.Optional[typing.Union[SqlInstanceSpecSettingsLocationPreference, typing.Dict[builtins.str, typing.Any]]] = None,
    maintenance_window: typing.Optional[typing.Union[SqlInstanceSpecSettingsMaintenanceWindow, typing.Dict[builtins.str, typing.Any]]] = None,
    password_validation_policy: typing.Optional[typing.Union[SqlInstanceSpecSettingsPasswordValidationPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    pricing_plan: typing.Optional[builtins.str] = None,
    replication_type: typing.Optional[builtins.str] = None,
    sql_server_audit_config: typing.Optional[typing.Union[SqlInstanceSpecSettingsSqlServerAuditConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    time_zone: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37260f56c5604c5aa1d53230143baf1ba93f0e907b3a9011f7cc1c1f40c0eb1b(
    *,
    domain: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e42d95807f31f0ba5fb2b7dea6ed45907ef237af2d9579e07a8fd4c20240c9ae(
    *,
    threads_per_core: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac6f55c18d5406e8b8c7740bfa0d7b9144312698b9094a7bffc94b30c00f39b3(
    *,
    backup_retention_settings: typing.Optional[typing.Union[SqlInstanceSpecSettingsBackupConfigurationBackupRetentionSettings, typing.Dict[builtins.str, typing.Any]]] = None,
    binary_log_enabled: typing.Optional[builtins.bool] = None,
    enabled: typing.Optional[builtins.bool] = None,
    location: typing.Optional[builtins.str] = None,
    point_in_time_recovery_enabled: typing.Optional[builtins.bool] = None,
    start_time: typing.Optional[builtins.str] = None,
    transaction_log_retention_days: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5a2c63c4f2492fd6afbfa53cac6551aa6fd74500fcc3376e97b26b240fe0f683(
    *,
    retained_backups: jsii.Number,
    retention_unit: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6dfb1ab9b3c8ad0562f549578ea1bfeebd7516667619fcaccfb9b7db034b7d8(
    *,
    data_cache_enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f340343c1547af70cb376caa904fc2094f839dadb40276b834c6286f419bce2(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8188fd1b4412022aab98250cd125760002b47a824bbf7899de9f8e97168f088a(
    *,
    end_date: builtins.str,
    start_date: builtins.str,
    time: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f1c55b35ac59be2174e5c8337dceb946b3e5f6dcc3cc5607e7ae6ab5d21c535b(
    *,
    query_insights_enabled: typing.Optional[builtins.bool] = None,
    query_plans_per_minute: typing.Optional[jsii.Number] = None,
    query_string_length: typing.Optional[jsii.Number] = None,
    record_application_tags: typing.Optional[builtins.bool] = None,
    record_client_address: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3eb2c6d7e57f9980e19eb0eb0db7cffe179299bb732d663848b91dc6ac4e45b0(
    *,
    allocated_ip_range: typing.Optional[builtins.str] = None,
    authorized_networks: typing.Optional[typing.Sequence[typing.Union[SqlInstanceSpecSettingsIpConfigurationAuthorizedNetworks, typing.Dict[builtins.str, typing.Any]]]] = None,
    enable_private_path_for_google_cloud_services: typing.Optional[builtins.bool] = None,
    ipv4_enabled: typing.Optional[builtins.bool] = None,
    private_network_ref: typing.Optional[typing.Union[SqlInstanceSpecSettingsIpConfigurationPrivateNetworkRef, typing.Dict[builtins.str, typing.Any]]] = None,
    psc_config: typing.Optional[typing.Sequence[typing.Union[SqlInstanceSpecSettingsIpConfigurationPscConfig, typing.Dict[builtins.str, typing.Any]]]] = None,
    require_ssl: typing.Optional[builtins.bool] = None,
    ssl_mode: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e0946455faa9e1937a14461299789cb693cbbdfee3ca1b86a278d1d90d390a2e(
    *,
    value: builtins.str,
    expiration_time: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6111bdfa97e98663a588ca2e42fa746852c51587f38d0e0ef874348378478dc9(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ca0e1ddd2beeeb602eb0d9c7627d8b9673279592d9a5e8be7457c0227b8d26e(
    *,
    allowed_consumer_projects: typing.Optional[typing.Sequence[builtins.str]] = None,
    psc_enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a95df3a8389a7849cb7648bb69bf4c964d6c301b1713ba41c680997d0e308126(
    *,
    follow_gae_application: typing.Optional[builtins.str] = None,
    secondary_zone: typing.Optional[builtins.str] = None,
    zone: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37df12241ea25a9ed690607b322be291813ec5f2c72e3fe2daa58abd70644d19(
    *,
    day: typing.Optional[jsii.Number] = None,
    hour: typing.Optional[jsii.Number] = None,
    update_track: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33833f4a81435a04de4bec8345b72009fba833760d433b342b639a6f7d0fb3c1(
    *,
    enable_password_policy: builtins.bool,
    complexity: typing.Optional[builtins.str] = None,
    disallow_username_substring: typing.Optional[builtins.bool] = None,
    min_length: typing.Optional[jsii.Number] = None,
    password_change_interval: typing.Optional[builtins.str] = None,
    reuse_interval: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ef0d82322093733207b47d0a4e6b3704da4199e636c705d513f4c5994f2e9e2(
    *,
    bucket_ref: typing.Optional[typing.Union[SqlInstanceSpecSettingsSqlServerAuditConfigBucketRef, typing.Dict[builtins.str, typing.Any]]] = None,
    retention_interval: typing.Optional[builtins.str] = None,
    upload_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1c06e3e7fe312c1abbfb5ba8aa63401b5a40f1568148e82368f9297aa6907a8(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3702609208c26095dd3ed3441faaee4ff963e387366ab77905e93891717ed752(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[SqlUserSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b710500483b4ab53d9dc8955385e22099937b524285de8e6a14180d7ffcb1327(
    *,
    spec: typing.Union[SqlUserSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__013e8ad1a27703ebdad4a140204abdab9b79a9bfc2b3c3e4712929bd7b7e2cae(
    *,
    instance_ref: typing.Union[SqlUserSpecInstanceRef, typing.Dict[builtins.str, typing.Any]],
    host: typing.Optional[builtins.str] = None,
    password: typing.Optional[typing.Union[SqlUserSpecPassword, typing.Dict[builtins.str, typing.Any]]] = None,
    password_policy: typing.Optional[typing.Union[SqlUserSpecPasswordPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_id: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a415099146d032005c2e71ff2971307e2507aa7f97b473073ca9f202f031fc88(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b7be99a99a83a4f41353f95ee2b8bbeb7d6a94bc5e209953c146b61d9f831365(
    *,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[SqlUserSpecPasswordValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85c1247c7b2c7e12022006d83fb1b51d8488a997772c39318b144892f09cbb19(
    *,
    allowed_failed_attempts: typing.Optional[jsii.Number] = None,
    enable_failed_attempts_check: typing.Optional[builtins.bool] = None,
    enable_password_verification: typing.Optional[builtins.bool] = None,
    password_expiration_duration: typing.Optional[builtins.str] = None,
    status: typing.Optional[typing.Sequence[typing.Union[SqlUserSpecPasswordPolicyStatus, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0cbd58cbc6e81b9ed0b1b097e6d820b5597da53397d222053834e005eed2550(
    *,
    locked: typing.Optional[builtins.bool] = None,
    password_expiration_time: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ddc3cc51517a587fafa761d369fccdda5b25dc42e8f3bed582913a9f290f2f2(
    *,
    secret_key_ref: typing.Optional[typing.Union[SqlUserSpecPasswordValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cffd7581671b448c7a085e961948d3da11aa65831a4808a046731e73a49e16e3(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass
