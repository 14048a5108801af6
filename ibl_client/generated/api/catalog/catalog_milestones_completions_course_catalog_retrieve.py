from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.catalog_milestones_completions_course_catalog_retrieve_response_200 import (
    CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200,
)
from ...types import UNSET, Unset

OPERATION_ID = "catalog_milestones_completions_course_catalog_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200,
}


def _get_kwargs(
    *,
    field_key: str | Unset = UNSET,
    user_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["field_key"] = field_key

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/milestones/completions/course/catalog/",
        "params": params,
    }
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200 | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200.from_dict(
            response.json()
        )

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    field_key: str | Unset = UNSET,
    user_id: int,
) -> Response[CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200]:
    """Retrieve catalog-compatible completion info for user

    ``GET /api/catalog/milestones/completions/course/catalog/`` (operation ``catalog_milestones_completions_course_catalog_retrieve``)

    Args:
        field_key (str | Unset):
        user_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            field_key=field_key,
            user_id=user_id,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    field_key: str | Unset = UNSET,
    user_id: int,
) -> CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200:
    """Retrieve catalog-compatible completion info for user

    ``GET /api/catalog/milestones/completions/course/catalog/`` (operation ``catalog_milestones_completions_course_catalog_retrieve``)

    Args:
        field_key (str | Unset):
        user_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200
    """

    return sync_detailed(
        field_key=field_key,
        user_id=user_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    field_key: str | Unset = UNSET,
    user_id: int,
) -> Response[CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200]:
    """Retrieve catalog-compatible completion info for user

    ``GET /api/catalog/milestones/completions/course/catalog/`` (operation ``catalog_milestones_completions_course_catalog_retrieve``)

    Args:
        field_key (str | Unset):
        user_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            field_key=field_key,
            user_id=user_id,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    field_key: str | Unset = UNSET,
    user_id: int,
) -> CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200:
    """Retrieve catalog-compatible completion info for user

    ``GET /api/catalog/milestones/completions/course/catalog/`` (operation ``catalog_milestones_completions_course_catalog_retrieve``)

    Args:
        field_key (str | Unset):
        user_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200
    """

    return (
        await asyncio_detailed(
            field_key=field_key,
            user_id=user_id,
            client=client,
        )
    ).unwrap()
