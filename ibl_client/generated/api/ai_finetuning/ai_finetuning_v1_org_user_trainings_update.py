from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.training_create import TrainingCreate
from ...models.training_create_request import TrainingCreateRequest

OPERATION_ID = "ai_finetuning_v1_org_user_trainings_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: TrainingCreate,
}


def _get_kwargs(
    org: str,
    username: str,
    id: UUID,
    *,
    body: TrainingCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/ai-finetuning/v1/org/{org}/user/{username}/trainings/{id}/".format(
            org=quote(str(org), safe=""),
            username=quote(str(username), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TrainingCreate | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = TrainingCreate.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    username: str,
    id: UUID,
    *,
    client: Client,
    body: TrainingCreateRequest,
) -> Response[TrainingCreate]:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``PUT /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/{id}/`` (operation ``ai_finetuning_v1_org_user_trainings_update``)

    Args:
        org (str):
        username (str):
        id (UUID):
        body (TrainingCreateRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TrainingCreate]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    username: str,
    id: UUID,
    *,
    client: Client,
    body: TrainingCreateRequest,
) -> TrainingCreate:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``PUT /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/{id}/`` (operation ``ai_finetuning_v1_org_user_trainings_update``)

    Args:
        org (str):
        username (str):
        id (UUID):
        body (TrainingCreateRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TrainingCreate
    """

    return sync_detailed(
        org,
        username,
        id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    username: str,
    id: UUID,
    *,
    client: AsyncClient,
    body: TrainingCreateRequest,
) -> Response[TrainingCreate]:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``PUT /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/{id}/`` (operation ``ai_finetuning_v1_org_user_trainings_update``)

    Args:
        org (str):
        username (str):
        id (UUID):
        body (TrainingCreateRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TrainingCreate]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    username: str,
    id: UUID,
    *,
    client: AsyncClient,
    body: TrainingCreateRequest,
) -> TrainingCreate:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``PUT /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/{id}/`` (operation ``ai_finetuning_v1_org_user_trainings_update``)

    Args:
        org (str):
        username (str):
        id (UUID):
        body (TrainingCreateRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TrainingCreate
    """

    return (
        await asyncio_detailed(
            org,
            username,
            id,
            body=body,
            client=client,
        )
    ).unwrap()
