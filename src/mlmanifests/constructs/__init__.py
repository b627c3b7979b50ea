"""Reusable constructs shared by the charts (pod security, scheduling, references)."""
