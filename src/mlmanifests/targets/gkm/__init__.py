"""The gkm target: its config section (config.py, prerequisites.py) and its chart (chart.py)."""
