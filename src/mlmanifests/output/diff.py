"""`mlmanifests diff`: what a synth would change in dist/, object by object, as unified diffs."""

from __future__ import annotations

import difflib
from collections import Counter
from pathlib import Path, PurePosixPath
from typing import TextIO

from .dir_lock import locked_output
from .writer import OutputTree, changes_between, read_tree

_COLORS = {"+": "\033[32m", "-": "\033[31m", "@": "\033[36m"}
_RESET = "\033[0m"


def _colored(line: str, color: bool) -> str:
    code = _COLORS.get(line[:1]) if color and not line.startswith(("+++", "---")) else None
    return f"{code}{line}{_RESET}" if code else line


def _file_diffs(tree: OutputTree, out_dir: Path, roots: list[PurePosixPath] | None):
    """(change, unified diff lines) per file `tree` changes under `out_dir` (read under the output's shared lock)."""
    with locked_output(out_dir, shared=True):
        current = read_tree(out_dir, roots)
    for change in changes_between(current, tree):
        before = current.get(change.path, b"").decode(errors="replace").splitlines(keepends=True)
        after = tree.get(change.path, b"").decode(errors="replace").splitlines(keepends=True)
        old_name = f"a/{change.path}" if change.change != "added" else "/dev/null"
        new_name = f"b/{change.path}" if change.change != "removed" else "/dev/null"
        yield change, [line.rstrip("\n") for line in difflib.unified_diff(before, after, old_name, new_name)]


def _is_object(path: PurePosixPath) -> bool:
    return path.suffix in (".yaml", ".yml", ".json")


def print_diff(tree: OutputTree, out_dir: Path, roots: list[PurePosixPath] | None, *, stdout: TextIO, color: bool) -> bool:
    """Print a unified diff per changed file, then counts of added/changed/removed objects; True if anything differs."""
    counts: Counter[str] = Counter()
    differs = False
    for change, lines in _file_diffs(tree, out_dir, roots):
        differs = True
        for line in lines:
            stdout.write(_colored(line, color) + "\n")
        if _is_object(change.path):
            counts[change.change] += 1
    summary = f"{counts['added']} added, {counts['changed']} changed, {counts['removed']} removed objects"
    stdout.write(("" if differs else f"{out_dir}/ is up to date; ") + summary + "\n")
    return differs


def diff_documents(tree: OutputTree, out_dir: Path, roots: list[PurePosixPath] | None) -> list[dict]:
    """The same comparison as data: one entry per changed file, with its unified diff (for `diff --format json`)."""
    return [
        {"change": change.change, "path": str(out_dir / change.path), "object": _is_object(change.path), "diff": "\n".join(lines) + "\n"}
        for change, lines in _file_diffs(tree, out_dir, roots)
    ]
