from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.project import Project
from ...models.project_request import ProjectRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_mentor_orgs_projects_update"


def _get_kwargs(
    org: str,
    id: int,
    *,
    body: ProjectRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/ai-mentor/orgs/{org}/projects/{id}/".format(
            org=quote(str(org), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, ProjectRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Project | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", Project, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    id: int,
    *,
    client: Client,
    body: ProjectRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[Project]:
    """Update a project

    Update project information and optionally modify its mentors.

    ``PUT /api/ai-mentor/orgs/{org}/projects/{id}/`` (operation ``ai_mentor_orgs_projects_update``)

    Args:
        org (str):
        id (int):
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
            id,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    org: str,
    id: int,
    *,
    client: Client,
    body: ProjectRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Project:
    """Update a project

    Update project information and optionally modify its mentors.

    ``PUT /api/ai-mentor/orgs/{org}/projects/{id}/`` (operation ``ai_mentor_orgs_projects_update``)

    Args:
        org (str):
        id (int):
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
        id,
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    id: int,
    *,
    client: AsyncClient,
    body: ProjectRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[Project]:
    """Update a project

    Update project information and optionally modify its mentors.

    ``PUT /api/ai-mentor/orgs/{org}/projects/{id}/`` (operation ``ai_mentor_orgs_projects_update``)

    Args:
        org (str):
        id (int):
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
            id,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    org: str,
    id: int,
    *,
    client: AsyncClient,
    body: ProjectRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Project:
    """Update a project

    Update project information and optionally modify its mentors.

    ``PUT /api/ai-mentor/orgs/{org}/projects/{id}/`` (operation ``ai_mentor_orgs_projects_update``)

    Args:
        org (str):
        id (int):
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
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
