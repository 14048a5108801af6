from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.mentor_create import MentorCreate
from ...models.patched_mentor_create_request import PatchedMentorCreateRequest
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_partial_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: MentorCreate,
}


def _get_kwargs(
    org: str,
    user_id: str,
    name: str,
    *,
    body: PatchedMentorCreateRequest | Unset = UNSET,
    department_id: int | Unset = UNSET,
    filter_by: str | Unset = UNSET,
    is_featured: bool | Unset = UNSET,
    metadata_key: str | Unset = UNSET,
    metadata_value: str | Unset = UNSET,
    return_session_information: bool | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    params["filter_by"] = filter_by

    params["is_featured"] = is_featured

    params["metadata_key"] = metadata_key

    params["metadata_value"] = metadata_value

    params["return_session_information"] = return_session_information

    params["visibility"] = visibility

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/{name}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> MentorCreate | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = MentorCreate.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    name: str,
    *,
    client: Client,
    body: PatchedMentorCreateRequest | Unset = UNSET,
    department_id: int | Unset = UNSET,
    filter_by: str | Unset = UNSET,
    is_featured: bool | Unset = UNSET,
    metadata_key: str | Unset = UNSET,
    metadata_value: str | Unset = UNSET,
    return_session_information: bool | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> Response[MentorCreate]:
    """API ViewSet for managing mentors.

    Provides endpoints to retrieve, create, update, and delete mentor data.

    Permissions:
    - Accessible to both tenant admins and students.

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/{name}/`` (operation ``ai_mentor_orgs_users_partial_update``)

    Args:
        org (str):
        user_id (str):
        name (str):
        department_id (int | Unset):
        filter_by (str | Unset):
        is_featured (bool | Unset):
        metadata_key (str | Unset):
        metadata_value (str | Unset):
        return_session_information (bool | Unset):
        visibility (str | Unset):
        body (PatchedMentorCreateRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorCreate]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            name,
            body=body,
            department_id=department_id,
            filter_by=filter_by,
            is_featured=is_featured,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    name: str,
    *,
    client: Client,
    body: PatchedMentorCreateRequest | Unset = UNSET,
    department_id: int | Unset = UNSET,
    filter_by: str | Unset = UNSET,
    is_featured: bool | Unset = UNSET,
    metadata_key: str | Unset = UNSET,
    metadata_value: str | Unset = UNSET,
    return_session_information: bool | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> MentorCreate:
    """API ViewSet for managing mentors.

    Provides endpoints to retrieve, create, update, and delete mentor data.

    Permissions:
    - Accessible to both tenant admins and students.

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/{name}/`` (operation ``ai_mentor_orgs_users_partial_update``)

    Args:
        org (str):
        user_id (str):
        name (str):
        department_id (int | Unset):
        filter_by (str | Unset):
        is_featured (bool | Unset):
        metadata_key (str | Unset):
        metadata_value (str | Unset):
        return_session_information (bool | Unset):
        visibility (str | Unset):
        body (PatchedMentorCreateRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorCreate
    """

    return sync_detailed(
        org,
        user_id,
        name,
        body=body,
        department_id=department_id,
        filter_by=filter_by,
        is_featured=is_featured,
        metadata_key=metadata_key,
        metadata_value=metadata_value,
        return_session_information=return_session_information,
        visibility=visibility,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    name: str,
    *,
    client: AsyncClient,
    body: PatchedMentorCreateRequest | Unset = UNSET,
    department_id: int | Unset = UNSET,
    filter_by: str | Unset = UNSET,
    is_featured: bool | Unset = UNSET,
    metadata_key: str | Unset = UNSET,
    metadata_value: str | Unset = UNSET,
    return_session_information: bool | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> Response[MentorCreate]:
    """API ViewSet for managing mentors.

    Provides endpoints to retrieve, create, update, and delete mentor data.

    Permissions:
    - Accessible to both tenant admins and students.

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/{name}/`` (operation ``ai_mentor_orgs_users_partial_update``)

    Args:
        org (str):
        user_id (str):
        name (str):
        department_id (int | Unset):
        filter_by (str | Unset):
        is_featured (bool | Unset):
        metadata_key (str | Unset):
        metadata_value (str | Unset):
        return_session_information (bool | Unset):
        visibility (str | Unset):
        body (PatchedMentorCreateRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorCreate]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            name,
            body=body,
            department_id=department_id,
            filter_by=filter_by,
            is_featured=is_featured,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    name: str,
    *,
    client: AsyncClient,
    body: PatchedMentorCreateRequest | Unset = UNSET,
    department_id: int | Unset = UNSET,
    filter_by: str | Unset = UNSET,
    is_featured: bool | Unset = UNSET,
    metadata_key: str | Unset = UNSET,
    metadata_value: str | Unset = UNSET,
    return_session_information: bool | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> MentorCreate:
    """API ViewSet for managing mentors.

    Provides endpoints to retrieve, create, update, and delete mentor data.

    Permissions:
    - Accessible to both tenant admins and students.

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/{name}/`` (operation ``ai_mentor_orgs_users_partial_update``)

    Args:
        org (str):
        user_id (str):
        name (str):
        department_id (int | Unset):
        filter_by (str | Unset):
        is_featured (bool | Unset):
        metadata_key (str | Unset):
        metadata_value (str | Unset):
        return_session_information (bool | Unset):
        visibility (str | Unset):
        body (PatchedMentorCreateRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorCreate
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            name,
            body=body,
            department_id=department_id,
            filter_by=filter_by,
            is_featured=is_featured,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=client,
        )
    ).unwrap()
