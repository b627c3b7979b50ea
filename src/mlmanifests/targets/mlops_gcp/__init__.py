"""The mlops-gcp target: its config section (config.py) and its chart (chart.py; kfp.py: the Kubeflow Pipelines part)."""
