from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.redirect_token_request import RedirectTokenRequest
from ...models.redirect_token_response import RedirectTokenResponse

OPERATION_ID = "core_orgs_redirect_tokens_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: RedirectTokenResponse,
}


def _get_kwargs(
    org: str,
    *,
    body: RedirectTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/orgs/{org}/redirect-tokens/".format(
            org=quote(str(org), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RedirectTokenResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = RedirectTokenResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: RedirectTokenRequest,
) -> Response[RedirectTokenResponse]:
    """Creates redirect tokens for a URL specified by for a platform

    ``POST /api/core/orgs/{org}/redirect-tokens/`` (operation ``core_orgs_redirect_tokens_create``)

    Args:
        org (str):
        body (RedirectTokenRequest):

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
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    body: RedirectTokenRequest,
) -> RedirectTokenResponse:
    """Creates redirect tokens for a URL specified by for a platform

    ``POST /api/core/orgs/{org}/redirect-tokens/`` (operation ``core_orgs_redirect_tokens_create``)

    Args:
        org (str):
        body (RedirectTokenRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RedirectTokenResponse
    """

    return sync_detailed(
        org,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    body: RedirectTokenRequest,
) -> Response[RedirectTokenResponse]:
    """Creates redirect tokens for a URL specified by for a platform

    ``POST /api/core/orgs/{org}/redirect-tokens/`` (operation ``core_orgs_redirect_tokens_create``)

    Args:
        org (str):
        body (RedirectTokenRequest):

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
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    body: RedirectTokenRequest,
) -> RedirectTokenResponse:
    """Creates redirect tokens for a URL specified by for a platform

    ``POST /api/core/orgs/{org}/redirect-tokens/`` (operation ``core_orgs_redirect_tokens_create``)

    Args:
        org (str):
        body (RedirectTokenRequest):

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
            body=body,
            client=client,
        )
    ).unwrap()
