from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.redirect_token_response import RedirectTokenResponse

OPERATION_ID = "core_orgs_redirect_tokens_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: RedirectTokenResponse,
}


def _get_kwargs(
    org: str,
    redirect_token: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/orgs/{org}/redirect-tokens/{redirect_token}/".format(
            org=quote(str(org), safe=""),
            redirect_token=quote(str(redirect_token), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> RedirectTokenResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = RedirectTokenResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    redirect_token: str,
    *,
    client: Client,
) -> Response[RedirectTokenResponse]:
    """Returns Redirect URL for the token specified.

    ``` Requires user to be a member of the platform with the token passed ```

    ``GET /api/core/orgs/{org}/redirect-tokens/{redirect_token}/`` (operation ``core_orgs_redirect_tokens_retrieve``)

    Args:
        org (str):
        redirect_token (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RedirectTokenResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            redirect_token,
        ),
        _parse_response,
    )


def sync(
    org: str,
    redirect_token: str,
    *,
    client: Client,
) -> RedirectTokenResponse:
    """Returns Redirect URL for the token specified.

    ``` Requires user to be a member of the platform with the token passed ```

    ``GET /api/core/orgs/{org}/redirect-tokens/{redirect_token}/`` (operation ``core_orgs_redirect_tokens_retrieve``)

    Args:
        org (str):
        redirect_token (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RedirectTokenResponse
    """

    return sync_detailed(
        org,
        redirect_token,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    redirect_token: str,
    *,
    client: AsyncClient,
) -> Response[RedirectTokenResponse]:
    """Returns Redirect URL for the token specified.

    ``` Requires user to be a member of the platform with the token passed ```

    ``GET /api/core/orgs/{org}/redirect-tokens/{redirect_token}/`` (operation ``core_orgs_redirect_tokens_retrieve``)

    Args:
        org (str):
        redirect_token (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RedirectTokenResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            redirect_token,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    redirect_token: str,
    *,
    client: AsyncClient,
) -> RedirectTokenResponse:
    """Returns Redirect URL for the token specified.

    ``` Requires user to be a member of the platform with the token passed ```

    ``GET /api/core/orgs/{org}/redirect-tokens/{redirect_token}/`` (operation ``core_orgs_redirect_tokens_retrieve``)

    Args:
        org (str):
        redirect_token (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RedirectTokenResponse
    """

    return (
        await asyncio_detailed(
            org,
            redirect_token,
            client=client,
        )
    ).unwrap()
