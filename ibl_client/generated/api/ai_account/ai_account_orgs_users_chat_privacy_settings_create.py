from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_chat_privacy_settings_request import UserChatPrivacySettingsRequest
from ...types import UNSET, Unset

OPERATION_ID = "ai_account_orgs_users_chat_privacy_settings_create"


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: UserChatPrivacySettingsRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-account/orgs/{org}/users/{user_id}/chat-privacy-settings/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return None

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: UserChatPrivacySettingsRequest | Unset = UNSET,
) -> Response[Any]:
    """Update user's global chat privacy settings.

    Allows users to set their chat privacy preference (normal, anonymized, or disabled) if the
    platform has enabled the ALLOW_USER_CHAT_PRIVACY_CONTROL setting.

    ``POST /api/ai-account/orgs/{org}/users/{user_id}/chat-privacy-settings/`` (operation ``ai_account_orgs_users_chat_privacy_settings_create``)

    Args:
        org (str):
        user_id (str):
        body (UserChatPrivacySettingsRequest | Unset): Serializer for user chat privacy settings.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: UserChatPrivacySettingsRequest | Unset = UNSET,
) -> Any:
    """Update user's global chat privacy settings.

    Allows users to set their chat privacy preference (normal, anonymized, or disabled) if the
    platform has enabled the ALLOW_USER_CHAT_PRIVACY_CONTROL setting.

    ``POST /api/ai-account/orgs/{org}/users/{user_id}/chat-privacy-settings/`` (operation ``ai_account_orgs_users_chat_privacy_settings_create``)

    Args:
        org (str):
        user_id (str):
        body (UserChatPrivacySettingsRequest | Unset): Serializer for user chat privacy settings.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        org,
        user_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: UserChatPrivacySettingsRequest | Unset = UNSET,
) -> Response[Any]:
    """Update user's global chat privacy settings.

    Allows users to set their chat privacy preference (normal, anonymized, or disabled) if the
    platform has enabled the ALLOW_USER_CHAT_PRIVACY_CONTROL setting.

    ``POST /api/ai-account/orgs/{org}/users/{user_id}/chat-privacy-settings/`` (operation ``ai_account_orgs_users_chat_privacy_settings_create``)

    Args:
        org (str):
        user_id (str):
        body (UserChatPrivacySettingsRequest | Unset): Serializer for user chat privacy settings.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: UserChatPrivacySettingsRequest | Unset = UNSET,
) -> Any:
    """Update user's global chat privacy settings.

    Allows users to set their chat privacy preference (normal, anonymized, or disabled) if the
    platform has enabled the ALLOW_USER_CHAT_PRIVACY_CONTROL setting.

    ``POST /api/ai-account/orgs/{org}/users/{user_id}/chat-privacy-settings/`` (operation ``ai_account_orgs_users_chat_privacy_settings_create``)

    Args:
        org (str):
        user_id (str):
        body (UserChatPrivacySettingsRequest | Unset): Serializer for user chat privacy settings.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
