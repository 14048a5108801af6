from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.data_set_create import DataSetCreate
from ...models.data_set_create_request import DataSetCreateRequest

OPERATION_ID = "ai_finetuning_v1_org_user_datasets_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: DataSetCreate,
}


def _get_kwargs(
    org: str,
    username: str,
    *,
    body: DataSetCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-finetuning/v1/org/{org}/user/{username}/datasets/".format(
            org=quote(str(org), safe=""),
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DataSetCreate | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = DataSetCreate.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    org: str,
    username: str,
    *,
    client: Client,
    body: DataSetCreateRequest,
) -> Response[DataSetCreate]:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``POST /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/`` (operation ``ai_finetuning_v1_org_user_datasets_create``)

    Args:
        org (str):
        username (str):
        body (DataSetCreateRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[DataSetCreate]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    username: str,
    *,
    client: Client,
    body: DataSetCreateRequest,
) -> DataSetCreate:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``POST /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/`` (operation ``ai_finetuning_v1_org_user_datasets_create``)

    Args:
        org (str):
        username (str):
        body (DataSetCreateRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        DataSetCreate
    """

    return sync_detailed(
        org,
        username,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    username: str,
    *,
    client: AsyncClient,
    body: DataSetCreateRequest,
) -> Response[DataSetCreate]:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``POST /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/`` (operation ``ai_finetuning_v1_org_user_datasets_create``)

    Args:
        org (str):
        username (str):
        body (DataSetCreateRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[DataSetCreate]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    username: str,
    *,
    client: AsyncClient,
    body: DataSetCreateRequest,
) -> DataSetCreate:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``POST /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/`` (operation ``ai_finetuning_v1_org_user_datasets_create``)

    Args:
        org (str):
        username (str):
        body (DataSetCreateRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        DataSetCreate
    """

    return (
        await asyncio_detailed(
            org,
            username,
            body=body,
            client=client,
        )
    ).unwrap()
