from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.value import Value

OPERATION_ID = "ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Value,
}


def _get_kwargs(
    org: str,
    user_id: str,
    course_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/engagement-index".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            course_id=quote(str(course_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Value | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Value.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    course_id: str,
    *,
    client: Client,
) -> Response[Value]:
    """Average of days with atleast an activity within ENGAGEMENT_INDEX_PERIOD consecutive days for a
    learner in a course

    ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/engagement-index`` (operation ``ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve``)

    Args:
        org (str):
        user_id (str):
        course_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Value]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            course_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    course_id: str,
    *,
    client: Client,
) -> Value:
    """Average of days with atleast an activity within ENGAGEMENT_INDEX_PERIOD consecutive days for a
    learner in a course

    ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/engagement-index`` (operation ``ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve``)

    Args:
        org (str):
        user_id (str):
        course_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Value
    """

    return sync_detailed(
        org,
        user_id,
        course_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    course_id: str,
    *,
    client: AsyncClient,
) -> Response[Value]:
    """Average of days with atleast an activity within ENGAGEMENT_INDEX_PERIOD consecutive days for a
    learner in a course

    ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/engagement-index`` (operation ``ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve``)

    Args:
        org (str):
        user_id (str):
        course_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Value]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            course_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    course_id: str,
    *,
    client: AsyncClient,
) -> Value:
    """Average of days with atleast an activity within ENGAGEMENT_INDEX_PERIOD consecutive days for a
    learner in a course

    ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/engagement-index`` (operation ``ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve``)

    Args:
        org (str):
        user_id (str):
        course_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Value
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            course_id,
            client=client,
        )
    ).unwrap()
