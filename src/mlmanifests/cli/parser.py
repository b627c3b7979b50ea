"""The argument parser: every command and its options, and the global options taken before or after it."""

from __future__ import annotations

import argparse


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
    from mlmanifests import __version__

    return __version__
