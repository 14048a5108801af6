from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_metrics_response import UserMetricsResponse
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_orgs_users_user_metrics_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserMetricsResponse,
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
        "url": "/api/ai-analytics/orgs/{org}/users/{user_id}/user-metrics/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> UserMetricsResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserMetricsResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    group_by: str | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
) -> Response[UserMetricsResponse]:
    """Retrieve comprehensive user metrics.

    This endpoint returns data on various user metrics with month-over-month change calculations: -
    Registered users: Total users registered on the platform - New users: Users who joined in the
    current month - Unique users: Distinct users who have had sessions - Veteran users: Users who
    have been active for at least 6 months

    Results can be filtered by mentor.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Comprehensive user metrics with month-over-month changes.

    Raises:
    NotFound: If the specified organization does not exist.

    Query Parameters:
    mentor_id (str): Filter metrics by mentor unique ID.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-metrics/`` (operation ``ai_analytics_orgs_users_user_metrics_retrieve``)

    Args:
        org (str):
        user_id (str):
        group_by (str | Unset):
        mentor_id (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserMetricsResponse]: status, headers, raw body and parsed model.
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
) -> UserMetricsResponse:
    """Retrieve comprehensive user metrics.

    This endpoint returns data on various user metrics with month-over-month change calculations: -
    Registered users: Total users registered on the platform - New users: Users who joined in the
    current month - Unique users: Distinct users who have had sessions - Veteran users: Users who
    have been active for at least 6 months

    Results can be filtered by mentor.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Comprehensive user metrics with month-over-month changes.

    Raises:
    NotFound: If the specified organization does not exist.

    Query Parameters:
    mentor_id (str): Filter metrics by mentor unique ID.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-metrics/`` (operation ``ai_analytics_orgs_users_user_metrics_retrieve``)

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
        UserMetricsResponse
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
) -> Response[UserMetricsResponse]:
    """Retrieve comprehensive user metrics.

    This endpoint returns data on various user metrics with month-over-month change calculations: -
    Registered users: Total users registered on the platform - New users: Users who joined in the
    current month - Unique users: Distinct users who have had sessions - Veteran users: Users who
    have been active for at least 6 months

    Results can be filtered by mentor.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Comprehensive user metrics with month-over-month changes.

    Raises:
    NotFound: If the specified organization does not exist.

    Query Parameters:
    mentor_id (str): Filter metrics by mentor unique ID.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-metrics/`` (operation ``ai_analytics_orgs_users_user_metrics_retrieve``)

    Args:
        org (str):
        user_id (str):
        group_by (str | Unset):
        mentor_id (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserMetricsResponse]: status, headers, raw body and parsed model.
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
) -> UserMetricsResponse:
    """Retrieve comprehensive user metrics.

    This endpoint returns data on various user metrics with month-over-month change calculations: -
    Registered users: Total users registered on the platform - New users: Users who joined in the
    current month - Unique users: Distinct users who have had sessions - Veteran users: Users who
    have been active for at least 6 months

    Results can be filtered by mentor.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Comprehensive user metrics with month-over-month changes.

    Raises:
    NotFound: If the specified organization does not exist.

    Query Parameters:
    mentor_id (str): Filter metrics by mentor unique ID.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-metrics/`` (operation ``ai_analytics_orgs_users_user_metrics_retrieve``)

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
        UserMetricsResponse
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
