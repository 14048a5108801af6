from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.trigger_request import TriggerRequest
from ...models.trigger_response import TriggerResponse

OPERATION_ID = "ai_mentor_orgs_trigger_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: TriggerResponse,
}


def _get_kwargs(
    org: str,
    *,
    body: TriggerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/trigger/".format(
            org=quote(str(org), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TriggerResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = TriggerResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: TriggerRequest,
) -> Response[TriggerResponse]:
    """Create or modify a trigger.

    Args:
    request: The HTTP request containing the trigger data.
    org: The organization/tenant identifier.

    Returns:
    Response: The created or updated trigger details.

    Raises:
    BadRequest: If the provided data is invalid or missing required parameters.

    ``POST /api/ai-mentor/orgs/{org}/trigger/`` (operation ``ai_mentor_orgs_trigger_create``)

    Args:
        org (str):
        body (TriggerRequest):

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
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    body: TriggerRequest,
) -> TriggerResponse:
    """Create or modify a trigger.

    Args:
    request: The HTTP request containing the trigger data.
    org: The organization/tenant identifier.

    Returns:
    Response: The created or updated trigger details.

    Raises:
    BadRequest: If the provided data is invalid or missing required parameters.

    ``POST /api/ai-mentor/orgs/{org}/trigger/`` (operation ``ai_mentor_orgs_trigger_create``)

    Args:
        org (str):
        body (TriggerRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TriggerResponse
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
    body: TriggerRequest,
) -> Response[TriggerResponse]:
    """Create or modify a trigger.

    Args:
    request: The HTTP request containing the trigger data.
    org: The organization/tenant identifier.

    Returns:
    Response: The created or updated trigger details.

    Raises:
    BadRequest: If the provided data is invalid or missing required parameters.

    ``POST /api/ai-mentor/orgs/{org}/trigger/`` (operation ``ai_mentor_orgs_trigger_create``)

    Args:
        org (str):
        body (TriggerRequest):

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
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    body: TriggerRequest,
) -> TriggerResponse:
    """Create or modify a trigger.

    Args:
    request: The HTTP request containing the trigger data.
    org: The organization/tenant identifier.

    Returns:
    Response: The created or updated trigger details.

    Raises:
    BadRequest: If the provided data is invalid or missing required parameters.

    ``POST /api/ai-mentor/orgs/{org}/trigger/`` (operation ``ai_mentor_orgs_trigger_create``)

    Args:
        org (str):
        body (TriggerRequest):

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
            body=body,
            client=client,
        )
    ).unwrap()
