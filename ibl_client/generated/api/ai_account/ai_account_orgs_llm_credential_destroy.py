from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_account_orgs_llm_credential_destroy"


def _get_kwargs(
    org: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/ai-account/orgs/{org}/llm-credential/".format(
            org=quote(str(org), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 204:
        return None

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[None]:
    """Delete an existing LLM credential for an organization.

    For azure_openai credentials, supports deleting a specific model by providing the 'model_name'
    field. If model_name is omitted, deletes the entire credential.

    Args:
    request: The HTTP request containing credential information (must include 'name')
    org: Organization key identifier

    Returns:
    Response: 204

    Raises:
    NotFound: When organization or credential is not found
    ValidationError: When request data is invalid

    ``DELETE /api/ai-account/orgs/{org}/llm-credential/`` (operation ``ai_account_orgs_llm_credential_destroy``)

    Args:
        org (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[None]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
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
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> None:
    """Delete an existing LLM credential for an organization.

    For azure_openai credentials, supports deleting a specific model by providing the 'model_name'
    field. If model_name is omitted, deletes the entire credential.

    Args:
    request: The HTTP request containing credential information (must include 'name')
    org: Organization key identifier

    Returns:
    Response: 204

    Raises:
    NotFound: When organization or credential is not found
    ValidationError: When request data is invalid

    ``DELETE /api/ai-account/orgs/{org}/llm-credential/`` (operation ``ai_account_orgs_llm_credential_destroy``)

    Args:
        org (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        None
    """

    return sync_detailed(
        org,
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
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[None]:
    """Delete an existing LLM credential for an organization.

    For azure_openai credentials, supports deleting a specific model by providing the 'model_name'
    field. If model_name is omitted, deletes the entire credential.

    Args:
    request: The HTTP request containing credential information (must include 'name')
    org: Organization key identifier

    Returns:
    Response: 204

    Raises:
    NotFound: When organization or credential is not found
    ValidationError: When request data is invalid

    ``DELETE /api/ai-account/orgs/{org}/llm-credential/`` (operation ``ai_account_orgs_llm_credential_destroy``)

    Args:
        org (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[None]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
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
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> None:
    """Delete an existing LLM credential for an organization.

    For azure_openai credentials, supports deleting a specific model by providing the 'model_name'
    field. If model_name is omitted, deletes the entire credential.

    Args:
    request: The HTTP request containing credential information (must include 'name')
    org: Organization key identifier

    Returns:
    Response: 204

    Raises:
    NotFound: When organization or credential is not found
    ValidationError: When request data is invalid

    ``DELETE /api/ai-account/orgs/{org}/llm-credential/`` (operation ``ai_account_orgs_llm_credential_destroy``)

    Args:
        org (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
