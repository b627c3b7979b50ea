"""Generated cdk8s bindings (see generate.py); importable as mlmanifests.imports.<module>.<group path>."""
