from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
)
from ...models.notification_v1_campaigns_unsubscribe_retrieve_200_response import (
    NotificationV1CampaignsUnsubscribeRetrieve200Response,
)
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "notification_v1_campaigns_unsubscribe_retrieve"


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
        response_200 = nested(
            "response_200", NotificationV1CampaignsUnsubscribeRetrieve200Response, response.json()
        )

        return response_200

    return None


def sync_detailed(
    unsubscribe_hash: str,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    unsubscribe_hash: str,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    unsubscribe_hash: str,
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    unsubscribe_hash: str,
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
