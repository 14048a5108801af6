from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_artifact_list_list import PaginatedArtifactListList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_artifacts_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedArtifactListList,
}


def _get_kwargs(
    org: str,
    user_id: str,
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
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedArtifactListList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedArtifactListList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
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
) -> Response[PaginatedArtifactListList]:
    """List artifacts

    Retrieve a paginated list of artifacts for a user, with optional filtering and search.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/`` (operation ``ai_mentor_orgs_users_artifacts_list``)

    Args:
        org (str):
        user_id (str):
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
        Response[PaginatedArtifactListList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
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
) -> PaginatedArtifactListList:
    """List artifacts

    Retrieve a paginated list of artifacts for a user, with optional filtering and search.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/`` (operation ``ai_mentor_orgs_users_artifacts_list``)

    Args:
        org (str):
        user_id (str):
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
        PaginatedArtifactListList
    """

    return sync_detailed(
        org,
        user_id,
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
) -> Response[PaginatedArtifactListList]:
    """List artifacts

    Retrieve a paginated list of artifacts for a user, with optional filtering and search.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/`` (operation ``ai_mentor_orgs_users_artifacts_list``)

    Args:
        org (str):
        user_id (str):
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
        Response[PaginatedArtifactListList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
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
) -> PaginatedArtifactListList:
    """List artifacts

    Retrieve a paginated list of artifacts for a user, with optional filtering and search.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/`` (operation ``ai_mentor_orgs_users_artifacts_list``)

    Args:
        org (str):
        user_id (str):
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
        PaginatedArtifactListList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
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
