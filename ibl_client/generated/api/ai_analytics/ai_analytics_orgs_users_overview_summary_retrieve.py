from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.analytics_overview import AnalyticsOverview
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_orgs_users_overview_summary_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: AnalyticsOverview,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    group_by: str | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["group_by"] = group_by

    params["mentor_id"] = mentor_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/orgs/{org}/users/{user_id}/overview-summary/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> AnalyticsOverview | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = AnalyticsOverview.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    group_by: str | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
) -> Response[AnalyticsOverview]:
    """Retrieve an overview of key analytics metrics.

    This endpoint returns a comprehensive overview of key analytics metrics for an organization,
    including: - Conversation volume: Total sessions and month-over-month change - Users: Total
    unique users and month-over-month change - Topics: Total unique topics and month-over-month
    change - User ratings: Total ratings and month-over-month change

    Results can be filtered by mentor.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.
    user_id: User identifier (not used in the implementation).

    Returns:
    Response: Overview of key analytics metrics with month-over-month changes.

    Raises:
    NotFound: If the specified organization does not exist.

    Query Parameters:
    mentor_id (str): Filter analytics by mentor unique ID.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/overview-summary/`` (operation ``ai_analytics_orgs_users_overview_summary_retrieve``)

    Args:
        org (str):
        user_id (str):
        group_by (str | Unset):
        mentor_id (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AnalyticsOverview]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            group_by=group_by,
            mentor_id=mentor_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    group_by: str | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
) -> AnalyticsOverview:
    """Retrieve an overview of key analytics metrics.

    This endpoint returns a comprehensive overview of key analytics metrics for an organization,
    including: - Conversation volume: Total sessions and month-over-month change - Users: Total
    unique users and month-over-month change - Topics: Total unique topics and month-over-month
    change - User ratings: Total ratings and month-over-month change

    Results can be filtered by mentor.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.
    user_id: User identifier (not used in the implementation).

    Returns:
    Response: Overview of key analytics metrics with month-over-month changes.

    Raises:
    NotFound: If the specified organization does not exist.

    Query Parameters:
    mentor_id (str): Filter analytics by mentor unique ID.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/overview-summary/`` (operation ``ai_analytics_orgs_users_overview_summary_retrieve``)

    Args:
        org (str):
        user_id (str):
        group_by (str | Unset):
        mentor_id (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AnalyticsOverview
    """

    return sync_detailed(
        org,
        user_id,
        group_by=group_by,
        mentor_id=mentor_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    group_by: str | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
) -> Response[AnalyticsOverview]:
    """Retrieve an overview of key analytics metrics.

    This endpoint returns a comprehensive overview of key analytics metrics for an organization,
    including: - Conversation volume: Total sessions and month-over-month change - Users: Total
    unique users and month-over-month change - Topics: Total unique topics and month-over-month
    change - User ratings: Total ratings and month-over-month change

    Results can be filtered by mentor.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.
    user_id: User identifier (not used in the implementation).

    Returns:
    Response: Overview of key analytics metrics with month-over-month changes.

    Raises:
    NotFound: If the specified organization does not exist.

    Query Parameters:
    mentor_id (str): Filter analytics by mentor unique ID.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/overview-summary/`` (operation ``ai_analytics_orgs_users_overview_summary_retrieve``)

    Args:
        org (str):
        user_id (str):
        group_by (str | Unset):
        mentor_id (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AnalyticsOverview]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            group_by=group_by,
            mentor_id=mentor_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    group_by: str | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
) -> AnalyticsOverview:
    """Retrieve an overview of key analytics metrics.

    This endpoint returns a comprehensive overview of key analytics metrics for an organization,
    including: - Conversation volume: Total sessions and month-over-month change - Users: Total
    unique users and month-over-month change - Topics: Total unique topics and month-over-month
    change - User ratings: Total ratings and month-over-month change

    Results can be filtered by mentor.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.
    user_id: User identifier (not used in the implementation).

    Returns:
    Response: Overview of key analytics metrics with month-over-month changes.

    Raises:
    NotFound: If the specified organization does not exist.

    Query Parameters:
    mentor_id (str): Filter analytics by mentor unique ID.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/overview-summary/`` (operation ``ai_analytics_orgs_users_overview_summary_retrieve``)

    Args:
        org (str):
        user_id (str):
        group_by (str | Unset):
        mentor_id (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AnalyticsOverview
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            group_by=group_by,
            mentor_id=mentor_id,
            client=client,
        )
    ).unwrap()
