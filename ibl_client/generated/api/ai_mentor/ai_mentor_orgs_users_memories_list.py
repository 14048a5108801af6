from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_user_memory_list import PaginatedUserMemoryList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_memories_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedUserMemoryList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    category: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    mentor: str | Unset = UNSET,
    mode: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: str | Unset = UNSET,
    session: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["category"] = category

    params["end_date"] = end_date

    params["mentor"] = mentor

    params["mode"] = mode

    params["page"] = page

    params["page_size"] = page_size

    params["platform"] = platform

    params["session"] = session

    params["start_date"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/memories/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedUserMemoryList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedUserMemoryList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    category: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    mentor: str | Unset = UNSET,
    mode: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: str | Unset = UNSET,
    session: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[PaginatedUserMemoryList]:
    """Retrieve a list of memories based on filter conditions.

    Returns:
    Response: A paginated list of memories.
    Put your queries using the parameters in the query parameters. For example, to search a mentor's
    regular mode memory, use the following url:
    ```
    https://base.manager.iblai.app/api/ai-mentor/orgs/your-org/users/your-
    user/memories/?mentor=f81fc856-fd8f-4e6b-9d3b-72aa68279c40&mode=regular
    ```

    Raises:
    NotFound: If the query is invalid.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/memories/`` (operation ``ai_mentor_orgs_users_memories_list``)

    Args:
        org (str):
        user_id (str):
        category (str | Unset):
        end_date (str | Unset):
        mentor (str | Unset):
        mode (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (str | Unset):
        session (str | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedUserMemoryList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            category=category,
            end_date=end_date,
            mentor=mentor,
            mode=mode,
            page=page,
            page_size=page_size,
            platform=platform,
            session=session,
            start_date=start_date,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    category: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    mentor: str | Unset = UNSET,
    mode: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: str | Unset = UNSET,
    session: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> PaginatedUserMemoryList:
    """Retrieve a list of memories based on filter conditions.

    Returns:
    Response: A paginated list of memories.
    Put your queries using the parameters in the query parameters. For example, to search a mentor's
    regular mode memory, use the following url:
    ```
    https://base.manager.iblai.app/api/ai-mentor/orgs/your-org/users/your-
    user/memories/?mentor=f81fc856-fd8f-4e6b-9d3b-72aa68279c40&mode=regular
    ```

    Raises:
    NotFound: If the query is invalid.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/memories/`` (operation ``ai_mentor_orgs_users_memories_list``)

    Args:
        org (str):
        user_id (str):
        category (str | Unset):
        end_date (str | Unset):
        mentor (str | Unset):
        mode (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (str | Unset):
        session (str | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedUserMemoryList
    """

    return sync_detailed(
        org,
        user_id,
        category=category,
        end_date=end_date,
        mentor=mentor,
        mode=mode,
        page=page,
        page_size=page_size,
        platform=platform,
        session=session,
        start_date=start_date,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    category: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    mentor: str | Unset = UNSET,
    mode: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: str | Unset = UNSET,
    session: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[PaginatedUserMemoryList]:
    """Retrieve a list of memories based on filter conditions.

    Returns:
    Response: A paginated list of memories.
    Put your queries using the parameters in the query parameters. For example, to search a mentor's
    regular mode memory, use the following url:
    ```
    https://base.manager.iblai.app/api/ai-mentor/orgs/your-org/users/your-
    user/memories/?mentor=f81fc856-fd8f-4e6b-9d3b-72aa68279c40&mode=regular
    ```

    Raises:
    NotFound: If the query is invalid.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/memories/`` (operation ``ai_mentor_orgs_users_memories_list``)

    Args:
        org (str):
        user_id (str):
        category (str | Unset):
        end_date (str | Unset):
        mentor (str | Unset):
        mode (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (str | Unset):
        session (str | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedUserMemoryList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            category=category,
            end_date=end_date,
            mentor=mentor,
            mode=mode,
            page=page,
            page_size=page_size,
            platform=platform,
            session=session,
            start_date=start_date,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    category: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    mentor: str | Unset = UNSET,
    mode: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: str | Unset = UNSET,
    session: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> PaginatedUserMemoryList:
    """Retrieve a list of memories based on filter conditions.

    Returns:
    Response: A paginated list of memories.
    Put your queries using the parameters in the query parameters. For example, to search a mentor's
    regular mode memory, use the following url:
    ```
    https://base.manager.iblai.app/api/ai-mentor/orgs/your-org/users/your-
    user/memories/?mentor=f81fc856-fd8f-4e6b-9d3b-72aa68279c40&mode=regular
    ```

    Raises:
    NotFound: If the query is invalid.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/memories/`` (operation ``ai_mentor_orgs_users_memories_list``)

    Args:
        org (str):
        user_id (str):
        category (str | Unset):
        end_date (str | Unset):
        mentor (str | Unset):
        mode (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (str | Unset):
        session (str | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedUserMemoryList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            category=category,
            end_date=end_date,
            mentor=mentor,
            mode=mode,
            page=page,
            page_size=page_size,
            platform=platform,
            session=session,
            start_date=start_date,
            client=client,
        )
    ).unwrap()
