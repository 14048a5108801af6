import datetime
from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.invoice_report_response import InvoiceReportResponse
from ...types import UNSET, Unset

OPERATION_ID = "analytics_financial_invoice_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: InvoiceReportResponse,
}


def _get_kwargs(
    *,
    end_date: datetime.date | Unset = UNSET,
    include_breakdown: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["include_breakdown"] = include_breakdown

    params["platform_key"] = platform_key

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_usergroup_ids: list[int] | Unset = UNSET
    if not isinstance(usergroup_ids, Unset):
        json_usergroup_ids = usergroup_ids

    params["usergroup_ids"] = json_usergroup_ids

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/analytics/financial/invoice/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> InvoiceReportResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = InvoiceReportResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    end_date: datetime.date | Unset = UNSET,
    include_breakdown: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[InvoiceReportResponse]:
    """Flexible Invoice Report API – Billing summary with username and platform filtering.

    This endpoint generates invoice reports with flexible filtering options: - Platform admins can
    view their platform's data and filter by username within their platform - Super admins can view
    any combination of username/platform or global summaries

    **Key Features:** - Flexible filtering by username and/or platform_key - Essential metrics:
    total cost, sessions, usage period - Provider breakdown (OpenAI, Anthropic, etc.) - Top
    mentors/actions by cost - Clean, invoice-ready format

    **Query Parameters:** - username: Filter by specific username (optional) - platform_key: Filter
    by platform (optional, but required for platform admins) - start_date, end_date: billing period
    (defaults to last 30 days) - include_breakdown: show provider/mentor details (default: true)

    **Permission Logic:** - Platform admins: Must include platform_key matching their permission
    scope - Super admins: Can use any combination of filters or none (global summary)

    **Examples:** ``` # Platform admin viewing their platform GET
    /api/analytics/financial/invoice?platform_key=web-app

    # Platform admin viewing specific user in their platform GET
    /api/analytics/financial/invoice?platform_key=web-app&username=john.doe

    # Super admin viewing specific user across all platforms GET
    /api/analytics/financial/invoice?username=john.doe

    # Super admin viewing global summary GET /api/analytics/financial/invoice ```

    **Response Structure:** ```json {
    "entity": {
    "type": "user|platform|global",
    "username": "john.doe",
    "platform_key": "web-app",
    "platform_name": "Web Application",
    "display_name": "John Doe on Web Application"
    },
    "billing_period": {
    "start_date": "2025-01-01",
    "end_date": "2025-01-31",
    "days": 31
    },
    "summary": {
    "total_cost": 245.750,
    "total_sessions": 1250,
    "active_users": 85,
    "cost_per_session": 0.196
    },
    "breakdown": {
    "by_provider": [...],
    "by_mentor": [...],
    "by_action": [...]
    } } ```

    ``GET /api/analytics/financial/invoice/`` (operation ``analytics_financial_invoice_retrieve``)

    Args:
        end_date (datetime.date | Unset):
        include_breakdown (bool | Unset):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[InvoiceReportResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            end_date=end_date,
            include_breakdown=include_breakdown,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    end_date: datetime.date | Unset = UNSET,
    include_breakdown: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
    username: str | Unset = UNSET,
) -> InvoiceReportResponse:
    """Flexible Invoice Report API – Billing summary with username and platform filtering.

    This endpoint generates invoice reports with flexible filtering options: - Platform admins can
    view their platform's data and filter by username within their platform - Super admins can view
    any combination of username/platform or global summaries

    **Key Features:** - Flexible filtering by username and/or platform_key - Essential metrics:
    total cost, sessions, usage period - Provider breakdown (OpenAI, Anthropic, etc.) - Top
    mentors/actions by cost - Clean, invoice-ready format

    **Query Parameters:** - username: Filter by specific username (optional) - platform_key: Filter
    by platform (optional, but required for platform admins) - start_date, end_date: billing period
    (defaults to last 30 days) - include_breakdown: show provider/mentor details (default: true)

    **Permission Logic:** - Platform admins: Must include platform_key matching their permission
    scope - Super admins: Can use any combination of filters or none (global summary)

    **Examples:** ``` # Platform admin viewing their platform GET
    /api/analytics/financial/invoice?platform_key=web-app

    # Platform admin viewing specific user in their platform GET
    /api/analytics/financial/invoice?platform_key=web-app&username=john.doe

    # Super admin viewing specific user across all platforms GET
    /api/analytics/financial/invoice?username=john.doe

    # Super admin viewing global summary GET /api/analytics/financial/invoice ```

    **Response Structure:** ```json {
    "entity": {
    "type": "user|platform|global",
    "username": "john.doe",
    "platform_key": "web-app",
    "platform_name": "Web Application",
    "display_name": "John Doe on Web Application"
    },
    "billing_period": {
    "start_date": "2025-01-01",
    "end_date": "2025-01-31",
    "days": 31
    },
    "summary": {
    "total_cost": 245.750,
    "total_sessions": 1250,
    "active_users": 85,
    "cost_per_session": 0.196
    },
    "breakdown": {
    "by_provider": [...],
    "by_mentor": [...],
    "by_action": [...]
    } } ```

    ``GET /api/analytics/financial/invoice/`` (operation ``analytics_financial_invoice_retrieve``)

    Args:
        end_date (datetime.date | Unset):
        include_breakdown (bool | Unset):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        InvoiceReportResponse
    """

    return sync_detailed(
        end_date=end_date,
        include_breakdown=include_breakdown,
        platform_key=platform_key,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    end_date: datetime.date | Unset = UNSET,
    include_breakdown: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[InvoiceReportResponse]:
    """Flexible Invoice Report API – Billing summary with username and platform filtering.

    This endpoint generates invoice reports with flexible filtering options: - Platform admins can
    view their platform's data and filter by username within their platform - Super admins can view
    any combination of username/platform or global summaries

    **Key Features:** - Flexible filtering by username and/or platform_key - Essential metrics:
    total cost, sessions, usage period - Provider breakdown (OpenAI, Anthropic, etc.) - Top
    mentors/actions by cost - Clean, invoice-ready format

    **Query Parameters:** - username: Filter by specific username (optional) - platform_key: Filter
    by platform (optional, but required for platform admins) - start_date, end_date: billing period
    (defaults to last 30 days) - include_breakdown: show provider/mentor details (default: true)

    **Permission Logic:** - Platform admins: Must include platform_key matching their permission
    scope - Super admins: Can use any combination of filters or none (global summary)

    **Examples:** ``` # Platform admin viewing their platform GET
    /api/analytics/financial/invoice?platform_key=web-app

    # Platform admin viewing specific user in their platform GET
    /api/analytics/financial/invoice?platform_key=web-app&username=john.doe

    # Super admin viewing specific user across all platforms GET
    /api/analytics/financial/invoice?username=john.doe

    # Super admin viewing global summary GET /api/analytics/financial/invoice ```

    **Response Structure:** ```json {
    "entity": {
    "type": "user|platform|global",
    "username": "john.doe",
    "platform_key": "web-app",
    "platform_name": "Web Application",
    "display_name": "John Doe on Web Application"
    },
    "billing_period": {
    "start_date": "2025-01-01",
    "end_date": "2025-01-31",
    "days": 31
    },
    "summary": {
    "total_cost": 245.750,
    "total_sessions": 1250,
    "active_users": 85,
    "cost_per_session": 0.196
    },
    "breakdown": {
    "by_provider": [...],
    "by_mentor": [...],
    "by_action": [...]
    } } ```

    ``GET /api/analytics/financial/invoice/`` (operation ``analytics_financial_invoice_retrieve``)

    Args:
        end_date (datetime.date | Unset):
        include_breakdown (bool | Unset):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[InvoiceReportResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            end_date=end_date,
            include_breakdown=include_breakdown,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    end_date: datetime.date | Unset = UNSET,
    include_breakdown: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
    username: str | Unset = UNSET,
) -> InvoiceReportResponse:
    """Flexible Invoice Report API – Billing summary with username and platform filtering.

    This endpoint generates invoice reports with flexible filtering options: - Platform admins can
    view their platform's data and filter by username within their platform - Super admins can view
    any combination of username/platform or global summaries

    **Key Features:** - Flexible filtering by username and/or platform_key - Essential metrics:
    total cost, sessions, usage period - Provider breakdown (OpenAI, Anthropic, etc.) - Top
    mentors/actions by cost - Clean, invoice-ready format

    **Query Parameters:** - username: Filter by specific username (optional) - platform_key: Filter
    by platform (optional, but required for platform admins) - start_date, end_date: billing period
    (defaults to last 30 days) - include_breakdown: show provider/mentor details (default: true)

    **Permission Logic:** - Platform admins: Must include platform_key matching their permission
    scope - Super admins: Can use any combination of filters or none (global summary)

    **Examples:** ``` # Platform admin viewing their platform GET
    /api/analytics/financial/invoice?platform_key=web-app

    # Platform admin viewing specific user in their platform GET
    /api/analytics/financial/invoice?platform_key=web-app&username=john.doe

    # Super admin viewing specific user across all platforms GET
    /api/analytics/financial/invoice?username=john.doe

    # Super admin viewing global summary GET /api/analytics/financial/invoice ```

    **Response Structure:** ```json {
    "entity": {
    "type": "user|platform|global",
    "username": "john.doe",
    "platform_key": "web-app",
    "platform_name": "Web Application",
    "display_name": "John Doe on Web Application"
    },
    "billing_period": {
    "start_date": "2025-01-01",
    "end_date": "2025-01-31",
    "days": 31
    },
    "summary": {
    "total_cost": 245.750,
    "total_sessions": 1250,
    "active_users": 85,
    "cost_per_session": 0.196
    },
    "breakdown": {
    "by_provider": [...],
    "by_mentor": [...],
    "by_action": [...]
    } } ```

    ``GET /api/analytics/financial/invoice/`` (operation ``analytics_financial_invoice_retrieve``)

    Args:
        end_date (datetime.date | Unset):
        include_breakdown (bool | Unset):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        InvoiceReportResponse
    """

    return (
        await asyncio_detailed(
            end_date=end_date,
            include_breakdown=include_breakdown,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
            client=client,
        )
    ).unwrap()
