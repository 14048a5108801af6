from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.program_license_create_detail import ProgramLicenseCreateDetail
from ...models.program_license_detail import ProgramLicenseDetail

OPERATION_ID = "catalog_licenses_program_create_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ProgramLicenseDetail,
}


def _get_kwargs(
    *,
    body: ProgramLicenseCreateDetail,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/licenses/program/create/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ProgramLicenseDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ProgramLicenseDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: ProgramLicenseCreateDetail,
) -> Response[ProgramLicenseDetail]:
    """API View for creating program licenses.

    This endpoint allows administrators to create new program licenses with various configurations.

    Methods:
    POST: Create a new program license

    Request Body:
    A JSON object containing:
    - platform_key (str, required): The platform to create a license for
    - program_id (str, required): The program ID to create a license for
    - name (str, optional): Display name for the license
    - count (int, optional): Number of seats purchased (default: 0)
    - started (datetime, optional): Date when license should begin
    - expired (datetime, optional): Date when license should expire
    - active (bool, optional): Whether the license is active (default: true)
    - metadata (dict, optional): Additional license metadata
    - enrollment_config (dict, optional): Additional enrollment configuration
    - source (str, optional): Source identifier
    - external_id (str, optional): External identifier (must be unique)

    Returns:
    POST: A JSON response containing the created license:
    {
    "id": 123,
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "expired": null,
    "name": "Program License 2023",
    "count": 100,
    "active": true,
    "metadata": {},
    "source": "source",
    "external_id": "ext-123",
    "platform_key": "platform1",
    "program_id": "program-v1:org+program+run"
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to create licenses
    500 Internal Server Error: If an unexpected error occurs during license creation

    Access Control:
    - Requires IsDMAdmin permission
    - Available only to DM administrators

    ``POST /api/catalog/licenses/program/create/`` (operation ``catalog_licenses_program_create_create``)

    Args:
        body (ProgramLicenseCreateDetail): Request serializer for ProgramLicenseCreateView POST
            endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramLicenseDetail]: status, headers, raw body and parsed model.
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
    body: ProgramLicenseCreateDetail,
) -> ProgramLicenseDetail:
    """API View for creating program licenses.

    This endpoint allows administrators to create new program licenses with various configurations.

    Methods:
    POST: Create a new program license

    Request Body:
    A JSON object containing:
    - platform_key (str, required): The platform to create a license for
    - program_id (str, required): The program ID to create a license for
    - name (str, optional): Display name for the license
    - count (int, optional): Number of seats purchased (default: 0)
    - started (datetime, optional): Date when license should begin
    - expired (datetime, optional): Date when license should expire
    - active (bool, optional): Whether the license is active (default: true)
    - metadata (dict, optional): Additional license metadata
    - enrollment_config (dict, optional): Additional enrollment configuration
    - source (str, optional): Source identifier
    - external_id (str, optional): External identifier (must be unique)

    Returns:
    POST: A JSON response containing the created license:
    {
    "id": 123,
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "expired": null,
    "name": "Program License 2023",
    "count": 100,
    "active": true,
    "metadata": {},
    "source": "source",
    "external_id": "ext-123",
    "platform_key": "platform1",
    "program_id": "program-v1:org+program+run"
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to create licenses
    500 Internal Server Error: If an unexpected error occurs during license creation

    Access Control:
    - Requires IsDMAdmin permission
    - Available only to DM administrators

    ``POST /api/catalog/licenses/program/create/`` (operation ``catalog_licenses_program_create_create``)

    Args:
        body (ProgramLicenseCreateDetail): Request serializer for ProgramLicenseCreateView POST
            endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramLicenseDetail
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: ProgramLicenseCreateDetail,
) -> Response[ProgramLicenseDetail]:
    """API View for creating program licenses.

    This endpoint allows administrators to create new program licenses with various configurations.

    Methods:
    POST: Create a new program license

    Request Body:
    A JSON object containing:
    - platform_key (str, required): The platform to create a license for
    - program_id (str, required): The program ID to create a license for
    - name (str, optional): Display name for the license
    - count (int, optional): Number of seats purchased (default: 0)
    - started (datetime, optional): Date when license should begin
    - expired (datetime, optional): Date when license should expire
    - active (bool, optional): Whether the license is active (default: true)
    - metadata (dict, optional): Additional license metadata
    - enrollment_config (dict, optional): Additional enrollment configuration
    - source (str, optional): Source identifier
    - external_id (str, optional): External identifier (must be unique)

    Returns:
    POST: A JSON response containing the created license:
    {
    "id": 123,
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "expired": null,
    "name": "Program License 2023",
    "count": 100,
    "active": true,
    "metadata": {},
    "source": "source",
    "external_id": "ext-123",
    "platform_key": "platform1",
    "program_id": "program-v1:org+program+run"
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to create licenses
    500 Internal Server Error: If an unexpected error occurs during license creation

    Access Control:
    - Requires IsDMAdmin permission
    - Available only to DM administrators

    ``POST /api/catalog/licenses/program/create/`` (operation ``catalog_licenses_program_create_create``)

    Args:
        body (ProgramLicenseCreateDetail): Request serializer for ProgramLicenseCreateView POST
            endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramLicenseDetail]: status, headers, raw body and parsed model.
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
    body: ProgramLicenseCreateDetail,
) -> ProgramLicenseDetail:
    """API View for creating program licenses.

    This endpoint allows administrators to create new program licenses with various configurations.

    Methods:
    POST: Create a new program license

    Request Body:
    A JSON object containing:
    - platform_key (str, required): The platform to create a license for
    - program_id (str, required): The program ID to create a license for
    - name (str, optional): Display name for the license
    - count (int, optional): Number of seats purchased (default: 0)
    - started (datetime, optional): Date when license should begin
    - expired (datetime, optional): Date when license should expire
    - active (bool, optional): Whether the license is active (default: true)
    - metadata (dict, optional): Additional license metadata
    - enrollment_config (dict, optional): Additional enrollment configuration
    - source (str, optional): Source identifier
    - external_id (str, optional): External identifier (must be unique)

    Returns:
    POST: A JSON response containing the created license:
    {
    "id": 123,
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "expired": null,
    "name": "Program License 2023",
    "count": 100,
    "active": true,
    "metadata": {},
    "source": "source",
    "external_id": "ext-123",
    "platform_key": "platform1",
    "program_id": "program-v1:org+program+run"
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to create licenses
    500 Internal Server Error: If an unexpected error occurs during license creation

    Access Control:
    - Requires IsDMAdmin permission
    - Available only to DM administrators

    ``POST /api/catalog/licenses/program/create/`` (operation ``catalog_licenses_program_create_create``)

    Args:
        body (ProgramLicenseCreateDetail): Request serializer for ProgramLicenseCreateView POST
            endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramLicenseDetail
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
