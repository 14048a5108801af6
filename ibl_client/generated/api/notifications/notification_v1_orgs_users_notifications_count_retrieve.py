from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.notification_count import NotificationCount
from ...models.notification_v1_orgs_users_notifications_count_retrieve_status import (
    NotificationV1OrgsUsersNotificationsCountRetrieveStatus,
)
from ...types import UNSET, Unset

OPERATION_ID = "notification_v1_orgs_users_notifications_count_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: NotificationCount,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    channel: str | Unset = UNSET,
    status: NotificationV1OrgsUsersNotificationsCountRetrieveStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["channel"] = channel

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/notification/v1/orgs/{org}/users/{user_id}/notifications-count/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> NotificationCount | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = NotificationCount.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    channel: str | Unset = UNSET,
    status: NotificationV1OrgsUsersNotificationsCountRetrieveStatus | Unset = UNSET,
) -> Response[NotificationCount]:
    """Get notifications count for a user. Requires: Ibl.Notifications/Notification/list

    ``GET /api/notification/v1/orgs/{org}/users/{user_id}/notifications-count/`` (operation ``notification_v1_orgs_users_notifications_count_retrieve``)

    Args:
        org (str):
        user_id (str):
        channel (str | Unset):
        status (NotificationV1OrgsUsersNotificationsCountRetrieveStatus | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[NotificationCount]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            channel=channel,
            status=status,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    channel: str | Unset = UNSET,
    status: NotificationV1OrgsUsersNotificationsCountRetrieveStatus | Unset = UNSET,
) -> NotificationCount:
    """Get notifications count for a user. Requires: Ibl.Notifications/Notification/list

    ``GET /api/notification/v1/orgs/{org}/users/{user_id}/notifications-count/`` (operation ``notification_v1_orgs_users_notifications_count_retrieve``)

    Args:
        org (str):
        user_id (str):
        channel (str | Unset):
        status (NotificationV1OrgsUsersNotificationsCountRetrieveStatus | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        NotificationCount
    """

    return sync_detailed(
        org,
        user_id,
        channel=channel,
        status=status,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    channel: str | Unset = UNSET,
    status: NotificationV1OrgsUsersNotificationsCountRetrieveStatus | Unset = UNSET,
) -> Response[NotificationCount]:
    """Get notifications count for a user. Requires: Ibl.Notifications/Notification/list

    ``GET /api/notification/v1/orgs/{org}/users/{user_id}/notifications-count/`` (operation ``notification_v1_orgs_users_notifications_count_retrieve``)

    Args:
        org (str):
        user_id (str):
        channel (str | Unset):
        status (NotificationV1OrgsUsersNotificationsCountRetrieveStatus | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[NotificationCount]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            channel=channel,
            status=status,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    channel: str | Unset = UNSET,
    status: NotificationV1OrgsUsersNotificationsCountRetrieveStatus | Unset = UNSET,
) -> NotificationCount:
    """Get notifications count for a user. Requires: Ibl.Notifications/Notification/list

    ``GET /api/notification/v1/orgs/{org}/users/{user_id}/notifications-count/`` (operation ``notification_v1_orgs_users_notifications_count_retrieve``)

    Args:
        org (str):
        user_id (str):
        channel (str | Unset):
        status (NotificationV1OrgsUsersNotificationsCountRetrieveStatus | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        NotificationCount
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            channel=channel,
            status=status,
            client=client,
        )
    ).unwrap()
