from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.platform_list import PlatformList
from ...models.platform_update_post_request import PlatformUpdatePostRequest

OPERATION_ID = "core_platform_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PlatformList,
}


def _get_kwargs(
    *,
    body: PlatformUpdatePostRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/platform/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PlatformList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PlatformList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: PlatformUpdatePostRequest,
) -> Response[PlatformList]:
    """Update platform object

    Params: user_id

    key new_key (If changing platform key) name

    Advanced Params (Don't expose these to users) lms_url cms_url portal_url

    ``POST /api/core/platform/`` (operation ``core_platform_create``)

    Args:
        body (PlatformUpdatePostRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformList]: status, headers, raw body and parsed model.
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
    body: PlatformUpdatePostRequest,
) -> PlatformList:
    """Update platform object

    Params: user_id

    key new_key (If changing platform key) name

    Advanced Params (Don't expose these to users) lms_url cms_url portal_url

    ``POST /api/core/platform/`` (operation ``core_platform_create``)

    Args:
        body (PlatformUpdatePostRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformList
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: PlatformUpdatePostRequest,
) -> Response[PlatformList]:
    """Update platform object

    Params: user_id

    key new_key (If changing platform key) name

    Advanced Params (Don't expose these to users) lms_url cms_url portal_url

    ``POST /api/core/platform/`` (operation ``core_platform_create``)

    Args:
        body (PlatformUpdatePostRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformList]: status, headers, raw body and parsed model.
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
    body: PlatformUpdatePostRequest,
) -> PlatformList:
    """Update platform object

    Params: user_id

    key new_key (If changing platform key) name

    Advanced Params (Don't expose these to users) lms_url cms_url portal_url

    ``POST /api/core/platform/`` (operation ``core_platform_create``)

    Args:
        body (PlatformUpdatePostRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformList
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
