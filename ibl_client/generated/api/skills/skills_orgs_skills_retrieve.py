from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.skill_detail import SkillDetail

OPERATION_ID = "skills_orgs_skills_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: SkillDetail,
}


def _get_kwargs(
    org: str,
    skill_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/skills/orgs/{org}/skills/{skill_name}/".format(
            org=quote(str(org), safe=""),
            skill_name=quote(str(skill_name), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> SkillDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = SkillDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    skill_name: str,
    *,
    client: Client,
) -> Response[SkillDetail]:
    """Retrieve detailed information about a specific skill.

    This endpoint returns comprehensive information about a specific skill, including its
    description, categories, and related courses.

    Path Parameters:
    org (str): The platform/organization identifier
    skill_name (str): The name of the skill to retrieve details for

    Returns:
    Detailed information about the specified skill.

    Error Responses:
    404 Not Found: If the specified skill doesn't exist

    Access Control:
    - Platform admins can access this information
    - All authenticated users can access this information

    ``GET /api/skills/orgs/{org}/skills/{skill_name}/`` (operation ``skills_orgs_skills_retrieve``)

    Args:
        org (str):
        skill_name (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SkillDetail]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            skill_name,
        ),
        _parse_response,
    )


def sync(
    org: str,
    skill_name: str,
    *,
    client: Client,
) -> SkillDetail:
    """Retrieve detailed information about a specific skill.

    This endpoint returns comprehensive information about a specific skill, including its
    description, categories, and related courses.

    Path Parameters:
    org (str): The platform/organization identifier
    skill_name (str): The name of the skill to retrieve details for

    Returns:
    Detailed information about the specified skill.

    Error Responses:
    404 Not Found: If the specified skill doesn't exist

    Access Control:
    - Platform admins can access this information
    - All authenticated users can access this information

    ``GET /api/skills/orgs/{org}/skills/{skill_name}/`` (operation ``skills_orgs_skills_retrieve``)

    Args:
        org (str):
        skill_name (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SkillDetail
    """

    return sync_detailed(
        org,
        skill_name,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    skill_name: str,
    *,
    client: AsyncClient,
) -> Response[SkillDetail]:
    """Retrieve detailed information about a specific skill.

    This endpoint returns comprehensive information about a specific skill, including its
    description, categories, and related courses.

    Path Parameters:
    org (str): The platform/organization identifier
    skill_name (str): The name of the skill to retrieve details for

    Returns:
    Detailed information about the specified skill.

    Error Responses:
    404 Not Found: If the specified skill doesn't exist

    Access Control:
    - Platform admins can access this information
    - All authenticated users can access this information

    ``GET /api/skills/orgs/{org}/skills/{skill_name}/`` (operation ``skills_orgs_skills_retrieve``)

    Args:
        org (str):
        skill_name (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SkillDetail]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            skill_name,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    skill_name: str,
    *,
    client: AsyncClient,
) -> SkillDetail:
    """Retrieve detailed information about a specific skill.

    This endpoint returns comprehensive information about a specific skill, including its
    description, categories, and related courses.

    Path Parameters:
    org (str): The platform/organization identifier
    skill_name (str): The name of the skill to retrieve details for

    Returns:
    Detailed information about the specified skill.

    Error Responses:
    404 Not Found: If the specified skill doesn't exist

    Access Control:
    - Platform admins can access this information
    - All authenticated users can access this information

    ``GET /api/skills/orgs/{org}/skills/{skill_name}/`` (operation ``skills_orgs_skills_retrieve``)

    Args:
        org (str):
        skill_name (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SkillDetail
    """

    return (
        await asyncio_detailed(
            org,
            skill_name,
            client=client,
        )
    ).unwrap()
