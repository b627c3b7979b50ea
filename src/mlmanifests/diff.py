"""`mlmanifests diff`: what a synth would change in dist/, object by object, as unified diffs."""

from __future__ import annotations

import difflib
from collections import Counter
from pathlib import Path, PurePosixPath
from typing import TextIO

from .output_lock import locked_output
from .writer import OutputTree, changes_between, read_tree

_COLORS = {"+": "\033[32m", "-": "\033[31m", "@": "\033[36m"}
_RESET = "\033[0m"


def _colored(line: str, color: bool) -> str:
    code = _COLORS.get(line[:1]) if color and not line.startswith(("+++", "---")) else None
    return f"{code}{line}{_RESET}" if code else line


def print_diff(tree: OutputTree, out_dir: Path, roots: list[PurePosixPath] | None, *, stdout: TextIO, color: bool) -> bool:
    """Print a unified diff per changed file, then counts of added/changed/removed objects; True if anything differs."""
    with locked_output(out_dir, shared=True):
        current = read_tree(out_dir, roots)
    changes = changes_between(current, tree)
    counts: Counter[str] = Counter()
    for change in changes:
        before = current.get(change.path, b"").decode(errors="replace").splitlines(keepends=True)
        after = tree.get(change.path, b"").decode(errors="replace").splitlines(keepends=True)
        old_name = f"a/{change.path}" if change.change != "added" else "/dev/null"
        new_name = f"b/{change.path}" if change.change != "removed" else "/dev/null"
        for line in difflib.unified_diff(before, after, old_name, new_name):
            stdout.write(_colored(line.rstrip("\n"), color) + "\n")
        if change.path.suffix in (".yaml", ".yml", ".json"):
            counts[change.change] += 1
    summary = f"{counts['added']} added, {counts['changed']} changed, {counts['removed']} removed objects"
    stdout.write(("" if changes else f"{out_dir}/ is up to date; ") + summary + "\n")
    return bool(changes)
