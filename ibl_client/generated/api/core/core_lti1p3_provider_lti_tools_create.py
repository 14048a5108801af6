from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.lti_tool import LtiTool
from ...models.lti_tool_request import LtiToolRequest

OPERATION_ID = "core_lti1p3_provider_lti_tools_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: LtiTool,
}


def _get_kwargs(
    *,
    body: LtiToolRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/lti/1p3/provider/lti-tools/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> LtiTool | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = LtiTool.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: LtiToolRequest,
) -> Response[LtiTool]:
    """Create a new LTI Tool

    ``POST /api/core/lti/1p3/provider/lti-tools/`` (operation ``core_lti1p3_provider_lti_tools_create``)

    Args:
        body (LtiToolRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LtiTool]: status, headers, raw body and parsed model.
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
    body: LtiToolRequest,
) -> LtiTool:
    """Create a new LTI Tool

    ``POST /api/core/lti/1p3/provider/lti-tools/`` (operation ``core_lti1p3_provider_lti_tools_create``)

    Args:
        body (LtiToolRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LtiTool
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: LtiToolRequest,
) -> Response[LtiTool]:
    """Create a new LTI Tool

    ``POST /api/core/lti/1p3/provider/lti-tools/`` (operation ``core_lti1p3_provider_lti_tools_create``)

    Args:
        body (LtiToolRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LtiTool]: status, headers, raw body and parsed model.
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
    body: LtiToolRequest,
) -> LtiTool:
    """Create a new LTI Tool

    ``POST /api/core/lti/1p3/provider/lti-tools/`` (operation ``core_lti1p3_provider_lti_tools_create``)

    Args:
        body (LtiToolRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LtiTool
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
