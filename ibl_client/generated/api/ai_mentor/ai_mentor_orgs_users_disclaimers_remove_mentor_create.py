from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.disclaimer import Disclaimer
from ...models.remove_mentor_from_disclaimer import RemoveMentorFromDisclaimer

OPERATION_ID = "ai_mentor_orgs_users_disclaimers_remove_mentor_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Disclaimer,
}


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
    *,
    body: RemoveMentorFromDisclaimer,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/remove-mentor/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Disclaimer | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Disclaimer.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: RemoveMentorFromDisclaimer,
) -> Response[Disclaimer]:
    """Remove mentor from disclaimer

    Remove a mentor from a disclaimer with `mentor` scope. Only platform admins can perform this
    action. Validates that at least one mentor remains after removal.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/remove-mentor/`` (operation ``ai_mentor_orgs_users_disclaimers_remove_mentor_create``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (RemoveMentorFromDisclaimer): Serializer for removing a mentor from a disclaimer.

            This serializer validates the mentor_id input and provides proper schema documentation for
            the remove_mentor action.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Disclaimer]: status, headers, raw body and parsed model.
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
    body: RemoveMentorFromDisclaimer,
) -> Disclaimer:
    """Remove mentor from disclaimer

    Remove a mentor from a disclaimer with `mentor` scope. Only platform admins can perform this
    action. Validates that at least one mentor remains after removal.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/remove-mentor/`` (operation ``ai_mentor_orgs_users_disclaimers_remove_mentor_create``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (RemoveMentorFromDisclaimer): Serializer for removing a mentor from a disclaimer.

            This serializer validates the mentor_id input and provides proper schema documentation for
            the remove_mentor action.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Disclaimer
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
    body: RemoveMentorFromDisclaimer,
) -> Response[Disclaimer]:
    """Remove mentor from disclaimer

    Remove a mentor from a disclaimer with `mentor` scope. Only platform admins can perform this
    action. Validates that at least one mentor remains after removal.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/remove-mentor/`` (operation ``ai_mentor_orgs_users_disclaimers_remove_mentor_create``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (RemoveMentorFromDisclaimer): Serializer for removing a mentor from a disclaimer.

            This serializer validates the mentor_id input and provides proper schema documentation for
            the remove_mentor action.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Disclaimer]: status, headers, raw body and parsed model.
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
    body: RemoveMentorFromDisclaimer,
) -> Disclaimer:
    """Remove mentor from disclaimer

    Remove a mentor from a disclaimer with `mentor` scope. Only platform admins can perform this
    action. Validates that at least one mentor remains after removal.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/remove-mentor/`` (operation ``ai_mentor_orgs_users_disclaimers_remove_mentor_create``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (RemoveMentorFromDisclaimer): Serializer for removing a mentor from a disclaimer.

            This serializer validates the mentor_id input and provides proper schema documentation for
            the remove_mentor action.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Disclaimer
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
