# Every target creates what it needs: the virtualenv, its packages, the mock server.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: generate check-generated test lint typecheck bench clean rebuild-spec

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Regenerate the SDK from the committed openapi.yaml (or FILE=... / URL=...).
generate: $(STAMP)
	$(PY) -m scripts.generate $(if $(FILE),--file $(FILE)) $(if $(URL),--url $(URL))

## Fail if the generated tree differs from what regeneration produces.
check-generated: $(STAMP)
	$(PY) -m scripts.generate --check

## The whole suite: lint, types, generated-tree check, unit, loopback and contract tests.
test: $(STAMP)
	$(PY) -m ruff check ibl_client scripts tests bench
	$(PY) -m ruff format --check ibl_client scripts tests bench
	$(PY) -m mypy
	$(PY) -m scripts.generate --check
	$(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check ibl_client scripts tests bench

typecheck: $(STAMP)
	$(PY) -m mypy

## Rebuild openapi.yaml from the pinned official wheel (needs the package registry).
rebuild-spec: $(STAMP)
	$(PY) -m scripts.rebuild_spec --version 3.66.0 --out openapi.yaml

bench: $(STAMP)
	$(PY) -m bench

clean:
	rm -rf $(VENV) .cache .pytest_cache .mypy_cache .ruff_cache
