# Every target creates what it needs: the virtualenv, its packages, the mock server.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# pytest-xdist workers for `make test` (a module stays on one worker: tests/conftest.py).
TEST_WORKERS ?= 2

.PHONY: generate check-generated test test-deps range-ends-made lint typecheck bench clean rebuild-spec mutation

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Regenerate the SDK from the committed openapi.yaml, or from a new description:
## URL=... (the live schema), FILE=... (a saved one), VERSION=... (a published API version,
## rebuilt from the official wheel). OUTPUT=dir/package writes a whole SDK in that package
## folder instead, and nothing outside it (scripts/output.py).
generate: $(STAMP)
	$(PY) -m scripts.generate $(if $(FILE),--file $(FILE)) $(if $(URL),--url $(URL)) \
		$(if $(VERSION),--version $(VERSION)) $(if $(OUTPUT),--output $(OUTPUT))

## Fail if the generated tree differs from what regeneration produces.
check-generated: $(STAMP)
	$(PY) -m scripts.generate --check

## The whole suite: lint, types, generated-tree check, unit, loopback and contract tests.
## mypy and the generated-tree check are single-threaded and independent: they run side by side
## (each one's output kept together), as the range ends' two test runs do; the range ends'
## virtualenvs are made meanwhile (pip mostly waits on the registry).
test: $(STAMP)
	$(PY) -m ruff check ibl_client scripts tests bench
	$(PY) -m ruff format --check ibl_client scripts tests bench
	$(MAKE) --no-print-directory -j3 --output-sync=target typecheck check-generated range-ends-made
	$(PY) -m pytest -n $(TEST_WORKERS)
	$(PY) tests/range_ends.py

range-ends-made: $(STAMP)
	$(PY) tests/range_ends.py --prepare

## The ends of the declared ranges: tests/layer (the differential tests with it) on the oldest
## Python with the floors of httpx and aiohttp, and on the newest Python here with their newest
## releases, side by side. Virtualenvs kept in .cache/range-ends/ (REFRESH=1 makes them again):
## once made, a run is the two test runs (about a minute), so `make test` runs it too.
test-deps: $(STAMP)
	$(PY) tests/range_ends.py $(if $(REFRESH),--refresh)

lint: $(STAMP)
	$(PY) -m ruff check ibl_client scripts tests bench

typecheck: $(STAMP)
	$(PY) -m mypy

## Rebuild openapi.yaml from the official wheel of the version it records (x-rebuilt-from).
SPEC_VERSION = $(shell sed -n '/^x-rebuilt-from:/,$$ s/^  version: //p' openapi.yaml)
rebuild-spec: $(STAMP)
	$(PY) -m scripts.rebuild_spec --version $(SPEC_VERSION) --out openapi.yaml

## Mutation testing of the hand-written layer against the tests that cover it (pyproject's
## [tool.mutmut]); not part of `make test`: the whole layer takes hours on two cores. One module:
## make mutation MUTANTS='ibl_client._transports.retry.*'. State is kept in mutants/, so an
## interrupted run goes on where it stopped; `mutmut show NAME` shows a survivor.
MUTANTS ?=
mutation: $(STAMP)
	$(PY) -m pip install --quiet -e '.[mutation]'
	$(VENV)/bin/mutmut run --max-children $(TEST_WORKERS) $(MUTANTS)
	$(VENV)/bin/mutmut results

bench: $(STAMP)
	$(PY) -m bench

clean:
	rm -rf $(VENV) .cache .pytest_cache .mypy_cache .ruff_cache
