from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.llm_credential_request import LLMCredentialRequest
from ...models.llm_credential_response import LLMCredentialResponse

OPERATION_ID = "ai_account_orgs_credential_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: LLMCredentialResponse,
}


def _get_kwargs(
    org: str,
    *,
    body: LLMCredentialRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-account/orgs/{org}/credential/".format(
            org=quote(str(org), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> LLMCredentialResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = LLMCredentialResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: LLMCredentialRequest,
) -> Response[LLMCredentialResponse]:
    """Create a new LLM credential for an organization.

    For azure_openai credentials, if credential already exists, merges the new models with existing
    ones instead of replacing.

    Args:
    request: The HTTP request containing credential information
    org: Organization key identifier

    Returns:
    Response: Created or updated LLM credential

    Raises:
    NotFound: When organization is not found
    ValidationError: When request data is invalid

    ``POST /api/ai-account/orgs/{org}/credential/`` (operation ``ai_account_orgs_credential_create``)

    Args:
        org (str):
        body (LLMCredentialRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LLMCredentialResponse]: status, headers, raw body and parsed model.
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
    body: LLMCredentialRequest,
) -> LLMCredentialResponse:
    """Create a new LLM credential for an organization.

    For azure_openai credentials, if credential already exists, merges the new models with existing
    ones instead of replacing.

    Args:
    request: The HTTP request containing credential information
    org: Organization key identifier

    Returns:
    Response: Created or updated LLM credential

    Raises:
    NotFound: When organization is not found
    ValidationError: When request data is invalid

    ``POST /api/ai-account/orgs/{org}/credential/`` (operation ``ai_account_orgs_credential_create``)

    Args:
        org (str):
        body (LLMCredentialRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LLMCredentialResponse
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
    body: LLMCredentialRequest,
) -> Response[LLMCredentialResponse]:
    """Create a new LLM credential for an organization.

    For azure_openai credentials, if credential already exists, merges the new models with existing
    ones instead of replacing.

    Args:
    request: The HTTP request containing credential information
    org: Organization key identifier

    Returns:
    Response: Created or updated LLM credential

    Raises:
    NotFound: When organization is not found
    ValidationError: When request data is invalid

    ``POST /api/ai-account/orgs/{org}/credential/`` (operation ``ai_account_orgs_credential_create``)

    Args:
        org (str):
        body (LLMCredentialRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LLMCredentialResponse]: status, headers, raw body and parsed model.
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
    body: LLMCredentialRequest,
) -> LLMCredentialResponse:
    """Create a new LLM credential for an organization.

    For azure_openai credentials, if credential already exists, merges the new models with existing
    ones instead of replacing.

    Args:
    request: The HTTP request containing credential information
    org: Organization key identifier

    Returns:
    Response: Created or updated LLM credential

    Raises:
    NotFound: When organization is not found
    ValidationError: When request data is invalid

    ``POST /api/ai-account/orgs/{org}/credential/`` (operation ``ai_account_orgs_credential_create``)

    Args:
        org (str):
        body (LLMCredentialRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LLMCredentialResponse
    """

    return (
        await asyncio_detailed(
            org,
            body=body,
            client=client,
        )
    ).unwrap()
