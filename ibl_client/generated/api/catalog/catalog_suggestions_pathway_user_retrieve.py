from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_pathway_suggestion import PaginatedPathwaySuggestion
from ...types import UNSET, Unset

OPERATION_ID = "catalog_suggestions_pathway_user_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedPathwaySuggestion,
}


def _get_kwargs(
    *,
    email: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["sort"] = sort

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/suggestions/pathway/user/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedPathwaySuggestion | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedPathwaySuggestion.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    email: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str,
) -> Response[PaginatedPathwaySuggestion]:
    """API View for retrieving pathway suggestions for a specific user.

    This endpoint allows users to view pathway suggestions that have been made for them, with
    support for filtering by platform and pagination.

    Query Parameters:
    user (str, required): Username or user ID to retrieve suggestions for
    platform_key (str, optional): Filter suggestions by platform key
    platform_org (str, optional): Filter suggestions by platform organization
    sort (str, optional): Field to sort results by (default: '-id')
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page

    Methods:
    GET: Retrieve a paginated list of pathway suggestions for a user

    Returns:
    GET: A paginated JSON response containing pathway suggestions:
    {
    "count": 10,
    "next": "https://example.com/api/catalog/suggestions/pathway/user/?page=2",
    "previous": null,
    "results": [
    {
    "id": 123,
    "user_id": 456,
    "username": "student1",
    "name": "Student Name",
    "platform_key": "platform1",
    "accepted": false,
    "visible": true,
    "created": "2023-06-15T14:30:00Z",
    "modified": "2023-06-15T14:30:00Z",
    "metadata": {},
    "pathway_id": "pathway-v1:org+pathway+run",
    "pathway_uuid": "12345678-1234-5678-1234-567812345678",
    "pathway_name": "Data Science Pathway",
    "pathway_platform_key": "platform1"
    },
    ...
    ]
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid, or if suggestion retrieval fails
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsEdxUserReadOnly permission
    - Users can view their own suggestions
    - Platform admins can view suggestions for users in their platform (read-only)
    - DM admins can view all suggestions

    ``GET /api/catalog/suggestions/pathway/user/`` (operation ``catalog_suggestions_pathway_user_retrieve``)

    Args:
        email (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        user_id (int | Unset):
        username (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedPathwaySuggestion]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    email: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str,
) -> PaginatedPathwaySuggestion:
    """API View for retrieving pathway suggestions for a specific user.

    This endpoint allows users to view pathway suggestions that have been made for them, with
    support for filtering by platform and pagination.

    Query Parameters:
    user (str, required): Username or user ID to retrieve suggestions for
    platform_key (str, optional): Filter suggestions by platform key
    platform_org (str, optional): Filter suggestions by platform organization
    sort (str, optional): Field to sort results by (default: '-id')
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page

    Methods:
    GET: Retrieve a paginated list of pathway suggestions for a user

    Returns:
    GET: A paginated JSON response containing pathway suggestions:
    {
    "count": 10,
    "next": "https://example.com/api/catalog/suggestions/pathway/user/?page=2",
    "previous": null,
    "results": [
    {
    "id": 123,
    "user_id": 456,
    "username": "student1",
    "name": "Student Name",
    "platform_key": "platform1",
    "accepted": false,
    "visible": true,
    "created": "2023-06-15T14:30:00Z",
    "modified": "2023-06-15T14:30:00Z",
    "metadata": {},
    "pathway_id": "pathway-v1:org+pathway+run",
    "pathway_uuid": "12345678-1234-5678-1234-567812345678",
    "pathway_name": "Data Science Pathway",
    "pathway_platform_key": "platform1"
    },
    ...
    ]
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid, or if suggestion retrieval fails
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsEdxUserReadOnly permission
    - Users can view their own suggestions
    - Platform admins can view suggestions for users in their platform (read-only)
    - DM admins can view all suggestions

    ``GET /api/catalog/suggestions/pathway/user/`` (operation ``catalog_suggestions_pathway_user_retrieve``)

    Args:
        email (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        user_id (int | Unset):
        username (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedPathwaySuggestion
    """

    return sync_detailed(
        email=email,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        user_id=user_id,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    email: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str,
) -> Response[PaginatedPathwaySuggestion]:
    """API View for retrieving pathway suggestions for a specific user.

    This endpoint allows users to view pathway suggestions that have been made for them, with
    support for filtering by platform and pagination.

    Query Parameters:
    user (str, required): Username or user ID to retrieve suggestions for
    platform_key (str, optional): Filter suggestions by platform key
    platform_org (str, optional): Filter suggestions by platform organization
    sort (str, optional): Field to sort results by (default: '-id')
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page

    Methods:
    GET: Retrieve a paginated list of pathway suggestions for a user

    Returns:
    GET: A paginated JSON response containing pathway suggestions:
    {
    "count": 10,
    "next": "https://example.com/api/catalog/suggestions/pathway/user/?page=2",
    "previous": null,
    "results": [
    {
    "id": 123,
    "user_id": 456,
    "username": "student1",
    "name": "Student Name",
    "platform_key": "platform1",
    "accepted": false,
    "visible": true,
    "created": "2023-06-15T14:30:00Z",
    "modified": "2023-06-15T14:30:00Z",
    "metadata": {},
    "pathway_id": "pathway-v1:org+pathway+run",
    "pathway_uuid": "12345678-1234-5678-1234-567812345678",
    "pathway_name": "Data Science Pathway",
    "pathway_platform_key": "platform1"
    },
    ...
    ]
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid, or if suggestion retrieval fails
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsEdxUserReadOnly permission
    - Users can view their own suggestions
    - Platform admins can view suggestions for users in their platform (read-only)
    - DM admins can view all suggestions

    ``GET /api/catalog/suggestions/pathway/user/`` (operation ``catalog_suggestions_pathway_user_retrieve``)

    Args:
        email (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        user_id (int | Unset):
        username (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedPathwaySuggestion]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    email: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str,
) -> PaginatedPathwaySuggestion:
    """API View for retrieving pathway suggestions for a specific user.

    This endpoint allows users to view pathway suggestions that have been made for them, with
    support for filtering by platform and pagination.

    Query Parameters:
    user (str, required): Username or user ID to retrieve suggestions for
    platform_key (str, optional): Filter suggestions by platform key
    platform_org (str, optional): Filter suggestions by platform organization
    sort (str, optional): Field to sort results by (default: '-id')
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page

    Methods:
    GET: Retrieve a paginated list of pathway suggestions for a user

    Returns:
    GET: A paginated JSON response containing pathway suggestions:
    {
    "count": 10,
    "next": "https://example.com/api/catalog/suggestions/pathway/user/?page=2",
    "previous": null,
    "results": [
    {
    "id": 123,
    "user_id": 456,
    "username": "student1",
    "name": "Student Name",
    "platform_key": "platform1",
    "accepted": false,
    "visible": true,
    "created": "2023-06-15T14:30:00Z",
    "modified": "2023-06-15T14:30:00Z",
    "metadata": {},
    "pathway_id": "pathway-v1:org+pathway+run",
    "pathway_uuid": "12345678-1234-5678-1234-567812345678",
    "pathway_name": "Data Science Pathway",
    "pathway_platform_key": "platform1"
    },
    ...
    ]
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid, or if suggestion retrieval fails
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsEdxUserReadOnly permission
    - Users can view their own suggestions
    - Platform admins can view suggestions for users in their platform (read-only)
    - DM admins can view all suggestions

    ``GET /api/catalog/suggestions/pathway/user/`` (operation ``catalog_suggestions_pathway_user_retrieve``)

    Args:
        email (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        user_id (int | Unset):
        username (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedPathwaySuggestion
    """

    return (
        await asyncio_detailed(
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            username=username,
            client=client,
        )
    ).unwrap()
