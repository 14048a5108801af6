from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.pathway_enrollment_plus import PathwayEnrollmentPlus

OPERATION_ID = "catalog_enrollment_pathways_search_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PathwayEnrollmentPlus,
}


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/enrollment/pathways/search/",
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PathwayEnrollmentPlus | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PathwayEnrollmentPlus.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
) -> Response[PathwayEnrollmentPlus]:
    """Search pathway enrollments based on user or pathway identifiers. Returns paginated enrollment
    results.

    ``GET /api/catalog/enrollment/pathways/search/`` (operation ``catalog_enrollment_pathways_search_retrieve``)

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PathwayEnrollmentPlus]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(),
        _parse_response,
    )


def sync(
    *,
    client: Client,
) -> PathwayEnrollmentPlus:
    """Search pathway enrollments based on user or pathway identifiers. Returns paginated enrollment
    results.

    ``GET /api/catalog/enrollment/pathways/search/`` (operation ``catalog_enrollment_pathways_search_retrieve``)

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PathwayEnrollmentPlus
    """

    return sync_detailed(
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
) -> Response[PathwayEnrollmentPlus]:
    """Search pathway enrollments based on user or pathway identifiers. Returns paginated enrollment
    results.

    ``GET /api/catalog/enrollment/pathways/search/`` (operation ``catalog_enrollment_pathways_search_retrieve``)

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PathwayEnrollmentPlus]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
) -> PathwayEnrollmentPlus:
    """Search pathway enrollments based on user or pathway identifiers. Returns paginated enrollment
    results.

    ``GET /api/catalog/enrollment/pathways/search/`` (operation ``catalog_enrollment_pathways_search_retrieve``)

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PathwayEnrollmentPlus
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).unwrap()
