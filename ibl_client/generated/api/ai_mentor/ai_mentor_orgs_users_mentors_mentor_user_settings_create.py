from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.mentor_user_setting import MentorUserSetting
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_mentor_orgs_users_mentors_mentor_user_settings_create"


def _get_kwargs(
    org: str,
    user_id: str,
    mentor: str,
    *,
    body: MentorUserSetting | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/mentor-user-settings/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            mentor=quote(str(mentor), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, MentorUserSetting, body)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> MentorUserSetting | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", MentorUserSetting, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
    body: MentorUserSetting | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[MentorUserSetting]:
    """Endpoint to set user settings for a mentor.
    POST https://base.manager.iblai.app/api/ai-mentor/orgs/your-org/users/your-user/mentors/unique-
    id/mentor-user-settings/

    Sample request ``` {"reference_saved_memories": true} ```

    Sample response ``` {"reference_saved_memories": true} ```

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/mentor-user-settings/`` (operation ``ai_mentor_orgs_users_mentors_mentor_user_settings_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (MentorUserSetting | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorUserSetting]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
    body: MentorUserSetting | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> MentorUserSetting:
    """Endpoint to set user settings for a mentor.
    POST https://base.manager.iblai.app/api/ai-mentor/orgs/your-org/users/your-user/mentors/unique-
    id/mentor-user-settings/

    Sample request ``` {"reference_saved_memories": true} ```

    Sample response ``` {"reference_saved_memories": true} ```

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/mentor-user-settings/`` (operation ``ai_mentor_orgs_users_mentors_mentor_user_settings_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (MentorUserSetting | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorUserSetting
    """

    return sync_detailed(
        org,
        user_id,
        mentor,
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
    body: MentorUserSetting | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[MentorUserSetting]:
    """Endpoint to set user settings for a mentor.
    POST https://base.manager.iblai.app/api/ai-mentor/orgs/your-org/users/your-user/mentors/unique-
    id/mentor-user-settings/

    Sample request ``` {"reference_saved_memories": true} ```

    Sample response ``` {"reference_saved_memories": true} ```

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/mentor-user-settings/`` (operation ``ai_mentor_orgs_users_mentors_mentor_user_settings_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (MentorUserSetting | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorUserSetting]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
    body: MentorUserSetting | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> MentorUserSetting:
    """Endpoint to set user settings for a mentor.
    POST https://base.manager.iblai.app/api/ai-mentor/orgs/your-org/users/your-user/mentors/unique-
    id/mentor-user-settings/

    Sample request ``` {"reference_saved_memories": true} ```

    Sample response ``` {"reference_saved_memories": true} ```

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/mentor-user-settings/`` (operation ``ai_mentor_orgs_users_mentors_mentor_user_settings_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (MentorUserSetting | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorUserSetting
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            mentor,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
