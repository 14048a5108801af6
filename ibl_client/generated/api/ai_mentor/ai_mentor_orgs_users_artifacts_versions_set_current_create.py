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
from ...models.artifact_version import ArtifactVersion
from ...models.set_current_version_request import SetCurrentVersionRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_mentor_orgs_users_artifacts_versions_set_current_create"


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
    *,
    body: SetCurrentVersionRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/set-current/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, SetCurrentVersionRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ArtifactVersion | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", ArtifactVersion, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: SetCurrentVersionRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[ArtifactVersion]:
    """Set artifact version as current

    Mark a specific version as the current/active version for an artifact.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/set-current/`` (operation ``ai_mentor_orgs_users_artifacts_versions_set_current_create``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (SetCurrentVersionRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ArtifactVersion]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
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
    id: int,
    *,
    client: Client,
    body: SetCurrentVersionRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> ArtifactVersion:
    """Set artifact version as current

    Mark a specific version as the current/active version for an artifact.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/set-current/`` (operation ``ai_mentor_orgs_users_artifacts_versions_set_current_create``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (SetCurrentVersionRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ArtifactVersion
    """

    return sync_detailed(
        org,
        user_id,
        id,
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
    id: int,
    *,
    client: AsyncClient,
    body: SetCurrentVersionRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[ArtifactVersion]:
    """Set artifact version as current

    Mark a specific version as the current/active version for an artifact.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/set-current/`` (operation ``ai_mentor_orgs_users_artifacts_versions_set_current_create``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (SetCurrentVersionRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ArtifactVersion]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
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
    id: int,
    *,
    client: AsyncClient,
    body: SetCurrentVersionRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> ArtifactVersion:
    """Set artifact version as current

    Mark a specific version as the current/active version for an artifact.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/set-current/`` (operation ``ai_mentor_orgs_users_artifacts_versions_set_current_create``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (SetCurrentVersionRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ArtifactVersion
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
