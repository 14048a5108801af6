from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.mentor_detail_analytics import MentorDetailAnalytics

OPERATION_ID = "ai_analytics_orgs_users_mentor_detail_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: MentorDetailAnalytics,
}


def _get_kwargs(
    org: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/orgs/{org}/users/{user_id}/mentor-detail/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> MentorDetailAnalytics | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = MentorDetailAnalytics.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
) -> Response[MentorDetailAnalytics]:
    """Retrieve summary statistics about mentors.

    This endpoint returns aggregated statistics about mentors within an organization, including
    total mentors, active mentors (mentors with at least one session), questions answered, and
    ratings.

    Args:
    request: The HTTP request.
    org: Organization key identifier.

    Returns:
    Response: Summary statistics about mentors.

    Raises:
    NotFound: If the specified organization does not exist.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/mentor-detail/`` (operation ``ai_analytics_orgs_users_mentor_detail_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorDetailAnalytics]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
) -> MentorDetailAnalytics:
    """Retrieve summary statistics about mentors.

    This endpoint returns aggregated statistics about mentors within an organization, including
    total mentors, active mentors (mentors with at least one session), questions answered, and
    ratings.

    Args:
    request: The HTTP request.
    org: Organization key identifier.

    Returns:
    Response: Summary statistics about mentors.

    Raises:
    NotFound: If the specified organization does not exist.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/mentor-detail/`` (operation ``ai_analytics_orgs_users_mentor_detail_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorDetailAnalytics
    """

    return sync_detailed(
        org,
        user_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
) -> Response[MentorDetailAnalytics]:
    """Retrieve summary statistics about mentors.

    This endpoint returns aggregated statistics about mentors within an organization, including
    total mentors, active mentors (mentors with at least one session), questions answered, and
    ratings.

    Args:
    request: The HTTP request.
    org: Organization key identifier.

    Returns:
    Response: Summary statistics about mentors.

    Raises:
    NotFound: If the specified organization does not exist.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/mentor-detail/`` (operation ``ai_analytics_orgs_users_mentor_detail_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorDetailAnalytics]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
) -> MentorDetailAnalytics:
    """Retrieve summary statistics about mentors.

    This endpoint returns aggregated statistics about mentors within an organization, including
    total mentors, active mentors (mentors with at least one session), questions answered, and
    ratings.

    Args:
    request: The HTTP request.
    org: Organization key identifier.

    Returns:
    Response: Summary statistics about mentors.

    Raises:
    NotFound: If the specified organization does not exist.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/mentor-detail/`` (operation ``ai_analytics_orgs_users_mentor_detail_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorDetailAnalytics
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            client=client,
        )
    ).unwrap()
