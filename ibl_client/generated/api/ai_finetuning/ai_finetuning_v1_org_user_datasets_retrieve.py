from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.data_set import DataSet

OPERATION_ID = "ai_finetuning_v1_org_user_datasets_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: DataSet,
}


def _get_kwargs(
    org: str,
    username: str,
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-finetuning/v1/org/{org}/user/{username}/datasets/{id}/".format(
            org=quote(str(org), safe=""),
            username=quote(str(username), safe=""),
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> DataSet | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = DataSet.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    username: str,
    id: UUID,
    *,
    client: Client,
) -> Response[DataSet]:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/{id}/`` (operation ``ai_finetuning_v1_org_user_datasets_retrieve``)

    Args:
        org (str):
        username (str):
        id (UUID):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[DataSet]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    username: str,
    id: UUID,
    *,
    client: Client,
) -> DataSet:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/{id}/`` (operation ``ai_finetuning_v1_org_user_datasets_retrieve``)

    Args:
        org (str):
        username (str):
        id (UUID):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        DataSet
    """

    return sync_detailed(
        org,
        username,
        id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    username: str,
    id: UUID,
    *,
    client: AsyncClient,
) -> Response[DataSet]:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/{id}/`` (operation ``ai_finetuning_v1_org_user_datasets_retrieve``)

    Args:
        org (str):
        username (str):
        id (UUID):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[DataSet]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    username: str,
    id: UUID,
    *,
    client: AsyncClient,
) -> DataSet:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/{id}/`` (operation ``ai_finetuning_v1_org_user_datasets_retrieve``)

    Args:
        org (str):
        username (str):
        id (UUID):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        DataSet
    """

    return (
        await asyncio_detailed(
            org,
            username,
            id,
            client=client,
        )
    ).unwrap()
