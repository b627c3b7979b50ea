# Two entry points for a fresh machine (Python >= 3.11 and Node.js >= 20 on PATH):
#   make synth   set up .venv, then synthesize dist/ from the embedded default config
#   make test    set up .venv with the test dependencies, then run the whole test suite
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
RUNTIME_STAMP := $(VENV)/.installed-runtime
TEST_STAMP := $(VENV)/.installed-test
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20

.PHONY: setup setup-test synth test check bindings
setup: $(RUNTIME_STAMP)
setup-test: $(TEST_STAMP)

$(RUNTIME_STAMP): pyproject.toml setup.py
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is required; set PYTHON=python3.11 (or newer)")'
	@node --version >/dev/null 2>&1 || { echo "Node.js >= 20 is required (cdk8s runs on it): install Node.js 20 or newer"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	# The generated bindings are large; compile them once (PYTHONDONTWRITEBYTECODE may be set here).
	$(PY) -m compileall -q imports src
	@touch $(RUNTIME_STAMP)

$(TEST_STAMP): $(RUNTIME_STAMP)
	$(PY) -m pip install --quiet -e '.[test]'
	# Checkov (held against our security checks in the tests) pins packaging<24, which pytest 9 cannot share.
	$(PYTHON) -m venv .venv-checkov
	.venv-checkov/bin/pip install --quiet checkov==3.3.30
	@touch $(TEST_STAMP)

synth: setup
	$(PY) -m mlmanifests synth

test: setup-test
	$(PY) -m pytest

check: setup
	$(PY) -m mlmanifests synth --check

# Regenerate imports/ from src/mlmanifests/crds/ (needs npm; not part of setup).
bindings: setup
	cd imports && npm ci --no-audit --no-fund
	$(PY) imports/generate.py
