from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response

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


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 204:
        return None

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
) -> Response[Any]:
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
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
) -> Any:
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
        Any
    """

    return sync_detailed(
        org,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
) -> Response[Any]:
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
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
) -> Any:
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
        Any
    """

    return (
        await asyncio_detailed(
            org,
            client=client,
        )
    ).unwrap()
