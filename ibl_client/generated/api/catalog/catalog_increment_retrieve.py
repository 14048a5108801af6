from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.catalog_auto_increment_response import CatalogAutoIncrementResponse
from ...types import UNSET, Unset

OPERATION_ID = "catalog_increment_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CatalogAutoIncrementResponse,
}


def _get_kwargs(
    *,
    key: str | Unset = UNSET,
    org: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["key"] = key

    params["org"] = org

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/increment/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> CatalogAutoIncrementResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CatalogAutoIncrementResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    key: str | Unset = UNSET,
    org: str | Unset = UNSET,
) -> Response[CatalogAutoIncrementResponse]:
    """Retrieve auto increment information for a specific platform.

    ``GET /api/catalog/increment/`` (operation ``catalog_increment_retrieve``)

    Args:
        key (str | Unset):
        org (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CatalogAutoIncrementResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            key=key,
            org=org,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    key: str | Unset = UNSET,
    org: str | Unset = UNSET,
) -> CatalogAutoIncrementResponse:
    """Retrieve auto increment information for a specific platform.

    ``GET /api/catalog/increment/`` (operation ``catalog_increment_retrieve``)

    Args:
        key (str | Unset):
        org (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CatalogAutoIncrementResponse
    """

    return sync_detailed(
        key=key,
        org=org,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    key: str | Unset = UNSET,
    org: str | Unset = UNSET,
) -> Response[CatalogAutoIncrementResponse]:
    """Retrieve auto increment information for a specific platform.

    ``GET /api/catalog/increment/`` (operation ``catalog_increment_retrieve``)

    Args:
        key (str | Unset):
        org (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CatalogAutoIncrementResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            key=key,
            org=org,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    key: str | Unset = UNSET,
    org: str | Unset = UNSET,
) -> CatalogAutoIncrementResponse:
    """Retrieve auto increment information for a specific platform.

    ``GET /api/catalog/increment/`` (operation ``catalog_increment_retrieve``)

    Args:
        key (str | Unset):
        org (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CatalogAutoIncrementResponse
    """

    return (
        await asyncio_detailed(
            key=key,
            org=org,
            client=client,
        )
    ).unwrap()
