"""A syrupy extension that keeps one readable .yaml snapshot per synthesized output file, under snapshots/.

`assert text == dist_snapshot(name="gkm/40_pod_ns_name.yaml")` compares with snapshots/gkm/40_pod_ns_name.yaml;
`pytest --snapshot-update` rewrites it. Review the diff of snapshots/ like code: it is what users will apply.
"""

from __future__ import annotations

from pathlib import Path

from syrupy.data import Snapshot, SnapshotCollection
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

SNAPSHOT_DIR = Path(__file__).resolve().parent.parent / "snapshots"


class DistFileSnapshot(SingleFileSnapshotExtension):
    _write_mode = WriteMode.TEXT
    file_extension = "yaml"

    @classmethod
    def get_snapshot_name(cls, *, test_location, index=0) -> str:
        name = str(index)
        if not name.endswith(".yaml"):
            name += ".yaml"  # Kustomization files
        return name[: -len(".yaml")]

    @classmethod
    def dirname(cls, *, test_location) -> str:
        return str(SNAPSHOT_DIR)

    @classmethod
    def discovery_dirname(cls, *, test_location) -> str:
        return str(SNAPSHOT_DIR)

    def read_snapshot_collection(self, *, snapshot_location: str) -> SnapshotCollection:
        # A snapshot's name is its path under snapshots/ (e.g. gkm/40_pod_ns_name), as the tests name it;
        # syrupy would use the file's basename and then report every nested snapshot as unused.
        name = Path(snapshot_location).relative_to(SNAPSHOT_DIR).as_posix()[: -len(".yaml")]
        collection = SnapshotCollection(location=snapshot_location)
        collection.add(Snapshot(name=name))
        return collection
