from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.tenant_setting import TenantSetting
from ...models.tenant_setting_request import TenantSettingRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_account_orgs_users_tenant_settings_create"


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: TenantSettingRequest | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-account/orgs/{org}/users/{user_id}/tenant-settings/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, TenantSettingRequest, body)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TenantSetting | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", TenantSetting, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: TenantSettingRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[TenantSetting]:
    """Example Request:

    ``` {"teams_bot_mentor": "f2116cf2-95c7-4c1f-b19e-666ad529439f"} ``` The value here is the
    mentor's unique id

    ``POST /api/ai-account/orgs/{org}/users/{user_id}/tenant-settings/`` (operation ``ai_account_orgs_users_tenant_settings_create``)

    Args:
        org (str):
        user_id (str):
        body (TenantSettingRequest | Unset):

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
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: TenantSettingRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> TenantSetting:
    """Example Request:

    ``` {"teams_bot_mentor": "f2116cf2-95c7-4c1f-b19e-666ad529439f"} ``` The value here is the
    mentor's unique id

    ``POST /api/ai-account/orgs/{org}/users/{user_id}/tenant-settings/`` (operation ``ai_account_orgs_users_tenant_settings_create``)

    Args:
        org (str):
        user_id (str):
        body (TenantSettingRequest | Unset):

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
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: TenantSettingRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[TenantSetting]:
    """Example Request:

    ``` {"teams_bot_mentor": "f2116cf2-95c7-4c1f-b19e-666ad529439f"} ``` The value here is the
    mentor's unique id

    ``POST /api/ai-account/orgs/{org}/users/{user_id}/tenant-settings/`` (operation ``ai_account_orgs_users_tenant_settings_create``)

    Args:
        org (str):
        user_id (str):
        body (TenantSettingRequest | Unset):

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
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: TenantSettingRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> TenantSetting:
    """Example Request:

    ``` {"teams_bot_mentor": "f2116cf2-95c7-4c1f-b19e-666ad529439f"} ``` The value here is the
    mentor's unique id

    ``POST /api/ai-account/orgs/{org}/users/{user_id}/tenant-settings/`` (operation ``ai_account_orgs_users_tenant_settings_create``)

    Args:
        org (str):
        user_id (str):
        body (TenantSettingRequest | Unset):

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
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
