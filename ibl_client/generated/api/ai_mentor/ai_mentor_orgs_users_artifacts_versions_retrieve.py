from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.artifact_version import ArtifactVersion

OPERATION_ID = "ai_mentor_orgs_users_artifacts_versions_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ArtifactVersion,
}


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
    version_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/{version_id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
            version_id=quote(str(version_id), safe=""),
        ),
    }
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
    version_id: int,
    *,
    client: Client,
) -> Response[ArtifactVersion]:
    """Get specific artifact version

    Retrieve a specific version of an artifact by version ID.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/{version_id}/`` (operation ``ai_mentor_orgs_users_artifacts_versions_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):
        version_id (int):

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
            version_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    id: int,
    version_id: int,
    *,
    client: Client,
) -> ArtifactVersion:
    """Get specific artifact version

    Retrieve a specific version of an artifact by version ID.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/{version_id}/`` (operation ``ai_mentor_orgs_users_artifacts_versions_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):
        version_id (int):

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
        version_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    id: int,
    version_id: int,
    *,
    client: AsyncClient,
) -> Response[ArtifactVersion]:
    """Get specific artifact version

    Retrieve a specific version of an artifact by version ID.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/{version_id}/`` (operation ``ai_mentor_orgs_users_artifacts_versions_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):
        version_id (int):

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
            version_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    id: int,
    version_id: int,
    *,
    client: AsyncClient,
) -> ArtifactVersion:
    """Get specific artifact version

    Retrieve a specific version of an artifact by version ID.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/{version_id}/`` (operation ``ai_mentor_orgs_users_artifacts_versions_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):
        version_id (int):

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
            version_id,
            client=client,
        )
    ).unwrap()
