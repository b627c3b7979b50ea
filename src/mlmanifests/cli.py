"""Command line: `mlmanifests synth | diff | list | schema | config | render | validate | graph | completion`.

The only place that prints a run's outcome and picks the exit code:
0 success; 1 checks failed; 2 bad input (config, arguments, missing runtime, an output dir that is not ours, a file
system error, a broken target plugin); 3 an internal error (a bug: rerun with --debug and report the traceback);
4 differs: `diff` found changes, `synth --check` found dist/ stale.

Global options (`--debug`, `--color`, `-q`, `-v`) are accepted before or after the command. This module imports
only the standard library and argparse helpers at start: `--help`, `--version` and `list` do not load cdk8s.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
import traceback
import warnings
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Callable, TextIO

if TYPE_CHECKING:
    from .config import ConfigBase
    from .pipeline import Run

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_DIFFERS = 0, 1, 2, 3, 4


class BadInput(Exception):
    """Input the user must fix; the message says how."""


# ------------------------------------------------------------------------------------------------ options
def _global_options(*, suppress: bool) -> argparse.ArgumentParser:
    """Options every command takes, before or after its name; after it they are SUPPRESSed unless given, so a
    value given before the command is not reset by the subcommand's default."""
    default = (lambda value: argparse.SUPPRESS) if suppress else (lambda value: value)
    options = argparse.ArgumentParser(add_help=False)
    group = options.add_argument_group("global options")
    group.add_argument("--debug", action="store_true", default=default(False), help="show tracebacks")
    group.add_argument("--color", choices=["auto", "always", "never"], default=default("auto"),
                       help="colour output: auto (a terminal, unless NO_COLOR is set), always, never")
    group.add_argument("-q", "--quiet", action="store_true", default=default(False),
                       help="print only errors and what was asked for (no progress lines, no warnings-only reports)")
    group.add_argument("-v", "--verbose", action="count", default=default(0),
                       help="also print time per phase and every file written")
    return options


def _config_options() -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--config", "-c", metavar="FILE", dest="configs", action="append", default=[],
                         help="config file (repeatable: each later file is merged over the earlier ones; `-` reads "
                              "standard input; default: the embedded default config)")
    options.add_argument(
        "--set", dest="overrides", metavar="PATH=VALUE", action="append", default=[],
        help="override one config value, e.g. --set gkm.workloads[0].replicas=2 (repeatable, applied last)",
    )
    return options


def _targets_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--target", "-t", dest="targets", action="append", default=[], metavar="T", help=help_text)


def _format_option(parser: argparse.ArgumentParser, choices: list[str]) -> None:
    parser.add_argument("--format", dest="output_format", choices=choices, default=choices[0],
                        help=f"output format (default: {choices[0]})")


