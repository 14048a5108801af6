from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_skill import UserSkill

OPERATION_ID = "skills_orgs_skills_users_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserSkill,
}


def _get_kwargs(
    org: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/skills/orgs/{org}/skills/users/{user_id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> UserSkill | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserSkill.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
) -> Response[UserSkill]:
    """Retrieve a user's skill information.

    This endpoint returns information about skills that a user has acquired through the platform. It
    can return all skills or filter by a specific skill.

    Path Parameters:
    org (str): The platform/organization identifier
    user_id (str): The username of the user to retrieve skill information for

    Query Parameters:
    skill_name (str, optional): Filter results to a specific skill

    Returns:
    When skill_name is provided:
    Details about the specific skill including points earned and percentile ranking
    When skill_name is not provided:
    A list of all skills the user has acquired with their points

    Access Control:
    - Platform admins can access any user's skill information
    - Users can access their own skill information

    ``GET /api/skills/orgs/{org}/skills/users/{user_id}/`` (operation ``skills_orgs_skills_users_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserSkill]: status, headers, raw body and parsed model.
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
) -> UserSkill:
    """Retrieve a user's skill information.

    This endpoint returns information about skills that a user has acquired through the platform. It
    can return all skills or filter by a specific skill.

    Path Parameters:
    org (str): The platform/organization identifier
    user_id (str): The username of the user to retrieve skill information for

    Query Parameters:
    skill_name (str, optional): Filter results to a specific skill

    Returns:
    When skill_name is provided:
    Details about the specific skill including points earned and percentile ranking
    When skill_name is not provided:
    A list of all skills the user has acquired with their points

    Access Control:
    - Platform admins can access any user's skill information
    - Users can access their own skill information

    ``GET /api/skills/orgs/{org}/skills/users/{user_id}/`` (operation ``skills_orgs_skills_users_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserSkill
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
) -> Response[UserSkill]:
    """Retrieve a user's skill information.

    This endpoint returns information about skills that a user has acquired through the platform. It
    can return all skills or filter by a specific skill.

    Path Parameters:
    org (str): The platform/organization identifier
    user_id (str): The username of the user to retrieve skill information for

    Query Parameters:
    skill_name (str, optional): Filter results to a specific skill

    Returns:
    When skill_name is provided:
    Details about the specific skill including points earned and percentile ranking
    When skill_name is not provided:
    A list of all skills the user has acquired with their points

    Access Control:
    - Platform admins can access any user's skill information
    - Users can access their own skill information

    ``GET /api/skills/orgs/{org}/skills/users/{user_id}/`` (operation ``skills_orgs_skills_users_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserSkill]: status, headers, raw body and parsed model.
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
) -> UserSkill:
    """Retrieve a user's skill information.

    This endpoint returns information about skills that a user has acquired through the platform. It
    can return all skills or filter by a specific skill.

    Path Parameters:
    org (str): The platform/organization identifier
    user_id (str): The username of the user to retrieve skill information for

    Query Parameters:
    skill_name (str, optional): Filter results to a specific skill

    Returns:
    When skill_name is provided:
    Details about the specific skill including points earned and percentile ranking
    When skill_name is not provided:
    A list of all skills the user has acquired with their points

    Access Control:
    - Platform admins can access any user's skill information
    - Users can access their own skill information

    ``GET /api/skills/orgs/{org}/skills/users/{user_id}/`` (operation ``skills_orgs_skills_users_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserSkill
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            client=client,
        )
    ).unwrap()
