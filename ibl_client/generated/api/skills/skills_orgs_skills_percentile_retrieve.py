from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.points_percentile import PointsPercentile

OPERATION_ID = "skills_orgs_skills_percentile_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PointsPercentile,
}


def _get_kwargs(
    org: str,
    skill_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/skills/orgs/{org}/skills/{skill_id}/percentile/".format(
            org=quote(str(org), safe=""),
            skill_id=quote(str(skill_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PointsPercentile | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PointsPercentile.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    skill_id: int,
    *,
    client: Client,
) -> Response[PointsPercentile]:
    """Retrieve percentile distribution for a specific skill.

    This endpoint returns the percentile distribution of points earned by users for a specific
    skill.

    Path Parameters:
    skill_id (int): The ID of the skill to retrieve percentile information for
    org (str, optional): The platform/organization identifier to filter results

    Returns:
    A list of percentile breakpoints for the specified skill.

    Error Responses:
    404 Not Found: If the specified skill doesn't exist

    Access Control:
    - Platform admins can access this information
    - All authenticated users can access this information

    ``GET /api/skills/orgs/{org}/skills/{skill_id}/percentile/`` (operation ``skills_orgs_skills_percentile_retrieve``)

    Args:
        org (str):
        skill_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PointsPercentile]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            skill_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    skill_id: int,
    *,
    client: Client,
) -> PointsPercentile:
    """Retrieve percentile distribution for a specific skill.

    This endpoint returns the percentile distribution of points earned by users for a specific
    skill.

    Path Parameters:
    skill_id (int): The ID of the skill to retrieve percentile information for
    org (str, optional): The platform/organization identifier to filter results

    Returns:
    A list of percentile breakpoints for the specified skill.

    Error Responses:
    404 Not Found: If the specified skill doesn't exist

    Access Control:
    - Platform admins can access this information
    - All authenticated users can access this information

    ``GET /api/skills/orgs/{org}/skills/{skill_id}/percentile/`` (operation ``skills_orgs_skills_percentile_retrieve``)

    Args:
        org (str):
        skill_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PointsPercentile
    """

    return sync_detailed(
        org,
        skill_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    skill_id: int,
    *,
    client: AsyncClient,
) -> Response[PointsPercentile]:
    """Retrieve percentile distribution for a specific skill.

    This endpoint returns the percentile distribution of points earned by users for a specific
    skill.

    Path Parameters:
    skill_id (int): The ID of the skill to retrieve percentile information for
    org (str, optional): The platform/organization identifier to filter results

    Returns:
    A list of percentile breakpoints for the specified skill.

    Error Responses:
    404 Not Found: If the specified skill doesn't exist

    Access Control:
    - Platform admins can access this information
    - All authenticated users can access this information

    ``GET /api/skills/orgs/{org}/skills/{skill_id}/percentile/`` (operation ``skills_orgs_skills_percentile_retrieve``)

    Args:
        org (str):
        skill_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PointsPercentile]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            skill_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    skill_id: int,
    *,
    client: AsyncClient,
) -> PointsPercentile:
    """Retrieve percentile distribution for a specific skill.

    This endpoint returns the percentile distribution of points earned by users for a specific
    skill.

    Path Parameters:
    skill_id (int): The ID of the skill to retrieve percentile information for
    org (str, optional): The platform/organization identifier to filter results

    Returns:
    A list of percentile breakpoints for the specified skill.

    Error Responses:
    404 Not Found: If the specified skill doesn't exist

    Access Control:
    - Platform admins can access this information
    - All authenticated users can access this information

    ``GET /api/skills/orgs/{org}/skills/{skill_id}/percentile/`` (operation ``skills_orgs_skills_percentile_retrieve``)

    Args:
        org (str):
        skill_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PointsPercentile
    """

    return (
        await asyncio_detailed(
            org,
            skill_id,
            client=client,
        )
    ).unwrap()
