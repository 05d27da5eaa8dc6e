# Region Manager: the two set-up commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Every third-party package, pinned with its hashes (app + test + dev extras, Python 3.11): `make lock`.
LOCK := requirements.lock
export PIP_DISABLE_PIP_VERSION_CHECK := 1

TS := resources/translations/regionmgr_fr.ts
# English needs a catalogue too, for its plural forms only ("1 task shown", "22 tasks shown").
EN_TS := resources/translations/regionmgr_en.ts
QM := resources/translations/regionmgr_fr.qm resources/translations/regionmgr_en.qm

.PHONY: run test test-fast bench soak app smoke lint lock translations package clean

# The venv holds exactly the locked versions (the tests, CI and the frozen build all use it);
# the app itself is then installed over them, editable, adding nothing.
$(STAMP): pyproject.toml $(LOCK)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

## lock: resolve requirements.lock again from pyproject.toml (after changing a dependency there)
lock: $(STAMP)
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --extra test --extra dev --strip-extras --allow-unsafe --generate-hashes \
		--no-emit-index-url --no-emit-find-links --output-file=$(LOCK) pyproject.toml

# The compiled catalogues (not committed: built from the .ts files).
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

## translations: extract every tr() string into the .ts catalogues (keeps existing translations;
## the English one holds only the plural forms)
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete -target-language fr_FR $$(find regionmgr -name '*.py' | sort) -ts $(TS)
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete -pluralonly -target-language en_GB $$(find regionmgr -name '*.py' | sort) -ts $(EN_TS)

## run: create .venv, install, check the system libraries Qt needs (says what to apt-get install,
## or installs them when run as root), start the app on its default local store
run: $(STAMP) $(QM)
	$(PY) packaging/check_libs.py
	$(PY) -m regionmgr

## test: the whole test suite, offscreen
test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

## test-fast: the inner loop: every test but the slow ones (those that start processes)
test-fast: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow"

## bench: speed and memory figures against a bare PySide6 window measured in the same run
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

## soak: the crash harness with 1,000 kills
soak: $(STAMP)
	$(PY) -m tests.data.crash_harness --kills 1000

## app: the frozen one-folder build in dist/regionmgr
app: $(STAMP) $(QM)
	$(PY) -m PyInstaller --noconfirm --clean build.spec

## smoke: the frozen app starts, opens a fresh store, shows its window and quits
smoke: app
	rm -rf build/smoke-data
	QT_QPA_PLATFORM=offscreen dist/regionmgr/regionmgr --smoke-test --data-dir build/smoke-data

## package: the Debian/Ubuntu package dist/regionmgr_<version>_<arch>.deb (installs under /opt, menu entry, .ics)
package: app
	sh packaging/build_deb.sh dist

## lint: the contracts CI enforces: ruff, the architecture (import-linter: layers, no Qt below
## the UI, independent feature rooms, no cycles) and mypy with zero errors on regionmgr/
lint: $(STAMP)
	$(PY) -m ruff check regionmgr tests benchmarks
	$(VENV)/bin/lint-imports --no-cache
	$(PY) -m mypy regionmgr

clean:
	rm -rf build dist
