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
from ...models.integration_credential import IntegrationCredential
from ...models.patched_credential_request import PatchedCredentialRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_account_orgs_integration_credential_partial_update"


def _get_kwargs(
    org: str,
    *,
    body: PatchedCredentialRequest | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/ai-account/orgs/{org}/integration-credential/".format(
            org=quote(str(org), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, PatchedCredentialRequest, body)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> IntegrationCredential | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", IntegrationCredential, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: PatchedCredentialRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[IntegrationCredential]:
    """Update an existing integration credential for an organization.

    Args:
    request: The HTTP request containing updated credential information
    org: Organization key identifier

    Returns:
    Response: Updated integration credential

    Raises:
    NotFound: When organization or credential is not found
    ValidationError: When request data is invalid

    ``PATCH /api/ai-account/orgs/{org}/integration-credential/`` (operation ``ai_account_orgs_integration_credential_partial_update``)

    Args:
        org (str):
        body (PatchedCredentialRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[IntegrationCredential]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    org: str,
    *,
    client: Client,
    body: PatchedCredentialRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> IntegrationCredential:
    """Update an existing integration credential for an organization.

    Args:
    request: The HTTP request containing updated credential information
    org: Organization key identifier

    Returns:
    Response: Updated integration credential

    Raises:
    NotFound: When organization or credential is not found
    ValidationError: When request data is invalid

    ``PATCH /api/ai-account/orgs/{org}/integration-credential/`` (operation ``ai_account_orgs_integration_credential_partial_update``)

    Args:
        org (str):
        body (PatchedCredentialRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        IntegrationCredential
    """

    return sync_detailed(
        org,
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    body: PatchedCredentialRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[IntegrationCredential]:
    """Update an existing integration credential for an organization.

    Args:
    request: The HTTP request containing updated credential information
    org: Organization key identifier

    Returns:
    Response: Updated integration credential

    Raises:
    NotFound: When organization or credential is not found
    ValidationError: When request data is invalid

    ``PATCH /api/ai-account/orgs/{org}/integration-credential/`` (operation ``ai_account_orgs_integration_credential_partial_update``)

    Args:
        org (str):
        body (PatchedCredentialRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[IntegrationCredential]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    body: PatchedCredentialRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> IntegrationCredential:
    """Update an existing integration credential for an organization.

    Args:
    request: The HTTP request containing updated credential information
    org: Organization key identifier

    Returns:
    Response: Updated integration credential

    Raises:
    NotFound: When organization or credential is not found
    ValidationError: When request data is invalid

    ``PATCH /api/ai-account/orgs/{org}/integration-credential/`` (operation ``ai_account_orgs_integration_credential_partial_update``)

    Args:
        org (str):
        body (PatchedCredentialRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        IntegrationCredential
    """

    return (
        await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
