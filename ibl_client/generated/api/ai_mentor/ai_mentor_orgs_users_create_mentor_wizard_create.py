from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.mentor import Mentor
from ...models.mentor_wizard import MentorWizard

OPERATION_ID = "ai_mentor_orgs_users_create_mentor_wizard_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: Mentor,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: MentorWizard,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/create-mentor-wizard/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Mentor | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = Mentor.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: MentorWizard,
) -> Response[Mentor]:
    """Create a new mentor using the wizard interface.

    Args:
    request: The HTTP request containing the mentor data.
    org: The organization/tenant identifier.
    user_id: The ID of the user creating the mentor.

    Returns:
    Response: The created mentor.

    Raises:
    BadRequest: If the provided data is invalid.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/create-mentor-wizard/`` (operation ``ai_mentor_orgs_users_create_mentor_wizard_create``)

    Args:
        org (str):
        user_id (str):
        body (MentorWizard):

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
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: MentorWizard,
) -> Mentor:
    """Create a new mentor using the wizard interface.

    Args:
    request: The HTTP request containing the mentor data.
    org: The organization/tenant identifier.
    user_id: The ID of the user creating the mentor.

    Returns:
    Response: The created mentor.

    Raises:
    BadRequest: If the provided data is invalid.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/create-mentor-wizard/`` (operation ``ai_mentor_orgs_users_create_mentor_wizard_create``)

    Args:
        org (str):
        user_id (str):
        body (MentorWizard):

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
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: MentorWizard,
) -> Response[Mentor]:
    """Create a new mentor using the wizard interface.

    Args:
    request: The HTTP request containing the mentor data.
    org: The organization/tenant identifier.
    user_id: The ID of the user creating the mentor.

    Returns:
    Response: The created mentor.

    Raises:
    BadRequest: If the provided data is invalid.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/create-mentor-wizard/`` (operation ``ai_mentor_orgs_users_create_mentor_wizard_create``)

    Args:
        org (str):
        user_id (str):
        body (MentorWizard):

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
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: MentorWizard,
) -> Mentor:
    """Create a new mentor using the wizard interface.

    Args:
    request: The HTTP request containing the mentor data.
    org: The organization/tenant identifier.
    user_id: The ID of the user creating the mentor.

    Returns:
    Response: The created mentor.

    Raises:
    BadRequest: If the provided data is invalid.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/create-mentor-wizard/`` (operation ``ai_mentor_orgs_users_create_mentor_wizard_create``)

    Args:
        org (str):
        user_id (str):
        body (MentorWizard):

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
            body=body,
            client=client,
        )
    ).unwrap()
