from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.prompt_search_response import PromptSearchResponse
from ...types import UNSET, Unset

OPERATION_ID = "search_orgs_users_prompts_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "limit_offset"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PromptSearchResponse,
}


def _get_kwargs(
    org: str,
    username: str,
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
        "url": "/api/search/orgs/{org}/users/{username}/prompts/".format(
            org=quote(str(org), safe=""),
            username=quote(str(username), safe=""),
        ),
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
    org: str,
    username: str,
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
    """Search and filter AI prompts for a specific user within a tenant.

    This endpoint extends the base prompt search functionality but filters results to only show
    prompts that are available to a specific user within a specific organization/tenant.

    Path Parameters:
    org (str): The organization/tenant identifier
    username (str): The username to filter prompts for

    Query Parameters:
    Same as PromptSearchView, plus:
    # Identification parameters (for detail view)
    id (int, optional): Retrieve a specific prompt by ID

    Returns:
    Same format as PromptSearchView, but filtered to only include prompts
    that the specified user has access to within the specified organization.

    Error Responses:
    400 Bad Request: If the request parameters are invalid
    403 Forbidden: If the requested prompt exists but the user doesn't have access
    404 Not Found: If the requested prompt doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Results are filtered based on user's permissions within the organization
    - Private prompts are only visible to authorized users

    ``GET /api/search/orgs/{org}/users/{username}/prompts/`` (operation ``search_orgs_users_prompts_retrieve``)

    Args:
        org (str):
        username (str):
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
            org,
            username,
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
    org: str,
    username: str,
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
    """Search and filter AI prompts for a specific user within a tenant.

    This endpoint extends the base prompt search functionality but filters results to only show
    prompts that are available to a specific user within a specific organization/tenant.

    Path Parameters:
    org (str): The organization/tenant identifier
    username (str): The username to filter prompts for

    Query Parameters:
    Same as PromptSearchView, plus:
    # Identification parameters (for detail view)
    id (int, optional): Retrieve a specific prompt by ID

    Returns:
    Same format as PromptSearchView, but filtered to only include prompts
    that the specified user has access to within the specified organization.

    Error Responses:
    400 Bad Request: If the request parameters are invalid
    403 Forbidden: If the requested prompt exists but the user doesn't have access
    404 Not Found: If the requested prompt doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Results are filtered based on user's permissions within the organization
    - Private prompts are only visible to authorized users

    ``GET /api/search/orgs/{org}/users/{username}/prompts/`` (operation ``search_orgs_users_prompts_retrieve``)

    Args:
        org (str):
        username (str):
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
        org,
        username,
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
    org: str,
    username: str,
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
    """Search and filter AI prompts for a specific user within a tenant.

    This endpoint extends the base prompt search functionality but filters results to only show
    prompts that are available to a specific user within a specific organization/tenant.

    Path Parameters:
    org (str): The organization/tenant identifier
    username (str): The username to filter prompts for

    Query Parameters:
    Same as PromptSearchView, plus:
    # Identification parameters (for detail view)
    id (int, optional): Retrieve a specific prompt by ID

    Returns:
    Same format as PromptSearchView, but filtered to only include prompts
    that the specified user has access to within the specified organization.

    Error Responses:
    400 Bad Request: If the request parameters are invalid
    403 Forbidden: If the requested prompt exists but the user doesn't have access
    404 Not Found: If the requested prompt doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Results are filtered based on user's permissions within the organization
    - Private prompts are only visible to authorized users

    ``GET /api/search/orgs/{org}/users/{username}/prompts/`` (operation ``search_orgs_users_prompts_retrieve``)

    Args:
        org (str):
        username (str):
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
            org,
            username,
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
    org: str,
    username: str,
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
    """Search and filter AI prompts for a specific user within a tenant.

    This endpoint extends the base prompt search functionality but filters results to only show
    prompts that are available to a specific user within a specific organization/tenant.

    Path Parameters:
    org (str): The organization/tenant identifier
    username (str): The username to filter prompts for

    Query Parameters:
    Same as PromptSearchView, plus:
    # Identification parameters (for detail view)
    id (int, optional): Retrieve a specific prompt by ID

    Returns:
    Same format as PromptSearchView, but filtered to only include prompts
    that the specified user has access to within the specified organization.

    Error Responses:
    400 Bad Request: If the request parameters are invalid
    403 Forbidden: If the requested prompt exists but the user doesn't have access
    404 Not Found: If the requested prompt doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Results are filtered based on user's permissions within the organization
    - Private prompts are only visible to authorized users

    ``GET /api/search/orgs/{org}/users/{username}/prompts/`` (operation ``search_orgs_users_prompts_retrieve``)

    Args:
        org (str):
        username (str):
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
            org,
            username,
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
