from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.artifact_version import ArtifactVersion
from ...models.set_current_version_request import SetCurrentVersionRequest

OPERATION_ID = "ai_mentor_orgs_users_artifacts_versions_set_current_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ArtifactVersion,
}


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
    *,
    body: SetCurrentVersionRequest,
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

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ArtifactVersion | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ArtifactVersion.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: SetCurrentVersionRequest,
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
    )


def sync(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: SetCurrentVersionRequest,
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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
    body: SetCurrentVersionRequest,
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
    )


async def asyncio(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
    body: SetCurrentVersionRequest,
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
            client=client,
        )
    ).unwrap()
