"""The kro graph check as `CHECKS` runs it; the check itself is mlmanifests.kro.graph.

The import is on first use: mlmanifests.kro builds on this package (findings, schemas, the manifest set), so
importing it while mlmanifests.checks initializes would be circular.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from mlmanifests.checks.findings import Finding
    from mlmanifests.checks.manifest_set import ManifestSet


def check_kro_graphs(manifests: ManifestSet) -> Iterator[Finding]:
    """Each kro ResourceGraphDefinition checked offline, and each instance of one against its instance schema."""
    from mlmanifests.kro.graph import check_kro_graphs as check

    yield from check(manifests)
