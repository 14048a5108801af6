from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
)
from ...models.assertion import Assertion
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "credentials_public_assertions_retrieve"


def _get_kwargs(
    entity_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/credentials/public/assertions/{entity_id}/".format(
            entity_id=quote(str(entity_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Assertion | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", Assertion, response.json())

        return response_200

    return None


def sync_detailed(
    entity_id: str,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[Assertion]:
    """Public endpoint to retrieve a specific credential assertion by its entity ID.

    This endpoint allows public access to view a specific credential assertion without
    authentication.

    Path Parameters:
    entity_id (str): The assertion entity ID

    Returns:
    A JSON response containing the assertion details using the AssertionSerializer format

    Error Responses:
    404 Not Found:
    - If the assertion doesn't exist: Empty response with 404 status
    - If the assertion has been revoked: JSON with error detail and revocation reason
    500 Internal Server Error: If an unexpected error occurs

    ``GET /api/credentials/public/assertions/{entity_id}/`` (operation ``credentials_public_assertions_retrieve``)

    Args:
        entity_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Assertion]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            entity_id,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    entity_id: str,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Assertion:
    """Public endpoint to retrieve a specific credential assertion by its entity ID.

    This endpoint allows public access to view a specific credential assertion without
    authentication.

    Path Parameters:
    entity_id (str): The assertion entity ID

    Returns:
    A JSON response containing the assertion details using the AssertionSerializer format

    Error Responses:
    404 Not Found:
    - If the assertion doesn't exist: Empty response with 404 status
    - If the assertion has been revoked: JSON with error detail and revocation reason
    500 Internal Server Error: If an unexpected error occurs

    ``GET /api/credentials/public/assertions/{entity_id}/`` (operation ``credentials_public_assertions_retrieve``)

    Args:
        entity_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Assertion
    """

    return sync_detailed(
        entity_id,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    entity_id: str,
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[Assertion]:
    """Public endpoint to retrieve a specific credential assertion by its entity ID.

    This endpoint allows public access to view a specific credential assertion without
    authentication.

    Path Parameters:
    entity_id (str): The assertion entity ID

    Returns:
    A JSON response containing the assertion details using the AssertionSerializer format

    Error Responses:
    404 Not Found:
    - If the assertion doesn't exist: Empty response with 404 status
    - If the assertion has been revoked: JSON with error detail and revocation reason
    500 Internal Server Error: If an unexpected error occurs

    ``GET /api/credentials/public/assertions/{entity_id}/`` (operation ``credentials_public_assertions_retrieve``)

    Args:
        entity_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Assertion]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            entity_id,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    entity_id: str,
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Assertion:
    """Public endpoint to retrieve a specific credential assertion by its entity ID.

    This endpoint allows public access to view a specific credential assertion without
    authentication.

    Path Parameters:
    entity_id (str): The assertion entity ID

    Returns:
    A JSON response containing the assertion details using the AssertionSerializer format

    Error Responses:
    404 Not Found:
    - If the assertion doesn't exist: Empty response with 404 status
    - If the assertion has been revoked: JSON with error detail and revocation reason
    500 Internal Server Error: If an unexpected error occurs

    ``GET /api/credentials/public/assertions/{entity_id}/`` (operation ``credentials_public_assertions_retrieve``)

    Args:
        entity_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Assertion
    """

    return (
        await asyncio_detailed(
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
