from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.blank_course_invitation_create import BlankCourseInvitationCreate
from ...models.bulk_course_invitation_response import BulkCourseInvitationResponse

OPERATION_ID = "catalog_invitations_course_blank_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: BulkCourseInvitationResponse,
}


def _get_kwargs(
    *,
    body: BlankCourseInvitationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/invitations/course/blank/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BulkCourseInvitationResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = BulkCourseInvitationResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: BlankCourseInvitationCreate,
) -> Response[BulkCourseInvitationResponse]:
    """Create multiple blank course invitations

    ``POST /api/catalog/invitations/course/blank/`` (operation ``catalog_invitations_course_blank_create``)

    Args:
        body (BlankCourseInvitationCreate): Request serializer for BlankCourseInvitationView POST
            endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[BulkCourseInvitationResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: BlankCourseInvitationCreate,
) -> BulkCourseInvitationResponse:
    """Create multiple blank course invitations

    ``POST /api/catalog/invitations/course/blank/`` (operation ``catalog_invitations_course_blank_create``)

    Args:
        body (BlankCourseInvitationCreate): Request serializer for BlankCourseInvitationView POST
            endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        BulkCourseInvitationResponse
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: BlankCourseInvitationCreate,
) -> Response[BulkCourseInvitationResponse]:
    """Create multiple blank course invitations

    ``POST /api/catalog/invitations/course/blank/`` (operation ``catalog_invitations_course_blank_create``)

    Args:
        body (BlankCourseInvitationCreate): Request serializer for BlankCourseInvitationView POST
            endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[BulkCourseInvitationResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: BlankCourseInvitationCreate,
) -> BulkCourseInvitationResponse:
    """Create multiple blank course invitations

    ``POST /api/catalog/invitations/course/blank/`` (operation ``catalog_invitations_course_blank_create``)

    Args:
        body (BlankCourseInvitationCreate): Request serializer for BlankCourseInvitationView POST
            endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        BulkCourseInvitationResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
