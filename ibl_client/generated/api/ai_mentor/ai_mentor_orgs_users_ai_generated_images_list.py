from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_ai_generated_image_list import PaginatedAIGeneratedImageList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_ai_generated_images_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedAIGeneratedImageList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    model: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model"] = model

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["provider"] = provider

    params["search"] = search

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/ai-generated-images/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedAIGeneratedImageList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedAIGeneratedImageList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    model: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PaginatedAIGeneratedImageList]:
    """Endpoint to view and delete AI generated images for a user.

    AI Generated images are images generated during chat with AI. They are cached to allow retrieval
    and deletion.

    optional filtering parameters allowed are - username: The username of the user for which this
    image was stored. - provider: The provider used to generate the image. eg. openai, nvidia (nim),
    replicate. - model: the text to image model on the provider used to generate the image.

    This endpoint is accessible to both students and platform admins.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/ai-generated-images/`` (operation ``ai_mentor_orgs_users_ai_generated_images_list``)

    Args:
        org (str):
        user_id (str):
        model (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        provider (str | Unset):
        search (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedAIGeneratedImageList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            model=model,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
            username=username,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    model: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PaginatedAIGeneratedImageList:
    """Endpoint to view and delete AI generated images for a user.

    AI Generated images are images generated during chat with AI. They are cached to allow retrieval
    and deletion.

    optional filtering parameters allowed are - username: The username of the user for which this
    image was stored. - provider: The provider used to generate the image. eg. openai, nvidia (nim),
    replicate. - model: the text to image model on the provider used to generate the image.

    This endpoint is accessible to both students and platform admins.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/ai-generated-images/`` (operation ``ai_mentor_orgs_users_ai_generated_images_list``)

    Args:
        org (str):
        user_id (str):
        model (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        provider (str | Unset):
        search (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedAIGeneratedImageList
    """

    return sync_detailed(
        org,
        user_id,
        model=model,
        ordering=ordering,
        page=page,
        page_size=page_size,
        provider=provider,
        search=search,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    model: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PaginatedAIGeneratedImageList]:
    """Endpoint to view and delete AI generated images for a user.

    AI Generated images are images generated during chat with AI. They are cached to allow retrieval
    and deletion.

    optional filtering parameters allowed are - username: The username of the user for which this
    image was stored. - provider: The provider used to generate the image. eg. openai, nvidia (nim),
    replicate. - model: the text to image model on the provider used to generate the image.

    This endpoint is accessible to both students and platform admins.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/ai-generated-images/`` (operation ``ai_mentor_orgs_users_ai_generated_images_list``)

    Args:
        org (str):
        user_id (str):
        model (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        provider (str | Unset):
        search (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedAIGeneratedImageList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            model=model,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    model: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PaginatedAIGeneratedImageList:
    """Endpoint to view and delete AI generated images for a user.

    AI Generated images are images generated during chat with AI. They are cached to allow retrieval
    and deletion.

    optional filtering parameters allowed are - username: The username of the user for which this
    image was stored. - provider: The provider used to generate the image. eg. openai, nvidia (nim),
    replicate. - model: the text to image model on the provider used to generate the image.

    This endpoint is accessible to both students and platform admins.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/ai-generated-images/`` (operation ``ai_mentor_orgs_users_ai_generated_images_list``)

    Args:
        org (str):
        user_id (str):
        model (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        provider (str | Unset):
        search (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedAIGeneratedImageList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            model=model,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
            username=username,
            client=client,
        )
    ).unwrap()
