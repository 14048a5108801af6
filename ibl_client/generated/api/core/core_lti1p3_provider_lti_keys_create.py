from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.lti_key import LtiKey
from ...models.lti_key_request import LtiKeyRequest

OPERATION_ID = "core_lti1p3_provider_lti_keys_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: LtiKey,
}


def _get_kwargs(
    *,
    body: LtiKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/lti/1p3/provider/lti-keys/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> LtiKey | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = LtiKey.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: LtiKeyRequest,
) -> Response[LtiKey]:
    """Create a new LTI Provider Key

    ``POST /api/core/lti/1p3/provider/lti-keys/`` (operation ``core_lti1p3_provider_lti_keys_create``)

    Args:
        body (LtiKeyRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LtiKey]: status, headers, raw body and parsed model.
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
    body: LtiKeyRequest,
) -> LtiKey:
    """Create a new LTI Provider Key

    ``POST /api/core/lti/1p3/provider/lti-keys/`` (operation ``core_lti1p3_provider_lti_keys_create``)

    Args:
        body (LtiKeyRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LtiKey
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: LtiKeyRequest,
) -> Response[LtiKey]:
    """Create a new LTI Provider Key

    ``POST /api/core/lti/1p3/provider/lti-keys/`` (operation ``core_lti1p3_provider_lti_keys_create``)

    Args:
        body (LtiKeyRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LtiKey]: status, headers, raw body and parsed model.
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
    body: LtiKeyRequest,
) -> LtiKey:
    """Create a new LTI Provider Key

    ``POST /api/core/lti/1p3/provider/lti-keys/`` (operation ``core_lti1p3_provider_lti_keys_create``)

    Args:
        body (LtiKeyRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LtiKey
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
