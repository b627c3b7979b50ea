"""mlmanifests: typed Python config in, deterministic Kubernetes YAML out."""
