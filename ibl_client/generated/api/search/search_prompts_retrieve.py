from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.prompt_search_response import PromptSearchResponse
from ...types import UNSET, Unset

OPERATION_ID = "search_prompts_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "limit_offset"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PromptSearchResponse,
}


def _get_kwargs(
    *,
    alphabetical: bool | Unset = UNSET,
    category: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    filter_facet: bool | Unset = UNSET,
    language: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    style: str | Unset = UNSET,
    tenant: str | Unset = UNSET,
    tone: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["alphabetical"] = alphabetical

    params["category"] = category

    params["created_by"] = created_by

    params["filter_facet"] = filter_facet

    params["language"] = language

    params["limit"] = limit

    params["mentor"] = mentor

    params["offset"] = offset

    params["order_direction"] = order_direction

    params["query"] = query

    params["sort_by"] = sort_by

    params["style"] = style

    params["tenant"] = tenant

    params["tone"] = tone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/search/prompts/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PromptSearchResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PromptSearchResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    alphabetical: bool | Unset = UNSET,
    category: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    filter_facet: bool | Unset = UNSET,
    language: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    style: str | Unset = UNSET,
    tenant: str | Unset = UNSET,
    tone: str | Unset = UNSET,
) -> Response[PromptSearchResponse]:
    """Search and filter AI prompts across the platform.

    This endpoint provides a search interface for discovering AI prompts with support for filtering,
    pagination, and detailed prompt information.

    Query Parameters:
    # Identification parameters (for detail view)
    id (int, optional): Retrieve a specific prompt by ID
    # Search and filtering parameters
    query (str, optional): Search term to filter prompts by name or content
    category (str, optional): Filter by prompt category
    language (str, optional): Filter by prompt language
    style (str, optional): Filter by writing style
    tone (str, optional): Filter by tone
    tenant (str, optional): Filter by tenant/organization
    mentor (str, optional): Filter by associated mentor (UUID)
    # Sorting and pagination
    sort_by (str, optional): Field to sort results by
    order_direction (str, optional): Sort direction ('asc' or 'desc', default: 'desc')
    alphabetical (bool, optional): Sort alphabetically by name (default: false)
    limit (int, optional): Number of results per page (default: 10)
    offset (int, optional): Starting position for pagination
    # Special parameters
    filter_facet (any, optional): If present, return only facets without results

    Returns:
    For detail view (when id is provided):
    A JSON response containing a single prompt's details:
    {
    "id": 456,
    "name": "Essay Writing Guide",
    "content": "Write a well-structured essay on the following topic: {{topic}}...",
    "category": "Academic Writing",
    "language": "English",
    "style": "Formal",
    "tone": "Professional",
    "mentor": {
    "id": 123,
    "unique_id": "550e8400-e29b-41d4-a716-446655440000",
    "name": "Professor Smith"
    },
    "platform": {
    "id": 1,
    "name": "Example University",
    "key": "example-university"
    },
    "created_at": "2023-02-10T09:15:00Z",
    "updated_at": "2023-05-05T14:20:00Z",
    "visibility": "public",
    "variables": ["topic", "length", "style"]
    }
    For list view:
    A JSON response containing:
    {
    "results": [
    {
    "id": 456,
    "name": "Essay Writing Guide",
    "content": "Write a well-structured essay on the following topic: {{topic}}...",
    "category": "Academic Writing",
    "language": "English",
    "style": "Formal",
    "tone": "Professional",
    "mentor": {"id": 123, "name": "Professor Smith"},
    "created_at": "2023-02-10T09:15:00Z",
    "updated_at": "2023-05-05T14:20:00Z"
    },
    // Additional prompt objects...
    ],
    "count": 30,
    "next": "?limit=10&offset=10",
    "previous": null,
    "current_page": 1,
    "num_pages": 3,
    "facets": {
    "category": [
    {"key": "Academic Writing", "doc_count": 15},
    {"key": "Creative Writing", "doc_count": 10},
    {"key": "Technical Documentation", "doc_count": 5}
    ],
    "language": [
    {"key": "English", "doc_count": 25},
    {"key": "Spanish", "doc_count": 5}
    ],
    "style": [
    {"key": "Formal", "doc_count": 20},
    {"key": "Casual", "doc_count": 10}
    ],
    "tone": [
    {"key": "Professional", "doc_count": 15},
    {"key": "Friendly", "doc_count": 10},
    {"key": "Technical", "doc_count": 5}
    ]
    }
    }

    Error Responses:
    400 Bad Request: If the request parameters are invalid
    403 Forbidden: If the requested prompt exists but is not publicly available
    404 Not Found: If the requested prompt doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Notes:
    - Only publicly available prompts are returned by default
    - When filtering by mentor, the mentor ID must be a valid UUID

    ``GET /api/search/prompts/`` (operation ``search_prompts_retrieve``)

    Args:
        alphabetical (bool | Unset):
        category (str | Unset):
        created_by (str | Unset):
        filter_facet (bool | Unset):
        language (str | Unset):
        limit (int | Unset):
        mentor (str | Unset):
        offset (int | Unset):
        order_direction (str | Unset):
        query (str | Unset):
        sort_by (str | Unset):
        style (str | Unset):
        tenant (str | Unset):
        tone (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PromptSearchResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            alphabetical=alphabetical,
            category=category,
            created_by=created_by,
            filter_facet=filter_facet,
            language=language,
            limit=limit,
            mentor=mentor,
            offset=offset,
            order_direction=order_direction,
            query=query,
            sort_by=sort_by,
            style=style,
            tenant=tenant,
            tone=tone,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    alphabetical: bool | Unset = UNSET,
    category: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    filter_facet: bool | Unset = UNSET,
    language: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    style: str | Unset = UNSET,
    tenant: str | Unset = UNSET,
    tone: str | Unset = UNSET,
) -> PromptSearchResponse:
    """Search and filter AI prompts across the platform.

    This endpoint provides a search interface for discovering AI prompts with support for filtering,
    pagination, and detailed prompt information.

    Query Parameters:
    # Identification parameters (for detail view)
    id (int, optional): Retrieve a specific prompt by ID
    # Search and filtering parameters
    query (str, optional): Search term to filter prompts by name or content
    category (str, optional): Filter by prompt category
    language (str, optional): Filter by prompt language
    style (str, optional): Filter by writing style
    tone (str, optional): Filter by tone
    tenant (str, optional): Filter by tenant/organization
    mentor (str, optional): Filter by associated mentor (UUID)
    # Sorting and pagination
    sort_by (str, optional): Field to sort results by
    order_direction (str, optional): Sort direction ('asc' or 'desc', default: 'desc')
    alphabetical (bool, optional): Sort alphabetically by name (default: false)
    limit (int, optional): Number of results per page (default: 10)
    offset (int, optional): Starting position for pagination
    # Special parameters
    filter_facet (any, optional): If present, return only facets without results

    Returns:
    For detail view (when id is provided):
    A JSON response containing a single prompt's details:
    {
    "id": 456,
    "name": "Essay Writing Guide",
    "content": "Write a well-structured essay on the following topic: {{topic}}...",
    "category": "Academic Writing",
    "language": "English",
    "style": "Formal",
    "tone": "Professional",
    "mentor": {
    "id": 123,
    "unique_id": "550e8400-e29b-41d4-a716-446655440000",
    "name": "Professor Smith"
    },
    "platform": {
    "id": 1,
    "name": "Example University",
    "key": "example-university"
    },
    "created_at": "2023-02-10T09:15:00Z",
    "updated_at": "2023-05-05T14:20:00Z",
    "visibility": "public",
    "variables": ["topic", "length", "style"]
    }
    For list view:
    A JSON response containing:
    {
    "results": [
    {
    "id": 456,
    "name": "Essay Writing Guide",
    "content": "Write a well-structured essay on the following topic: {{topic}}...",
    "category": "Academic Writing",
    "language": "English",
    "style": "Formal",
    "tone": "Professional",
    "mentor": {"id": 123, "name": "Professor Smith"},
    "created_at": "2023-02-10T09:15:00Z",
    "updated_at": "2023-05-05T14:20:00Z"
    },
    // Additional prompt objects...
    ],
    "count": 30,
    "next": "?limit=10&offset=10",
    "previous": null,
    "current_page": 1,
    "num_pages": 3,
    "facets": {
    "category": [
    {"key": "Academic Writing", "doc_count": 15},
    {"key": "Creative Writing", "doc_count": 10},
    {"key": "Technical Documentation", "doc_count": 5}
    ],
    "language": [
    {"key": "English", "doc_count": 25},
    {"key": "Spanish", "doc_count": 5}
    ],
    "style": [
    {"key": "Formal", "doc_count": 20},
    {"key": "Casual", "doc_count": 10}
    ],
    "tone": [
    {"key": "Professional", "doc_count": 15},
    {"key": "Friendly", "doc_count": 10},
    {"key": "Technical", "doc_count": 5}
    ]
    }
    }

    Error Responses:
    400 Bad Request: If the request parameters are invalid
    403 Forbidden: If the requested prompt exists but is not publicly available
    404 Not Found: If the requested prompt doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Notes:
    - Only publicly available prompts are returned by default
    - When filtering by mentor, the mentor ID must be a valid UUID

    ``GET /api/search/prompts/`` (operation ``search_prompts_retrieve``)

    Args:
        alphabetical (bool | Unset):
        category (str | Unset):
        created_by (str | Unset):
        filter_facet (bool | Unset):
        language (str | Unset):
        limit (int | Unset):
        mentor (str | Unset):
        offset (int | Unset):
        order_direction (str | Unset):
        query (str | Unset):
        sort_by (str | Unset):
        style (str | Unset):
        tenant (str | Unset):
        tone (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PromptSearchResponse
    """

    return sync_detailed(
        alphabetical=alphabetical,
        category=category,
        created_by=created_by,
        filter_facet=filter_facet,
        language=language,
        limit=limit,
        mentor=mentor,
        offset=offset,
        order_direction=order_direction,
        query=query,
        sort_by=sort_by,
        style=style,
        tenant=tenant,
        tone=tone,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    alphabetical: bool | Unset = UNSET,
    category: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    filter_facet: bool | Unset = UNSET,
    language: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    style: str | Unset = UNSET,
    tenant: str | Unset = UNSET,
    tone: str | Unset = UNSET,
) -> Response[PromptSearchResponse]:
    """Search and filter AI prompts across the platform.

    This endpoint provides a search interface for discovering AI prompts with support for filtering,
    pagination, and detailed prompt information.

    Query Parameters:
    # Identification parameters (for detail view)
    id (int, optional): Retrieve a specific prompt by ID
    # Search and filtering parameters
    query (str, optional): Search term to filter prompts by name or content
    category (str, optional): Filter by prompt category
    language (str, optional): Filter by prompt language
    style (str, optional): Filter by writing style
    tone (str, optional): Filter by tone
    tenant (str, optional): Filter by tenant/organization
    mentor (str, optional): Filter by associated mentor (UUID)
    # Sorting and pagination
    sort_by (str, optional): Field to sort results by
    order_direction (str, optional): Sort direction ('asc' or 'desc', default: 'desc')
    alphabetical (bool, optional): Sort alphabetically by name (default: false)
    limit (int, optional): Number of results per page (default: 10)
    offset (int, optional): Starting position for pagination
    # Special parameters
    filter_facet (any, optional): If present, return only facets without results

    Returns:
    For detail view (when id is provided):
    A JSON response containing a single prompt's details:
    {
    "id": 456,
    "name": "Essay Writing Guide",
    "content": "Write a well-structured essay on the following topic: {{topic}}...",
    "category": "Academic Writing",
    "language": "English",
    "style": "Formal",
    "tone": "Professional",
    "mentor": {
    "id": 123,
    "unique_id": "550e8400-e29b-41d4-a716-446655440000",
    "name": "Professor Smith"
    },
    "platform": {
    "id": 1,
    "name": "Example University",
    "key": "example-university"
    },
    "created_at": "2023-02-10T09:15:00Z",
    "updated_at": "2023-05-05T14:20:00Z",
    "visibility": "public",
    "variables": ["topic", "length", "style"]
    }
    For list view:
    A JSON response containing:
    {
    "results": [
    {
    "id": 456,
    "name": "Essay Writing Guide",
    "content": "Write a well-structured essay on the following topic: {{topic}}...",
    "category": "Academic Writing",
    "language": "English",
    "style": "Formal",
    "tone": "Professional",
    "mentor": {"id": 123, "name": "Professor Smith"},
    "created_at": "2023-02-10T09:15:00Z",
    "updated_at": "2023-05-05T14:20:00Z"
    },
    // Additional prompt objects...
    ],
    "count": 30,
    "next": "?limit=10&offset=10",
    "previous": null,
    "current_page": 1,
    "num_pages": 3,
    "facets": {
    "category": [
    {"key": "Academic Writing", "doc_count": 15},
    {"key": "Creative Writing", "doc_count": 10},
    {"key": "Technical Documentation", "doc_count": 5}
    ],
    "language": [
    {"key": "English", "doc_count": 25},
    {"key": "Spanish", "doc_count": 5}
    ],
    "style": [
    {"key": "Formal", "doc_count": 20},
    {"key": "Casual", "doc_count": 10}
    ],
    "tone": [
    {"key": "Professional", "doc_count": 15},
    {"key": "Friendly", "doc_count": 10},
    {"key": "Technical", "doc_count": 5}
    ]
    }
    }

    Error Responses:
    400 Bad Request: If the request parameters are invalid
    403 Forbidden: If the requested prompt exists but is not publicly available
    404 Not Found: If the requested prompt doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Notes:
    - Only publicly available prompts are returned by default
    - When filtering by mentor, the mentor ID must be a valid UUID

    ``GET /api/search/prompts/`` (operation ``search_prompts_retrieve``)

    Args:
        alphabetical (bool | Unset):
        category (str | Unset):
        created_by (str | Unset):
        filter_facet (bool | Unset):
        language (str | Unset):
        limit (int | Unset):
        mentor (str | Unset):
        offset (int | Unset):
        order_direction (str | Unset):
        query (str | Unset):
        sort_by (str | Unset):
        style (str | Unset):
        tenant (str | Unset):
        tone (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PromptSearchResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            alphabetical=alphabetical,
            category=category,
            created_by=created_by,
            filter_facet=filter_facet,
            language=language,
            limit=limit,
            mentor=mentor,
            offset=offset,
            order_direction=order_direction,
            query=query,
            sort_by=sort_by,
            style=style,
            tenant=tenant,
            tone=tone,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    alphabetical: bool | Unset = UNSET,
    category: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    filter_facet: bool | Unset = UNSET,
    language: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    style: str | Unset = UNSET,
    tenant: str | Unset = UNSET,
    tone: str | Unset = UNSET,
) -> PromptSearchResponse:
    """Search and filter AI prompts across the platform.

    This endpoint provides a search interface for discovering AI prompts with support for filtering,
    pagination, and detailed prompt information.

    Query Parameters:
    # Identification parameters (for detail view)
    id (int, optional): Retrieve a specific prompt by ID
    # Search and filtering parameters
    query (str, optional): Search term to filter prompts by name or content
    category (str, optional): Filter by prompt category
    language (str, optional): Filter by prompt language
    style (str, optional): Filter by writing style
    tone (str, optional): Filter by tone
    tenant (str, optional): Filter by tenant/organization
    mentor (str, optional): Filter by associated mentor (UUID)
    # Sorting and pagination
    sort_by (str, optional): Field to sort results by
    order_direction (str, optional): Sort direction ('asc' or 'desc', default: 'desc')
    alphabetical (bool, optional): Sort alphabetically by name (default: false)
    limit (int, optional): Number of results per page (default: 10)
    offset (int, optional): Starting position for pagination
    # Special parameters
    filter_facet (any, optional): If present, return only facets without results

    Returns:
    For detail view (when id is provided):
    A JSON response containing a single prompt's details:
    {
    "id": 456,
    "name": "Essay Writing Guide",
    "content": "Write a well-structured essay on the following topic: {{topic}}...",
    "category": "Academic Writing",
    "language": "English",
    "style": "Formal",
    "tone": "Professional",
    "mentor": {
    "id": 123,
    "unique_id": "550e8400-e29b-41d4-a716-446655440000",
    "name": "Professor Smith"
    },
    "platform": {
    "id": 1,
    "name": "Example University",
    "key": "example-university"
    },
    "created_at": "2023-02-10T09:15:00Z",
    "updated_at": "2023-05-05T14:20:00Z",
    "visibility": "public",
    "variables": ["topic", "length", "style"]
    }
    For list view:
    A JSON response containing:
    {
    "results": [
    {
    "id": 456,
    "name": "Essay Writing Guide",
    "content": "Write a well-structured essay on the following topic: {{topic}}...",
    "category": "Academic Writing",
    "language": "English",
    "style": "Formal",
    "tone": "Professional",
    "mentor": {"id": 123, "name": "Professor Smith"},
    "created_at": "2023-02-10T09:15:00Z",
    "updated_at": "2023-05-05T14:20:00Z"
    },
    // Additional prompt objects...
    ],
    "count": 30,
    "next": "?limit=10&offset=10",
    "previous": null,
    "current_page": 1,
    "num_pages": 3,
    "facets": {
    "category": [
    {"key": "Academic Writing", "doc_count": 15},
    {"key": "Creative Writing", "doc_count": 10},
    {"key": "Technical Documentation", "doc_count": 5}
    ],
    "language": [
    {"key": "English", "doc_count": 25},
    {"key": "Spanish", "doc_count": 5}
    ],
    "style": [
    {"key": "Formal", "doc_count": 20},
    {"key": "Casual", "doc_count": 10}
    ],
    "tone": [
    {"key": "Professional", "doc_count": 15},
    {"key": "Friendly", "doc_count": 10},
    {"key": "Technical", "doc_count": 5}
    ]
    }
    }

    Error Responses:
    400 Bad Request: If the request parameters are invalid
    403 Forbidden: If the requested prompt exists but is not publicly available
    404 Not Found: If the requested prompt doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Notes:
    - Only publicly available prompts are returned by default
    - When filtering by mentor, the mentor ID must be a valid UUID

    ``GET /api/search/prompts/`` (operation ``search_prompts_retrieve``)

    Args:
        alphabetical (bool | Unset):
        category (str | Unset):
        created_by (str | Unset):
        filter_facet (bool | Unset):
        language (str | Unset):
        limit (int | Unset):
        mentor (str | Unset):
        offset (int | Unset):
        order_direction (str | Unset):
        query (str | Unset):
        sort_by (str | Unset):
        style (str | Unset):
        tenant (str | Unset):
        tone (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PromptSearchResponse
    """

    return (
        await asyncio_detailed(
            alphabetical=alphabetical,
            category=category,
            created_by=created_by,
            filter_facet=filter_facet,
            language=language,
            limit=limit,
            mentor=mentor,
            offset=offset,
            order_direction=order_direction,
            query=query,
            sort_by=sort_by,
            style=style,
            tenant=tenant,
            tone=tone,
            client=client,
        )
    ).unwrap()
