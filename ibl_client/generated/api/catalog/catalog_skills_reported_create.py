from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.reported_skill import ReportedSkill
from ...models.reported_skill_create_update_request import ReportedSkillCreateUpdateRequest
from ...types import UNSET, Unset

OPERATION_ID = "catalog_skills_reported_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ReportedSkill,
    201: ReportedSkill,
}


def _get_kwargs(
    *,
    body: ReportedSkillCreateUpdateRequest,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/skills/reported/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ReportedSkill | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ReportedSkill.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ReportedSkill.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: ReportedSkillCreateUpdateRequest,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[ReportedSkill]:
    """Add or update reported skills for a user.

    ``POST /api/catalog/skills/reported/`` (operation ``catalog_skills_reported_create``)

    Args:
        user_id (int | Unset):
        username (str | Unset):
        body (ReportedSkillCreateUpdateRequest): Serializer for reported skill creation/update
            request parameters.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ReportedSkill]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: ReportedSkillCreateUpdateRequest,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> ReportedSkill:
    """Add or update reported skills for a user.

    ``POST /api/catalog/skills/reported/`` (operation ``catalog_skills_reported_create``)

    Args:
        user_id (int | Unset):
        username (str | Unset):
        body (ReportedSkillCreateUpdateRequest): Serializer for reported skill creation/update
            request parameters.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ReportedSkill
    """

    return sync_detailed(
        body=body,
        user_id=user_id,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: ReportedSkillCreateUpdateRequest,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[ReportedSkill]:
    """Add or update reported skills for a user.

    ``POST /api/catalog/skills/reported/`` (operation ``catalog_skills_reported_create``)

    Args:
        user_id (int | Unset):
        username (str | Unset):
        body (ReportedSkillCreateUpdateRequest): Serializer for reported skill creation/update
            request parameters.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ReportedSkill]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: ReportedSkillCreateUpdateRequest,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> ReportedSkill:
    """Add or update reported skills for a user.

    ``POST /api/catalog/skills/reported/`` (operation ``catalog_skills_reported_create``)

    Args:
        user_id (int | Unset):
        username (str | Unset):
        body (ReportedSkillCreateUpdateRequest): Serializer for reported skill creation/update
            request parameters.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ReportedSkill
    """

    return (
        await asyncio_detailed(
            body=body,
            user_id=user_id,
            username=username,
            client=client,
        )
    ).unwrap()
