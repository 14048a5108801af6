from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_program_suggestion import PaginatedProgramSuggestion
from ...types import UNSET, Unset

OPERATION_ID = "catalog_suggestions_program_manage_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedProgramSuggestion,
}


def _get_kwargs(
    *,
    department_mode: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["department_mode"] = department_mode

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["query"] = query

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/suggestions/program/manage/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedProgramSuggestion | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedProgramSuggestion.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    department_mode: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[PaginatedProgramSuggestion]:
    """API View for managing program suggestions.

    This endpoint allows administrators to view, create, update, and delete program suggestions for
    users within a platform.

    Query Parameters (GET):
    platform_key (str, required): The platform to retrieve suggestions for
    platform_org (str, optional): The organization identifier for the platform
    query (str, optional): Search term to filter suggestions
    sort (str, optional): Field to sort results by (default: '-id')
    department_mode (bool, optional): Filter suggestions by department admin access
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page

    Methods:
    GET: Retrieve a paginated list of program suggestions for a platform
    POST: Create or update a program suggestion
    DELETE: Remove a program suggestion

    Request Body (POST):
    A JSON object containing:
    - platform_key (str, required): The platform for the suggestion
    - program_key (str, required): The program key to suggest
    - user_id (str/int, required): The user to suggest the program to
    - accepted (bool, optional): Whether the suggestion is accepted
    - visible (bool, optional): Whether the suggestion is visible
    - metadata (dict, optional): Additional suggestion metadata

    Query Parameters (DELETE):
    suggestion_id (int, required): The ID of the suggestion to delete

    Returns:
    GET: A paginated JSON response containing program suggestions:
    {
    "count": 10,
    "next": "https://example.com/api/catalog/suggestions/program/manage/?page=2",
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
    "program_key": "program-v1:org+program+run",
    "program_name": "Data Science Program"
    },
    ...
    ]
    }
    POST: A JSON response containing the created/updated suggestion:
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
    "program_key": "program-v1:org+program+run",
    "program_name": "Data Science Program"
    }
    DELETE: A success response with status 200

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid, or if suggestion operations fail
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to manage suggestions
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
    - Platform admins can manage suggestions for their platform
    - Department admins can manage suggestions for their departments
    - DM admins can manage all suggestions

    ``GET /api/catalog/suggestions/program/manage/`` (operation ``catalog_suggestions_program_manage_retrieve``)

    Args:
        department_mode (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedProgramSuggestion]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    department_mode: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> PaginatedProgramSuggestion:
    """API View for managing program suggestions.

    This endpoint allows administrators to view, create, update, and delete program suggestions for
    users within a platform.

    Query Parameters (GET):
    platform_key (str, required): The platform to retrieve suggestions for
    platform_org (str, optional): The organization identifier for the platform
    query (str, optional): Search term to filter suggestions
    sort (str, optional): Field to sort results by (default: '-id')
    department_mode (bool, optional): Filter suggestions by department admin access
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page

    Methods:
    GET: Retrieve a paginated list of program suggestions for a platform
    POST: Create or update a program suggestion
    DELETE: Remove a program suggestion

    Request Body (POST):
    A JSON object containing:
    - platform_key (str, required): The platform for the suggestion
    - program_key (str, required): The program key to suggest
    - user_id (str/int, required): The user to suggest the program to
    - accepted (bool, optional): Whether the suggestion is accepted
    - visible (bool, optional): Whether the suggestion is visible
    - metadata (dict, optional): Additional suggestion metadata

    Query Parameters (DELETE):
    suggestion_id (int, required): The ID of the suggestion to delete

    Returns:
    GET: A paginated JSON response containing program suggestions:
    {
    "count": 10,
    "next": "https://example.com/api/catalog/suggestions/program/manage/?page=2",
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
    "program_key": "program-v1:org+program+run",
    "program_name": "Data Science Program"
    },
    ...
    ]
    }
    POST: A JSON response containing the created/updated suggestion:
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
    "program_key": "program-v1:org+program+run",
    "program_name": "Data Science Program"
    }
    DELETE: A success response with status 200

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid, or if suggestion operations fail
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to manage suggestions
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
    - Platform admins can manage suggestions for their platform
    - Department admins can manage suggestions for their departments
    - DM admins can manage all suggestions

    ``GET /api/catalog/suggestions/program/manage/`` (operation ``catalog_suggestions_program_manage_retrieve``)

    Args:
        department_mode (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedProgramSuggestion
    """

    return sync_detailed(
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        query=query,
        sort=sort,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    department_mode: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[PaginatedProgramSuggestion]:
    """API View for managing program suggestions.

    This endpoint allows administrators to view, create, update, and delete program suggestions for
    users within a platform.

    Query Parameters (GET):
    platform_key (str, required): The platform to retrieve suggestions for
    platform_org (str, optional): The organization identifier for the platform
    query (str, optional): Search term to filter suggestions
    sort (str, optional): Field to sort results by (default: '-id')
    department_mode (bool, optional): Filter suggestions by department admin access
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page

    Methods:
    GET: Retrieve a paginated list of program suggestions for a platform
    POST: Create or update a program suggestion
    DELETE: Remove a program suggestion

    Request Body (POST):
    A JSON object containing:
    - platform_key (str, required): The platform for the suggestion
    - program_key (str, required): The program key to suggest
    - user_id (str/int, required): The user to suggest the program to
    - accepted (bool, optional): Whether the suggestion is accepted
    - visible (bool, optional): Whether the suggestion is visible
    - metadata (dict, optional): Additional suggestion metadata

    Query Parameters (DELETE):
    suggestion_id (int, required): The ID of the suggestion to delete

    Returns:
    GET: A paginated JSON response containing program suggestions:
    {
    "count": 10,
    "next": "https://example.com/api/catalog/suggestions/program/manage/?page=2",
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
    "program_key": "program-v1:org+program+run",
    "program_name": "Data Science Program"
    },
    ...
    ]
    }
    POST: A JSON response containing the created/updated suggestion:
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
    "program_key": "program-v1:org+program+run",
    "program_name": "Data Science Program"
    }
    DELETE: A success response with status 200

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid, or if suggestion operations fail
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to manage suggestions
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
    - Platform admins can manage suggestions for their platform
    - Department admins can manage suggestions for their departments
    - DM admins can manage all suggestions

    ``GET /api/catalog/suggestions/program/manage/`` (operation ``catalog_suggestions_program_manage_retrieve``)

    Args:
        department_mode (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedProgramSuggestion]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    department_mode: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> PaginatedProgramSuggestion:
    """API View for managing program suggestions.

    This endpoint allows administrators to view, create, update, and delete program suggestions for
    users within a platform.

    Query Parameters (GET):
    platform_key (str, required): The platform to retrieve suggestions for
    platform_org (str, optional): The organization identifier for the platform
    query (str, optional): Search term to filter suggestions
    sort (str, optional): Field to sort results by (default: '-id')
    department_mode (bool, optional): Filter suggestions by department admin access
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page

    Methods:
    GET: Retrieve a paginated list of program suggestions for a platform
    POST: Create or update a program suggestion
    DELETE: Remove a program suggestion

    Request Body (POST):
    A JSON object containing:
    - platform_key (str, required): The platform for the suggestion
    - program_key (str, required): The program key to suggest
    - user_id (str/int, required): The user to suggest the program to
    - accepted (bool, optional): Whether the suggestion is accepted
    - visible (bool, optional): Whether the suggestion is visible
    - metadata (dict, optional): Additional suggestion metadata

    Query Parameters (DELETE):
    suggestion_id (int, required): The ID of the suggestion to delete

    Returns:
    GET: A paginated JSON response containing program suggestions:
    {
    "count": 10,
    "next": "https://example.com/api/catalog/suggestions/program/manage/?page=2",
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
    "program_key": "program-v1:org+program+run",
    "program_name": "Data Science Program"
    },
    ...
    ]
    }
    POST: A JSON response containing the created/updated suggestion:
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
    "program_key": "program-v1:org+program+run",
    "program_name": "Data Science Program"
    }
    DELETE: A success response with status 200

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid, or if suggestion operations fail
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to manage suggestions
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
    - Platform admins can manage suggestions for their platform
    - Department admins can manage suggestions for their departments
    - DM admins can manage all suggestions

    ``GET /api/catalog/suggestions/program/manage/`` (operation ``catalog_suggestions_program_manage_retrieve``)

    Args:
        department_mode (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedProgramSuggestion
    """

    return (
        await asyncio_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=client,
        )
    ).unwrap()
