from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.lti_tool import LtiTool
from ...types import UNSET

OPERATION_ID = "core_lti1p3_provider_lti_tools_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: LtiTool,
}


def _get_kwargs(
    id: str,
    *,
    platform_key: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/lti/1p3/provider/lti-tools/{id}/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> LtiTool | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = LtiTool.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    id: str,
    *,
    client: Client,
    platform_key: str,
) -> Response[LtiTool]:
    """Get details about a specific LTI Tool

    ``GET /api/core/lti/1p3/provider/lti-tools/{id}/`` (operation ``core_lti1p3_provider_lti_tools_retrieve``)

    Args:
        id (str):
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LtiTool]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            id,
            platform_key=platform_key,
        ),
        _parse_response,
    )


def sync(
    id: str,
    *,
    client: Client,
    platform_key: str,
) -> LtiTool:
    """Get details about a specific LTI Tool

    ``GET /api/core/lti/1p3/provider/lti-tools/{id}/`` (operation ``core_lti1p3_provider_lti_tools_retrieve``)

    Args:
        id (str):
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LtiTool
    """

    return sync_detailed(
        id,
        platform_key=platform_key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
    platform_key: str,
) -> Response[LtiTool]:
    """Get details about a specific LTI Tool

    ``GET /api/core/lti/1p3/provider/lti-tools/{id}/`` (operation ``core_lti1p3_provider_lti_tools_retrieve``)

    Args:
        id (str):
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LtiTool]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            id,
            platform_key=platform_key,
        ),
        _parse_response,
    )


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
    platform_key: str,
) -> LtiTool:
    """Get details about a specific LTI Tool

    ``GET /api/core/lti/1p3/provider/lti-tools/{id}/`` (operation ``core_lti1p3_provider_lti_tools_retrieve``)

    Args:
        id (str):
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LtiTool
    """

    return (
        await asyncio_detailed(
            id,
            platform_key=platform_key,
            client=client,
        )
    ).unwrap()
