"""`validate`: reading files and folders, kustomization folders, exit codes, field lines, text and JSON output."""

from __future__ import annotations

import io
import json
from pathlib import Path


from conftest import run_cli
from mlmanifests.checks import format_text, run_checks
from mlmanifests.cli.validate import validate_command
from mlmanifests.manifests import Manifest

CLEAN = Path(__file__).parent / "corpus" / "clean-deployment.yaml"
BROKEN_CONFIG_MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: ns1\ndata:\n  a: b\nbogus: 1\n"


def _run(paths, output_format="text", kubernetes_version="1.35") -> tuple[int, str]:
    out = io.StringIO()
    code = validate_command([str(p) for p in paths], output_format=output_format, kubernetes_version=kubernetes_version, stdout=out)
    return code, out.getvalue()


def test_clean_file_exits_0():
    code, text = _run([CLEAN])
    assert code == 0 and text.strip() == "0 errors, 0 warnings, 0 exemptions"


def test_errors_exit_1_and_point_at_the_line_of_the_field(tmp_path):
    (tmp_path / "a.yaml").write_text("---\n" + BROKEN_CONFIG_MAP, encoding="utf-8")
    code, output = _run([tmp_path / "a.yaml"], output_format="json")
    assert code == 1
    [finding] = json.loads(output)["findings"]
    assert (finding["rule"], finding["path"], finding["line"]) == ("schema", "bogus", 9)
    assert finding["file"].endswith("a.yaml")


def test_bad_yaml_exits_2_with_one_line_naming_file_and_line(tmp_path):
    (tmp_path / "bad.yaml").write_text("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [\n", encoding="utf-8")
    code, output = _run([tmp_path / "bad.yaml"])
    assert code == 2
    assert output.count("\n") == 1 and f"{tmp_path / 'bad.yaml'}:" in output and "invalid YAML" in output


def test_missing_path_exits_2(tmp_path):
    code, output = _run([tmp_path / "nowhere"])
    assert code == 2 and "no such file or folder" in output


def test_unsupported_kubernetes_version_exits_2():
    code, output = _run([CLEAN], kubernetes_version="0.9")
    assert code == 2 and "older than the oldest schemas" in output


