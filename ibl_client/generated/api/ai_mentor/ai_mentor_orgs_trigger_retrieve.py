from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.trigger_response import TriggerResponse

OPERATION_ID = "ai_mentor_orgs_trigger_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: TriggerResponse,
}


def _get_kwargs(
    org: str,
    slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/trigger/{slug}/".format(
            org=quote(str(org), safe=""),
            slug=quote(str(slug), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> TriggerResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = TriggerResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    slug: str,
    *,
    client: Client,
) -> Response[TriggerResponse]:
    """Retrieve details of a specific trigger.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    slug: The unique slug identifier of the trigger.

    Returns:
    Response: The details of the specified trigger.

    Raises:
    Http404: If the specified trigger does not exist.

    ``GET /api/ai-mentor/orgs/{org}/trigger/{slug}/`` (operation ``ai_mentor_orgs_trigger_retrieve``)

    Args:
        org (str):
        slug (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TriggerResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            slug,
        ),
        _parse_response,
    )


def sync(
    org: str,
    slug: str,
    *,
    client: Client,
) -> TriggerResponse:
    """Retrieve details of a specific trigger.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    slug: The unique slug identifier of the trigger.

    Returns:
    Response: The details of the specified trigger.

    Raises:
    Http404: If the specified trigger does not exist.

    ``GET /api/ai-mentor/orgs/{org}/trigger/{slug}/`` (operation ``ai_mentor_orgs_trigger_retrieve``)

    Args:
        org (str):
        slug (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TriggerResponse
    """

    return sync_detailed(
        org,
        slug,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    slug: str,
    *,
    client: AsyncClient,
) -> Response[TriggerResponse]:
    """Retrieve details of a specific trigger.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    slug: The unique slug identifier of the trigger.

    Returns:
    Response: The details of the specified trigger.

    Raises:
    Http404: If the specified trigger does not exist.

    ``GET /api/ai-mentor/orgs/{org}/trigger/{slug}/`` (operation ``ai_mentor_orgs_trigger_retrieve``)

    Args:
        org (str):
        slug (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TriggerResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            slug,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    slug: str,
    *,
    client: AsyncClient,
) -> TriggerResponse:
    """Retrieve details of a specific trigger.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    slug: The unique slug identifier of the trigger.

    Returns:
    Response: The details of the specified trigger.

    Raises:
    Http404: If the specified trigger does not exist.

    ``GET /api/ai-mentor/orgs/{org}/trigger/{slug}/`` (operation ``ai_mentor_orgs_trigger_retrieve``)

    Args:
        org (str):
        slug (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TriggerResponse
    """

    return (
        await asyncio_detailed(
            org,
            slug,
            client=client,
        )
    ).unwrap()
