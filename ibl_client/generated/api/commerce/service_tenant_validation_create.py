from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response

OPERATION_ID = "service_tenant_validation_create"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/service/tenant/validation/",
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return None

    return None


def sync_detailed(
    *,
    client: Client,
) -> Response[Any]:
    """Check if a tenant with a given key, org, or name exists.

    At least one non-empty filter parameter (key, org, or name) is required.

    ``POST /api/service/tenant/validation/`` (operation ``service_tenant_validation_create``)

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(),
        _parse_response,
    )


def sync(
    *,
    client: Client,
) -> Any:
    """Check if a tenant with a given key, org, or name exists.

    At least one non-empty filter parameter (key, org, or name) is required.

    ``POST /api/service/tenant/validation/`` (operation ``service_tenant_validation_create``)

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
) -> Response[Any]:
    """Check if a tenant with a given key, org, or name exists.

    At least one non-empty filter parameter (key, org, or name) is required.

    ``POST /api/service/tenant/validation/`` (operation ``service_tenant_validation_create``)

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
) -> Any:
    """Check if a tenant with a given key, org, or name exists.

    At least one non-empty filter parameter (key, org, or name) is required.

    ``POST /api/service/tenant/validation/`` (operation ``service_tenant_validation_create``)

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).unwrap()
