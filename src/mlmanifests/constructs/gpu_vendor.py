"""GPU vendors: the extended resource their device plugin advertises and the Node Feature Discovery labels that mark
their nodes, so a workload asks the vendor instead of spelling `amd.com/gpu` or a PCI label by hand."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

VendorName = Literal["amd", "nvidia"]

# An extended resource name: a domain-qualified name (`<domain>/<name>`), as the device plugin registers it.
_RESOURCE = re.compile(r"^(?P<domain>[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+)"
                       r"/(?P<name>[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)$")


@dataclass(frozen=True)
class GpuVendor:
    """One GPU vendor as Kubernetes sees it."""

    name: VendorName
    toolkit: str
    """The compute stack caches are built for (GKM's example images are tagged `-rocm` or `-cuda`)."""
    resource_domain: str
    """Domain of the extended resources its device plugin advertises (`amd.com/gpu`, `nvidia.com/mig-1g.5gb`)."""
    pci_vendor_id: str
    """PCI vendor id in NFD's `feature.node.kubernetes.io/pci-<class>_<vendor>.present` labels."""
    pci_classes: tuple[str, ...]
    """PCI device classes a GPU of this vendor shows as (display 0300, 3D 0302, other display 0380)."""

    @property
    def resource_name(self) -> str:
        return f"{self.resource_domain}/gpu"

    def check_resource_name(self, resource: str) -> str:
        """`resource` if it is an extended resource of this vendor's device plugin; else a ValueError naming the fix."""
        match = _RESOURCE.match(resource)
        if not match:
            raise ValueError(f"{resource!r} is not an extended resource name (<domain>/<name>, e.g. {self.resource_name})")
        if match["domain"] != self.resource_domain:
            raise ValueError(f"{resource!r} is not advertised by {self.name} GPUs' device plugin: "
                             f"use a {self.resource_domain}/… resource (e.g. {self.resource_name}) or change `vendor`")
        return resource

    def nfd_labels(self) -> list[str]:
        """NFD labels one of which every node with such a GPU carries (any of them selects the node)."""
        return [f"feature.node.kubernetes.io/pci-{cls}_{self.pci_vendor_id}.present" for cls in self.pci_classes]


# The PCI classes are those of GKM's own NFD affinity examples (redhat-et/GKM examples/patch/affinity-nfd-rocm.txt and
# affinity-nfd-cuda.txt at f0e65de4): 0300/0302/0380 for AMD (vendor 1002), 0300/0302 for NVIDIA (vendor 10de).
VENDORS: dict[str, GpuVendor] = {
    "amd": GpuVendor("amd", "rocm", "amd.com", "1002", ("0300", "0302", "0380")),
    "nvidia": GpuVendor("nvidia", "cuda", "nvidia.com", "10de", ("0300", "0302")),
}
