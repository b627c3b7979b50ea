"""The commands: each `cmd_*` takes the parsed arguments and an Output and returns the exit code."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Callable

from .output import BadInput, Output
from .parser import build_parser
from mlmanifests.exit_codes import EXIT_DIFFERS, EXIT_FAILED, EXIT_OK

if TYPE_CHECKING:
    from mlmanifests.config import ConfigBase
    from mlmanifests.runner.pipeline import Run


def _load(args: argparse.Namespace) -> ConfigBase:
    from mlmanifests.config import load_config

    return load_config(args.configs or None, args.overrides)


def _lock(args: argparse.Namespace):
    """mlmanifests.lock beside the (first) config file (for stdin: in the current folder); the embedded default
    config is pinned by the lock shipped with it."""
    from mlmanifests.upstream.lock import LOCK_FILE_NAME, Lock

    if not args.configs:
        return Lock.embedded()
    configs = [c for c in args.configs if c != "-"]
    folder = Path(configs[0]).parent if configs else Path.cwd()
    return Lock.read(folder / LOCK_FILE_NAME)


def _run(config: ConfigBase, targets: list[str], out: Output, *, with_checks: bool = True, print_reports: bool = True,
         lock=None) -> Run:
    """Synthesize (and check) with the findings printed on stderr; bad target names are bad input."""
    from mlmanifests.runner.pipeline import run
    from mlmanifests.runner.synth import TargetSelectionError

    try:
        result = run(config, targets, with_checks=with_checks, lock=lock)
    except TargetSelectionError as error:
        raise BadInput(str(error)) from None
    for warning in result.warnings:
        out.warn(warning)
    if with_checks and print_reports:
        from mlmanifests.checks import format_text

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
    from mlmanifests.output.writer import render_tree

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
    from mlmanifests.checks.report import report_as_dict

    return [report_as_dict(report, report.clusters) for report in result.reports]


# ------------------------------------------------------------------------------------------------ commands
def cmd_synth(args: argparse.Namespace, out: Output) -> int:
    from mlmanifests.output.writer import compare_tree, write_tree

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
    from mlmanifests.output.diff import diff_documents, print_diff

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
    from mlmanifests.targets import registered_targets

    config = _load(args)
    targets = registered_targets()
    members: dict[str, list[tuple[str, str]]] = {}
    if args.objects:
        from mlmanifests.output.layout import place

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
    from mlmanifests.config import config_json_schema

    print(json.dumps(config_json_schema(), indent=2, sort_keys=True), file=out.stdout)
    return EXIT_OK


def cmd_config(args: argparse.Namespace, out: Output) -> int:
    if not args.configs and not args.overrides:
        from mlmanifests.config.yaml_source import default_config_text

        out.stdout.write(default_config_text())
        return EXIT_OK
    from mlmanifests.output.yaml import dump_document

    out.stdout.write(dump_document(_load(args).model_dump(mode="json", by_alias=True, exclude_none=True)))
    return EXIT_OK


def cmd_render(args: argparse.Namespace, out: Output) -> int:
    from mlmanifests.kustomize import render_command

    return render_command(args.directory, out.stdout, out.stderr)


def cmd_validate(args: argparse.Namespace, out: Output) -> int:
    from .validate import validate_command

    config = _load(args)
    return validate_command(
        args.paths, output_format=args.output_format, kubernetes_version=config.global_.kubernetes_version,
        stdout=out.stdout, stderr=out.stderr, color=out.color(out.stdout),
    )


def cmd_graph(args: argparse.Namespace, out: Output) -> int:
    from .graph import graph_command

    return graph_command(args.target, _load(args), args.output_format, out.stdout, out.stderr)


def cmd_completion(args: argparse.Namespace, out: Output) -> int:
    import shtab

    out.stdout.write(shtab.complete(build_parser(), shell=args.shell))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Output], int]] = {
    "synth": cmd_synth, "list": cmd_list, "schema": cmd_schema, "config": cmd_config, "render": cmd_render,
    "validate": cmd_validate, "diff": cmd_diff, "graph": cmd_graph, "completion": cmd_completion, "lock": cmd_lock,
}
