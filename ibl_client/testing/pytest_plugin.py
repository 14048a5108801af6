"""pytest fixtures for code that uses the SDK, registered by the SDK's ``pytest11`` entry point.

- ``ibl_fake``: a running ``FakeIBL``; at teardown the test fails if a request did not fit the
  description, unless the test took the violations it expected (``ibl_fake.take_violations()``).
- ``ibl_fake_client``: a ``Client`` on it; ``ibl_fake_async_client``: an ``AsyncClient`` on it
  (the default backend; each event loop closes the pool it made when it ends).

Loading this module costs nothing beyond pytest: the SDK is imported when a fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .. import AsyncClient, Client
    from ._server import FakeIBL


@pytest.fixture
def ibl_fake() -> Iterator[FakeIBL]:
    from ._server import FakeIBL

    with FakeIBL() as fake:
        yield fake
    if fake.violations:
        lines = "\n".join(f"  {violation}" for violation in fake.violations)
        pytest.fail(
            f"{len(fake.violations)} request(s) to the fake ibl API did not fit the "
            f"description:\n{lines}\n(a test that expects them asserts on "
            "ibl_fake.take_violations())",
            pytrace=False,
        )


@pytest.fixture
def ibl_fake_client(ibl_fake: FakeIBL) -> Iterator[Client]:
    with ibl_fake.client() as client:
        yield client  # type: ignore[misc]


@pytest.fixture
def ibl_fake_async_client(ibl_fake: FakeIBL) -> AsyncClient:
    return ibl_fake.async_client()  # type: ignore[return-value]
