"""The benchmark: every figure the speed goals are stated in, printed as a table and appended to bench/RESULTS.md.

    .venv/bin/python bench/run.py            # full run (fleets of 1, 10 and 100 clusters; a few minutes)
    .venv/bin/python bench/run.py --quick    # fleets of 1 and 10, fewer repeats

Figures:
- cold `python -m mlmanifests synth` of the default config (every target, checks included), in a fresh process:
  median, min, max of 5;
- fleets of 1, 10 and 100 clusters (the default config per cluster, names made distinct by overrides), each in a
  fresh process: time per phase (construct, to JSON, checks, GitOps objects, render YAML, write), objects, peak RSS
  of the Python and Node processes; marginal ms per object per phase between fleet sizes; 100 ÷ 10 time ratio;
- the floor: the same final objects as plain dicts dumped with PyYAML's C dumper and with ruamel.yaml; ours ÷ floor;
- the checks per object against calling kubernetes_validate.validate() per object;
- the renderer against `kubectl kustomize` on a generated tree (bench/render_bench.py);
- cold synth CPU against its peer, a bare cdk8s App synthesizing one ConfigMap, run side by side (alternating, 5 of
  each; user + system CPU of the process and the Node process it reaps): the ratio of the medians (goal ≤ 2.0×).
  `--cpu-ratio` prints only this figure.
Goals (issue 9): cold synth ≤ 1.5 s; marginal ≤ 1.5 ms/object; checks ≤ 1 ms/object; 100 clusters ≤ 30 s with
100 ÷ 10 ≤ 11×; renderer in process < 0.3× kubectl kustomize on the 1,050-object tree, `render DIR` as a process
≤ 0.7× `kubectl kustomize` on a 40-object tree (issue 14). Wall-clock goals live here, never in the tests.
"""

from __future__ import annotations

import argparse
import datetime
import io
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
RESULTS = REPO / "bench" / "RESULTS.md"
ENV = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}


def fleet_overrides(clusters: int) -> list[str]:
    """--set arguments for a fleet of `clusters` copies of the default config with distinct cloud names (and, since
    all five targets share each cluster, one ConfigConnector: gemma-on-tpu's)."""
    entries = ", ".join(
        f"{{name: c{i}, overrides: {{mlops-gcp: {{namePrefix: m{i}}}, "
        f"kubeflow-gke: {{name: kf-c{i}, configConnector: {{emitOperatorConfig: false}}}}}}}}"
        for i in range(clusters)
    )
    return [f"clusters=[{entries}]"]


# ------------------------------------------------------------------------------------------------ probes
def _node_peak_rss_kib() -> int:
    """Peak RSS of this process's Node children (jsii's kernel), read from /proc before they exit."""
    peak = 0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
        if fields.get("PPid", "").strip() == str(os.getpid()) and "node" in fields.get("Name", ""):
            peak = max(peak, int(fields.get("VmHWM", "0 kB").split()[0]))
    return peak


def probe_fleet(clusters: int) -> dict:
    """One fleet synthesized and written in this process, phase by phase (run in a fresh process by the parent)."""
    start = time.perf_counter()
    from mlmanifests.config import load_config
    from mlmanifests.runner.pipeline import run
    from mlmanifests.output.writer import render_tree, write_tree

    config = load_config(overrides=fleet_overrides(clusters) if clusters > 1 else [])
    result = run(config)
    assert result.ok, "the benchmark config must pass the checks"
    render_start = time.perf_counter()
    tree = render_tree(result.manifests, config.global_.layout)
    write_start = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        write_tree(tree, Path(scratch) / "dist")
    end = time.perf_counter()
    written_at = time.time()
    phases = dict(result.timings)
    phases["render"] = write_start - render_start
    phases["write"] = end - write_start
    bodies = [m.body for m in result.manifests]
    return {
        "clusters": clusters,
        "objects": len(bodies),
        "total": end - start,
        "written_at": written_at,
        "phases": phases,
        "python_peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "node_peak_rss_kib": _node_peak_rss_kib(),
        "floor": _floor(bodies),
        "checks_naive": _naive_checks(bodies, config.global_.kubernetes_version) if clusters == 10 else None,
    }


def _floor(bodies: list[dict]) -> dict:
    """The same final objects as plain dicts, only dumped: PyYAML's C dumper and ruamel.yaml."""
    import yaml
    from ruamel.yaml import YAML

    start = time.perf_counter()
    for body in bodies:
        yaml.dump(body, Dumper=yaml.CSafeDumper, sort_keys=False, default_flow_style=False)
    pyyaml_c = time.perf_counter() - start
    ruamel = YAML(typ="safe", pure=True)
    ruamel.default_flow_style = False
    start = time.perf_counter()
    for body in bodies:
        ruamel.dump(body, io.StringIO())
    return {"pyyaml_c": pyyaml_c, "ruamel": time.perf_counter() - start}


