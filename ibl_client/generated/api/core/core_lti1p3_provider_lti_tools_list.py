from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.lti_tool import LtiTool
from ...types import UNSET

OPERATION_ID = "core_lti1p3_provider_lti_tools_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[LtiTool],
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
        "url": "/api/core/lti/1p3/provider/lti-tools/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[LtiTool] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = LtiTool.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    platform_key: str,
) -> Response[list[LtiTool]]:
    """List your LTI Tool's

    ``GET /api/core/lti/1p3/provider/lti-tools/`` (operation ``core_lti1p3_provider_lti_tools_list``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[LtiTool]]: status, headers, raw body and parsed model.
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
) -> list[LtiTool]:
    """List your LTI Tool's

    ``GET /api/core/lti/1p3/provider/lti-tools/`` (operation ``core_lti1p3_provider_lti_tools_list``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[LtiTool]
    """

    return sync_detailed(
        platform_key=platform_key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    platform_key: str,
) -> Response[list[LtiTool]]:
    """List your LTI Tool's

    ``GET /api/core/lti/1p3/provider/lti-tools/`` (operation ``core_lti1p3_provider_lti_tools_list``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[LtiTool]]: status, headers, raw body and parsed model.
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
) -> list[LtiTool]:
    """List your LTI Tool's

    ``GET /api/core/lti/1p3/provider/lti-tools/`` (operation ``core_lti1p3_provider_lti_tools_list``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[LtiTool]
    """

    return (
        await asyncio_detailed(
            platform_key=platform_key,
            client=client,
        )
    ).unwrap()
