from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.mentor_settings_public import MentorSettingsPublic
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_mentors_settings_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: MentorSettingsPublic,
}


def _get_kwargs(
    org: str,
    user_id: str,
    mentor: str,
    *,
    department_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/settings/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            mentor=quote(str(mentor), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> MentorSettingsPublic | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = MentorSettingsPublic.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
) -> Response[MentorSettingsPublic]:
    """Retrieve Mentor Settings

    Fetch the settings of a mentor within an organization. Only accessible to tenant admins.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/settings/`` (operation ``ai_mentor_orgs_users_mentors_settings_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        department_id (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorSettingsPublic]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
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
    department_id: int | Unset = UNSET,
) -> MentorSettingsPublic:
    """Retrieve Mentor Settings

    Fetch the settings of a mentor within an organization. Only accessible to tenant admins.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/settings/`` (operation ``ai_mentor_orgs_users_mentors_settings_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        department_id (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorSettingsPublic
    """

    return sync_detailed(
        org,
        user_id,
        mentor,
        department_id=department_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
) -> Response[MentorSettingsPublic]:
    """Retrieve Mentor Settings

    Fetch the settings of a mentor within an organization. Only accessible to tenant admins.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/settings/`` (operation ``ai_mentor_orgs_users_mentors_settings_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        department_id (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorSettingsPublic]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
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
    department_id: int | Unset = UNSET,
) -> MentorSettingsPublic:
    """Retrieve Mentor Settings

    Fetch the settings of a mentor within an organization. Only accessible to tenant admins.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/settings/`` (operation ``ai_mentor_orgs_users_mentors_settings_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        department_id (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorSettingsPublic
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            mentor,
            department_id=department_id,
            client=client,
        )
    ).unwrap()
