from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.v2_personalized_mentors_order_direction import (
    V2PersonalizedMentorsOrderDirection,
)
from ...models.v2_personalized_mentors_response import V2PersonalizedMentorsResponse
from ...types import UNSET, Unset

OPERATION_ID = "v2_personalized_mentors"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "limit_offset"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: V2PersonalizedMentorsResponse,
}


def _get_kwargs(
    *,
    audience: list[str] | Unset = UNSET,
    category: str | Unset = UNSET,
    featured: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    llm: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: V2PersonalizedMentorsOrderDirection | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    query: str | Unset = UNSET,
    return_facet: bool | Unset = UNSET,
    starred: bool | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    username: str | Unset = UNSET,
    visibility: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_audience: list[str] | Unset = UNSET
    if not isinstance(audience, Unset):
        json_audience = audience

    params["audience"] = json_audience

    params["category"] = category

    params["featured"] = featured

    params["limit"] = limit

    params["llm"] = llm

    params["offset"] = offset

    params["order_by"] = order_by

    json_order_direction: str | Unset = UNSET
    if not isinstance(order_direction, Unset):
        json_order_direction = order_direction

    params["order_direction"] = json_order_direction

    params["platform_key"] = platform_key

    params["query"] = query

    params["return_facet"] = return_facet

    params["starred"] = starred

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    params["tenant"] = tenant

    params["username"] = username

    json_visibility: list[str] | Unset = UNSET
    if not isinstance(visibility, Unset):
        json_visibility = visibility

    params["visibility"] = json_visibility

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-search/personalized-mentors/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> V2PersonalizedMentorsResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = V2PersonalizedMentorsResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    audience: list[str] | Unset = UNSET,
    category: str | Unset = UNSET,
    featured: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    llm: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: V2PersonalizedMentorsOrderDirection | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    query: str | Unset = UNSET,
    return_facet: bool | Unset = UNSET,
    starred: bool | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    username: str | Unset = UNSET,
    visibility: list[str] | Unset = UNSET,
) -> Response[V2PersonalizedMentorsResponse]:
    """Get mentors created by a specific user

    Get mentors created by a specific user within a given organization/platform.
    This endpoint provides a personalized view of the user's own mentors with
    support for filtering, pagination, and detailed mentor information.
    **Authentication Required:**
    - username: Required for personalized mentor access
    - platform_key OR tenant: Required for tenant-specific content (both serve the same purpose)
    - Use `platform_key` (preferred) or `tenant` (backward compatibility)
    - If both are provided, `platform_key` takes precedence
    **Features:**
    - User's own mentors only
    - Personalization data (access counts, last used)
    - Filtering and faceted search
    - Pagination support
    - Detail and list views

    ``GET /api/ai-search/personalized-mentors/`` (operation ``v2_personalized_mentors``)

    Args:
        audience (list[str] | Unset):
        category (str | Unset):
        featured (bool | Unset):
        limit (int | Unset):
        llm (str | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        order_direction (V2PersonalizedMentorsOrderDirection | Unset):
        platform_key (str | Unset):
        query (str | Unset):
        return_facet (bool | Unset):
        starred (bool | Unset):
        tags (list[str] | Unset):
        tenant (str | Unset):
        username (str | Unset):
        visibility (list[str] | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[V2PersonalizedMentorsResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            audience=audience,
            category=category,
            featured=featured,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            return_facet=return_facet,
            starred=starred,
            tags=tags,
            tenant=tenant,
            username=username,
            visibility=visibility,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    audience: list[str] | Unset = UNSET,
    category: str | Unset = UNSET,
    featured: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    llm: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: V2PersonalizedMentorsOrderDirection | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    query: str | Unset = UNSET,
    return_facet: bool | Unset = UNSET,
    starred: bool | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    username: str | Unset = UNSET,
    visibility: list[str] | Unset = UNSET,
) -> V2PersonalizedMentorsResponse:
    """Get mentors created by a specific user

    Get mentors created by a specific user within a given organization/platform.
    This endpoint provides a personalized view of the user's own mentors with
    support for filtering, pagination, and detailed mentor information.
    **Authentication Required:**
    - username: Required for personalized mentor access
    - platform_key OR tenant: Required for tenant-specific content (both serve the same purpose)
    - Use `platform_key` (preferred) or `tenant` (backward compatibility)
    - If both are provided, `platform_key` takes precedence
    **Features:**
    - User's own mentors only
    - Personalization data (access counts, last used)
    - Filtering and faceted search
    - Pagination support
    - Detail and list views

    ``GET /api/ai-search/personalized-mentors/`` (operation ``v2_personalized_mentors``)

    Args:
        audience (list[str] | Unset):
        category (str | Unset):
        featured (bool | Unset):
        limit (int | Unset):
        llm (str | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        order_direction (V2PersonalizedMentorsOrderDirection | Unset):
        platform_key (str | Unset):
        query (str | Unset):
        return_facet (bool | Unset):
        starred (bool | Unset):
        tags (list[str] | Unset):
        tenant (str | Unset):
        username (str | Unset):
        visibility (list[str] | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        V2PersonalizedMentorsResponse
    """

    return sync_detailed(
        audience=audience,
        category=category,
        featured=featured,
        limit=limit,
        llm=llm,
        offset=offset,
        order_by=order_by,
        order_direction=order_direction,
        platform_key=platform_key,
        query=query,
        return_facet=return_facet,
        starred=starred,
        tags=tags,
        tenant=tenant,
        username=username,
        visibility=visibility,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    audience: list[str] | Unset = UNSET,
    category: str | Unset = UNSET,
    featured: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    llm: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: V2PersonalizedMentorsOrderDirection | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    query: str | Unset = UNSET,
    return_facet: bool | Unset = UNSET,
    starred: bool | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    username: str | Unset = UNSET,
    visibility: list[str] | Unset = UNSET,
) -> Response[V2PersonalizedMentorsResponse]:
    """Get mentors created by a specific user

    Get mentors created by a specific user within a given organization/platform.
    This endpoint provides a personalized view of the user's own mentors with
    support for filtering, pagination, and detailed mentor information.
    **Authentication Required:**
    - username: Required for personalized mentor access
    - platform_key OR tenant: Required for tenant-specific content (both serve the same purpose)
    - Use `platform_key` (preferred) or `tenant` (backward compatibility)
    - If both are provided, `platform_key` takes precedence
    **Features:**
    - User's own mentors only
    - Personalization data (access counts, last used)
    - Filtering and faceted search
    - Pagination support
    - Detail and list views

    ``GET /api/ai-search/personalized-mentors/`` (operation ``v2_personalized_mentors``)

    Args:
        audience (list[str] | Unset):
        category (str | Unset):
        featured (bool | Unset):
        limit (int | Unset):
        llm (str | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        order_direction (V2PersonalizedMentorsOrderDirection | Unset):
        platform_key (str | Unset):
        query (str | Unset):
        return_facet (bool | Unset):
        starred (bool | Unset):
        tags (list[str] | Unset):
        tenant (str | Unset):
        username (str | Unset):
        visibility (list[str] | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[V2PersonalizedMentorsResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            audience=audience,
            category=category,
            featured=featured,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            return_facet=return_facet,
            starred=starred,
            tags=tags,
            tenant=tenant,
            username=username,
            visibility=visibility,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    audience: list[str] | Unset = UNSET,
    category: str | Unset = UNSET,
    featured: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    llm: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: V2PersonalizedMentorsOrderDirection | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    query: str | Unset = UNSET,
    return_facet: bool | Unset = UNSET,
    starred: bool | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    username: str | Unset = UNSET,
    visibility: list[str] | Unset = UNSET,
) -> V2PersonalizedMentorsResponse:
    """Get mentors created by a specific user

    Get mentors created by a specific user within a given organization/platform.
    This endpoint provides a personalized view of the user's own mentors with
    support for filtering, pagination, and detailed mentor information.
    **Authentication Required:**
    - username: Required for personalized mentor access
    - platform_key OR tenant: Required for tenant-specific content (both serve the same purpose)
    - Use `platform_key` (preferred) or `tenant` (backward compatibility)
    - If both are provided, `platform_key` takes precedence
    **Features:**
    - User's own mentors only
    - Personalization data (access counts, last used)
    - Filtering and faceted search
    - Pagination support
    - Detail and list views

    ``GET /api/ai-search/personalized-mentors/`` (operation ``v2_personalized_mentors``)

    Args:
        audience (list[str] | Unset):
        category (str | Unset):
        featured (bool | Unset):
        limit (int | Unset):
        llm (str | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        order_direction (V2PersonalizedMentorsOrderDirection | Unset):
        platform_key (str | Unset):
        query (str | Unset):
        return_facet (bool | Unset):
        starred (bool | Unset):
        tags (list[str] | Unset):
        tenant (str | Unset):
        username (str | Unset):
        visibility (list[str] | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        V2PersonalizedMentorsResponse
    """

    return (
        await asyncio_detailed(
            audience=audience,
            category=category,
            featured=featured,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            return_facet=return_facet,
            starred=starred,
            tags=tags,
            tenant=tenant,
            username=username,
            visibility=visibility,
            client=client,
        )
    ).unwrap()
