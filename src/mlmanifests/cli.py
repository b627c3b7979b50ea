"""Command line: `mlmanifests synth | list | schema | config | render | validate`.

Exit codes: 0 success; 1 failed checks or stale dist/; 2 bad input (config, arguments, missing runtime);
3 an internal error (a bug: rerun with --debug and report the traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path, PurePosixPath

from .config import Config, ConfigError, config_json_schema, load_config
from .config.yaml_source import default_config_text
from .runtime import RuntimeMissing

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

    commands.add_parser("list", parents=[common, config_options], help="list targets and the objects each synthesizes")
    commands.add_parser("schema", parents=[common], help="print the config's JSON Schema (for editor completion)")
    commands.add_parser("config", parents=[common, config_options], help="print the effective config as YAML")

    render = commands.add_parser("render", parents=[common], help="print what `kustomize build DIR` prints, in pure Python")
    render.add_argument("directory", metavar="DIR")

    validate = commands.add_parser("validate", parents=[common, config_options],
                                   help="run the checks on YAML files or folders (kustomizations are rendered first)")
    validate.add_argument("paths", nargs="+", metavar="PATH")
    validate.add_argument("--format", dest="output_format", choices=["text", "json"], default="text")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (ConfigError, BadInput, RuntimeMissing) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as error:  # noqa: BLE001 - the edge: no traceback unless asked
        if args.debug:
            traceback.print_exc()
        else:
            print(f"internal error: {type(error).__name__}: {error} (rerun with --debug for the traceback)", file=sys.stderr)
        return EXIT_INTERNAL


def _load(args: argparse.Namespace) -> Config:
    return load_config(args.config, args.overrides)


def _synthesize(config: Config, targets: list[str]):
    from .synth import selected_targets, synthesize

    try:
        chosen = selected_targets(config, targets)
    except ValueError as error:
        raise BadInput(str(error)) from None
    return chosen, synthesize(config, chosen)


def _run_checks(config: Config, manifests) -> bool:
    """Run every check, print findings; True when there is no error."""
    try:
        from .checks import format_text, run_checks
    except ImportError:
        return True
    external = []
    for target in {m.target for m in manifests}:
        section = config.section(target)
        external.extend(section.external_objects())
    from .manifests import ObjectId

    report = run_checks(
        manifests,
        kubernetes_version=config.global_.kubernetes_version,
        external=[ObjectId(e.group, e.kind, e.namespace or "", e.name) for e in external],
    )
    if report.findings:
        print(format_text(report, color=sys.stderr.isatty()), file=sys.stderr)
    return report.ok


def cmd_synth(args: argparse.Namespace) -> int:
    from .writer import compare_tree, render_tree, write_tree

    config = _load(args)
    if args.targets and config.global_.layout == "single-cluster":
        raise BadInput("--target works with `global.layout: per-target`; a single-cluster dist/ is synthesized whole")
    chosen, manifests = _synthesize(config, args.targets)
    if not _run_checks(config, manifests):
        print("error: checks failed; dist/ left unchanged", file=sys.stderr)
        return EXIT_FAILED
    tree = render_tree(manifests, config.global_.layout)
    out_dir = Path(config.global_.output_dir)
    roots = [PurePosixPath(target) for target in chosen] if args.targets else None
    if args.check:
        changes = compare_tree(tree, out_dir, roots)
        for change in changes:
            print(f"{change.change:>8}  {out_dir / change.path}")
        if changes:
            print(f"{out_dir}/ is stale: {len(changes)} file(s) would change; run `mlmanifests synth` and commit the result", file=sys.stderr)
            return EXIT_FAILED
        print(f"{out_dir}/ is up to date ({len(tree)} files)")
        return EXIT_OK
    write_tree(tree, out_dir, roots)
    print(f"wrote {len(manifests)} objects for {', '.join(chosen)} to {out_dir}/")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from .charts import TARGETS
    from .layout import place

    config = _load(args)
    chosen, manifests = _synthesize(config, [])
    for target in TARGETS.values():
        state = "" if target.name in chosen else "  (no section in this config)"
        print(f"{target.name}: {target.summary}{state}")
        for placement, manifest in place([m for m in manifests if m.target == target.name], config.global_.layout):
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
        args.paths, output_format=args.output_format, kubernetes_version=config.global_.kubernetes_version, stdout=sys.stdout
    )


COMMANDS = {
    "synth": cmd_synth, "list": cmd_list, "schema": cmd_schema, "config": cmd_config,
    "render": cmd_render, "validate": cmd_validate,
}
