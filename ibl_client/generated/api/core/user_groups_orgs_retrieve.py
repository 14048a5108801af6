import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.group_list import GroupList
from ...models.user_groups_orgs_retrieve_format import (
    UserGroupsOrgsRetrieveFormat,
)
from ...types import UNSET, Unset

OPERATION_ID = "user_groups_orgs_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "data_pagination"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: GroupList,
}


def _get_kwargs(
    key: str,
    *,
    department_id: int | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    format_: UserGroupsOrgsRetrieveFormat | Unset = UNSET,
    groups: list[str] | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    is_enrolled: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    location: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pathway: str | Unset = UNSET,
    program: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    json_groups: list[str] | Unset = UNSET
    if not isinstance(groups, Unset):
        json_groups = groups

    params["groups"] = json_groups

    params["include_main_platform"] = include_main_platform

    params["is_enrolled"] = is_enrolled

    params["length"] = length

    params["location"] = location

    params["page"] = page

    params["pathway"] = pathway

    params["program"] = program

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/user-groups/orgs/{key}/".format(
            key=quote(str(key), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> GroupList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = GroupList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    key: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    format_: UserGroupsOrgsRetrieveFormat | Unset = UNSET,
    groups: list[str] | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    is_enrolled: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    location: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pathway: str | Unset = UNSET,
    program: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> Response[GroupList]:
    """Get a list of user groups with metrics and filtering options.

    This endpoint provides a paginated list of user groups with aggregated metrics about learner
    performance, course completions, and skill acquisition.

    This endpoint uses DM token authentication and respects department-based access controls.

    Query Parameters:
    page (int, optional): Page number for pagination
    length (int, optional): Number of items per page
    program (str, optional): Filter by program
    pathway (str, optional): Filter by pathway
    groups (list, optional): Filter by group names
    location (str, optional): Filter by location
    is_enrolled (bool, optional): Filter for groups with enrolled users
    start_date (date, optional): Filter by learner join date (start range)
    end_date (date, optional): Filter by learner join date (end range)

    Returns:
    A paginated list of user groups with comprehensive metrics.

    Access Control:
    - Platform admins can see all groups
    - Department admins can only see groups in their departments

    ``GET /api/user-groups/orgs/{key}/`` (operation ``user_groups_orgs_retrieve``)

    Args:
        key (str):
        department_id (int | Unset):
        end_date (datetime.date | Unset):
        format_ (UserGroupsOrgsRetrieveFormat | Unset):
        groups (list[str] | Unset):
        include_main_platform (bool | Unset):
        is_enrolled (bool | Unset):
        length (int | Unset):
        location (str | Unset):
        page (int | Unset):
        pathway (str | Unset):
        program (str | Unset):
        start_date (datetime.date | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[GroupList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            key,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            groups=groups,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
        ),
        _parse_response,
    )


def sync(
    key: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    format_: UserGroupsOrgsRetrieveFormat | Unset = UNSET,
    groups: list[str] | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    is_enrolled: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    location: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pathway: str | Unset = UNSET,
    program: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> GroupList:
    """Get a list of user groups with metrics and filtering options.

    This endpoint provides a paginated list of user groups with aggregated metrics about learner
    performance, course completions, and skill acquisition.

    This endpoint uses DM token authentication and respects department-based access controls.

    Query Parameters:
    page (int, optional): Page number for pagination
    length (int, optional): Number of items per page
    program (str, optional): Filter by program
    pathway (str, optional): Filter by pathway
    groups (list, optional): Filter by group names
    location (str, optional): Filter by location
    is_enrolled (bool, optional): Filter for groups with enrolled users
    start_date (date, optional): Filter by learner join date (start range)
    end_date (date, optional): Filter by learner join date (end range)

    Returns:
    A paginated list of user groups with comprehensive metrics.

    Access Control:
    - Platform admins can see all groups
    - Department admins can only see groups in their departments

    ``GET /api/user-groups/orgs/{key}/`` (operation ``user_groups_orgs_retrieve``)

    Args:
        key (str):
        department_id (int | Unset):
        end_date (datetime.date | Unset):
        format_ (UserGroupsOrgsRetrieveFormat | Unset):
        groups (list[str] | Unset):
        include_main_platform (bool | Unset):
        is_enrolled (bool | Unset):
        length (int | Unset):
        location (str | Unset):
        page (int | Unset):
        pathway (str | Unset):
        program (str | Unset):
        start_date (datetime.date | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        GroupList
    """

    return sync_detailed(
        key,
        department_id=department_id,
        end_date=end_date,
        format_=format_,
        groups=groups,
        include_main_platform=include_main_platform,
        is_enrolled=is_enrolled,
        length=length,
        location=location,
        page=page,
        pathway=pathway,
        program=program,
        start_date=start_date,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    key: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    format_: UserGroupsOrgsRetrieveFormat | Unset = UNSET,
    groups: list[str] | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    is_enrolled: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    location: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pathway: str | Unset = UNSET,
    program: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> Response[GroupList]:
    """Get a list of user groups with metrics and filtering options.

    This endpoint provides a paginated list of user groups with aggregated metrics about learner
    performance, course completions, and skill acquisition.

    This endpoint uses DM token authentication and respects department-based access controls.

    Query Parameters:
    page (int, optional): Page number for pagination
    length (int, optional): Number of items per page
    program (str, optional): Filter by program
    pathway (str, optional): Filter by pathway
    groups (list, optional): Filter by group names
    location (str, optional): Filter by location
    is_enrolled (bool, optional): Filter for groups with enrolled users
    start_date (date, optional): Filter by learner join date (start range)
    end_date (date, optional): Filter by learner join date (end range)

    Returns:
    A paginated list of user groups with comprehensive metrics.

    Access Control:
    - Platform admins can see all groups
    - Department admins can only see groups in their departments

    ``GET /api/user-groups/orgs/{key}/`` (operation ``user_groups_orgs_retrieve``)

    Args:
        key (str):
        department_id (int | Unset):
        end_date (datetime.date | Unset):
        format_ (UserGroupsOrgsRetrieveFormat | Unset):
        groups (list[str] | Unset):
        include_main_platform (bool | Unset):
        is_enrolled (bool | Unset):
        length (int | Unset):
        location (str | Unset):
        page (int | Unset):
        pathway (str | Unset):
        program (str | Unset):
        start_date (datetime.date | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[GroupList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            key,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            groups=groups,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
        ),
        _parse_response,
    )


async def asyncio(
    key: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    format_: UserGroupsOrgsRetrieveFormat | Unset = UNSET,
    groups: list[str] | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    is_enrolled: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    location: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pathway: str | Unset = UNSET,
    program: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> GroupList:
    """Get a list of user groups with metrics and filtering options.

    This endpoint provides a paginated list of user groups with aggregated metrics about learner
    performance, course completions, and skill acquisition.

    This endpoint uses DM token authentication and respects department-based access controls.

    Query Parameters:
    page (int, optional): Page number for pagination
    length (int, optional): Number of items per page
    program (str, optional): Filter by program
    pathway (str, optional): Filter by pathway
    groups (list, optional): Filter by group names
    location (str, optional): Filter by location
    is_enrolled (bool, optional): Filter for groups with enrolled users
    start_date (date, optional): Filter by learner join date (start range)
    end_date (date, optional): Filter by learner join date (end range)

    Returns:
    A paginated list of user groups with comprehensive metrics.

    Access Control:
    - Platform admins can see all groups
    - Department admins can only see groups in their departments

    ``GET /api/user-groups/orgs/{key}/`` (operation ``user_groups_orgs_retrieve``)

    Args:
        key (str):
        department_id (int | Unset):
        end_date (datetime.date | Unset):
        format_ (UserGroupsOrgsRetrieveFormat | Unset):
        groups (list[str] | Unset):
        include_main_platform (bool | Unset):
        is_enrolled (bool | Unset):
        length (int | Unset):
        location (str | Unset):
        page (int | Unset):
        pathway (str | Unset):
        program (str | Unset):
        start_date (datetime.date | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        GroupList
    """

    return (
        await asyncio_detailed(
            key,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            groups=groups,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            client=client,
        )
    ).unwrap()
