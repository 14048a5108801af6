from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.verify_gcp_market_place_request import VerifyGCPMarketPlaceRequest
from ...models.verify_gcp_market_place_response import VerifyGCPMarketPlaceResponse

OPERATION_ID = "providers_gcp_validate_signup_token_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: VerifyGCPMarketPlaceResponse,
}


def _get_kwargs(
    *,
    body: VerifyGCPMarketPlaceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/providers/gcp/validate-signup-token/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> VerifyGCPMarketPlaceResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = VerifyGCPMarketPlaceResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: VerifyGCPMarketPlaceRequest,
) -> Response[VerifyGCPMarketPlaceResponse]:
    """``POST /api/providers/gcp/validate-signup-token/`` (operation ``providers_gcp_validate_signup_token_create``)

    Args:
        body (VerifyGCPMarketPlaceRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[VerifyGCPMarketPlaceResponse]: status, headers, raw body and parsed model.
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
    body: VerifyGCPMarketPlaceRequest,
) -> VerifyGCPMarketPlaceResponse:
    """``POST /api/providers/gcp/validate-signup-token/`` (operation ``providers_gcp_validate_signup_token_create``)

    Args:
        body (VerifyGCPMarketPlaceRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        VerifyGCPMarketPlaceResponse
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: VerifyGCPMarketPlaceRequest,
) -> Response[VerifyGCPMarketPlaceResponse]:
    """``POST /api/providers/gcp/validate-signup-token/`` (operation ``providers_gcp_validate_signup_token_create``)

    Args:
        body (VerifyGCPMarketPlaceRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[VerifyGCPMarketPlaceResponse]: status, headers, raw body and parsed model.
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
    body: VerifyGCPMarketPlaceRequest,
) -> VerifyGCPMarketPlaceResponse:
    """``POST /api/providers/gcp/validate-signup-token/`` (operation ``providers_gcp_validate_signup_token_create``)

    Args:
        body (VerifyGCPMarketPlaceRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        VerifyGCPMarketPlaceResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
