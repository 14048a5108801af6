from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.uploaded_image import UploadedImage

OPERATION_ID = "credentials_orgs_users_images_retrieve2"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UploadedImage,
}


def _get_kwargs(
    platform_key: str,
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/credentials/orgs/{platform_key}/users/{username}/images/".format(
            platform_key=quote(str(platform_key), safe=""),
            username=quote(str(username), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> UploadedImage | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UploadedImage.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    username: str,
    *,
    client: Client,
) -> Response[UploadedImage]:
    """``GET /api/credentials/orgs/{platform_key}/users/{username}/images/`` (operation ``credentials_orgs_users_images_retrieve2``)

    Args:
        platform_key (str):
        username (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UploadedImage]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            username,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    username: str,
    *,
    client: Client,
) -> UploadedImage:
    """``GET /api/credentials/orgs/{platform_key}/users/{username}/images/`` (operation ``credentials_orgs_users_images_retrieve2``)

    Args:
        platform_key (str):
        username (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UploadedImage
    """

    return sync_detailed(
        platform_key,
        username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    username: str,
    *,
    client: AsyncClient,
) -> Response[UploadedImage]:
    """``GET /api/credentials/orgs/{platform_key}/users/{username}/images/`` (operation ``credentials_orgs_users_images_retrieve2``)

    Args:
        platform_key (str):
        username (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UploadedImage]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            username,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    username: str,
    *,
    client: AsyncClient,
) -> UploadedImage:
    """``GET /api/credentials/orgs/{platform_key}/users/{username}/images/`` (operation ``credentials_orgs_users_images_retrieve2``)

    Args:
        platform_key (str):
        username (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UploadedImage
    """

    return (
        await asyncio_detailed(
            platform_key,
            username,
            client=client,
        )
    ).unwrap()
