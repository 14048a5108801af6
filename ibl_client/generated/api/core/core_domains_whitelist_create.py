from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.whitelisted_domain import WhitelistedDomain

OPERATION_ID = "core_domains_whitelist_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: WhitelistedDomain,
}


def _get_kwargs(
    *,
    body: WhitelistedDomain,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/domains/whitelist/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> WhitelistedDomain | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = WhitelistedDomain.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: WhitelistedDomain,
) -> Response[WhitelistedDomain]:
    """Add a new domain to whitelist

    ``POST /api/core/domains/whitelist/`` (operation ``core_domains_whitelist_create``)

    Args:
        body (WhitelistedDomain):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[WhitelistedDomain]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: WhitelistedDomain,
) -> WhitelistedDomain:
    """Add a new domain to whitelist

    ``POST /api/core/domains/whitelist/`` (operation ``core_domains_whitelist_create``)

    Args:
        body (WhitelistedDomain):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        WhitelistedDomain
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: WhitelistedDomain,
) -> Response[WhitelistedDomain]:
    """Add a new domain to whitelist

    ``POST /api/core/domains/whitelist/`` (operation ``core_domains_whitelist_create``)

    Args:
        body (WhitelistedDomain):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[WhitelistedDomain]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: WhitelistedDomain,
) -> WhitelistedDomain:
    """Add a new domain to whitelist

    ``POST /api/core/domains/whitelist/`` (operation ``core_domains_whitelist_create``)

    Args:
        body (WhitelistedDomain):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        WhitelistedDomain
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
