# The two commands a user needs: `make serve` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= archive.db
PORT   ?= 8001

.PHONY: serve build test install install-test eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --upgrade pip >/dev/null

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

build: install
	$(BIN)/press-archive build seeds --db $(DB)

serve: build
	$(BIN)/press-archive serve --db $(DB) --port $(PORT)

test: install-test
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/press-archive evaluate all

clean:
	rm -rf $(VENV) $(DB) build *.egg-info
