"""Which OpenAPI definitions strategic merge uses for a build: the built-in ones or a custom file.

Like kyaml's openapi.SetSchema (kyaml/openapi/openapi.go), the first kustomization that sets a schema wins: the
top one always goes first, then each base or component only while nothing is set yet. `version` must name
the one built-in version (v1.21.2 in kustomize v5.8.1; kubectl's definitions stand in for it here), and
`version` with `path` is an error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .errors import KustomizeError
from .openapi_schema import SchemaDefinitions, SchemaNode, builtin_definitions

BUILTIN_OPENAPI_VERSIONS = ("v1.21.2",)


@dataclass
class SchemaRegistry:
    """The schema in force for one build; `custom` replaces the built-in definitions entirely."""

    custom: SchemaDefinitions | None = None
    version: str = ""

    @property
    def is_set(self) -> bool:
        return bool(self.version) or self.custom is not None

    def set_from(self, openapi: dict, load_custom: Callable[[str], SchemaDefinitions], *, top: bool) -> None:
        """Apply one kustomization's `openapi:` field (kyaml's SetSchema; `top` is its reset flag)."""
        if self.is_set and not top:
            return
        if "path" in openapi:
            if "version" in openapi:
                raise KustomizeError("builtin version and custom schema provided, cannot use both", field="openapi")
            self.custom = load_custom(str(openapi["path"]))
            self.version = "custom"
            return
        version = str(openapi.get("version") or "")
        self.version = version
        if not version:
            return
        if version not in BUILTIN_OPENAPI_VERSIONS:
            raise KustomizeError(
                f"the specified OpenAPI version is not built in: '{version}' (kustomize has "
                f"{', '.join(BUILTIN_OPENAPI_VERSIONS)}; or give a schema file with 'path')",
                field="openapi",
            )
        self.custom = None

    def for_type(self, api_version: str, kind: str) -> SchemaNode | None:
        definitions = self.custom if self.custom is not None else builtin_definitions()
        return definitions.for_type(api_version, kind)
