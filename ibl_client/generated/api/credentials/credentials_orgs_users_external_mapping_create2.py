from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.external_credential_mapping import ExternalCredentialMapping
from ...models.external_credential_mapping_request import ExternalCredentialMappingRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "credentials_orgs_users_external_mapping_create2"


def _get_kwargs(
    platform_key: str,
    username: str,
    *,
    body: ExternalCredentialMappingRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/credentials/orgs/{platform_key}/users/{username}/external-mapping/".format(
            platform_key=quote(str(platform_key), safe=""),
            username=quote(str(username), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, ExternalCredentialMappingRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ExternalCredentialMapping | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", ExternalCredentialMapping, response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    username: str,
    *,
    client: Client,
    body: ExternalCredentialMappingRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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

    ``POST /api/credentials/orgs/{platform_key}/users/{username}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_create2``)

    Args:
        platform_key (str):
        username (str):
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
            username,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    platform_key: str,
    username: str,
    *,
    client: Client,
    body: ExternalCredentialMappingRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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

    ``POST /api/credentials/orgs/{platform_key}/users/{username}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_create2``)

    Args:
        platform_key (str):
        username (str):
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
        username,
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    username: str,
    *,
    client: AsyncClient,
    body: ExternalCredentialMappingRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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

    ``POST /api/credentials/orgs/{platform_key}/users/{username}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_create2``)

    Args:
        platform_key (str):
        username (str):
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
            username,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    platform_key: str,
    username: str,
    *,
    client: AsyncClient,
    body: ExternalCredentialMappingRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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

    ``POST /api/credentials/orgs/{platform_key}/users/{username}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_create2``)

    Args:
        platform_key (str):
        username (str):
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
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
