from typing import Any
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.mentor_search_response import MentorSearchResponse
from ...types import UNSET, Unset

OPERATION_ID = "search_mentors_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "limit_offset"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: MentorSearchResponse,
}


def _get_kwargs(
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
        "url": "/api/search/mentors/",
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
    """Search and filter AI mentors across the platform.

    This endpoint provides a powerful search interface for discovering AI mentors with support for
    filtering, pagination, and detailed mentor information.

    Query Parameters:
    # Identification parameters (for detail view)
    id (int, optional): Retrieve a specific mentor by ID
    unique_id (uuid, optional): Retrieve a specific mentor by UUID
    # Search and filtering parameters
    query (str, optional): Search term to filter mentors by name or description
    tenant (str, optional): Filter by tenant/organization
    llm (list, optional): Filter by language model type
    audience (list, optional): Filter by target audience
    category (list, optional): Filter by mentor category
    tags (list, optional): Filter by tags
    created_by (str, optional): Filter mentors created by specific user
    # Sorting and pagination
    order_by (str, optional): Field to sort results by ('created_at', 'recently_accessed_at')
    order_direction (str, optional): Sort direction ('asc' or 'desc', default: 'desc')
    limit (int, optional): Number of results per page (default: 12, max: 100)
    offset (int, optional): Starting position for pagination

    Returns:
    For detail view (when id or unique_id is provided):
    A JSON response containing a single mentor's details:
    {
    "id": 123,
    "unique_id": "550e8400-e29b-41d4-a716-446655440000",
    "name": "Professor Smith",
    "description": "AI mentor specializing in computer science",
    "image_url": "https://example.com/images/prof-smith.jpg",
    "llm": {
    "id": 1,
    "name": "GPT-4",
    "description": "Advanced language model"
    },
    "audience": {
    "id": 2,
    "name": "College Students",
    "description": "For university-level learners"
    },
    "category": "Computer Science",
    "tags": ["programming", "algorithms", "data structures"],
    "created_at": "2023-01-15T12:00:00Z",
    "recently_accessed_at": "2023-06-20T15:30:00Z",
    "platform": {
    "id": 1,
    "name": "Example University",
    "key": "example-university"
    },
    "visibility": "public",
    "settings": {
    "temperature": 0.7,
    "max_tokens": 1024,
    "system_prompt": "You are Professor Smith, an expert in computer science..."
    }
    }
    For list view:
    A JSON response containing:
    {
    "results": [
    {
    "id": 123,
    "unique_id": "550e8400-e29b-41d4-a716-446655440000",
    "name": "Professor Smith",
    "description": "AI mentor specializing in computer science",
    "image_url": "https://example.com/images/prof-smith.jpg",
    "llm": {"id": 1, "name": "GPT-4"},
    "audience": {"id": 2, "name": "College Students"},
    "category": "Computer Science",
    "tags": ["programming", "algorithms"],
    "created_at": "2023-01-15T12:00:00Z",
    "recently_accessed_at": "2023-06-20T15:30:00Z"
    },
    // Additional mentor objects...
    ],
    "count": 50,
    "next": "https://api.example.com/api/search/mentors/?limit=12&offset=12",
    "previous": null,
    "current_page": 1,
    "num_pages": 5,
    "facets": {
    "llm": [
    {"key": "GPT-4", "doc_count": 30},
    {"key": "Claude", "doc_count": 20}
    ],
    "audience": [
    {"key": "College Students", "doc_count": 35},
    {"key": "Professionals", "doc_count": 15}
    ],
    "category": [
    {"key": "Computer Science", "doc_count": 25},
    {"key": "Mathematics", "doc_count": 15},
    {"key": "Business", "doc_count": 10}
    ]
    }
    }

    Error Responses:
    400 Bad Request: If the request parameters are invalid
    404 Not Found: If the requested mentor doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Notes:
    - Results are cached for performance
    - Public mentors are visible to all users
    - Private mentors are only visible to authorized users

    ``GET /api/search/mentors/`` (operation ``search_mentors_retrieve``)

    Args:
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
    """Search and filter AI mentors across the platform.

    This endpoint provides a powerful search interface for discovering AI mentors with support for
    filtering, pagination, and detailed mentor information.

    Query Parameters:
    # Identification parameters (for detail view)
    id (int, optional): Retrieve a specific mentor by ID
    unique_id (uuid, optional): Retrieve a specific mentor by UUID
    # Search and filtering parameters
    query (str, optional): Search term to filter mentors by name or description
    tenant (str, optional): Filter by tenant/organization
    llm (list, optional): Filter by language model type
    audience (list, optional): Filter by target audience
    category (list, optional): Filter by mentor category
    tags (list, optional): Filter by tags
    created_by (str, optional): Filter mentors created by specific user
    # Sorting and pagination
    order_by (str, optional): Field to sort results by ('created_at', 'recently_accessed_at')
    order_direction (str, optional): Sort direction ('asc' or 'desc', default: 'desc')
    limit (int, optional): Number of results per page (default: 12, max: 100)
    offset (int, optional): Starting position for pagination

    Returns:
    For detail view (when id or unique_id is provided):
    A JSON response containing a single mentor's details:
    {
    "id": 123,
    "unique_id": "550e8400-e29b-41d4-a716-446655440000",
    "name": "Professor Smith",
    "description": "AI mentor specializing in computer science",
    "image_url": "https://example.com/images/prof-smith.jpg",
    "llm": {
    "id": 1,
    "name": "GPT-4",
    "description": "Advanced language model"
    },
    "audience": {
    "id": 2,
    "name": "College Students",
    "description": "For university-level learners"
    },
    "category": "Computer Science",
    "tags": ["programming", "algorithms", "data structures"],
    "created_at": "2023-01-15T12:00:00Z",
    "recently_accessed_at": "2023-06-20T15:30:00Z",
    "platform": {
    "id": 1,
    "name": "Example University",
    "key": "example-university"
    },
    "visibility": "public",
    "settings": {
    "temperature": 0.7,
    "max_tokens": 1024,
    "system_prompt": "You are Professor Smith, an expert in computer science..."
    }
    }
    For list view:
    A JSON response containing:
    {
    "results": [
    {
    "id": 123,
    "unique_id": "550e8400-e29b-41d4-a716-446655440000",
    "name": "Professor Smith",
    "description": "AI mentor specializing in computer science",
    "image_url": "https://example.com/images/prof-smith.jpg",
    "llm": {"id": 1, "name": "GPT-4"},
    "audience": {"id": 2, "name": "College Students"},
    "category": "Computer Science",
    "tags": ["programming", "algorithms"],
    "created_at": "2023-01-15T12:00:00Z",
    "recently_accessed_at": "2023-06-20T15:30:00Z"
    },
    // Additional mentor objects...
    ],
    "count": 50,
    "next": "https://api.example.com/api/search/mentors/?limit=12&offset=12",
    "previous": null,
    "current_page": 1,
    "num_pages": 5,
    "facets": {
    "llm": [
    {"key": "GPT-4", "doc_count": 30},
    {"key": "Claude", "doc_count": 20}
    ],
    "audience": [
    {"key": "College Students", "doc_count": 35},
    {"key": "Professionals", "doc_count": 15}
    ],
    "category": [
    {"key": "Computer Science", "doc_count": 25},
    {"key": "Mathematics", "doc_count": 15},
    {"key": "Business", "doc_count": 10}
    ]
    }
    }

    Error Responses:
    400 Bad Request: If the request parameters are invalid
    404 Not Found: If the requested mentor doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Notes:
    - Results are cached for performance
    - Public mentors are visible to all users
    - Private mentors are only visible to authorized users

    ``GET /api/search/mentors/`` (operation ``search_mentors_retrieve``)

    Args:
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
    """Search and filter AI mentors across the platform.

    This endpoint provides a powerful search interface for discovering AI mentors with support for
    filtering, pagination, and detailed mentor information.

    Query Parameters:
    # Identification parameters (for detail view)
    id (int, optional): Retrieve a specific mentor by ID
    unique_id (uuid, optional): Retrieve a specific mentor by UUID
    # Search and filtering parameters
    query (str, optional): Search term to filter mentors by name or description
    tenant (str, optional): Filter by tenant/organization
    llm (list, optional): Filter by language model type
    audience (list, optional): Filter by target audience
    category (list, optional): Filter by mentor category
    tags (list, optional): Filter by tags
    created_by (str, optional): Filter mentors created by specific user
    # Sorting and pagination
    order_by (str, optional): Field to sort results by ('created_at', 'recently_accessed_at')
    order_direction (str, optional): Sort direction ('asc' or 'desc', default: 'desc')
    limit (int, optional): Number of results per page (default: 12, max: 100)
    offset (int, optional): Starting position for pagination

    Returns:
    For detail view (when id or unique_id is provided):
    A JSON response containing a single mentor's details:
    {
    "id": 123,
    "unique_id": "550e8400-e29b-41d4-a716-446655440000",
    "name": "Professor Smith",
    "description": "AI mentor specializing in computer science",
    "image_url": "https://example.com/images/prof-smith.jpg",
    "llm": {
    "id": 1,
    "name": "GPT-4",
    "description": "Advanced language model"
    },
    "audience": {
    "id": 2,
    "name": "College Students",
    "description": "For university-level learners"
    },
    "category": "Computer Science",
    "tags": ["programming", "algorithms", "data structures"],
    "created_at": "2023-01-15T12:00:00Z",
    "recently_accessed_at": "2023-06-20T15:30:00Z",
    "platform": {
    "id": 1,
    "name": "Example University",
    "key": "example-university"
    },
    "visibility": "public",
    "settings": {
    "temperature": 0.7,
    "max_tokens": 1024,
    "system_prompt": "You are Professor Smith, an expert in computer science..."
    }
    }
    For list view:
    A JSON response containing:
    {
    "results": [
    {
    "id": 123,
    "unique_id": "550e8400-e29b-41d4-a716-446655440000",
    "name": "Professor Smith",
    "description": "AI mentor specializing in computer science",
    "image_url": "https://example.com/images/prof-smith.jpg",
    "llm": {"id": 1, "name": "GPT-4"},
    "audience": {"id": 2, "name": "College Students"},
    "category": "Computer Science",
    "tags": ["programming", "algorithms"],
    "created_at": "2023-01-15T12:00:00Z",
    "recently_accessed_at": "2023-06-20T15:30:00Z"
    },
    // Additional mentor objects...
    ],
    "count": 50,
    "next": "https://api.example.com/api/search/mentors/?limit=12&offset=12",
    "previous": null,
    "current_page": 1,
    "num_pages": 5,
    "facets": {
    "llm": [
    {"key": "GPT-4", "doc_count": 30},
    {"key": "Claude", "doc_count": 20}
    ],
    "audience": [
    {"key": "College Students", "doc_count": 35},
    {"key": "Professionals", "doc_count": 15}
    ],
    "category": [
    {"key": "Computer Science", "doc_count": 25},
    {"key": "Mathematics", "doc_count": 15},
    {"key": "Business", "doc_count": 10}
    ]
    }
    }

    Error Responses:
    400 Bad Request: If the request parameters are invalid
    404 Not Found: If the requested mentor doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Notes:
    - Results are cached for performance
    - Public mentors are visible to all users
    - Private mentors are only visible to authorized users

    ``GET /api/search/mentors/`` (operation ``search_mentors_retrieve``)

    Args:
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
    """Search and filter AI mentors across the platform.

    This endpoint provides a powerful search interface for discovering AI mentors with support for
    filtering, pagination, and detailed mentor information.

    Query Parameters:
    # Identification parameters (for detail view)
    id (int, optional): Retrieve a specific mentor by ID
    unique_id (uuid, optional): Retrieve a specific mentor by UUID
    # Search and filtering parameters
    query (str, optional): Search term to filter mentors by name or description
    tenant (str, optional): Filter by tenant/organization
    llm (list, optional): Filter by language model type
    audience (list, optional): Filter by target audience
    category (list, optional): Filter by mentor category
    tags (list, optional): Filter by tags
    created_by (str, optional): Filter mentors created by specific user
    # Sorting and pagination
    order_by (str, optional): Field to sort results by ('created_at', 'recently_accessed_at')
    order_direction (str, optional): Sort direction ('asc' or 'desc', default: 'desc')
    limit (int, optional): Number of results per page (default: 12, max: 100)
    offset (int, optional): Starting position for pagination

    Returns:
    For detail view (when id or unique_id is provided):
    A JSON response containing a single mentor's details:
    {
    "id": 123,
    "unique_id": "550e8400-e29b-41d4-a716-446655440000",
    "name": "Professor Smith",
    "description": "AI mentor specializing in computer science",
    "image_url": "https://example.com/images/prof-smith.jpg",
    "llm": {
    "id": 1,
    "name": "GPT-4",
    "description": "Advanced language model"
    },
    "audience": {
    "id": 2,
    "name": "College Students",
    "description": "For university-level learners"
    },
    "category": "Computer Science",
    "tags": ["programming", "algorithms", "data structures"],
    "created_at": "2023-01-15T12:00:00Z",
    "recently_accessed_at": "2023-06-20T15:30:00Z",
    "platform": {
    "id": 1,
    "name": "Example University",
    "key": "example-university"
    },
    "visibility": "public",
    "settings": {
    "temperature": 0.7,
    "max_tokens": 1024,
    "system_prompt": "You are Professor Smith, an expert in computer science..."
    }
    }
    For list view:
    A JSON response containing:
    {
    "results": [
    {
    "id": 123,
    "unique_id": "550e8400-e29b-41d4-a716-446655440000",
    "name": "Professor Smith",
    "description": "AI mentor specializing in computer science",
    "image_url": "https://example.com/images/prof-smith.jpg",
    "llm": {"id": 1, "name": "GPT-4"},
    "audience": {"id": 2, "name": "College Students"},
    "category": "Computer Science",
    "tags": ["programming", "algorithms"],
    "created_at": "2023-01-15T12:00:00Z",
    "recently_accessed_at": "2023-06-20T15:30:00Z"
    },
    // Additional mentor objects...
    ],
    "count": 50,
    "next": "https://api.example.com/api/search/mentors/?limit=12&offset=12",
    "previous": null,
    "current_page": 1,
    "num_pages": 5,
    "facets": {
    "llm": [
    {"key": "GPT-4", "doc_count": 30},
    {"key": "Claude", "doc_count": 20}
    ],
    "audience": [
    {"key": "College Students", "doc_count": 35},
    {"key": "Professionals", "doc_count": 15}
    ],
    "category": [
    {"key": "Computer Science", "doc_count": 25},
    {"key": "Mathematics", "doc_count": 15},
    {"key": "Business", "doc_count": 10}
    ]
    }
    }

    Error Responses:
    400 Bad Request: If the request parameters are invalid
    404 Not Found: If the requested mentor doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Notes:
    - Results are cached for performance
    - Public mentors are visible to all users
    - Private mentors are only visible to authorized users

    ``GET /api/search/mentors/`` (operation ``search_mentors_retrieve``)

    Args:
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
