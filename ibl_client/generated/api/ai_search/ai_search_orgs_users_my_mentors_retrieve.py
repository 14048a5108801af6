from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.mentor_search_response import MentorSearchResponse
from ...types import UNSET, Unset

OPERATION_ID = "ai_search_orgs_users_my_mentors_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "limit_offset"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: MentorSearchResponse,
}


def _get_kwargs(
    org: str,
    username: str,
    *,
    audience: list[str] | Unset = UNSET,
    category: list[str] | Unset = UNSET,
    created_by: str | Unset = UNSET,
    featured: bool | Unset = UNSET,
    id: int | Unset = UNSET,
    include_main_public_mentors: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    llm: list[str] | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    query: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    unique_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_audience: list[str] | Unset = UNSET
    if not isinstance(audience, Unset):
        json_audience = audience

    params["audience"] = json_audience

    json_category: list[str] | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category

    params["category"] = json_category

    params["created_by"] = created_by

    params["featured"] = featured

    params["id"] = id

    params["include_main_public_mentors"] = include_main_public_mentors

    params["limit"] = limit

    json_llm: list[str] | Unset = UNSET
    if not isinstance(llm, Unset):
        json_llm = llm

    params["llm"] = json_llm

    params["offset"] = offset

    params["order_by"] = order_by

    params["order_direction"] = order_direction

    params["query"] = query

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    params["tenant"] = tenant

    json_unique_id: str | Unset = UNSET
    if not isinstance(unique_id, Unset):
        json_unique_id = str(unique_id)
    params["unique_id"] = json_unique_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-search/orgs/{org}/users/{username}/my-mentors/".format(
            org=quote(str(org), safe=""),
            username=quote(str(username), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> MentorSearchResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = MentorSearchResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    username: str,
    *,
    client: Client,
    audience: list[str] | Unset = UNSET,
    category: list[str] | Unset = UNSET,
    created_by: str | Unset = UNSET,
    featured: bool | Unset = UNSET,
    id: int | Unset = UNSET,
    include_main_public_mentors: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    llm: list[str] | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    query: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    unique_id: UUID | Unset = UNSET,
) -> Response[MentorSearchResponse]:
    """Handle GET requests for my mentors.

    ``GET /api/ai-search/orgs/{org}/users/{username}/my-mentors/`` (operation ``ai_search_orgs_users_my_mentors_retrieve``)

    Args:
        org (str):
        username (str):
        audience (list[str] | Unset):
        category (list[str] | Unset):
        created_by (str | Unset):
        featured (bool | Unset):
        id (int | Unset):
        include_main_public_mentors (bool | Unset):
        limit (int | Unset):
        llm (list[str] | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        order_direction (str | Unset):
        query (str | Unset):
        tags (list[str] | Unset):
        tenant (str | Unset):
        unique_id (UUID | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorSearchResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            audience=audience,
            category=category,
            created_by=created_by,
            featured=featured,
            id=id,
            include_main_public_mentors=include_main_public_mentors,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            query=query,
            tags=tags,
            tenant=tenant,
            unique_id=unique_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    username: str,
    *,
    client: Client,
    audience: list[str] | Unset = UNSET,
    category: list[str] | Unset = UNSET,
    created_by: str | Unset = UNSET,
    featured: bool | Unset = UNSET,
    id: int | Unset = UNSET,
    include_main_public_mentors: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    llm: list[str] | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    query: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    unique_id: UUID | Unset = UNSET,
) -> MentorSearchResponse:
    """Handle GET requests for my mentors.

    ``GET /api/ai-search/orgs/{org}/users/{username}/my-mentors/`` (operation ``ai_search_orgs_users_my_mentors_retrieve``)

    Args:
        org (str):
        username (str):
        audience (list[str] | Unset):
        category (list[str] | Unset):
        created_by (str | Unset):
        featured (bool | Unset):
        id (int | Unset):
        include_main_public_mentors (bool | Unset):
        limit (int | Unset):
        llm (list[str] | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        order_direction (str | Unset):
        query (str | Unset):
        tags (list[str] | Unset):
        tenant (str | Unset):
        unique_id (UUID | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorSearchResponse
    """

    return sync_detailed(
        org,
        username,
        audience=audience,
        category=category,
        created_by=created_by,
        featured=featured,
        id=id,
        include_main_public_mentors=include_main_public_mentors,
        limit=limit,
        llm=llm,
        offset=offset,
        order_by=order_by,
        order_direction=order_direction,
        query=query,
        tags=tags,
        tenant=tenant,
        unique_id=unique_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    username: str,
    *,
    client: AsyncClient,
    audience: list[str] | Unset = UNSET,
    category: list[str] | Unset = UNSET,
    created_by: str | Unset = UNSET,
    featured: bool | Unset = UNSET,
    id: int | Unset = UNSET,
    include_main_public_mentors: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    llm: list[str] | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    query: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    unique_id: UUID | Unset = UNSET,
) -> Response[MentorSearchResponse]:
    """Handle GET requests for my mentors.

    ``GET /api/ai-search/orgs/{org}/users/{username}/my-mentors/`` (operation ``ai_search_orgs_users_my_mentors_retrieve``)

    Args:
        org (str):
        username (str):
        audience (list[str] | Unset):
        category (list[str] | Unset):
        created_by (str | Unset):
        featured (bool | Unset):
        id (int | Unset):
        include_main_public_mentors (bool | Unset):
        limit (int | Unset):
        llm (list[str] | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        order_direction (str | Unset):
        query (str | Unset):
        tags (list[str] | Unset):
        tenant (str | Unset):
        unique_id (UUID | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorSearchResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            audience=audience,
            category=category,
            created_by=created_by,
            featured=featured,
            id=id,
            include_main_public_mentors=include_main_public_mentors,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            query=query,
            tags=tags,
            tenant=tenant,
            unique_id=unique_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    username: str,
    *,
    client: AsyncClient,
    audience: list[str] | Unset = UNSET,
    category: list[str] | Unset = UNSET,
    created_by: str | Unset = UNSET,
    featured: bool | Unset = UNSET,
    id: int | Unset = UNSET,
    include_main_public_mentors: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    llm: list[str] | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    query: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    unique_id: UUID | Unset = UNSET,
) -> MentorSearchResponse:
    """Handle GET requests for my mentors.

    ``GET /api/ai-search/orgs/{org}/users/{username}/my-mentors/`` (operation ``ai_search_orgs_users_my_mentors_retrieve``)

    Args:
        org (str):
        username (str):
        audience (list[str] | Unset):
        category (list[str] | Unset):
        created_by (str | Unset):
        featured (bool | Unset):
        id (int | Unset):
        include_main_public_mentors (bool | Unset):
        limit (int | Unset):
        llm (list[str] | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        order_direction (str | Unset):
        query (str | Unset):
        tags (list[str] | Unset):
        tenant (str | Unset):
        unique_id (UUID | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorSearchResponse
    """

    return (
        await asyncio_detailed(
            org,
            username,
            audience=audience,
            category=category,
            created_by=created_by,
            featured=featured,
            id=id,
            include_main_public_mentors=include_main_public_mentors,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            query=query,
            tags=tags,
            tenant=tenant,
            unique_id=unique_id,
            client=client,
        )
    ).unwrap()
