from collections.abc import Mapping
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._body import decode
from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    request_body,
)
from ...models.grant_mentor_access_request import GrantMentorAccessRequest
from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_mentor_orgs_mentors_lti_grant_mentor_access_create"


def _get_kwargs(
    org: str,
    mentor_unique_id: UUID,
    *,
    body: GrantMentorAccessRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/mentors/{mentor_unique_id}/lti/grant-mentor-access/".format(
            org=quote(str(org), safe=""),
            mentor_unique_id=quote(str(mentor_unique_id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, GrantMentorAccessRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> JSON | bytes | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        return decode(response)
    if response.status_code == 204:
        return None

    return None


def sync_detailed(
    org: str,
    mentor_unique_id: UUID,
    *,
    client: Client,
    body: GrantMentorAccessRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """Grant LTI Mentor Access

    Grants a user Student type access to a mentor that is lti accessible.

    Creates or updates an RBAC policy named LTI-{mentor.unique_id} with the global Student role,
    granting the specified user access to the mentor. Validates that the mentor has LTI access
    enabled and that the user belongs to the specified platform.

    ``POST /api/ai-mentor/orgs/{org}/mentors/{mentor_unique_id}/lti/grant-mentor-access/`` (operation ``ai_mentor_orgs_mentors_lti_grant_mentor_access_create``)

    Args:
        org (str):
        mentor_unique_id (UUID):
        body (GrantMentorAccessRequest): Request serializer for granting LTI mentor access

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            mentor_unique_id,
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
    mentor_unique_id: UUID,
    *,
    client: Client,
    body: GrantMentorAccessRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """Grant LTI Mentor Access

    Grants a user Student type access to a mentor that is lti accessible.

    Creates or updates an RBAC policy named LTI-{mentor.unique_id} with the global Student role,
    granting the specified user access to the mentor. Validates that the mentor has LTI access
    enabled and that the user belongs to the specified platform.

    ``POST /api/ai-mentor/orgs/{org}/mentors/{mentor_unique_id}/lti/grant-mentor-access/`` (operation ``ai_mentor_orgs_mentors_lti_grant_mentor_access_create``)

    Args:
        org (str):
        mentor_unique_id (UUID):
        body (GrantMentorAccessRequest): Request serializer for granting LTI mentor access

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return sync_detailed(
        org,
        mentor_unique_id,
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    mentor_unique_id: UUID,
    *,
    client: AsyncClient,
    body: GrantMentorAccessRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """Grant LTI Mentor Access

    Grants a user Student type access to a mentor that is lti accessible.

    Creates or updates an RBAC policy named LTI-{mentor.unique_id} with the global Student role,
    granting the specified user access to the mentor. Validates that the mentor has LTI access
    enabled and that the user belongs to the specified platform.

    ``POST /api/ai-mentor/orgs/{org}/mentors/{mentor_unique_id}/lti/grant-mentor-access/`` (operation ``ai_mentor_orgs_mentors_lti_grant_mentor_access_create``)

    Args:
        org (str):
        mentor_unique_id (UUID):
        body (GrantMentorAccessRequest): Request serializer for granting LTI mentor access

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            mentor_unique_id,
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
    mentor_unique_id: UUID,
    *,
    client: AsyncClient,
    body: GrantMentorAccessRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """Grant LTI Mentor Access

    Grants a user Student type access to a mentor that is lti accessible.

    Creates or updates an RBAC policy named LTI-{mentor.unique_id} with the global Student role,
    granting the specified user access to the mentor. Validates that the mentor has LTI access
    enabled and that the user belongs to the specified platform.

    ``POST /api/ai-mentor/orgs/{org}/mentors/{mentor_unique_id}/lti/grant-mentor-access/`` (operation ``ai_mentor_orgs_mentors_lti_grant_mentor_access_create``)

    Args:
        org (str):
        mentor_unique_id (UUID):
        body (GrantMentorAccessRequest): Request serializer for granting LTI mentor access

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return (
        await asyncio_detailed(
            org,
            mentor_unique_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
