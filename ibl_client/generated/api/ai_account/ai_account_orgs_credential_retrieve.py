from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.llm_credential_response import LLMCredentialResponse
from ...types import UNSET, Unset

OPERATION_ID = "ai_account_orgs_credential_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: LLMCredentialResponse,
}


def _get_kwargs(
    org: str,
    *,
    name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-account/orgs/{org}/credential/".format(
            org=quote(str(org), safe=""),
        ),
        "params": params,
    }
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
    name: str | Unset = UNSET,
) -> Response[LLMCredentialResponse]:
    """Retrieve LLM credentials for an organization.

    Query Parameters:
    name (optional): Filter results by LLM provider name.
    When name=google, returns both 'google' (service account) and
    'gemini_google_api_key' credentials if they exist.

    Args:
    request: The HTTP request
    org: Organization key identifier

    Returns:
    Response: List of LLM credentials for the organization

    Raises:
    NotFound: When organization is not found or when no credentials match the filters
    ValidationError: When query parameters are invalid

    ``GET /api/ai-account/orgs/{org}/credential/`` (operation ``ai_account_orgs_credential_retrieve``)

    Args:
        org (str):
        name (str | Unset):

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
            name=name,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    name: str | Unset = UNSET,
) -> LLMCredentialResponse:
    """Retrieve LLM credentials for an organization.

    Query Parameters:
    name (optional): Filter results by LLM provider name.
    When name=google, returns both 'google' (service account) and
    'gemini_google_api_key' credentials if they exist.

    Args:
    request: The HTTP request
    org: Organization key identifier

    Returns:
    Response: List of LLM credentials for the organization

    Raises:
    NotFound: When organization is not found or when no credentials match the filters
    ValidationError: When query parameters are invalid

    ``GET /api/ai-account/orgs/{org}/credential/`` (operation ``ai_account_orgs_credential_retrieve``)

    Args:
        org (str):
        name (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LLMCredentialResponse
    """

    return sync_detailed(
        org,
        name=name,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    name: str | Unset = UNSET,
) -> Response[LLMCredentialResponse]:
    """Retrieve LLM credentials for an organization.

    Query Parameters:
    name (optional): Filter results by LLM provider name.
    When name=google, returns both 'google' (service account) and
    'gemini_google_api_key' credentials if they exist.

    Args:
    request: The HTTP request
    org: Organization key identifier

    Returns:
    Response: List of LLM credentials for the organization

    Raises:
    NotFound: When organization is not found or when no credentials match the filters
    ValidationError: When query parameters are invalid

    ``GET /api/ai-account/orgs/{org}/credential/`` (operation ``ai_account_orgs_credential_retrieve``)

    Args:
        org (str):
        name (str | Unset):

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
            name=name,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    name: str | Unset = UNSET,
) -> LLMCredentialResponse:
    """Retrieve LLM credentials for an organization.

    Query Parameters:
    name (optional): Filter results by LLM provider name.
    When name=google, returns both 'google' (service account) and
    'gemini_google_api_key' credentials if they exist.

    Args:
    request: The HTTP request
    org: Organization key identifier

    Returns:
    Response: List of LLM credentials for the organization

    Raises:
    NotFound: When organization is not found or when no credentials match the filters
    ValidationError: When query parameters are invalid

    ``GET /api/ai-account/orgs/{org}/credential/`` (operation ``ai_account_orgs_credential_retrieve``)

    Args:
        org (str):
        name (str | Unset):

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
            name=name,
            client=client,
        )
    ).unwrap()
