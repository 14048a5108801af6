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
    from uuid import UUID

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
        Additional filters for the report - departments: (optional) Department IDs to filter by -
        mentor: (optional) Mentor unique_id for mentor-specific reports (e.g., ai-mentor-chat-history) -
        usergroup_ids: (optional) List of usergroup IDs to filter report data

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
        3. For mentor-specific reports (e.g., ai-mentor-chat-history):
        - Action: "Ibl.Analytics/Reports/read"
        - Resource: /platforms/{platform_pk}/mentors/{mentor_id}/
        - Note: User must have access to at least one mentor via RBAC OR own at least
        one mentor (created_by == username). If a specific mentor_unique_id is
        provided, user must have access to that specific mentor.
        - Raises PermissionDenied if user has no access to any mentors.

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
        mentor_unique_id: UUID | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
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

        from .reports_platforms_retrieve2 import asyncio

        return await asyncio(
            key,
            report_name,
            mentor_unique_id=mentor_unique_id,
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
        mentor_unique_id: UUID | Unset = UNSET,
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
            mentor_unique_id=mentor_unique_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def reports_platforms_download_retrieve(
        self,
        key: str,
        task_id: str,
        *,
        columns: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Download report

        Download a completed report as CSV or JSON. Use the columns parameter to control column order.

        ``GET /api/reports/platforms/{key}/{task_id}/download`` (operation ``reports_platforms_download_retrieve``)

        Args:
            key (str):
            task_id (str):
            columns (str | Unset):
            format_ (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .reports_platforms_download_retrieve import asyncio

        return await asyncio(
            key,
            task_id,
            columns=columns,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def reports_platforms_download_retrieve_detailed(
        self,
        key: str,
        task_id: str,
        *,
        columns: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `reports_platforms_download_retrieve`, returning the whole `Response` and raising no status error."""
        from .reports_platforms_download_retrieve import asyncio_detailed

        return await asyncio_detailed(
            key,
            task_id,
            columns=columns,
            format_=format_,
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
        mentor_unique_id: UUID | Unset = UNSET,
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
            mentor_unique_id=mentor_unique_id,
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
        mentor_unique_id: UUID | Unset = UNSET,
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
            mentor_unique_id=mentor_unique_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def reports_platforms_download_retrieve(
        self,
        key: str,
        task_id: str,
        *,
        columns: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncReportsApi.reports_platforms_download_retrieve`."""
        from .reports_platforms_download_retrieve import sync

        return sync(
            key,
            task_id,
            columns=columns,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def reports_platforms_download_retrieve_detailed(
        self,
        key: str,
        task_id: str,
        *,
        columns: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncReportsApi.reports_platforms_download_retrieve_detailed`."""
        from .reports_platforms_download_retrieve import sync_detailed

        return sync_detailed(
            key,
            task_id,
            columns=columns,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
