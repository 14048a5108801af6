from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.periodic_agent_log import PeriodicAgentLog

OPERATION_ID = "ai_mentor_orgs_users_periodic_agent_logs_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PeriodicAgentLog,
}


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agent-logs/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PeriodicAgentLog | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PeriodicAgentLog.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
) -> Response[PeriodicAgentLog]:
    """Endpoint to view logs for periodic agent runs.

    These logs contain the full mentor output for each run for debugging. Logs are ordered from
    newest to oldest. However this can be changed.

    You can also filter logs for a PeriodicAgent by passing the `periodic_agent` query parameter in
    the URL.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agent-logs/{id}/`` (operation ``ai_mentor_orgs_users_periodic_agent_logs_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PeriodicAgentLog]: status, headers, raw body and parsed model.
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
) -> PeriodicAgentLog:
    """Endpoint to view logs for periodic agent runs.

    These logs contain the full mentor output for each run for debugging. Logs are ordered from
    newest to oldest. However this can be changed.

    You can also filter logs for a PeriodicAgent by passing the `periodic_agent` query parameter in
    the URL.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agent-logs/{id}/`` (operation ``ai_mentor_orgs_users_periodic_agent_logs_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PeriodicAgentLog
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
) -> Response[PeriodicAgentLog]:
    """Endpoint to view logs for periodic agent runs.

    These logs contain the full mentor output for each run for debugging. Logs are ordered from
    newest to oldest. However this can be changed.

    You can also filter logs for a PeriodicAgent by passing the `periodic_agent` query parameter in
    the URL.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agent-logs/{id}/`` (operation ``ai_mentor_orgs_users_periodic_agent_logs_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PeriodicAgentLog]: status, headers, raw body and parsed model.
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
) -> PeriodicAgentLog:
    """Endpoint to view logs for periodic agent runs.

    These logs contain the full mentor output for each run for debugging. Logs are ordered from
    newest to oldest. However this can be changed.

    You can also filter logs for a PeriodicAgent by passing the `periodic_agent` query parameter in
    the URL.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agent-logs/{id}/`` (operation ``ai_mentor_orgs_users_periodic_agent_logs_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PeriodicAgentLog
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            client=client,
        )
    ).unwrap()
