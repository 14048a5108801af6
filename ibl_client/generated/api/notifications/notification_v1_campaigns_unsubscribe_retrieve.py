from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.notification_v1_campaigns_unsubscribe_retrieve_200_response import (
    NotificationV1CampaignsUnsubscribeRetrieve200Response,
)

OPERATION_ID = "notification_v1_campaigns_unsubscribe_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: NotificationV1CampaignsUnsubscribeRetrieve200Response,
}


def _get_kwargs(
    unsubscribe_hash: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/notification/v1/campaigns/unsubscribe/{unsubscribe_hash}/".format(
            unsubscribe_hash=quote(str(unsubscribe_hash), safe=""),
        ),
    }
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
    unsubscribe_hash: str,
    *,
    client: Client,
) -> Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]:
    """Unsubscribe from a campaign using a hash

    ``GET /api/notification/v1/campaigns/unsubscribe/{unsubscribe_hash}/`` (operation ``notification_v1_campaigns_unsubscribe_retrieve``)

    Args:
        unsubscribe_hash (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            unsubscribe_hash,
        ),
        _parse_response,
    )


def sync(
    unsubscribe_hash: str,
    *,
    client: Client,
) -> NotificationV1CampaignsUnsubscribeRetrieve200Response:
    """Unsubscribe from a campaign using a hash

    ``GET /api/notification/v1/campaigns/unsubscribe/{unsubscribe_hash}/`` (operation ``notification_v1_campaigns_unsubscribe_retrieve``)

    Args:
        unsubscribe_hash (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        NotificationV1CampaignsUnsubscribeRetrieve200Response
    """

    return sync_detailed(
        unsubscribe_hash,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    unsubscribe_hash: str,
    *,
    client: AsyncClient,
) -> Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]:
    """Unsubscribe from a campaign using a hash

    ``GET /api/notification/v1/campaigns/unsubscribe/{unsubscribe_hash}/`` (operation ``notification_v1_campaigns_unsubscribe_retrieve``)

    Args:
        unsubscribe_hash (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            unsubscribe_hash,
        ),
        _parse_response,
    )


async def asyncio(
    unsubscribe_hash: str,
    *,
    client: AsyncClient,
) -> NotificationV1CampaignsUnsubscribeRetrieve200Response:
    """Unsubscribe from a campaign using a hash

    ``GET /api/notification/v1/campaigns/unsubscribe/{unsubscribe_hash}/`` (operation ``notification_v1_campaigns_unsubscribe_retrieve``)

    Args:
        unsubscribe_hash (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        NotificationV1CampaignsUnsubscribeRetrieve200Response
    """

    return (
        await asyncio_detailed(
            unsubscribe_hash,
            client=client,
        )
    ).unwrap()
