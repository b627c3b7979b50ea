"""The kubeflow-aks target: its config section (config.py, nodes_config.py, overlays_config.py,
karpenter_provider.py) and its chart (chart.py with auth.py, nodes.py, overlays.py).
"""
