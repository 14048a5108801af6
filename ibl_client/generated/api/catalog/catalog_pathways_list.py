from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.pathway import Pathway
from ...types import UNSET, Unset

OPERATION_ID = "catalog_pathways_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[Pathway],
}


def _get_kwargs(
    *,
    item_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    pathway_uuid: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
    visible: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["item_id"] = item_id

    params["name"] = name

    params["pathway_id"] = pathway_id

    params["pathway_uuid"] = pathway_uuid

    params["platform_key"] = platform_key

    params["slug"] = slug

    params["user_id"] = user_id

    params["username"] = username

    params["visible"] = visible

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/pathways/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[Pathway] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Pathway.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    item_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    pathway_uuid: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
    visible: bool | Unset = UNSET,
) -> Response[list[Pathway]]:
    """Retrieve pathways matching query. Limited parameters.

    ``GET /api/catalog/pathways/`` (operation ``catalog_pathways_list``)

    Args:
        item_id (str | Unset):
        name (str | Unset):
        pathway_id (str | Unset):
        pathway_uuid (str | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        user_id (int | Unset):
        username (str | Unset):
        visible (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[Pathway]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            item_id=item_id,
            name=name,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            visible=visible,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    item_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    pathway_uuid: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
    visible: bool | Unset = UNSET,
) -> list[Pathway]:
    """Retrieve pathways matching query. Limited parameters.

    ``GET /api/catalog/pathways/`` (operation ``catalog_pathways_list``)

    Args:
        item_id (str | Unset):
        name (str | Unset):
        pathway_id (str | Unset):
        pathway_uuid (str | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        user_id (int | Unset):
        username (str | Unset):
        visible (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[Pathway]
    """

    return sync_detailed(
        item_id=item_id,
        name=name,
        pathway_id=pathway_id,
        pathway_uuid=pathway_uuid,
        platform_key=platform_key,
        slug=slug,
        user_id=user_id,
        username=username,
        visible=visible,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    item_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    pathway_uuid: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
    visible: bool | Unset = UNSET,
) -> Response[list[Pathway]]:
    """Retrieve pathways matching query. Limited parameters.

    ``GET /api/catalog/pathways/`` (operation ``catalog_pathways_list``)

    Args:
        item_id (str | Unset):
        name (str | Unset):
        pathway_id (str | Unset):
        pathway_uuid (str | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        user_id (int | Unset):
        username (str | Unset):
        visible (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[Pathway]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            item_id=item_id,
            name=name,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            visible=visible,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    item_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    pathway_uuid: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
    visible: bool | Unset = UNSET,
) -> list[Pathway]:
    """Retrieve pathways matching query. Limited parameters.

    ``GET /api/catalog/pathways/`` (operation ``catalog_pathways_list``)

    Args:
        item_id (str | Unset):
        name (str | Unset):
        pathway_id (str | Unset):
        pathway_uuid (str | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        user_id (int | Unset):
        username (str | Unset):
        visible (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[Pathway]
    """

    return (
        await asyncio_detailed(
            item_id=item_id,
            name=name,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            visible=visible,
            client=client,
        )
    ).unwrap()
