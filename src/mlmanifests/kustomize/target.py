"""Building one kustomization directory: accumulate resources, generate, transform, then finish at the top.

The order is kustomize's (api/internal/target/kusttarget.go): resources (files and sub-builds), the
level's configurations and CRDs, generators, components, then the built-in transformers in the order
patchesStrategicMerge, patches, namespace, namePrefix, nameSuffix, labels/commonLabels,
commonAnnotations, patchesJson6902, replicas, images, replacements. Only the top level then adds hash
suffixes, fixes name references, resolves vars and sorts.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from . import transformers
from .errors import KustomizeError
from .default_fieldspecs import default_config
from .fieldspecs import TransformerConfig, config_from_document
from .generators import GeneratorInputs, make_configmap, make_secret
from .loader import Kustomization, read_file_within, read_kustomization
from .openapi_schema import SchemaDefinitions, custom_definitions
from .origins import file_origin, join_path, plugin_origin, record_transformation
from .patches import PatchSources, run_legacy_json, run_legacy_strategic, run_patches
from .resmap import ResMap
from .resource import Resource
from .schemas import SchemaRegistry
from .yaml_read import load_documents, yaml_problem
from .strategic_merge import scalar_text

MAX_BASE_DEPTH = 2_000  # kustomization levels one build may nest (a chain of bases or components)

if TYPE_CHECKING:
    from .remote import RemoteSpec
    from .variables import VarDefinition

# Fields most trees leave out load their modules on first use: a short `render` process pays only for what it uses.


@dataclass
class Accumulation:
    """What a level hands to its parent: objects, transformer config and var definitions."""

    resmap: ResMap = field(default_factory=ResMap)
    config: TransformerConfig = field(default_factory=TransformerConfig)  # empty, as kustomize's accumulator
    vars: list[VarDefinition] = field(default_factory=list)

    def absorb(self, other: "Accumulation") -> None:
        self.resmap.append_all(other.resmap)
        self.config.merge(other.config)
        for var in other.vars:
            self.add_var(var)

    def add_var(self, var: VarDefinition) -> None:
        """kustomize's VarSet.Merge: a name seen twice is an error, even for the same definition (types/var.go)."""
        if any(existing.name == var.name for existing in self.vars):
            raise KustomizeError(f"var '{var.name}' already encountered", field="vars")
        self.vars.append(var)


@dataclass
class BuildContext:
    """State shared by every level of one build."""

    schemas: SchemaRegistry = field(default_factory=SchemaRegistry)
    warnings: list[str] = field(default_factory=list)
    stack: list[Path] = field(default_factory=list)
    build_metadata: frozenset[str] | None = None  # the top kustomization's, for every level; None: no tracking

    @property
    def tracks_origins(self) -> bool:
        return bool(self.build_metadata)


