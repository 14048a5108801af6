"""A tool or interpreter a test needs but the machine lacks.

On a developer's machine the test is skipped, saying what is missing; under CI (``CI`` set, as
every CI service sets it) it fails: a skipped check there proves nothing, and `make test` in CI
must say that its set-up is incomplete.
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def missing(reason: str) -> NoReturn:
    """Skip (locally) or fail (in CI) because a prerequisite is missing."""
    if os.environ.get("CI", "").lower() not in ("", "0", "false"):
        pytest.fail(f"a prerequisite is missing in CI: {reason}", pytrace=False)
    pytest.skip(reason)
