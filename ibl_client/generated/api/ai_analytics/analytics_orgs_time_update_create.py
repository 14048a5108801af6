from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.time_spent_update_request import TimeSpentUpdateRequest
from ...models.time_spent_update_response import TimeSpentUpdateResponse

OPERATION_ID = "analytics_orgs_time_update_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: TimeSpentUpdateResponse,
}


def _get_kwargs(
    org: str,
    *,
    body: TimeSpentUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/analytics/orgs/{org}/time/update/".format(
            org=quote(str(org), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TimeSpentUpdateResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = TimeSpentUpdateResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: TimeSpentUpdateRequest,
) -> Response[TimeSpentUpdateResponse]:
    """Update time spent tracking data from client-side events.

    This endpoint receives time spent data collected on the client side and stores it in the
    analytics database. Authentication is optional - the API supports both authenticated and
    anonymous requests.

    Methods:
    POST: Submit time spent tracking data

    Authentication:
    Optional - supports both authenticated and anonymous requests.
    - Authenticated requests: User ID is associated with the record
    - Anonymous requests: Records are stored with null user_id

    Returns:
    A response indicating success or failure:
    {
    "success": true|false,
    "message": "Error message if failed" (optional)
    }

    Error Responses:
    400 Bad Request: If the request data is invalid or the API is disabled

    Notes:
    This API must be enabled via the ENABLE_TIME_SPENT_UPDATE_API setting.

    ``POST /api/analytics/orgs/{org}/time/update/`` (operation ``analytics_orgs_time_update_create``)

    Args:
        org (str):
        body (TimeSpentUpdateRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TimeSpentUpdateResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    body: TimeSpentUpdateRequest,
) -> TimeSpentUpdateResponse:
    """Update time spent tracking data from client-side events.

    This endpoint receives time spent data collected on the client side and stores it in the
    analytics database. Authentication is optional - the API supports both authenticated and
    anonymous requests.

    Methods:
    POST: Submit time spent tracking data

    Authentication:
    Optional - supports both authenticated and anonymous requests.
    - Authenticated requests: User ID is associated with the record
    - Anonymous requests: Records are stored with null user_id

    Returns:
    A response indicating success or failure:
    {
    "success": true|false,
    "message": "Error message if failed" (optional)
    }

    Error Responses:
    400 Bad Request: If the request data is invalid or the API is disabled

    Notes:
    This API must be enabled via the ENABLE_TIME_SPENT_UPDATE_API setting.

    ``POST /api/analytics/orgs/{org}/time/update/`` (operation ``analytics_orgs_time_update_create``)

    Args:
        org (str):
        body (TimeSpentUpdateRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TimeSpentUpdateResponse
    """

    return sync_detailed(
        org,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    body: TimeSpentUpdateRequest,
) -> Response[TimeSpentUpdateResponse]:
    """Update time spent tracking data from client-side events.

    This endpoint receives time spent data collected on the client side and stores it in the
    analytics database. Authentication is optional - the API supports both authenticated and
    anonymous requests.

    Methods:
    POST: Submit time spent tracking data

    Authentication:
    Optional - supports both authenticated and anonymous requests.
    - Authenticated requests: User ID is associated with the record
    - Anonymous requests: Records are stored with null user_id

    Returns:
    A response indicating success or failure:
    {
    "success": true|false,
    "message": "Error message if failed" (optional)
    }

    Error Responses:
    400 Bad Request: If the request data is invalid or the API is disabled

    Notes:
    This API must be enabled via the ENABLE_TIME_SPENT_UPDATE_API setting.

    ``POST /api/analytics/orgs/{org}/time/update/`` (operation ``analytics_orgs_time_update_create``)

    Args:
        org (str):
        body (TimeSpentUpdateRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TimeSpentUpdateResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    body: TimeSpentUpdateRequest,
) -> TimeSpentUpdateResponse:
    """Update time spent tracking data from client-side events.

    This endpoint receives time spent data collected on the client side and stores it in the
    analytics database. Authentication is optional - the API supports both authenticated and
    anonymous requests.

    Methods:
    POST: Submit time spent tracking data

    Authentication:
    Optional - supports both authenticated and anonymous requests.
    - Authenticated requests: User ID is associated with the record
    - Anonymous requests: Records are stored with null user_id

    Returns:
    A response indicating success or failure:
    {
    "success": true|false,
    "message": "Error message if failed" (optional)
    }

    Error Responses:
    400 Bad Request: If the request data is invalid or the API is disabled

    Notes:
    This API must be enabled via the ENABLE_TIME_SPENT_UPDATE_API setting.

    ``POST /api/analytics/orgs/{org}/time/update/`` (operation ``analytics_orgs_time_update_create``)

    Args:
        org (str):
        body (TimeSpentUpdateRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TimeSpentUpdateResponse
    """

    return (
        await asyncio_detailed(
            org,
            body=body,
            client=client,
        )
    ).unwrap()
