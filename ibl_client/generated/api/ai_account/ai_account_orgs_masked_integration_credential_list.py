from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)
from ...models.masked_integration_credential import MaskedIntegrationCredential
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_account_orgs_masked_integration_credential_list"


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
        "url": "/api/ai-account/orgs/{org}/masked-integration-credential/".format(
            org=quote(str(org), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[MaskedIntegrationCredential] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        _response_200 = response.json()
        if not isinstance(_response_200, list):
            raise FieldError("response_200", "an array", _response_200)
        response_200 = []
        for _response_200_index, response_200_item_data in enumerate(_response_200):
            try:
                response_200_item = nested(
                    "response_200_item", MaskedIntegrationCredential, response_200_item_data
                )

            except PARSE_ERRORS as _response_200_error:
                raise within(
                    ("response_200", _response_200_index), _response_200_error, "response_200_item"
                ) from _response_200_error
            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    name: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[MaskedIntegrationCredential]]:
    """Retrieve masked integration credentials for an organization.

    Query Parameters:
    name (optional): Filter results by integration service name

    Args:
    request: The HTTP request
    org: Organization key identifier

    Returns:
    Response: List of integration credentials for the organization

    Raises:
    NotFound: When organization is not found or when no credentials match the filters
    ValidationError: When query parameters are invalid

    ``GET /api/ai-account/orgs/{org}/masked-integration-credential/`` (operation ``ai_account_orgs_masked_integration_credential_list``)

    Args:
        org (str):
        name (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[MaskedIntegrationCredential]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            name=name,
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
    name: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> list[MaskedIntegrationCredential]:
    """Retrieve masked integration credentials for an organization.

    Query Parameters:
    name (optional): Filter results by integration service name

    Args:
    request: The HTTP request
    org: Organization key identifier

    Returns:
    Response: List of integration credentials for the organization

    Raises:
    NotFound: When organization is not found or when no credentials match the filters
    ValidationError: When query parameters are invalid

    ``GET /api/ai-account/orgs/{org}/masked-integration-credential/`` (operation ``ai_account_orgs_masked_integration_credential_list``)

    Args:
        org (str):
        name (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[MaskedIntegrationCredential]
    """

    return sync_detailed(
        org,
        name=name,
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
    name: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[MaskedIntegrationCredential]]:
    """Retrieve masked integration credentials for an organization.

    Query Parameters:
    name (optional): Filter results by integration service name

    Args:
    request: The HTTP request
    org: Organization key identifier

    Returns:
    Response: List of integration credentials for the organization

    Raises:
    NotFound: When organization is not found or when no credentials match the filters
    ValidationError: When query parameters are invalid

    ``GET /api/ai-account/orgs/{org}/masked-integration-credential/`` (operation ``ai_account_orgs_masked_integration_credential_list``)

    Args:
        org (str):
        name (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[MaskedIntegrationCredential]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            name=name,
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
    name: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> list[MaskedIntegrationCredential]:
    """Retrieve masked integration credentials for an organization.

    Query Parameters:
    name (optional): Filter results by integration service name

    Args:
    request: The HTTP request
    org: Organization key identifier

    Returns:
    Response: List of integration credentials for the organization

    Raises:
    NotFound: When organization is not found or when no credentials match the filters
    ValidationError: When query parameters are invalid

    ``GET /api/ai-account/orgs/{org}/masked-integration-credential/`` (operation ``ai_account_orgs_masked_integration_credential_list``)

    Args:
        org (str):
        name (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[MaskedIntegrationCredential]
    """

    return (
        await asyncio_detailed(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