def test_folder_is_read_recursively_in_sorted_order_with_every_document(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.yml").write_text(BROKEN_CONFIG_MAP.replace("name: c", "name: second"), encoding="utf-8")
    (tmp_path / "a.yaml").write_text(BROKEN_CONFIG_MAP + "---\n" + BROKEN_CONFIG_MAP.replace("name: c", "name: first"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not yaml: [", encoding="utf-8")
    code, output = _run([tmp_path], output_format="json")
    findings = json.loads(output)["findings"]
    assert code == 1
    assert sorted((f["object"]["name"], Path(f["file"]).name, f["line"]) for f in findings) == [
        ("c", "a.yaml", 8), ("first", "a.yaml", 17), ("second", "two.yml", 8)]


def test_kustomization_folder_is_rendered_first(tmp_path):
    (tmp_path / "Kustomization").write_text("resources: [cm.yaml]\nnamespace: ns2\n", encoding="utf-8")
    (tmp_path / "cm.yaml").write_text(BROKEN_CONFIG_MAP, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "ignored.yaml").write_text("not: [valid", encoding="utf-8")
    code, output = _run([tmp_path], output_format="json")
    findings = json.loads(output)["findings"]
    assert code == 1 and [(f["path"], f["object"]["namespace"]) for f in findings] == [("bogus", "ns2")]


def test_renderer_failure_is_an_input_error(tmp_path):
    (tmp_path / "kustomization.yml").write_text("resources: [a.yaml]\n", encoding="utf-8")
    code, output = _run([tmp_path])
    assert code == 2 and "kustomization.yml" in output and "a.yaml" in output


def test_list_documents_are_expanded(tmp_path):
    (tmp_path / "list.yaml").write_text(
        "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: a, namespace: ns1}\n  wrong: 1\n",
        encoding="utf-8")
    code, output = _run([tmp_path / "list.yaml"], output_format="json")
    [finding] = json.loads(output)["findings"]
    assert code == 1 and (finding["object"]["name"], finding["path"], finding["line"]) == ("a", "wrong", 7)


def test_text_output_groups_by_object_and_colours_only_when_asked():
    manifest = Manifest("t", {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "namespace": "ns1"}, "x": 1, "y": 2})
    report = run_checks([manifest])
    plain = format_text(report, color=False)
    assert "\033[" not in plain
    assert plain.count("ConfigMap ns1/c") == 1 and "unknown field `x`" in plain and "unknown field `y`" in plain
    assert plain.rstrip().endswith("2 errors, 0 warnings, 0 exemptions")
    assert "\033[31m" in format_text(report, color=True)


def test_files_given_together_resolve_references_across_each_other(tmp_path):
    account = "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: runner, namespace: ns1}\n"
    pod = (Path(__file__).parent / "corpus" / "dangling-service-account-and-pull-secret.yaml").read_text(encoding="utf-8")
    (tmp_path / "account.yaml").write_text(account, encoding="utf-8")
    (tmp_path / "pod.yaml").write_text(pod.replace("namespace: demo", "namespace: ns1").replace("reader\n  imagePullSecrets:\n    - name: registry-credentials", "runner"), encoding="utf-8")
    code, output = _run([tmp_path / "pod.yaml"], output_format="json")
    assert code == 1 and [f["rule"] for f in json.loads(output)["findings"]] == ["dangling-service-account"]
    code, output = _run([tmp_path / "pod.yaml", tmp_path / "account.yaml"], output_format="json")
    assert code == 0, output


def test_each_kustomization_folder_is_its_own_target(tmp_path):
    for target in ("one", "two"):
        (tmp_path / target).mkdir()
        (tmp_path / target / "kustomization.yaml").write_text("resources: [cm.yaml]\n", encoding="utf-8")
        (tmp_path / target / "cm.yaml").write_text(
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: same, namespace: ns1}\ndata: {a: b}\n", encoding="utf-8")
    code, output = _run([tmp_path], output_format="json")
    assert code == 0, output  # the same ConfigMap in two targets is not a duplicate


def test_yaml_is_read_as_kubectl_reads_it(tmp_path):
    """YAML 1.1 booleans (kubectl's reader) and anchored booleans come out as plain bool, not str or int."""
    (tmp_path / "cm.yaml").write_text(
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: ns1}\nimmutable: &flag yes\ndata: {a: b}\n"
        "---\napiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: ns1}\nimmutable: on\n",
        encoding="utf-8")
    from mlmanifests.checks.validate import read_paths

    bodies = [document.manifest.body for document in read_paths([str(tmp_path / "cm.yaml")])]
    assert [body["immutable"] for body in bodies] == [True, True]
    assert all(type(body["immutable"]) is bool for body in bodies)
    assert _run([tmp_path / "cm.yaml"])[0] == 0


def test_validate_reaches_kustomization_folders_nested_in_one(tmp_path):
    """dist/<target>/instances/ is a kustomization of its own inside the target's: its kro instances are checked
    against the RGD of the target folder above them."""
    dist = tmp_path / "dist"
    assert run_cli("synth", "--target", "gemma-on-tpu", "--set", f"global.outputDir={dist}").code == 0
    code, _ = _run([dist])
    assert code == 0
    (instance,) = [p for p in (dist / "gemma-on-tpu" / "instances").glob("*.yaml") if p.name.endswith("_gemma-tpu.yaml")]
    instance.write_text(instance.read_text().replace("replicas: 1", "replicas: -1"), encoding="utf-8")
    code, output = _run([dist], output_format="json")
    assert code == 1
    assert [(f["rule"], f["path"]) for f in json.loads(output)["findings"] if f["severity"] == "error"] == [
        ("kro-instance", "spec.replicas")]
