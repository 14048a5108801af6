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

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Where each name is: loaded on first use, so that pytest loading the plugin (every run, in
# every project that installs the SDK) imports none of the kit until a fixture is used.
_HOMES = {
    "Violation": "_checking",
    "Description": "_description",
    "SchemaSampler": "_sampling",
    **dict.fromkeys(
        (
            "EVERY",
            "FAKE_API_KEY",
            "SAMPLE",
            "FakeIBL",
            "FakeViolationError",
            "RecordedCall",
            "Reply",
            "Route",
        ),
        "_server",
    ),
}

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


def __getattr__(name: str) -> Any:
    import importlib

    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
