"""kro, whole: ResourceGraphDefinition templates built from the typed bindings (template), the offline check
of a graph (graph, with cel, cel_types, schema, environment, template_checks, status_checks) and its
drawing (render).

The check runs among the others through mlmanifests.checks.kro; this package builds on mlmanifests.checks
(findings, schemas, the manifest set), never the other way round at import time.
"""
