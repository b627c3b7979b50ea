"""Where and how the CLI prints (colour, -q, -v), and the one-line texts of the errors it reports."""

from __future__ import annotations

import argparse
import errno
import os
from typing import TextIO


class BadInput(Exception):
    """Input the user must fix; the message says how."""


# ------------------------------------------------------------------------------------------------ output
class Output:
    """Where and how the CLI prints: colour, quiet and verbose resolved once from the options and NO_COLOR."""

    def __init__(self, args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> None:
        self.stdout, self.stderr = stdout, stderr
        self.quiet, self.verbose = args.quiet, args.verbose
        self._color = args.color

    def color(self, stream: TextIO) -> bool:
        """--color always/never decide; auto: a terminal, unless NO_COLOR is set to anything non-empty."""
        if self._color != "auto":
            return self._color == "always"
        return bool(getattr(stream, "isatty", lambda: False)()) and not os.environ.get("NO_COLOR")

    def info(self, text: str) -> None:
        """A progress or summary line (stdout); -q drops it."""
        if not self.quiet:
            print(text, file=self.stdout)

    def warn(self, text: str) -> None:
        if not self.quiet:
            print(f"warning: {text}", file=self.stderr)

    def error(self, text: str) -> None:
        print(f"error: {text}", file=self.stderr)


_OS_ERROR_FIXES = {
    errno.ENOSPC: "the file system is full: free space there and run again (dist/ was left as it was)",
    errno.EDQUOT: "the disk quota is used up: free space and run again (dist/ was left as it was)",
    errno.EROFS: "the file system is read-only: choose a writable `global.outputDir`",
    errno.EACCES: "permission denied: check the folder's permissions or choose another `global.outputDir`",
    errno.EPERM: "not permitted: check the folder's permissions or choose another `global.outputDir`",
    errno.ENAMETOOLONG: "a file name is too long for this file system: choose a shorter `global.outputDir`",
}


def _os_error_text(error: OSError) -> str:
    """One line: the path, what the system said, and what to do."""
    where = error.filename or "writing the output"
    fix = _OS_ERROR_FIXES.get(error.errno or 0)
    return f"{where}: {error.strerror or error}" + (f"; {fix}" if fix else "")
