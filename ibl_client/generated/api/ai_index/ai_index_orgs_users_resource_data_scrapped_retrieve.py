from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.resource_scrapped_data import ResourceScrappedData

OPERATION_ID = "ai_index_orgs_users_resource_data_scrapped_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ResourceScrappedData,
}


def _get_kwargs(
    org: str,
    user_id: str,
    resource_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-index/orgs/{org}/users/{user_id}/resource/{resource_id}/data/scrapped/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            resource_id=quote(str(resource_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ResourceScrappedData | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ResourceScrappedData.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    resource_id: str,
    *,
    client: Client,
) -> Response[ResourceScrappedData]:
    """Retrieve detailed information about a specific scraped resource.

    This endpoint returns the complete scraped data for a specific resource identified by its ID.

    Args:
    request: The HTTP request.
    org: Organization key identifier.
    user_id: The username of the user associated with the resource.
    resource_id: The ID of the resource to retrieve.

    Returns:
    Response: The complete scraped data for the specified resource.

    Raises:
    NotFound: If the specified resource data does not exist.

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/resource/{resource_id}/data/scrapped/`` (operation ``ai_index_orgs_users_resource_data_scrapped_retrieve``)

    Args:
        org (str):
        user_id (str):
        resource_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ResourceScrappedData]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            resource_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    resource_id: str,
    *,
    client: Client,
) -> ResourceScrappedData:
    """Retrieve detailed information about a specific scraped resource.

    This endpoint returns the complete scraped data for a specific resource identified by its ID.

    Args:
    request: The HTTP request.
    org: Organization key identifier.
    user_id: The username of the user associated with the resource.
    resource_id: The ID of the resource to retrieve.

    Returns:
    Response: The complete scraped data for the specified resource.

    Raises:
    NotFound: If the specified resource data does not exist.

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/resource/{resource_id}/data/scrapped/`` (operation ``ai_index_orgs_users_resource_data_scrapped_retrieve``)

    Args:
        org (str):
        user_id (str):
        resource_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ResourceScrappedData
    """

    return sync_detailed(
        org,
        user_id,
        resource_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    resource_id: str,
    *,
    client: AsyncClient,
) -> Response[ResourceScrappedData]:
    """Retrieve detailed information about a specific scraped resource.

    This endpoint returns the complete scraped data for a specific resource identified by its ID.

    Args:
    request: The HTTP request.
    org: Organization key identifier.
    user_id: The username of the user associated with the resource.
    resource_id: The ID of the resource to retrieve.

    Returns:
    Response: The complete scraped data for the specified resource.

    Raises:
    NotFound: If the specified resource data does not exist.

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/resource/{resource_id}/data/scrapped/`` (operation ``ai_index_orgs_users_resource_data_scrapped_retrieve``)

    Args:
        org (str):
        user_id (str):
        resource_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ResourceScrappedData]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            resource_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    resource_id: str,
    *,
    client: AsyncClient,
) -> ResourceScrappedData:
    """Retrieve detailed information about a specific scraped resource.

    This endpoint returns the complete scraped data for a specific resource identified by its ID.

    Args:
    request: The HTTP request.
    org: Organization key identifier.
    user_id: The username of the user associated with the resource.
    resource_id: The ID of the resource to retrieve.

    Returns:
    Response: The complete scraped data for the specified resource.

    Raises:
    NotFound: If the specified resource data does not exist.

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/resource/{resource_id}/data/scrapped/`` (operation ``ai_index_orgs_users_resource_data_scrapped_retrieve``)

    Args:
        org (str):
        user_id (str):
        resource_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ResourceScrappedData
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            resource_id,
            client=client,
        )
    ).unwrap()
