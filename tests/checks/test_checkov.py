"""Held against a trusted tool: Checkov (kubernetes framework, offline) over a copy of dist/ finds nothing that
is not on the documented allowlist (checkov_allowlist.yaml) or excused by the object's own declared exemption.
Runs over a fresh synth of the default config; skipped only outside CI when Checkov is not installed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from upstream_objects import is_upstream

from mlmanifests.manifests import EXEMPTION_PREFIX

from conftest import REPO  # noqa: E402
ALLOWLIST_FILE = Path(__file__).parent / "checkov_allowlist.yaml"
# Checkov pins `packaging<24`, which current pytest cannot live with: `make setup` installs it in its own venv.
CHECKOV = next(
    (path for path in (REPO / ".venv-checkov" / "bin" / "checkov", Path(sys.executable).parent / "checkov") if path.exists()),
    REPO / ".venv-checkov" / "bin" / "checkov",
)
needs_checkov = pytest.mark.skipif(
    not CHECKOV.exists() and not os.environ.get("CI"),
    reason="checkov is not installed (make setup puts it in .venv-checkov); CI requires it",
)


def _allowlist() -> dict:
    return yaml.safe_load(ALLOWLIST_FILE.read_text(encoding="utf-8"))


def test_allowlist_is_short_and_every_entry_has_a_reason():
    allowlist = _allowlist()
    assert 0 < len(allowlist["allow"]) <= 10
    for check_id, reason in allowlist["allow"].items():
        assert check_id.startswith(("CKV_K8S_", "CKV2_K8S_")), check_id
        assert isinstance(reason, str) and len(reason.split()) >= 10, f"{check_id} needs a real reason"
    from mlmanifests.checks.security import EXEMPTIBLE_RULES

    assert set(allowlist["exemptions"]) <= EXEMPTIBLE_RULES


def run_checkov(folder: Path) -> list[dict]:
    """Failed checks Checkov reports for the Kubernetes YAML under `folder`, without touching the network."""
    environment = {**os.environ, "BC_SKIP_MAPPING": "TRUE", "CKV_SKIP_PACKAGE_UPDATE_CHECK": "TRUE", "LOG_LEVEL": "ERROR"}
    environment.pop("BC_API_KEY", None)
    completed = subprocess.run(
        [str(CHECKOV), "--directory", str(folder), "--framework", "kubernetes", "--skip-download",
         "--output", "json", "--quiet", "--compact"],
        capture_output=True, text=True, env=environment, check=False,
    )
    assert completed.returncode in (0, 1), completed.stderr[-2000:]
    results = json.loads(completed.stdout) if completed.stdout.strip() else []
    if isinstance(results, dict):
        results = [results]
    return [failed for result in results for failed in result.get("results", {}).get("failed_checks", [])]


def declared_exemptions(folder: Path, failed: dict) -> set[str]:
    """Our exemption rule ids declared by the object a Checkov finding is about (found by file, kind and name)."""
    kind, _, rest = failed["resource"].partition(".")
    documents = [d for d in yaml.safe_load_all((folder / failed["file_path"].lstrip("/")).read_text(encoding="utf-8"))
                 if isinstance(d, dict)]
    matching = [d for d in documents if d.get("kind") == kind and (d.get("metadata") or {}).get("name", "") in rest]
    if not matching and len(documents) == 1:
        matching = documents  # a graph check names the pod inside the workload the file holds
    return {key[len(EXEMPTION_PREFIX):] for d in matching
            for key in ((d.get("metadata") or {}).get("annotations") or {}) if key.startswith(EXEMPTION_PREFIX)}


def unexpected_findings(folder: Path) -> list[str]:
    allowlist = _allowlist()
    unexpected = []
    for failed in run_checkov(folder):
        if failed["check_id"] in allowlist["allow"]:
            continue
        excused_by = {rule for rule in declared_exemptions(folder, failed)
                      if failed["check_id"] in allowlist["exemptions"].get(rule, [])}
        if not excused_by:
            unexpected.append(f"{failed['check_id']} {failed['check_name']}: {failed['resource']} ({failed['file_path']})")
    return sorted(unexpected)


_ROOT_POD = """\
apiVersion: v1
kind: Pod
metadata:
  name: p
  namespace: n
  annotations: {ANNOTATIONS}
spec:
  containers:
    - name: c
      image: r.example.com/c:1
      resources: {requests: {cpu: 1m, memory: 1Mi}, limits: {memory: 1Mi}}
      securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, readOnlyRootFilesystem: true}
  automountServiceAccountToken: false
  securityContext: {seccompProfile: {type: RuntimeDefault}}
"""


@needs_checkov
def test_harness_reports_a_root_pod_unless_it_declares_the_exemption(tmp_path):
    """The harness itself works both ways, so an empty result over dist/ means something."""
    (tmp_path / "pod.yaml").write_text(_ROOT_POD.replace("{ANNOTATIONS}", "{}"), encoding="utf-8")
    assert [f.split(" ")[0] for f in unexpected_findings(tmp_path)] == ["CKV_K8S_23"]
    exempted = _ROOT_POD.replace("{ANNOTATIONS}", '{exempt.mlmanifests.dev/pss-run-as-non-root: "owned by root"}')
    (tmp_path / "pod.yaml").write_text(exempted, encoding="utf-8")
    assert unexpected_findings(tmp_path) == []


@needs_checkov
def test_dist_has_no_checkov_finding_outside_the_allowlist(tmp_path, default_dist):
    """This project's own objects (upstream Kubeflow's, patched or not, are upstream's settings: the security
    checks summarize them per component instead)."""
    copy = tmp_path / "dist"
    shutil.copytree(default_dist, copy)
    for path in copy.rglob("*.yaml"):
        target = path.relative_to(copy).parts[0]
        if is_upstream(target, path.read_bytes()):
            path.unlink()
    assert unexpected_findings(copy) == []
