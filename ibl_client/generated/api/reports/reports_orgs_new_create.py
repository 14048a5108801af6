from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.report_create import ReportCreate
from ...models.report_request import ReportRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "reports_orgs_new_create"


def _get_kwargs(
    org: str,
    *,
    body: ReportRequest | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/reports/orgs/{org}/new".format(
            org=quote(str(org), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, ReportRequest, body)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ReportCreate | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", ReportCreate, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: ReportRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[ReportCreate]:
    """Creates and manages report generation requests.

    This endpoint allows users to: 1. Request a new report generation 2. Check the status of a
    previously requested report 3. Force regeneration of an existing report

    Reports expire after a configured time period (default is typically 24-48 hours).

    Request Parameters:
    report_name (str): The identifier of the report to generate
    owner (str): The username of the report owner (usually the current user)
    learner_id (str, optional): Filter by specific learner
    course_id (str, optional): Filter by specific course
    start_date (str, optional): Start date for report data (ISO format)
    end_date (str, optional): End date for report data (ISO format)
    filters (dict, optional): Additional filters specific to the report type
    force (bool, optional): Force regeneration even if a valid report exists

    Returns:
    For new reports:
    - report_id: The unique identifier for the report task
    - state: The current state of the report (PENDING, RUNNING, etc.)
    For completed reports:
    - report_id: The unique identifier for the report task
    - report_name: The name of the report
    - url: Download URL for the report
    - state: COMPLETED
    - expires: Expiration timestamp for the report
    For in-progress reports:
    - report_id: The unique identifier for the report task
    - state: Current state (PENDING, RUNNING)
    - started_on: When the report generation started
    - owner: Username of the report owner

    Error Responses:
    400 Bad Request: Invalid parameters or report configuration
    404 Not Found: Report type not found
    403 Forbidden: User doesn't have permission for the requested report

    ``POST /api/reports/orgs/{org}/new`` (operation ``reports_orgs_new_create``)

    Args:
        org (str):
        body (ReportRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ReportCreate]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    org: str,
    *,
    client: Client,
    body: ReportRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> ReportCreate:
    """Creates and manages report generation requests.

    This endpoint allows users to: 1. Request a new report generation 2. Check the status of a
    previously requested report 3. Force regeneration of an existing report

    Reports expire after a configured time period (default is typically 24-48 hours).

    Request Parameters:
    report_name (str): The identifier of the report to generate
    owner (str): The username of the report owner (usually the current user)
    learner_id (str, optional): Filter by specific learner
    course_id (str, optional): Filter by specific course
    start_date (str, optional): Start date for report data (ISO format)
    end_date (str, optional): End date for report data (ISO format)
    filters (dict, optional): Additional filters specific to the report type
    force (bool, optional): Force regeneration even if a valid report exists

    Returns:
    For new reports:
    - report_id: The unique identifier for the report task
    - state: The current state of the report (PENDING, RUNNING, etc.)
    For completed reports:
    - report_id: The unique identifier for the report task
    - report_name: The name of the report
    - url: Download URL for the report
    - state: COMPLETED
    - expires: Expiration timestamp for the report
    For in-progress reports:
    - report_id: The unique identifier for the report task
    - state: Current state (PENDING, RUNNING)
    - started_on: When the report generation started
    - owner: Username of the report owner

    Error Responses:
    400 Bad Request: Invalid parameters or report configuration
    404 Not Found: Report type not found
    403 Forbidden: User doesn't have permission for the requested report

    ``POST /api/reports/orgs/{org}/new`` (operation ``reports_orgs_new_create``)

    Args:
        org (str):
        body (ReportRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ReportCreate
    """

    return sync_detailed(
        org,
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    body: ReportRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[ReportCreate]:
    """Creates and manages report generation requests.

    This endpoint allows users to: 1. Request a new report generation 2. Check the status of a
    previously requested report 3. Force regeneration of an existing report

    Reports expire after a configured time period (default is typically 24-48 hours).

    Request Parameters:
    report_name (str): The identifier of the report to generate
    owner (str): The username of the report owner (usually the current user)
    learner_id (str, optional): Filter by specific learner
    course_id (str, optional): Filter by specific course
    start_date (str, optional): Start date for report data (ISO format)
    end_date (str, optional): End date for report data (ISO format)
    filters (dict, optional): Additional filters specific to the report type
    force (bool, optional): Force regeneration even if a valid report exists

    Returns:
    For new reports:
    - report_id: The unique identifier for the report task
    - state: The current state of the report (PENDING, RUNNING, etc.)
    For completed reports:
    - report_id: The unique identifier for the report task
    - report_name: The name of the report
    - url: Download URL for the report
    - state: COMPLETED
    - expires: Expiration timestamp for the report
    For in-progress reports:
    - report_id: The unique identifier for the report task
    - state: Current state (PENDING, RUNNING)
    - started_on: When the report generation started
    - owner: Username of the report owner

    Error Responses:
    400 Bad Request: Invalid parameters or report configuration
    404 Not Found: Report type not found
    403 Forbidden: User doesn't have permission for the requested report

    ``POST /api/reports/orgs/{org}/new`` (operation ``reports_orgs_new_create``)

    Args:
        org (str):
        body (ReportRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ReportCreate]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    body: ReportRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> ReportCreate:
    """Creates and manages report generation requests.

    This endpoint allows users to: 1. Request a new report generation 2. Check the status of a
    previously requested report 3. Force regeneration of an existing report

    Reports expire after a configured time period (default is typically 24-48 hours).

    Request Parameters:
    report_name (str): The identifier of the report to generate
    owner (str): The username of the report owner (usually the current user)
    learner_id (str, optional): Filter by specific learner
    course_id (str, optional): Filter by specific course
    start_date (str, optional): Start date for report data (ISO format)
    end_date (str, optional): End date for report data (ISO format)
    filters (dict, optional): Additional filters specific to the report type
    force (bool, optional): Force regeneration even if a valid report exists

    Returns:
    For new reports:
    - report_id: The unique identifier for the report task
    - state: The current state of the report (PENDING, RUNNING, etc.)
    For completed reports:
    - report_id: The unique identifier for the report task
    - report_name: The name of the report
    - url: Download URL for the report
    - state: COMPLETED
    - expires: Expiration timestamp for the report
    For in-progress reports:
    - report_id: The unique identifier for the report task
    - state: Current state (PENDING, RUNNING)
    - started_on: When the report generation started
    - owner: Username of the report owner

    Error Responses:
    400 Bad Request: Invalid parameters or report configuration
    404 Not Found: Report type not found
    403 Forbidden: User doesn't have permission for the requested report

    ``POST /api/reports/orgs/{org}/new`` (operation ``reports_orgs_new_create``)

    Args:
        org (str):
        body (ReportRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ReportCreate
    """

    return (
        await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