def _naive_checks(bodies: list[dict], kubernetes_version: str) -> dict:
    """kubernetes_validate.validate() per core object (it has no CRD support) against our checks on the same ones."""
    import kubernetes_validate

    from mlmanifests.checks import run_checks
    from mlmanifests.manifests import Manifest

    core_groups = {"", "apps", "batch", "policy", "rbac.authorization.k8s.io", "networking.k8s.io"}
    core = [b for b in bodies if b["apiVersion"].rpartition("/")[0] in core_groups][:300]
    start = time.perf_counter()
    for body in core:
        try:
            kubernetes_validate.validate(body, f"{kubernetes_version}.0", strict=True)
        except Exception:  # noqa: BLE001 - only the time is of interest here
            pass
    naive = time.perf_counter() - start
    manifests = [Manifest("bench", body) for body in core]
    run_checks(manifests, kubernetes_version=kubernetes_version)  # compile the validators once
    start = time.perf_counter()
    run_checks(manifests, kubernetes_version=kubernetes_version)
    return {"objects": len(core), "naive": naive, "ours": time.perf_counter() - start}


# ------------------------------------------------------------------------------------------------ parent
def cold_synth(runs: int) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as scratch:
        for index in range(runs):
            start = time.perf_counter()
            subprocess.run(
                [PYTHON, "-m", "mlmanifests", "synth", "--set", f"global.outputDir={scratch}/dist{index}"],
                check=True, capture_output=True, env=ENV, cwd=REPO,
            )
            times.append(time.perf_counter() - start)
    return times


PEER = """
import cdk8s
app = cdk8s.App()
chart = cdk8s.Chart(app, "peer")
cdk8s.ApiObject(chart, "one", api_version="v1", kind="ConfigMap", metadata={"name": "one"})
app.synth_yaml()
"""
"""The peer of a cold synth: the least a cdk8s program does (start Python and Node, load cdk8s, synthesize one object)."""

BINDINGS_FLOOR = """
import importlib, pkgutil
import cdk8s, cdk8s_plus_37
import mlmanifests.imports as generated
for module in pkgutil.iter_modules(generated.__path__):
    importlib.import_module(f"mlmanifests.imports.{module.name}")
app = cdk8s.App()
chart = cdk8s.Chart(app, "peer")
cdk8s.ApiObject(chart, "one", api_version="v1", kind="ConfigMap", metadata={"name": "one"})
app.synth_yaml()
"""
"""Not a peer but a floor: the peer plus loading every typed binding (each a jsii assembly Node must load), which
the default config's five targets use between them; no synth of them can cost less."""


def _cpu_seconds(argv: list[str]) -> float:
    """User + system CPU of one process and the children it waited for (jsii's Node), from wait4's rusage."""
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV, cwd=REPO)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed: {process.stderr.read().decode()[-300:] if process.stderr else ''}")
    return usage.ru_utime + usage.ru_stime


def cpu_ratio(runs: int) -> dict:
    """Cold synth of the default config against the peer, alternating so both see the same machine load."""
    ours, peer, floor = [], [], []
    with tempfile.TemporaryDirectory() as scratch:
        for index in range(runs):
            peer.append(_cpu_seconds([PYTHON, "-c", PEER]))
            ours.append(_cpu_seconds([PYTHON, "-m", "mlmanifests", "synth", "--set", f"global.outputDir={scratch}/d{index}"]))
            floor.append(_cpu_seconds([PYTHON, "-c", BINDINGS_FLOOR]))
    medians = {"ours": statistics.median(ours), "peer": statistics.median(peer), "floor": statistics.median(floor)}
    return {**medians, "ratio": medians["ours"] / medians["peer"], "floor_ratio": medians["floor"] / medians["peer"]}


def cpu_ratio_line(figure: dict) -> str:
    return (f"cold synth CPU: {figure['ours']:.2f} s, bare cdk8s App with one object: {figure['peer']:.2f} s, "
            f"ratio {figure['ratio']:.2f}× (goal ≤ 2.0×); the peer plus loading our typed bindings (a floor, no "
            f"synth): {figure['floor']:.2f} s = {figure['floor_ratio']:.2f}×")


def run_probe(clusters: int) -> dict:
    started_at = time.time()
    out = subprocess.run([PYTHON, __file__, "--probe", str(clusters)], check=True, capture_output=True, text=True, env=ENV)
    figures = json.loads(out.stdout)
    figures["process"] = figures["written_at"] - started_at  # start-up to dist/ written (the floor runs after)
    return figures


def renderer_ratio() -> str:
    out = subprocess.run([PYTHON, str(REPO / "bench" / "render_bench.py"), "--runs", "3"],
                         capture_output=True, text=True, env=ENV)
    return out.stdout.strip() if out.returncode == 0 else f"render_bench failed: {out.stderr.strip()[-300:]}"


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    return f"{platform.node()} · {os.cpu_count()} cores · {cpu} · Python {platform.python_version()}"


def commit() -> str:
    out = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    return out.stdout.strip() + ("+dirty" if dirty else "")


