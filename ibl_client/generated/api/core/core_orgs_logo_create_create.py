from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.image_upload import ImageUpload

OPERATION_ID = "core_orgs_logo_create_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ImageUpload,
}


def _get_kwargs(
    org: str,
    *,
    body: ImageUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/orgs/{org}/logo/create/".format(
            org=quote(str(org), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ImageUpload | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ImageUpload.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: ImageUpload,
) -> Response[ImageUpload]:
    """Upload a new platform logo

    ``POST /api/core/orgs/{org}/logo/create/`` (operation ``core_orgs_logo_create_create``)

    Args:
        org (str):
        body (ImageUpload):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ImageUpload]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    body: ImageUpload,
) -> ImageUpload:
    """Upload a new platform logo

    ``POST /api/core/orgs/{org}/logo/create/`` (operation ``core_orgs_logo_create_create``)

    Args:
        org (str):
        body (ImageUpload):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ImageUpload
    """

    return sync_detailed(
        org,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    body: ImageUpload,
) -> Response[ImageUpload]:
    """Upload a new platform logo

    ``POST /api/core/orgs/{org}/logo/create/`` (operation ``core_orgs_logo_create_create``)

    Args:
        org (str):
        body (ImageUpload):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ImageUpload]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    body: ImageUpload,
) -> ImageUpload:
    """Upload a new platform logo

    ``POST /api/core/orgs/{org}/logo/create/`` (operation ``core_orgs_logo_create_create``)

    Args:
        org (str):
        body (ImageUpload):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ImageUpload
    """

    return (
        await asyncio_detailed(
            org,
            body=body,
            client=client,
        )
    ).unwrap()
