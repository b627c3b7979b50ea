"""The kubeflow-gke target: its config section (config.py) and its chart (chart.py)."""
