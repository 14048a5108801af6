from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.patched_skill_threshold import PatchedSkillThreshold
from ...models.skill_threshold import SkillThreshold
from ...types import UNSET, Unset

OPERATION_ID = "skills_orgs_skills_thresholds_partial_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: SkillThreshold,
}


def _get_kwargs(
    org: str,
    *,
    body: PatchedSkillThreshold | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/skills/orgs/{org}/skills/thresholds/".format(
            org=quote(str(org), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SkillThreshold | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = SkillThreshold.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: PatchedSkillThreshold | Unset = UNSET,
) -> Response[SkillThreshold]:
    """Manage skill thresholds for a platform.

    This endpoint allows platform administrators to view, create, update, and delete skill
    thresholds. Skill thresholds define the minimum points required to consider a skill as acquired
    or mastered.

    Path Parameters:
    org (str): The platform/organization identifier

    Methods:
    GET: Retrieve all skill thresholds for the platform
    POST: Create a new skill threshold
    PATCH: Update an existing skill threshold
    DELETE: Delete all skill thresholds for the platform

    Request Body (POST):
    name (str, required): The name of the threshold level (e.g., "Beginner", "Intermediate")
    threshold (int, required): The minimum points required to reach this threshold

    Request Body (PATCH):
    name (str, required): The name of the existing threshold to update
    threshold (int, required): The new minimum points value for this threshold

    Returns:
    GET: A list of all skill thresholds for the platform
    POST/PATCH: The created or updated skill threshold with format:
    {
    "name": "threshold_name",
    "threshold": threshold_value
    }
    DELETE: No content (204)

    Error Responses:
    400 Bad Request: If the request data is invalid or missing required fields
    404 Not Found: If the specified platform doesn't exist or the threshold
    to update cannot be found

    Access Control:
    - Only platform administrators can access this endpoint

    ``PATCH /api/skills/orgs/{org}/skills/thresholds/`` (operation ``skills_orgs_skills_thresholds_partial_update``)

    Args:
        org (str):
        body (PatchedSkillThreshold | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SkillThreshold]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    body: PatchedSkillThreshold | Unset = UNSET,
) -> SkillThreshold:
    """Manage skill thresholds for a platform.

    This endpoint allows platform administrators to view, create, update, and delete skill
    thresholds. Skill thresholds define the minimum points required to consider a skill as acquired
    or mastered.

    Path Parameters:
    org (str): The platform/organization identifier

    Methods:
    GET: Retrieve all skill thresholds for the platform
    POST: Create a new skill threshold
    PATCH: Update an existing skill threshold
    DELETE: Delete all skill thresholds for the platform

    Request Body (POST):
    name (str, required): The name of the threshold level (e.g., "Beginner", "Intermediate")
    threshold (int, required): The minimum points required to reach this threshold

    Request Body (PATCH):
    name (str, required): The name of the existing threshold to update
    threshold (int, required): The new minimum points value for this threshold

    Returns:
    GET: A list of all skill thresholds for the platform
    POST/PATCH: The created or updated skill threshold with format:
    {
    "name": "threshold_name",
    "threshold": threshold_value
    }
    DELETE: No content (204)

    Error Responses:
    400 Bad Request: If the request data is invalid or missing required fields
    404 Not Found: If the specified platform doesn't exist or the threshold
    to update cannot be found

    Access Control:
    - Only platform administrators can access this endpoint

    ``PATCH /api/skills/orgs/{org}/skills/thresholds/`` (operation ``skills_orgs_skills_thresholds_partial_update``)

    Args:
        org (str):
        body (PatchedSkillThreshold | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SkillThreshold
    """

    return sync_detailed(
        org,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    body: PatchedSkillThreshold | Unset = UNSET,
) -> Response[SkillThreshold]:
    """Manage skill thresholds for a platform.

    This endpoint allows platform administrators to view, create, update, and delete skill
    thresholds. Skill thresholds define the minimum points required to consider a skill as acquired
    or mastered.

    Path Parameters:
    org (str): The platform/organization identifier

    Methods:
    GET: Retrieve all skill thresholds for the platform
    POST: Create a new skill threshold
    PATCH: Update an existing skill threshold
    DELETE: Delete all skill thresholds for the platform

    Request Body (POST):
    name (str, required): The name of the threshold level (e.g., "Beginner", "Intermediate")
    threshold (int, required): The minimum points required to reach this threshold

    Request Body (PATCH):
    name (str, required): The name of the existing threshold to update
    threshold (int, required): The new minimum points value for this threshold

    Returns:
    GET: A list of all skill thresholds for the platform
    POST/PATCH: The created or updated skill threshold with format:
    {
    "name": "threshold_name",
    "threshold": threshold_value
    }
    DELETE: No content (204)

    Error Responses:
    400 Bad Request: If the request data is invalid or missing required fields
    404 Not Found: If the specified platform doesn't exist or the threshold
    to update cannot be found

    Access Control:
    - Only platform administrators can access this endpoint

    ``PATCH /api/skills/orgs/{org}/skills/thresholds/`` (operation ``skills_orgs_skills_thresholds_partial_update``)

    Args:
        org (str):
        body (PatchedSkillThreshold | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SkillThreshold]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    body: PatchedSkillThreshold | Unset = UNSET,
) -> SkillThreshold:
    """Manage skill thresholds for a platform.

    This endpoint allows platform administrators to view, create, update, and delete skill
    thresholds. Skill thresholds define the minimum points required to consider a skill as acquired
    or mastered.

    Path Parameters:
    org (str): The platform/organization identifier

    Methods:
    GET: Retrieve all skill thresholds for the platform
    POST: Create a new skill threshold
    PATCH: Update an existing skill threshold
    DELETE: Delete all skill thresholds for the platform

    Request Body (POST):
    name (str, required): The name of the threshold level (e.g., "Beginner", "Intermediate")
    threshold (int, required): The minimum points required to reach this threshold

    Request Body (PATCH):
    name (str, required): The name of the existing threshold to update
    threshold (int, required): The new minimum points value for this threshold

    Returns:
    GET: A list of all skill thresholds for the platform
    POST/PATCH: The created or updated skill threshold with format:
    {
    "name": "threshold_name",
    "threshold": threshold_value
    }
    DELETE: No content (204)

    Error Responses:
    400 Bad Request: If the request data is invalid or missing required fields
    404 Not Found: If the specified platform doesn't exist or the threshold
    to update cannot be found

    Access Control:
    - Only platform administrators can access this endpoint

    ``PATCH /api/skills/orgs/{org}/skills/thresholds/`` (operation ``skills_orgs_skills_thresholds_partial_update``)

    Args:
        org (str):
        body (PatchedSkillThreshold | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SkillThreshold
    """

    return (
        await asyncio_detailed(
            org,
            body=body,
            client=client,
        )
    ).unwrap()
