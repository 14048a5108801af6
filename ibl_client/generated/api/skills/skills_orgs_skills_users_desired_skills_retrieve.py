from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.desired_skill import DesiredSkill

OPERATION_ID = "skills_orgs_skills_users_desired_skills_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: DesiredSkill,
}


def _get_kwargs(
    org: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/skills/orgs/{org}/skills/users/{user_id}/desired-skills/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> DesiredSkill | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = DesiredSkill.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
) -> Response[DesiredSkill]:
    """Retrieve a user's desired skills.

    This endpoint returns the skills that a user has indicated they want to develop or acquire
    through the platform.

    Path Parameters:
    org (str): The platform/organization identifier
    user_id (str): The username of the user to retrieve skill information for

    Returns:
    The user's desired skills information.

    Error Responses:
    400 Bad Request: If the user doesn't exist in the platform or has no desired skills
    404 Not Found: If the specified platform doesn't exist

    Access Control:
    - Platform admins can access any user's information
    - Users can access their own information

    ``GET /api/skills/orgs/{org}/skills/users/{user_id}/desired-skills/`` (operation ``skills_orgs_skills_users_desired_skills_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[DesiredSkill]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
) -> DesiredSkill:
    """Retrieve a user's desired skills.

    This endpoint returns the skills that a user has indicated they want to develop or acquire
    through the platform.

    Path Parameters:
    org (str): The platform/organization identifier
    user_id (str): The username of the user to retrieve skill information for

    Returns:
    The user's desired skills information.

    Error Responses:
    400 Bad Request: If the user doesn't exist in the platform or has no desired skills
    404 Not Found: If the specified platform doesn't exist

    Access Control:
    - Platform admins can access any user's information
    - Users can access their own information

    ``GET /api/skills/orgs/{org}/skills/users/{user_id}/desired-skills/`` (operation ``skills_orgs_skills_users_desired_skills_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        DesiredSkill
    """

    return sync_detailed(
        org,
        user_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
) -> Response[DesiredSkill]:
    """Retrieve a user's desired skills.

    This endpoint returns the skills that a user has indicated they want to develop or acquire
    through the platform.

    Path Parameters:
    org (str): The platform/organization identifier
    user_id (str): The username of the user to retrieve skill information for

    Returns:
    The user's desired skills information.

    Error Responses:
    400 Bad Request: If the user doesn't exist in the platform or has no desired skills
    404 Not Found: If the specified platform doesn't exist

    Access Control:
    - Platform admins can access any user's information
    - Users can access their own information

    ``GET /api/skills/orgs/{org}/skills/users/{user_id}/desired-skills/`` (operation ``skills_orgs_skills_users_desired_skills_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[DesiredSkill]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
) -> DesiredSkill:
    """Retrieve a user's desired skills.

    This endpoint returns the skills that a user has indicated they want to develop or acquire
    through the platform.

    Path Parameters:
    org (str): The platform/organization identifier
    user_id (str): The username of the user to retrieve skill information for

    Returns:
    The user's desired skills information.

    Error Responses:
    400 Bad Request: If the user doesn't exist in the platform or has no desired skills
    404 Not Found: If the specified platform doesn't exist

    Access Control:
    - Platform admins can access any user's information
    - Users can access their own information

    ``GET /api/skills/orgs/{org}/skills/users/{user_id}/desired-skills/`` (operation ``skills_orgs_skills_users_desired_skills_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        DesiredSkill
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            client=client,
        )
    ).unwrap()
