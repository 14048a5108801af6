"""Real descriptions for the apidiff tests, each parsed once per session.

The 4.202.2 rebuild is read from tests/data/openapi-4.202.2.yaml, else from openapi.yaml
when that is the 4.202.2 rebuild (``x-rebuilt-from.version``); without either, the tests
that need it are skipped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from scripts.apidiff import Report, diff_specs
from scripts.apidiff.__main__ import load_spec

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
NEW_VERSION = "4.202.2"


def rebuilt_version(doc: dict[str, Any]) -> str | None:
    source = doc.get("x-rebuilt-from")
    return str(source.get("version")) if isinstance(source, dict) else None


@pytest.fixture(scope="session")
def doc_3_66() -> dict[str, Any]:
    return load_spec(DATA / "openapi-3.66.0.yaml")


@pytest.fixture(scope="session")
def doc_4_202() -> dict[str, Any]:
    committed = DATA / f"openapi-{NEW_VERSION}.yaml"
    if committed.exists():
        return load_spec(committed)
    current = load_spec(ROOT / "openapi.yaml")
    if rebuilt_version(current) != NEW_VERSION:
        pytest.skip(
            f"no {NEW_VERSION} description: neither {committed.relative_to(ROOT)} nor an "
            f"openapi.yaml rebuilt from {NEW_VERSION} (it is {rebuilt_version(current)})"
        )
    return current


@pytest.fixture(scope="session")
def bump(doc_3_66: dict[str, Any], doc_4_202: dict[str, Any]) -> Report:
    """The 3.66.0 → 4.202.2 diff, as the pipeline makes it (first tag only)."""
    return diff_specs(doc_3_66, doc_4_202)
