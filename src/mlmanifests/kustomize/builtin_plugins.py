"""`transformers:` and `generators:` entries that configure kustomize's built-in plugins (apiVersion: builtin).

Each entry is a file, a directory built as a kustomization, or an inline YAML document; every object in
it names a built-in plugin by `kind` and carries that plugin's settings. Plugins of any other
apiVersion (exec, container or Starlark KRM functions) cannot run here and are reported as errors.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import transformers
from .errors import KustomizeError
from .fieldspecs import FieldSpec
from .generators import GeneratorInputs, make_configmap, make_secret
from .patches import (
    PatchSources,
    apply_json_patch,
    apply_patch_entry,
    apply_untargeted_strategic,
    parse_patch_text,
)
from .replacements import apply_replacements
from .resmap import ResMap, Selector
from .resource import Resource

_TRANSFORMER_KINDS = (
    "AnnotationsTransformer",
    "ImageTagTransformer",
    "LabelTransformer",
    "NamespaceTransformer",
    "PatchJson6902Transformer",
    "PatchStrategicMergeTransformer",
    "PatchTransformer",
    "PrefixSuffixTransformer",
    "PrefixTransformer",
    "SuffixTransformer",
    "ReplacementTransformer",
    "ReplicaCountTransformer",
)


def _specs(config: dict, kind: str, required: bool = False) -> list[FieldSpec]:
    raw = config.get("fieldSpecs")
    if raw is None and required:
        raise KustomizeError(f"{kind}: fieldSpecs is not expected to be nil")
    return [FieldSpec.from_dict(s) for s in raw or []]


def _strings(values: Any) -> dict[str, str]:
    return {str(k): "" if v is None else str(v) for k, v in (values or {}).items()}


def _check_builtin(config: dict, allowed: tuple[str, ...], field: str) -> str:
    api_version, kind = str(config.get("apiVersion") or ""), str(config.get("kind") or "")
    if api_version != "builtin" or kind not in allowed:
        raise KustomizeError(
            f"not possible offline: plugin {api_version}/{kind} is not one of kustomize's built-in plugins",
            field=field,
            obj=f"{kind}/{(config.get('metadata') or {}).get('name', '')}",
        )
    return kind


def run_transformer_config(resmap: ResMap, config: dict, sources: PatchSources, read_text: Callable) -> None:
    """Apply one built-in transformer configured by `config`."""
    kind = _check_builtin(config, _TRANSFORMER_KINDS, "transformers")
    if kind in ("PrefixSuffixTransformer", "PrefixTransformer", "SuffixTransformer"):
        specs = _specs(config, kind, required=True)
        if kind != "SuffixTransformer":
            transformers.apply_name_affix(resmap, str(config.get("prefix") or ""), specs, is_prefix=True)
        if kind != "PrefixTransformer":
            transformers.apply_name_affix(resmap, str(config.get("suffix") or ""), specs, is_prefix=False)
    elif kind == "LabelTransformer":
        transformers.apply_string_map(resmap, _strings(config.get("labels")), _specs(config, kind))
    elif kind == "AnnotationsTransformer":
        transformers.apply_string_map(resmap, _strings(config.get("annotations")), _specs(config, kind))
    elif kind == "NamespaceTransformer":
        mode = str(config.get("setRoleBindingSubjects") or "defaultOnly")
        if mode not in ("defaultOnly", "none", "allServiceAccounts"):
            raise KustomizeError(f"invalid value {mode!r} for setRoleBindingSubjects", field="transformers")
        transformers.apply_namespace(
            resmap,
            str((config.get("metadata") or {}).get("namespace") or ""),
            _specs(config, kind),
            unset_only=bool(config.get("unsetOnly")),
            role_binding_subjects=mode,
        )
    elif kind == "ImageTagTransformer":
        transformers.apply_image(resmap, config.get("imageTag") or {}, _specs(config, kind))
    elif kind == "ReplicaCountTransformer":
        transformers.apply_replicas(resmap, config.get("replica") or {}, _specs(config, kind))
    elif kind == "ReplacementTransformer":
        apply_replacements(resmap, config.get("replacements") or [], read_text)
    else:
        _run_patch_plugin(resmap, kind, config, sources)


def _run_patch_plugin(resmap: ResMap, kind: str, config: dict, sources: PatchSources) -> None:
    if kind == "PatchTransformer":
        text = str(config.get("patch") or "").strip() or sources.read_text(
            str(config.get("path") or ""), "transformers"
        )
        target = Selector.from_dict(config["target"]) if isinstance(config.get("target"), dict) else None
        parsed = parse_patch_text(text, f"[{kind} {config.get('metadata', {}).get('name', '')}]")
        apply_patch_entry(resmap, parsed, target, config.get("options") or {}, sources.schemas, "transformers")
    elif kind == "PatchStrategicMergeTransformer":
        texts = [sources.read_text(str(p), "transformers") for p in config.get("paths") or []]
        if config.get("patches"):
            texts.append(str(config["patches"]))
        for text in texts:
            parsed = parse_patch_text(text, f"[{kind}]")
            for patch in parsed.strategic or []:
                apply_untargeted_strategic(resmap, patch, sources.schemas, "transformers")
    else:  # PatchJson6902Transformer
        target = config.get("target") or {}
        text = str(config.get("jsonOp") or "") or sources.read_text(str(config.get("path") or ""), "transformers")
        parsed = parse_patch_text(text, f"[{kind}]")
        for resource in resmap.select(Selector.from_dict(target)):
            apply_json_patch(resource, parsed.operations or [], f"[{kind}]", "transformers")


def generate_from_config(config: dict, inputs: GeneratorInputs) -> Resource:
    """One built-in generator (ConfigMapGenerator, SecretGenerator, IAMPolicyGenerator) configured by `config`."""
    kind = _check_builtin(config, ("ConfigMapGenerator", "SecretGenerator", "IAMPolicyGenerator"), "generators")
    if kind == "IAMPolicyGenerator":
        return _gke_service_account(config)
    args = dict(config)
    metadata = config.get("metadata") or {}
    args["name"] = metadata.get("name")
    if metadata.get("namespace"):
        args["namespace"] = metadata["namespace"]
    maker = make_configmap if kind == "ConfigMapGenerator" else make_secret
    return maker(args, inputs, None, "generators")


def _gke_service_account(config: dict) -> Resource:
    """kustomize's IAMPolicyGenerator (api/filters/iampolicygenerator): a Workload Identity ServiceAccount on GKE."""
    cloud = str(config.get("cloud") or "")
    if cloud != "gke":
        raise KustomizeError(f"cloud provider {cloud} not supported yet", field="generators")
    service = config.get("kubernetesService") or {}
    account = config.get("serviceAccount") or {}
    if not isinstance(service, dict) or not isinstance(account, dict):
        raise KustomizeError("IAMPolicyGenerator: kubernetesService and serviceAccount must be maps", field="generators")
    email = f"{account.get('name') or ''}@{account.get('projectId') or ''}.iam.gserviceaccount.com"
    metadata: dict = {"annotations": {"iam.gke.io/gcp-service-account": email}, "name": str(service.get("name") or "")}
    if service.get("namespace"):
        metadata["namespace"] = str(service["namespace"])
    return Resource(obj={"apiVersion": "v1", "kind": "ServiceAccount", "metadata": metadata})
