from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.celery_heartbeat import CeleryHeartbeat

OPERATION_ID = "core_heartbeat_celery_beat_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CeleryHeartbeat,
}


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/heartbeat/celery-beat/",
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> CeleryHeartbeat | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CeleryHeartbeat.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
) -> Response[CeleryHeartbeat]:
    """**Use Case**
    Celery Beat heartbeat endpoint.

    **Example Request**
    GET /api/core/heartbeat/celery-beat/

    **Response Values**
    * 200 on success.
    * 500 on failure.

    ``GET /api/core/heartbeat/celery-beat/`` (operation ``core_heartbeat_celery_beat_retrieve``)

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CeleryHeartbeat]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(),
        _parse_response,
    )


def sync(
    *,
    client: Client,
) -> CeleryHeartbeat:
    """**Use Case**
    Celery Beat heartbeat endpoint.

    **Example Request**
    GET /api/core/heartbeat/celery-beat/

    **Response Values**
    * 200 on success.
    * 500 on failure.

    ``GET /api/core/heartbeat/celery-beat/`` (operation ``core_heartbeat_celery_beat_retrieve``)

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CeleryHeartbeat
    """

    return sync_detailed(
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
) -> Response[CeleryHeartbeat]:
    """**Use Case**
    Celery Beat heartbeat endpoint.

    **Example Request**
    GET /api/core/heartbeat/celery-beat/

    **Response Values**
    * 200 on success.
    * 500 on failure.

    ``GET /api/core/heartbeat/celery-beat/`` (operation ``core_heartbeat_celery_beat_retrieve``)

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CeleryHeartbeat]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
) -> CeleryHeartbeat:
    """**Use Case**
    Celery Beat heartbeat endpoint.

    **Example Request**
    GET /api/core/heartbeat/celery-beat/

    **Response Values**
    * 200 on success.
    * 500 on failure.

    ``GET /api/core/heartbeat/celery-beat/`` (operation ``core_heartbeat_celery_beat_retrieve``)

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CeleryHeartbeat
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).unwrap()
