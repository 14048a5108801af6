from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.predictive_analytics_request import PredictiveAnalyticsRequest
from ...models.predictive_analytics_response import PredictiveAnalyticsResponse

OPERATION_ID = "ai_mentor_orgs_users_predictive_analytics_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PredictiveAnalyticsResponse,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: PredictiveAnalyticsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/predictive-analytics/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PredictiveAnalyticsResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PredictiveAnalyticsResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: PredictiveAnalyticsRequest,
) -> Response[PredictiveAnalyticsResponse]:
    """Retrieve predictive analytics based on historical data variables.

    Args:
    request: HTTP request containing predictive analytics input.
    org: Organization key identifier.

    Returns:
    - 200: Object containing predicted data.
    - 400: When AI response cannot be loaded into JSON.
    - 404: When OpenAI key for the tenant is not set.
    - 429: When OpenAI request exceeds the rate limit.

    Example:
    **POST** `/api/ai-prompt/orgs/main/users/johndoe/predictive-analytics/`

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/predictive-analytics/`` (operation ``ai_mentor_orgs_users_predictive_analytics_create``)

    Args:
        org (str):
        user_id (str):
        body (PredictiveAnalyticsRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PredictiveAnalyticsResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: PredictiveAnalyticsRequest,
) -> PredictiveAnalyticsResponse:
    """Retrieve predictive analytics based on historical data variables.

    Args:
    request: HTTP request containing predictive analytics input.
    org: Organization key identifier.

    Returns:
    - 200: Object containing predicted data.
    - 400: When AI response cannot be loaded into JSON.
    - 404: When OpenAI key for the tenant is not set.
    - 429: When OpenAI request exceeds the rate limit.

    Example:
    **POST** `/api/ai-prompt/orgs/main/users/johndoe/predictive-analytics/`

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/predictive-analytics/`` (operation ``ai_mentor_orgs_users_predictive_analytics_create``)

    Args:
        org (str):
        user_id (str):
        body (PredictiveAnalyticsRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PredictiveAnalyticsResponse
    """

    return sync_detailed(
        org,
        user_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: PredictiveAnalyticsRequest,
) -> Response[PredictiveAnalyticsResponse]:
    """Retrieve predictive analytics based on historical data variables.

    Args:
    request: HTTP request containing predictive analytics input.
    org: Organization key identifier.

    Returns:
    - 200: Object containing predicted data.
    - 400: When AI response cannot be loaded into JSON.
    - 404: When OpenAI key for the tenant is not set.
    - 429: When OpenAI request exceeds the rate limit.

    Example:
    **POST** `/api/ai-prompt/orgs/main/users/johndoe/predictive-analytics/`

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/predictive-analytics/`` (operation ``ai_mentor_orgs_users_predictive_analytics_create``)

    Args:
        org (str):
        user_id (str):
        body (PredictiveAnalyticsRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PredictiveAnalyticsResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: PredictiveAnalyticsRequest,
) -> PredictiveAnalyticsResponse:
    """Retrieve predictive analytics based on historical data variables.

    Args:
    request: HTTP request containing predictive analytics input.
    org: Organization key identifier.

    Returns:
    - 200: Object containing predicted data.
    - 400: When AI response cannot be loaded into JSON.
    - 404: When OpenAI key for the tenant is not set.
    - 429: When OpenAI request exceeds the rate limit.

    Example:
    **POST** `/api/ai-prompt/orgs/main/users/johndoe/predictive-analytics/`

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/predictive-analytics/`` (operation ``ai_mentor_orgs_users_predictive_analytics_create``)

    Args:
        org (str):
        user_id (str):
        body (PredictiveAnalyticsRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PredictiveAnalyticsResponse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
