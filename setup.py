"""Installs src/mlmanifests and, as mlmanifests.imports, the generated cdk8s bindings in imports/."""

from setuptools import find_namespace_packages, setup

GENERATED = ["mlmanifests.imports"] + [
    f"mlmanifests.imports.{name}" for name in find_namespace_packages("imports", exclude=["node_modules*"])
]

setup(
    package_dir={"": "src", "mlmanifests.imports": "imports"},
    packages=find_namespace_packages("src", include=["mlmanifests*"]) + GENERATED,
    package_data={
        "mlmanifests": ["crds/**/*", "defaults/*.yaml", "defaults/*.lock", "py.typed"],
        "mlmanifests.imports": ["**/*.tgz", "**/py.typed"],
    },
)
