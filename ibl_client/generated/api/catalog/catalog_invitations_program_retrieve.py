from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_program_invitation import PaginatedProgramInvitation
from ...types import UNSET, Unset

OPERATION_ID = "catalog_invitations_program_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedProgramInvitation,
}


def _get_kwargs(
    *,
    active: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_key: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    username: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["active"] = active

    params["email"] = email

    params["org"] = org

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["program_key"] = program_key

    params["sort"] = sort

    params["source"] = source

    params["username"] = username

    params["verbose"] = verbose

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/invitations/program/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedProgramInvitation | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedProgramInvitation.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    active: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_key: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    username: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> Response[PaginatedProgramInvitation]:
    """API View for managing program invitations.

    This endpoint allows querying, creating, and deleting program invitations for users.

    Query/Request Parameters:
    For GET:
    program_key (str, optional): Filter by program key
    org (str, optional): Filter by platform organization
    email (str, optional): Filter by user email
    source (str, optional): Filter by invitation source
    active (bool, optional): Filter by active status
    sort (str, optional): Field to sort results by (default: '-id')
    metadata fields: Any additional parameters will be treated as metadata filters
    For POST:
    program_key (str, required): The program to create an invitation for
    email (str, required): The email address to invite
    active (bool, optional): Whether the invitation is active
    metadata fields: Any additional parameters will be added as metadata
    For DELETE:
    id (int, required): The ID of the invitation to delete
    org (str, required): The platform organization for verification

    Methods:
    GET: Retrieve a paginated list of program invitations
    POST: Create a new program invitation
    DELETE: Remove a program invitation

    Returns:
    GET: A paginated JSON response containing program invitations:
    {
    "count": 10,
    "next": "https://example.com/api/catalog/invitations/program/?page=2",
    "previous": null,
    "results": [
    {
    "id": 123,
    "user_id": 456,
    "username": "username",
    "email": "user@example.com",
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "source": "source",
    "redirect_to": "https://example.com",
    "expired": null,
    "active": true,
    "metadata": {},
    "program_key": "org+program1"
    },
    ...
    ]
    }
    POST: A JSON response containing the created invitation:
    {
    "id": 123,
    "user_id": 456,
    "username": "username",
    "email": "user@example.com",
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "source": "source",
    "redirect_to": "https://example.com",
    "expired": null,
    "active": true,
    "metadata": {},
    "program_key": "org+program1"
    }
    DELETE: A success response with status 200

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the program or invitation doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsPlatformAdminForProgram permission
    - Read-only access for platform admins, full access for DM admins and program-specific admins

    ``GET /api/catalog/invitations/program/`` (operation ``catalog_invitations_program_retrieve``)

    Args:
        active (bool | Unset):
        email (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        program_key (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        username (str | Unset):
        verbose (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedProgramInvitation]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            program_key=program_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    active: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_key: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    username: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> PaginatedProgramInvitation:
    """API View for managing program invitations.

    This endpoint allows querying, creating, and deleting program invitations for users.

    Query/Request Parameters:
    For GET:
    program_key (str, optional): Filter by program key
    org (str, optional): Filter by platform organization
    email (str, optional): Filter by user email
    source (str, optional): Filter by invitation source
    active (bool, optional): Filter by active status
    sort (str, optional): Field to sort results by (default: '-id')
    metadata fields: Any additional parameters will be treated as metadata filters
    For POST:
    program_key (str, required): The program to create an invitation for
    email (str, required): The email address to invite
    active (bool, optional): Whether the invitation is active
    metadata fields: Any additional parameters will be added as metadata
    For DELETE:
    id (int, required): The ID of the invitation to delete
    org (str, required): The platform organization for verification

    Methods:
    GET: Retrieve a paginated list of program invitations
    POST: Create a new program invitation
    DELETE: Remove a program invitation

    Returns:
    GET: A paginated JSON response containing program invitations:
    {
    "count": 10,
    "next": "https://example.com/api/catalog/invitations/program/?page=2",
    "previous": null,
    "results": [
    {
    "id": 123,
    "user_id": 456,
    "username": "username",
    "email": "user@example.com",
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "source": "source",
    "redirect_to": "https://example.com",
    "expired": null,
    "active": true,
    "metadata": {},
    "program_key": "org+program1"
    },
    ...
    ]
    }
    POST: A JSON response containing the created invitation:
    {
    "id": 123,
    "user_id": 456,
    "username": "username",
    "email": "user@example.com",
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "source": "source",
    "redirect_to": "https://example.com",
    "expired": null,
    "active": true,
    "metadata": {},
    "program_key": "org+program1"
    }
    DELETE: A success response with status 200

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the program or invitation doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsPlatformAdminForProgram permission
    - Read-only access for platform admins, full access for DM admins and program-specific admins

    ``GET /api/catalog/invitations/program/`` (operation ``catalog_invitations_program_retrieve``)

    Args:
        active (bool | Unset):
        email (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        program_key (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        username (str | Unset):
        verbose (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedProgramInvitation
    """

    return sync_detailed(
        active=active,
        email=email,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        program_key=program_key,
        sort=sort,
        source=source,
        username=username,
        verbose=verbose,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    active: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_key: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    username: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> Response[PaginatedProgramInvitation]:
    """API View for managing program invitations.

    This endpoint allows querying, creating, and deleting program invitations for users.

    Query/Request Parameters:
    For GET:
    program_key (str, optional): Filter by program key
    org (str, optional): Filter by platform organization
    email (str, optional): Filter by user email
    source (str, optional): Filter by invitation source
    active (bool, optional): Filter by active status
    sort (str, optional): Field to sort results by (default: '-id')
    metadata fields: Any additional parameters will be treated as metadata filters
    For POST:
    program_key (str, required): The program to create an invitation for
    email (str, required): The email address to invite
    active (bool, optional): Whether the invitation is active
    metadata fields: Any additional parameters will be added as metadata
    For DELETE:
    id (int, required): The ID of the invitation to delete
    org (str, required): The platform organization for verification

    Methods:
    GET: Retrieve a paginated list of program invitations
    POST: Create a new program invitation
    DELETE: Remove a program invitation

    Returns:
    GET: A paginated JSON response containing program invitations:
    {
    "count": 10,
    "next": "https://example.com/api/catalog/invitations/program/?page=2",
    "previous": null,
    "results": [
    {
    "id": 123,
    "user_id": 456,
    "username": "username",
    "email": "user@example.com",
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "source": "source",
    "redirect_to": "https://example.com",
    "expired": null,
    "active": true,
    "metadata": {},
    "program_key": "org+program1"
    },
    ...
    ]
    }
    POST: A JSON response containing the created invitation:
    {
    "id": 123,
    "user_id": 456,
    "username": "username",
    "email": "user@example.com",
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "source": "source",
    "redirect_to": "https://example.com",
    "expired": null,
    "active": true,
    "metadata": {},
    "program_key": "org+program1"
    }
    DELETE: A success response with status 200

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the program or invitation doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsPlatformAdminForProgram permission
    - Read-only access for platform admins, full access for DM admins and program-specific admins

    ``GET /api/catalog/invitations/program/`` (operation ``catalog_invitations_program_retrieve``)

    Args:
        active (bool | Unset):
        email (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        program_key (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        username (str | Unset):
        verbose (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedProgramInvitation]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            program_key=program_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    active: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_key: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    username: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> PaginatedProgramInvitation:
    """API View for managing program invitations.

    This endpoint allows querying, creating, and deleting program invitations for users.

    Query/Request Parameters:
    For GET:
    program_key (str, optional): Filter by program key
    org (str, optional): Filter by platform organization
    email (str, optional): Filter by user email
    source (str, optional): Filter by invitation source
    active (bool, optional): Filter by active status
    sort (str, optional): Field to sort results by (default: '-id')
    metadata fields: Any additional parameters will be treated as metadata filters
    For POST:
    program_key (str, required): The program to create an invitation for
    email (str, required): The email address to invite
    active (bool, optional): Whether the invitation is active
    metadata fields: Any additional parameters will be added as metadata
    For DELETE:
    id (int, required): The ID of the invitation to delete
    org (str, required): The platform organization for verification

    Methods:
    GET: Retrieve a paginated list of program invitations
    POST: Create a new program invitation
    DELETE: Remove a program invitation

    Returns:
    GET: A paginated JSON response containing program invitations:
    {
    "count": 10,
    "next": "https://example.com/api/catalog/invitations/program/?page=2",
    "previous": null,
    "results": [
    {
    "id": 123,
    "user_id": 456,
    "username": "username",
    "email": "user@example.com",
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "source": "source",
    "redirect_to": "https://example.com",
    "expired": null,
    "active": true,
    "metadata": {},
    "program_key": "org+program1"
    },
    ...
    ]
    }
    POST: A JSON response containing the created invitation:
    {
    "id": 123,
    "user_id": 456,
    "username": "username",
    "email": "user@example.com",
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "source": "source",
    "redirect_to": "https://example.com",
    "expired": null,
    "active": true,
    "metadata": {},
    "program_key": "org+program1"
    }
    DELETE: A success response with status 200

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the program or invitation doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsPlatformAdminForProgram permission
    - Read-only access for platform admins, full access for DM admins and program-specific admins

    ``GET /api/catalog/invitations/program/`` (operation ``catalog_invitations_program_retrieve``)

    Args:
        active (bool | Unset):
        email (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        program_key (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        username (str | Unset):
        verbose (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedProgramInvitation
    """

    return (
        await asyncio_detailed(
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            program_key=program_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=client,
        )
    ).unwrap()
