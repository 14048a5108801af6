import datetime
from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)
from ...models.cost_per_tenant import CostPerTenant
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_analytics_costs_pertenant_list"


def _get_kwargs(
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
        "url": "/api/ai-analytics/costs/pertenant/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[CostPerTenant] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        _response_200 = response.json()
        if not isinstance(_response_200, list):
            raise FieldError("response_200", "an array", _response_200)
        response_200 = []
        for _response_200_index, response_200_item_data in enumerate(_response_200):
            try:
                response_200_item = nested(
                    "response_200_item", CostPerTenant, response_200_item_data
                )

            except PARSE_ERRORS as _response_200_error:
                raise within(
                    ("response_200", _response_200_index), _response_200_error, "response_200_item"
                ) from _response_200_error
            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    end_date: datetime.datetime,
    start_date: datetime.datetime,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[CostPerTenant]]:
    """Retrieve paginated LLM usage costs aggregated by tenant.

    ``GET /api/ai-analytics/costs/pertenant/`` (operation ``ai_analytics_costs_pertenant_list``)

    Args:
        end_date (datetime.datetime):
        start_date (datetime.datetime):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[CostPerTenant]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            end_date=end_date,
            start_date=start_date,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    *,
    client: Client,
    end_date: datetime.datetime,
    start_date: datetime.datetime,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> list[CostPerTenant]:
    """Retrieve paginated LLM usage costs aggregated by tenant.

    ``GET /api/ai-analytics/costs/pertenant/`` (operation ``ai_analytics_costs_pertenant_list``)

    Args:
        end_date (datetime.datetime):
        start_date (datetime.datetime):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[CostPerTenant]
    """

    return sync_detailed(
        end_date=end_date,
        start_date=start_date,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    end_date: datetime.datetime,
    start_date: datetime.datetime,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[CostPerTenant]]:
    """Retrieve paginated LLM usage costs aggregated by tenant.

    ``GET /api/ai-analytics/costs/pertenant/`` (operation ``ai_analytics_costs_pertenant_list``)

    Args:
        end_date (datetime.datetime):
        start_date (datetime.datetime):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[CostPerTenant]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            end_date=end_date,
            start_date=start_date,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    *,
    client: AsyncClient,
    end_date: datetime.datetime,
    start_date: datetime.datetime,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> list[CostPerTenant]:
    """Retrieve paginated LLM usage costs aggregated by tenant.

    ``GET /api/ai-analytics/costs/pertenant/`` (operation ``ai_analytics_costs_pertenant_list``)

    Args:
        end_date (datetime.datetime):
        start_date (datetime.datetime):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[CostPerTenant]
    """

    return (
        await asyncio_detailed(
            end_date=end_date,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
