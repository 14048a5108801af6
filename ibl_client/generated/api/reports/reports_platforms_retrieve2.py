from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.report_detail import ReportDetail
from ...types import UNSET, Unset

OPERATION_ID = "reports_platforms_retrieve2"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ReportDetail,
}


def _get_kwargs(
    key: str,
    report_name: str,
    *,
    mentor_unique_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_mentor_unique_id: str | Unset = UNSET
    if not isinstance(mentor_unique_id, Unset):
        json_mentor_unique_id = str(mentor_unique_id)
    params["mentor_unique_id"] = json_mentor_unique_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/reports/platforms/{key}/{report_name}".format(
            key=quote(str(key), safe=""),
            report_name=quote(str(report_name), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ReportDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ReportDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    key: str,
    report_name: str,
    *,
    client: Client,
    mentor_unique_id: UUID | Unset = UNSET,
) -> Response[ReportDetail]:
    """Returns details of a specific report type including its status if previously requested.

    Required RBAC Permissions:
    1. CanViewAnalytics (kill switch):
    - Action: "Ibl.Analytics/CanViewAnalytics/action"
    - Resource: /platforms/{platform_pk}/
    2. Reports access to at least one user or usergroup:
    - Action: "Ibl.Analytics/Reports/read"
    - Resource: /platforms/{platform_pk}/users/{user_pk}/ OR
    /platforms/{platform_pk}/usergroups/{group_pk}/
    - Note: User must have access to at least one user or usergroup resource
    with Reports/read permission. Unrestricted access to all users
    (/platforms/{platform_pk}/users/) also satisfies this requirement.

    ``GET /api/reports/platforms/{key}/{report_name}`` (operation ``reports_platforms_retrieve2``)

    Args:
        key (str):
        report_name (str):
        mentor_unique_id (UUID | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ReportDetail]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            key,
            report_name,
            mentor_unique_id=mentor_unique_id,
        ),
        _parse_response,
    )


def sync(
    key: str,
    report_name: str,
    *,
    client: Client,
    mentor_unique_id: UUID | Unset = UNSET,
) -> ReportDetail:
    """Returns details of a specific report type including its status if previously requested.

    Required RBAC Permissions:
    1. CanViewAnalytics (kill switch):
    - Action: "Ibl.Analytics/CanViewAnalytics/action"
    - Resource: /platforms/{platform_pk}/
    2. Reports access to at least one user or usergroup:
    - Action: "Ibl.Analytics/Reports/read"
    - Resource: /platforms/{platform_pk}/users/{user_pk}/ OR
    /platforms/{platform_pk}/usergroups/{group_pk}/
    - Note: User must have access to at least one user or usergroup resource
    with Reports/read permission. Unrestricted access to all users
    (/platforms/{platform_pk}/users/) also satisfies this requirement.

    ``GET /api/reports/platforms/{key}/{report_name}`` (operation ``reports_platforms_retrieve2``)

    Args:
        key (str):
        report_name (str):
        mentor_unique_id (UUID | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ReportDetail
    """

    return sync_detailed(
        key,
        report_name,
        mentor_unique_id=mentor_unique_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    key: str,
    report_name: str,
    *,
    client: AsyncClient,
    mentor_unique_id: UUID | Unset = UNSET,
) -> Response[ReportDetail]:
    """Returns details of a specific report type including its status if previously requested.

    Required RBAC Permissions:
    1. CanViewAnalytics (kill switch):
    - Action: "Ibl.Analytics/CanViewAnalytics/action"
    - Resource: /platforms/{platform_pk}/
    2. Reports access to at least one user or usergroup:
    - Action: "Ibl.Analytics/Reports/read"
    - Resource: /platforms/{platform_pk}/users/{user_pk}/ OR
    /platforms/{platform_pk}/usergroups/{group_pk}/
    - Note: User must have access to at least one user or usergroup resource
    with Reports/read permission. Unrestricted access to all users
    (/platforms/{platform_pk}/users/) also satisfies this requirement.

    ``GET /api/reports/platforms/{key}/{report_name}`` (operation ``reports_platforms_retrieve2``)

    Args:
        key (str):
        report_name (str):
        mentor_unique_id (UUID | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ReportDetail]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            key,
            report_name,
            mentor_unique_id=mentor_unique_id,
        ),
        _parse_response,
    )


async def asyncio(
    key: str,
    report_name: str,
    *,
    client: AsyncClient,
    mentor_unique_id: UUID | Unset = UNSET,
) -> ReportDetail:
    """Returns details of a specific report type including its status if previously requested.

    Required RBAC Permissions:
    1. CanViewAnalytics (kill switch):
    - Action: "Ibl.Analytics/CanViewAnalytics/action"
    - Resource: /platforms/{platform_pk}/
    2. Reports access to at least one user or usergroup:
    - Action: "Ibl.Analytics/Reports/read"
    - Resource: /platforms/{platform_pk}/users/{user_pk}/ OR
    /platforms/{platform_pk}/usergroups/{group_pk}/
    - Note: User must have access to at least one user or usergroup resource
    with Reports/read permission. Unrestricted access to all users
    (/platforms/{platform_pk}/users/) also satisfies this requirement.

    ``GET /api/reports/platforms/{key}/{report_name}`` (operation ``reports_platforms_retrieve2``)

    Args:
        key (str):
        report_name (str):
        mentor_unique_id (UUID | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ReportDetail
    """

    return (
        await asyncio_detailed(
            key,
            report_name,
            mentor_unique_id=mentor_unique_id,
            client=client,
        )
    ).unwrap()
