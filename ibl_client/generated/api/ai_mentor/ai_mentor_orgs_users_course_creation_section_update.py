from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.section import Section
from ...models.section_request import SectionRequest

OPERATION_ID = "ai_mentor_orgs_users_course_creation_section_update"


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
    *,
    body: SectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/section/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Section | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Section.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: SectionRequest,
) -> Response[Section]:
    """API viewset for managing course sections.

    This viewset allows platform administrators to retrieve and manage sections within EdX courses.

    Permissions:
    - Restricted to platform administrators only

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/section/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_section_update``)

    Args:
        org (str):
        user_id (str):
        id (int): A unique integer value identifying this section.
        body (SectionRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Section]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: SectionRequest,
) -> Section:
    """API viewset for managing course sections.

    This viewset allows platform administrators to retrieve and manage sections within EdX courses.

    Permissions:
    - Restricted to platform administrators only

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/section/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_section_update``)

    Args:
        org (str):
        user_id (str):
        id (int): A unique integer value identifying this section.
        body (SectionRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Section
    """

    return sync_detailed(
        org,
        user_id,
        id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
    body: SectionRequest,
) -> Response[Section]:
    """API viewset for managing course sections.

    This viewset allows platform administrators to retrieve and manage sections within EdX courses.

    Permissions:
    - Restricted to platform administrators only

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/section/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_section_update``)

    Args:
        org (str):
        user_id (str):
        id (int): A unique integer value identifying this section.
        body (SectionRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Section]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
    body: SectionRequest,
) -> Section:
    """API viewset for managing course sections.

    This viewset allows platform administrators to retrieve and manage sections within EdX courses.

    Permissions:
    - Restricted to platform administrators only

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/section/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_section_update``)

    Args:
        org (str):
        user_id (str):
        id (int): A unique integer value identifying this section.
        body (SectionRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Section
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=client,
        )
    ).unwrap()
