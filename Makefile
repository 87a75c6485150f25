# The two commands a new machine needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test typecheck bench lint clean translations update-translations wheel

# Interface catalogues, inside the package: the .ts sources are committed, the .qm files
# Qt loads are built beside them (and shipped in the wheel, never committed).
TRANSLATIONS := testimony_app/translations
TS := $(wildcard $(TRANSLATIONS)/*.ts)
QM := $(TS:.ts=.qm)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP) translations
	$(BIN)/testimony-gui

# A segmentation fault prints every thread's Python stack: pytest's faulthandler does it
# while the tests run; PYTHONFAULTHANDLER also at the test process's exit (after pytest has
# let go of its handler) and in the programs the tests start.
test: $(STAMP) translations typecheck
	QT_QPA_PLATFORM=offscreen PYTHONFAULTHANDLER=1 $(BIN)/python -m pytest -q

# mypy over the packages [tool.mypy] in pyproject.toml names; a type error fails `make test`
# before any test runs. Its cache (.mypy_cache) makes a second run take a fraction.
typecheck: $(STAMP)
	$(BIN)/python -m mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/bench/run.py

# A release: the wheel in dist/, with the questionnaires, the word list and the catalogues
# built just before (setup.py refuses to build a wheel without them).
wheel: $(STAMP) translations
	$(BIN)/pip wheel --quiet --no-deps --no-build-isolation --wheel-dir dist .

translations: $(QM)

$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing interface strings: add new ones to the catalogues (then translate them).
# The Sorani catalogue declares language="ku", not "ckb": lupdate refuses to update a
# catalogue whose language has no plural rules in Qt ("won't be updated: ... the target
# language is not recognized"), and Qt has none for ckb; Kurdish's two forms fit Sorani.
# The app loads testimony_ckb.qm by file name for the language code ckb, so users never see
# the declaration. tests/unit/test_sorani_language.py fails once lupdate accepts ckb.
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate testimony_app/gui/*.py testimony_app/gui/*/*.py testimony_app/messages/*.py -no-obsolete -locations none -ts $(TS)

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache
	rm -f $(TRANSLATIONS)/*.qm
