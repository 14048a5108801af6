import datetime
from typing import Any
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.analytics_users_details_retrieve_date_filter import (
    AnalyticsUsersDetailsRetrieveDateFilter,
)
from ...models.user_detail import UserDetail
from ...types import UNSET, Unset

OPERATION_ID = "analytics_users_details_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserDetail,
}


def _get_kwargs(
    *,
    date_filter: AnalyticsUsersDetailsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    search: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date_filter: str | Unset = UNSET
    if not isinstance(date_filter, Unset):
        json_date_filter = date_filter

    params["date_filter"] = json_date_filter

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["limit"] = limit

    json_mentor_unique_id: str | Unset = UNSET
    if not isinstance(mentor_unique_id, Unset):
        json_mentor_unique_id = str(mentor_unique_id)
    params["mentor_unique_id"] = json_mentor_unique_id

    params["page"] = page

    params["platform_key"] = platform_key

    params["search"] = search

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_usergroup_ids: list[int] | Unset = UNSET
    if not isinstance(usergroup_ids, Unset):
        json_usergroup_ids = usergroup_ids

    params["usergroup_ids"] = json_usergroup_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/analytics/users/details/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> UserDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    date_filter: AnalyticsUsersDetailsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    search: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> Response[UserDetail]:
    """User Details API - Comprehensive user activity details with search and filtering.
    Provides detailed user information including:
    - User contact information (email, full name)
    - Activity metrics (message count, last activity)
    - Search functionality across multiple fields
    - Flexible date range filtering
    - CSV export capability
    **Key Features:**
    - Full-text search across email, name, and user ID
    - Date range filtering for activity periods
    - Platform and mentor-specific filtering
    - Comprehensive pagination with metadata
    - CSV export for data analysis
    - User aggregation across platforms/mentors
    **Search Capabilities:**
    - Email address matching
    - Full name search
    - User ID lookup
    - Partial string matching (case-insensitive)
    **Export Options:**
    - JSON response (default)
    - CSV export (?export=csv)
    - Includes all user fields in export

    ``GET /api/analytics/users/details/`` (operation ``analytics_users_details_retrieve``)

    Args:
        date_filter (AnalyticsUsersDetailsRetrieveDateFilter | Unset):
        end_date (datetime.date | Unset):
        limit (int | Unset):
        mentor_unique_id (UUID | Unset):
        page (int | Unset):
        platform_key (str | Unset):
        search (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserDetail]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            date_filter=date_filter,
            end_date=end_date,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            page=page,
            platform_key=platform_key,
            search=search,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    date_filter: AnalyticsUsersDetailsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    search: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> UserDetail:
    """User Details API - Comprehensive user activity details with search and filtering.
    Provides detailed user information including:
    - User contact information (email, full name)
    - Activity metrics (message count, last activity)
    - Search functionality across multiple fields
    - Flexible date range filtering
    - CSV export capability
    **Key Features:**
    - Full-text search across email, name, and user ID
    - Date range filtering for activity periods
    - Platform and mentor-specific filtering
    - Comprehensive pagination with metadata
    - CSV export for data analysis
    - User aggregation across platforms/mentors
    **Search Capabilities:**
    - Email address matching
    - Full name search
    - User ID lookup
    - Partial string matching (case-insensitive)
    **Export Options:**
    - JSON response (default)
    - CSV export (?export=csv)
    - Includes all user fields in export

    ``GET /api/analytics/users/details/`` (operation ``analytics_users_details_retrieve``)

    Args:
        date_filter (AnalyticsUsersDetailsRetrieveDateFilter | Unset):
        end_date (datetime.date | Unset):
        limit (int | Unset):
        mentor_unique_id (UUID | Unset):
        page (int | Unset):
        platform_key (str | Unset):
        search (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserDetail
    """

    return sync_detailed(
        date_filter=date_filter,
        end_date=end_date,
        limit=limit,
        mentor_unique_id=mentor_unique_id,
        page=page,
        platform_key=platform_key,
        search=search,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    date_filter: AnalyticsUsersDetailsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    search: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> Response[UserDetail]:
    """User Details API - Comprehensive user activity details with search and filtering.
    Provides detailed user information including:
    - User contact information (email, full name)
    - Activity metrics (message count, last activity)
    - Search functionality across multiple fields
    - Flexible date range filtering
    - CSV export capability
    **Key Features:**
    - Full-text search across email, name, and user ID
    - Date range filtering for activity periods
    - Platform and mentor-specific filtering
    - Comprehensive pagination with metadata
    - CSV export for data analysis
    - User aggregation across platforms/mentors
    **Search Capabilities:**
    - Email address matching
    - Full name search
    - User ID lookup
    - Partial string matching (case-insensitive)
    **Export Options:**
    - JSON response (default)
    - CSV export (?export=csv)
    - Includes all user fields in export

    ``GET /api/analytics/users/details/`` (operation ``analytics_users_details_retrieve``)

    Args:
        date_filter (AnalyticsUsersDetailsRetrieveDateFilter | Unset):
        end_date (datetime.date | Unset):
        limit (int | Unset):
        mentor_unique_id (UUID | Unset):
        page (int | Unset):
        platform_key (str | Unset):
        search (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserDetail]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            date_filter=date_filter,
            end_date=end_date,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            page=page,
            platform_key=platform_key,
            search=search,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    date_filter: AnalyticsUsersDetailsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    search: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> UserDetail:
    """User Details API - Comprehensive user activity details with search and filtering.
    Provides detailed user information including:
    - User contact information (email, full name)
    - Activity metrics (message count, last activity)
    - Search functionality across multiple fields
    - Flexible date range filtering
    - CSV export capability
    **Key Features:**
    - Full-text search across email, name, and user ID
    - Date range filtering for activity periods
    - Platform and mentor-specific filtering
    - Comprehensive pagination with metadata
    - CSV export for data analysis
    - User aggregation across platforms/mentors
    **Search Capabilities:**
    - Email address matching
    - Full name search
    - User ID lookup
    - Partial string matching (case-insensitive)
    **Export Options:**
    - JSON response (default)
    - CSV export (?export=csv)
    - Includes all user fields in export

    ``GET /api/analytics/users/details/`` (operation ``analytics_users_details_retrieve``)

    Args:
        date_filter (AnalyticsUsersDetailsRetrieveDateFilter | Unset):
        end_date (datetime.date | Unset):
        limit (int | Unset):
        mentor_unique_id (UUID | Unset):
        page (int | Unset):
        platform_key (str | Unset):
        search (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserDetail
    """

    return (
        await asyncio_detailed(
            date_filter=date_filter,
            end_date=end_date,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            page=page,
            platform_key=platform_key,
            search=search,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            client=client,
        )
    ).unwrap()
