from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_generated_image import AIGeneratedImage

OPERATION_ID = "ai_mentor_orgs_users_ai_generated_images_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: AIGeneratedImage,
}


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/ai-generated-images/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> AIGeneratedImage | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = AIGeneratedImage.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
) -> Response[AIGeneratedImage]:
    """Endpoint to view and delete AI generated images for a user.

    AI Generated images are images generated during chat with AI. They are cached to allow retrieval
    and deletion.

    optional filtering parameters allowed are - username: The username of the user for which this
    image was stored. - provider: The provider used to generate the image. eg. openai, nvidia (nim),
    replicate. - model: the text to image model on the provider used to generate the image.

    This endpoint is accessible to both students and platform admins.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/ai-generated-images/{id}/`` (operation ``ai_mentor_orgs_users_ai_generated_images_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AIGeneratedImage]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
) -> AIGeneratedImage:
    """Endpoint to view and delete AI generated images for a user.

    AI Generated images are images generated during chat with AI. They are cached to allow retrieval
    and deletion.

    optional filtering parameters allowed are - username: The username of the user for which this
    image was stored. - provider: The provider used to generate the image. eg. openai, nvidia (nim),
    replicate. - model: the text to image model on the provider used to generate the image.

    This endpoint is accessible to both students and platform admins.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/ai-generated-images/{id}/`` (operation ``ai_mentor_orgs_users_ai_generated_images_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AIGeneratedImage
    """

    return sync_detailed(
        org,
        user_id,
        id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
) -> Response[AIGeneratedImage]:
    """Endpoint to view and delete AI generated images for a user.

    AI Generated images are images generated during chat with AI. They are cached to allow retrieval
    and deletion.

    optional filtering parameters allowed are - username: The username of the user for which this
    image was stored. - provider: The provider used to generate the image. eg. openai, nvidia (nim),
    replicate. - model: the text to image model on the provider used to generate the image.

    This endpoint is accessible to both students and platform admins.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/ai-generated-images/{id}/`` (operation ``ai_mentor_orgs_users_ai_generated_images_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AIGeneratedImage]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
) -> AIGeneratedImage:
    """Endpoint to view and delete AI generated images for a user.

    AI Generated images are images generated during chat with AI. They are cached to allow retrieval
    and deletion.

    optional filtering parameters allowed are - username: The username of the user for which this
    image was stored. - provider: The provider used to generate the image. eg. openai, nvidia (nim),
    replicate. - model: the text to image model on the provider used to generate the image.

    This endpoint is accessible to both students and platform admins.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/ai-generated-images/{id}/`` (operation ``ai_mentor_orgs_users_ai_generated_images_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AIGeneratedImage
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            client=client,
        )
    ).unwrap()
