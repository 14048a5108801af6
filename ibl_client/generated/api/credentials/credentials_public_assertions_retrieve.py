from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.assertion import Assertion

OPERATION_ID = "credentials_public_assertions_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Assertion,
}


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
        response_200 = Assertion.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    entity_id: str,
    *,
    client: Client,
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
    )


def sync(
    entity_id: str,
    *,
    client: Client,
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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    entity_id: str,
    *,
    client: AsyncClient,
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
    )


async def asyncio(
    entity_id: str,
    *,
    client: AsyncClient,
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
            client=client,
        )
    ).unwrap()
