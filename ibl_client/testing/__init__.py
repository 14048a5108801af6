"""A fake ibl API for the tests of code that uses the SDK: ``FakeIBL``.

An HTTP server on 127.0.0.1, built from the description the SDK was generated from: every
request is checked against its operation (a wrong parameter or body fails the test, naming the
field and the value), answered with a valid sample by default or with what the test sets, and
recorded. No network, no other process. The pytest plugin (``ibl_client.testing.pytest_plugin``,
loaded by pytest when the SDK is installed) gives the fixtures ``ibl_fake``,
``ibl_fake_client`` and ``ibl_fake_async_client``. See README.md, "A fake ibl API for tests".

>>> from ibl_client.testing import FakeIBL
>>> with FakeIBL() as fake, fake.client() as ibl:
...     _ = fake.on(ibl.account.account_retrieve).fail(503, retry_after=0, once=True)
...     account = ibl.account.account_retrieve()  # the SDK retries the 503
...     [(call.operation_id, call.status) for call in fake.calls]
[('account_retrieve', 503), ('account_retrieve', 200)]
"""

from ._checking import Violation
from ._description import Description
from ._sampling import SchemaSampler
from ._server import (
    EVERY,
    FAKE_API_KEY,
    SAMPLE,
    FakeIBL,
    FakeViolationError,
    RecordedCall,
    Reply,
    Route,
)

__all__ = [
    "EVERY",
    "FAKE_API_KEY",
    "SAMPLE",
    "Description",
    "FakeIBL",
    "FakeViolationError",
    "RecordedCall",
    "Reply",
    "Route",
    "SchemaSampler",
    "Violation",
]