class KustTarget:
    """One kustomization directory and the operations on it."""

    def __init__(
        self, directory: Path, context: BuildContext, origin_path: str = "", repo: tuple[str, str] = ("", "")
    ) -> None:
        self.directory = Path(os.path.normpath(directory))
        self.context = context
        self.kustomization: Kustomization = read_kustomization(self.directory)
        context.warnings.extend(self.kustomization.warnings)
        self.file = str(self.kustomization.file)
        if context.build_metadata is None:  # the top level: its buildMetadata holds for the whole build
            context.build_metadata = frozenset(str(o) for o in self.kustomization.list_of("buildMetadata"))
        self.origin_path = origin_path  # this folder relative to the top one (or its repository), for origins
        self.origin_repo, self.origin_ref = repo  # the remote repository and ref this folder came from
        self.configured_in = join_path(origin_path, self.kustomization.file.name)

    # --- helpers ----------------------------------------------------------------------------------
    def error(self, message: str, field_name: str = "", obj: str = "") -> KustomizeError:
        return KustomizeError(message, file=self.file, field=field_name, obj=obj)

    def read_file(self, relative: str, field_name: str) -> bytes:
        return read_file_within(self.directory, relative, self.kustomization.file, field_name)

    def read_text(self, relative: str, field_name: str) -> str:
        data = self.read_file(relative, field_name)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise self.error(f"file '{relative}' is not UTF-8 text", field_name) from None

    def load_openapi(self) -> None:
        openapi = self.kustomization.map_of("openapi")
        top = len(self.context.stack) == 1  # called inside accumulate, once this level is on the stack
        self._guarded("openapi", lambda: self.context.schemas.set_from(openapi, self._custom_schema, top=top))

    def _custom_schema(self, path: str) -> SchemaDefinitions:
        text = self.read_text(path, "openapi")
        try:
            document = load_documents(text)
        except yaml.YAMLError as problem:
            raise self.error(f"invalid schema file: {yaml_problem(problem)}", "openapi") from None
        return custom_definitions(document[0] if document else {})

    # --- accumulation -------------------------------------------------------------------------------
    def accumulate(self, accumulation: Accumulation | None = None) -> Accumulation:
        resolved = Path(os.path.realpath(self.directory))
        if resolved in self.context.stack:
            chain = " -> ".join(str(p) for p in self.context.stack + [resolved])
            raise self.error(f"cycle detected: {chain}", "resources")
        if len(self.context.stack) >= MAX_BASE_DEPTH:
            raise self.error(f"bases nest deeper than {MAX_BASE_DEPTH} levels", "resources")
        self.context.stack.append(resolved)
        try:
            return self._accumulate(accumulation or Accumulation())
        finally:
            self.context.stack.pop()

    def _accumulate(self, acc: Accumulation) -> Accumulation:
        k = self.kustomization
        self.load_openapi()
        for entry in k.list_of("resources") + k.list_of("bases"):
            self._accumulate_resource(acc, str(entry))
        # builtinconfig.MakeTransformerConfig: the defaults plus this level's files, then merged into the
        # accumulation (the order of these merges decides which field specs survive, as in kustomize).
        level_config = default_config()
        for path in k.list_of("configurations"):
            text = self.read_text(str(path), "configurations")
            try:
                documents = load_documents(text)
            except yaml.YAMLError as problem:
                raise self.error(f"malformed YAML in {path}: {yaml_problem(problem)}", "configurations") from None
            user_config = TransformerConfig()
            for document in documents:
                user_config.merge(config_from_document(document, self.file))
            level_config.merge(user_config)
        acc.config.merge(level_config)
        for path in k.list_of("crds"):
            acc.config.merge(self._crd_config(str(path)))
        self._run_generators(acc)
        for entry in k.list_of("components"):
            acc = self._accumulate_component(acc, str(entry))
        self._run_transformers(acc)
        if not k.list_of("vars"):
            return acc
        from .variables import parse_vars, record_var_targets

        definitions = parse_vars(k.list_of("vars"), self.file)
        self._guarded("vars", lambda: record_var_targets(acc.resmap, definitions))
        for var in definitions:
            acc.add_var(var)
        return acc

    def _accumulate_resource(self, acc: Accumulation, entry: str, field_name: str = "resources") -> None:
        path = self.directory / entry
        if path.is_file():
            self._guarded(field_name, lambda: acc.resmap.append_all(self._resources_from_file(entry, field_name)))
            return
        remote = None
        if not path.is_dir():
            path, remote = self._remote_folder(entry, field_name)
        child = self._child(path, field_name, entry, remote)
        if child.kustomization.kind == "Component":
            raise self.error(f"expected kind != 'Component' for path '{path}'", field_name)
        sub = child.accumulate()
        self._guarded(field_name, lambda: acc.absorb(sub))

    def _remote_folder(self, entry: str, field_name: str) -> tuple[Path, RemoteSpec]:
        """The local folder of a remote base (a git URL kustomize accepts), fetched into the cache."""
        from .remote import RemoteFetchError, fetch_remote, parse_remote  # git and its helpers: only when needed

        spec = parse_remote(entry)
        if spec is None:
            if field_name == "components":
                raise self.error(f"component '{entry}' must be a directory", field_name)
            raise self.error(f"'{entry}' must resolve to an existing file or directory", field_name)
        if spec.clone_url.lower().startswith(("http://", "https://")) and (
            spec.root_path or spec.clone_url
        ).lower().endswith((".yaml", ".yml", ".json")):
            raise self.error(
                f"remote file '{entry}' is not fetched: plain HTTP(S) file URLs are refused; point at a git "
                "repository (https://host/org/repo//folder?ref=TAG) or keep a copy of the file in the tree",
                field_name,
            )
        try:
            checkout = fetch_remote(spec.clone_url, spec.ref, timeout=spec.timeout, submodules=spec.submodules)
        except RemoteFetchError as problem:
            raise self.error(f"remote '{entry}': {problem}", field_name) from None
        folder = Path(os.path.normpath(checkout / spec.root_path))
        if not folder.is_dir():
            raise self.error(
                f"remote '{entry}': {spec.clone_url} has no folder '{spec.root_path}' at "
                f"{spec.ref or 'its default branch'}",
                field_name,
            )
        return folder, spec

    def _child(self, path: Path, field_name: str, entry: str, remote: RemoteSpec | None = None) -> "KustTarget":
        try:
            if remote is not None:
                return KustTarget(path, self.context, remote.root_path, (remote.clone_url, remote.ref or ""))
            return KustTarget(
                path, self.context, join_path(self.origin_path, entry), (self.origin_repo, self.origin_ref)
            )
        except KustomizeError as problem:
            if "unable to find one of" in problem.message:
                raise self.error(problem.message, field_name) from None
            raise

    def _accumulate_component(self, acc: Accumulation, entry: str) -> Accumulation:
        path = self.directory / entry
        remote = None
        if not path.is_dir():
            path, remote = self._remote_folder(entry, "components")
        child = self._child(path, "components", entry, remote)
        if child.kustomization.kind != "Component":
            raise self.error(
                f"expected kind 'Component' for path '{path}' but got '{child.kustomization.kind}'", "components"
            )
        return child.accumulate(acc)

    def _resources_from_file(self, entry: str, field_name: str = "resources") -> ResMap:
        text = self.read_text(entry, field_name)
        try:
            documents = load_documents(text)
        except yaml.YAMLError as problem:
            raise self.error(f"malformed YAML in '{entry}': {yaml_problem(problem)}", field_name) from None
        resmap = ResMap()
        for document in documents:
            if not isinstance(document, dict):
                raise self.error(f"'{entry}' holds a document that is not a map", field_name)
            for obj in _expand_lists(document):
                if not obj.get("kind"):
                    raise self.error(f"missing kind in object from '{entry}'", field_name, obj=str(obj.get("metadata")))
                metadata = obj.get("metadata")
                if not isinstance(metadata, dict) or not metadata.get("name"):
                    raise self.error(
                        f"missing metadata.name in object from '{entry}'", field_name, obj=str(obj["kind"])
                    )
                resource = Resource(obj=obj, source=str(self.directory / entry))
                if self.context.tracks_origins:
                    resource.origin = file_origin(
                        join_path(self.origin_path, entry), self.origin_repo, self.origin_ref
                    )
                try:
                    resmap.append(resource)
                except KustomizeError as problem:
                    raise problem.located(file=self.file, field=field_name) from None
        return resmap

    def _crd_config(self, path: str) -> TransformerConfig:
        """The field specs a `crds:` file declares (crd_config.py)."""
        text = self.read_text(path, "crds")
        try:
            documents = load_documents(text)
        except yaml.YAMLError as problem:
            raise self.error(f"unable to parse open API definition from '{path}': {yaml_problem(problem)}",
                             "crds") from None
        from .crd_config import config_from_crd_definitions

        return config_from_crd_definitions(documents[0] if documents else {})

    # --- generators -------------------------------------------------------------------------------
    def _run_generators(self, acc: Accumulation) -> None:
        k = self.kustomization
        inputs = GeneratorInputs(self.directory, self.read_file)
        global_options = k.map_of("generatorOptions") or None
        generated: list[tuple[Resource, str]] = []
        for args in k.list_of("configMapGenerator"):
            resource = self._generate(make_configmap, args, inputs, global_options, "configMapGenerator")
            resource.origin = self._builtin_origin("ConfigMapGenerator")
            generated.append((resource, "configMapGenerator"))
        for args in k.list_of("secretGenerator"):
            resource = self._generate(make_secret, args, inputs, global_options, "secretGenerator")
            resource.origin = self._builtin_origin("SecretGenerator")
            generated.append((resource, "secretGenerator"))
        for config, configured_in in self._plugin_configs("generators"):
            try:
                from .builtin_plugins import generate_from_config

                resource = generate_from_config(config, inputs)
            except KustomizeError as problem:
                raise problem.located(file=self.file, field="generators") from None
            resource.source = self.file
            resource.origin = self._plugin_origin(config, configured_in)
            generated.append((resource, "generators"))
        for resource, field_name in generated:
            self._absorb_generated(acc.resmap, resource, field_name)

    def _plugin_configs(self, field_name: str) -> list[tuple[dict, str]]:
        """The plugin configuration objects a `transformers:` or `generators:` field lists, each with the file
        that configures it (for buildMetadata: the kustomization file for inline ones)."""
        configs: list[tuple[dict, str]] = []
        from_files: list[tuple[dict, str]] = []  # kustomize runs the inline configs first, then the files
        for entry in self.kustomization.list_of(field_name):
            text = str(entry)
            if "\n" in text.strip() or text.lstrip().startswith(("apiVersion", "kind", "{")):
                try:
                    documents = load_documents(text)
                except yaml.YAMLError as problem:
                    raise self.error(f"malformed inline plugin config: {yaml_problem(problem)}", field_name) from None
                configs += [(d, self.configured_in) for d in documents if isinstance(d, dict)]
                continue
            holder = Accumulation()
            self._accumulate_resource(holder, text, field_name)
            from_files += [(r.obj, (r.origin or {}).get("path", "")) for r in holder.resmap]
        return configs + from_files

    # --- buildMetadata ----------------------------------------------------------------------------
    def _builtin_origin(self, kind: str) -> dict | None:
        if not self.context.tracks_origins:
            return None
        return plugin_origin(self.configured_in, "builtin", kind, repo=self.origin_repo, ref=self.origin_ref)

    def _plugin_origin(self, config: dict, configured_in: str) -> dict | None:
        if not self.context.tracks_origins:
            return None
        metadata = config.get("metadata") if isinstance(config.get("metadata"), dict) else {}
        return plugin_origin(
            configured_in,
            str(config.get("apiVersion") or ""),
            str(config.get("kind") or ""),
            str(metadata.get("name") or ""),
            str(metadata.get("namespace") or ""),
            repo=self.origin_repo,
            ref=self.origin_ref,
        )

    def _transformed(self, resmap: ResMap, kind: str, times: int = 1) -> None:
        """Record `times` runs of the built-in transformer `kind` on every object of this level."""
        origin = self._builtin_origin(kind)
        if origin is not None and times:
            record_transformation(list(resmap), origin, times)

    def _generate(self, maker: Any, args: dict, inputs: GeneratorInputs, options: Any, field_name: str) -> Resource:
        if not isinstance(args, dict):
            raise self.error("each generator entry must be a map", field_name)
        try:
            resource = maker(args, inputs, options, field_name)
        except KustomizeError as problem:
            raise problem.located(file=self.file, field=field_name, obj=str(args.get("name") or "")) from None
        resource.source = self.file
        return resource

    def _absorb_generated(self, resmap: ResMap, resource: Resource, field_name: str) -> None:
        matches = resmap.matching_any_id(resource.cur_id())
        if not matches:
            if resource.behavior in ("merge", "replace"):
                raise self.error(
                    f"{resource.describe()} does not exist in any base; cannot {resource.behavior} it "
                    f"(behavior: {resource.behavior})",
                    field_name,
                    obj=resource.describe(),
                )
            resmap.append(resource)
            return
        if len(matches) > 1:
            raise self.error(f"found multiple objects that could accept merge of {resource.describe()}", field_name)
        old = matches[0]
        if resource.behavior not in ("merge", "replace"):
            raise self.error(
                f"{resource.describe()} already exists; behavior must be merge or replace",
                field_name,
                obj=resource.describe(),
            )
        labels = dict(old.labels())
        labels.update(resource.labels())
        annotations = dict(old.annotations())
        annotations.update(resource.annotations())
        if resource.behavior == "merge":
            for data_field in ("data", "binaryData"):
                merged = dict(old.obj.get(data_field) or {})
                merged.update(resource.obj.get(data_field) or {})
                if merged:
                    resource.obj[data_field] = merged
                else:
                    resource.obj.pop(data_field, None)
        _set_or_drop(resource.metadata, "labels", labels)
        _set_or_drop(resource.metadata, "annotations", annotations)
        resource.name = old.name
        resource.namespace = old.namespace
        resource.needs_hash = old.needs_hash and resource.needs_hash
        resource.previous = list(old.previous)
        resource.prefixes = list(old.prefixes)
        resource.suffixes = list(old.suffixes)
        resource.var_names = list(old.var_names)
        resource.transformations = list(old.transformations) + resource.transformations
        if resource.behavior == "merge" and old.origin is not None:
            resource.origin = old.origin  # api/resmap/reswrangler.go appendReplaceOrMerge keeps it
        resmap.replace(old, resource)

    # --- transformers -----------------------------------------------------------------------------
    def _run_transformers(self, acc: Accumulation) -> None:
        k = self.kustomization
        resmap, config = acc.resmap, acc.config
        sources = PatchSources(self.read_text, self.context.schemas)
        self._guarded(
            "patchesStrategicMerge", lambda: run_legacy_strategic(resmap, k.list_of("patchesStrategicMerge"), sources)
        )
        self._transformed(resmap, "PatchStrategicMergeTransformer", int(bool(k.list_of("patchesStrategicMerge"))))
        self._guarded("patches", lambda: run_patches(resmap, k.list_of("patches"), sources))
        self._transformed(resmap, "PatchTransformer", len(k.list_of("patches")))
        namespace = str(k.get("namespace", "") or "")
        self._guarded("namespace", lambda: transformers.apply_namespace(resmap, namespace, config.namespace))
        self._transformed(resmap, "NamespaceTransformer", int(bool(namespace)))
        if k.get("namePrefix"):
            self._guarded(
                "namePrefix",
                lambda: transformers.apply_name_affix(
                    resmap, str(k.get("namePrefix")), config.name_prefix, is_prefix=True
                ),
            )
            self._transformed(resmap, "PrefixTransformer")
        if k.get("nameSuffix"):
            self._guarded(
                "nameSuffix",
                lambda: transformers.apply_name_affix(
                    resmap, str(k.get("nameSuffix")), config.name_suffix, is_prefix=False
                ),
            )
            self._transformed(resmap, "SuffixTransformer")
        self._guarded("labels", lambda: self._labels(resmap, config))
        common_labels = _string_values(k.map_of("commonLabels"))
        self._guarded(
            "commonLabels", lambda: transformers.apply_string_map(resmap, common_labels, config.common_labels)
        )
        label_entries = len(k.list_of("labels"))
        self._transformed(resmap, "LabelTransformer", label_entries + 1 if label_entries or common_labels else 0)
        annotations = _string_values(k.map_of("commonAnnotations"))
        self._guarded(
            "commonAnnotations", lambda: transformers.apply_string_map(resmap, annotations, config.common_annotations)
        )
        self._transformed(resmap, "AnnotationsTransformer", int(bool(annotations)))
        self._guarded("patchesJson6902", lambda: run_legacy_json(resmap, k.list_of("patchesJson6902"), sources))
        self._transformed(resmap, "PatchJson6902Transformer", len(k.list_of("patchesJson6902")))
        for replica in k.list_of("replicas"):
            self._guarded("replicas", lambda r=replica: transformers.apply_replicas(resmap, r, config.replicas))
            self._transformed(resmap, "ReplicaCountTransformer")
        for image in k.list_of("images") + k.list_of("imageTags"):
            self._guarded("images", lambda i=image: transformers.apply_image(resmap, i, config.images))
            self._transformed(resmap, "ImageTagTransformer")
        replacements = k.list_of("replacements")
        if replacements:
            from .replacements import apply_replacements

            self._guarded("replacements", lambda: apply_replacements(resmap, replacements, self.read_text))
            self._transformed(resmap, "ReplacementTransformer")
        for config, configured_in in self._plugin_configs("transformers"):
            from .builtin_plugins import run_transformer_config

            self._guarded("transformers", lambda c=config: run_transformer_config(resmap, c, sources, self.read_text))
            origin = self._plugin_origin(config, configured_in)
            if origin is not None:
                record_transformation(list(resmap), origin)

    def _guarded(self, field_name: str, action: Any) -> None:
        try:
            action()
        except KustomizeError as problem:
            raise problem.located(file=self.file, field=field_name) from None

    def _labels(self, resmap: ResMap, config: TransformerConfig) -> None:
        k = self.kustomization
        common = k.map_of("commonLabels")
        for entry in k.list_of("labels"):
            pairs = _string_values(entry.get("pairs") or {})
            for key in pairs:
                if key in common:
                    raise self.error(f"label name '{key}' exists in both commonLabels and labels", "labels")
            transformers.apply_string_map(resmap, pairs, transformers.label_specs_for(entry, config))


def _expand_lists(document: dict) -> list[dict]:
    kind = document.get("kind")
    if isinstance(kind, str) and kind.endswith("List") and isinstance(document.get("items"), list):
        return [item for item in document["items"] if isinstance(item, dict)]
    return [document]


def _string_values(values: dict) -> dict[str, str]:
    return {str(k): scalar_text(v) for k, v in values.items()}


def _set_or_drop(metadata: dict, key: str, values: dict) -> None:
    if values:
        metadata[key] = values
    else:
        metadata.pop(key, None)
