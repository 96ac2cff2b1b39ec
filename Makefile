# Two commands on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test install install-test schema clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

## make run: read corpus/documents/ and write output/ (one JSON per document + manifest.json)
run: install
	$(BIN)/malkoll run corpus/documents --out output

## make test: run the test suite (pytest exit code 5, "no tests", fails too)
test: install-test
	$(BIN)/python -m pytest

## make schema: regenerate the committed JSON Schema after a deliberate record change
schema: install
	$(BIN)/malkoll schema > pipeline/schema.json

clean:
	rm -rf $(VENV) output/*.json
