from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.accessible_mentors_by_email_request import AccessibleMentorsByEmailRequest
from ...models.accessible_mentors_by_email_response import AccessibleMentorsByEmailResponse
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_mentors_by_email_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: AccessibleMentorsByEmailResponse,
}


def _get_kwargs(
    org: str,
    *,
    body: AccessibleMentorsByEmailRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/mentors/by-email/".format(
            org=quote(str(org), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AccessibleMentorsByEmailResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = AccessibleMentorsByEmailResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: AccessibleMentorsByEmailRequest | Unset = UNSET,
) -> Response[AccessibleMentorsByEmailResponse]:
    """Get accessible mentors by email

    Returns a list of mentor unique IDs that a user can access via email in the specified
    organization.

    ``POST /api/ai-mentor/orgs/{org}/mentors/by-email/`` (operation ``ai_mentor_orgs_mentors_by_email_create``)

    Args:
        org (str):
        body (AccessibleMentorsByEmailRequest | Unset): Request serializer for accessible mentors
            by email endpoint.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AccessibleMentorsByEmailResponse]: status, headers, raw body and parsed model.
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
    body: AccessibleMentorsByEmailRequest | Unset = UNSET,
) -> AccessibleMentorsByEmailResponse:
    """Get accessible mentors by email

    Returns a list of mentor unique IDs that a user can access via email in the specified
    organization.

    ``POST /api/ai-mentor/orgs/{org}/mentors/by-email/`` (operation ``ai_mentor_orgs_mentors_by_email_create``)

    Args:
        org (str):
        body (AccessibleMentorsByEmailRequest | Unset): Request serializer for accessible mentors
            by email endpoint.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AccessibleMentorsByEmailResponse
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
    body: AccessibleMentorsByEmailRequest | Unset = UNSET,
) -> Response[AccessibleMentorsByEmailResponse]:
    """Get accessible mentors by email

    Returns a list of mentor unique IDs that a user can access via email in the specified
    organization.

    ``POST /api/ai-mentor/orgs/{org}/mentors/by-email/`` (operation ``ai_mentor_orgs_mentors_by_email_create``)

    Args:
        org (str):
        body (AccessibleMentorsByEmailRequest | Unset): Request serializer for accessible mentors
            by email endpoint.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AccessibleMentorsByEmailResponse]: status, headers, raw body and parsed model.
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
    body: AccessibleMentorsByEmailRequest | Unset = UNSET,
) -> AccessibleMentorsByEmailResponse:
    """Get accessible mentors by email

    Returns a list of mentor unique IDs that a user can access via email in the specified
    organization.

    ``POST /api/ai-mentor/orgs/{org}/mentors/by-email/`` (operation ``ai_mentor_orgs_mentors_by_email_create``)

    Args:
        org (str):
        body (AccessibleMentorsByEmailRequest | Unset): Request serializer for accessible mentors
            by email endpoint.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AccessibleMentorsByEmailResponse
    """

    return (
        await asyncio_detailed(
            org,
            body=body,
            client=client,
        )
    ).unwrap()
