# Everything bootstraps itself on a fresh Debian machine: `make demo`, `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.yimen-installed
PG_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test

LOCK_FLAGS := --universal --python-version 3.11 --generate-hashes --no-header --annotation-style line

.PHONY: demo test lint bench deps system-deps clean tour lock package peers translations translations-update soak

deps: system-deps $(STAMP) translations

# Qt translations (docs/translations.md): the .ts sources are in git, the .qm catalogues the
# apps load are built from them here (pyside6-lrelease), so they never drift from their source
TS_DIR := shared/ui/translations
TS_FILES := $(wildcard $(TS_DIR)/yimen_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
LANGUAGES ?= $(patsubst $(TS_DIR)/yimen_%.ts,%,$(TS_FILES))
I18N_SOURCES = $(shell find kiosk_app counter_app shared/ui -name '*.py' | LC_ALL=C sort)

translations: $(QM_FILES)

$(TS_DIR)/%.qm: $(TS_DIR)/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# after a change of the UI strings or of a typed error's words, or to start a language:
# LANGUAGES=khb make translations-update (the services' sentences are read out first: yimen/service_words.py)
translations-update: $(STAMP)
	$(PY) -m yimen.service_words
	@for l in $(LANGUAGES); do \
	  $(VENV)/bin/pyside6-lupdate -silent -source-language zh_CN -target-language $$l -no-obsolete -locations none \
	    $(I18N_SOURCES) -ts $(TS_DIR)/yimen_$$l.ts || exit 1; done

system-deps:
	@installers/debian/system-deps.sh

# Everything comes from the hash-locked requirements/dev.lock (the runtime set with the
# camera extra, requirements/camera.lock, plus the test and build tools): pip refuses any file whose hash
# differs. The project itself is installed editable without build isolation, so even its
# build backend comes from the lock.
$(STAMP): pyproject.toml requirements/dev.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Yimen needs Python >= 3.11 (found $$($(PYTHON) --version)). Install python3.11 or set PYTHON=..." >&2; exit 1; }
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV) || { echo "Could not create $(VENV): install python3-venv (apt-get install python3-venv)." >&2; exit 1; }
	$(PY) -m pip install -q --require-hashes --no-deps -r requirements/dev.lock
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	@touch $(STAMP)

# mypy reads its files and its strictness per layer from pyproject.toml ([tool.mypy])
lint: deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/mypy

# PostgreSQL tests run whenever the server answers; in CI (CI=true) skipping them fails the run.
# Each app's UI suite runs in its own process, as the apps themselves do: one QApplication each.
test: deps lint
	@if [ -z "$$YIMEN_TEST_PG_URL" ] && $(PY) -c 'import socket; socket.create_connection(("127.0.0.1", 5432), 1)' 2>/dev/null; then \
	  export YIMEN_TEST_PG_URL='$(PG_URL)'; fi; \
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q --ignore=tests/kiosk_app --ignore=tests/counter_app && \
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q tests/counter_app && \
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q tests/kiosk_app

# Re-resolve the locks after a change of pyproject.toml's dependencies (needs the network):
# the runtime set first (a kiosk with a hand scanner), the runtime set with the camera extra
# (OpenCV, numpy, zxing-cpp, pyzbar) at the same versions, the development set constrained
# to those, and WeChat's environment for the QR benchmark (requirements/peers.in).
# the whole suite three times in a row with both cores kept busy (.ci/soak; about 60 min a run, OVERLAP=1 about 37)
soak:
	.ci/soak

lock: $(STAMP)
	$(VENV)/bin/uv pip compile pyproject.toml $(LOCK_FLAGS) -o requirements/runtime.lock
	$(VENV)/bin/uv pip compile pyproject.toml --extra camera \
	  -c requirements/runtime.lock $(LOCK_FLAGS) -o requirements/camera.lock
	$(VENV)/bin/uv pip compile pyproject.toml requirements/build.in --extra dev --extra camera \
	  -c requirements/camera.lock $(LOCK_FLAGS) -o requirements/dev.lock
	$(VENV)/bin/uv pip compile requirements/peers.in \
	  -c requirements/camera.lock $(LOCK_FLAGS) -o requirements/peers.lock

# WeChat's QR decoder lives in opencv-contrib, which Yimen does not install (it read nothing
# zxing-cpp missed); bench/bench_qr_decode.py runs it from this separate environment.
PEERS ?= .venv-peers
$(PEERS)/.installed: requirements/peers.lock
	@[ -x $(PEERS)/bin/python ] || $(PYTHON) -m venv $(PEERS)
	$(PEERS)/bin/python -m pip install -q --require-hashes --no-deps -r requirements/peers.lock
	@touch $@

peers: $(PEERS)/.installed

# dist/yimen_<version>_amd64.deb with its own Python under /opt/yimen (docs/install.md)
package: deps
	$(PY) installers/debian/build_deb.py --out dist

demo: deps
	$(VENV)/bin/yimen demo

# The PostgreSQL figures (hall, catalog sync, case accept) are measured whenever the server answers.
bench: deps peers
	@if [ -z "$$YIMEN_BENCH_PG_URL" ] && $(PY) -c 'import socket; socket.create_connection(("127.0.0.1", 5432), 1)' 2>/dev/null; then \
	  export YIMEN_BENCH_PG_URL='$(PG_URL)'; fi; \
	for b in bench/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) $(PEERS) $(QM_FILES) demo-out .pytest_cache .ruff_cache .mypy_cache build dist
