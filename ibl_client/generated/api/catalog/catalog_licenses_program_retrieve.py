from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_program_license import PaginatedProgramLicense
from ...types import UNSET, Unset

OPERATION_ID = "catalog_licenses_program_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedProgramLicense,
}


def _get_kwargs(
    *,
    active: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["active"] = active

    params["external_id"] = external_id

    params["key"] = key

    params["name"] = name

    params["org"] = org

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["program_id"] = program_id

    params["query"] = query

    params["sort"] = sort

    params["source"] = source

    params["verbose"] = verbose

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/licenses/program/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedProgramLicense | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedProgramLicense.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    active: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> Response[PaginatedProgramLicense]:
    """API View for managing program licenses.

    This endpoint allows retrieving program licenses with filtering and pagination support.

    Query Parameters:
    platform_key (str, optional): The unique identifier for the platform
    name (str, optional): Filter by license name (exact match)
    source (str, optional): Filter by license source
    active (bool, optional): Filter by active status
    program_id (str, optional): Filter by program ID
    query (str, optional): Search licenses by name (contains)
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page
    verbose (bool, optional): Include additional details in response
    sort (str, optional): Field to sort results by (default: '-id')

    Methods:
    GET: Retrieve a paginated list of program licenses

    Returns:
    GET: A paginated JSON response containing program licenses:
    {
    "count": 10,
    "next": "https://example.com/api/catalog/licenses/program/?page=2",
    "previous": null,
    "results": [
    {
    "id": 123,
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "expired": null,
    "name": "Program License 2023",
    "count": 100,
    "active": true,
    "metadata": {},
    "source": "source",
    "external_id": "ext-123",
    "platform_key": "platform1",
    "program_id": "program-v1:org+program+run",
    "assignments": {
    "total": 50,
    "active": 45,
    "pending": 5
    }
    },
    ...
    ]
    }

    Error Responses:
    400 Bad Request: If query parameters are invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin or IsPlatformAdminReadOnly permission
    - Available to platform administrators (read-only) and DM admins

    ``GET /api/catalog/licenses/program/`` (operation ``catalog_licenses_program_retrieve``)

    Args:
        active (bool | Unset):
        external_id (str | Unset):
        key (str | Unset):
        name (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        program_id (str | Unset):
        query (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        verbose (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedProgramLicense]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            program_id=program_id,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    active: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> PaginatedProgramLicense:
    """API View for managing program licenses.

    This endpoint allows retrieving program licenses with filtering and pagination support.

    Query Parameters:
    platform_key (str, optional): The unique identifier for the platform
    name (str, optional): Filter by license name (exact match)
    source (str, optional): Filter by license source
    active (bool, optional): Filter by active status
    program_id (str, optional): Filter by program ID
    query (str, optional): Search licenses by name (contains)
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page
    verbose (bool, optional): Include additional details in response
    sort (str, optional): Field to sort results by (default: '-id')

    Methods:
    GET: Retrieve a paginated list of program licenses

    Returns:
    GET: A paginated JSON response containing program licenses:
    {
    "count": 10,
    "next": "https://example.com/api/catalog/licenses/program/?page=2",
    "previous": null,
    "results": [
    {
    "id": 123,
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "expired": null,
    "name": "Program License 2023",
    "count": 100,
    "active": true,
    "metadata": {},
    "source": "source",
    "external_id": "ext-123",
    "platform_key": "platform1",
    "program_id": "program-v1:org+program+run",
    "assignments": {
    "total": 50,
    "active": 45,
    "pending": 5
    }
    },
    ...
    ]
    }

    Error Responses:
    400 Bad Request: If query parameters are invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin or IsPlatformAdminReadOnly permission
    - Available to platform administrators (read-only) and DM admins

    ``GET /api/catalog/licenses/program/`` (operation ``catalog_licenses_program_retrieve``)

    Args:
        active (bool | Unset):
        external_id (str | Unset):
        key (str | Unset):
        name (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        program_id (str | Unset):
        query (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        verbose (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedProgramLicense
    """

    return sync_detailed(
        active=active,
        external_id=external_id,
        key=key,
        name=name,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        program_id=program_id,
        query=query,
        sort=sort,
        source=source,
        verbose=verbose,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    active: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> Response[PaginatedProgramLicense]:
    """API View for managing program licenses.

    This endpoint allows retrieving program licenses with filtering and pagination support.

    Query Parameters:
    platform_key (str, optional): The unique identifier for the platform
    name (str, optional): Filter by license name (exact match)
    source (str, optional): Filter by license source
    active (bool, optional): Filter by active status
    program_id (str, optional): Filter by program ID
    query (str, optional): Search licenses by name (contains)
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page
    verbose (bool, optional): Include additional details in response
    sort (str, optional): Field to sort results by (default: '-id')

    Methods:
    GET: Retrieve a paginated list of program licenses

    Returns:
    GET: A paginated JSON response containing program licenses:
    {
    "count": 10,
    "next": "https://example.com/api/catalog/licenses/program/?page=2",
    "previous": null,
    "results": [
    {
    "id": 123,
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "expired": null,
    "name": "Program License 2023",
    "count": 100,
    "active": true,
    "metadata": {},
    "source": "source",
    "external_id": "ext-123",
    "platform_key": "platform1",
    "program_id": "program-v1:org+program+run",
    "assignments": {
    "total": 50,
    "active": 45,
    "pending": 5
    }
    },
    ...
    ]
    }

    Error Responses:
    400 Bad Request: If query parameters are invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin or IsPlatformAdminReadOnly permission
    - Available to platform administrators (read-only) and DM admins

    ``GET /api/catalog/licenses/program/`` (operation ``catalog_licenses_program_retrieve``)

    Args:
        active (bool | Unset):
        external_id (str | Unset):
        key (str | Unset):
        name (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        program_id (str | Unset):
        query (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        verbose (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedProgramLicense]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            program_id=program_id,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    active: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> PaginatedProgramLicense:
    """API View for managing program licenses.

    This endpoint allows retrieving program licenses with filtering and pagination support.

    Query Parameters:
    platform_key (str, optional): The unique identifier for the platform
    name (str, optional): Filter by license name (exact match)
    source (str, optional): Filter by license source
    active (bool, optional): Filter by active status
    program_id (str, optional): Filter by program ID
    query (str, optional): Search licenses by name (contains)
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page
    verbose (bool, optional): Include additional details in response
    sort (str, optional): Field to sort results by (default: '-id')

    Methods:
    GET: Retrieve a paginated list of program licenses

    Returns:
    GET: A paginated JSON response containing program licenses:
    {
    "count": 10,
    "next": "https://example.com/api/catalog/licenses/program/?page=2",
    "previous": null,
    "results": [
    {
    "id": 123,
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "expired": null,
    "name": "Program License 2023",
    "count": 100,
    "active": true,
    "metadata": {},
    "source": "source",
    "external_id": "ext-123",
    "platform_key": "platform1",
    "program_id": "program-v1:org+program+run",
    "assignments": {
    "total": 50,
    "active": 45,
    "pending": 5
    }
    },
    ...
    ]
    }

    Error Responses:
    400 Bad Request: If query parameters are invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin or IsPlatformAdminReadOnly permission
    - Available to platform administrators (read-only) and DM admins

    ``GET /api/catalog/licenses/program/`` (operation ``catalog_licenses_program_retrieve``)

    Args:
        active (bool | Unset):
        external_id (str | Unset):
        key (str | Unset):
        name (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        program_id (str | Unset):
        query (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        verbose (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedProgramLicense
    """

    return (
        await asyncio_detailed(
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            program_id=program_id,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=client,
        )
    ).unwrap()
