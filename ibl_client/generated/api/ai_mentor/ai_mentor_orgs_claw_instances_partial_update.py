from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.claw_instance import ClawInstance
from ...models.patched_claw_instance_request import PatchedClawInstanceRequest
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_claw_instances_partial_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ClawInstance,
}


def _get_kwargs(
    org: str,
    id: int,
    *,
    body: PatchedClawInstanceRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/ai-mentor/orgs/{org}/claw/instances/{id}/".format(
            org=quote(str(org), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ClawInstance | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ClawInstance.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    id: int,
    *,
    client: Client,
    body: PatchedClawInstanceRequest | Unset = UNSET,
) -> Response[ClawInstance]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``PATCH /api/ai-mentor/orgs/{org}/claw/instances/{id}/`` (operation ``ai_mentor_orgs_claw_instances_partial_update``)

    Args:
        org (str):
        id (int):
        body (PatchedClawInstanceRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ClawInstance]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    id: int,
    *,
    client: Client,
    body: PatchedClawInstanceRequest | Unset = UNSET,
) -> ClawInstance:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``PATCH /api/ai-mentor/orgs/{org}/claw/instances/{id}/`` (operation ``ai_mentor_orgs_claw_instances_partial_update``)

    Args:
        org (str):
        id (int):
        body (PatchedClawInstanceRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ClawInstance
    """

    return sync_detailed(
        org,
        id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    id: int,
    *,
    client: AsyncClient,
    body: PatchedClawInstanceRequest | Unset = UNSET,
) -> Response[ClawInstance]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``PATCH /api/ai-mentor/orgs/{org}/claw/instances/{id}/`` (operation ``ai_mentor_orgs_claw_instances_partial_update``)

    Args:
        org (str):
        id (int):
        body (PatchedClawInstanceRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ClawInstance]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    id: int,
    *,
    client: AsyncClient,
    body: PatchedClawInstanceRequest | Unset = UNSET,
) -> ClawInstance:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``PATCH /api/ai-mentor/orgs/{org}/claw/instances/{id}/`` (operation ``ai_mentor_orgs_claw_instances_partial_update``)

    Args:
        org (str):
        id (int):
        body (PatchedClawInstanceRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ClawInstance
    """

    return (
        await asyncio_detailed(
            org,
            id,
            body=body,
            client=client,
        )
    ).unwrap()
