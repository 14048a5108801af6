from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.tenant_setting import TenantSetting

OPERATION_ID = "ai_account_orgs_users_tenant_settings_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: TenantSetting,
}


def _get_kwargs(
    org: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-account/orgs/{org}/users/{user_id}/tenant-settings/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> TenantSetting | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = TenantSetting.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
) -> Response[TenantSetting]:
    """Get a platform's settings

    Example response: ``` {"teams_bot_mentor": "f2116cf2-95c7-4c1f-b19e-666ad529439f"}

    ```

    ``GET /api/ai-account/orgs/{org}/users/{user_id}/tenant-settings/`` (operation ``ai_account_orgs_users_tenant_settings_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TenantSetting]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
) -> TenantSetting:
    """Get a platform's settings

    Example response: ``` {"teams_bot_mentor": "f2116cf2-95c7-4c1f-b19e-666ad529439f"}

    ```

    ``GET /api/ai-account/orgs/{org}/users/{user_id}/tenant-settings/`` (operation ``ai_account_orgs_users_tenant_settings_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TenantSetting
    """

    return sync_detailed(
        org,
        user_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
) -> Response[TenantSetting]:
    """Get a platform's settings

    Example response: ``` {"teams_bot_mentor": "f2116cf2-95c7-4c1f-b19e-666ad529439f"}

    ```

    ``GET /api/ai-account/orgs/{org}/users/{user_id}/tenant-settings/`` (operation ``ai_account_orgs_users_tenant_settings_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TenantSetting]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
) -> TenantSetting:
    """Get a platform's settings

    Example response: ``` {"teams_bot_mentor": "f2116cf2-95c7-4c1f-b19e-666ad529439f"}

    ```

    ``GET /api/ai-account/orgs/{org}/users/{user_id}/tenant-settings/`` (operation ``ai_account_orgs_users_tenant_settings_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TenantSetting
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            client=client,
        )
    ).unwrap()
