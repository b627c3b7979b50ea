"""Required node affinity for a GPU node group: its labels, and (with Node Feature Discovery) any of its vendor's
PCI labels. Node selector terms are ORed and the expressions of a term ANDed, so each term is "the group's labels and
one NFD label". Affinity, unlike a nodeSelector, adds to the node pin GKM's agent puts on an extraction Job."""

from __future__ import annotations

from typing import Mapping, Sequence


def node_selector_terms(labels: Mapping[str, str], nfd_labels: Sequence[str]) -> list[list[dict]]:
    """The match expressions of each term of a requiredDuringSchedulingIgnoredDuringExecution node affinity."""
    by_label = [{"key": key, "operator": "In", "values": [value]} for key, value in sorted(labels.items())]
    if nfd_labels:
        return [[*by_label, {"key": label, "operator": "Exists"}] for label in nfd_labels]
    return [by_label] if by_label else []
