# Homeward — two commands: `make run` and `make test`.
PYTHON ?= python3
# Python keeps compiled modules in __pycache__ (ignored by git) so that each process
# the tests and benchmarks start does not compile Homeward again; an environment that
# turns this off for its own reasons does not turn it off here.
unexport PYTHONDONTWRITEBYTECODE
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-test

.PHONY: run run-pseudo test venv bench lint translations clean system-deps installer installer-test

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Tools the tests use from the system: pdftoppm renders printed pages to PNG, and a
# PostgreSQL server (started as a throwaway cluster by the tests) proves the team set-up;
# the da_DK.UTF-8 locale lets them create a server database with a Danish collation, as
# a municipality's server often has. The accessibility tests read the desktop as a screen
# reader does: an X server (Xvfb), a window manager (openbox), a session bus (dbus) and the
# AT-SPI bus and registry (at-spi2-core). Installed when missing and we may (root on Debian).
SYSTEM_PACKAGES := poppler-utils postgresql locales xvfb openbox dbus-daemon at-spi2-core
system-deps:
	@if ! command -v pdftoppm >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
	    || ! command -v Xvfb >/dev/null 2>&1 || ! command -v openbox >/dev/null 2>&1 \
	    || ! command -v dbus-daemon >/dev/null 2>&1 || ! test -x /usr/libexec/at-spi-bus-launcher \
	    || ! locale -a 2>/dev/null | grep -qi '^da_DK.utf-\?8$$'; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    echo "Installing $(SYSTEM_PACKAGES) and the da_DK.UTF-8 locale for the tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null \
	      && localedef -i da_DK -f UTF-8 da_DK.UTF-8; \
	  else \
	    echo "Please install $(SYSTEM_PACKAGES) and generate the da_DK.UTF-8 locale for the printing, PostgreSQL and accessibility tests."; exit 1; \
	  fi; \
	fi

venv: $(STAMP)

# Opens the app; the first run creates a demo database in the user's data folder.
run: $(STAMP)
	$(PY) -m desktop_app --first-run-demo

# The same with every text lengthened and accented, to see that nothing is cut off.
run-pseudo: $(STAMP)
	HOMEWARD_LANGUAGE=pseudo $(PY) -m desktop_app --first-run-demo

# The whole suite on SQLite, then every test that uses a database again on a throwaway
# PostgreSQL cluster (started by the tests) when the server is installed; it says which ran.
# Tests run in parallel: one worker per core, one more on PostgreSQL (TEST_WORKERS=0 runs them in one process).
TEST_WORKERS ?= auto
PYTEST := QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -n $(TEST_WORKERS)
test: $(STAMP) system-deps
	@echo "== Tests on SQLite =="
	$(PYTEST) --backend sqlite
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then \
	  echo "== Tests on PostgreSQL =="; \
	  $(PYTEST) --backend postgresql && echo "Backends tested: SQLite and PostgreSQL."; \
	else \
	  echo "Backends tested: SQLite only (PostgreSQL's server is not installed; make system-deps installs it)."; \
	fi

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
	$(VENV)/bin/ruff format --check tests benchmarks

# Refresh the .ts files (da, sv, de) from the UI's strings, then build the .qm files the app loads;
# and the same for the printed documents' gettext catalogues (resources/locale/*/homeward.po/.mo).
translations: $(STAMP)
	$(PY) tools/translations.py update
	$(PY) tools/report_translations.py update

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
