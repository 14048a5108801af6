from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.pathway_completion_response import PathwayCompletionResponse
from ...types import UNSET, Unset

OPERATION_ID = "catalog_milestones_completions_pathway_query_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PathwayCompletionResponse,
}


def _get_kwargs(
    *,
    pathway_uuid: str,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pathway_uuid"] = pathway_uuid

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/milestones/completions/pathway/query/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PathwayCompletionResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PathwayCompletionResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    pathway_uuid: str,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PathwayCompletionResponse]:
    """Retrieve pathway completion information

    ``GET /api/catalog/milestones/completions/pathway/query/`` (operation ``catalog_milestones_completions_pathway_query_retrieve``)

    Args:
        pathway_uuid (str):
        user_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PathwayCompletionResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            pathway_uuid=pathway_uuid,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    pathway_uuid: str,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PathwayCompletionResponse:
    """Retrieve pathway completion information

    ``GET /api/catalog/milestones/completions/pathway/query/`` (operation ``catalog_milestones_completions_pathway_query_retrieve``)

    Args:
        pathway_uuid (str):
        user_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PathwayCompletionResponse
    """

    return sync_detailed(
        pathway_uuid=pathway_uuid,
        user_id=user_id,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    pathway_uuid: str,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PathwayCompletionResponse]:
    """Retrieve pathway completion information

    ``GET /api/catalog/milestones/completions/pathway/query/`` (operation ``catalog_milestones_completions_pathway_query_retrieve``)

    Args:
        pathway_uuid (str):
        user_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PathwayCompletionResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            pathway_uuid=pathway_uuid,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    pathway_uuid: str,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PathwayCompletionResponse:
    """Retrieve pathway completion information

    ``GET /api/catalog/milestones/completions/pathway/query/`` (operation ``catalog_milestones_completions_pathway_query_retrieve``)

    Args:
        pathway_uuid (str):
        user_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PathwayCompletionResponse
    """

    return (
        await asyncio_detailed(
            pathway_uuid=pathway_uuid,
            user_id=user_id,
            username=username,
            client=client,
        )
    ).unwrap()
