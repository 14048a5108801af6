from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.api_token_cost import APITokenCost
from ...types import UNSET, Unset

OPERATION_ID = "ai_account_orgs_tokens_list"


def _get_kwargs(
    org: str,
    *,
    session_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["session_id"] = session_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-account/orgs/{org}/tokens/".format(
            org=quote(str(org), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[APITokenCost] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = APITokenCost.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    session_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[list[APITokenCost]]:
    """Retrieve weekly token usage statistics for an organization.

    Query Parameters:
    username (optional): Filter results by specific username
    session_id (optional): Filter results by specific session ID

    Args:
    request: The HTTP request
    org: Organization key identifier

    Returns:
    Response: List of weekly token usage records with prompt and completion tokens

    Raises:
    NotFound: When organization is not found or when no sessions match the filters
    ValidationError: When query parameters are invalid

    ``GET /api/ai-account/orgs/{org}/tokens/`` (operation ``ai_account_orgs_tokens_list``)

    Args:
        org (str):
        session_id (str | Unset): Filter token usage by specific chat session ID
        username (str | Unset): Filter token usage by specific username

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[APITokenCost]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            session_id=session_id,
            username=username,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    session_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> list[APITokenCost]:
    """Retrieve weekly token usage statistics for an organization.

    Query Parameters:
    username (optional): Filter results by specific username
    session_id (optional): Filter results by specific session ID

    Args:
    request: The HTTP request
    org: Organization key identifier

    Returns:
    Response: List of weekly token usage records with prompt and completion tokens

    Raises:
    NotFound: When organization is not found or when no sessions match the filters
    ValidationError: When query parameters are invalid

    ``GET /api/ai-account/orgs/{org}/tokens/`` (operation ``ai_account_orgs_tokens_list``)

    Args:
        org (str):
        session_id (str | Unset): Filter token usage by specific chat session ID
        username (str | Unset): Filter token usage by specific username

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[APITokenCost]
    """

    return sync_detailed(
        org,
        session_id=session_id,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    session_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[list[APITokenCost]]:
    """Retrieve weekly token usage statistics for an organization.

    Query Parameters:
    username (optional): Filter results by specific username
    session_id (optional): Filter results by specific session ID

    Args:
    request: The HTTP request
    org: Organization key identifier

    Returns:
    Response: List of weekly token usage records with prompt and completion tokens

    Raises:
    NotFound: When organization is not found or when no sessions match the filters
    ValidationError: When query parameters are invalid

    ``GET /api/ai-account/orgs/{org}/tokens/`` (operation ``ai_account_orgs_tokens_list``)

    Args:
        org (str):
        session_id (str | Unset): Filter token usage by specific chat session ID
        username (str | Unset): Filter token usage by specific username

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[APITokenCost]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            session_id=session_id,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    session_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> list[APITokenCost]:
    """Retrieve weekly token usage statistics for an organization.

    Query Parameters:
    username (optional): Filter results by specific username
    session_id (optional): Filter results by specific session ID

    Args:
    request: The HTTP request
    org: Organization key identifier

    Returns:
    Response: List of weekly token usage records with prompt and completion tokens

    Raises:
    NotFound: When organization is not found or when no sessions match the filters
    ValidationError: When query parameters are invalid

    ``GET /api/ai-account/orgs/{org}/tokens/`` (operation ``ai_account_orgs_tokens_list``)

    Args:
        org (str):
        session_id (str | Unset): Filter token usage by specific chat session ID
        username (str | Unset): Filter token usage by specific username

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[APITokenCost]
    """

    return (
        await asyncio_detailed(
            org,
            session_id=session_id,
            username=username,
            client=client,
        )
    ).unwrap()
