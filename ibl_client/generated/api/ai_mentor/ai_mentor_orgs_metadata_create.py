from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.mentor_metadata import MentorMetadata

OPERATION_ID = "ai_mentor_orgs_metadata_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: MentorMetadata,
}


def _get_kwargs(
    org: str,
    *,
    body: MentorMetadata,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/metadata/".format(
            org=quote(str(org), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> MentorMetadata | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = MentorMetadata.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: MentorMetadata,
) -> Response[MentorMetadata]:
    """Create or update metadata for a mentor.

    Args:
    request: The HTTP request containing the metadata.
    org: The organization/tenant identifier.

    Returns:
    Response: The created or updated mentor metadata.

    Raises:
    BadRequest: If the provided data is invalid.

    ``POST /api/ai-mentor/orgs/{org}/metadata/`` (operation ``ai_mentor_orgs_metadata_create``)

    Args:
        org (str):
        body (MentorMetadata):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorMetadata]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    body: MentorMetadata,
) -> MentorMetadata:
    """Create or update metadata for a mentor.

    Args:
    request: The HTTP request containing the metadata.
    org: The organization/tenant identifier.

    Returns:
    Response: The created or updated mentor metadata.

    Raises:
    BadRequest: If the provided data is invalid.

    ``POST /api/ai-mentor/orgs/{org}/metadata/`` (operation ``ai_mentor_orgs_metadata_create``)

    Args:
        org (str):
        body (MentorMetadata):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorMetadata
    """

    return sync_detailed(
        org,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    body: MentorMetadata,
) -> Response[MentorMetadata]:
    """Create or update metadata for a mentor.

    Args:
    request: The HTTP request containing the metadata.
    org: The organization/tenant identifier.

    Returns:
    Response: The created or updated mentor metadata.

    Raises:
    BadRequest: If the provided data is invalid.

    ``POST /api/ai-mentor/orgs/{org}/metadata/`` (operation ``ai_mentor_orgs_metadata_create``)

    Args:
        org (str):
        body (MentorMetadata):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorMetadata]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    body: MentorMetadata,
) -> MentorMetadata:
    """Create or update metadata for a mentor.

    Args:
    request: The HTTP request containing the metadata.
    org: The organization/tenant identifier.

    Returns:
    Response: The created or updated mentor metadata.

    Raises:
    BadRequest: If the provided data is invalid.

    ``POST /api/ai-mentor/orgs/{org}/metadata/`` (operation ``ai_mentor_orgs_metadata_create``)

    Args:
        org (str):
        body (MentorMetadata):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorMetadata
    """

    return (
        await asyncio_detailed(
            org,
            body=body,
            client=client,
        )
    ).unwrap()
