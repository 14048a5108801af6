from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.overtime_with_change_info import OvertimeWithChangeInfo
from ...models.overview_orgs_registered_users_retrieve_format import (
    OverviewOrgsRegisteredUsersRetrieveFormat,
)
from ...types import UNSET, Unset

OPERATION_ID = "overview_orgs_registered_users_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: OvertimeWithChangeInfo,
}


def _get_kwargs(
    org: str,
    *,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: OverviewOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    params["end_date"] = end_date

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params["include_main_platform"] = include_main_platform

    params["start_date"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/overview/orgs/{org}/registered-users".format(
            org=quote(str(org), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> OvertimeWithChangeInfo | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = OvertimeWithChangeInfo.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: OverviewOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[OvertimeWithChangeInfo]:
    """Get registered user counts over time.

    This endpoint provides daily counts of new user registrations over a specified time period.

    Query Parameters:
    start_date (str, optional): Start date for the time range (ISO format)
    end_date (str, optional): End date for the time range (ISO format)

    Returns:
    Daily registration counts over the specified time period, with change metrics
    compared to previous periods.

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/overview/orgs/{org}/registered-users`` (operation ``overview_orgs_registered_users_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (OverviewOrgsRegisteredUsersRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[OvertimeWithChangeInfo]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: OverviewOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> OvertimeWithChangeInfo:
    """Get registered user counts over time.

    This endpoint provides daily counts of new user registrations over a specified time period.

    Query Parameters:
    start_date (str, optional): Start date for the time range (ISO format)
    end_date (str, optional): End date for the time range (ISO format)

    Returns:
    Daily registration counts over the specified time period, with change metrics
    compared to previous periods.

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/overview/orgs/{org}/registered-users`` (operation ``overview_orgs_registered_users_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (OverviewOrgsRegisteredUsersRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        OvertimeWithChangeInfo
    """

    return sync_detailed(
        org,
        department_id=department_id,
        end_date=end_date,
        format_=format_,
        include_main_platform=include_main_platform,
        start_date=start_date,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: OverviewOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[OvertimeWithChangeInfo]:
    """Get registered user counts over time.

    This endpoint provides daily counts of new user registrations over a specified time period.

    Query Parameters:
    start_date (str, optional): Start date for the time range (ISO format)
    end_date (str, optional): End date for the time range (ISO format)

    Returns:
    Daily registration counts over the specified time period, with change metrics
    compared to previous periods.

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/overview/orgs/{org}/registered-users`` (operation ``overview_orgs_registered_users_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (OverviewOrgsRegisteredUsersRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[OvertimeWithChangeInfo]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: OverviewOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> OvertimeWithChangeInfo:
    """Get registered user counts over time.

    This endpoint provides daily counts of new user registrations over a specified time period.

    Query Parameters:
    start_date (str, optional): Start date for the time range (ISO format)
    end_date (str, optional): End date for the time range (ISO format)

    Returns:
    Daily registration counts over the specified time period, with change metrics
    compared to previous periods.

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/overview/orgs/{org}/registered-users`` (operation ``overview_orgs_registered_users_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (OverviewOrgsRegisteredUsersRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        OvertimeWithChangeInfo
    """

    return (
        await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=client,
        )
    ).unwrap()
