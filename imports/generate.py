"""Regenerate the typed cdk8s bindings in imports/ from the CRDs the project carries.

Every CRD file under src/mlmanifests/crds/ belongs to one API group; all CRDs of a group are imported
together as one Python module named in MODULES (cdk8s import's ``NAME:=FILE`` form, so no module is
called ``io`` and shadowed by the standard library).  Run from anywhere:

    python imports/generate.py            # regenerate every module
    python imports/generate.py gkm kro    # regenerate only these modules

Needs Node.js >= 20 and ``npm ci`` in imports/ (package.json pins cdk8s-cli).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CRD_DIR = HERE.parent / "src" / "mlmanifests" / "crds"
CDK8S = HERE / "node_modules" / ".bin" / "cdk8s"

# API group -> Python module name under imports/.
MODULES: dict[str, str] = {
    "kro.run": "kro",
    "karpenter.sh": "karpenter",
    "karpenter.azure.com": "karpenter_azure",
    "argoproj.io": "argocd",
    "source.toolkit.fluxcd.io": "flux_source",
    "kustomize.toolkit.fluxcd.io": "flux_kustomize",
    "cert-manager.io": "cert_manager",
    "gkm.io": "gkm",
    "networking.istio.io": "istio_networking",
    "security.istio.io": "istio_security",
    "kubeflow.org": "kubeflow",
    "external-secrets.io": "external_secrets",
    "core.cnrm.cloud.google.com": "kcc_core",
    "compute.cnrm.cloud.google.com": "kcc_compute",
    "container.cnrm.cloud.google.com": "kcc_container",
    "iam.cnrm.cloud.google.com": "kcc_iam",
    "resourcemanager.cnrm.cloud.google.com": "kcc_resourcemanager",
    "serviceusage.cnrm.cloud.google.com": "kcc_serviceusage",
    "sql.cnrm.cloud.google.com": "kcc_sql",
    "storage.cnrm.cloud.google.com": "kcc_storage",
    "servicenetworking.cnrm.cloud.google.com": "kcc_servicenetworking",
}


# Kinds whose CRD is carried (the schema checks read it) but that cdk8s cannot compile into a binding; charts build
# them with ApiObject from typed arguments instead (kind -> why).
UNBOUND_KINDS: dict[tuple[str, str], str] = {
    ("external-secrets.io", "ClusterSecretStore"): "jsii rejects the keepersecurity provider's property "
    "`getByTitleFallback` (JSII5000, a Java getter name); built by mlmanifests.constructs.secret_store",
}


PACKAGE_DOC = '''"""Generated cdk8s bindings (see generate.py); importable as mlmanifests.imports.<module>.<group path>."""
'''


def crd_files_by_module() -> dict[str, list[Path]]:
    """Group the CRD files by the module their API group maps to; an unmapped group is an error."""
    grouped: dict[str, list[Path]] = {}
    for path in sorted(CRD_DIR.rglob("*.yaml")):
        if "variants" in path.relative_to(CRD_DIR).parts:
            continue  # another build of a kind imported already (the checks read it, the bindings need it once)
        crd = yaml.safe_load(path.read_text())
        group = crd["spec"]["group"]
        if (group, crd["spec"]["names"]["kind"]) in UNBOUND_KINDS:
            continue
        if group not in MODULES:
            raise SystemExit(f"{path}: API group {group!r} has no module name in imports/generate.py MODULES")
        grouped.setdefault(MODULES[group], []).append(path)
    return grouped


def generate(module: str, files: list[Path]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bundle = Path(tmp) / f"{module}.yaml"
        bundle.write_text("\n---\n".join(p.read_text() for p in files))
        out = Path(tmp) / "out"
        subprocess.run(
            [str(CDK8S), "import", f"{module}:={bundle}", "--language", "python",
             "--no-check-upgrade", "--output", str(out)],
            check=True, cwd=tmp,
        )
        # cdk8s nests the package under the reversed group (gkm/io/gkm); flatten it to imports/gkm so
        # charts import mlmanifests.imports.gkm.
        (package,) = {init.parent for init in (out / module).rglob("__init__.py") if init.parent.name != "_jsii"}
        target = HERE / module
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(package, target)
    (HERE / "__init__.py").write_text(PACKAGE_DOC)
    print(f"imports/{module}: {', '.join(p.name for p in files)}")


def main(argv: list[str]) -> int:
    grouped = crd_files_by_module()
    wanted = argv or sorted(grouped)
    for module in wanted:
        generate(module, grouped[module])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
