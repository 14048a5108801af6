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
from ...models.mentor import Mentor
from ...models.mentor_fork import MentorFork
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_mentor_orgs_users_mentors_fork_create"


def _get_kwargs(
    org: str,
    user_id: str,
    mentor: str,
    *,
    body: MentorFork | Mapping[str, Any],
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

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, MentorFork, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Mentor | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", Mentor, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
    body: MentorFork | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
    body: MentorFork | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
    body: MentorFork | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
    body: MentorFork | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
