# Every target creates what it needs: the virtualenv, its packages, the mock server.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# pytest-xdist workers for `make test` (a module stays on one worker: tests/conftest.py).
TEST_WORKERS ?= 2

.PHONY: generate check-generated test lint typecheck bench clean rebuild-spec

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Regenerate the SDK from the committed openapi.yaml, or from a new description:
## URL=... (the live schema), FILE=... (a saved one), VERSION=... (a published API version,
## rebuilt from the official wheel). OUTPUT=dir writes a whole SDK there instead.
generate: $(STAMP)
	$(PY) -m scripts.generate $(if $(FILE),--file $(FILE)) $(if $(URL),--url $(URL)) \
		$(if $(VERSION),--version $(VERSION)) $(if $(OUTPUT),--output $(OUTPUT))

## Fail if the generated tree differs from what regeneration produces.
check-generated: $(STAMP)
	$(PY) -m scripts.generate --check

## The whole suite: lint, types, generated-tree check, unit, loopback and contract tests.
test: $(STAMP)
	$(PY) -m ruff check ibl_client scripts tests bench
	$(PY) -m ruff format --check ibl_client scripts tests bench
	$(PY) -m mypy
	$(PY) -m scripts.generate --check
	$(PY) -m pytest -n $(TEST_WORKERS)

lint: $(STAMP)
	$(PY) -m ruff check ibl_client scripts tests bench

typecheck: $(STAMP)
	$(PY) -m mypy

## Rebuild openapi.yaml from the official wheel of the version it records (x-rebuilt-from).
SPEC_VERSION = $(shell sed -n '/^x-rebuilt-from:/,$$ s/^  version: //p' openapi.yaml)
rebuild-spec: $(STAMP)
	$(PY) -m scripts.rebuild_spec --version $(SPEC_VERSION) --out openapi.yaml

bench: $(STAMP)
	$(PY) -m bench

clean:
	rm -rf $(VENV) .cache .pytest_cache .mypy_cache .ruff_cache
