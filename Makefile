# Region Manager: the two set-up commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export PIP_DISABLE_PIP_VERSION_CHECK := 1

TS := resources/translations/regionmgr_fr.ts
QM := resources/translations/regionmgr_fr.qm

.PHONY: run test bench soak app smoke lint translations package clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

# The compiled French catalogue (not committed: built from the .ts).
$(QM): $(TS) $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

## translations: extract every tr() string into the .ts catalogue (keeps existing translations)
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete -target-language fr_FR $$(find regionmgr -name '*.py' | sort) -ts $(TS)

## run: create .venv, install, start the app on its default local store
run: $(STAMP) $(QM)
	$(PY) -m regionmgr

## test: the whole test suite, offscreen
test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

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

lint: $(STAMP)
	$(PY) -m ruff check regionmgr tests benchmarks

clean:
	rm -rf build dist
