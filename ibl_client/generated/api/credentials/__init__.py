"""Operations tagged ``credentials`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncCredentialsApi` / `CredentialsApi`, reached as
``client.credentials``. A method imports its operation module on first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._response import Response
    from ...models.assertion import Assertion
    from ...models.assertion_request import AssertionRequest
    from ...models.bulk_create_assertion import BulkCreateAssertion
    from ...models.credential import Credential
    from ...models.credential_provider_config import CredentialProviderConfig
    from ...models.credential_provider_config_request import CredentialProviderConfigRequest
    from ...models.credentials_orgs_users_assertions_over_time_retrieve_2_format import (
        CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format,
        check_credentials_orgs_users_assertions_over_time_retrieve_2_format,
    )
    from ...models.credentials_orgs_users_assertions_over_time_retrieve_format import (
        CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat,
        check_credentials_orgs_users_assertions_over_time_retrieve_format,
    )
    from ...models.credentials_orgs_users_course_assertions_over_time_retrieve_2_format import (
        CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format,
        check_credentials_orgs_users_course_assertions_over_time_retrieve_2_format,
    )
    from ...models.credentials_orgs_users_course_assertions_over_time_retrieve_format import (
        CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat,
        check_credentials_orgs_users_course_assertions_over_time_retrieve_format,
    )
    from ...models.credentials_orgs_users_credentials_over_time_retrieve_2_format import (
        CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format,
        check_credentials_orgs_users_credentials_over_time_retrieve_2_format,
    )
    from ...models.credentials_orgs_users_credentials_over_time_retrieve_format import (
        CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat,
        check_credentials_orgs_users_credentials_over_time_retrieve_format,
    )
    from ...models.external_credential_mapping import ExternalCredentialMapping
    from ...models.external_credential_mapping_request import ExternalCredentialMappingRequest
    from ...models.issuer import Issuer
    from ...models.issuer_authority import IssuerAuthority
    from ...models.issuer_request import IssuerRequest
    from ...models.over_time import OverTime
    from ...models.overtime_with_change_info import OvertimeWithChangeInfo
    from ...models.paginated_assertions_response import PaginatedAssertionsResponse
    from ...models.uploaded_image import UploadedImage
    from ...models.uploaded_image_request import UploadedImageRequest
    from ...types import UNSET, Unset


class AsyncCredentialsApi:
    """The ``credentials`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def credentials_exim_credentials_course_export_retrieve(
        self,
        course_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Export credential information for a specific course.

        Args:
        request: The HTTP request object
        course_id: Course ID to export credentials for

        Returns:
        Response: JSON response with credential data

        ``GET /api/credentials/exim/credentials/course/{course_id}/export/`` (operation ``credentials_exim_credentials_course_export_retrieve``)

        Args:
            course_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .credentials_exim_credentials_course_export_retrieve import asyncio

        return await asyncio(
            course_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_exim_credentials_course_export_retrieve_detailed(
        self,
        course_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `credentials_exim_credentials_course_export_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_exim_credentials_course_export_retrieve import asyncio_detailed

        return await asyncio_detailed(
            course_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_exim_credentials_course_import_create(
        self,
        course_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Import credential information for a specific course.

        Args:
        request: The HTTP request object
        course_id: Course ID to import credentials for

        Returns:
        Response: JSON response with import results

        ``POST /api/credentials/exim/credentials/course/{course_id}/import/`` (operation ``credentials_exim_credentials_course_import_create``)

        Args:
            course_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .credentials_exim_credentials_course_import_create import asyncio

        return await asyncio(
            course_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_exim_credentials_course_import_create_detailed(
        self,
        course_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `credentials_exim_credentials_course_import_create`, returning the whole `Response` and raising no status error."""
        from .credentials_exim_credentials_course_import_create import asyncio_detailed

        return await asyncio_detailed(
            course_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Credential:
        """Get all credentials for a platform with search and pagination support.

        Query Parameters: - platform_org: Platform org ID (takes precedence over URL org) - page: Page
        number (default: 1) - page_size: Items per page (default: 10, max: 100) - search: Search term to
        filter credentials - course: Course ID to filter credentials - program: Program ID to filter
        credentials

        ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/`` (operation ``credentials_orgs_users_retrieve``)

        Args:
            platform_key (str):
            user_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Credential
        """

        from .credentials_orgs_users_retrieve import asyncio

        return await asyncio(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Credential]:
        """Like `credentials_orgs_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_create(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: Credential | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Credential:
        """API View for managing credentials across a platform.

        This endpoint allows creating and retrieving credentials for a specific organization/tenant,
        with support for filtering, searching, and pagination.

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request

        Query Parameters:
        # Platform identification
        platform_org (str, optional): Alternative platform identifier (takes precedence over URL org)
        # Pagination
        page (int, optional): Page number (default: 1)
        page_size (int, optional): Items per page (default: 10, max: 100)
        # Filtering and search
        search (str, optional): Search term to filter credentials by name or description
        course (str, optional): Course ID to filter credentials associated with a specific course
        program (str, optional): Program ID to filter credentials associated with a specific program

        Methods:
        GET: Retrieve credentials with filtering and pagination
        POST: Create a new credential

        POST Request Body:
        A JSON object containing credential details:
        - name (str): Credential name
        - description (str, optional): Credential description
        - issuer (str): Issuer entity ID
        - credential_type (str, optional): Type of credential
        - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling
        - icon_image (str, optional): URL to credential icon
        - background_image (str, optional): URL to credential background
        - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria
        - criteria_text (str, optional): Text description of credential criteria
        - issuing_signal (str, optional): Signal that triggers credential issuance

        Returns:
        GET: A JSON response containing:
        {
        "status": {"success": true, "description": "Ok"},
        "result": {
        "next": "URL to next page",
        "previous": "URL to previous page",
        "count": 42,
        "data": [
        {credential object},
        {credential object},
        ...
        ],
        "num_pages": 5,
        "page_number": 1,
        "max_page_size": 100
        }
        }
        POST: A JSON response containing:
        {
        "status": {"success": true, "description": "Created"},
        "result": {credential object}
        }

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the platform doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires CredentialAssignmentPermission
        - Only public credentials are returned by default

        ``POST /api/credentials/orgs/{platform_key}/users/{user_id}/`` (operation ``credentials_orgs_users_create``)

        Args:
            platform_key (str):
            user_id (int):
            body (Credential):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Credential
        """

        from .credentials_orgs_users_create import asyncio

        return await asyncio(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: Credential | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Credential]:
        """Like `credentials_orgs_users_create`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_over_time_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """Get all credentials of a given tenant

        ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/assertions-over-time/`` (operation ``credentials_orgs_users_assertions_over_time_retrieve``)

        Args:
            platform_key (str):
            user_id (int):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OvertimeWithChangeInfo
        """

        from .credentials_orgs_users_assertions_over_time_retrieve import asyncio

        return await asyncio(
            platform_key,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_over_time_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """Like `credentials_orgs_users_assertions_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        course: str | Unset = UNSET,
        exclude_main_tenant_assertions: bool | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        include_revoked: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedAssertionsResponse:
        """A GET View that validates QueryParams and returns results to a serializer

        ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/assertions/`` (operation ``credentials_orgs_users_assertions_retrieve``)

        Args:
            platform_key (str):
            user_id (int):
            course (str | Unset):
            exclude_main_tenant_assertions (bool | Unset):
            include_expired (bool | Unset):
            include_revoked (bool | Unset):
            page (int | Unset):
            page_size (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedAssertionsResponse
        """

        from .credentials_orgs_users_assertions_retrieve import asyncio

        return await asyncio(
            platform_key,
            user_id,
            course=course,
            exclude_main_tenant_assertions=exclude_main_tenant_assertions,
            include_expired=include_expired,
            include_revoked=include_revoked,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        course: str | Unset = UNSET,
        exclude_main_tenant_assertions: bool | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        include_revoked: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedAssertionsResponse]:
        """Like `credentials_orgs_users_assertions_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            course=course,
            exclude_main_tenant_assertions=exclude_main_tenant_assertions,
            include_expired=include_expired,
            include_revoked=include_revoked,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_retrieve2(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Assertion:
        """``GET /api/credentials/orgs/{platform_key}/users/{user_id}/assertions/{entity_id}`` (operation ``credentials_orgs_users_assertions_retrieve2``)

        Args:
            platform_key (str):
            user_id (int):
            entity_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Assertion
        """

        from .credentials_orgs_users_assertions_retrieve2 import asyncio

        return await asyncio(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_retrieve2_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Assertion]:
        """Like `credentials_orgs_users_assertions_retrieve2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_update(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: AssertionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Assertion:
        """``PUT /api/credentials/orgs/{platform_key}/users/{user_id}/assertions/{entity_id}`` (operation ``credentials_orgs_users_assertions_update``)

        Args:
            platform_key (str):
            user_id (int):
            entity_id (str):
            body (AssertionRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Assertion
        """

        from .credentials_orgs_users_assertions_update import asyncio

        return await asyncio(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_update_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: AssertionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Assertion]:
        """Like `credentials_orgs_users_assertions_update`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_update import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_groups_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Get group assignments with department-aware filtering

        ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/assignments/groups/`` (operation ``credentials_orgs_users_assignments_groups_retrieve``)

        Args:
            platform_key (str):
            user_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .credentials_orgs_users_assignments_groups_retrieve import asyncio

        return await asyncio(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_groups_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `credentials_orgs_users_assignments_groups_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assignments_groups_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_groups_create(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Create group assignment with department access validation

        ``POST /api/credentials/orgs/{platform_key}/users/{user_id}/assignments/groups/`` (operation ``credentials_orgs_users_assignments_groups_create``)

        Args:
            platform_key (str):
            user_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .credentials_orgs_users_assignments_groups_create import asyncio

        return await asyncio(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_groups_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `credentials_orgs_users_assignments_groups_create`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assignments_groups_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_users_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Get assignments and their corresponding assertions based on user role: - Regular users: get only
        their own assignments - Platform admins: get assignments for all users in their platform -
        Department admins: get assignments for users in their department groups

        ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/assignments/users/`` (operation ``credentials_orgs_users_assignments_users_retrieve``)

        Args:
            platform_key (str):
            user_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .credentials_orgs_users_assignments_users_retrieve import asyncio

        return await asyncio(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_users_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `credentials_orgs_users_assignments_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assignments_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_users_create(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Create assignments with department access validation

        ``POST /api/credentials/orgs/{platform_key}/users/{user_id}/assignments/users/`` (operation ``credentials_orgs_users_assignments_users_create``)

        Args:
            platform_key (str):
            user_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .credentials_orgs_users_assignments_users_create import asyncio

        return await asyncio(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_users_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `credentials_orgs_users_assignments_users_create`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assignments_users_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_destroy(
        self,
        platform_key: str,
        user_id: int,
        assignment_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete a credential assignment using its entity_id. Only platform admins and department admins
        can delete assignments.

        ``DELETE /api/credentials/orgs/{platform_key}/users/{user_id}/assignments/{assignment_id}`` (operation ``credentials_orgs_users_assignments_destroy``)

        Args:
            platform_key (str):
            user_id (int):
            assignment_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .credentials_orgs_users_assignments_destroy import asyncio

        return await asyncio(
            platform_key,
            user_id,
            assignment_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_destroy_detailed(
        self,
        platform_key: str,
        user_id: int,
        assignment_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `credentials_orgs_users_assignments_destroy`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assignments_destroy import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            assignment_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_course_assertions_over_time_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OverTime:
        """Get all credentials of a given tenant

        ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/course-assertions-over-time/`` (operation ``credentials_orgs_users_course_assertions_over_time_retrieve``)

        Args:
            platform_key (str):
            user_id (int):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTime
        """

        from .credentials_orgs_users_course_assertions_over_time_retrieve import asyncio

        return await asyncio(
            platform_key,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_course_assertions_over_time_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OverTime]:
        """Like `credentials_orgs_users_course_assertions_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_course_assertions_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_course_credentials_list(
        self,
        platform_key: str,
        user_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """DRF view mixin that routes all ORM reads to the read replica.

        Falls back to the primary database if the replica is unreachable.

        Add as the **first** base class on read-only views/viewsets::
        class MyView(ReadReplicaViewMixin, IsPlatformAdminDRFMixin, APIView):
        ...

        ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/course-credentials/`` (operation ``credentials_orgs_users_course_credentials_list``)

        Args:
            platform_key (str):
            user_id (int):
            page (int | Unset):
            page_size (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .credentials_orgs_users_course_credentials_list import asyncio

        return await asyncio(
            platform_key,
            user_id,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_course_credentials_list_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `credentials_orgs_users_course_credentials_list`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_course_credentials_list import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_credentials_over_time_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OverTime:
        """Get all credentials of a given tenant

        ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/credentials-over-time/`` (operation ``credentials_orgs_users_credentials_over_time_retrieve``)

        Args:
            platform_key (str):
            user_id (int):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTime
        """

        from .credentials_orgs_users_credentials_over_time_retrieve import asyncio

        return await asyncio(
            platform_key,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_credentials_over_time_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OverTime]:
        """Like `credentials_orgs_users_credentials_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_credentials_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_external_mapping_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ExternalCredentialMapping:
        """Retrieve external credential mappings for the platform.

        Query Parameters:
        credential_id (str, optional): Filter by credential entity_id
        provider_name (str, optional): Filter by provider name
        page (int, optional): Page number
        page_size (int, optional): Items per page

        Returns all mappings for the platform if the user is an admin.

        ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_retrieve``)

        Args:
            platform_key (str):
            user_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ExternalCredentialMapping
        """

        from .credentials_orgs_users_external_mapping_retrieve import asyncio

        return await asyncio(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_external_mapping_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ExternalCredentialMapping]:
        """Like `credentials_orgs_users_external_mapping_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_external_mapping_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_external_mapping_create(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: ExternalCredentialMappingRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ExternalCredentialMapping:
        """Create or update an external credential mapping.

        If a mapping doesn't exist for the credential + platform + provider combination, it will be
        created. If it exists, it will be updated.

        Request Body:
        {
        "credential_id": "credential-entity-id",

        // Required
        "provider_name": "accredible",
        // Required
        "external_template_id": "123456",
        // Optional
        "metadata": {}
        // Optional
        }

        Returns:
        - 201 Created: When creating a new mapping
        - 200 OK: When updating an existing mapping

        ``POST /api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_create``)

        Args:
            platform_key (str):
            user_id (int):
            body (ExternalCredentialMappingRequest): Serializer for ExternalCredentialMapping model.

                Serializes external credential mappings including credential, platform, provider,
                external_template_id, and metadata.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ExternalCredentialMapping
        """

        from .credentials_orgs_users_external_mapping_create import asyncio

        return await asyncio(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_external_mapping_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: ExternalCredentialMappingRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ExternalCredentialMapping]:
        """Like `credentials_orgs_users_external_mapping_create`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_external_mapping_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_external_mapping_destroy(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete an external credential mapping.

        Request Body:
        {
        "credential_id": "credential-entity-id",

        // Required
        "provider_name": "accredible"
        // Required
        }

        Returns:
        A JSON response confirming deletion

        ``DELETE /api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_destroy``)

        Args:
            platform_key (str):
            user_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .credentials_orgs_users_external_mapping_destroy import asyncio

        return await asyncio(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_external_mapping_destroy_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `credentials_orgs_users_external_mapping_destroy`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_external_mapping_destroy import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_images_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UploadedImage:
        """``GET /api/credentials/orgs/{platform_key}/users/{user_id}/images/`` (operation ``credentials_orgs_users_images_retrieve``)

        Args:
            platform_key (str):
            user_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UploadedImage
        """

        from .credentials_orgs_users_images_retrieve import asyncio

        return await asyncio(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_images_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UploadedImage]:
        """Like `credentials_orgs_users_images_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_images_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_images_create(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: UploadedImageRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UploadedImage:
        """``POST /api/credentials/orgs/{platform_key}/users/{user_id}/images/`` (operation ``credentials_orgs_users_images_create``)

        Args:
            platform_key (str):
            user_id (int):
            body (UploadedImageRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UploadedImage
        """

        from .credentials_orgs_users_images_create import asyncio

        return await asyncio(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_images_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: UploadedImageRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UploadedImage]:
        """Like `credentials_orgs_users_images_create`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_images_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        q: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Issuer:
        """A GET View that validates QueryParams and returns results to a serializer

        ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/issuers/`` (operation ``credentials_orgs_users_issuers_retrieve``)

        Args:
            platform_key (str):
            user_id (int):
            q (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Issuer
        """

        from .credentials_orgs_users_issuers_retrieve import asyncio

        return await asyncio(
            platform_key,
            user_id,
            q=q,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        q: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Issuer]:
        """Like `credentials_orgs_users_issuers_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_issuers_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            q=q,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_create(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: IssuerRequest | Mapping[str, Any],
        q: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Issuer:
        """A GET View that validates QueryParams and returns results to a serializer

        ``POST /api/credentials/orgs/{platform_key}/users/{user_id}/issuers/`` (operation ``credentials_orgs_users_issuers_create``)

        Args:
            platform_key (str):
            user_id (int):
            q (str):
            body (IssuerRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Issuer
        """

        from .credentials_orgs_users_issuers_create import asyncio

        return await asyncio(
            platform_key,
            user_id,
            body=body,
            q=q,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: IssuerRequest | Mapping[str, Any],
        q: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Issuer]:
        """Like `credentials_orgs_users_issuers_create`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_issuers_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            body=body,
            q=q,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_authority_create(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: IssuerAuthority | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> IssuerAuthority:
        """``POST /api/credentials/orgs/{platform_key}/users/{user_id}/issuers/authority/`` (operation ``credentials_orgs_users_issuers_authority_create``)

        Args:
            platform_key (str):
            user_id (int):
            body (IssuerAuthority):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            IssuerAuthority
        """

        from .credentials_orgs_users_issuers_authority_create import asyncio

        return await asyncio(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_authority_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: IssuerAuthority | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[IssuerAuthority]:
        """Like `credentials_orgs_users_issuers_authority_create`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_issuers_authority_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_retrieve2(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Issuer:
        """``GET /api/credentials/orgs/{platform_key}/users/{user_id}/issuers/{entity_id}`` (operation ``credentials_orgs_users_issuers_retrieve2``)

        Args:
            platform_key (str):
            user_id (int):
            entity_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Issuer
        """

        from .credentials_orgs_users_issuers_retrieve2 import asyncio

        return await asyncio(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_retrieve2_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Issuer]:
        """Like `credentials_orgs_users_issuers_retrieve2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_issuers_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_update(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: IssuerRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Issuer:
        """``PUT /api/credentials/orgs/{platform_key}/users/{user_id}/issuers/{entity_id}`` (operation ``credentials_orgs_users_issuers_update``)

        Args:
            platform_key (str):
            user_id (int):
            entity_id (str):
            body (IssuerRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Issuer
        """

        from .credentials_orgs_users_issuers_update import asyncio

        return await asyncio(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_update_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: IssuerRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Issuer]:
        """Like `credentials_orgs_users_issuers_update`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_issuers_update import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_destroy(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """``DELETE /api/credentials/orgs/{platform_key}/users/{user_id}/issuers/{entity_id}`` (operation ``credentials_orgs_users_issuers_destroy``)

        Args:
            platform_key (str):
            user_id (int):
            entity_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .credentials_orgs_users_issuers_destroy import asyncio

        return await asyncio(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_destroy_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `credentials_orgs_users_issuers_destroy`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_issuers_destroy import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_provider_config_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CredentialProviderConfig:
        """Retrieve provider configurations for the platform.

        Query Parameters:
        provider_name (str, optional): Filter to a specific provider
        page (int, optional): Page number
        page_size (int, optional): Items per page

        Returns all configurations for the platform if the user is an admin.

        ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/provider-config/`` (operation ``credentials_orgs_users_provider_config_retrieve``)

        Args:
            platform_key (str):
            user_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CredentialProviderConfig
        """

        from .credentials_orgs_users_provider_config_retrieve import asyncio

        return await asyncio(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_provider_config_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CredentialProviderConfig]:
        """Like `credentials_orgs_users_provider_config_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_provider_config_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_provider_config_create(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: CredentialProviderConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CredentialProviderConfig:
        """Create or update a provider configuration.

        If a configuration doesn't exist for the platform and provider, it will be created. If it
        exists, it will be updated.

        Request Body:
        {
        "provider_name": "accredible",

        // Required
        "config": {...},
        // Optional
        "enabled": true
        // Optional
        }

        Returns:
        - 201 Created: When creating a new configuration
        - 200 OK: When updating an existing configuration

        ``POST /api/credentials/orgs/{platform_key}/users/{user_id}/provider-config/`` (operation ``credentials_orgs_users_provider_config_create``)

        Args:
            platform_key (str):
            user_id (int):
            body (CredentialProviderConfigRequest): Serializer for CredentialProviderConfig model.

                Serializes provider configuration including platform, provider name, config JSON, enabled
                status, and timestamps.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CredentialProviderConfig
        """

        from .credentials_orgs_users_provider_config_create import asyncio

        return await asyncio(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_provider_config_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: CredentialProviderConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CredentialProviderConfig]:
        """Like `credentials_orgs_users_provider_config_create`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_provider_config_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_provider_config_destroy(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Deactivate a provider configuration (sets enabled=False).

        Request Body:
        {
        "provider_name": "accredible"

        // Required
        }

        ``DELETE /api/credentials/orgs/{platform_key}/users/{user_id}/provider-config/`` (operation ``credentials_orgs_users_provider_config_destroy``)

        Args:
            platform_key (str):
            user_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .credentials_orgs_users_provider_config_destroy import asyncio

        return await asyncio(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_provider_config_destroy_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `credentials_orgs_users_provider_config_destroy`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_provider_config_destroy import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_retrieve2(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Credential:
        """API View for managing individual credentials.

        This endpoint allows retrieving, updating, and deleting specific credentials identified by their
        entity_id.

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request
        entity_id (str): The credential entity ID

        Methods:
        GET: Retrieve a specific credential
        PUT: Update a specific credential
        DELETE: Delete a specific credential

        PUT Request Body:
        A JSON object containing credential details to update:
        - name (str, optional): Credential name
        - description (str, optional): Credential description
        - credential_type (str, optional): Type of credential
        - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling
        - icon_image (str, optional): URL to credential icon
        - background_image (str, optional): URL to credential background
        - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria
        - criteria_text (str, optional): Text description of credential criteria
        - issuing_signal (str, optional): Signal that triggers credential issuance

        Returns:
        GET: A JSON response containing:
        {
        "status": {"success": true, "description": "Ok"},
        "result": {credential object}
        }
        PUT: A JSON response containing:
        {
        "status": {"success": true, "description": "Updated"},
        "result": {credential object}
        }
        DELETE: A JSON response indicating success:
        {
        "status": {"success": true, "description": "Deleted"}
        }

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the credential doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires CredentialAssignmentPermission
        - Users can only manage credentials they have permission to access

        ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}`` (operation ``credentials_orgs_users_retrieve2``)

        Args:
            platform_key (str):
            user_id (int):
            entity_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Credential
        """

        from .credentials_orgs_users_retrieve2 import asyncio

        return await asyncio(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_retrieve2_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Credential]:
        """Like `credentials_orgs_users_retrieve2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_update(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: Credential | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Credential:
        """API View for managing individual credentials.

        This endpoint allows retrieving, updating, and deleting specific credentials identified by their
        entity_id.

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request
        entity_id (str): The credential entity ID

        Methods:
        GET: Retrieve a specific credential
        PUT: Update a specific credential
        DELETE: Delete a specific credential

        PUT Request Body:
        A JSON object containing credential details to update:
        - name (str, optional): Credential name
        - description (str, optional): Credential description
        - credential_type (str, optional): Type of credential
        - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling
        - icon_image (str, optional): URL to credential icon
        - background_image (str, optional): URL to credential background
        - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria
        - criteria_text (str, optional): Text description of credential criteria
        - issuing_signal (str, optional): Signal that triggers credential issuance

        Returns:
        GET: A JSON response containing:
        {
        "status": {"success": true, "description": "Ok"},
        "result": {credential object}
        }
        PUT: A JSON response containing:
        {
        "status": {"success": true, "description": "Updated"},
        "result": {credential object}
        }
        DELETE: A JSON response indicating success:
        {
        "status": {"success": true, "description": "Deleted"}
        }

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the credential doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires CredentialAssignmentPermission
        - Users can only manage credentials they have permission to access

        ``PUT /api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}`` (operation ``credentials_orgs_users_update``)

        Args:
            platform_key (str):
            user_id (int):
            entity_id (str):
            body (Credential):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Credential
        """

        from .credentials_orgs_users_update import asyncio

        return await asyncio(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_update_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: Credential | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Credential]:
        """Like `credentials_orgs_users_update`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_update import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_destroy(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """API View for managing individual credentials.

        This endpoint allows retrieving, updating, and deleting specific credentials identified by their
        entity_id.

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request
        entity_id (str): The credential entity ID

        Methods:
        GET: Retrieve a specific credential
        PUT: Update a specific credential
        DELETE: Delete a specific credential

        PUT Request Body:
        A JSON object containing credential details to update:
        - name (str, optional): Credential name
        - description (str, optional): Credential description
        - credential_type (str, optional): Type of credential
        - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling
        - icon_image (str, optional): URL to credential icon
        - background_image (str, optional): URL to credential background
        - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria
        - criteria_text (str, optional): Text description of credential criteria
        - issuing_signal (str, optional): Signal that triggers credential issuance

        Returns:
        GET: A JSON response containing:
        {
        "status": {"success": true, "description": "Ok"},
        "result": {credential object}
        }
        PUT: A JSON response containing:
        {
        "status": {"success": true, "description": "Updated"},
        "result": {credential object}
        }
        DELETE: A JSON response indicating success:
        {
        "status": {"success": true, "description": "Deleted"}
        }

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the credential doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires CredentialAssignmentPermission
        - Users can only manage credentials they have permission to access

        ``DELETE /api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}`` (operation ``credentials_orgs_users_destroy``)

        Args:
            platform_key (str):
            user_id (int):
            entity_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .credentials_orgs_users_destroy import asyncio

        return await asyncio(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_destroy_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `credentials_orgs_users_destroy`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_destroy import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_retrieve3(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedAssertionsResponse:
        """``GET /api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}/assertions/`` (operation ``credentials_orgs_users_assertions_retrieve3``)

        Args:
            platform_key (str):
            user_id (int):
            entity_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedAssertionsResponse
        """

        from .credentials_orgs_users_assertions_retrieve3 import asyncio

        return await asyncio(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_retrieve3_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedAssertionsResponse]:
        """Like `credentials_orgs_users_assertions_retrieve3`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_retrieve3 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_create(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: AssertionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Assertion:
        """``POST /api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}/assertions/`` (operation ``credentials_orgs_users_assertions_create``)

        Args:
            platform_key (str):
            user_id (int):
            entity_id (str):
            body (AssertionRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Assertion
        """

        from .credentials_orgs_users_assertions_create import asyncio

        return await asyncio(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: AssertionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Assertion]:
        """Like `credentials_orgs_users_assertions_create`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_bulk_create(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: BulkCreateAssertion | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BulkCreateAssertion:
        """``POST /api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}/assertions/bulk/`` (operation ``credentials_orgs_users_assertions_bulk_create``)

        Args:
            platform_key (str):
            user_id (int):
            entity_id (str):
            body (BulkCreateAssertion):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BulkCreateAssertion
        """

        from .credentials_orgs_users_assertions_bulk_create import asyncio

        return await asyncio(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_bulk_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: BulkCreateAssertion | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BulkCreateAssertion]:
        """Like `credentials_orgs_users_assertions_bulk_create`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_bulk_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_retrieve3(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Credential:
        """Get all credentials for a platform with search and pagination support.

        Query Parameters: - platform_org: Platform org ID (takes precedence over URL org) - page: Page
        number (default: 1) - page_size: Items per page (default: 10, max: 100) - search: Search term to
        filter credentials - course: Course ID to filter credentials - program: Program ID to filter
        credentials

        ``GET /api/credentials/orgs/{platform_key}/users/{username}/`` (operation ``credentials_orgs_users_retrieve3``)

        Args:
            platform_key (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Credential
        """

        from .credentials_orgs_users_retrieve3 import asyncio

        return await asyncio(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_retrieve3_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Credential]:
        """Like `credentials_orgs_users_retrieve3`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_retrieve3 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_create2(
        self,
        platform_key: str,
        username: str,
        *,
        body: Credential | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Credential:
        """API View for managing credentials across a platform.

        This endpoint allows creating and retrieving credentials for a specific organization/tenant,
        with support for filtering, searching, and pagination.

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request

        Query Parameters:
        # Platform identification
        platform_org (str, optional): Alternative platform identifier (takes precedence over URL org)
        # Pagination
        page (int, optional): Page number (default: 1)
        page_size (int, optional): Items per page (default: 10, max: 100)
        # Filtering and search
        search (str, optional): Search term to filter credentials by name or description
        course (str, optional): Course ID to filter credentials associated with a specific course
        program (str, optional): Program ID to filter credentials associated with a specific program

        Methods:
        GET: Retrieve credentials with filtering and pagination
        POST: Create a new credential

        POST Request Body:
        A JSON object containing credential details:
        - name (str): Credential name
        - description (str, optional): Credential description
        - issuer (str): Issuer entity ID
        - credential_type (str, optional): Type of credential
        - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling
        - icon_image (str, optional): URL to credential icon
        - background_image (str, optional): URL to credential background
        - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria
        - criteria_text (str, optional): Text description of credential criteria
        - issuing_signal (str, optional): Signal that triggers credential issuance

        Returns:
        GET: A JSON response containing:
        {
        "status": {"success": true, "description": "Ok"},
        "result": {
        "next": "URL to next page",
        "previous": "URL to previous page",
        "count": 42,
        "data": [
        {credential object},
        {credential object},
        ...
        ],
        "num_pages": 5,
        "page_number": 1,
        "max_page_size": 100
        }
        }
        POST: A JSON response containing:
        {
        "status": {"success": true, "description": "Created"},
        "result": {credential object}
        }

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the platform doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires CredentialAssignmentPermission
        - Only public credentials are returned by default

        ``POST /api/credentials/orgs/{platform_key}/users/{username}/`` (operation ``credentials_orgs_users_create2``)

        Args:
            platform_key (str):
            username (str):
            body (Credential):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Credential
        """

        from .credentials_orgs_users_create2 import asyncio

        return await asyncio(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_create2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        body: Credential | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Credential]:
        """Like `credentials_orgs_users_create2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_create2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_over_time_retrieve2(
        self,
        platform_key: str,
        username: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """Get all credentials of a given tenant

        ``GET /api/credentials/orgs/{platform_key}/users/{username}/assertions-over-time/`` (operation ``credentials_orgs_users_assertions_over_time_retrieve2``)

        Args:
            platform_key (str):
            username (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OvertimeWithChangeInfo
        """

        from .credentials_orgs_users_assertions_over_time_retrieve2 import asyncio

        return await asyncio(
            platform_key,
            username,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_over_time_retrieve2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """Like `credentials_orgs_users_assertions_over_time_retrieve2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_over_time_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_retrieve4(
        self,
        platform_key: str,
        username: str,
        *,
        course: str | Unset = UNSET,
        exclude_main_tenant_assertions: bool | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        include_revoked: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedAssertionsResponse:
        """A GET View that validates QueryParams and returns results to a serializer

        ``GET /api/credentials/orgs/{platform_key}/users/{username}/assertions/`` (operation ``credentials_orgs_users_assertions_retrieve4``)

        Args:
            platform_key (str):
            username (str):
            course (str | Unset):
            exclude_main_tenant_assertions (bool | Unset):
            include_expired (bool | Unset):
            include_revoked (bool | Unset):
            page (int | Unset):
            page_size (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedAssertionsResponse
        """

        from .credentials_orgs_users_assertions_retrieve4 import asyncio

        return await asyncio(
            platform_key,
            username,
            course=course,
            exclude_main_tenant_assertions=exclude_main_tenant_assertions,
            include_expired=include_expired,
            include_revoked=include_revoked,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_retrieve4_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        course: str | Unset = UNSET,
        exclude_main_tenant_assertions: bool | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        include_revoked: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedAssertionsResponse]:
        """Like `credentials_orgs_users_assertions_retrieve4`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_retrieve4 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            course=course,
            exclude_main_tenant_assertions=exclude_main_tenant_assertions,
            include_expired=include_expired,
            include_revoked=include_revoked,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_retrieve5(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Assertion:
        """``GET /api/credentials/orgs/{platform_key}/users/{username}/assertions/{entity_id}`` (operation ``credentials_orgs_users_assertions_retrieve5``)

        Args:
            platform_key (str):
            username (str):
            entity_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Assertion
        """

        from .credentials_orgs_users_assertions_retrieve5 import asyncio

        return await asyncio(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_retrieve5_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Assertion]:
        """Like `credentials_orgs_users_assertions_retrieve5`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_retrieve5 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_update2(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: AssertionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Assertion:
        """``PUT /api/credentials/orgs/{platform_key}/users/{username}/assertions/{entity_id}`` (operation ``credentials_orgs_users_assertions_update2``)

        Args:
            platform_key (str):
            username (str):
            entity_id (str):
            body (AssertionRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Assertion
        """

        from .credentials_orgs_users_assertions_update2 import asyncio

        return await asyncio(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_update2_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: AssertionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Assertion]:
        """Like `credentials_orgs_users_assertions_update2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_update2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_groups_retrieve2(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Get group assignments with department-aware filtering

        ``GET /api/credentials/orgs/{platform_key}/users/{username}/assignments/groups/`` (operation ``credentials_orgs_users_assignments_groups_retrieve2``)

        Args:
            platform_key (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .credentials_orgs_users_assignments_groups_retrieve2 import asyncio

        return await asyncio(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_groups_retrieve2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `credentials_orgs_users_assignments_groups_retrieve2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assignments_groups_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_groups_create2(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Create group assignment with department access validation

        ``POST /api/credentials/orgs/{platform_key}/users/{username}/assignments/groups/`` (operation ``credentials_orgs_users_assignments_groups_create2``)

        Args:
            platform_key (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .credentials_orgs_users_assignments_groups_create2 import asyncio

        return await asyncio(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_groups_create2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `credentials_orgs_users_assignments_groups_create2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assignments_groups_create2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_users_retrieve2(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Get assignments and their corresponding assertions based on user role: - Regular users: get only
        their own assignments - Platform admins: get assignments for all users in their platform -
        Department admins: get assignments for users in their department groups

        ``GET /api/credentials/orgs/{platform_key}/users/{username}/assignments/users/`` (operation ``credentials_orgs_users_assignments_users_retrieve2``)

        Args:
            platform_key (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .credentials_orgs_users_assignments_users_retrieve2 import asyncio

        return await asyncio(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_users_retrieve2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `credentials_orgs_users_assignments_users_retrieve2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assignments_users_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_users_create2(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Create assignments with department access validation

        ``POST /api/credentials/orgs/{platform_key}/users/{username}/assignments/users/`` (operation ``credentials_orgs_users_assignments_users_create2``)

        Args:
            platform_key (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .credentials_orgs_users_assignments_users_create2 import asyncio

        return await asyncio(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_users_create2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `credentials_orgs_users_assignments_users_create2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assignments_users_create2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_destroy2(
        self,
        platform_key: str,
        username: str,
        assignment_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete a credential assignment using its entity_id. Only platform admins and department admins
        can delete assignments.

        ``DELETE /api/credentials/orgs/{platform_key}/users/{username}/assignments/{assignment_id}`` (operation ``credentials_orgs_users_assignments_destroy2``)

        Args:
            platform_key (str):
            username (str):
            assignment_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .credentials_orgs_users_assignments_destroy2 import asyncio

        return await asyncio(
            platform_key,
            username,
            assignment_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_destroy2_detailed(
        self,
        platform_key: str,
        username: str,
        assignment_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `credentials_orgs_users_assignments_destroy2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assignments_destroy2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            assignment_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_course_assertions_over_time_retrieve2(
        self,
        platform_key: str,
        username: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OverTime:
        """Get all credentials of a given tenant

        ``GET /api/credentials/orgs/{platform_key}/users/{username}/course-assertions-over-time/`` (operation ``credentials_orgs_users_course_assertions_over_time_retrieve2``)

        Args:
            platform_key (str):
            username (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTime
        """

        from .credentials_orgs_users_course_assertions_over_time_retrieve2 import asyncio

        return await asyncio(
            platform_key,
            username,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_course_assertions_over_time_retrieve2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OverTime]:
        """Like `credentials_orgs_users_course_assertions_over_time_retrieve2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_course_assertions_over_time_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_course_credentials_list2(
        self,
        platform_key: str,
        username: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """DRF view mixin that routes all ORM reads to the read replica.

        Falls back to the primary database if the replica is unreachable.

        Add as the **first** base class on read-only views/viewsets::
        class MyView(ReadReplicaViewMixin, IsPlatformAdminDRFMixin, APIView):
        ...

        ``GET /api/credentials/orgs/{platform_key}/users/{username}/course-credentials/`` (operation ``credentials_orgs_users_course_credentials_list2``)

        Args:
            platform_key (str):
            username (str):
            page (int | Unset):
            page_size (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .credentials_orgs_users_course_credentials_list2 import asyncio

        return await asyncio(
            platform_key,
            username,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_course_credentials_list2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `credentials_orgs_users_course_credentials_list2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_course_credentials_list2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_credentials_over_time_retrieve2(
        self,
        platform_key: str,
        username: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OverTime:
        """Get all credentials of a given tenant

        ``GET /api/credentials/orgs/{platform_key}/users/{username}/credentials-over-time/`` (operation ``credentials_orgs_users_credentials_over_time_retrieve2``)

        Args:
            platform_key (str):
            username (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTime
        """

        from .credentials_orgs_users_credentials_over_time_retrieve2 import asyncio

        return await asyncio(
            platform_key,
            username,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_credentials_over_time_retrieve2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OverTime]:
        """Like `credentials_orgs_users_credentials_over_time_retrieve2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_credentials_over_time_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_external_mapping_retrieve2(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ExternalCredentialMapping:
        """Retrieve external credential mappings for the platform.

        Query Parameters:
        credential_id (str, optional): Filter by credential entity_id
        provider_name (str, optional): Filter by provider name
        page (int, optional): Page number
        page_size (int, optional): Items per page

        Returns all mappings for the platform if the user is an admin.

        ``GET /api/credentials/orgs/{platform_key}/users/{username}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_retrieve2``)

        Args:
            platform_key (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ExternalCredentialMapping
        """

        from .credentials_orgs_users_external_mapping_retrieve2 import asyncio

        return await asyncio(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_external_mapping_retrieve2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ExternalCredentialMapping]:
        """Like `credentials_orgs_users_external_mapping_retrieve2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_external_mapping_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_external_mapping_create2(
        self,
        platform_key: str,
        username: str,
        *,
        body: ExternalCredentialMappingRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ExternalCredentialMapping:
        """Create or update an external credential mapping.

        If a mapping doesn't exist for the credential + platform + provider combination, it will be
        created. If it exists, it will be updated.

        Request Body:
        {
        "credential_id": "credential-entity-id",

        // Required
        "provider_name": "accredible",
        // Required
        "external_template_id": "123456",
        // Optional
        "metadata": {}
        // Optional
        }

        Returns:
        - 201 Created: When creating a new mapping
        - 200 OK: When updating an existing mapping

        ``POST /api/credentials/orgs/{platform_key}/users/{username}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_create2``)

        Args:
            platform_key (str):
            username (str):
            body (ExternalCredentialMappingRequest): Serializer for ExternalCredentialMapping model.

                Serializes external credential mappings including credential, platform, provider,
                external_template_id, and metadata.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ExternalCredentialMapping
        """

        from .credentials_orgs_users_external_mapping_create2 import asyncio

        return await asyncio(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_external_mapping_create2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        body: ExternalCredentialMappingRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ExternalCredentialMapping]:
        """Like `credentials_orgs_users_external_mapping_create2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_external_mapping_create2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_external_mapping_destroy2(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete an external credential mapping.

        Request Body:
        {
        "credential_id": "credential-entity-id",

        // Required
        "provider_name": "accredible"
        // Required
        }

        Returns:
        A JSON response confirming deletion

        ``DELETE /api/credentials/orgs/{platform_key}/users/{username}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_destroy2``)

        Args:
            platform_key (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .credentials_orgs_users_external_mapping_destroy2 import asyncio

        return await asyncio(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_external_mapping_destroy2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `credentials_orgs_users_external_mapping_destroy2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_external_mapping_destroy2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_images_retrieve2(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UploadedImage:
        """``GET /api/credentials/orgs/{platform_key}/users/{username}/images/`` (operation ``credentials_orgs_users_images_retrieve2``)

        Args:
            platform_key (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UploadedImage
        """

        from .credentials_orgs_users_images_retrieve2 import asyncio

        return await asyncio(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_images_retrieve2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UploadedImage]:
        """Like `credentials_orgs_users_images_retrieve2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_images_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_images_create2(
        self,
        platform_key: str,
        username: str,
        *,
        body: UploadedImageRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UploadedImage:
        """``POST /api/credentials/orgs/{platform_key}/users/{username}/images/`` (operation ``credentials_orgs_users_images_create2``)

        Args:
            platform_key (str):
            username (str):
            body (UploadedImageRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UploadedImage
        """

        from .credentials_orgs_users_images_create2 import asyncio

        return await asyncio(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_images_create2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        body: UploadedImageRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UploadedImage]:
        """Like `credentials_orgs_users_images_create2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_images_create2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_retrieve3(
        self,
        platform_key: str,
        username: str,
        *,
        q: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Issuer:
        """A GET View that validates QueryParams and returns results to a serializer

        ``GET /api/credentials/orgs/{platform_key}/users/{username}/issuers/`` (operation ``credentials_orgs_users_issuers_retrieve3``)

        Args:
            platform_key (str):
            username (str):
            q (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Issuer
        """

        from .credentials_orgs_users_issuers_retrieve3 import asyncio

        return await asyncio(
            platform_key,
            username,
            q=q,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_retrieve3_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        q: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Issuer]:
        """Like `credentials_orgs_users_issuers_retrieve3`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_issuers_retrieve3 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            q=q,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_create2(
        self,
        platform_key: str,
        username: str,
        *,
        body: IssuerRequest | Mapping[str, Any],
        q: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Issuer:
        """A GET View that validates QueryParams and returns results to a serializer

        ``POST /api/credentials/orgs/{platform_key}/users/{username}/issuers/`` (operation ``credentials_orgs_users_issuers_create2``)

        Args:
            platform_key (str):
            username (str):
            q (str):
            body (IssuerRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Issuer
        """

        from .credentials_orgs_users_issuers_create2 import asyncio

        return await asyncio(
            platform_key,
            username,
            body=body,
            q=q,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_create2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        body: IssuerRequest | Mapping[str, Any],
        q: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Issuer]:
        """Like `credentials_orgs_users_issuers_create2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_issuers_create2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            body=body,
            q=q,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_authority_create2(
        self,
        platform_key: str,
        username: str,
        *,
        body: IssuerAuthority | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> IssuerAuthority:
        """``POST /api/credentials/orgs/{platform_key}/users/{username}/issuers/authority/`` (operation ``credentials_orgs_users_issuers_authority_create2``)

        Args:
            platform_key (str):
            username (str):
            body (IssuerAuthority):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            IssuerAuthority
        """

        from .credentials_orgs_users_issuers_authority_create2 import asyncio

        return await asyncio(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_authority_create2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        body: IssuerAuthority | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[IssuerAuthority]:
        """Like `credentials_orgs_users_issuers_authority_create2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_issuers_authority_create2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_retrieve4(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Issuer:
        """``GET /api/credentials/orgs/{platform_key}/users/{username}/issuers/{entity_id}`` (operation ``credentials_orgs_users_issuers_retrieve4``)

        Args:
            platform_key (str):
            username (str):
            entity_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Issuer
        """

        from .credentials_orgs_users_issuers_retrieve4 import asyncio

        return await asyncio(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_retrieve4_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Issuer]:
        """Like `credentials_orgs_users_issuers_retrieve4`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_issuers_retrieve4 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_update2(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: IssuerRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Issuer:
        """``PUT /api/credentials/orgs/{platform_key}/users/{username}/issuers/{entity_id}`` (operation ``credentials_orgs_users_issuers_update2``)

        Args:
            platform_key (str):
            username (str):
            entity_id (str):
            body (IssuerRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Issuer
        """

        from .credentials_orgs_users_issuers_update2 import asyncio

        return await asyncio(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_update2_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: IssuerRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Issuer]:
        """Like `credentials_orgs_users_issuers_update2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_issuers_update2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_destroy2(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """``DELETE /api/credentials/orgs/{platform_key}/users/{username}/issuers/{entity_id}`` (operation ``credentials_orgs_users_issuers_destroy2``)

        Args:
            platform_key (str):
            username (str):
            entity_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .credentials_orgs_users_issuers_destroy2 import asyncio

        return await asyncio(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_destroy2_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `credentials_orgs_users_issuers_destroy2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_issuers_destroy2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_provider_config_retrieve2(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CredentialProviderConfig:
        """Retrieve provider configurations for the platform.

        Query Parameters:
        provider_name (str, optional): Filter to a specific provider
        page (int, optional): Page number
        page_size (int, optional): Items per page

        Returns all configurations for the platform if the user is an admin.

        ``GET /api/credentials/orgs/{platform_key}/users/{username}/provider-config/`` (operation ``credentials_orgs_users_provider_config_retrieve2``)

        Args:
            platform_key (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CredentialProviderConfig
        """

        from .credentials_orgs_users_provider_config_retrieve2 import asyncio

        return await asyncio(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_provider_config_retrieve2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CredentialProviderConfig]:
        """Like `credentials_orgs_users_provider_config_retrieve2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_provider_config_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_provider_config_create2(
        self,
        platform_key: str,
        username: str,
        *,
        body: CredentialProviderConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CredentialProviderConfig:
        """Create or update a provider configuration.

        If a configuration doesn't exist for the platform and provider, it will be created. If it
        exists, it will be updated.

        Request Body:
        {
        "provider_name": "accredible",

        // Required
        "config": {...},
        // Optional
        "enabled": true
        // Optional
        }

        Returns:
        - 201 Created: When creating a new configuration
        - 200 OK: When updating an existing configuration

        ``POST /api/credentials/orgs/{platform_key}/users/{username}/provider-config/`` (operation ``credentials_orgs_users_provider_config_create2``)

        Args:
            platform_key (str):
            username (str):
            body (CredentialProviderConfigRequest): Serializer for CredentialProviderConfig model.

                Serializes provider configuration including platform, provider name, config JSON, enabled
                status, and timestamps.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CredentialProviderConfig
        """

        from .credentials_orgs_users_provider_config_create2 import asyncio

        return await asyncio(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_provider_config_create2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        body: CredentialProviderConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CredentialProviderConfig]:
        """Like `credentials_orgs_users_provider_config_create2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_provider_config_create2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_provider_config_destroy2(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Deactivate a provider configuration (sets enabled=False).

        Request Body:
        {
        "provider_name": "accredible"

        // Required
        }

        ``DELETE /api/credentials/orgs/{platform_key}/users/{username}/provider-config/`` (operation ``credentials_orgs_users_provider_config_destroy2``)

        Args:
            platform_key (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .credentials_orgs_users_provider_config_destroy2 import asyncio

        return await asyncio(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_provider_config_destroy2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `credentials_orgs_users_provider_config_destroy2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_provider_config_destroy2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_retrieve4(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Credential:
        """API View for managing individual credentials.

        This endpoint allows retrieving, updating, and deleting specific credentials identified by their
        entity_id.

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request
        entity_id (str): The credential entity ID

        Methods:
        GET: Retrieve a specific credential
        PUT: Update a specific credential
        DELETE: Delete a specific credential

        PUT Request Body:
        A JSON object containing credential details to update:
        - name (str, optional): Credential name
        - description (str, optional): Credential description
        - credential_type (str, optional): Type of credential
        - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling
        - icon_image (str, optional): URL to credential icon
        - background_image (str, optional): URL to credential background
        - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria
        - criteria_text (str, optional): Text description of credential criteria
        - issuing_signal (str, optional): Signal that triggers credential issuance

        Returns:
        GET: A JSON response containing:
        {
        "status": {"success": true, "description": "Ok"},
        "result": {credential object}
        }
        PUT: A JSON response containing:
        {
        "status": {"success": true, "description": "Updated"},
        "result": {credential object}
        }
        DELETE: A JSON response indicating success:
        {
        "status": {"success": true, "description": "Deleted"}
        }

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the credential doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires CredentialAssignmentPermission
        - Users can only manage credentials they have permission to access

        ``GET /api/credentials/orgs/{platform_key}/users/{username}/{entity_id}`` (operation ``credentials_orgs_users_retrieve4``)

        Args:
            platform_key (str):
            username (str):
            entity_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Credential
        """

        from .credentials_orgs_users_retrieve4 import asyncio

        return await asyncio(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_retrieve4_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Credential]:
        """Like `credentials_orgs_users_retrieve4`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_retrieve4 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_update2(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: Credential | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Credential:
        """API View for managing individual credentials.

        This endpoint allows retrieving, updating, and deleting specific credentials identified by their
        entity_id.

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request
        entity_id (str): The credential entity ID

        Methods:
        GET: Retrieve a specific credential
        PUT: Update a specific credential
        DELETE: Delete a specific credential

        PUT Request Body:
        A JSON object containing credential details to update:
        - name (str, optional): Credential name
        - description (str, optional): Credential description
        - credential_type (str, optional): Type of credential
        - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling
        - icon_image (str, optional): URL to credential icon
        - background_image (str, optional): URL to credential background
        - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria
        - criteria_text (str, optional): Text description of credential criteria
        - issuing_signal (str, optional): Signal that triggers credential issuance

        Returns:
        GET: A JSON response containing:
        {
        "status": {"success": true, "description": "Ok"},
        "result": {credential object}
        }
        PUT: A JSON response containing:
        {
        "status": {"success": true, "description": "Updated"},
        "result": {credential object}
        }
        DELETE: A JSON response indicating success:
        {
        "status": {"success": true, "description": "Deleted"}
        }

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the credential doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires CredentialAssignmentPermission
        - Users can only manage credentials they have permission to access

        ``PUT /api/credentials/orgs/{platform_key}/users/{username}/{entity_id}`` (operation ``credentials_orgs_users_update2``)

        Args:
            platform_key (str):
            username (str):
            entity_id (str):
            body (Credential):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Credential
        """

        from .credentials_orgs_users_update2 import asyncio

        return await asyncio(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_update2_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: Credential | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Credential]:
        """Like `credentials_orgs_users_update2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_update2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_destroy2(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """API View for managing individual credentials.

        This endpoint allows retrieving, updating, and deleting specific credentials identified by their
        entity_id.

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request
        entity_id (str): The credential entity ID

        Methods:
        GET: Retrieve a specific credential
        PUT: Update a specific credential
        DELETE: Delete a specific credential

        PUT Request Body:
        A JSON object containing credential details to update:
        - name (str, optional): Credential name
        - description (str, optional): Credential description
        - credential_type (str, optional): Type of credential
        - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling
        - icon_image (str, optional): URL to credential icon
        - background_image (str, optional): URL to credential background
        - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria
        - criteria_text (str, optional): Text description of credential criteria
        - issuing_signal (str, optional): Signal that triggers credential issuance

        Returns:
        GET: A JSON response containing:
        {
        "status": {"success": true, "description": "Ok"},
        "result": {credential object}
        }
        PUT: A JSON response containing:
        {
        "status": {"success": true, "description": "Updated"},
        "result": {credential object}
        }
        DELETE: A JSON response indicating success:
        {
        "status": {"success": true, "description": "Deleted"}
        }

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the credential doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires CredentialAssignmentPermission
        - Users can only manage credentials they have permission to access

        ``DELETE /api/credentials/orgs/{platform_key}/users/{username}/{entity_id}`` (operation ``credentials_orgs_users_destroy2``)

        Args:
            platform_key (str):
            username (str):
            entity_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .credentials_orgs_users_destroy2 import asyncio

        return await asyncio(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_destroy2_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `credentials_orgs_users_destroy2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_destroy2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_retrieve6(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedAssertionsResponse:
        """``GET /api/credentials/orgs/{platform_key}/users/{username}/{entity_id}/assertions/`` (operation ``credentials_orgs_users_assertions_retrieve6``)

        Args:
            platform_key (str):
            username (str):
            entity_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedAssertionsResponse
        """

        from .credentials_orgs_users_assertions_retrieve6 import asyncio

        return await asyncio(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_retrieve6_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedAssertionsResponse]:
        """Like `credentials_orgs_users_assertions_retrieve6`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_retrieve6 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_create2(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: AssertionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Assertion:
        """``POST /api/credentials/orgs/{platform_key}/users/{username}/{entity_id}/assertions/`` (operation ``credentials_orgs_users_assertions_create2``)

        Args:
            platform_key (str):
            username (str):
            entity_id (str):
            body (AssertionRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Assertion
        """

        from .credentials_orgs_users_assertions_create2 import asyncio

        return await asyncio(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_create2_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: AssertionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Assertion]:
        """Like `credentials_orgs_users_assertions_create2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_create2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_bulk_create2(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: BulkCreateAssertion | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BulkCreateAssertion:
        """``POST /api/credentials/orgs/{platform_key}/users/{username}/{entity_id}/assertions/bulk/`` (operation ``credentials_orgs_users_assertions_bulk_create2``)

        Args:
            platform_key (str):
            username (str):
            entity_id (str):
            body (BulkCreateAssertion):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BulkCreateAssertion
        """

        from .credentials_orgs_users_assertions_bulk_create2 import asyncio

        return await asyncio(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_bulk_create2_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: BulkCreateAssertion | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BulkCreateAssertion]:
        """Like `credentials_orgs_users_assertions_bulk_create2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_bulk_create2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_providers_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Get list of enabled credential providers with pagination.

        ``GET /api/credentials/providers/`` (operation ``credentials_providers_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .credentials_providers_retrieve import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_providers_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `credentials_providers_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_providers_retrieve import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_public_assertions_retrieve(
        self,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Assertion:
        """Public endpoint to retrieve a specific credential assertion by its entity ID.

        This endpoint allows public access to view a specific credential assertion without
        authentication.

        Path Parameters:
        entity_id (str): The assertion entity ID

        Returns:
        A JSON response containing the assertion details using the AssertionSerializer format

        Error Responses:
        404 Not Found:
        - If the assertion doesn't exist: Empty response with 404 status
        - If the assertion has been revoked: JSON with error detail and revocation reason
        500 Internal Server Error: If an unexpected error occurs

        ``GET /api/credentials/public/assertions/{entity_id}/`` (operation ``credentials_public_assertions_retrieve``)

        Args:
            entity_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Assertion
        """

        from .credentials_public_assertions_retrieve import asyncio

        return await asyncio(
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credentials_public_assertions_retrieve_detailed(
        self,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Assertion]:
        """Like `credentials_public_assertions_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_public_assertions_retrieve import asyncio_detailed

        return await asyncio_detailed(
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )


class CredentialsApi:
    """The ``credentials`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def credentials_exim_credentials_course_export_retrieve(
        self,
        course_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCredentialsApi.credentials_exim_credentials_course_export_retrieve`."""
        from .credentials_exim_credentials_course_export_retrieve import sync

        return sync(
            course_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_exim_credentials_course_export_retrieve_detailed(
        self,
        course_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCredentialsApi.credentials_exim_credentials_course_export_retrieve_detailed`."""
        from .credentials_exim_credentials_course_export_retrieve import sync_detailed

        return sync_detailed(
            course_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_exim_credentials_course_import_create(
        self,
        course_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCredentialsApi.credentials_exim_credentials_course_import_create`."""
        from .credentials_exim_credentials_course_import_create import sync

        return sync(
            course_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_exim_credentials_course_import_create_detailed(
        self,
        course_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCredentialsApi.credentials_exim_credentials_course_import_create_detailed`."""
        from .credentials_exim_credentials_course_import_create import sync_detailed

        return sync_detailed(
            course_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Credential:
        """See `AsyncCredentialsApi.credentials_orgs_users_retrieve`."""
        from .credentials_orgs_users_retrieve import sync

        return sync(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Credential]:
        """See `AsyncCredentialsApi.credentials_orgs_users_retrieve_detailed`."""
        from .credentials_orgs_users_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_create(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: Credential | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Credential:
        """See `AsyncCredentialsApi.credentials_orgs_users_create`."""
        from .credentials_orgs_users_create import sync

        return sync(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: Credential | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Credential]:
        """See `AsyncCredentialsApi.credentials_orgs_users_create_detailed`."""
        from .credentials_orgs_users_create import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_over_time_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_over_time_retrieve`."""
        from .credentials_orgs_users_assertions_over_time_retrieve import sync

        return sync(
            platform_key,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_over_time_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_over_time_retrieve_detailed`."""
        from .credentials_orgs_users_assertions_over_time_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        course: str | Unset = UNSET,
        exclude_main_tenant_assertions: bool | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        include_revoked: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedAssertionsResponse:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_retrieve`."""
        from .credentials_orgs_users_assertions_retrieve import sync

        return sync(
            platform_key,
            user_id,
            course=course,
            exclude_main_tenant_assertions=exclude_main_tenant_assertions,
            include_expired=include_expired,
            include_revoked=include_revoked,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        course: str | Unset = UNSET,
        exclude_main_tenant_assertions: bool | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        include_revoked: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedAssertionsResponse]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_retrieve_detailed`."""
        from .credentials_orgs_users_assertions_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            course=course,
            exclude_main_tenant_assertions=exclude_main_tenant_assertions,
            include_expired=include_expired,
            include_revoked=include_revoked,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_retrieve2(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Assertion:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_retrieve2`."""
        from .credentials_orgs_users_assertions_retrieve2 import sync

        return sync(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_retrieve2_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Assertion]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_retrieve2_detailed`."""
        from .credentials_orgs_users_assertions_retrieve2 import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_update(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: AssertionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Assertion:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_update`."""
        from .credentials_orgs_users_assertions_update import sync

        return sync(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_update_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: AssertionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Assertion]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_update_detailed`."""
        from .credentials_orgs_users_assertions_update import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_groups_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_groups_retrieve`."""
        from .credentials_orgs_users_assignments_groups_retrieve import sync

        return sync(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_groups_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_groups_retrieve_detailed`."""
        from .credentials_orgs_users_assignments_groups_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_groups_create(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_groups_create`."""
        from .credentials_orgs_users_assignments_groups_create import sync

        return sync(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_groups_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_groups_create_detailed`."""
        from .credentials_orgs_users_assignments_groups_create import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_users_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_users_retrieve`."""
        from .credentials_orgs_users_assignments_users_retrieve import sync

        return sync(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_users_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_users_retrieve_detailed`."""
        from .credentials_orgs_users_assignments_users_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_users_create(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_users_create`."""
        from .credentials_orgs_users_assignments_users_create import sync

        return sync(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_users_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_users_create_detailed`."""
        from .credentials_orgs_users_assignments_users_create import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_destroy(
        self,
        platform_key: str,
        user_id: int,
        assignment_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_destroy`."""
        from .credentials_orgs_users_assignments_destroy import sync

        return sync(
            platform_key,
            user_id,
            assignment_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_destroy_detailed(
        self,
        platform_key: str,
        user_id: int,
        assignment_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_destroy_detailed`."""
        from .credentials_orgs_users_assignments_destroy import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            assignment_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_course_assertions_over_time_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OverTime:
        """See `AsyncCredentialsApi.credentials_orgs_users_course_assertions_over_time_retrieve`."""
        from .credentials_orgs_users_course_assertions_over_time_retrieve import sync

        return sync(
            platform_key,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_course_assertions_over_time_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OverTime]:
        """See `AsyncCredentialsApi.credentials_orgs_users_course_assertions_over_time_retrieve_detailed`."""
        from .credentials_orgs_users_course_assertions_over_time_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_course_credentials_list(
        self,
        platform_key: str,
        user_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCredentialsApi.credentials_orgs_users_course_credentials_list`."""
        from .credentials_orgs_users_course_credentials_list import sync

        return sync(
            platform_key,
            user_id,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_course_credentials_list_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCredentialsApi.credentials_orgs_users_course_credentials_list_detailed`."""
        from .credentials_orgs_users_course_credentials_list import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_credentials_over_time_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OverTime:
        """See `AsyncCredentialsApi.credentials_orgs_users_credentials_over_time_retrieve`."""
        from .credentials_orgs_users_credentials_over_time_retrieve import sync

        return sync(
            platform_key,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_credentials_over_time_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OverTime]:
        """See `AsyncCredentialsApi.credentials_orgs_users_credentials_over_time_retrieve_detailed`."""
        from .credentials_orgs_users_credentials_over_time_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_external_mapping_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ExternalCredentialMapping:
        """See `AsyncCredentialsApi.credentials_orgs_users_external_mapping_retrieve`."""
        from .credentials_orgs_users_external_mapping_retrieve import sync

        return sync(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_external_mapping_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ExternalCredentialMapping]:
        """See `AsyncCredentialsApi.credentials_orgs_users_external_mapping_retrieve_detailed`."""
        from .credentials_orgs_users_external_mapping_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_external_mapping_create(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: ExternalCredentialMappingRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ExternalCredentialMapping:
        """See `AsyncCredentialsApi.credentials_orgs_users_external_mapping_create`."""
        from .credentials_orgs_users_external_mapping_create import sync

        return sync(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_external_mapping_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: ExternalCredentialMappingRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ExternalCredentialMapping]:
        """See `AsyncCredentialsApi.credentials_orgs_users_external_mapping_create_detailed`."""
        from .credentials_orgs_users_external_mapping_create import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_external_mapping_destroy(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCredentialsApi.credentials_orgs_users_external_mapping_destroy`."""
        from .credentials_orgs_users_external_mapping_destroy import sync

        return sync(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_external_mapping_destroy_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCredentialsApi.credentials_orgs_users_external_mapping_destroy_detailed`."""
        from .credentials_orgs_users_external_mapping_destroy import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_images_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UploadedImage:
        """See `AsyncCredentialsApi.credentials_orgs_users_images_retrieve`."""
        from .credentials_orgs_users_images_retrieve import sync

        return sync(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_images_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UploadedImage]:
        """See `AsyncCredentialsApi.credentials_orgs_users_images_retrieve_detailed`."""
        from .credentials_orgs_users_images_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_images_create(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: UploadedImageRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UploadedImage:
        """See `AsyncCredentialsApi.credentials_orgs_users_images_create`."""
        from .credentials_orgs_users_images_create import sync

        return sync(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_images_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: UploadedImageRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UploadedImage]:
        """See `AsyncCredentialsApi.credentials_orgs_users_images_create_detailed`."""
        from .credentials_orgs_users_images_create import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        q: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Issuer:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_retrieve`."""
        from .credentials_orgs_users_issuers_retrieve import sync

        return sync(
            platform_key,
            user_id,
            q=q,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        q: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Issuer]:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_retrieve_detailed`."""
        from .credentials_orgs_users_issuers_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            q=q,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_create(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: IssuerRequest | Mapping[str, Any],
        q: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Issuer:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_create`."""
        from .credentials_orgs_users_issuers_create import sync

        return sync(
            platform_key,
            user_id,
            body=body,
            q=q,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: IssuerRequest | Mapping[str, Any],
        q: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Issuer]:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_create_detailed`."""
        from .credentials_orgs_users_issuers_create import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            body=body,
            q=q,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_authority_create(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: IssuerAuthority | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> IssuerAuthority:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_authority_create`."""
        from .credentials_orgs_users_issuers_authority_create import sync

        return sync(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_authority_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: IssuerAuthority | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[IssuerAuthority]:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_authority_create_detailed`."""
        from .credentials_orgs_users_issuers_authority_create import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_retrieve2(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Issuer:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_retrieve2`."""
        from .credentials_orgs_users_issuers_retrieve2 import sync

        return sync(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_retrieve2_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Issuer]:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_retrieve2_detailed`."""
        from .credentials_orgs_users_issuers_retrieve2 import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_update(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: IssuerRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Issuer:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_update`."""
        from .credentials_orgs_users_issuers_update import sync

        return sync(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_update_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: IssuerRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Issuer]:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_update_detailed`."""
        from .credentials_orgs_users_issuers_update import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_destroy(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_destroy`."""
        from .credentials_orgs_users_issuers_destroy import sync

        return sync(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_destroy_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_destroy_detailed`."""
        from .credentials_orgs_users_issuers_destroy import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_provider_config_retrieve(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CredentialProviderConfig:
        """See `AsyncCredentialsApi.credentials_orgs_users_provider_config_retrieve`."""
        from .credentials_orgs_users_provider_config_retrieve import sync

        return sync(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_provider_config_retrieve_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CredentialProviderConfig]:
        """See `AsyncCredentialsApi.credentials_orgs_users_provider_config_retrieve_detailed`."""
        from .credentials_orgs_users_provider_config_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_provider_config_create(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: CredentialProviderConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CredentialProviderConfig:
        """See `AsyncCredentialsApi.credentials_orgs_users_provider_config_create`."""
        from .credentials_orgs_users_provider_config_create import sync

        return sync(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_provider_config_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        body: CredentialProviderConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CredentialProviderConfig]:
        """See `AsyncCredentialsApi.credentials_orgs_users_provider_config_create_detailed`."""
        from .credentials_orgs_users_provider_config_create import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_provider_config_destroy(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCredentialsApi.credentials_orgs_users_provider_config_destroy`."""
        from .credentials_orgs_users_provider_config_destroy import sync

        return sync(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_provider_config_destroy_detailed(
        self,
        platform_key: str,
        user_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCredentialsApi.credentials_orgs_users_provider_config_destroy_detailed`."""
        from .credentials_orgs_users_provider_config_destroy import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_retrieve2(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Credential:
        """See `AsyncCredentialsApi.credentials_orgs_users_retrieve2`."""
        from .credentials_orgs_users_retrieve2 import sync

        return sync(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_retrieve2_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Credential]:
        """See `AsyncCredentialsApi.credentials_orgs_users_retrieve2_detailed`."""
        from .credentials_orgs_users_retrieve2 import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_update(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: Credential | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Credential:
        """See `AsyncCredentialsApi.credentials_orgs_users_update`."""
        from .credentials_orgs_users_update import sync

        return sync(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_update_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: Credential | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Credential]:
        """See `AsyncCredentialsApi.credentials_orgs_users_update_detailed`."""
        from .credentials_orgs_users_update import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_destroy(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCredentialsApi.credentials_orgs_users_destroy`."""
        from .credentials_orgs_users_destroy import sync

        return sync(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_destroy_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCredentialsApi.credentials_orgs_users_destroy_detailed`."""
        from .credentials_orgs_users_destroy import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_retrieve3(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedAssertionsResponse:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_retrieve3`."""
        from .credentials_orgs_users_assertions_retrieve3 import sync

        return sync(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_retrieve3_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedAssertionsResponse]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_retrieve3_detailed`."""
        from .credentials_orgs_users_assertions_retrieve3 import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_create(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: AssertionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Assertion:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_create`."""
        from .credentials_orgs_users_assertions_create import sync

        return sync(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: AssertionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Assertion]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_create_detailed`."""
        from .credentials_orgs_users_assertions_create import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_bulk_create(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: BulkCreateAssertion | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BulkCreateAssertion:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_bulk_create`."""
        from .credentials_orgs_users_assertions_bulk_create import sync

        return sync(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_bulk_create_detailed(
        self,
        platform_key: str,
        user_id: int,
        entity_id: str,
        *,
        body: BulkCreateAssertion | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BulkCreateAssertion]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_bulk_create_detailed`."""
        from .credentials_orgs_users_assertions_bulk_create import sync_detailed

        return sync_detailed(
            platform_key,
            user_id,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_retrieve3(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Credential:
        """See `AsyncCredentialsApi.credentials_orgs_users_retrieve3`."""
        from .credentials_orgs_users_retrieve3 import sync

        return sync(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_retrieve3_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Credential]:
        """See `AsyncCredentialsApi.credentials_orgs_users_retrieve3_detailed`."""
        from .credentials_orgs_users_retrieve3 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_create2(
        self,
        platform_key: str,
        username: str,
        *,
        body: Credential | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Credential:
        """See `AsyncCredentialsApi.credentials_orgs_users_create2`."""
        from .credentials_orgs_users_create2 import sync

        return sync(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_create2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        body: Credential | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Credential]:
        """See `AsyncCredentialsApi.credentials_orgs_users_create2_detailed`."""
        from .credentials_orgs_users_create2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_over_time_retrieve2(
        self,
        platform_key: str,
        username: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_over_time_retrieve2`."""
        from .credentials_orgs_users_assertions_over_time_retrieve2 import sync

        return sync(
            platform_key,
            username,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_over_time_retrieve2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_over_time_retrieve2_detailed`."""
        from .credentials_orgs_users_assertions_over_time_retrieve2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_retrieve4(
        self,
        platform_key: str,
        username: str,
        *,
        course: str | Unset = UNSET,
        exclude_main_tenant_assertions: bool | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        include_revoked: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedAssertionsResponse:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_retrieve4`."""
        from .credentials_orgs_users_assertions_retrieve4 import sync

        return sync(
            platform_key,
            username,
            course=course,
            exclude_main_tenant_assertions=exclude_main_tenant_assertions,
            include_expired=include_expired,
            include_revoked=include_revoked,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_retrieve4_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        course: str | Unset = UNSET,
        exclude_main_tenant_assertions: bool | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        include_revoked: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedAssertionsResponse]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_retrieve4_detailed`."""
        from .credentials_orgs_users_assertions_retrieve4 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            course=course,
            exclude_main_tenant_assertions=exclude_main_tenant_assertions,
            include_expired=include_expired,
            include_revoked=include_revoked,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_retrieve5(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Assertion:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_retrieve5`."""
        from .credentials_orgs_users_assertions_retrieve5 import sync

        return sync(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_retrieve5_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Assertion]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_retrieve5_detailed`."""
        from .credentials_orgs_users_assertions_retrieve5 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_update2(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: AssertionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Assertion:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_update2`."""
        from .credentials_orgs_users_assertions_update2 import sync

        return sync(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_update2_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: AssertionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Assertion]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_update2_detailed`."""
        from .credentials_orgs_users_assertions_update2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_groups_retrieve2(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_groups_retrieve2`."""
        from .credentials_orgs_users_assignments_groups_retrieve2 import sync

        return sync(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_groups_retrieve2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_groups_retrieve2_detailed`."""
        from .credentials_orgs_users_assignments_groups_retrieve2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_groups_create2(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_groups_create2`."""
        from .credentials_orgs_users_assignments_groups_create2 import sync

        return sync(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_groups_create2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_groups_create2_detailed`."""
        from .credentials_orgs_users_assignments_groups_create2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_users_retrieve2(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_users_retrieve2`."""
        from .credentials_orgs_users_assignments_users_retrieve2 import sync

        return sync(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_users_retrieve2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_users_retrieve2_detailed`."""
        from .credentials_orgs_users_assignments_users_retrieve2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_users_create2(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_users_create2`."""
        from .credentials_orgs_users_assignments_users_create2 import sync

        return sync(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_users_create2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_users_create2_detailed`."""
        from .credentials_orgs_users_assignments_users_create2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_destroy2(
        self,
        platform_key: str,
        username: str,
        assignment_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_destroy2`."""
        from .credentials_orgs_users_assignments_destroy2 import sync

        return sync(
            platform_key,
            username,
            assignment_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assignments_destroy2_detailed(
        self,
        platform_key: str,
        username: str,
        assignment_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_destroy2_detailed`."""
        from .credentials_orgs_users_assignments_destroy2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            assignment_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_course_assertions_over_time_retrieve2(
        self,
        platform_key: str,
        username: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OverTime:
        """See `AsyncCredentialsApi.credentials_orgs_users_course_assertions_over_time_retrieve2`."""
        from .credentials_orgs_users_course_assertions_over_time_retrieve2 import sync

        return sync(
            platform_key,
            username,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_course_assertions_over_time_retrieve2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OverTime]:
        """See `AsyncCredentialsApi.credentials_orgs_users_course_assertions_over_time_retrieve2_detailed`."""
        from .credentials_orgs_users_course_assertions_over_time_retrieve2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_course_credentials_list2(
        self,
        platform_key: str,
        username: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCredentialsApi.credentials_orgs_users_course_credentials_list2`."""
        from .credentials_orgs_users_course_credentials_list2 import sync

        return sync(
            platform_key,
            username,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_course_credentials_list2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCredentialsApi.credentials_orgs_users_course_credentials_list2_detailed`."""
        from .credentials_orgs_users_course_credentials_list2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_credentials_over_time_retrieve2(
        self,
        platform_key: str,
        username: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OverTime:
        """See `AsyncCredentialsApi.credentials_orgs_users_credentials_over_time_retrieve2`."""
        from .credentials_orgs_users_credentials_over_time_retrieve2 import sync

        return sync(
            platform_key,
            username,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_credentials_over_time_retrieve2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OverTime]:
        """See `AsyncCredentialsApi.credentials_orgs_users_credentials_over_time_retrieve2_detailed`."""
        from .credentials_orgs_users_credentials_over_time_retrieve2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_external_mapping_retrieve2(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ExternalCredentialMapping:
        """See `AsyncCredentialsApi.credentials_orgs_users_external_mapping_retrieve2`."""
        from .credentials_orgs_users_external_mapping_retrieve2 import sync

        return sync(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_external_mapping_retrieve2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ExternalCredentialMapping]:
        """See `AsyncCredentialsApi.credentials_orgs_users_external_mapping_retrieve2_detailed`."""
        from .credentials_orgs_users_external_mapping_retrieve2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_external_mapping_create2(
        self,
        platform_key: str,
        username: str,
        *,
        body: ExternalCredentialMappingRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ExternalCredentialMapping:
        """See `AsyncCredentialsApi.credentials_orgs_users_external_mapping_create2`."""
        from .credentials_orgs_users_external_mapping_create2 import sync

        return sync(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_external_mapping_create2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        body: ExternalCredentialMappingRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ExternalCredentialMapping]:
        """See `AsyncCredentialsApi.credentials_orgs_users_external_mapping_create2_detailed`."""
        from .credentials_orgs_users_external_mapping_create2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_external_mapping_destroy2(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCredentialsApi.credentials_orgs_users_external_mapping_destroy2`."""
        from .credentials_orgs_users_external_mapping_destroy2 import sync

        return sync(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_external_mapping_destroy2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCredentialsApi.credentials_orgs_users_external_mapping_destroy2_detailed`."""
        from .credentials_orgs_users_external_mapping_destroy2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_images_retrieve2(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UploadedImage:
        """See `AsyncCredentialsApi.credentials_orgs_users_images_retrieve2`."""
        from .credentials_orgs_users_images_retrieve2 import sync

        return sync(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_images_retrieve2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UploadedImage]:
        """See `AsyncCredentialsApi.credentials_orgs_users_images_retrieve2_detailed`."""
        from .credentials_orgs_users_images_retrieve2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_images_create2(
        self,
        platform_key: str,
        username: str,
        *,
        body: UploadedImageRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UploadedImage:
        """See `AsyncCredentialsApi.credentials_orgs_users_images_create2`."""
        from .credentials_orgs_users_images_create2 import sync

        return sync(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_images_create2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        body: UploadedImageRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UploadedImage]:
        """See `AsyncCredentialsApi.credentials_orgs_users_images_create2_detailed`."""
        from .credentials_orgs_users_images_create2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_retrieve3(
        self,
        platform_key: str,
        username: str,
        *,
        q: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Issuer:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_retrieve3`."""
        from .credentials_orgs_users_issuers_retrieve3 import sync

        return sync(
            platform_key,
            username,
            q=q,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_retrieve3_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        q: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Issuer]:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_retrieve3_detailed`."""
        from .credentials_orgs_users_issuers_retrieve3 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            q=q,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_create2(
        self,
        platform_key: str,
        username: str,
        *,
        body: IssuerRequest | Mapping[str, Any],
        q: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Issuer:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_create2`."""
        from .credentials_orgs_users_issuers_create2 import sync

        return sync(
            platform_key,
            username,
            body=body,
            q=q,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_create2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        body: IssuerRequest | Mapping[str, Any],
        q: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Issuer]:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_create2_detailed`."""
        from .credentials_orgs_users_issuers_create2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            body=body,
            q=q,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_authority_create2(
        self,
        platform_key: str,
        username: str,
        *,
        body: IssuerAuthority | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> IssuerAuthority:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_authority_create2`."""
        from .credentials_orgs_users_issuers_authority_create2 import sync

        return sync(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_authority_create2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        body: IssuerAuthority | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[IssuerAuthority]:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_authority_create2_detailed`."""
        from .credentials_orgs_users_issuers_authority_create2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_retrieve4(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Issuer:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_retrieve4`."""
        from .credentials_orgs_users_issuers_retrieve4 import sync

        return sync(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_retrieve4_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Issuer]:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_retrieve4_detailed`."""
        from .credentials_orgs_users_issuers_retrieve4 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_update2(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: IssuerRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Issuer:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_update2`."""
        from .credentials_orgs_users_issuers_update2 import sync

        return sync(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_update2_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: IssuerRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Issuer]:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_update2_detailed`."""
        from .credentials_orgs_users_issuers_update2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_destroy2(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_destroy2`."""
        from .credentials_orgs_users_issuers_destroy2 import sync

        return sync(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_issuers_destroy2_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_destroy2_detailed`."""
        from .credentials_orgs_users_issuers_destroy2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_provider_config_retrieve2(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CredentialProviderConfig:
        """See `AsyncCredentialsApi.credentials_orgs_users_provider_config_retrieve2`."""
        from .credentials_orgs_users_provider_config_retrieve2 import sync

        return sync(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_provider_config_retrieve2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CredentialProviderConfig]:
        """See `AsyncCredentialsApi.credentials_orgs_users_provider_config_retrieve2_detailed`."""
        from .credentials_orgs_users_provider_config_retrieve2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_provider_config_create2(
        self,
        platform_key: str,
        username: str,
        *,
        body: CredentialProviderConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CredentialProviderConfig:
        """See `AsyncCredentialsApi.credentials_orgs_users_provider_config_create2`."""
        from .credentials_orgs_users_provider_config_create2 import sync

        return sync(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_provider_config_create2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        body: CredentialProviderConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CredentialProviderConfig]:
        """See `AsyncCredentialsApi.credentials_orgs_users_provider_config_create2_detailed`."""
        from .credentials_orgs_users_provider_config_create2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_provider_config_destroy2(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCredentialsApi.credentials_orgs_users_provider_config_destroy2`."""
        from .credentials_orgs_users_provider_config_destroy2 import sync

        return sync(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_provider_config_destroy2_detailed(
        self,
        platform_key: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCredentialsApi.credentials_orgs_users_provider_config_destroy2_detailed`."""
        from .credentials_orgs_users_provider_config_destroy2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_retrieve4(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Credential:
        """See `AsyncCredentialsApi.credentials_orgs_users_retrieve4`."""
        from .credentials_orgs_users_retrieve4 import sync

        return sync(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_retrieve4_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Credential]:
        """See `AsyncCredentialsApi.credentials_orgs_users_retrieve4_detailed`."""
        from .credentials_orgs_users_retrieve4 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_update2(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: Credential | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Credential:
        """See `AsyncCredentialsApi.credentials_orgs_users_update2`."""
        from .credentials_orgs_users_update2 import sync

        return sync(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_update2_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: Credential | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Credential]:
        """See `AsyncCredentialsApi.credentials_orgs_users_update2_detailed`."""
        from .credentials_orgs_users_update2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_destroy2(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCredentialsApi.credentials_orgs_users_destroy2`."""
        from .credentials_orgs_users_destroy2 import sync

        return sync(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_destroy2_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCredentialsApi.credentials_orgs_users_destroy2_detailed`."""
        from .credentials_orgs_users_destroy2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_retrieve6(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedAssertionsResponse:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_retrieve6`."""
        from .credentials_orgs_users_assertions_retrieve6 import sync

        return sync(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_retrieve6_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedAssertionsResponse]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_retrieve6_detailed`."""
        from .credentials_orgs_users_assertions_retrieve6 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_create2(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: AssertionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Assertion:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_create2`."""
        from .credentials_orgs_users_assertions_create2 import sync

        return sync(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_create2_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: AssertionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Assertion]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_create2_detailed`."""
        from .credentials_orgs_users_assertions_create2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_bulk_create2(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: BulkCreateAssertion | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BulkCreateAssertion:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_bulk_create2`."""
        from .credentials_orgs_users_assertions_bulk_create2 import sync

        return sync(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_orgs_users_assertions_bulk_create2_detailed(
        self,
        platform_key: str,
        username: str,
        entity_id: str,
        *,
        body: BulkCreateAssertion | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BulkCreateAssertion]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_bulk_create2_detailed`."""
        from .credentials_orgs_users_assertions_bulk_create2 import sync_detailed

        return sync_detailed(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_providers_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCredentialsApi.credentials_providers_retrieve`."""
        from .credentials_providers_retrieve import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_providers_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCredentialsApi.credentials_providers_retrieve_detailed`."""
        from .credentials_providers_retrieve import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_public_assertions_retrieve(
        self,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Assertion:
        """See `AsyncCredentialsApi.credentials_public_assertions_retrieve`."""
        from .credentials_public_assertions_retrieve import sync

        return sync(
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credentials_public_assertions_retrieve_detailed(
        self,
        entity_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Assertion]:
        """See `AsyncCredentialsApi.credentials_public_assertions_retrieve_detailed`."""
        from .credentials_public_assertions_retrieve import sync_detailed

        return sync_detailed(
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
