from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.core_orgs_dark_mode_logo_retrieve_response_200 import (
    CoreOrgsDarkModeLogoRetrieveResponse200,
)

OPERATION_ID = "core_orgs_dark_mode_logo_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CoreOrgsDarkModeLogoRetrieveResponse200,
}


def _get_kwargs(
    org: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/orgs/{org}/dark-mode-logo/".format(
            org=quote(str(org), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> CoreOrgsDarkModeLogoRetrieveResponse200 | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CoreOrgsDarkModeLogoRetrieveResponse200.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
) -> Response[CoreOrgsDarkModeLogoRetrieveResponse200]:
    """Get platform logo

    ``GET /api/core/orgs/{org}/dark-mode-logo/`` (operation ``core_orgs_dark_mode_logo_retrieve``)

    Args:
        org (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CoreOrgsDarkModeLogoRetrieveResponse200]: status, headers, raw body and parsed model.
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
) -> CoreOrgsDarkModeLogoRetrieveResponse200:
    """Get platform logo

    ``GET /api/core/orgs/{org}/dark-mode-logo/`` (operation ``core_orgs_dark_mode_logo_retrieve``)

    Args:
        org (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CoreOrgsDarkModeLogoRetrieveResponse200
    """

    return sync_detailed(
        org,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
) -> Response[CoreOrgsDarkModeLogoRetrieveResponse200]:
    """Get platform logo

    ``GET /api/core/orgs/{org}/dark-mode-logo/`` (operation ``core_orgs_dark_mode_logo_retrieve``)

    Args:
        org (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CoreOrgsDarkModeLogoRetrieveResponse200]: status, headers, raw body and parsed model.
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
) -> CoreOrgsDarkModeLogoRetrieveResponse200:
    """Get platform logo

    ``GET /api/core/orgs/{org}/dark-mode-logo/`` (operation ``core_orgs_dark_mode_logo_retrieve``)

    Args:
        org (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CoreOrgsDarkModeLogoRetrieveResponse200
    """

    return (
        await asyncio_detailed(
            org,
            client=client,
        )
    ).unwrap()
