from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.token_proxy_input import TokenProxyInput
from ...models.token_proxy_output import TokenProxyOutput

OPERATION_ID = "core_consolidated_token_proxy_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: TokenProxyOutput,
}


def _get_kwargs(
    *,
    body: TokenProxyInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/consolidated-token/proxy/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TokenProxyOutput | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = TokenProxyOutput.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: TokenProxyInput,
) -> Response[TokenProxyOutput]:
    """Create DM and AXD Tokens for user and platform_key

    Params: - Any of user_id, username, or email (choose one only, required) - platform_key: str
    (required)

    ``POST /api/core/consolidated-token/proxy/`` (operation ``core_consolidated_token_proxy_create``)

    Args:
        body (TokenProxyInput): Serializer for TokenProxyView POST request input data

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TokenProxyOutput]: status, headers, raw body and parsed model.
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
    body: TokenProxyInput,
) -> TokenProxyOutput:
    """Create DM and AXD Tokens for user and platform_key

    Params: - Any of user_id, username, or email (choose one only, required) - platform_key: str
    (required)

    ``POST /api/core/consolidated-token/proxy/`` (operation ``core_consolidated_token_proxy_create``)

    Args:
        body (TokenProxyInput): Serializer for TokenProxyView POST request input data

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TokenProxyOutput
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: TokenProxyInput,
) -> Response[TokenProxyOutput]:
    """Create DM and AXD Tokens for user and platform_key

    Params: - Any of user_id, username, or email (choose one only, required) - platform_key: str
    (required)

    ``POST /api/core/consolidated-token/proxy/`` (operation ``core_consolidated_token_proxy_create``)

    Args:
        body (TokenProxyInput): Serializer for TokenProxyView POST request input data

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TokenProxyOutput]: status, headers, raw body and parsed model.
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
    body: TokenProxyInput,
) -> TokenProxyOutput:
    """Create DM and AXD Tokens for user and platform_key

    Params: - Any of user_id, username, or email (choose one only, required) - platform_key: str
    (required)

    ``POST /api/core/consolidated-token/proxy/`` (operation ``core_consolidated_token_proxy_create``)

    Args:
        body (TokenProxyInput): Serializer for TokenProxyView POST request input data

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TokenProxyOutput
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
