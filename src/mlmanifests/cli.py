"""Command line: `mlmanifests synth | diff | list | schema | config | render | validate | graph`.

Exit codes: 0 success; 1 failed checks or stale dist/; 2 bad input (config, arguments, missing runtime, an output
dir that is not ours, a file system error);
3 an internal error (a bug: rerun with --debug and report the traceback).
"""

from __future__ import annotations

import argparse
import errno
import json
import sys
import traceback
from pathlib import Path

from .config import Config, ConfigError, config_json_schema, load_config
from .config.yaml_source import default_config_text
from .layout import UnsafeFileName
from .output_lock import OutputBusy
from .runtime import RuntimeMissing
from .writer import OutputClash, OutputNotOurs

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


class BadInput(Exception):
    """Input the user must fix; the message says how."""


def _config_options() -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--config", "-c", metavar="FILE", help="config file (default: the embedded default config)")
    options.add_argument(
        "--set", dest="overrides", metavar="PATH=VALUE", action="append", default=[],
        help="override one config value, e.g. --set gkm.workloads[0].replicas=2 (repeatable)",
    )
    return options


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", help="show tracebacks")
    config_options = _config_options()
    parser = argparse.ArgumentParser(prog="mlmanifests", description="Typed config in, deterministic Kubernetes YAML out.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    synth = commands.add_parser("synth", parents=[common, config_options], help="synthesize dist/ from the config")
    synth.add_argument("--target", "-t", dest="targets", action="append", default=[], metavar="T",
                       help="synthesize only this target (repeatable; default: every target in the config)")
    synth.add_argument("--check", action="store_true", help="write nothing; exit 1 and list what would change if dist/ is stale")

    diff = commands.add_parser("diff", parents=[common, config_options],
                               help="show, per object, how a synth would change dist/ (exit 1 when it would)")
    diff.add_argument("--target", "-t", dest="targets", action="append", default=[], metavar="T")
    diff.add_argument("--color", choices=["auto", "always", "never"], default="auto")

    commands.add_parser("list", parents=[common, config_options], help="list targets and the objects each synthesizes")
    commands.add_parser("schema", parents=[common], help="print the config's JSON Schema (for editor completion)")
    commands.add_parser("config", parents=[common, config_options], help="print the effective config as YAML")

    render = commands.add_parser("render", parents=[common], help="print what `kustomize build DIR` prints, in pure Python")
    render.add_argument("directory", metavar="DIR")

    graph = commands.add_parser("graph", parents=[common, config_options],
                                help="print a target's kro resource graph (Mermaid, or Graphviz with --format dot)")
    graph.add_argument("target", metavar="TARGET")
    graph.add_argument("--format", dest="output_format", choices=["mermaid", "dot"], default="mermaid")

    commands.add_parser("lock", parents=[common, config_options],
                        help="fetch the upstream releases the config uses and pin their content in mlmanifests.lock")

    validate = commands.add_parser("validate", parents=[common, config_options],
                                   help="run the checks on YAML files or folders (kustomizations are rendered first)")
    validate.add_argument("paths", nargs="+", metavar="PATH")
    validate.add_argument("--format", dest="output_format", choices=["text", "json"], default="text")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (ConfigError, BadInput, RuntimeMissing, OutputClash, OutputNotOurs, OutputBusy,
            UnsafeFileName) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:  # the machine, not mlmanifests: permissions, a full disk, a busy folder
        print(f"error: {_os_error_text(error)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as error:  # noqa: BLE001 - the edge: no traceback unless asked
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


def _load(args: argparse.Namespace) -> Config:
    return load_config(args.config, args.overrides)


def _lock(args: argparse.Namespace):
    """mlmanifests.lock beside the config file (for the embedded default: in the current folder)."""
    from .upstream.lock import LOCK_FILE_NAME, Lock

    folder = Path(args.config).parent if args.config not in (None, "-") else Path.cwd()
    return Lock.read(folder / LOCK_FILE_NAME)


def _run(config: Config, targets: list[str], *, with_checks: bool = True, lock=None):
    """Synthesize (and check) with the findings printed; bad target names are bad input."""
    from .pipeline import run
    from .synth import TargetSelectionError

    try:
        result = run(config, targets, with_checks=with_checks, lock=lock)
    except TargetSelectionError as error:
        raise BadInput(str(error)) from None
    if with_checks:
        from .checks import format_text

        for report in result.reports:
            if report.findings or report.exemptions:
                print(format_text(report, color=sys.stderr.isatty()), file=sys.stderr)
    return result


def _render(args: argparse.Namespace):
    """Config, synthesis, checks, and the output tree in memory; None when the checks failed."""
    from .writer import render_tree

    config = _load(args)
    if args.targets and config.global_.layout == "single-cluster":
        raise BadInput("--target works with `global.layout: per-target`; a single-cluster dist/ is synthesized whole")
    lock = _lock(args)
    result = _run(config, args.targets, lock=lock)
    if result.unlocked and (args.command != "synth" or args.check):
        names = ", ".join(sorted({use.upstream for use in result.unlocked}))
        raise BadInput(f"{lock.path} pins no content for upstream {names}; run `mlmanifests lock` (or a plain "
                       "`mlmanifests synth`, which records it) and commit the lock file")
    result.lock = lock
    if not result.ok:
        print("error: checks failed; dist/ left unchanged", file=sys.stderr)
        return config, result, None
    return config, result, render_tree(result.manifests, config.global_.layout)


def cmd_synth(args: argparse.Namespace) -> int:
    from .writer import compare_tree, write_tree

    config, result, tree = _render(args)
    if tree is None:
        return EXIT_FAILED
    out_dir = Path(config.global_.output_dir)
    if args.check:
        changes = compare_tree(tree, out_dir, result.roots)
        for change in changes:
            print(f"{change.change:>8}  {out_dir / change.path}")
        if changes:
            print(f"{out_dir}/ is stale: {len(changes)} file(s) would change; run `mlmanifests synth` and commit the result", file=sys.stderr)
            return EXIT_FAILED
        print(f"{out_dir}/ is up to date ({len(tree)} files)")
        return EXIT_OK
    write_tree(tree, out_dir, result.roots, on_wait=lambda note: print(f"note: {note}", file=sys.stderr))
    targets = sorted({m.target for m in result.manifests})
    print(f"wrote {len(result.manifests)} objects ({', '.join(targets)}) to {out_dir}/")
    if result.unlocked:
        result.lock.record(result.unlocked, replace=False)
        result.lock.write()
        print(f"pinned {', '.join(sorted({u.upstream for u in result.unlocked}))} in {result.lock.path}")
    return EXIT_OK


def cmd_lock(args: argparse.Namespace) -> int:
    config = _load(args)
    lock = _lock(args)
    result = _run(config, [], with_checks=False)
    lock.record(result.upstream_uses, replace=True)
    lock.write()
    for use in sorted(result.upstream_uses, key=lambda u: (u.upstream, u.components)):
        print(f"{use.upstream}: {use.source} {use.ref} {use.commit[:12]}  {use.components}  {use.digest}")
    print(f"wrote {lock.path}")
    return EXIT_OK


def cmd_diff(args: argparse.Namespace) -> int:
    from .diff import print_diff

    config, result, tree = _render(args)
    if tree is None:
        return EXIT_FAILED
    color = sys.stdout.isatty() if args.color == "auto" else args.color == "always"
    differs = print_diff(tree, Path(config.global_.output_dir), result.roots, stdout=sys.stdout, color=color)
    return EXIT_FAILED if differs else EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from .charts import TARGETS
    from .layout import place

    config = _load(args)
    manifests = _run(config, [], with_checks=False).manifests
    placed = place(manifests, config.global_.layout)
    for name in [*TARGETS, "gitops"]:
        summary = TARGETS[name].summary if name in TARGETS else "Argo CD and Flux objects that deploy dist/"
        members = [(placement, m) for placement, m in placed if m.target == name]
        print(f"{name}: {summary}" + ("" if members else "  (not in this config)"))
        section = config.section(name) if name in TARGETS else None
        for prerequisite in section.prerequisites() if section is not None else []:
            print(f"  needs: {prerequisite.line()}")
        for placement, manifest in members:
            print(f"  {manifest.id}  ->  {placement.folder / placement.file}")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(config_json_schema(), indent=2, sort_keys=True))
    return EXIT_OK


def cmd_config(args: argparse.Namespace) -> int:
    if args.config is None and not args.overrides:
        sys.stdout.write(default_config_text())
        return EXIT_OK
    from .yaml_emit import dump_document

    sys.stdout.write(dump_document(_load(args).model_dump(mode="json", by_alias=True, exclude_none=True)))
    return EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    from .kustomize import render_command

    return render_command(args.directory, sys.stdout, sys.stderr)


def cmd_validate(args: argparse.Namespace) -> int:
    from .checks import validate_command

    config = _load(args)
    return validate_command(
        args.paths, output_format=args.output_format, kubernetes_version=config.global_.kubernetes_version,
        stdout=sys.stdout, stderr=sys.stderr,
    )


def cmd_graph(args: argparse.Namespace) -> int:
    from .kro_graph_render import graph_command

    return graph_command(args.target, _load(args), args.output_format, sys.stdout, sys.stderr)


COMMANDS = {
    "synth": cmd_synth, "list": cmd_list, "schema": cmd_schema, "config": cmd_config,
    "render": cmd_render, "validate": cmd_validate, "diff": cmd_diff, "graph": cmd_graph, "lock": cmd_lock,
}
