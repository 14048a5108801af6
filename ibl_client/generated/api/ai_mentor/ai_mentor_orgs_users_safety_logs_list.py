import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_mentor_orgs_users_safety_logs_list_target_system import (
    AiMentorOrgsUsersSafetyLogsListTargetSystem,
)
from ...models.paginated_moderation_log_list import PaginatedModerationLogList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_safety_logs_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedModerationLogList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    end_time: datetime.datetime | Unset = UNSET,
    mentor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    target_system: AiMentorOrgsUsersSafetyLogsListTargetSystem | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["end_time"] = json_end_time

    params["mentor"] = mentor

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["search"] = search

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["start_time"] = json_start_time

    json_target_system: str | Unset = UNSET
    if not isinstance(target_system, Unset):
        json_target_system = target_system

    params["target_system"] = json_target_system

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/safety-logs/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedModerationLogList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedModerationLogList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    end_time: datetime.datetime | Unset = UNSET,
    mentor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    target_system: AiMentorOrgsUsersSafetyLogsListTargetSystem | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PaginatedModerationLogList]:
    """Endpoint to view and delete Safety System Logs for a tenant.

    These can be filtered by username, platform_key and

    mentor id
    A search query can be conducted to search through the prompts and reason for the moderation
    catch event.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/safety-logs/`` (operation ``ai_mentor_orgs_users_safety_logs_list``)

    Args:
        org (str):
        user_id (str):
        end_time (datetime.datetime | Unset):
        mentor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        target_system (AiMentorOrgsUsersSafetyLogsListTargetSystem | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedModerationLogList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            end_time=end_time,
            mentor=mentor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            search=search,
            start_time=start_time,
            target_system=target_system,
            username=username,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    end_time: datetime.datetime | Unset = UNSET,
    mentor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    target_system: AiMentorOrgsUsersSafetyLogsListTargetSystem | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PaginatedModerationLogList:
    """Endpoint to view and delete Safety System Logs for a tenant.

    These can be filtered by username, platform_key and

    mentor id
    A search query can be conducted to search through the prompts and reason for the moderation
    catch event.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/safety-logs/`` (operation ``ai_mentor_orgs_users_safety_logs_list``)

    Args:
        org (str):
        user_id (str):
        end_time (datetime.datetime | Unset):
        mentor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        target_system (AiMentorOrgsUsersSafetyLogsListTargetSystem | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedModerationLogList
    """

    return sync_detailed(
        org,
        user_id,
        end_time=end_time,
        mentor=mentor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        search=search,
        start_time=start_time,
        target_system=target_system,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    end_time: datetime.datetime | Unset = UNSET,
    mentor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    target_system: AiMentorOrgsUsersSafetyLogsListTargetSystem | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PaginatedModerationLogList]:
    """Endpoint to view and delete Safety System Logs for a tenant.

    These can be filtered by username, platform_key and

    mentor id
    A search query can be conducted to search through the prompts and reason for the moderation
    catch event.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/safety-logs/`` (operation ``ai_mentor_orgs_users_safety_logs_list``)

    Args:
        org (str):
        user_id (str):
        end_time (datetime.datetime | Unset):
        mentor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        target_system (AiMentorOrgsUsersSafetyLogsListTargetSystem | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedModerationLogList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            end_time=end_time,
            mentor=mentor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            search=search,
            start_time=start_time,
            target_system=target_system,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    end_time: datetime.datetime | Unset = UNSET,
    mentor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    target_system: AiMentorOrgsUsersSafetyLogsListTargetSystem | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PaginatedModerationLogList:
    """Endpoint to view and delete Safety System Logs for a tenant.

    These can be filtered by username, platform_key and

    mentor id
    A search query can be conducted to search through the prompts and reason for the moderation
    catch event.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/safety-logs/`` (operation ``ai_mentor_orgs_users_safety_logs_list``)

    Args:
        org (str):
        user_id (str):
        end_time (datetime.datetime | Unset):
        mentor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        target_system (AiMentorOrgsUsersSafetyLogsListTargetSystem | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedModerationLogList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            end_time=end_time,
            mentor=mentor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            search=search,
            start_time=start_time,
            target_system=target_system,
            username=username,
            client=client,
        )
    ).unwrap()
