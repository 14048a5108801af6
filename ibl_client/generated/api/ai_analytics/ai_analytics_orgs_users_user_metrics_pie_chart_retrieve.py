from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.pie_chart_data import PieChartData
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_orgs_users_user_metrics_pie_chart_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PieChartData,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    end_date: str,
    mentor_id: str | Unset = UNSET,
    start_date: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["end_date"] = end_date

    params["mentor_id"] = mentor_id

    params["start_date"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/orgs/{org}/users/{user_id}/user-metrics-pie-chart/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PieChartData | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PieChartData.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    end_date: str,
    mentor_id: str | Unset = UNSET,
    start_date: str,
) -> Response[PieChartData]:
    """Retrieve user distribution data for pie charts.

    This endpoint returns data on the distribution of new versus returning users within a specified
    date range, including both counts and percentages, suitable for pie chart visualization.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Distribution of new versus returning users with counts and percentages.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD) - required.
    end_date (str): End date for filtering (YYYY-MM-DD) - required.
    mentor_id (str): Filter by mentor unique ID.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-metrics-pie-chart/`` (operation ``ai_analytics_orgs_users_user_metrics_pie_chart_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (str):
        mentor_id (str | Unset):
        start_date (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PieChartData]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    end_date: str,
    mentor_id: str | Unset = UNSET,
    start_date: str,
) -> PieChartData:
    """Retrieve user distribution data for pie charts.

    This endpoint returns data on the distribution of new versus returning users within a specified
    date range, including both counts and percentages, suitable for pie chart visualization.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Distribution of new versus returning users with counts and percentages.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD) - required.
    end_date (str): End date for filtering (YYYY-MM-DD) - required.
    mentor_id (str): Filter by mentor unique ID.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-metrics-pie-chart/`` (operation ``ai_analytics_orgs_users_user_metrics_pie_chart_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (str):
        mentor_id (str | Unset):
        start_date (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PieChartData
    """

    return sync_detailed(
        org,
        user_id,
        end_date=end_date,
        mentor_id=mentor_id,
        start_date=start_date,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    end_date: str,
    mentor_id: str | Unset = UNSET,
    start_date: str,
) -> Response[PieChartData]:
    """Retrieve user distribution data for pie charts.

    This endpoint returns data on the distribution of new versus returning users within a specified
    date range, including both counts and percentages, suitable for pie chart visualization.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Distribution of new versus returning users with counts and percentages.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD) - required.
    end_date (str): End date for filtering (YYYY-MM-DD) - required.
    mentor_id (str): Filter by mentor unique ID.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-metrics-pie-chart/`` (operation ``ai_analytics_orgs_users_user_metrics_pie_chart_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (str):
        mentor_id (str | Unset):
        start_date (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PieChartData]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    end_date: str,
    mentor_id: str | Unset = UNSET,
    start_date: str,
) -> PieChartData:
    """Retrieve user distribution data for pie charts.

    This endpoint returns data on the distribution of new versus returning users within a specified
    date range, including both counts and percentages, suitable for pie chart visualization.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Distribution of new versus returning users with counts and percentages.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD) - required.
    end_date (str): End date for filtering (YYYY-MM-DD) - required.
    mentor_id (str): Filter by mentor unique ID.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-metrics-pie-chart/`` (operation ``ai_analytics_orgs_users_user_metrics_pie_chart_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (str):
        mentor_id (str | Unset):
        start_date (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PieChartData
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
            client=client,
        )
    ).unwrap()
