from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response

OPERATION_ID = "ai_mentor_orgs_users_course_creation_unit_draft_content_retrieve"


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/unit/{id}/draft-content/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return None

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
) -> Response[Any]:
    """Generate draft content for a specific unit.

    This action starts a background task to create draft content for the specified unit using AI.

    Args:
    request: The HTTP request.
    pk: The primary key of the unit to generate content for.

    Returns:
    Response: A confirmation that the content generation task has been started.

    Raises:
    NotFound: If the specified unit does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/unit/{id}/draft-content/`` (operation ``ai_mentor_orgs_users_course_creation_unit_draft_content_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int): A unique integer value identifying this unit.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
) -> Any:
    """Generate draft content for a specific unit.

    This action starts a background task to create draft content for the specified unit using AI.

    Args:
    request: The HTTP request.
    pk: The primary key of the unit to generate content for.

    Returns:
    Response: A confirmation that the content generation task has been started.

    Raises:
    NotFound: If the specified unit does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/unit/{id}/draft-content/`` (operation ``ai_mentor_orgs_users_course_creation_unit_draft_content_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int): A unique integer value identifying this unit.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        org,
        user_id,
        id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
) -> Response[Any]:
    """Generate draft content for a specific unit.

    This action starts a background task to create draft content for the specified unit using AI.

    Args:
    request: The HTTP request.
    pk: The primary key of the unit to generate content for.

    Returns:
    Response: A confirmation that the content generation task has been started.

    Raises:
    NotFound: If the specified unit does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/unit/{id}/draft-content/`` (operation ``ai_mentor_orgs_users_course_creation_unit_draft_content_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int): A unique integer value identifying this unit.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
) -> Any:
    """Generate draft content for a specific unit.

    This action starts a background task to create draft content for the specified unit using AI.

    Args:
    request: The HTTP request.
    pk: The primary key of the unit to generate content for.

    Returns:
    Response: A confirmation that the content generation task has been started.

    Raises:
    NotFound: If the specified unit does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/unit/{id}/draft-content/`` (operation ``ai_mentor_orgs_users_course_creation_unit_draft_content_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int): A unique integer value identifying this unit.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            client=client,
        )
    ).unwrap()
