from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.company import Company

OPERATION_ID = "career_orgs_companies_users_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Company,
}


def _get_kwargs(
    org: str,
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/career/orgs/{org}/companies/users/{username}/".format(
            org=quote(str(org), safe=""),
            username=quote(str(username), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Company | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Company.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    username: str,
    *,
    client: Client,
) -> Response[Company]:
    """``GET /api/career/orgs/{org}/companies/users/{username}/`` (operation ``career_orgs_companies_users_retrieve``)

    Args:
        org (str):
        username (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Company]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
        ),
        _parse_response,
    )


def sync(
    org: str,
    username: str,
    *,
    client: Client,
) -> Company:
    """``GET /api/career/orgs/{org}/companies/users/{username}/`` (operation ``career_orgs_companies_users_retrieve``)

    Args:
        org (str):
        username (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Company
    """

    return sync_detailed(
        org,
        username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    username: str,
    *,
    client: AsyncClient,
) -> Response[Company]:
    """``GET /api/career/orgs/{org}/companies/users/{username}/`` (operation ``career_orgs_companies_users_retrieve``)

    Args:
        org (str):
        username (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Company]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    username: str,
    *,
    client: AsyncClient,
) -> Company:
    """``GET /api/career/orgs/{org}/companies/users/{username}/`` (operation ``career_orgs_companies_users_retrieve``)

    Args:
        org (str):
        username (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Company
    """

    return (
        await asyncio_detailed(
            org,
            username,
            client=client,
        )
    ).unwrap()
