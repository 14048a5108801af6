from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.scim_user_create_request import SCIMUserCreateRequest
from ...models.scim_user_response import SCIMUserResponse
from ...types import UNSET, Unset

OPERATION_ID = "update_user2"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: SCIMUserResponse,
}


def _get_kwargs(
    platform_key: str,
    id: str,
    *,
    body: SCIMUserCreateRequest,
    format_: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/orgs/{platform_key}/scim/v2/Users/{id}/".format(
            platform_key=quote(str(platform_key), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SCIMUserResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = SCIMUserResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    id: str,
    *,
    client: Client,
    body: SCIMUserCreateRequest,
    format_: str | Unset = UNSET,
) -> Response[SCIMUserResponse]:
    """Update a user

    Update a user for the specified platform

    ``PUT /api/orgs/{platform_key}/scim/v2/Users/{id}/`` (operation ``update_user2``)

    Args:
        platform_key (str):
        id (str):
        format_ (str | Unset):
        body (SCIMUserCreateRequest): SCIM user creation request serializer

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SCIMUserResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            id,
            body=body,
            format_=format_,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    id: str,
    *,
    client: Client,
    body: SCIMUserCreateRequest,
    format_: str | Unset = UNSET,
) -> SCIMUserResponse:
    """Update a user

    Update a user for the specified platform

    ``PUT /api/orgs/{platform_key}/scim/v2/Users/{id}/`` (operation ``update_user2``)

    Args:
        platform_key (str):
        id (str):
        format_ (str | Unset):
        body (SCIMUserCreateRequest): SCIM user creation request serializer

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SCIMUserResponse
    """

    return sync_detailed(
        platform_key,
        id,
        body=body,
        format_=format_,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    id: str,
    *,
    client: AsyncClient,
    body: SCIMUserCreateRequest,
    format_: str | Unset = UNSET,
) -> Response[SCIMUserResponse]:
    """Update a user

    Update a user for the specified platform

    ``PUT /api/orgs/{platform_key}/scim/v2/Users/{id}/`` (operation ``update_user2``)

    Args:
        platform_key (str):
        id (str):
        format_ (str | Unset):
        body (SCIMUserCreateRequest): SCIM user creation request serializer

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SCIMUserResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            id,
            body=body,
            format_=format_,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    id: str,
    *,
    client: AsyncClient,
    body: SCIMUserCreateRequest,
    format_: str | Unset = UNSET,
) -> SCIMUserResponse:
    """Update a user

    Update a user for the specified platform

    ``PUT /api/orgs/{platform_key}/scim/v2/Users/{id}/`` (operation ``update_user2``)

    Args:
        platform_key (str):
        id (str):
        format_ (str | Unset):
        body (SCIMUserCreateRequest): SCIM user creation request serializer

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SCIMUserResponse
    """

    return (
        await asyncio_detailed(
            platform_key,
            id,
            body=body,
            format_=format_,
            client=client,
        )
    ).unwrap()
