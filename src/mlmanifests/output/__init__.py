"""What goes to dist/: where each object goes (layout), its YAML (yaml), the GitOps objects that deploy it
(gitops), rendering, comparing and swapping the tree in (writer, diff), one run at a time (dir_lock).
"""
