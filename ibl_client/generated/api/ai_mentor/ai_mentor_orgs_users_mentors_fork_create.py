from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.mentor import Mentor
from ...models.mentor_fork import MentorFork

OPERATION_ID = "ai_mentor_orgs_users_mentors_fork_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Mentor,
}


def _get_kwargs(
    org: str,
    user_id: str,
    mentor: str,
    *,
    body: MentorFork,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/fork/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            mentor=quote(str(mentor), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Mentor | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Mentor.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
    body: MentorFork,
) -> Response[Mentor]:
    """Fork (clone) an existing mentor.

    Args:
    request: The HTTP request containing the fork parameters.
    org: The organization/tenant identifier.
    mentor: The identifier of the mentor to fork.
    user_id: The ID of the user initiating the fork.

    Returns:
    Response: The newly created forked mentor.

    Raises:
    BadRequest: If the provided data is invalid or the fork operation fails.
    NotFound: If the specified mentor does not exist.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/fork/`` (operation ``ai_mentor_orgs_users_mentors_fork_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (MentorFork):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Mentor]: status, headers, raw body and parsed model.
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
    )


def sync(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
    body: MentorFork,
) -> Mentor:
    """Fork (clone) an existing mentor.

    Args:
    request: The HTTP request containing the fork parameters.
    org: The organization/tenant identifier.
    mentor: The identifier of the mentor to fork.
    user_id: The ID of the user initiating the fork.

    Returns:
    Response: The newly created forked mentor.

    Raises:
    BadRequest: If the provided data is invalid or the fork operation fails.
    NotFound: If the specified mentor does not exist.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/fork/`` (operation ``ai_mentor_orgs_users_mentors_fork_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (MentorFork):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Mentor
    """

    return sync_detailed(
        org,
        user_id,
        mentor,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
    body: MentorFork,
) -> Response[Mentor]:
    """Fork (clone) an existing mentor.

    Args:
    request: The HTTP request containing the fork parameters.
    org: The organization/tenant identifier.
    mentor: The identifier of the mentor to fork.
    user_id: The ID of the user initiating the fork.

    Returns:
    Response: The newly created forked mentor.

    Raises:
    BadRequest: If the provided data is invalid or the fork operation fails.
    NotFound: If the specified mentor does not exist.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/fork/`` (operation ``ai_mentor_orgs_users_mentors_fork_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (MentorFork):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Mentor]: status, headers, raw body and parsed model.
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
    )


async def asyncio(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
    body: MentorFork,
) -> Mentor:
    """Fork (clone) an existing mentor.

    Args:
    request: The HTTP request containing the fork parameters.
    org: The organization/tenant identifier.
    mentor: The identifier of the mentor to fork.
    user_id: The ID of the user initiating the fork.

    Returns:
    Response: The newly created forked mentor.

    Raises:
    BadRequest: If the provided data is invalid or the fork operation fails.
    NotFound: If the specified mentor does not exist.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/fork/`` (operation ``ai_mentor_orgs_users_mentors_fork_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (MentorFork):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Mentor
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=client,
        )
    ).unwrap()
