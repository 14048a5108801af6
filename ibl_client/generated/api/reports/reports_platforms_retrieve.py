from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.report_list import ReportList

OPERATION_ID = "reports_platforms_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ReportList,
}


def _get_kwargs(
    key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/reports/platforms/{key}/".format(
            key=quote(str(key), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ReportList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ReportList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    key: str,
    *,
    client: Client,
) -> Response[ReportList]:
    """Returns a list of reports available in the system.

    For each report, it includes: - display_name: Human-readable name of the report - description:
    Description of what the report contains - icon: URL to an icon representing the report -
    report_name: Unique identifier for the report - extra_query_params: Additional parameters that
    can be passed when creating the report - result_columns: Columns that will be included in the
    report results - status: Current status of the report if it has been previously requested

    The status will include details like the report ID, state, and download URL if completed.

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

    ``GET /api/reports/platforms/{key}/`` (operation ``reports_platforms_retrieve``)

    Args:
        key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ReportList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            key,
        ),
        _parse_response,
    )


def sync(
    key: str,
    *,
    client: Client,
) -> ReportList:
    """Returns a list of reports available in the system.

    For each report, it includes: - display_name: Human-readable name of the report - description:
    Description of what the report contains - icon: URL to an icon representing the report -
    report_name: Unique identifier for the report - extra_query_params: Additional parameters that
    can be passed when creating the report - result_columns: Columns that will be included in the
    report results - status: Current status of the report if it has been previously requested

    The status will include details like the report ID, state, and download URL if completed.

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

    ``GET /api/reports/platforms/{key}/`` (operation ``reports_platforms_retrieve``)

    Args:
        key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ReportList
    """

    return sync_detailed(
        key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    key: str,
    *,
    client: AsyncClient,
) -> Response[ReportList]:
    """Returns a list of reports available in the system.

    For each report, it includes: - display_name: Human-readable name of the report - description:
    Description of what the report contains - icon: URL to an icon representing the report -
    report_name: Unique identifier for the report - extra_query_params: Additional parameters that
    can be passed when creating the report - result_columns: Columns that will be included in the
    report results - status: Current status of the report if it has been previously requested

    The status will include details like the report ID, state, and download URL if completed.

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

    ``GET /api/reports/platforms/{key}/`` (operation ``reports_platforms_retrieve``)

    Args:
        key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ReportList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            key,
        ),
        _parse_response,
    )


async def asyncio(
    key: str,
    *,
    client: AsyncClient,
) -> ReportList:
    """Returns a list of reports available in the system.

    For each report, it includes: - display_name: Human-readable name of the report - description:
    Description of what the report contains - icon: URL to an icon representing the report -
    report_name: Unique identifier for the report - extra_query_params: Additional parameters that
    can be passed when creating the report - result_columns: Columns that will be included in the
    report results - status: Current status of the report if it has been previously requested

    The status will include details like the report ID, state, and download URL if completed.

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

    ``GET /api/reports/platforms/{key}/`` (operation ``reports_platforms_retrieve``)

    Args:
        key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ReportList
    """

    return (
        await asyncio_detailed(
            key,
            client=client,
        )
    ).unwrap()
