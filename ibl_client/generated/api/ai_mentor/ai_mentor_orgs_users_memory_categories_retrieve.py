from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response

OPERATION_ID = "ai_mentor_orgs_users_memory_categories_retrieve"


def _get_kwargs(
    org: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/memory-categories/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return None

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
) -> Response[Any]:
    """Use the this endpoint to get all memory categories: ``` GET /api/ai-mentor/orgs/main/users/your-
    user/memory-categories/ ``` Sample response ``` {"categories": ["lessons_learned",
    "knowledge_gaps", "help_requests", "personal_information"]} ```

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/memory-categories/`` (operation ``ai_mentor_orgs_users_memory_categories_retrieve``)

    Args:
        org (str):
        user_id (str):

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
            user_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
) -> Any:
    """Use the this endpoint to get all memory categories: ``` GET /api/ai-mentor/orgs/main/users/your-
    user/memory-categories/ ``` Sample response ``` {"categories": ["lessons_learned",
    "knowledge_gaps", "help_requests", "personal_information"]} ```

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/memory-categories/`` (operation ``ai_mentor_orgs_users_memory_categories_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        org,
        user_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
) -> Response[Any]:
    """Use the this endpoint to get all memory categories: ``` GET /api/ai-mentor/orgs/main/users/your-
    user/memory-categories/ ``` Sample response ``` {"categories": ["lessons_learned",
    "knowledge_gaps", "help_requests", "personal_information"]} ```

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/memory-categories/`` (operation ``ai_mentor_orgs_users_memory_categories_retrieve``)

    Args:
        org (str):
        user_id (str):

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
            user_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
) -> Any:
    """Use the this endpoint to get all memory categories: ``` GET /api/ai-mentor/orgs/main/users/your-
    user/memory-categories/ ``` Sample response ``` {"categories": ["lessons_learned",
    "knowledge_gaps", "help_requests", "personal_information"]} ```

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/memory-categories/`` (operation ``ai_mentor_orgs_users_memory_categories_retrieve``)

    Args:
        org (str):
        user_id (str):

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
            user_id,
            client=client,
        )
    ).unwrap()
