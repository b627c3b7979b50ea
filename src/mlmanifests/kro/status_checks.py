"""The instance status of a kro graph, as kro's builder checks it (pkg/graph/builder.go `buildStatusSchema`,
`extractConditionExpressions`, conditions.go at v0.9.3): every field an expression that reads a resource or
`schema` and type-checks against the instance without status; `conditions` a list of runtime.newCondition(...).

`StatusChecks` is a part of the graph check (`graph._GraphCheck`): it reads its findings, resolution and
environment.
"""

from __future__ import annotations

from typing import Any, Iterator

from mlmanifests.checks import cel_library
from mlmanifests.checks.findings import join_path
from mlmanifests.kro.cel import Reference, find_expressions, standalone, string_template

RUNTIME_VARIABLE = "runtime"


class StatusChecks:
    def _status(self, ids: set[str]) -> None:
        """The instance status (builder.go `buildStatusSchema`): every field an expression that reads a resource or
        schema and type-checks against `schema` without status; `conditions` a list of runtime.newCondition(...)."""
        status = self.schema_block.get("status") or {}
        if not isinstance(status, dict):
            return
        for path, value in _leaves(status, ("spec", "schema", "status")):
            where = join_path(*path)
            if path[3:4] == ("conditions",):
                continue
            found = find_expressions(value) if isinstance(value, str) else []
            if not found:
                self.finding("kro-status", where, f"status fields without expressions are not supported: {where[len('spec.schema.'):]}",
                             "make the field a ${...} expression over a resource or schema, or remove it")
                continue
            references: list[Reference] = []
            for embedded in found:
                references += self._resolve(where, embedded.text, None, ids, reads=self.other_reads) or []
            if where in self.unresolved or self._has_unknown_root(references, ids, frozenset()):
                continue
            if not references:
                self.finding("kro-status", where, f"instance status field must refer to a resource or schema: {where[len('spec.schema.'):]}",
                             "a constant belongs in the schema's defaults, not in status")
                continue
            if self.typed:
                text = found[0].text if standalone(value, found) else string_template(value, found)
                _, problem = (self.environment.check(text) if standalone(value, found)
                              else self.environment.check_template(value, found))
                if problem:
                    self._checker_finding(where, f"failed to type-check status expression {text!r} at path "
                                          f"{where[len('spec.schema.'):]!r}: {problem}", problem)
        conditions = status.get("conditions")
        if conditions is not None:
            self._conditions(conditions, ids)

    def _conditions(self, conditions: Any, ids: set[str]) -> None:
        where = "spec.schema.status.conditions"
        if not isinstance(conditions, list):
            self.finding("kro-status", where, f"status.conditions must be a list, got {type(conditions).__name__}")
            return
        for index, entry in enumerate(conditions):
            at = f"{where}[{index}]"
            found = find_expressions(entry) if isinstance(entry, str) else []
            if not found or not standalone(entry, found):
                self.finding("kro-status", at, f"status.conditions[{index}] must be a CEL expression string")
                continue
            references = self._resolve(at, found[0].text, None, ids, bound=frozenset({RUNTIME_VARIABLE}), reads=self.other_reads)
            if references is None or self._has_unknown_root(references, ids, frozenset({RUNTIME_VARIABLE})) or not self.typed:
                continue
            result, problem = self.environment.check(found[0].text, runtime=True)
            if problem:
                self._checker_finding(at, f"failed to type-check condition {found[0].text!r}: {problem}", problem)
                continue
            element = result.params[0] if result.kind == "list" else result
            if element.kind not in (cel_library.CONDITION_TYPE, "dyn"):
                self.finding("kro-status", at, f"condition expressions must return runtime.newCondition(...) or a list of them, got {str(result)!r}")



def _leaves(value: Any, path: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """(path, value) of every non-container leaf."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, str(key)))
    elif isinstance(value, list) and path[3:4] != ("conditions",):
        for index, item in enumerate(value):
            yield from _leaves(item, (*path, index))
    else:
        yield path, value
