from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
)
from ...models.core_orgs_dark_mode_logo_retrieve_response_200 import (
    CoreOrgsDarkModeLogoRetrieveResponse200,
)
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "core_orgs_dark_mode_logo_retrieve"


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
        response_200 = nested(
            "response_200", CoreOrgsDarkModeLogoRetrieveResponse200, response.json()
        )

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    org: str,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
