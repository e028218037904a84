# Homeward — two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-test

.PHONY: run test venv bench lint translations clean system-deps installer installer-test

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Tools the tests use from the system: pdftoppm renders printed pages to PNG.
# Installed with apt-get when missing and we are allowed to (root on Debian).
system-deps:
	@command -v pdftoppm >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null; \
	  else \
	    echo "Please install poppler-utils (pdftoppm) for the printing tests."; exit 1; \
	  fi; }

venv: $(STAMP)

# Opens the app; the first run creates a demo database in the user's data folder.
run: $(STAMP)
	$(PY) -m desktop_app --first-run-demo

test: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

# The one-folder desktop bundle (dist/homeward/) and, on Linux, the tar.gz that installs it.
INSTALLER_STAMP := $(VENV)/.installed-installer
$(INSTALLER_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,installer]'
	touch $(INSTALLER_STAMP)

installer: $(INSTALLER_STAMP)
	$(PY) installer/build.py

# Runs the built bundle: version, help, new database, demo, transitions, a PDF,
# an old-schema upgrade and the Linux install script. Slow, so not part of `make test`.
installer-test: $(INSTALLER_STAMP)
	@test -x dist/homeward/homeward -o -x dist/homeward/homeward-cli.exe || { \
	  echo "No bundle in dist/homeward: run 'make installer' first."; exit 1; }
	$(PY) installer/smoke_test.py

bench: $(STAMP)
	$(PY) -m benchmarks

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop_app tests benchmarks

# Refresh the translators' .ts files from the UI's strings, then build the .qm files the app loads.
translations: $(STAMP)
	for lang in da sv de; do \
	  $(VENV)/bin/pyside6-lupdate -no-obsolete -locations none -target-language $$lang \
	    desktop_app/ui/*.py -ts resources/translations/homeward_$$lang.ts || exit 1; \
	done
	$(VENV)/bin/python resources/translations/fill_translations.py
	$(VENV)/bin/pyside6-lrelease resources/translations/*.ts

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
