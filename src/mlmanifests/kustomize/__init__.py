"""A kustomize-compatible `kustomize build` in pure Python (kustomize v5.8 semantics, offline).

    objects = build("path/to/overlay")      # list of plain dicts, in kustomize's order
    text = to_yaml(objects)                 # byte-for-byte what `kubectl kustomize` prints

Supported: resources (files, directories, nested bases, `bases`), components, namespace, namePrefix and
nameSuffix with kustomize's name-reference table, commonLabels / labels (includeSelectors,
includeTemplates, fields) / commonAnnotations, images, replicas, configMapGenerator and secretGenerator
(literals, files, envs, behavior, options, generatorOptions, kustomize's hash suffix), patches
(strategic merge with merge keys from OpenAPI, JSON 6902, targets), patchesStrategicMerge,
patchesJson6902, configurations, crds, vars, replacements, openapi (built-in version or custom schema),
sortOptions, buildMetadata, remote bases and components (git URLs, remote.py), and `transformers:` /
`generators:` entries that configure kustomize's built-in plugins (apiVersion: builtin, IAMPolicyGenerator
included). Reported as errors: helmCharts, exec/container/KRM-function plugins and validators (not possible
in-process), plain HTTP(S) file URLs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from .build import build_tree
from .emit import to_yaml
from .errors import KustomizeError
from mlmanifests.exit_codes import EXIT_BAD_INPUT, EXIT_OK

__all__ = ["KustomizeError", "build", "render_command", "to_yaml"]


def build(path: str | Path) -> list[dict]:
    """The objects `kustomize build path` would print, in the same order."""
    return build_tree(path).objects


def render_command(path: str, stdout: TextIO, stderr: TextIO) -> int:
    """`render DIR`: the build on stdout, kustomize's deprecation warnings on stderr; 0, or 2 on bad input."""
    try:
        result = build_tree(path)
        text = to_yaml(result.objects)
    except KustomizeError as problem:
        stderr.write(f"Error: {problem}\n")
        return EXIT_BAD_INPUT
    except OSError as problem:
        stderr.write(f"Error: {path}: {problem.strerror or problem}: {problem.filename or ''}\n")
        return EXIT_BAD_INPUT
    except (TypeError, AttributeError, ValueError, RecursionError) as problem:
        # Input of a shape the renderer did not foresee; one line, never a traceback.
        stderr.write(f"Error: {path}: cannot render this input ({type(problem).__name__}: {problem})\n")
        return EXIT_BAD_INPUT
    for warning in result.warnings:
        stderr.write(warning + "\n")
    _write_utf8(stdout, text)
    return EXIT_OK


def _write_utf8(stream: TextIO, text: str) -> None:
    """kustomize prints UTF-8 whatever the locale; a text stream with a byte buffer gets the bytes directly."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(text)
        return
    stream.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()
