import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.llm_traces_list_response import LLMTracesListResponse
from ...types import UNSET

OPERATION_ID = "ai_analytics_orgs_users_costs_peruser_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: LLMTracesListResponse,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    end_date: datetime.datetime,
    start_date: datetime.datetime,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/orgs/{org}/users/{user_id}/costs/peruser/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> LLMTracesListResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = LLMTracesListResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    end_date: datetime.datetime,
    start_date: datetime.datetime,
) -> Response[LLMTracesListResponse]:
    """Retrieve LLM usage costs aggregated by user.

    This endpoint returns data on the total cost of LLM usage for each user within a specified date
    range, with pagination support. The costs are calculated by summing the costs of all
    observations associated with traces from the user's sessions.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Paginated list of users with their total LLM usage costs.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD) - required.
    end_date (str): End date for filtering (YYYY-MM-DD) - required.
    limit (int): Number of results per page - default: 10.
    offset (int): Offset for pagination - default: 0.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/costs/peruser/`` (operation ``ai_analytics_orgs_users_costs_peruser_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (datetime.datetime):
        start_date (datetime.datetime):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LLMTracesListResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    end_date: datetime.datetime,
    start_date: datetime.datetime,
) -> LLMTracesListResponse:
    """Retrieve LLM usage costs aggregated by user.

    This endpoint returns data on the total cost of LLM usage for each user within a specified date
    range, with pagination support. The costs are calculated by summing the costs of all
    observations associated with traces from the user's sessions.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Paginated list of users with their total LLM usage costs.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD) - required.
    end_date (str): End date for filtering (YYYY-MM-DD) - required.
    limit (int): Number of results per page - default: 10.
    offset (int): Offset for pagination - default: 0.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/costs/peruser/`` (operation ``ai_analytics_orgs_users_costs_peruser_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (datetime.datetime):
        start_date (datetime.datetime):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LLMTracesListResponse
    """

    return sync_detailed(
        org,
        user_id,
        end_date=end_date,
        start_date=start_date,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    end_date: datetime.datetime,
    start_date: datetime.datetime,
) -> Response[LLMTracesListResponse]:
    """Retrieve LLM usage costs aggregated by user.

    This endpoint returns data on the total cost of LLM usage for each user within a specified date
    range, with pagination support. The costs are calculated by summing the costs of all
    observations associated with traces from the user's sessions.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Paginated list of users with their total LLM usage costs.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD) - required.
    end_date (str): End date for filtering (YYYY-MM-DD) - required.
    limit (int): Number of results per page - default: 10.
    offset (int): Offset for pagination - default: 0.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/costs/peruser/`` (operation ``ai_analytics_orgs_users_costs_peruser_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (datetime.datetime):
        start_date (datetime.datetime):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LLMTracesListResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    end_date: datetime.datetime,
    start_date: datetime.datetime,
) -> LLMTracesListResponse:
    """Retrieve LLM usage costs aggregated by user.

    This endpoint returns data on the total cost of LLM usage for each user within a specified date
    range, with pagination support. The costs are calculated by summing the costs of all
    observations associated with traces from the user's sessions.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Paginated list of users with their total LLM usage costs.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD) - required.
    end_date (str): End date for filtering (YYYY-MM-DD) - required.
    limit (int): Number of results per page - default: 10.
    offset (int): Offset for pagination - default: 0.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/costs/peruser/`` (operation ``ai_analytics_orgs_users_costs_peruser_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (datetime.datetime):
        start_date (datetime.datetime):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LLMTracesListResponse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=client,
        )
    ).unwrap()
