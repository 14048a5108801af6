from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.campaign_enablement import CampaignEnablement
from ...models.notification_v1_campaigns_unsubscribe_retrieve_200_response import (
    NotificationV1CampaignsUnsubscribeRetrieve200Response,
)
from ...types import UNSET, Unset

OPERATION_ID = "notification_v1_orgs_campaigns_enable_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: NotificationV1CampaignsUnsubscribeRetrieve200Response,
}


def _get_kwargs(
    platform_key: str,
    *,
    body: CampaignEnablement | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/notification/v1/orgs/{platform_key}/campaigns/enable/".format(
            platform_key=quote(str(platform_key), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> NotificationV1CampaignsUnsubscribeRetrieve200Response | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = NotificationV1CampaignsUnsubscribeRetrieve200Response.from_dict(
            response.json()
        )

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    *,
    client: Client,
    body: CampaignEnablement | Unset = UNSET,
) -> Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]:
    """Re-enable campaigns for a user. Requires: Ibl.Notifications/Campaigns/action

    ``POST /api/notification/v1/orgs/{platform_key}/campaigns/enable/`` (operation ``notification_v1_orgs_campaigns_enable_create``)

    Args:
        platform_key (str):
        body (CampaignEnablement | Unset): Serializer for campaign enablement requests.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            body=body,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    *,
    client: Client,
    body: CampaignEnablement | Unset = UNSET,
) -> NotificationV1CampaignsUnsubscribeRetrieve200Response:
    """Re-enable campaigns for a user. Requires: Ibl.Notifications/Campaigns/action

    ``POST /api/notification/v1/orgs/{platform_key}/campaigns/enable/`` (operation ``notification_v1_orgs_campaigns_enable_create``)

    Args:
        platform_key (str):
        body (CampaignEnablement | Unset): Serializer for campaign enablement requests.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        NotificationV1CampaignsUnsubscribeRetrieve200Response
    """

    return sync_detailed(
        platform_key,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    *,
    client: AsyncClient,
    body: CampaignEnablement | Unset = UNSET,
) -> Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]:
    """Re-enable campaigns for a user. Requires: Ibl.Notifications/Campaigns/action

    ``POST /api/notification/v1/orgs/{platform_key}/campaigns/enable/`` (operation ``notification_v1_orgs_campaigns_enable_create``)

    Args:
        platform_key (str):
        body (CampaignEnablement | Unset): Serializer for campaign enablement requests.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    *,
    client: AsyncClient,
    body: CampaignEnablement | Unset = UNSET,
) -> NotificationV1CampaignsUnsubscribeRetrieve200Response:
    """Re-enable campaigns for a user. Requires: Ibl.Notifications/Campaigns/action

    ``POST /api/notification/v1/orgs/{platform_key}/campaigns/enable/`` (operation ``notification_v1_orgs_campaigns_enable_create``)

    Args:
        platform_key (str):
        body (CampaignEnablement | Unset): Serializer for campaign enablement requests.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        NotificationV1CampaignsUnsubscribeRetrieve200Response
    """

    return (
        await asyncio_detailed(
            platform_key,
            body=body,
            client=client,
        )
    ).unwrap()
