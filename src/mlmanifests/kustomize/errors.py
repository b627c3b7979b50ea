"""The one error type the renderer raises: it names the kustomization file, the field and the object."""

from __future__ import annotations


class KustomizeError(Exception):
    """A build failure a user can act on: where it happened and what was wrong, on one line."""

    def __init__(self, message: str, *, file: str = "", field: str = "", obj: str = "") -> None:
        self.message = message
        self.file = file
        self.field = field
        self.obj = obj
        super().__init__(self.render())

    def render(self) -> str:
        where = []
        if self.file:
            where.append(self.file)
        if self.field:
            where.append(f"field '{self.field}'")
        if self.obj:
            where.append(f"object {self.obj}")
        prefix = ": ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message

    def located(self, *, file: str = "", field: str = "", obj: str = "") -> "KustomizeError":
        """The same error with missing location parts filled in (inner locations win)."""
        return KustomizeError(
            self.message,
            file=self.file or file,
            field=self.field or field,
            obj=self.obj or obj,
        )
