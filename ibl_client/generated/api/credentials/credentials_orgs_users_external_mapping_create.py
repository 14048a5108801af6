from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.external_credential_mapping import ExternalCredentialMapping
from ...models.external_credential_mapping_request import ExternalCredentialMappingRequest

OPERATION_ID = "credentials_orgs_users_external_mapping_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ExternalCredentialMapping,
}


def _get_kwargs(
    platform_key: str,
    user_id: int,
    *,
    body: ExternalCredentialMappingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/".format(
            platform_key=quote(str(platform_key), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ExternalCredentialMapping | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ExternalCredentialMapping.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    user_id: int,
    *,
    client: Client,
    body: ExternalCredentialMappingRequest,
) -> Response[ExternalCredentialMapping]:
    """Create or update an external credential mapping.

    If a mapping doesn't exist for the credential + platform + provider combination, it will be
    created. If it exists, it will be updated.

    Request Body:
    {
    "credential_id": "credential-entity-id",

    // Required
    "provider_name": "accredible",
    // Required
    "external_template_id": "123456",
    // Optional
    "metadata": {}
    // Optional
    }

    Returns:
    - 201 Created: When creating a new mapping
    - 200 OK: When updating an existing mapping

    ``POST /api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_create``)

    Args:
        platform_key (str):
        user_id (int):
        body (ExternalCredentialMappingRequest): Serializer for ExternalCredentialMapping model.

            Serializes external credential mappings including credential, platform, provider,
            external_template_id, and metadata.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ExternalCredentialMapping]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            user_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    user_id: int,
    *,
    client: Client,
    body: ExternalCredentialMappingRequest,
) -> ExternalCredentialMapping:
    """Create or update an external credential mapping.

    If a mapping doesn't exist for the credential + platform + provider combination, it will be
    created. If it exists, it will be updated.

    Request Body:
    {
    "credential_id": "credential-entity-id",

    // Required
    "provider_name": "accredible",
    // Required
    "external_template_id": "123456",
    // Optional
    "metadata": {}
    // Optional
    }

    Returns:
    - 201 Created: When creating a new mapping
    - 200 OK: When updating an existing mapping

    ``POST /api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_create``)

    Args:
        platform_key (str):
        user_id (int):
        body (ExternalCredentialMappingRequest): Serializer for ExternalCredentialMapping model.

            Serializes external credential mappings including credential, platform, provider,
            external_template_id, and metadata.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ExternalCredentialMapping
    """

    return sync_detailed(
        platform_key,
        user_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    user_id: int,
    *,
    client: AsyncClient,
    body: ExternalCredentialMappingRequest,
) -> Response[ExternalCredentialMapping]:
    """Create or update an external credential mapping.

    If a mapping doesn't exist for the credential + platform + provider combination, it will be
    created. If it exists, it will be updated.

    Request Body:
    {
    "credential_id": "credential-entity-id",

    // Required
    "provider_name": "accredible",
    // Required
    "external_template_id": "123456",
    // Optional
    "metadata": {}
    // Optional
    }

    Returns:
    - 201 Created: When creating a new mapping
    - 200 OK: When updating an existing mapping

    ``POST /api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_create``)

    Args:
        platform_key (str):
        user_id (int):
        body (ExternalCredentialMappingRequest): Serializer for ExternalCredentialMapping model.

            Serializes external credential mappings including credential, platform, provider,
            external_template_id, and metadata.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ExternalCredentialMapping]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            user_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    user_id: int,
    *,
    client: AsyncClient,
    body: ExternalCredentialMappingRequest,
) -> ExternalCredentialMapping:
    """Create or update an external credential mapping.

    If a mapping doesn't exist for the credential + platform + provider combination, it will be
    created. If it exists, it will be updated.

    Request Body:
    {
    "credential_id": "credential-entity-id",

    // Required
    "provider_name": "accredible",
    // Required
    "external_template_id": "123456",
    // Optional
    "metadata": {}
    // Optional
    }

    Returns:
    - 201 Created: When creating a new mapping
    - 200 OK: When updating an existing mapping

    ``POST /api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_create``)

    Args:
        platform_key (str):
        user_id (int):
        body (ExternalCredentialMappingRequest): Serializer for ExternalCredentialMapping model.

            Serializes external credential mappings including credential, platform, provider,
            external_template_id, and metadata.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ExternalCredentialMapping
    """

    return (
        await asyncio_detailed(
            platform_key,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
