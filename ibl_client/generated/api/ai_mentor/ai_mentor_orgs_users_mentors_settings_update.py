from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.mentor_settings import MentorSettings
from ...models.mentor_settings_request import MentorSettingsRequest
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_mentors_settings_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: MentorSettings,
}


def _get_kwargs(
    org: str,
    user_id: str,
    mentor: str,
    *,
    body: MentorSettingsRequest | Unset = UNSET,
    department_id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/settings/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            mentor=quote(str(mentor), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> MentorSettings | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = MentorSettings.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
    body: MentorSettingsRequest | Unset = UNSET,
    department_id: int | Unset = UNSET,
) -> Response[MentorSettings]:
    """Update Mentor Settings

    Update various mentor settings including system prompts, tool permissions, and UI
    configurations.

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/settings/`` (operation ``ai_mentor_orgs_users_mentors_settings_update``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        department_id (int | Unset):
        body (MentorSettingsRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorSettings]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
            body=body,
            department_id=department_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
    body: MentorSettingsRequest | Unset = UNSET,
    department_id: int | Unset = UNSET,
) -> MentorSettings:
    """Update Mentor Settings

    Update various mentor settings including system prompts, tool permissions, and UI
    configurations.

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/settings/`` (operation ``ai_mentor_orgs_users_mentors_settings_update``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        department_id (int | Unset):
        body (MentorSettingsRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorSettings
    """

    return sync_detailed(
        org,
        user_id,
        mentor,
        body=body,
        department_id=department_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
    body: MentorSettingsRequest | Unset = UNSET,
    department_id: int | Unset = UNSET,
) -> Response[MentorSettings]:
    """Update Mentor Settings

    Update various mentor settings including system prompts, tool permissions, and UI
    configurations.

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/settings/`` (operation ``ai_mentor_orgs_users_mentors_settings_update``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        department_id (int | Unset):
        body (MentorSettingsRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorSettings]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
            body=body,
            department_id=department_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
    body: MentorSettingsRequest | Unset = UNSET,
    department_id: int | Unset = UNSET,
) -> MentorSettings:
    """Update Mentor Settings

    Update various mentor settings including system prompts, tool permissions, and UI
    configurations.

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/settings/`` (operation ``ai_mentor_orgs_users_mentors_settings_update``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        department_id (int | Unset):
        body (MentorSettingsRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorSettings
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            mentor,
            body=body,
            department_id=department_id,
            client=client,
        )
    ).unwrap()