def report(cold: list[float], fleets: list[dict], renderer: str, cpu: dict) -> str:
    lines = []
    add = lines.append
    add(f"cold synth, all targets, checks included (fresh process, {len(cold)} runs): "
        f"median {statistics.median(cold):.2f} s, min {min(cold):.2f} s, max {max(cold):.2f} s  (goal ≤ 1.5 s)")
    add(cpu_ratio_line(cpu))
    add("")
    phases = ["construct", "to_json", "checks", "gitops", "render", "write"]
    add("| clusters | objects | " + " | ".join(phases) + " | in-process total | process start to written | Python RSS | Node RSS |")
    add("| ---: | ---: | " + " | ".join("---:" for _ in phases) + " | ---: | ---: | ---: | ---: |")
    for fleet in fleets:
        cells = [f"{fleet['phases'].get(p, 0.0):.2f} s" for p in phases]
        add(f"| {fleet['clusters']} | {fleet['objects']} | " + " | ".join(cells) +
            f" | {fleet['total']:.2f} s | {fleet['process']:.2f} s | {fleet['python_peak_rss_kib'] / 1024:.0f} MiB"
            f" | {fleet['node_peak_rss_kib'] / 1024:.0f} MiB |")
    add("")
    for small, large in zip(fleets, fleets[1:]):
        extra = large["objects"] - small["objects"]
        per_phase = {p: (large["phases"].get(p, 0) - small["phases"].get(p, 0)) * 1000 / extra for p in phases}
        total = (large["total"] - small["total"]) * 1000 / extra
        add(f"marginal cost {small['clusters']}→{large['clusters']} clusters: {total:.2f} ms/object end to end "
            f"(goal ≤ 1.5) = " + ", ".join(f"{p} {v:.2f}" for p, v in per_phase.items()))
    by_size = {f["clusters"]: f for f in fleets}
    if 10 in by_size and 100 in by_size:
        add(f"100 clusters: {by_size[100]['total']:.1f} s in process, {by_size[100]['process']:.1f} s with start-up "
            f"(goal ≤ 30 s); 100 ÷ 10 = {by_size[100]['total'] / by_size[10]['total']:.1f}× (goal ≤ 11×)")
    largest = fleets[-1]
    ours_ms = largest["total"] * 1000 / largest["objects"]
    floor = largest["floor"]
    add(f"floor at {largest['clusters']} clusters: PyYAML C dump {floor['pyyaml_c'] * 1000 / largest['objects']:.3f} ms/object, "
        f"ruamel.yaml {floor['ruamel'] * 1000 / largest['objects']:.3f} ms/object; ours {ours_ms:.2f} ms/object = "
        f"{ours_ms / (floor['pyyaml_c'] * 1000 / largest['objects']):.0f}× the PyYAML C floor, "
        f"{ours_ms / (floor['ruamel'] * 1000 / largest['objects']):.1f}× the ruamel.yaml floor")
    naive = next((f["checks_naive"] for f in fleets if f["checks_naive"]), None)
    if naive and naive["objects"]:
        ours, theirs = naive["ours"] * 1000 / naive["objects"], naive["naive"] * 1000 / naive["objects"]
        add(f"checks on {naive['objects']} core objects: ours {ours:.3f} ms/object (all checks, validators reused), "
            f"naive kubernetes_validate.validate() {theirs:.2f} ms/object: {theirs / ours:.0f}× (goal ≤ 1 ms)")
    for fleet in fleets:
        if fleet["objects"]:
            add(f"checks per object in the {fleet['clusters']}-cluster run: "
                f"{fleet['phases'].get('checks', 0) * 1000 / fleet['objects']:.3f} ms (first compile included)")
    add("")
    add("renderer against kubectl kustomize (bench/render_bench.py):")
    add("")
    add("```")
    add(renderer)
    add("```")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fleets of 1 and 10 only, 3 cold runs")
    parser.add_argument("--probe", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--no-save", action="store_true", help="print only; do not append to bench/RESULTS.md")
    parser.add_argument("--cpu-ratio", action="store_true", help="print only the cold synth ÷ bare cdk8s CPU ratio")
    args = parser.parse_args()
    if args.probe is not None:
        print(json.dumps(probe_fleet(args.probe)))
        return 0
    if args.cpu_ratio:
        print(cpu_ratio_line(cpu_ratio(3 if args.quick else 5)))
        return 0
    cold = cold_synth(3 if args.quick else 5)
    fleets = [run_probe(n) for n in ((1, 10) if args.quick else (1, 10, 100))]
    text = report(cold, fleets, renderer_ratio(), cpu_ratio(3 if args.quick else 5))
    print(text)
    if not args.no_save:
        stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        header = f"\n## {stamp} · commit {commit()}{' · quick' if args.quick else ''}\n\n{machine()}\n\n"
        with RESULTS.open("a", encoding="utf-8") as results:
            if RESULTS.stat().st_size == 0:
                results.write("# Benchmark results\n\nAppended by `bench/run.py`; newest last.\n")
            results.write(header + text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
