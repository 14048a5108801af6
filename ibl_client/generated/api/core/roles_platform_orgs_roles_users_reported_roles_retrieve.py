from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.reported_role import ReportedRole

OPERATION_ID = "roles_platform_orgs_roles_users_reported_roles_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ReportedRole,
}


def _get_kwargs(
    org: str,
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/roles/platform/orgs/{org}/roles/users/{username}/reported-roles/".format(
            org=quote(str(org), safe=""),
            username=quote(str(username), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ReportedRole | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ReportedRole.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    username: str,
    *,
    client: Client,
) -> Response[ReportedRole]:
    """Retrieve a user's reported role information.

    This endpoint returns the role and skills that a user has reported having in their profile. This
    represents the user's current skills and professional role.

    Path Parameters:
    org (str): The platform/organization identifier
    username (str): The username of the user to retrieve role information for

    Returns:
    The user's reported role information including:
    - Role title
    - Skills associated with the role
    - Experience level

    Error Responses:
    400 Bad Request: If the user doesn't exist in the platform or has no reported role
    404 Not Found: If the specified platform doesn't exist

    ``GET /api/roles/platform/orgs/{org}/roles/users/{username}/reported-roles/`` (operation ``roles_platform_orgs_roles_users_reported_roles_retrieve``)

    Args:
        org (str):
        username (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ReportedRole]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
        ),
        _parse_response,
    )


def sync(
    org: str,
    username: str,
    *,
    client: Client,
) -> ReportedRole:
    """Retrieve a user's reported role information.

    This endpoint returns the role and skills that a user has reported having in their profile. This
    represents the user's current skills and professional role.

    Path Parameters:
    org (str): The platform/organization identifier
    username (str): The username of the user to retrieve role information for

    Returns:
    The user's reported role information including:
    - Role title
    - Skills associated with the role
    - Experience level

    Error Responses:
    400 Bad Request: If the user doesn't exist in the platform or has no reported role
    404 Not Found: If the specified platform doesn't exist

    ``GET /api/roles/platform/orgs/{org}/roles/users/{username}/reported-roles/`` (operation ``roles_platform_orgs_roles_users_reported_roles_retrieve``)

    Args:
        org (str):
        username (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ReportedRole
    """

    return sync_detailed(
        org,
        username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    username: str,
    *,
    client: AsyncClient,
) -> Response[ReportedRole]:
    """Retrieve a user's reported role information.

    This endpoint returns the role and skills that a user has reported having in their profile. This
    represents the user's current skills and professional role.

    Path Parameters:
    org (str): The platform/organization identifier
    username (str): The username of the user to retrieve role information for

    Returns:
    The user's reported role information including:
    - Role title
    - Skills associated with the role
    - Experience level

    Error Responses:
    400 Bad Request: If the user doesn't exist in the platform or has no reported role
    404 Not Found: If the specified platform doesn't exist

    ``GET /api/roles/platform/orgs/{org}/roles/users/{username}/reported-roles/`` (operation ``roles_platform_orgs_roles_users_reported_roles_retrieve``)

    Args:
        org (str):
        username (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ReportedRole]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    username: str,
    *,
    client: AsyncClient,
) -> ReportedRole:
    """Retrieve a user's reported role information.

    This endpoint returns the role and skills that a user has reported having in their profile. This
    represents the user's current skills and professional role.

    Path Parameters:
    org (str): The platform/organization identifier
    username (str): The username of the user to retrieve role information for

    Returns:
    The user's reported role information including:
    - Role title
    - Skills associated with the role
    - Experience level

    Error Responses:
    400 Bad Request: If the user doesn't exist in the platform or has no reported role
    404 Not Found: If the specified platform doesn't exist

    ``GET /api/roles/platform/orgs/{org}/roles/users/{username}/reported-roles/`` (operation ``roles_platform_orgs_roles_users_reported_roles_retrieve``)

    Args:
        org (str):
        username (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ReportedRole
    """

    return (
        await asyncio_detailed(
            org,
            username,
            client=client,
        )
    ).unwrap()