def build_parser() -> argparse.ArgumentParser:
    common = _global_options(suppress=True)
    config_options = _config_options()
    parser = argparse.ArgumentParser(
        prog="mlmanifests", description="Typed config in, deterministic Kubernetes YAML out.",
        parents=[_global_options(suppress=False)],
        epilog="exit codes: 0 ok, 1 checks failed, 2 bad input, 3 a bug in mlmanifests, 4 differs (diff, synth --check)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str, *, config: bool = True) -> argparse.ArgumentParser:
        parents = [common, config_options] if config else [common]
        return commands.add_parser(name, parents=parents, help=help_text, description=help_text)

    synth = command("synth", "synthesize dist/ from the config")
    _targets_option(synth, "synthesize only this target (repeatable; default: every target in the config)")
    synth.add_argument("--check", action="store_true", help="write nothing; exit 4 and list what would change if dist/ is stale")
    _format_option(synth, ["text", "json"])

    diff = command("diff", "show, per object, how a synth would change dist/ (exit 4 when it would)")
    _targets_option(diff, "compare only this target's folder (repeatable)")
    _format_option(diff, ["text", "json"])

    listing = command("list", "list targets, their prerequisites and (with --objects) the objects each synthesizes")
    listing.add_argument("--objects", action="store_true", help="synthesize and list every object and its file")
    _format_option(listing, ["text", "json"])

    command("schema", "print the config's JSON Schema (for editor completion)", config=False)
    command("config", "print the effective config as YAML")

    render = command("render", "print what `kustomize build DIR` prints, in pure Python", config=False)
    render.add_argument("directory", metavar="DIR")

    graph = command("graph", "print a target's kro resource graph (Mermaid, or Graphviz with --format dot)")
    graph.add_argument("target", metavar="TARGET")
    _format_option(graph, ["mermaid", "dot"])

    command("lock", "fetch the upstream releases the config uses and pin their content in mlmanifests.lock")

    validate = command("validate", "run the checks on YAML files or folders (`-`: standard input; kustomizations are rendered first)")
    validate.add_argument("paths", nargs="+", metavar="PATH")
    _format_option(validate, ["text", "json"])

    completion = command("completion", "print a shell completion script (bash, zsh or tcsh)", config=False)
    completion.add_argument("shell", choices=["bash", "zsh", "tcsh"])
    return parser


def _version() -> str:
    from . import __version__

    return __version__


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


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    out = Output(args, sys.stdout, sys.stderr)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", _config_deprecation())
            try:
                return COMMANDS[args.command](args, out)
            finally:
                for warning in caught:
                    if issubclass(warning.category, _config_deprecation()):
                        out.warn(str(warning.message))
    except BadInput as error:
        out.error(str(error))
        return EXIT_BAD_INPUT
    except OSError as error:  # the machine, not mlmanifests: permissions, a full disk, a busy folder
        out.error(_os_error_text(error))
        return EXIT_BAD_INPUT
    except Exception as error:  # noqa: BLE001 - the edge: no traceback unless asked
        if _is_bad_input(error):
            out.error(str(error))
            return EXIT_BAD_INPUT
        if args.debug:
            traceback.print_exc()
        else:
            print(f"internal error: {type(error).__name__}: {error} (rerun with --debug for the traceback)", file=sys.stderr)
        return EXIT_INTERNAL


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


def _config_deprecation() -> type[Warning]:
    from .config.fleet import ConfigDeprecation

    return ConfigDeprecation


def _is_bad_input(error: Exception) -> bool:
    """Errors of the user's input or machine, raised below the CLI (imported only once one is raised)."""
    from .charts import TargetRegistryError
    from .config import ConfigError
    from .layout import UnsafeFileName
    from .output_lock import OutputBusy
    from .runtime import RuntimeMissing
    from .writer import OutputClash, OutputNotOurs

    return isinstance(error, (ConfigError, RuntimeMissing, OutputClash, OutputNotOurs, TargetRegistryError,
                              OutputBusy, UnsafeFileName))


def _load(args: argparse.Namespace) -> ConfigBase:
    from .config import load_config

    return load_config(args.configs or None, args.overrides)


def _lock(args: argparse.Namespace):
    """mlmanifests.lock beside the (first) config file (for stdin: in the current folder); the embedded default
    config is pinned by the lock shipped with it."""
    from .upstream.lock import LOCK_FILE_NAME, Lock

    if not args.configs:
        return Lock.embedded()
    configs = [c for c in args.configs if c != "-"]
    folder = Path(configs[0]).parent if configs else Path.cwd()
    return Lock.read(folder / LOCK_FILE_NAME)


def _run(config: ConfigBase, targets: list[str], out: Output, *, with_checks: bool = True, print_reports: bool = True,
         lock=None) -> Run:
    """Synthesize (and check) with the findings printed on stderr; bad target names are bad input."""
    from .pipeline import run
    from .synth import TargetSelectionError

    try:
        result = run(config, targets, with_checks=with_checks, lock=lock)
    except TargetSelectionError as error:
        raise BadInput(str(error)) from None
    for warning in result.warnings:
        out.warn(warning)
    if with_checks and print_reports:
        from .checks import format_text

        for report in result.reports:
            worth_printing = report.errors or (not out.quiet and (report.findings or report.exemptions))
            if worth_printing:
                print(format_text(report, color=out.color(out.stderr), clusters=report.clusters), file=out.stderr)
    if out.verbose:
        for phase, seconds in result.timings.items():
            print(f"  {phase:<10} {seconds * 1000:8.1f} ms", file=out.stderr)
    return result


def _render(args: argparse.Namespace, out: Output, *, print_reports: bool = True) -> tuple[ConfigBase, Run, Any]:
    """Config, synthesis, checks, and the output tree in memory; the tree is None when the checks failed."""
    from .writer import render_tree

    config = _load(args)
    if args.targets and config.global_.layout == "single-cluster":
        raise BadInput("--target works with `global.layout: per-target`; a single-cluster dist/ is synthesized whole")
    lock = _lock(args)
    result = _run(config, args.targets, out, print_reports=print_reports, lock=lock)
    if result.unlocked and lock.read_only:
        names = ", ".join(sorted({use.upstream for use in result.unlocked}))
        out.warn(f"upstream {names} as --set chose it is not pinned by the embedded default's lock; to pin it, write "
                 "the config to a file (`mlmanifests config > mlmanifests.yaml`) and run `mlmanifests lock -c mlmanifests.yaml`")
        result.unlocked = []
    if result.unlocked and (args.command != "synth" or args.check):
        names = ", ".join(sorted({use.upstream for use in result.unlocked}))
        raise BadInput(f"{lock.path} pins no content for upstream {names}; run `mlmanifests lock` (or a plain "
                       "`mlmanifests synth`, which records it) and commit the lock file")
    result.lock = lock
    if not result.ok:
        out.error("checks failed; dist/ left unchanged")
        return config, result, None
    return config, result, render_tree(result.manifests, config.global_.layout)


def within_roots(tree: dict[PurePosixPath, bytes], roots: list[PurePosixPath] | None) -> dict[PurePosixPath, bytes]:
    """The part of an output tree under `roots` (all of it for None): what a `--target` run compares, so files
    outside the chosen targets' folders (the output marker, other targets) are neither added nor removed."""
    if roots is None:
        return tree
    return {path: data for path, data in tree.items() if any(path == root or root in path.parents for root in roots)}


def _reports_json(result: Run) -> list[dict]:
    from .checks.report import report_as_dict

    return [report_as_dict(report, report.clusters) for report in result.reports]


# ------------------------------------------------------------------------------------------------ commands
def cmd_synth(args: argparse.Namespace, out: Output) -> int:
    from .writer import compare_tree, write_tree

    as_json = args.output_format == "json"
    if as_json and not args.check:
        raise BadInput("--format json goes with --check (synth writes dist/ and prints one line)")
    config, result, tree = _render(args, out, print_reports=not as_json)
    out_dir = Path(config.global_.output_dir)
    if tree is None:
        if as_json:
            print(json.dumps({"ok": False, "stale": None, "changes": [], "reports": _reports_json(result)}, indent=2), file=out.stdout)
        return EXIT_FAILED
    if args.check:
        changes = compare_tree(tree, out_dir, result.roots)
        if as_json:
            document = {"ok": True, "stale": bool(changes), "changes": [{"change": c.change, "path": str(out_dir / c.path)} for c in changes],
                        "reports": _reports_json(result)}
            print(json.dumps(document, indent=2), file=out.stdout)
            return EXIT_DIFFERS if changes else EXIT_OK
        for change in changes:
            print(f"{change.change:>8}  {out_dir / change.path}", file=out.stdout)
        if changes:
            out.error(f"{out_dir}/ is stale: {len(changes)} file(s) would change; run `mlmanifests synth` and commit the result")
            return EXIT_DIFFERS
        out.info(f"{out_dir}/ is up to date ({len(within_roots(tree, result.roots))} files)")
        return EXIT_OK
    write_tree(tree, out_dir, result.roots, on_wait=lambda note: print(f"note: {note}", file=sys.stderr))
    targets = sorted({m.target for m in result.manifests})
    if out.verbose:
        for path in within_roots(tree, result.roots):
            print(f"  {out_dir / path}", file=out.stderr)
    out.info(f"wrote {len(result.manifests)} objects ({', '.join(targets)}) to {out_dir}/")
    if result.unlocked:
        result.lock.record(result.unlocked, replace=False)
        result.lock.write()
        out.info(f"pinned {', '.join(sorted({u.upstream for u in result.unlocked}))} in {result.lock.path}")
    return EXIT_OK


def cmd_lock(args: argparse.Namespace, out: Output) -> int:
    config = _load(args)
    lock = _lock(args)
    if lock.read_only:
        raise BadInput("the embedded default config is pinned by the lock shipped with mlmanifests; write the config to "
                       "a file (`mlmanifests config > mlmanifests.yaml`) and run `mlmanifests lock -c mlmanifests.yaml`")
    result = _run(config, [], out, with_checks=False)
    lock.record(result.upstream_uses, replace=True)
    lock.write()
    for use in sorted(result.upstream_uses, key=lambda u: (u.upstream, u.components)):
        print(f"{use.upstream}: {use.source} {use.ref} {use.commit[:12]}  {use.components}  {use.digest}", file=out.stdout)
    out.info(f"wrote {lock.path}")
    return EXIT_OK


def cmd_diff(args: argparse.Namespace, out: Output) -> int:
    from .diff import diff_documents, print_diff

    as_json = args.output_format == "json"
    config, result, tree = _render(args, out, print_reports=not as_json)
    if tree is None:
        if as_json:
            print(json.dumps({"ok": False, "changes": [], "reports": _reports_json(result)}, indent=2), file=out.stdout)
        return EXIT_FAILED
    out_dir = Path(config.global_.output_dir)
    if as_json:
        changes = diff_documents(tree, out_dir, result.roots)
        print(json.dumps({"ok": True, "changes": changes, "reports": _reports_json(result)}, indent=2), file=out.stdout)
        return EXIT_DIFFERS if changes else EXIT_OK
    differs = print_diff(tree, out_dir, result.roots, stdout=out.stdout, color=out.color(out.stdout))
    return EXIT_DIFFERS if differs else EXIT_OK


def cmd_list(args: argparse.Namespace, out: Output) -> int:
    """Targets, their summaries and prerequisites from the config alone; objects (which need cdk8s) with --objects."""
    from .charts import registered_targets

    config = _load(args)
    targets = registered_targets()
    members: dict[str, list[tuple[str, str]]] = {}
    if args.objects:
        from .layout import place

        manifests = _run(config, [], out, with_checks=False).manifests
        for placement, manifest in place(manifests, config.global_.layout):
            members.setdefault(manifest.target, []).append((str(manifest.id), str(placement.folder / placement.file)))
    entries = []
    for name, target in [*targets.items(), ("gitops", None)]:
        section = config.section(name) if target is not None else None
        entries.append({
            "name": name,
            "summary": target.summary if target is not None else "Argo CD and Flux objects that deploy dist/",
            "cloud": target.cloud if target is not None else "any",
            "inConfig": section is not None or (name == "gitops" and config.global_.layout == "per-target"),
            "prerequisites": [p.line() for p in (target.prerequisites(section) if target and section else [])],
            **({"objects": [{"id": i, "file": f} for i, f in members.get(name, [])]} if args.objects else {}),
        })
    if args.output_format == "json":
        print(json.dumps({"targets": entries}, indent=2), file=out.stdout)
        return EXIT_OK
    for entry in entries:
        print(f"{entry['name']}: {entry['summary']}" + ("" if entry["inConfig"] else "  (not in this config)"), file=out.stdout)
        for line in entry["prerequisites"]:
            print(f"  needs: {line}", file=out.stdout)
        for obj in entry.get("objects", []):
            print(f"  {obj['id']}  ->  {obj['file']}", file=out.stdout)
    return EXIT_OK


def cmd_schema(args: argparse.Namespace, out: Output) -> int:
    from .config import config_json_schema

    print(json.dumps(config_json_schema(), indent=2, sort_keys=True), file=out.stdout)
    return EXIT_OK


def cmd_config(args: argparse.Namespace, out: Output) -> int:
    if not args.configs and not args.overrides:
        from .config.yaml_source import default_config_text

        out.stdout.write(default_config_text())
        return EXIT_OK
    from .yaml_emit import dump_document

    out.stdout.write(dump_document(_load(args).model_dump(mode="json", by_alias=True, exclude_none=True)))
    return EXIT_OK


def cmd_render(args: argparse.Namespace, out: Output) -> int:
    from .kustomize import render_command

    return render_command(args.directory, out.stdout, out.stderr)


def cmd_validate(args: argparse.Namespace, out: Output) -> int:
    from .checks import validate_command

    config = _load(args)
    return validate_command(
        args.paths, output_format=args.output_format, kubernetes_version=config.global_.kubernetes_version,
        stdout=out.stdout, stderr=out.stderr, color=out.color(out.stdout),
    )


def cmd_graph(args: argparse.Namespace, out: Output) -> int:
    from .kro_graph_render import graph_command

    return graph_command(args.target, _load(args), args.output_format, out.stdout, out.stderr)


def cmd_completion(args: argparse.Namespace, out: Output) -> int:
    import shtab

    out.stdout.write(shtab.complete(build_parser(), shell=args.shell))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Output], int]] = {
    "synth": cmd_synth, "list": cmd_list, "schema": cmd_schema, "config": cmd_config, "render": cmd_render,
    "validate": cmd_validate, "diff": cmd_diff, "graph": cmd_graph, "completion": cmd_completion, "lock": cmd_lock,
}
