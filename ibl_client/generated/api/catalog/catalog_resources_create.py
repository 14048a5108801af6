from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.resource import Resource
from ...models.resource_create_update import ResourceCreateUpdate
from ...types import UNSET, Unset

OPERATION_ID = "catalog_resources_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Resource,
}


def _get_kwargs(
    *,
    body: ResourceCreateUpdate,
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
    headers: dict[str, Any] = {}

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
        "method": "post",
        "url": "/api/catalog/resources/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Resource | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Resource.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: ResourceCreateUpdate,
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
) -> Response[Resource]:
    """Create or update a resource with optional image upload

    Create or update a resource. For updates, include the resource ID.

    ``POST /api/catalog/resources/`` (operation ``catalog_resources_create``)

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
        body (ResourceCreateUpdate):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Resource]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
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
    body: ResourceCreateUpdate,
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
) -> Resource:
    """Create or update a resource with optional image upload

    Create or update a resource. For updates, include the resource ID.

    ``POST /api/catalog/resources/`` (operation ``catalog_resources_create``)

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
        body (ResourceCreateUpdate):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Resource
    """

    return sync_detailed(
        body=body,
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
    body: ResourceCreateUpdate,
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
) -> Response[Resource]:
    """Create or update a resource with optional image upload

    Create or update a resource. For updates, include the resource ID.

    ``POST /api/catalog/resources/`` (operation ``catalog_resources_create``)

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
        body (ResourceCreateUpdate):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Resource]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
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
    body: ResourceCreateUpdate,
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
) -> Resource:
    """Create or update a resource with optional image upload

    Create or update a resource. For updates, include the resource ID.

    ``POST /api/catalog/resources/`` (operation ``catalog_resources_create``)

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
        body (ResourceCreateUpdate):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Resource
    """

    return (
        await asyncio_detailed(
            body=body,
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
