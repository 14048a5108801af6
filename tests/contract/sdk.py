"""How the contract suite reaches the SDK under test: one place for names and construction."""

from __future__ import annotations

from typing import Any

import httpx

API_PACKAGE = "ibl_client.generated.api"
API_KEY = "test-key"


def make_client(base_url: str, transport: httpx.AsyncBaseTransport) -> Any:
    """An ``ibl_client.AsyncClient`` on ``base_url`` whose requests go through ``transport``."""
    import ibl_client

    # No retries: Prism answers deterministically, and a retried call would blur the report.
    return ibl_client.AsyncClient(
        api_key=API_KEY, base_url=base_url, transport=transport, max_retries=0
    )


async def close_client(client: Any) -> None:
    closer = getattr(client, "aclose", None)
    if closer is not None:
        await closer()


def status_error_type() -> type[BaseException]:
    import ibl_client

    return ibl_client.APIStatusError


def response_validation_error_type() -> type[BaseException]:
    import ibl_client

    return ibl_client.ResponseValidationError
