from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_artifact_version_list import PaginatedArtifactVersionList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_artifacts_versions_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedArtifactVersionList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
    *,
    file_extension: str | Unset = UNSET,
    llm_name: str | Unset = UNSET,
    llm_provider: str | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    session_id: UUID | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["file_extension"] = file_extension

    params["llm_name"] = llm_name

    params["llm_provider"] = llm_provider

    json_mentor_id: str | Unset = UNSET
    if not isinstance(mentor_id, Unset):
        json_mentor_id = str(mentor_id)
    params["mentor_id"] = json_mentor_id

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    json_session_id: str | Unset = UNSET
    if not isinstance(session_id, Unset):
        json_session_id = str(session_id)
    params["session_id"] = json_session_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedArtifactVersionList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedArtifactVersionList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    file_extension: str | Unset = UNSET,
    llm_name: str | Unset = UNSET,
    llm_provider: str | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    session_id: UUID | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PaginatedArtifactVersionList]:
    """List artifact versions

    Retrieve all versions for a specific artifact.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/`` (operation ``ai_mentor_orgs_users_artifacts_versions_list``)

    Args:
        org (str):
        user_id (str):
        id (int):
        file_extension (str | Unset):
        llm_name (str | Unset):
        llm_provider (str | Unset):
        mentor_id (UUID | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        session_id (UUID | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedArtifactVersionList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
            file_extension=file_extension,
            llm_name=llm_name,
            llm_provider=llm_provider,
            mentor_id=mentor_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            session_id=session_id,
            username=username,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    file_extension: str | Unset = UNSET,
    llm_name: str | Unset = UNSET,
    llm_provider: str | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    session_id: UUID | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PaginatedArtifactVersionList:
    """List artifact versions

    Retrieve all versions for a specific artifact.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/`` (operation ``ai_mentor_orgs_users_artifacts_versions_list``)

    Args:
        org (str):
        user_id (str):
        id (int):
        file_extension (str | Unset):
        llm_name (str | Unset):
        llm_provider (str | Unset):
        mentor_id (UUID | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        session_id (UUID | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedArtifactVersionList
    """

    return sync_detailed(
        org,
        user_id,
        id,
        file_extension=file_extension,
        llm_name=llm_name,
        llm_provider=llm_provider,
        mentor_id=mentor_id,
        ordering=ordering,
        page=page,
        page_size=page_size,
        search=search,
        session_id=session_id,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
    file_extension: str | Unset = UNSET,
    llm_name: str | Unset = UNSET,
    llm_provider: str | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    session_id: UUID | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PaginatedArtifactVersionList]:
    """List artifact versions

    Retrieve all versions for a specific artifact.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/`` (operation ``ai_mentor_orgs_users_artifacts_versions_list``)

    Args:
        org (str):
        user_id (str):
        id (int):
        file_extension (str | Unset):
        llm_name (str | Unset):
        llm_provider (str | Unset):
        mentor_id (UUID | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        session_id (UUID | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedArtifactVersionList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
            file_extension=file_extension,
            llm_name=llm_name,
            llm_provider=llm_provider,
            mentor_id=mentor_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            session_id=session_id,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
    file_extension: str | Unset = UNSET,
    llm_name: str | Unset = UNSET,
    llm_provider: str | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    session_id: UUID | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PaginatedArtifactVersionList:
    """List artifact versions

    Retrieve all versions for a specific artifact.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/`` (operation ``ai_mentor_orgs_users_artifacts_versions_list``)

    Args:
        org (str):
        user_id (str):
        id (int):
        file_extension (str | Unset):
        llm_name (str | Unset):
        llm_provider (str | Unset):
        mentor_id (UUID | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        session_id (UUID | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedArtifactVersionList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            file_extension=file_extension,
            llm_name=llm_name,
            llm_provider=llm_provider,
            mentor_id=mentor_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            session_id=session_id,
            username=username,
            client=client,
        )
    ).unwrap()
