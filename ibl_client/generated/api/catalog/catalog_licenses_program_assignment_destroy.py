from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import UNSET, Unset

OPERATION_ID = "catalog_licenses_program_assignment_destroy"


def _get_kwargs(
    *,
    active: bool | Unset = UNSET,
    assignment_id: int,
    email: str | Unset = UNSET,
    fulfilled: bool | Unset = UNSET,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["active"] = active

    params["assignment_id"] = assignment_id

    params["email"] = email

    params["fulfilled"] = fulfilled

    params["license_id"] = license_id

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["sort"] = sort

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/catalog/licenses/program/assignment/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return None

    return None


def sync_detailed(
    *,
    client: Client,
    active: bool | Unset = UNSET,
    assignment_id: int,
    email: str | Unset = UNSET,
    fulfilled: bool | Unset = UNSET,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[Any]:
    """Unassign single user from license

    ``DELETE /api/catalog/licenses/program/assignment/`` (operation ``catalog_licenses_program_assignment_destroy``)

    Args:
        active (bool | Unset): Filter by the active status of assignments
        assignment_id (int): The ID of the assignment to delete
        email (str | Unset): Filter assignments for a specific email
        fulfilled (bool | Unset): Filter by the fulfilled status of assignments
        license_id (int): The ID of the program license
        page (int | Unset): Page number for pagination
        page_size (int | Unset): Number of results per page
        platform_key (str | Unset): The unique identifier for the platform (for permission
            validation)
        platform_org (str | Unset): The organization identifier for the platform (for permission
            validation)
        sort (str | Unset): Field to sort results by (e.g., 'id', '-id', 'created', '-created')
        user_id (int | Unset): Filter assignments for a specific user ID

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            active=active,
            assignment_id=assignment_id,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    active: bool | Unset = UNSET,
    assignment_id: int,
    email: str | Unset = UNSET,
    fulfilled: bool | Unset = UNSET,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Any:
    """Unassign single user from license

    ``DELETE /api/catalog/licenses/program/assignment/`` (operation ``catalog_licenses_program_assignment_destroy``)

    Args:
        active (bool | Unset): Filter by the active status of assignments
        assignment_id (int): The ID of the assignment to delete
        email (str | Unset): Filter assignments for a specific email
        fulfilled (bool | Unset): Filter by the fulfilled status of assignments
        license_id (int): The ID of the program license
        page (int | Unset): Page number for pagination
        page_size (int | Unset): Number of results per page
        platform_key (str | Unset): The unique identifier for the platform (for permission
            validation)
        platform_org (str | Unset): The organization identifier for the platform (for permission
            validation)
        sort (str | Unset): Field to sort results by (e.g., 'id', '-id', 'created', '-created')
        user_id (int | Unset): Filter assignments for a specific user ID

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        active=active,
        assignment_id=assignment_id,
        email=email,
        fulfilled=fulfilled,
        license_id=license_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        user_id=user_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    active: bool | Unset = UNSET,
    assignment_id: int,
    email: str | Unset = UNSET,
    fulfilled: bool | Unset = UNSET,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[Any]:
    """Unassign single user from license

    ``DELETE /api/catalog/licenses/program/assignment/`` (operation ``catalog_licenses_program_assignment_destroy``)

    Args:
        active (bool | Unset): Filter by the active status of assignments
        assignment_id (int): The ID of the assignment to delete
        email (str | Unset): Filter assignments for a specific email
        fulfilled (bool | Unset): Filter by the fulfilled status of assignments
        license_id (int): The ID of the program license
        page (int | Unset): Page number for pagination
        page_size (int | Unset): Number of results per page
        platform_key (str | Unset): The unique identifier for the platform (for permission
            validation)
        platform_org (str | Unset): The organization identifier for the platform (for permission
            validation)
        sort (str | Unset): Field to sort results by (e.g., 'id', '-id', 'created', '-created')
        user_id (int | Unset): Filter assignments for a specific user ID

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            active=active,
            assignment_id=assignment_id,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    active: bool | Unset = UNSET,
    assignment_id: int,
    email: str | Unset = UNSET,
    fulfilled: bool | Unset = UNSET,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Any:
    """Unassign single user from license

    ``DELETE /api/catalog/licenses/program/assignment/`` (operation ``catalog_licenses_program_assignment_destroy``)

    Args:
        active (bool | Unset): Filter by the active status of assignments
        assignment_id (int): The ID of the assignment to delete
        email (str | Unset): Filter assignments for a specific email
        fulfilled (bool | Unset): Filter by the fulfilled status of assignments
        license_id (int): The ID of the program license
        page (int | Unset): Page number for pagination
        page_size (int | Unset): Number of results per page
        platform_key (str | Unset): The unique identifier for the platform (for permission
            validation)
        platform_org (str | Unset): The organization identifier for the platform (for permission
            validation)
        sort (str | Unset): Field to sort results by (e.g., 'id', '-id', 'created', '-created')
        user_id (int | Unset): Filter assignments for a specific user ID

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            active=active,
            assignment_id=assignment_id,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=client,
        )
    ).unwrap()
