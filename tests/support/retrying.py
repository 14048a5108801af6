"""The one retry policy tests use when they want retries without waiting: the default count
(two retries), no backoff, no jitter. Tests that check the waits themselves record them with
an injected sleep instead (tests/layer/conftest.py ``Sleeps``)."""

from __future__ import annotations

from ibl_client import RetryPolicy

FAST = RetryPolicy(wait_initial=0, wait_jitter=0)
