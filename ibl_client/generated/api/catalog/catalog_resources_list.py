from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.resource import Resource
from ...types import UNSET, Unset

OPERATION_ID = "catalog_resources_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[Resource],
}


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    item_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["item_id"] = item_id

    params["key"] = key

    params["name"] = name

    params["org"] = org

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["resource_type"] = resource_type

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/resources/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[Resource] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Resource.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    id: int | Unset = UNSET,
    item_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[list[Resource]]:
    """Retrieve resources matching query. Limited parameters.

    ``GET /api/catalog/resources/`` (operation ``catalog_resources_list``)

    Args:
        id (int | Unset):
        item_id (str | Unset):
        key (str | Unset):
        name (str | Unset):
        org (str | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        resource_type (str | Unset):
        user_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[Resource]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            id=id,
            item_id=item_id,
            key=key,
            name=name,
            org=org,
            platform_key=platform_key,
            platform_org=platform_org,
            resource_type=resource_type,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    id: int | Unset = UNSET,
    item_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> list[Resource]:
    """Retrieve resources matching query. Limited parameters.

    ``GET /api/catalog/resources/`` (operation ``catalog_resources_list``)

    Args:
        id (int | Unset):
        item_id (str | Unset):
        key (str | Unset):
        name (str | Unset):
        org (str | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        resource_type (str | Unset):
        user_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[Resource]
    """

    return sync_detailed(
        id=id,
        item_id=item_id,
        key=key,
        name=name,
        org=org,
        platform_key=platform_key,
        platform_org=platform_org,
        resource_type=resource_type,
        user_id=user_id,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    id: int | Unset = UNSET,
    item_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[list[Resource]]:
    """Retrieve resources matching query. Limited parameters.

    ``GET /api/catalog/resources/`` (operation ``catalog_resources_list``)

    Args:
        id (int | Unset):
        item_id (str | Unset):
        key (str | Unset):
        name (str | Unset):
        org (str | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        resource_type (str | Unset):
        user_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[Resource]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            id=id,
            item_id=item_id,
            key=key,
            name=name,
            org=org,
            platform_key=platform_key,
            platform_org=platform_org,
            resource_type=resource_type,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    id: int | Unset = UNSET,
    item_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> list[Resource]:
    """Retrieve resources matching query. Limited parameters.

    ``GET /api/catalog/resources/`` (operation ``catalog_resources_list``)

    Args:
        id (int | Unset):
        item_id (str | Unset):
        key (str | Unset):
        name (str | Unset):
        org (str | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        resource_type (str | Unset):
        user_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[Resource]
    """

    return (
        await asyncio_detailed(
            id=id,
            item_id=item_id,
            key=key,
            name=name,
            org=org,
            platform_key=platform_key,
            platform_org=platform_org,
            resource_type=resource_type,
            user_id=user_id,
            username=username,
            client=client,
        )
    ).unwrap()
