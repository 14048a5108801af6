from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.integration_credential import IntegrationCredential
from ...models.patched_credential_request import PatchedCredentialRequest
from ...types import UNSET, Unset

OPERATION_ID = "ai_account_orgs_integration_credential_partial_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: IntegrationCredential,
}


def _get_kwargs(
    org: str,
    *,
    body: PatchedCredentialRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/ai-account/orgs/{org}/integration-credential/".format(
            org=quote(str(org), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> IntegrationCredential | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = IntegrationCredential.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: PatchedCredentialRequest | Unset = UNSET,
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
    )


def sync(
    org: str,
    *,
    client: Client,
    body: PatchedCredentialRequest | Unset = UNSET,
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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    body: PatchedCredentialRequest | Unset = UNSET,
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
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    body: PatchedCredentialRequest | Unset = UNSET,
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
            client=client,
        )
    ).unwrap()
