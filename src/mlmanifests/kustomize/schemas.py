"""Which OpenAPI definitions strategic merge uses for a build: the built-in ones or a custom file."""

from __future__ import annotations

from dataclasses import dataclass

from .openapi_schema import SchemaDefinitions, SchemaNode, builtin_definitions


@dataclass
class SchemaRegistry:
    """The schema in force for one build; `custom` replaces the built-in definitions entirely."""

    custom: SchemaDefinitions | None = None

    def for_type(self, api_version: str, kind: str) -> SchemaNode | None:
        definitions = self.custom if self.custom is not None else builtin_definitions()
        return definitions.for_type(api_version, kind)
