from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.skill_info import SkillInfo

OPERATION_ID = "skills_orgs_skills_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[SkillInfo],
}


def _get_kwargs(
    org: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/skills/orgs/{org}/skills".format(
            org=quote(str(org), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[SkillInfo] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SkillInfo.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
) -> Response[list[SkillInfo]]:
    """List all available skills on the platform.

    This endpoint returns information about all skills that can be acquired on the platform.

    Path Parameters:
    org (str): The platform/organization identifier

    Returns:
    A list of all skills with basic information about each skill.

    Access Control:
    - Platform admins can access this information
    - All authenticated users can access this information

    ``GET /api/skills/orgs/{org}/skills`` (operation ``skills_orgs_skills_list``)

    Args:
        org (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[SkillInfo]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
) -> list[SkillInfo]:
    """List all available skills on the platform.

    This endpoint returns information about all skills that can be acquired on the platform.

    Path Parameters:
    org (str): The platform/organization identifier

    Returns:
    A list of all skills with basic information about each skill.

    Access Control:
    - Platform admins can access this information
    - All authenticated users can access this information

    ``GET /api/skills/orgs/{org}/skills`` (operation ``skills_orgs_skills_list``)

    Args:
        org (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[SkillInfo]
    """

    return sync_detailed(
        org,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
) -> Response[list[SkillInfo]]:
    """List all available skills on the platform.

    This endpoint returns information about all skills that can be acquired on the platform.

    Path Parameters:
    org (str): The platform/organization identifier

    Returns:
    A list of all skills with basic information about each skill.

    Access Control:
    - Platform admins can access this information
    - All authenticated users can access this information

    ``GET /api/skills/orgs/{org}/skills`` (operation ``skills_orgs_skills_list``)

    Args:
        org (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[SkillInfo]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
) -> list[SkillInfo]:
    """List all available skills on the platform.

    This endpoint returns information about all skills that can be acquired on the platform.

    Path Parameters:
    org (str): The platform/organization identifier

    Returns:
    A list of all skills with basic information about each skill.

    Access Control:
    - Platform admins can access this information
    - All authenticated users can access this information

    ``GET /api/skills/orgs/{org}/skills`` (operation ``skills_orgs_skills_list``)

    Args:
        org (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[SkillInfo]
    """

    return (
        await asyncio_detailed(
            org,
            client=client,
        )
    ).unwrap()
