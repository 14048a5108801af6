"""The whole 3.66.0 SDK, generated once a session for every test that needs an older line.

`make generate FILE=tests/data/openapi-3.66.0.yaml OUTPUT=...` as a user pinning the 3.x line
would run it (about a minute and a half under load: the largest single cost of the suite, so
tests/test_api_versions.py and tests/test_documented_operations.py share one run). Read it,
never change it.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import attrs

from scripts import generate

ROOT = Path(__file__).resolve().parents[2]
THREE_X = ROOT / "tests" / "data" / "openapi-3.66.0.yaml"
PACKAGE = "ibl_client_3_66"


@attrs.frozen
class OlderSdk:
    description: Path
    package: ModuleType  # imported as PACKAGE
    status: int  # generate.main's exit status
    report: str  # what it printed

    def module(self, name: str) -> ModuleType:
        """``ibl_client_3_66.<name>``, e.g. ``generated.api.ai_analytics.<operation>``."""
        return importlib.import_module(f"{PACKAGE}.{name}")


@contextlib.contextmanager
def generated(parent: Path, description: Path = THREE_X) -> Iterator[OlderSdk]:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        status = generate.main(["--file", str(description), "--output", str(parent / PACKAGE)])
    assert status == 0, printed.getvalue()
    sys.path.insert(0, str(parent))
    try:
        yield OlderSdk(description, importlib.import_module(PACKAGE), status, printed.getvalue())
    finally:
        sys.path.remove(str(parent))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(f"{PACKAGE}.")]:
            del sys.modules[name]
