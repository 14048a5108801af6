from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.project import Project
from ...models.project_request import ProjectRequest

OPERATION_ID = "ai_mentor_orgs_projects_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: Project,
}


def _get_kwargs(
    org: str,
    *,
    body: ProjectRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/projects/".format(
            org=quote(str(org), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Project | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = Project.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: ProjectRequest,
) -> Response[Project]:
    """Create a new project

    Create a new project with optional mentors.

    ``POST /api/ai-mentor/orgs/{org}/projects/`` (operation ``ai_mentor_orgs_projects_create``)

    Args:
        org (str):
        body (ProjectRequest): Unified serializer for Project model.

            Write-only fields: - mentors_to_add: List of mentor unique IDs to add to the project -
            mentors_to_remove: List of mentor unique IDs to remove from the project

            These fields are mutually exclusive and only used during create/update operations. For
            create: only mentors_to_add is used For update: either can be used, but not both at once

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Project]: status, headers, raw body and parsed model.
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
    body: ProjectRequest,
) -> Project:
    """Create a new project

    Create a new project with optional mentors.

    ``POST /api/ai-mentor/orgs/{org}/projects/`` (operation ``ai_mentor_orgs_projects_create``)

    Args:
        org (str):
        body (ProjectRequest): Unified serializer for Project model.

            Write-only fields: - mentors_to_add: List of mentor unique IDs to add to the project -
            mentors_to_remove: List of mentor unique IDs to remove from the project

            These fields are mutually exclusive and only used during create/update operations. For
            create: only mentors_to_add is used For update: either can be used, but not both at once

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Project
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
    body: ProjectRequest,
) -> Response[Project]:
    """Create a new project

    Create a new project with optional mentors.

    ``POST /api/ai-mentor/orgs/{org}/projects/`` (operation ``ai_mentor_orgs_projects_create``)

    Args:
        org (str):
        body (ProjectRequest): Unified serializer for Project model.

            Write-only fields: - mentors_to_add: List of mentor unique IDs to add to the project -
            mentors_to_remove: List of mentor unique IDs to remove from the project

            These fields are mutually exclusive and only used during create/update operations. For
            create: only mentors_to_add is used For update: either can be used, but not both at once

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Project]: status, headers, raw body and parsed model.
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
    body: ProjectRequest,
) -> Project:
    """Create a new project

    Create a new project with optional mentors.

    ``POST /api/ai-mentor/orgs/{org}/projects/`` (operation ``ai_mentor_orgs_projects_create``)

    Args:
        org (str):
        body (ProjectRequest): Unified serializer for Project model.

            Write-only fields: - mentors_to_add: List of mentor unique IDs to add to the project -
            mentors_to_remove: List of mentor unique IDs to remove from the project

            These fields are mutually exclusive and only used during create/update operations. For
            create: only mentors_to_add is used For update: either can be used, but not both at once

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Project
    """

    return (
        await asyncio_detailed(
            org,
            body=body,
            client=client,
        )
    ).unwrap()
