from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.lti_key import LtiKey
from ...types import UNSET

OPERATION_ID = "core_lti1p3_provider_lti_keys_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[LtiKey],
}


def _get_kwargs(
    *,
    platform_key: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/lti/1p3/provider/lti-keys/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[LtiKey] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = LtiKey.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    platform_key: str,
) -> Response[list[LtiKey]]:
    """List your LTI Provider Key's

    ``GET /api/core/lti/1p3/provider/lti-keys/`` (operation ``core_lti1p3_provider_lti_keys_list``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[LtiKey]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key=platform_key,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    platform_key: str,
) -> list[LtiKey]:
    """List your LTI Provider Key's

    ``GET /api/core/lti/1p3/provider/lti-keys/`` (operation ``core_lti1p3_provider_lti_keys_list``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[LtiKey]
    """

    return sync_detailed(
        platform_key=platform_key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    platform_key: str,
) -> Response[list[LtiKey]]:
    """List your LTI Provider Key's

    ``GET /api/core/lti/1p3/provider/lti-keys/`` (operation ``core_lti1p3_provider_lti_keys_list``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[LtiKey]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key=platform_key,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    platform_key: str,
) -> list[LtiKey]:
    """List your LTI Provider Key's

    ``GET /api/core/lti/1p3/provider/lti-keys/`` (operation ``core_lti1p3_provider_lti_keys_list``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[LtiKey]
    """

    return (
        await asyncio_detailed(
            platform_key=platform_key,
            client=client,
        )
    ).unwrap()
