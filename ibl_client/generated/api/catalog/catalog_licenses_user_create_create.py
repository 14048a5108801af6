from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_license_create import UserLicenseCreate
from ...models.user_license_detail import UserLicenseDetail

OPERATION_ID = "catalog_licenses_user_create_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserLicenseDetail,
}


def _get_kwargs(
    *,
    body: UserLicenseCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/licenses/user/create/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserLicenseDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserLicenseDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: UserLicenseCreate,
) -> Response[UserLicenseDetail]:
    """Create a new user license

    ``POST /api/catalog/licenses/user/create/`` (operation ``catalog_licenses_user_create_create``)

    Args:
        body (UserLicenseCreate): Request serializer for UserLicenseCreateView POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserLicenseDetail]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: UserLicenseCreate,
) -> UserLicenseDetail:
    """Create a new user license

    ``POST /api/catalog/licenses/user/create/`` (operation ``catalog_licenses_user_create_create``)

    Args:
        body (UserLicenseCreate): Request serializer for UserLicenseCreateView POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserLicenseDetail
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: UserLicenseCreate,
) -> Response[UserLicenseDetail]:
    """Create a new user license

    ``POST /api/catalog/licenses/user/create/`` (operation ``catalog_licenses_user_create_create``)

    Args:
        body (UserLicenseCreate): Request serializer for UserLicenseCreateView POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserLicenseDetail]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: UserLicenseCreate,
) -> UserLicenseDetail:
    """Create a new user license

    ``POST /api/catalog/licenses/user/create/`` (operation ``catalog_licenses_user_create_create``)

    Args:
        body (UserLicenseCreate): Request serializer for UserLicenseCreateView POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserLicenseDetail
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
