import datetime
from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.cost_per_tenant import CostPerTenant
from ...types import UNSET

OPERATION_ID = "ai_analytics_costs_pertenant_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[CostPerTenant],
}


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
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CostPerTenant.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    end_date: datetime.datetime,
    start_date: datetime.datetime,
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
    )


def sync(
    *,
    client: Client,
    end_date: datetime.datetime,
    start_date: datetime.datetime,
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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    end_date: datetime.datetime,
    start_date: datetime.datetime,
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
    )


async def asyncio(
    *,
    client: AsyncClient,
    end_date: datetime.datetime,
    start_date: datetime.datetime,
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
            client=client,
        )
    ).unwrap()
