from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.desired_role import DesiredRole

OPERATION_ID = "roles_platform_orgs_roles_users_desired_roles_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: DesiredRole,
}


def _get_kwargs(
    org: str,
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/roles/platform/orgs/{org}/roles/users/{username}/desired-roles/".format(
            org=quote(str(org), safe=""),
            username=quote(str(username), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> DesiredRole | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = DesiredRole.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    username: str,
    *,
    client: Client,
) -> Response[DesiredRole]:
    """Retrieve a user's desired role information.

    This endpoint returns the role and skills that a user has indicated they want to develop or
    acquire. This represents the user's career goals and learning objectives.

    Path Parameters:
    org (str): The platform/organization identifier
    username (str): The username of the user to retrieve role information for

    Returns:
    The user's desired role information including:
    - Target role title
    - Skills needed for the role
    - Current progress toward skill acquisition

    Error Responses:
    400 Bad Request: If the user doesn't exist in the platform or has no desired role
    404 Not Found: If the specified platform doesn't exist

    ``GET /api/roles/platform/orgs/{org}/roles/users/{username}/desired-roles/`` (operation ``roles_platform_orgs_roles_users_desired_roles_retrieve``)

    Args:
        org (str):
        username (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[DesiredRole]: status, headers, raw body and parsed model.
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
) -> DesiredRole:
    """Retrieve a user's desired role information.

    This endpoint returns the role and skills that a user has indicated they want to develop or
    acquire. This represents the user's career goals and learning objectives.

    Path Parameters:
    org (str): The platform/organization identifier
    username (str): The username of the user to retrieve role information for

    Returns:
    The user's desired role information including:
    - Target role title
    - Skills needed for the role
    - Current progress toward skill acquisition

    Error Responses:
    400 Bad Request: If the user doesn't exist in the platform or has no desired role
    404 Not Found: If the specified platform doesn't exist

    ``GET /api/roles/platform/orgs/{org}/roles/users/{username}/desired-roles/`` (operation ``roles_platform_orgs_roles_users_desired_roles_retrieve``)

    Args:
        org (str):
        username (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        DesiredRole
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
) -> Response[DesiredRole]:
    """Retrieve a user's desired role information.

    This endpoint returns the role and skills that a user has indicated they want to develop or
    acquire. This represents the user's career goals and learning objectives.

    Path Parameters:
    org (str): The platform/organization identifier
    username (str): The username of the user to retrieve role information for

    Returns:
    The user's desired role information including:
    - Target role title
    - Skills needed for the role
    - Current progress toward skill acquisition

    Error Responses:
    400 Bad Request: If the user doesn't exist in the platform or has no desired role
    404 Not Found: If the specified platform doesn't exist

    ``GET /api/roles/platform/orgs/{org}/roles/users/{username}/desired-roles/`` (operation ``roles_platform_orgs_roles_users_desired_roles_retrieve``)

    Args:
        org (str):
        username (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[DesiredRole]: status, headers, raw body and parsed model.
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
) -> DesiredRole:
    """Retrieve a user's desired role information.

    This endpoint returns the role and skills that a user has indicated they want to develop or
    acquire. This represents the user's career goals and learning objectives.

    Path Parameters:
    org (str): The platform/organization identifier
    username (str): The username of the user to retrieve role information for

    Returns:
    The user's desired role information including:
    - Target role title
    - Skills needed for the role
    - Current progress toward skill acquisition

    Error Responses:
    400 Bad Request: If the user doesn't exist in the platform or has no desired role
    404 Not Found: If the specified platform doesn't exist

    ``GET /api/roles/platform/orgs/{org}/roles/users/{username}/desired-roles/`` (operation ``roles_platform_orgs_roles_users_desired_roles_retrieve``)

    Args:
        org (str):
        username (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        DesiredRole
    """

    return (
        await asyncio_detailed(
            org,
            username,
            client=client,
        )
    ).unwrap()
