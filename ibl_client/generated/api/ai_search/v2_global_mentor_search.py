from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.v2_global_mentor_search_response import V2GlobalMentorSearchResponse
from ...types import UNSET, Unset

OPERATION_ID = "v2_global_mentor_search"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "limit_offset"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: V2GlobalMentorSearchResponse,
}


def _get_kwargs(
    *,
    alphabetical: bool | Unset = UNSET,
    category: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    featured: bool | Unset = UNSET,
    include_main_public_mentors: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    llm: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    query: str | Unset = UNSET,
    starred: bool | Unset = UNSET,
    subjects: str | Unset = UNSET,
    tenant: str | Unset = UNSET,
    types: str | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["alphabetical"] = alphabetical

    params["category"] = category

    params["created_by"] = created_by

    params["featured"] = featured

    params["include_main_public_mentors"] = include_main_public_mentors

    params["limit"] = limit

    params["llm"] = llm

    params["offset"] = offset

    params["order_by"] = order_by

    params["order_direction"] = order_direction

    params["platform_key"] = platform_key

    params["query"] = query

    params["starred"] = starred

    params["subjects"] = subjects

    params["tenant"] = tenant

    params["types"] = types

    params["visibility"] = visibility

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-search/mentors/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> V2GlobalMentorSearchResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = V2GlobalMentorSearchResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    alphabetical: bool | Unset = UNSET,
    category: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    featured: bool | Unset = UNSET,
    include_main_public_mentors: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    llm: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    query: str | Unset = UNSET,
    starred: bool | Unset = UNSET,
    subjects: str | Unset = UNSET,
    tenant: str | Unset = UNSET,
    types: str | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> Response[V2GlobalMentorSearchResponse]:
    """Search and filter AI mentors across the platform

    Search and filter AI mentors with support for comprehensive filtering, pagination, and detailed
    mentor information.
    This endpoint supports both anonymous and authenticated users with different access levels.
    **Anonymous Users:**
    - Access to public mentors only (VIEWABLE_BY_ANYONE)
    - Limited search capabilities
    - No personalization
    **Authenticated Users:**
    - Full access based on platform permissions (scoped to requested platform)
    - Personalized results
    - Access to tenant-specific mentors
    **Required Parameters (Authenticated Users):**
    - `platform_key` OR `tenant`: Platform key for RBAC enforcement (required for authenticated
    requests)
    - Use `platform_key` (preferred) or `tenant` (backward compatibility) - both serve the same
    purpose
    - If both are provided, `platform_key` takes precedence
    **Available Filters:**
    - `query`: Search term to filter mentors by name or description
    - `tenant`: Filter by tenant/organization platform key(s) - can also be used as alias for
    `platform_key` (backward compatibility)
    - `category`: Filter by mentor category (comma-separated)
    - `subjects`: Filter by mentor subject (comma-separated)
    - `types`: Filter by mentor type (comma-separated)
    - `llm`: Filter by LLM provider (comma-separated, e.g., GPT-4, Claude)
    - `visibility`: Filter by visibility level (comma-separated: viewable_by_anyone,
    viewable_by_tenant_students, viewable_by_tenant_admins)
    - `created_by`: Filter mentors created by specific user (for personalized search)
    - `include_main_public_mentors`: Include main tenant public mentors
    **Facets:**
    The response includes facets with aggregated counts for all filterable attributes:
    - categories, subjects, types, llm_providers, visibility
    All facet values can be used as filter parameters in subsequent requests.
    Notes:
    - Detail view is removed; use the ibl_ai_mentor app for mentor details
    - include_main_public_mentors=true shows only VIEWABLE_BY_ANYONE mentors from the main tenant
    across tenants
    - For authenticated requests, either `platform_key` or `tenant` is required when username is
    provided
    - `tenant` parameter serves dual purpose: as a filter for multiple tenants, or as an alias for
    `platform_key` (backward compatibility)
    - Frontend uses `llm` parameter name (backend maps to `llm_provider` automatically)

    ``GET /api/ai-search/mentors/`` (operation ``v2_global_mentor_search``)

    Args:
        alphabetical (bool | Unset):
        category (str | Unset):
        created_by (str | Unset):
        featured (bool | Unset):
        include_main_public_mentors (bool | Unset):
        limit (int | Unset):
        llm (str | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        order_direction (str | Unset):
        platform_key (str | Unset):
        query (str | Unset):
        starred (bool | Unset):
        subjects (str | Unset):
        tenant (str | Unset):
        types (str | Unset):
        visibility (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[V2GlobalMentorSearchResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            alphabetical=alphabetical,
            category=category,
            created_by=created_by,
            featured=featured,
            include_main_public_mentors=include_main_public_mentors,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            starred=starred,
            subjects=subjects,
            tenant=tenant,
            types=types,
            visibility=visibility,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    alphabetical: bool | Unset = UNSET,
    category: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    featured: bool | Unset = UNSET,
    include_main_public_mentors: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    llm: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    query: str | Unset = UNSET,
    starred: bool | Unset = UNSET,
    subjects: str | Unset = UNSET,
    tenant: str | Unset = UNSET,
    types: str | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> V2GlobalMentorSearchResponse:
    """Search and filter AI mentors across the platform

    Search and filter AI mentors with support for comprehensive filtering, pagination, and detailed
    mentor information.
    This endpoint supports both anonymous and authenticated users with different access levels.
    **Anonymous Users:**
    - Access to public mentors only (VIEWABLE_BY_ANYONE)
    - Limited search capabilities
    - No personalization
    **Authenticated Users:**
    - Full access based on platform permissions (scoped to requested platform)
    - Personalized results
    - Access to tenant-specific mentors
    **Required Parameters (Authenticated Users):**
    - `platform_key` OR `tenant`: Platform key for RBAC enforcement (required for authenticated
    requests)
    - Use `platform_key` (preferred) or `tenant` (backward compatibility) - both serve the same
    purpose
    - If both are provided, `platform_key` takes precedence
    **Available Filters:**
    - `query`: Search term to filter mentors by name or description
    - `tenant`: Filter by tenant/organization platform key(s) - can also be used as alias for
    `platform_key` (backward compatibility)
    - `category`: Filter by mentor category (comma-separated)
    - `subjects`: Filter by mentor subject (comma-separated)
    - `types`: Filter by mentor type (comma-separated)
    - `llm`: Filter by LLM provider (comma-separated, e.g., GPT-4, Claude)
    - `visibility`: Filter by visibility level (comma-separated: viewable_by_anyone,
    viewable_by_tenant_students, viewable_by_tenant_admins)
    - `created_by`: Filter mentors created by specific user (for personalized search)
    - `include_main_public_mentors`: Include main tenant public mentors
    **Facets:**
    The response includes facets with aggregated counts for all filterable attributes:
    - categories, subjects, types, llm_providers, visibility
    All facet values can be used as filter parameters in subsequent requests.
    Notes:
    - Detail view is removed; use the ibl_ai_mentor app for mentor details
    - include_main_public_mentors=true shows only VIEWABLE_BY_ANYONE mentors from the main tenant
    across tenants
    - For authenticated requests, either `platform_key` or `tenant` is required when username is
    provided
    - `tenant` parameter serves dual purpose: as a filter for multiple tenants, or as an alias for
    `platform_key` (backward compatibility)
    - Frontend uses `llm` parameter name (backend maps to `llm_provider` automatically)

    ``GET /api/ai-search/mentors/`` (operation ``v2_global_mentor_search``)

    Args:
        alphabetical (bool | Unset):
        category (str | Unset):
        created_by (str | Unset):
        featured (bool | Unset):
        include_main_public_mentors (bool | Unset):
        limit (int | Unset):
        llm (str | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        order_direction (str | Unset):
        platform_key (str | Unset):
        query (str | Unset):
        starred (bool | Unset):
        subjects (str | Unset):
        tenant (str | Unset):
        types (str | Unset):
        visibility (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        V2GlobalMentorSearchResponse
    """

    return sync_detailed(
        alphabetical=alphabetical,
        category=category,
        created_by=created_by,
        featured=featured,
        include_main_public_mentors=include_main_public_mentors,
        limit=limit,
        llm=llm,
        offset=offset,
        order_by=order_by,
        order_direction=order_direction,
        platform_key=platform_key,
        query=query,
        starred=starred,
        subjects=subjects,
        tenant=tenant,
        types=types,
        visibility=visibility,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    alphabetical: bool | Unset = UNSET,
    category: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    featured: bool | Unset = UNSET,
    include_main_public_mentors: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    llm: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    query: str | Unset = UNSET,
    starred: bool | Unset = UNSET,
    subjects: str | Unset = UNSET,
    tenant: str | Unset = UNSET,
    types: str | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> Response[V2GlobalMentorSearchResponse]:
    """Search and filter AI mentors across the platform

    Search and filter AI mentors with support for comprehensive filtering, pagination, and detailed
    mentor information.
    This endpoint supports both anonymous and authenticated users with different access levels.
    **Anonymous Users:**
    - Access to public mentors only (VIEWABLE_BY_ANYONE)
    - Limited search capabilities
    - No personalization
    **Authenticated Users:**
    - Full access based on platform permissions (scoped to requested platform)
    - Personalized results
    - Access to tenant-specific mentors
    **Required Parameters (Authenticated Users):**
    - `platform_key` OR `tenant`: Platform key for RBAC enforcement (required for authenticated
    requests)
    - Use `platform_key` (preferred) or `tenant` (backward compatibility) - both serve the same
    purpose
    - If both are provided, `platform_key` takes precedence
    **Available Filters:**
    - `query`: Search term to filter mentors by name or description
    - `tenant`: Filter by tenant/organization platform key(s) - can also be used as alias for
    `platform_key` (backward compatibility)
    - `category`: Filter by mentor category (comma-separated)
    - `subjects`: Filter by mentor subject (comma-separated)
    - `types`: Filter by mentor type (comma-separated)
    - `llm`: Filter by LLM provider (comma-separated, e.g., GPT-4, Claude)
    - `visibility`: Filter by visibility level (comma-separated: viewable_by_anyone,
    viewable_by_tenant_students, viewable_by_tenant_admins)
    - `created_by`: Filter mentors created by specific user (for personalized search)
    - `include_main_public_mentors`: Include main tenant public mentors
    **Facets:**
    The response includes facets with aggregated counts for all filterable attributes:
    - categories, subjects, types, llm_providers, visibility
    All facet values can be used as filter parameters in subsequent requests.
    Notes:
    - Detail view is removed; use the ibl_ai_mentor app for mentor details
    - include_main_public_mentors=true shows only VIEWABLE_BY_ANYONE mentors from the main tenant
    across tenants
    - For authenticated requests, either `platform_key` or `tenant` is required when username is
    provided
    - `tenant` parameter serves dual purpose: as a filter for multiple tenants, or as an alias for
    `platform_key` (backward compatibility)
    - Frontend uses `llm` parameter name (backend maps to `llm_provider` automatically)

    ``GET /api/ai-search/mentors/`` (operation ``v2_global_mentor_search``)

    Args:
        alphabetical (bool | Unset):
        category (str | Unset):
        created_by (str | Unset):
        featured (bool | Unset):
        include_main_public_mentors (bool | Unset):
        limit (int | Unset):
        llm (str | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        order_direction (str | Unset):
        platform_key (str | Unset):
        query (str | Unset):
        starred (bool | Unset):
        subjects (str | Unset):
        tenant (str | Unset):
        types (str | Unset):
        visibility (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[V2GlobalMentorSearchResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            alphabetical=alphabetical,
            category=category,
            created_by=created_by,
            featured=featured,
            include_main_public_mentors=include_main_public_mentors,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            starred=starred,
            subjects=subjects,
            tenant=tenant,
            types=types,
            visibility=visibility,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    alphabetical: bool | Unset = UNSET,
    category: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    featured: bool | Unset = UNSET,
    include_main_public_mentors: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    llm: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    query: str | Unset = UNSET,
    starred: bool | Unset = UNSET,
    subjects: str | Unset = UNSET,
    tenant: str | Unset = UNSET,
    types: str | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> V2GlobalMentorSearchResponse:
    """Search and filter AI mentors across the platform

    Search and filter AI mentors with support for comprehensive filtering, pagination, and detailed
    mentor information.
    This endpoint supports both anonymous and authenticated users with different access levels.
    **Anonymous Users:**
    - Access to public mentors only (VIEWABLE_BY_ANYONE)
    - Limited search capabilities
    - No personalization
    **Authenticated Users:**
    - Full access based on platform permissions (scoped to requested platform)
    - Personalized results
    - Access to tenant-specific mentors
    **Required Parameters (Authenticated Users):**
    - `platform_key` OR `tenant`: Platform key for RBAC enforcement (required for authenticated
    requests)
    - Use `platform_key` (preferred) or `tenant` (backward compatibility) - both serve the same
    purpose
    - If both are provided, `platform_key` takes precedence
    **Available Filters:**
    - `query`: Search term to filter mentors by name or description
    - `tenant`: Filter by tenant/organization platform key(s) - can also be used as alias for
    `platform_key` (backward compatibility)
    - `category`: Filter by mentor category (comma-separated)
    - `subjects`: Filter by mentor subject (comma-separated)
    - `types`: Filter by mentor type (comma-separated)
    - `llm`: Filter by LLM provider (comma-separated, e.g., GPT-4, Claude)
    - `visibility`: Filter by visibility level (comma-separated: viewable_by_anyone,
    viewable_by_tenant_students, viewable_by_tenant_admins)
    - `created_by`: Filter mentors created by specific user (for personalized search)
    - `include_main_public_mentors`: Include main tenant public mentors
    **Facets:**
    The response includes facets with aggregated counts for all filterable attributes:
    - categories, subjects, types, llm_providers, visibility
    All facet values can be used as filter parameters in subsequent requests.
    Notes:
    - Detail view is removed; use the ibl_ai_mentor app for mentor details
    - include_main_public_mentors=true shows only VIEWABLE_BY_ANYONE mentors from the main tenant
    across tenants
    - For authenticated requests, either `platform_key` or `tenant` is required when username is
    provided
    - `tenant` parameter serves dual purpose: as a filter for multiple tenants, or as an alias for
    `platform_key` (backward compatibility)
    - Frontend uses `llm` parameter name (backend maps to `llm_provider` automatically)

    ``GET /api/ai-search/mentors/`` (operation ``v2_global_mentor_search``)

    Args:
        alphabetical (bool | Unset):
        category (str | Unset):
        created_by (str | Unset):
        featured (bool | Unset):
        include_main_public_mentors (bool | Unset):
        limit (int | Unset):
        llm (str | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        order_direction (str | Unset):
        platform_key (str | Unset):
        query (str | Unset):
        starred (bool | Unset):
        subjects (str | Unset):
        tenant (str | Unset):
        types (str | Unset):
        visibility (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        V2GlobalMentorSearchResponse
    """

    return (
        await asyncio_detailed(
            alphabetical=alphabetical,
            category=category,
            created_by=created_by,
            featured=featured,
            include_main_public_mentors=include_main_public_mentors,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            starred=starred,
            subjects=subjects,
            tenant=tenant,
            types=types,
            visibility=visibility,
            client=client,
        )
    ).unwrap()
