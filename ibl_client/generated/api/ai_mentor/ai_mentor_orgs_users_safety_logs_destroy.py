from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response

OPERATION_ID = "ai_mentor_orgs_users_safety_logs_destroy"


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/safety-logs/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 204:
        return None

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
) -> Response[Any]:
    """Endpoint to view and delete Safety System Logs for a tenant.

    These can be filtered by username, platform_key and

    mentor id
    A search query can be conducted to search through the prompts and reason for the moderation
    catch event.

    ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/safety-logs/{id}/`` (operation ``ai_mentor_orgs_users_safety_logs_destroy``)

    Args:
        org (str):
        user_id (str):
        id (int): A unique integer value identifying this moderation log.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
) -> Any:
    """Endpoint to view and delete Safety System Logs for a tenant.

    These can be filtered by username, platform_key and

    mentor id
    A search query can be conducted to search through the prompts and reason for the moderation
    catch event.

    ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/safety-logs/{id}/`` (operation ``ai_mentor_orgs_users_safety_logs_destroy``)

    Args:
        org (str):
        user_id (str):
        id (int): A unique integer value identifying this moderation log.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        org,
        user_id,
        id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
) -> Response[Any]:
    """Endpoint to view and delete Safety System Logs for a tenant.

    These can be filtered by username, platform_key and

    mentor id
    A search query can be conducted to search through the prompts and reason for the moderation
    catch event.

    ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/safety-logs/{id}/`` (operation ``ai_mentor_orgs_users_safety_logs_destroy``)

    Args:
        org (str):
        user_id (str):
        id (int): A unique integer value identifying this moderation log.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
) -> Any:
    """Endpoint to view and delete Safety System Logs for a tenant.

    These can be filtered by username, platform_key and

    mentor id
    A search query can be conducted to search through the prompts and reason for the moderation
    catch event.

    ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/safety-logs/{id}/`` (operation ``ai_mentor_orgs_users_safety_logs_destroy``)

    Args:
        org (str):
        user_id (str):
        id (int): A unique integer value identifying this moderation log.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            client=client,
        )
    ).unwrap()
