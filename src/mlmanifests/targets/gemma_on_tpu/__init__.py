"""The gemma-on-tpu target: its config section (config.py) and its chart (chart.py)."""
