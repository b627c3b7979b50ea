"""A run, planned and sequenced: which targets go to which cluster (plan), charts to manifests (synth),
the whole run with its checks (pipeline), and the Node.js runtime cdk8s needs (node).
"""
