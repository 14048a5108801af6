from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_license_detail import UserLicenseDetail
from ...models.user_license_update import UserLicenseUpdate
from ...types import UNSET, Unset

OPERATION_ID = "catalog_licenses_user_update_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserLicenseDetail,
}


def _get_kwargs(
    *,
    body: UserLicenseUpdate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/licenses/user/update/",
    }

    if not isinstance(body, Unset):
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
    body: UserLicenseUpdate | Unset = UNSET,
) -> Response[UserLicenseDetail]:
    """API View for updating existing user licenses.

    This endpoint allows administrators to update the properties of an existing user license.

    Methods:
    POST: Update an existing user license

    Request Body:
    A JSON object containing:
    - license_id (int, optional): The ID of the license to update (required if external_id not
    provided)
    - external_id (str, optional): External identifier of the license to update (required if
    license_id not provided)
    - name (str, optional): Updated display name for the license
    - count (int, optional): Updated number of seats purchased
    - started (datetime, optional): Updated date when license should begin
    - expired (datetime, optional): Updated date when license should expire
    - active (bool, optional): Updated active status
    - metadata (dict, optional): Updated additional license metadata
    - enrollment_config (dict, optional): Updated enrollment configuration
    - source (str, optional): Updated source identifier
    - change_type (str, optional): Type of change being made (default: "update")

    Returns:
    POST: A JSON response containing the updated license:
    {
    "id": 123,
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "expired": "2024-06-15T14:30:00Z",
    "name": "Updated User License 2023",
    "count": 150,
    "active": true,
    "metadata": {"updated": true},
    "source": "updated-source",
    "external_id": "ext-123",
    "platform_key": "platform1"
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to update licenses
    404 Not Found: If the specified license doesn't exist
    500 Internal Server Error: If an unexpected error occurs during license update

    Access Control:
    - Requires IsDMAdmin permission
    - Available only to DM administrators

    Notes:
    - Cannot update the platform associated with a license
    - A license history record is automatically created for each update

    ``POST /api/catalog/licenses/user/update/`` (operation ``catalog_licenses_user_update_create``)

    Args:
        body (UserLicenseUpdate | Unset): Request serializer for UserLicenseUpdateView POST
            endpoint

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
    body: UserLicenseUpdate | Unset = UNSET,
) -> UserLicenseDetail:
    """API View for updating existing user licenses.

    This endpoint allows administrators to update the properties of an existing user license.

    Methods:
    POST: Update an existing user license

    Request Body:
    A JSON object containing:
    - license_id (int, optional): The ID of the license to update (required if external_id not
    provided)
    - external_id (str, optional): External identifier of the license to update (required if
    license_id not provided)
    - name (str, optional): Updated display name for the license
    - count (int, optional): Updated number of seats purchased
    - started (datetime, optional): Updated date when license should begin
    - expired (datetime, optional): Updated date when license should expire
    - active (bool, optional): Updated active status
    - metadata (dict, optional): Updated additional license metadata
    - enrollment_config (dict, optional): Updated enrollment configuration
    - source (str, optional): Updated source identifier
    - change_type (str, optional): Type of change being made (default: "update")

    Returns:
    POST: A JSON response containing the updated license:
    {
    "id": 123,
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "expired": "2024-06-15T14:30:00Z",
    "name": "Updated User License 2023",
    "count": 150,
    "active": true,
    "metadata": {"updated": true},
    "source": "updated-source",
    "external_id": "ext-123",
    "platform_key": "platform1"
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to update licenses
    404 Not Found: If the specified license doesn't exist
    500 Internal Server Error: If an unexpected error occurs during license update

    Access Control:
    - Requires IsDMAdmin permission
    - Available only to DM administrators

    Notes:
    - Cannot update the platform associated with a license
    - A license history record is automatically created for each update

    ``POST /api/catalog/licenses/user/update/`` (operation ``catalog_licenses_user_update_create``)

    Args:
        body (UserLicenseUpdate | Unset): Request serializer for UserLicenseUpdateView POST
            endpoint

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
    body: UserLicenseUpdate | Unset = UNSET,
) -> Response[UserLicenseDetail]:
    """API View for updating existing user licenses.

    This endpoint allows administrators to update the properties of an existing user license.

    Methods:
    POST: Update an existing user license

    Request Body:
    A JSON object containing:
    - license_id (int, optional): The ID of the license to update (required if external_id not
    provided)
    - external_id (str, optional): External identifier of the license to update (required if
    license_id not provided)
    - name (str, optional): Updated display name for the license
    - count (int, optional): Updated number of seats purchased
    - started (datetime, optional): Updated date when license should begin
    - expired (datetime, optional): Updated date when license should expire
    - active (bool, optional): Updated active status
    - metadata (dict, optional): Updated additional license metadata
    - enrollment_config (dict, optional): Updated enrollment configuration
    - source (str, optional): Updated source identifier
    - change_type (str, optional): Type of change being made (default: "update")

    Returns:
    POST: A JSON response containing the updated license:
    {
    "id": 123,
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "expired": "2024-06-15T14:30:00Z",
    "name": "Updated User License 2023",
    "count": 150,
    "active": true,
    "metadata": {"updated": true},
    "source": "updated-source",
    "external_id": "ext-123",
    "platform_key": "platform1"
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to update licenses
    404 Not Found: If the specified license doesn't exist
    500 Internal Server Error: If an unexpected error occurs during license update

    Access Control:
    - Requires IsDMAdmin permission
    - Available only to DM administrators

    Notes:
    - Cannot update the platform associated with a license
    - A license history record is automatically created for each update

    ``POST /api/catalog/licenses/user/update/`` (operation ``catalog_licenses_user_update_create``)

    Args:
        body (UserLicenseUpdate | Unset): Request serializer for UserLicenseUpdateView POST
            endpoint

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
    body: UserLicenseUpdate | Unset = UNSET,
) -> UserLicenseDetail:
    """API View for updating existing user licenses.

    This endpoint allows administrators to update the properties of an existing user license.

    Methods:
    POST: Update an existing user license

    Request Body:
    A JSON object containing:
    - license_id (int, optional): The ID of the license to update (required if external_id not
    provided)
    - external_id (str, optional): External identifier of the license to update (required if
    license_id not provided)
    - name (str, optional): Updated display name for the license
    - count (int, optional): Updated number of seats purchased
    - started (datetime, optional): Updated date when license should begin
    - expired (datetime, optional): Updated date when license should expire
    - active (bool, optional): Updated active status
    - metadata (dict, optional): Updated additional license metadata
    - enrollment_config (dict, optional): Updated enrollment configuration
    - source (str, optional): Updated source identifier
    - change_type (str, optional): Type of change being made (default: "update")

    Returns:
    POST: A JSON response containing the updated license:
    {
    "id": 123,
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "expired": "2024-06-15T14:30:00Z",
    "name": "Updated User License 2023",
    "count": 150,
    "active": true,
    "metadata": {"updated": true},
    "source": "updated-source",
    "external_id": "ext-123",
    "platform_key": "platform1"
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to update licenses
    404 Not Found: If the specified license doesn't exist
    500 Internal Server Error: If an unexpected error occurs during license update

    Access Control:
    - Requires IsDMAdmin permission
    - Available only to DM administrators

    Notes:
    - Cannot update the platform associated with a license
    - A license history record is automatically created for each update

    ``POST /api/catalog/licenses/user/update/`` (operation ``catalog_licenses_user_update_create``)

    Args:
        body (UserLicenseUpdate | Unset): Request serializer for UserLicenseUpdateView POST
            endpoint

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
