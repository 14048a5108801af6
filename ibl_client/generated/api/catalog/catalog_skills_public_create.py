from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.skill import Skill
from ...models.skill_create_update_request import SkillCreateUpdateRequest

OPERATION_ID = "catalog_skills_public_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Skill,
    201: Skill,
}


def _get_kwargs(
    *,
    body: SkillCreateUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/skills/public/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Skill | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Skill.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Skill.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: SkillCreateUpdateRequest,
) -> Response[Skill]:
    """Add or update a skill.

    ``POST /api/catalog/skills/public/`` (operation ``catalog_skills_public_create``)

    Args:
        body (SkillCreateUpdateRequest): Serializer for skill creation/update request parameters.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Skill]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: SkillCreateUpdateRequest,
) -> Skill:
    """Add or update a skill.

    ``POST /api/catalog/skills/public/`` (operation ``catalog_skills_public_create``)

    Args:
        body (SkillCreateUpdateRequest): Serializer for skill creation/update request parameters.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Skill
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: SkillCreateUpdateRequest,
) -> Response[Skill]:
    """Add or update a skill.

    ``POST /api/catalog/skills/public/`` (operation ``catalog_skills_public_create``)

    Args:
        body (SkillCreateUpdateRequest): Serializer for skill creation/update request parameters.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Skill]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: SkillCreateUpdateRequest,
) -> Skill:
    """Add or update a skill.

    ``POST /api/catalog/skills/public/`` (operation ``catalog_skills_public_create``)

    Args:
        body (SkillCreateUpdateRequest): Serializer for skill creation/update request parameters.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Skill
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
