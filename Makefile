# Everything bootstraps itself on a fresh Debian machine: `make demo`, `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.yimen-installed
PG_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test

.PHONY: demo test lint bench deps system-deps clean tour

deps: system-deps $(STAMP)

system-deps:
	@installers/debian/system-deps.sh

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Yimen needs Python >= 3.11 (found $$($(PYTHON) --version)). Install python3.11 or set PYTHON=..." >&2; exit 1; }
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV) || { echo "Could not create $(VENV): install python3-venv (apt-get install python3-venv)." >&2; exit 1; }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $(STAMP)

lint: deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache

# PostgreSQL tests run whenever the server answers; in CI (CI=true) skipping them fails the run.
# Each app's UI suite runs in its own process, as the apps themselves do: one QApplication each.
test: deps lint
	@if [ -z "$$YIMEN_TEST_PG_URL" ] && $(PY) -c 'import socket; socket.create_connection(("127.0.0.1", 5432), 1)' 2>/dev/null; then \
	  export YIMEN_TEST_PG_URL='$(PG_URL)'; fi; \
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q --ignore=tests/kiosk_app --ignore=tests/counter_app && \
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q tests/counter_app && \
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q tests/kiosk_app

demo: deps
	$(VENV)/bin/yimen demo

bench: deps
	@for b in bench/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) demo-out .pytest_cache .ruff_cache
