# Two entry points for a fresh clone (see README "Quick start"):
#   make briefing  - set up .venv (project and test extras) and write the briefing of seeds/ into output/
#   make test      - set up the same .venv if needed and run the test suite
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed
# The modules setup.py compiles with mypyc: editing one reinstalls (recompiles) before the next
# `make test` / `make briefing`. (Run without make, a stale compiled core is not used: briefing/_native.py.)
CORE := $(shell $(PYTHON) setup.py --core)

.PHONY: briefing test lint bench clean

$(STAMP): pyproject.toml setup.py $(CORE)
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e ".[test]"
	$(VENV)/bin/python -c "import briefing._native as n; print('briefing:', n.status().reason)"
	touch $(STAMP)

briefing: $(STAMP)
	$(VENV)/bin/briefing generate

test: $(STAMP)
	$(VENV)/bin/python -m pytest -q

# Benchmarks (not tests): sizes 10..10,000, a table on stdout, JSON in bench/results/.
bench: $(STAMP)
	$(VENV)/bin/python -m pip install --quiet -e ".[test,bench]"
	$(VENV)/bin/python bench/run.py --json bench/results/latest.json

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) build output/*.pdf output/*.docx output/*.json output/*.html output/*.md
	$(PYTHON) -c "import setup; setup.clean_source_tree()"
