from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.launcher_view_post_request import LauncherViewPostRequest
from ...models.platform_list import PlatformList

OPERATION_ID = "core_launcher_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PlatformList,
}


def _get_kwargs(
    *,
    body: LauncherViewPostRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/launcher/",
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
    body: LauncherViewPostRequest,
) -> Response[PlatformList]:
    """POST: Launch a new edX platform

    Params: user_id: The ID of the requesting user (required) key: The Deep LMS subdomain (required)
    name: The edX platform name ("optional") org: The edX organization ("optional") lms_url: LMS URL
    ("optional") cms_url: CMS URL ("optional") portal_url: Portal URL ("optional")
    use_default_hosts: Use Django settings for LMS/CMS hosts ("optional")

    ``POST /api/core/launcher/`` (operation ``core_launcher_create``)

    Args:
        body (LauncherViewPostRequest):

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
    body: LauncherViewPostRequest,
) -> PlatformList:
    """POST: Launch a new edX platform

    Params: user_id: The ID of the requesting user (required) key: The Deep LMS subdomain (required)
    name: The edX platform name ("optional") org: The edX organization ("optional") lms_url: LMS URL
    ("optional") cms_url: CMS URL ("optional") portal_url: Portal URL ("optional")
    use_default_hosts: Use Django settings for LMS/CMS hosts ("optional")

    ``POST /api/core/launcher/`` (operation ``core_launcher_create``)

    Args:
        body (LauncherViewPostRequest):

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
    body: LauncherViewPostRequest,
) -> Response[PlatformList]:
    """POST: Launch a new edX platform

    Params: user_id: The ID of the requesting user (required) key: The Deep LMS subdomain (required)
    name: The edX platform name ("optional") org: The edX organization ("optional") lms_url: LMS URL
    ("optional") cms_url: CMS URL ("optional") portal_url: Portal URL ("optional")
    use_default_hosts: Use Django settings for LMS/CMS hosts ("optional")

    ``POST /api/core/launcher/`` (operation ``core_launcher_create``)

    Args:
        body (LauncherViewPostRequest):

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
    body: LauncherViewPostRequest,
) -> PlatformList:
    """POST: Launch a new edX platform

    Params: user_id: The ID of the requesting user (required) key: The Deep LMS subdomain (required)
    name: The edX platform name ("optional") org: The edX organization ("optional") lms_url: LMS URL
    ("optional") cms_url: CMS URL ("optional") portal_url: Portal URL ("optional")
    use_default_hosts: Use Django settings for LMS/CMS hosts ("optional")

    ``POST /api/core/launcher/`` (operation ``core_launcher_create``)

    Args:
        body (LauncherViewPostRequest):

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
