from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.active_users_list import ActiveUsersList
from ...models.audience_orgs_active_users_users_retrieve_format import (
    AudienceOrgsActiveUsersUsersRetrieveFormat,
)
from ...types import UNSET, Unset

OPERATION_ID = "audience_orgs_active_users_users_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "data_pagination"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ActiveUsersList,
}


def _get_kwargs(
    org: str,
    *,
    department_id: int | Unset = UNSET,
    format_: AudienceOrgsActiveUsersUsersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params["include_main_platform"] = include_main_platform

    params["length"] = length

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/audience/orgs/{org}/active-users/users".format(
            org=quote(str(org), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ActiveUsersList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ActiveUsersList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    format_: AudienceOrgsActiveUsersUsersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[ActiveUsersList]:
    """Get a list of active users with activity metrics.

    This endpoint provides a paginated list of users who have had activity within the specified date
    range.

    Query Parameters:
    start_date (str, optional): Start date for filtering (ISO format)
    end_date (str, optional): End date for filtering (ISO format)
    course_id (str, optional): Filter by course ID
    page (int, optional): Page number for pagination
    length (int, optional): Number of items per page

    Returns:
    A paginated list of active users with their activity metrics.

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/audience/orgs/{org}/active-users/users`` (operation ``audience_orgs_active_users_users_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        format_ (AudienceOrgsActiveUsersUsersRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        length (int | Unset):
        page (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ActiveUsersList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    format_: AudienceOrgsActiveUsersUsersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> ActiveUsersList:
    """Get a list of active users with activity metrics.

    This endpoint provides a paginated list of users who have had activity within the specified date
    range.

    Query Parameters:
    start_date (str, optional): Start date for filtering (ISO format)
    end_date (str, optional): End date for filtering (ISO format)
    course_id (str, optional): Filter by course ID
    page (int, optional): Page number for pagination
    length (int, optional): Number of items per page

    Returns:
    A paginated list of active users with their activity metrics.

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/audience/orgs/{org}/active-users/users`` (operation ``audience_orgs_active_users_users_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        format_ (AudienceOrgsActiveUsersUsersRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        length (int | Unset):
        page (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ActiveUsersList
    """

    return sync_detailed(
        org,
        department_id=department_id,
        format_=format_,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    format_: AudienceOrgsActiveUsersUsersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[ActiveUsersList]:
    """Get a list of active users with activity metrics.

    This endpoint provides a paginated list of users who have had activity within the specified date
    range.

    Query Parameters:
    start_date (str, optional): Start date for filtering (ISO format)
    end_date (str, optional): End date for filtering (ISO format)
    course_id (str, optional): Filter by course ID
    page (int, optional): Page number for pagination
    length (int, optional): Number of items per page

    Returns:
    A paginated list of active users with their activity metrics.

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/audience/orgs/{org}/active-users/users`` (operation ``audience_orgs_active_users_users_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        format_ (AudienceOrgsActiveUsersUsersRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        length (int | Unset):
        page (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ActiveUsersList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    format_: AudienceOrgsActiveUsersUsersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> ActiveUsersList:
    """Get a list of active users with activity metrics.

    This endpoint provides a paginated list of users who have had activity within the specified date
    range.

    Query Parameters:
    start_date (str, optional): Start date for filtering (ISO format)
    end_date (str, optional): End date for filtering (ISO format)
    course_id (str, optional): Filter by course ID
    page (int, optional): Page number for pagination
    length (int, optional): Number of items per page

    Returns:
    A paginated list of active users with their activity metrics.

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/audience/orgs/{org}/active-users/users`` (operation ``audience_orgs_active_users_users_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        format_ (AudienceOrgsActiveUsersUsersRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        length (int | Unset):
        page (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ActiveUsersList
    """

    return (
        await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=client,
        )
    ).unwrap()
