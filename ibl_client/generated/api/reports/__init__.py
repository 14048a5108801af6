"""Operations tagged ``reports`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncReportsApi` / `ReportsApi`, reached as
``client.reports``. A method imports its operation module on first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._response import Response
    from ...models.report_create import ReportCreate
    from ...models.report_detail import ReportDetail
    from ...models.report_list import ReportList
    from ...models.report_request import ReportRequest
    from ...types import UNSET, Unset


class AsyncReportsApi:
    """The ``reports`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def reports_orgs_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ReportList:
        """Lists all available reports in the system.

        This endpoint returns a list of all reports available to the user, including: - Report metadata
        (name, description, icon) - Available query parameters for each report - Result columns that
        will be returned - Current status of any previously requested reports

        If a report has been previously requested by the user, its status will be included in the
        response. Expired reports are automatically cleaned up.

        Returns:
        A list of report objects with their metadata and status information.

        ``GET /api/reports/orgs/{org}/`` (operation ``reports_orgs_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ReportList
        """

        from .reports_orgs_retrieve import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def reports_orgs_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ReportList]:
        """Like `reports_orgs_retrieve`, returning the whole `Response` and raising no status error."""
        from .reports_orgs_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def reports_orgs_new_create(
        self,
        org: str,
        *,
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

        from .reports_orgs_new_create import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def reports_orgs_new_create_detailed(
        self,
        org: str,
        *,
        body: ReportRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ReportCreate]:
        """Like `reports_orgs_new_create`, returning the whole `Response` and raising no status error."""
        from .reports_orgs_new_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def reports_orgs_retrieve2(
        self,
        org: str,
        report_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ReportDetail:
        """Retrieves detailed information about a specific report type.

        This endpoint provides: - Metadata about the report (name, description, icon) - Available query
        parameters for the report - Result columns that will be returned - Current status of the most
        recent report of this type requested by the user

        Path Parameters:
        report_name (str): The identifier of the report to retrieve details for

        Returns:
        Detailed information about the report type and its current status if previously requested.

        Error Responses:
        404 Not Found: If the specified report type doesn't exist

        ``GET /api/reports/orgs/{org}/{report_name}`` (operation ``reports_orgs_retrieve2``)

        Args:
            org (str):
            report_name (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ReportDetail
        """

        from .reports_orgs_retrieve2 import asyncio

        return await asyncio(
            org,
            report_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def reports_orgs_retrieve2_detailed(
        self,
        org: str,
        report_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ReportDetail]:
        """Like `reports_orgs_retrieve2`, returning the whole `Response` and raising no status error."""
        from .reports_orgs_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            report_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def reports_platforms_retrieve(
        self,
        key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ReportList:
        """Returns a list of reports available in the system.

        For each report, it includes: - display_name: Human-readable name of the report - description:
        Description of what the report contains - icon: URL to an icon representing the report -
        report_name: Unique identifier for the report - extra_query_params: Additional parameters that
        can be passed when creating the report - result_columns: Columns that will be included in the
        report results - status: Current status of the report if it has been previously requested

        The status will include details like the report ID, state, and download URL if completed.

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

        from .reports_platforms_retrieve import asyncio

        return await asyncio(
            key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def reports_platforms_retrieve_detailed(
        self,
        key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ReportList]:
        """Like `reports_platforms_retrieve`, returning the whole `Response` and raising no status error."""
        from .reports_platforms_retrieve import asyncio_detailed

        return await asyncio_detailed(
            key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def reports_platforms_new_create(
        self,
        key: str,
        *,
        body: ReportRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ReportCreate:
        """Triggers a new report generation.

        If the report has been previously requested, it returns the status of the report. Reports expire
        after a configured duration.

        The request body should include: - report_name: Name of the report to generate - learner_id:
        (optional) ID of the learner to filter by - course_id: (optional) ID of the course to filter by
        - force: (optional) Force generation of a new report even if one exists - filters: (optional)
        Additional filters for the report - departments: (optional) Department IDs to filter by

        ``POST /api/reports/platforms/{key}/new`` (operation ``reports_platforms_new_create``)

        Args:
            key (str):
            body (ReportRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ReportCreate
        """

        from .reports_platforms_new_create import asyncio

        return await asyncio(
            key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def reports_platforms_new_create_detailed(
        self,
        key: str,
        *,
        body: ReportRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ReportCreate]:
        """Like `reports_platforms_new_create`, returning the whole `Response` and raising no status error."""
        from .reports_platforms_new_create import asyncio_detailed

        return await asyncio_detailed(
            key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def reports_platforms_retrieve2(
        self,
        key: str,
        report_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ReportDetail:
        """Returns details of a specific report type including its status if previously requested.

        ``GET /api/reports/platforms/{key}/{report_name}`` (operation ``reports_platforms_retrieve2``)

        Args:
            key (str):
            report_name (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ReportDetail
        """

        from .reports_platforms_retrieve2 import asyncio

        return await asyncio(
            key,
            report_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def reports_platforms_retrieve2_detailed(
        self,
        key: str,
        report_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ReportDetail]:
        """Like `reports_platforms_retrieve2`, returning the whole `Response` and raising no status error."""
        from .reports_platforms_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            key,
            report_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )


class ReportsApi:
    """The ``reports`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def reports_orgs_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ReportList:
        """See `AsyncReportsApi.reports_orgs_retrieve`."""
        from .reports_orgs_retrieve import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def reports_orgs_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ReportList]:
        """See `AsyncReportsApi.reports_orgs_retrieve_detailed`."""
        from .reports_orgs_retrieve import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def reports_orgs_new_create(
        self,
        org: str,
        *,
        body: ReportRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ReportCreate:
        """See `AsyncReportsApi.reports_orgs_new_create`."""
        from .reports_orgs_new_create import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def reports_orgs_new_create_detailed(
        self,
        org: str,
        *,
        body: ReportRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ReportCreate]:
        """See `AsyncReportsApi.reports_orgs_new_create_detailed`."""
        from .reports_orgs_new_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def reports_orgs_retrieve2(
        self,
        org: str,
        report_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ReportDetail:
        """See `AsyncReportsApi.reports_orgs_retrieve2`."""
        from .reports_orgs_retrieve2 import sync

        return sync(
            org,
            report_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def reports_orgs_retrieve2_detailed(
        self,
        org: str,
        report_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ReportDetail]:
        """See `AsyncReportsApi.reports_orgs_retrieve2_detailed`."""
        from .reports_orgs_retrieve2 import sync_detailed

        return sync_detailed(
            org,
            report_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def reports_platforms_retrieve(
        self,
        key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ReportList:
        """See `AsyncReportsApi.reports_platforms_retrieve`."""
        from .reports_platforms_retrieve import sync

        return sync(
            key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def reports_platforms_retrieve_detailed(
        self,
        key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ReportList]:
        """See `AsyncReportsApi.reports_platforms_retrieve_detailed`."""
        from .reports_platforms_retrieve import sync_detailed

        return sync_detailed(
            key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def reports_platforms_new_create(
        self,
        key: str,
        *,
        body: ReportRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ReportCreate:
        """See `AsyncReportsApi.reports_platforms_new_create`."""
        from .reports_platforms_new_create import sync

        return sync(
            key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def reports_platforms_new_create_detailed(
        self,
        key: str,
        *,
        body: ReportRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ReportCreate]:
        """See `AsyncReportsApi.reports_platforms_new_create_detailed`."""
        from .reports_platforms_new_create import sync_detailed

        return sync_detailed(
            key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def reports_platforms_retrieve2(
        self,
        key: str,
        report_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ReportDetail:
        """See `AsyncReportsApi.reports_platforms_retrieve2`."""
        from .reports_platforms_retrieve2 import sync

        return sync(
            key,
            report_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def reports_platforms_retrieve2_detailed(
        self,
        key: str,
        report_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ReportDetail]:
        """See `AsyncReportsApi.reports_platforms_retrieve2_detailed`."""
        from .reports_platforms_retrieve2 import sync_detailed

        return sync_detailed(
            key,
            report_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
