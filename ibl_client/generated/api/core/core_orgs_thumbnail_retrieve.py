from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.core_orgs_thumbnail_retrieve_response_200 import CoreOrgsThumbnailRetrieveResponse200

OPERATION_ID = "core_orgs_thumbnail_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CoreOrgsThumbnailRetrieveResponse200,
}


def _get_kwargs(
    org: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/orgs/{org}/thumbnail/".format(
            org=quote(str(org), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> CoreOrgsThumbnailRetrieveResponse200 | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CoreOrgsThumbnailRetrieveResponse200.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
) -> Response[CoreOrgsThumbnailRetrieveResponse200]:
    """Get platform logo

    ``GET /api/core/orgs/{org}/thumbnail/`` (operation ``core_orgs_thumbnail_retrieve``)

    Args:
        org (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CoreOrgsThumbnailRetrieveResponse200]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
) -> CoreOrgsThumbnailRetrieveResponse200:
    """Get platform logo

    ``GET /api/core/orgs/{org}/thumbnail/`` (operation ``core_orgs_thumbnail_retrieve``)

    Args:
        org (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CoreOrgsThumbnailRetrieveResponse200
    """

    return sync_detailed(
        org,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
) -> Response[CoreOrgsThumbnailRetrieveResponse200]:
    """Get platform logo

    ``GET /api/core/orgs/{org}/thumbnail/`` (operation ``core_orgs_thumbnail_retrieve``)

    Args:
        org (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CoreOrgsThumbnailRetrieveResponse200]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
) -> CoreOrgsThumbnailRetrieveResponse200:
    """Get platform logo

    ``GET /api/core/orgs/{org}/thumbnail/`` (operation ``core_orgs_thumbnail_retrieve``)

    Args:
        org (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CoreOrgsThumbnailRetrieveResponse200
    """

    return (
        await asyncio_detailed(
            org,
            client=client,
        )
    ).unwrap()
