import sys

if sys.argv[1:2] == ["render"]:
    # `render DIR` starts without the config models and cdk8s (see kustomize/render_cli.py).
    from .kustomize.render_cli import render_main

    code = render_main(sys.argv[1:])
    if code is not None:
        sys.exit(code)

from .cli import main

sys.exit(main())
