"""Operations tagged ``credentials`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncCredentialsApi` / `CredentialsApi`, reached as
``client.credentials``. A method imports its operation module on first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._response import Response
    from ...models.assertion import Assertion
    from ...models.assertion_request import AssertionRequest
    from ...models.bulk_create_assertion import BulkCreateAssertion
    from ...models.credential import Credential
    from ...models.credential_input import CredentialInput
    from ...models.credentials_orgs_users_assertions_over_time_retrieve_format import (
        CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat,
        check_credentials_orgs_users_assertions_over_time_retrieve_format,
    )
    from ...models.credentials_orgs_users_course_assertions_over_time_retrieve_format import (
        CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat,
        check_credentials_orgs_users_course_assertions_over_time_retrieve_format,
    )
    from ...models.credentials_orgs_users_credentials_over_time_retrieve_format import (
        CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat,
        check_credentials_orgs_users_credentials_over_time_retrieve_format,
    )
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

    async def credentials_orgs_users_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> Credential:
        """Get all credentials for a platform with search and pagination support.

        Query Parameters: - platform_org: Platform org ID (takes precedence over URL org) - page: Page
        number (default: 1) - page_size: Items per page (default: 10, max: 100) - search: Search term to
        filter credentials - course: Course ID to filter credentials - program: Program ID to filter
        credentials

        ``GET /api/credentials/orgs/{org}/users/{user_id}/`` (operation ``credentials_orgs_users_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Credential
        """

        from .credentials_orgs_users_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def credentials_orgs_users_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Credential]:
        """Like `credentials_orgs_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def credentials_orgs_users_create(
        self,
        org: str,
        user_id: str,
        *,
        body: CredentialInput,
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

        ``POST /api/credentials/orgs/{org}/users/{user_id}/`` (operation ``credentials_orgs_users_create``)

        Args:
            org (str):
            user_id (str):
            body (CredentialInput):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Credential
        """

        from .credentials_orgs_users_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def credentials_orgs_users_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: CredentialInput,
    ) -> Response[Credential]:
        """Like `credentials_orgs_users_create`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """Get all credentials of a given tenant

        ``GET /api/credentials/orgs/{org}/users/{user_id}/assertions-over-time/`` (operation ``credentials_orgs_users_assertions_over_time_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset): When `department_mode=1` is passed, it allows to filter data
                for only user content groups for the specified department
            end_date (str | Unset): end date. ISO 8601
            format_ (CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat | Unset): Format

                * `json` - json
            include_main_platform (bool | Unset): Include main platform data
            start_date (str | Unset): start date. ISO 8601

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OvertimeWithChangeInfo
        """

        from .credentials_orgs_users_assertions_over_time_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """Like `credentials_orgs_users_assertions_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        course: str | Unset = UNSET,
        exclude_main_tenant_assertions: bool | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        include_revoked: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> PaginatedAssertionsResponse:
        """Endpoint to retrieve all credential assertions for a user within an organization.

        This endpoint provides access to all credential assertions (issued credentials) for a specific
        user within an organization, with support for filtering.

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID to retrieve assertions for

        Query Parameters:
        course (str, optional): Filter by course ID
        include_revoked (bool, optional): Include revoked assertions (default: false)
        include_expired (bool, optional): Include expired assertions (default: false)
        exclude_main_tenant_assertions (bool, optional): Exclude assertions from the main tenant
        (default: false)

        Returns:
        A paginated response using the AssertionSerializer format

        Error Responses:
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the user or organization doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        ``GET /api/credentials/orgs/{org}/users/{user_id}/assertions/`` (operation ``credentials_orgs_users_assertions_retrieve``)

        Args:
            org (str):
            user_id (str):
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
            org,
            user_id,
            course=course,
            exclude_main_tenant_assertions=exclude_main_tenant_assertions,
            include_expired=include_expired,
            include_revoked=include_revoked,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        course: str | Unset = UNSET,
        exclude_main_tenant_assertions: bool | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        include_revoked: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[PaginatedAssertionsResponse]:
        """Like `credentials_orgs_users_assertions_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            course=course,
            exclude_main_tenant_assertions=exclude_main_tenant_assertions,
            include_expired=include_expired,
            include_revoked=include_revoked,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_retrieve2(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Assertion:
        """Endpoint to retrieve and update a specific credential assertion.

        This endpoint allows retrieving details of a specific credential assertion and updating its
        status (e.g., revoking it).

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request
        entity_id (str): The assertion entity ID

        Methods:
        GET: Retrieve assertion details
        PUT: Update assertion status (e.g., revoke)

        PUT Request Body:
        A JSON object containing:
        - revoked (bool): Set to true to revoke the assertion
        - revocationReason (str): Reason for revocation (required when revoking)

        Returns:
        GET: A JSON response containing the assertion details using the AssertionSerializer format
        PUT: A JSON response containing the updated assertion using the AssertionSerializer format

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the assertion doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        ``GET /api/credentials/orgs/{org}/users/{user_id}/assertions/{entity_id}`` (operation ``credentials_orgs_users_assertions_retrieve2``)

        Args:
            org (str):
            user_id (str):
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
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_retrieve2_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Response[Assertion]:
        """Like `credentials_orgs_users_assertions_retrieve2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_update(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: AssertionRequest,
    ) -> Assertion:
        """Endpoint to retrieve and update a specific credential assertion.

        This endpoint allows retrieving details of a specific credential assertion and updating its
        status (e.g., revoking it).

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request
        entity_id (str): The assertion entity ID

        Methods:
        GET: Retrieve assertion details
        PUT: Update assertion status (e.g., revoke)

        PUT Request Body:
        A JSON object containing:
        - revoked (bool): Set to true to revoke the assertion
        - revocationReason (str): Reason for revocation (required when revoking)

        Returns:
        GET: A JSON response containing the assertion details using the AssertionSerializer format
        PUT: A JSON response containing the updated assertion using the AssertionSerializer format

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the assertion doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        ``PUT /api/credentials/orgs/{org}/users/{user_id}/assertions/{entity_id}`` (operation ``credentials_orgs_users_assertions_update``)

        Args:
            org (str):
            user_id (str):
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
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_update_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: AssertionRequest,
    ) -> Response[Assertion]:
        """Like `credentials_orgs_users_assertions_update`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_groups_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """Get group assignments with department-aware filtering

        ``GET /api/credentials/orgs/{org}/users/{user_id}/assignments/groups/`` (operation ``credentials_orgs_users_assignments_groups_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .credentials_orgs_users_assignments_groups_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_groups_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """Like `credentials_orgs_users_assignments_groups_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assignments_groups_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_groups_create(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """Create group assignment with department access validation

        ``POST /api/credentials/orgs/{org}/users/{user_id}/assignments/groups/`` (operation ``credentials_orgs_users_assignments_groups_create``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .credentials_orgs_users_assignments_groups_create import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_groups_create_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """Like `credentials_orgs_users_assignments_groups_create`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assignments_groups_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_users_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """Get assignments and their corresponding assertions based on user role: - Regular users: get only
        their own assignments - Platform admins: get assignments for all users in their platform -
        Department admins: get assignments for users in their department groups

        ``GET /api/credentials/orgs/{org}/users/{user_id}/assignments/users/`` (operation ``credentials_orgs_users_assignments_users_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .credentials_orgs_users_assignments_users_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_users_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """Like `credentials_orgs_users_assignments_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assignments_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_users_create(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """Create assignments with department access validation

        ``POST /api/credentials/orgs/{org}/users/{user_id}/assignments/users/`` (operation ``credentials_orgs_users_assignments_users_create``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .credentials_orgs_users_assignments_users_create import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_users_create_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """Like `credentials_orgs_users_assignments_users_create`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assignments_users_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_destroy(
        self,
        org: str,
        user_id: str,
        assignment_id: str,
    ) -> Any:
        """Delete a credential assignment using its entity_id. Only platform admins and department admins
        can delete assignments.

        ``DELETE /api/credentials/orgs/{org}/users/{user_id}/assignments/{assignment_id}`` (operation ``credentials_orgs_users_assignments_destroy``)

        Args:
            org (str):
            user_id (str):
            assignment_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .credentials_orgs_users_assignments_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            assignment_id,
            client=self._client,
        )

    async def credentials_orgs_users_assignments_destroy_detailed(
        self,
        org: str,
        user_id: str,
        assignment_id: str,
    ) -> Response[Any]:
        """Like `credentials_orgs_users_assignments_destroy`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assignments_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            assignment_id,
            client=self._client,
        )

    async def credentials_orgs_users_course_assertions_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTime:
        """Get all credentials of a given tenant

        ``GET /api/credentials/orgs/{org}/users/{user_id}/course-assertions-over-time/`` (operation ``credentials_orgs_users_course_assertions_over_time_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset): When `department_mode=1` is passed, it allows to filter data
                for only user content groups for the specified department
            end_date (str | Unset): end date. ISO 8601
            format_ (CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat | Unset): Format

                * `json` - json
            include_main_platform (bool | Unset): Include main platform data
            start_date (str | Unset): start date. ISO 8601

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTime
        """

        from .credentials_orgs_users_course_assertions_over_time_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def credentials_orgs_users_course_assertions_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTime]:
        """Like `credentials_orgs_users_course_assertions_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_course_assertions_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def credentials_orgs_users_course_credentials_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Any:
        """Endpoint to retrieve the credentials of a given tenant grouped by course.

        This endpoint provides access to credential data grouped by course for a specific
        organization/tenant, with support for pagination and filtering.

        Path Parameters:
        org (str): The organization/tenant identifier

        Query Parameters:
        limit (int, optional): Number of results per page (default: 10)
        offset (int, optional): Starting position for pagination
        search (str, optional): Search term e.g course_id

        Returns:
        A paginated response using the CourseCredentialSerializer format.

        Error Responses:
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this data
        404 Not Found: If the organization doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        ``GET /api/credentials/orgs/{org}/users/{user_id}/course-credentials/`` (operation ``credentials_orgs_users_course_credentials_list``)

        Args:
            org (str):
            user_id (str):
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .credentials_orgs_users_course_credentials_list import asyncio

        return await asyncio(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    async def credentials_orgs_users_course_credentials_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[Any]:
        """Like `credentials_orgs_users_course_credentials_list`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_course_credentials_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    async def credentials_orgs_users_credentials_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTime:
        """Get all credentials of a given tenant

        ``GET /api/credentials/orgs/{org}/users/{user_id}/credentials-over-time/`` (operation ``credentials_orgs_users_credentials_over_time_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset): When `department_mode=1` is passed, it allows to filter data
                for only user content groups for the specified department
            end_date (str | Unset): end date. ISO 8601
            format_ (CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset): Format

                * `json` - json
            include_main_platform (bool | Unset): Include main platform data
            start_date (str | Unset): start date. ISO 8601

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTime
        """

        from .credentials_orgs_users_credentials_over_time_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def credentials_orgs_users_credentials_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTime]:
        """Like `credentials_orgs_users_credentials_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_credentials_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def credentials_orgs_users_images_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> UploadedImage:
        """API View for managing uploaded images for credentials.

        This endpoint allows uploading new images and retrieving existing images for use with
        credentials (icons, backgrounds, thumbnails, etc.).

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request

        Query Parameters:
        query (str, required for GET): Search term to filter images by name

        Methods:
        GET: Retrieve images matching a search query
        POST: Upload a new image

        POST Request Body:
        Multipart form data containing:
        - image (file, required): The image file to upload
        - name (str, optional): A descriptive name for the image

        Returns:
        GET: A JSON array of image objects:
        [
        {
        "id": 123,
        "name": "Logo",
        "image": "https://example.com/media/uploaded_images/logo.png"
        },
        {
        "id": 124,
        "name": "Background",
        "image": "https://example.com/media/uploaded_images/background.jpg"
        },
        ...
        ]
        POST: A JSON object containing the uploaded image details:
        {
        "id": 125,
        "name": "Certificate Icon",
        "image": "https://example.com/media/uploaded_images/certificate-icon.png"
        }

        Error Responses:
        400 Bad Request: If the request data is invalid or missing required parameters
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsAdminUserOrStudentDRFMixin
        - Only authenticated users with appropriate permissions can upload and retrieve images

        ``GET /api/credentials/orgs/{org}/users/{user_id}/images/`` (operation ``credentials_orgs_users_images_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UploadedImage
        """

        from .credentials_orgs_users_images_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def credentials_orgs_users_images_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[UploadedImage]:
        """Like `credentials_orgs_users_images_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_images_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def credentials_orgs_users_images_create(
        self,
        org: str,
        user_id: str,
        *,
        body: UploadedImageRequest | Unset = UNSET,
    ) -> UploadedImage:
        """API View for managing uploaded images for credentials.

        This endpoint allows uploading new images and retrieving existing images for use with
        credentials (icons, backgrounds, thumbnails, etc.).

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request

        Query Parameters:
        query (str, required for GET): Search term to filter images by name

        Methods:
        GET: Retrieve images matching a search query
        POST: Upload a new image

        POST Request Body:
        Multipart form data containing:
        - image (file, required): The image file to upload
        - name (str, optional): A descriptive name for the image

        Returns:
        GET: A JSON array of image objects:
        [
        {
        "id": 123,
        "name": "Logo",
        "image": "https://example.com/media/uploaded_images/logo.png"
        },
        {
        "id": 124,
        "name": "Background",
        "image": "https://example.com/media/uploaded_images/background.jpg"
        },
        ...
        ]
        POST: A JSON object containing the uploaded image details:
        {
        "id": 125,
        "name": "Certificate Icon",
        "image": "https://example.com/media/uploaded_images/certificate-icon.png"
        }

        Error Responses:
        400 Bad Request: If the request data is invalid or missing required parameters
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsAdminUserOrStudentDRFMixin
        - Only authenticated users with appropriate permissions can upload and retrieve images

        ``POST /api/credentials/orgs/{org}/users/{user_id}/images/`` (operation ``credentials_orgs_users_images_create``)

        Args:
            org (str):
            user_id (str):
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
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def credentials_orgs_users_images_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UploadedImageRequest | Unset = UNSET,
    ) -> Response[UploadedImage]:
        """Like `credentials_orgs_users_images_create`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_images_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        q: str,
    ) -> Issuer:
        """API View for managing credential issuers.

        This endpoint allows creating and retrieving issuers for a specific organization/tenant, with
        support for filtering and pagination.

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request

        Query Parameters:
        q (str, optional): Search term to filter issuers by name
        limit (int, optional): Number of results per page (default: 50)
        offset (int, optional): Starting position for pagination

        Methods:
        GET: Retrieve issuers with filtering and pagination
        POST: Create a new issuer

        POST Request Body:
        A JSON object containing issuer details:
        - name (str): Issuer name
        - iconImage (str, optional): URL to issuer icon
        - email (str, optional): Contact email for the issuer
        - url (str, optional): Website URL for the issuer
        - allowed_template_tags (array, optional): List of allowed template tags

        Returns:
        GET: A JSON response containing:
        {
        "status": {"success": true, "description": "Ok"},
        "result": {
        "next": "URL to next page",
        "previous": "URL to previous page",
        "count": 10,
        "data": [
        {issuer object},
        {issuer object},
        ...
        ],
        "num_pages": 1,
        "page_number": 1,
        "max_page_size": 1000
        }
        }
        POST: A JSON response containing:
        {
        "status": {"success": true, "description": "Created"},
        "result": {issuer object}
        }

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the platform doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsAdminUserOrStudentDRFMixin
        - Only authenticated users with appropriate permissions can manage issuers

        ``GET /api/credentials/orgs/{org}/users/{user_id}/issuers/`` (operation ``credentials_orgs_users_issuers_retrieve``)

        Args:
            org (str):
            user_id (str):
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
            org,
            user_id,
            q=q,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        q: str,
    ) -> Response[Issuer]:
        """Like `credentials_orgs_users_issuers_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_issuers_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            q=q,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_create(
        self,
        org: str,
        user_id: str,
        *,
        body: IssuerRequest,
        q: str,
    ) -> Issuer:
        """API View for managing credential issuers.

        This endpoint allows creating and retrieving issuers for a specific organization/tenant, with
        support for filtering and pagination.

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request

        Query Parameters:
        q (str, optional): Search term to filter issuers by name
        limit (int, optional): Number of results per page (default: 50)
        offset (int, optional): Starting position for pagination

        Methods:
        GET: Retrieve issuers with filtering and pagination
        POST: Create a new issuer

        POST Request Body:
        A JSON object containing issuer details:
        - name (str): Issuer name
        - iconImage (str, optional): URL to issuer icon
        - email (str, optional): Contact email for the issuer
        - url (str, optional): Website URL for the issuer
        - allowed_template_tags (array, optional): List of allowed template tags

        Returns:
        GET: A JSON response containing:
        {
        "status": {"success": true, "description": "Ok"},
        "result": {
        "next": "URL to next page",
        "previous": "URL to previous page",
        "count": 10,
        "data": [
        {issuer object},
        {issuer object},
        ...
        ],
        "num_pages": 1,
        "page_number": 1,
        "max_page_size": 1000
        }
        }
        POST: A JSON response containing:
        {
        "status": {"success": true, "description": "Created"},
        "result": {issuer object}
        }

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the platform doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsAdminUserOrStudentDRFMixin
        - Only authenticated users with appropriate permissions can manage issuers

        ``POST /api/credentials/orgs/{org}/users/{user_id}/issuers/`` (operation ``credentials_orgs_users_issuers_create``)

        Args:
            org (str):
            user_id (str):
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
            org,
            user_id,
            body=body,
            q=q,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: IssuerRequest,
        q: str,
    ) -> Response[Issuer]:
        """Like `credentials_orgs_users_issuers_create`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_issuers_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            q=q,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_authority_create(
        self,
        org: str,
        user_id: str,
        *,
        body: IssuerAuthority,
    ) -> IssuerAuthority:
        """API View for managing issuer authorities (signatories).

        This endpoint allows creating authorities/signatories that can be associated with issuers or
        specific credentials.

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request

        Methods:
        POST: Create a new issuer authority

        POST Request Body:
        A JSON object containing authority details:
        - name (str, required): Name of the signatory
        - title (str, required): Title of the signatory
        - signature (str, required): URL to the signature image
        - org (str, optional): Organization identifier to associate with an issuer
        - entityId (str, optional): Issuer entity ID to associate with
        - credential (str, optional): Credential entity ID to associate with

        Returns:
        POST: A JSON response containing the created authority:
        {
        "data": {
        "name": "John Smith",
        "title": "President",
        "signature": "https://example.com/signatures/john-smith.png"
        }
        }

        Error Responses:
        400 Bad Request: If the request data is invalid or missing required fields
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the issuer or credential doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsAdminUserOrStudentDRFMixin
        - Only authenticated users with appropriate permissions can manage authorities

        ``POST /api/credentials/orgs/{org}/users/{user_id}/issuers/authority/`` (operation ``credentials_orgs_users_issuers_authority_create``)

        Args:
            org (str):
            user_id (str):
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
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_authority_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: IssuerAuthority,
    ) -> Response[IssuerAuthority]:
        """Like `credentials_orgs_users_issuers_authority_create`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_issuers_authority_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_retrieve2(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Issuer:
        """API View for managing individual issuers.

        This endpoint allows retrieving, updating, and deleting specific issuers identified by their
        entity_id or org identifier.

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request
        entity_id (str): The issuer entity ID or org identifier

        Methods:
        GET: Retrieve a specific issuer
        PUT: Update a specific issuer
        DELETE: Delete a specific issuer

        PUT Request Body:
        A JSON object containing issuer details to update:
        - name (str, optional): Issuer name
        - iconImage (str, optional): URL to issuer icon
        - email (str, optional): Contact email for the issuer
        - url (str, optional): Website URL for the issuer
        - allowed_template_tags (array, optional): List of allowed template tags

        Returns:
        GET: A JSON response containing the issuer details:
        [
        {
        "name": "Example University",
        "org": "example-university",
        "entityId": "abc123",
        "signatories": [...],
        "url": "https://example.com",
        "iconImage": "https://example.com/logo.png",
        "allowed_template_tags": [...]
        }
        ]
        PUT: A JSON response containing the updated issuer details:
        [
        {
        "name": "Example University",
        "org": "example-university",
        "entityId": "abc123",
        "signatories": [...],
        "url": "https://example.com",
        "iconImage": "https://example.com/new-logo.png",
        "allowed_template_tags": [...]
        }
        ]
        DELETE: A JSON response indicating success:
        {
        "status": {"success": true, "description": "Deleted"}
        }

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the issuer doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsAdminUserOrStudentDRFMixin
        - Only authenticated users with appropriate permissions can manage issuers

        ``GET /api/credentials/orgs/{org}/users/{user_id}/issuers/{entity_id}`` (operation ``credentials_orgs_users_issuers_retrieve2``)

        Args:
            org (str):
            user_id (str):
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
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_retrieve2_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Response[Issuer]:
        """Like `credentials_orgs_users_issuers_retrieve2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_issuers_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_update(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: IssuerRequest,
    ) -> Issuer:
        """API View for managing individual issuers.

        This endpoint allows retrieving, updating, and deleting specific issuers identified by their
        entity_id or org identifier.

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request
        entity_id (str): The issuer entity ID or org identifier

        Methods:
        GET: Retrieve a specific issuer
        PUT: Update a specific issuer
        DELETE: Delete a specific issuer

        PUT Request Body:
        A JSON object containing issuer details to update:
        - name (str, optional): Issuer name
        - iconImage (str, optional): URL to issuer icon
        - email (str, optional): Contact email for the issuer
        - url (str, optional): Website URL for the issuer
        - allowed_template_tags (array, optional): List of allowed template tags

        Returns:
        GET: A JSON response containing the issuer details:
        [
        {
        "name": "Example University",
        "org": "example-university",
        "entityId": "abc123",
        "signatories": [...],
        "url": "https://example.com",
        "iconImage": "https://example.com/logo.png",
        "allowed_template_tags": [...]
        }
        ]
        PUT: A JSON response containing the updated issuer details:
        [
        {
        "name": "Example University",
        "org": "example-university",
        "entityId": "abc123",
        "signatories": [...],
        "url": "https://example.com",
        "iconImage": "https://example.com/new-logo.png",
        "allowed_template_tags": [...]
        }
        ]
        DELETE: A JSON response indicating success:
        {
        "status": {"success": true, "description": "Deleted"}
        }

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the issuer doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsAdminUserOrStudentDRFMixin
        - Only authenticated users with appropriate permissions can manage issuers

        ``PUT /api/credentials/orgs/{org}/users/{user_id}/issuers/{entity_id}`` (operation ``credentials_orgs_users_issuers_update``)

        Args:
            org (str):
            user_id (str):
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
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_update_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: IssuerRequest,
    ) -> Response[Issuer]:
        """Like `credentials_orgs_users_issuers_update`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_issuers_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_destroy(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Any:
        """API View for managing individual issuers.

        This endpoint allows retrieving, updating, and deleting specific issuers identified by their
        entity_id or org identifier.

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request
        entity_id (str): The issuer entity ID or org identifier

        Methods:
        GET: Retrieve a specific issuer
        PUT: Update a specific issuer
        DELETE: Delete a specific issuer

        PUT Request Body:
        A JSON object containing issuer details to update:
        - name (str, optional): Issuer name
        - iconImage (str, optional): URL to issuer icon
        - email (str, optional): Contact email for the issuer
        - url (str, optional): Website URL for the issuer
        - allowed_template_tags (array, optional): List of allowed template tags

        Returns:
        GET: A JSON response containing the issuer details:
        [
        {
        "name": "Example University",
        "org": "example-university",
        "entityId": "abc123",
        "signatories": [...],
        "url": "https://example.com",
        "iconImage": "https://example.com/logo.png",
        "allowed_template_tags": [...]
        }
        ]
        PUT: A JSON response containing the updated issuer details:
        [
        {
        "name": "Example University",
        "org": "example-university",
        "entityId": "abc123",
        "signatories": [...],
        "url": "https://example.com",
        "iconImage": "https://example.com/new-logo.png",
        "allowed_template_tags": [...]
        }
        ]
        DELETE: A JSON response indicating success:
        {
        "status": {"success": true, "description": "Deleted"}
        }

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the issuer doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsAdminUserOrStudentDRFMixin
        - Only authenticated users with appropriate permissions can manage issuers

        ``DELETE /api/credentials/orgs/{org}/users/{user_id}/issuers/{entity_id}`` (operation ``credentials_orgs_users_issuers_destroy``)

        Args:
            org (str):
            user_id (str):
            entity_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .credentials_orgs_users_issuers_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    async def credentials_orgs_users_issuers_destroy_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Response[Any]:
        """Like `credentials_orgs_users_issuers_destroy`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_issuers_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    async def credentials_orgs_users_retrieve2(
        self,
        org: str,
        user_id: str,
        entity_id: str,
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
        DELETE: No content (204)

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the credential doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires CredentialAssignmentPermission
        - Users can only manage credentials they have permission to access

        ``GET /api/credentials/orgs/{org}/users/{user_id}/{entity_id}`` (operation ``credentials_orgs_users_retrieve2``)

        Args:
            org (str):
            user_id (str):
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
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    async def credentials_orgs_users_retrieve2_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Response[Credential]:
        """Like `credentials_orgs_users_retrieve2`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    async def credentials_orgs_users_update(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: CredentialInput,
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
        DELETE: No content (204)

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the credential doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires CredentialAssignmentPermission
        - Users can only manage credentials they have permission to access

        ``PUT /api/credentials/orgs/{org}/users/{user_id}/{entity_id}`` (operation ``credentials_orgs_users_update``)

        Args:
            org (str):
            user_id (str):
            entity_id (str):
            body (CredentialInput):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Credential
        """

        from .credentials_orgs_users_update import asyncio

        return await asyncio(
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    async def credentials_orgs_users_update_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: CredentialInput,
    ) -> Response[Credential]:
        """Like `credentials_orgs_users_update`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    async def credentials_orgs_users_destroy(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Any:
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
        DELETE: No content (204)

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the credential doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires CredentialAssignmentPermission
        - Users can only manage credentials they have permission to access

        ``DELETE /api/credentials/orgs/{org}/users/{user_id}/{entity_id}`` (operation ``credentials_orgs_users_destroy``)

        Args:
            org (str):
            user_id (str):
            entity_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .credentials_orgs_users_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    async def credentials_orgs_users_destroy_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Response[Any]:
        """Like `credentials_orgs_users_destroy`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_retrieve3(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> PaginatedAssertionsResponse:
        """Endpoint to issue and retrieve credential assertions for a specific credential.

        This endpoint allows issuing new credential assertions and retrieving existing assertions for a
        specific credential.

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request
        entity_id (str): The credential entity ID

        Methods:
        POST: Issue a new credential assertion
        GET: Retrieve assertions for a specific credential

        POST Request Body:
        A JSON object containing recipient information and any additional metadata
        required for issuing the credential.

        Returns:
        POST: A JSON response containing the created assertion using the AssertionSerializer format
        GET: A paginated list of assertions using the AssertionSerializer format

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the credential doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        ``GET /api/credentials/orgs/{org}/users/{user_id}/{entity_id}/assertions/`` (operation ``credentials_orgs_users_assertions_retrieve3``)

        Args:
            org (str):
            user_id (str):
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
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_retrieve3_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Response[PaginatedAssertionsResponse]:
        """Like `credentials_orgs_users_assertions_retrieve3`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_retrieve3 import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_create(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: AssertionRequest,
    ) -> Assertion:
        """Endpoint to issue and retrieve credential assertions for a specific credential.

        This endpoint allows issuing new credential assertions and retrieving existing assertions for a
        specific credential.

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request
        entity_id (str): The credential entity ID

        Methods:
        POST: Issue a new credential assertion
        GET: Retrieve assertions for a specific credential

        POST Request Body:
        A JSON object containing recipient information and any additional metadata
        required for issuing the credential.

        Returns:
        POST: A JSON response containing the created assertion using the AssertionSerializer format
        GET: A paginated list of assertions using the AssertionSerializer format

        Error Responses:
        400 Bad Request: If the request data is invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the credential doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        ``POST /api/credentials/orgs/{org}/users/{user_id}/{entity_id}/assertions/`` (operation ``credentials_orgs_users_assertions_create``)

        Args:
            org (str):
            user_id (str):
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
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_create_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: AssertionRequest,
    ) -> Response[Assertion]:
        """Like `credentials_orgs_users_assertions_create`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_bulk_create(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: BulkCreateAssertion,
    ) -> BulkCreateAssertion:
        """Endpoint to issue credential assertions in bulk for a specific credential.

        This endpoint allows issuing credential assertions to multiple users at once.

        Path Parameters:
        org (str): The organization/tenant identifier
        user_id (str): The user ID making the request
        entity_id (str): The credential entity ID

        POST Request Body:
        A JSON object containing:
        - users (list): List of usernames to issue the credential to
        - Additional metadata required for issuing the credential

        Returns:
        A JSON response containing:
        {
        "skipped": ["username1", "username3"],

        // Users that were skipped (e.g., already have the credential)
        "issued": ["username2", "username4"]
        // Users that were successfully issued the credential
        }

        Error Responses:
        400 Bad Request: If the request data is invalid or missing required fields
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the credential doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        ``POST /api/credentials/orgs/{org}/users/{user_id}/{entity_id}/assertions/bulk/`` (operation ``credentials_orgs_users_assertions_bulk_create``)

        Args:
            org (str):
            user_id (str):
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
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    async def credentials_orgs_users_assertions_bulk_create_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: BulkCreateAssertion,
    ) -> Response[BulkCreateAssertion]:
        """Like `credentials_orgs_users_assertions_bulk_create`, returning the whole `Response` and raising no status error."""
        from .credentials_orgs_users_assertions_bulk_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    async def credentials_public_assertions_retrieve(
        self,
        entity_id: str,
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
            client=self._client,
        )

    async def credentials_public_assertions_retrieve_detailed(
        self,
        entity_id: str,
    ) -> Response[Assertion]:
        """Like `credentials_public_assertions_retrieve`, returning the whole `Response` and raising no status error."""
        from .credentials_public_assertions_retrieve import asyncio_detailed

        return await asyncio_detailed(
            entity_id,
            client=self._client,
        )


class CredentialsApi:
    """The ``credentials`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def credentials_orgs_users_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> Credential:
        """See `AsyncCredentialsApi.credentials_orgs_users_retrieve`."""
        from .credentials_orgs_users_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def credentials_orgs_users_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Credential]:
        """See `AsyncCredentialsApi.credentials_orgs_users_retrieve_detailed`."""
        from .credentials_orgs_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def credentials_orgs_users_create(
        self,
        org: str,
        user_id: str,
        *,
        body: CredentialInput,
    ) -> Credential:
        """See `AsyncCredentialsApi.credentials_orgs_users_create`."""
        from .credentials_orgs_users_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def credentials_orgs_users_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: CredentialInput,
    ) -> Response[Credential]:
        """See `AsyncCredentialsApi.credentials_orgs_users_create_detailed`."""
        from .credentials_orgs_users_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def credentials_orgs_users_assertions_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_over_time_retrieve`."""
        from .credentials_orgs_users_assertions_over_time_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def credentials_orgs_users_assertions_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_over_time_retrieve_detailed`."""
        from .credentials_orgs_users_assertions_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def credentials_orgs_users_assertions_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        course: str | Unset = UNSET,
        exclude_main_tenant_assertions: bool | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        include_revoked: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> PaginatedAssertionsResponse:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_retrieve`."""
        from .credentials_orgs_users_assertions_retrieve import sync

        return sync(
            org,
            user_id,
            course=course,
            exclude_main_tenant_assertions=exclude_main_tenant_assertions,
            include_expired=include_expired,
            include_revoked=include_revoked,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def credentials_orgs_users_assertions_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        course: str | Unset = UNSET,
        exclude_main_tenant_assertions: bool | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        include_revoked: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[PaginatedAssertionsResponse]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_retrieve_detailed`."""
        from .credentials_orgs_users_assertions_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            course=course,
            exclude_main_tenant_assertions=exclude_main_tenant_assertions,
            include_expired=include_expired,
            include_revoked=include_revoked,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def credentials_orgs_users_assertions_retrieve2(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Assertion:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_retrieve2`."""
        from .credentials_orgs_users_assertions_retrieve2 import sync

        return sync(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    def credentials_orgs_users_assertions_retrieve2_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Response[Assertion]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_retrieve2_detailed`."""
        from .credentials_orgs_users_assertions_retrieve2 import sync_detailed

        return sync_detailed(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    def credentials_orgs_users_assertions_update(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: AssertionRequest,
    ) -> Assertion:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_update`."""
        from .credentials_orgs_users_assertions_update import sync

        return sync(
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    def credentials_orgs_users_assertions_update_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: AssertionRequest,
    ) -> Response[Assertion]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_update_detailed`."""
        from .credentials_orgs_users_assertions_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    def credentials_orgs_users_assignments_groups_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_groups_retrieve`."""
        from .credentials_orgs_users_assignments_groups_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def credentials_orgs_users_assignments_groups_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_groups_retrieve_detailed`."""
        from .credentials_orgs_users_assignments_groups_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def credentials_orgs_users_assignments_groups_create(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_groups_create`."""
        from .credentials_orgs_users_assignments_groups_create import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def credentials_orgs_users_assignments_groups_create_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_groups_create_detailed`."""
        from .credentials_orgs_users_assignments_groups_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def credentials_orgs_users_assignments_users_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_users_retrieve`."""
        from .credentials_orgs_users_assignments_users_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def credentials_orgs_users_assignments_users_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_users_retrieve_detailed`."""
        from .credentials_orgs_users_assignments_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def credentials_orgs_users_assignments_users_create(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_users_create`."""
        from .credentials_orgs_users_assignments_users_create import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def credentials_orgs_users_assignments_users_create_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_users_create_detailed`."""
        from .credentials_orgs_users_assignments_users_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def credentials_orgs_users_assignments_destroy(
        self,
        org: str,
        user_id: str,
        assignment_id: str,
    ) -> Any:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_destroy`."""
        from .credentials_orgs_users_assignments_destroy import sync

        return sync(
            org,
            user_id,
            assignment_id,
            client=self._client,
        )

    def credentials_orgs_users_assignments_destroy_detailed(
        self,
        org: str,
        user_id: str,
        assignment_id: str,
    ) -> Response[Any]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assignments_destroy_detailed`."""
        from .credentials_orgs_users_assignments_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            assignment_id,
            client=self._client,
        )

    def credentials_orgs_users_course_assertions_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTime:
        """See `AsyncCredentialsApi.credentials_orgs_users_course_assertions_over_time_retrieve`."""
        from .credentials_orgs_users_course_assertions_over_time_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def credentials_orgs_users_course_assertions_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTime]:
        """See `AsyncCredentialsApi.credentials_orgs_users_course_assertions_over_time_retrieve_detailed`."""
        from .credentials_orgs_users_course_assertions_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def credentials_orgs_users_course_credentials_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Any:
        """See `AsyncCredentialsApi.credentials_orgs_users_course_credentials_list`."""
        from .credentials_orgs_users_course_credentials_list import sync

        return sync(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def credentials_orgs_users_course_credentials_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCredentialsApi.credentials_orgs_users_course_credentials_list_detailed`."""
        from .credentials_orgs_users_course_credentials_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def credentials_orgs_users_credentials_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTime:
        """See `AsyncCredentialsApi.credentials_orgs_users_credentials_over_time_retrieve`."""
        from .credentials_orgs_users_credentials_over_time_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def credentials_orgs_users_credentials_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTime]:
        """See `AsyncCredentialsApi.credentials_orgs_users_credentials_over_time_retrieve_detailed`."""
        from .credentials_orgs_users_credentials_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def credentials_orgs_users_images_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> UploadedImage:
        """See `AsyncCredentialsApi.credentials_orgs_users_images_retrieve`."""
        from .credentials_orgs_users_images_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def credentials_orgs_users_images_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[UploadedImage]:
        """See `AsyncCredentialsApi.credentials_orgs_users_images_retrieve_detailed`."""
        from .credentials_orgs_users_images_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def credentials_orgs_users_images_create(
        self,
        org: str,
        user_id: str,
        *,
        body: UploadedImageRequest | Unset = UNSET,
    ) -> UploadedImage:
        """See `AsyncCredentialsApi.credentials_orgs_users_images_create`."""
        from .credentials_orgs_users_images_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def credentials_orgs_users_images_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UploadedImageRequest | Unset = UNSET,
    ) -> Response[UploadedImage]:
        """See `AsyncCredentialsApi.credentials_orgs_users_images_create_detailed`."""
        from .credentials_orgs_users_images_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def credentials_orgs_users_issuers_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        q: str,
    ) -> Issuer:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_retrieve`."""
        from .credentials_orgs_users_issuers_retrieve import sync

        return sync(
            org,
            user_id,
            q=q,
            client=self._client,
        )

    def credentials_orgs_users_issuers_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        q: str,
    ) -> Response[Issuer]:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_retrieve_detailed`."""
        from .credentials_orgs_users_issuers_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            q=q,
            client=self._client,
        )

    def credentials_orgs_users_issuers_create(
        self,
        org: str,
        user_id: str,
        *,
        body: IssuerRequest,
        q: str,
    ) -> Issuer:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_create`."""
        from .credentials_orgs_users_issuers_create import sync

        return sync(
            org,
            user_id,
            body=body,
            q=q,
            client=self._client,
        )

    def credentials_orgs_users_issuers_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: IssuerRequest,
        q: str,
    ) -> Response[Issuer]:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_create_detailed`."""
        from .credentials_orgs_users_issuers_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            q=q,
            client=self._client,
        )

    def credentials_orgs_users_issuers_authority_create(
        self,
        org: str,
        user_id: str,
        *,
        body: IssuerAuthority,
    ) -> IssuerAuthority:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_authority_create`."""
        from .credentials_orgs_users_issuers_authority_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def credentials_orgs_users_issuers_authority_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: IssuerAuthority,
    ) -> Response[IssuerAuthority]:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_authority_create_detailed`."""
        from .credentials_orgs_users_issuers_authority_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def credentials_orgs_users_issuers_retrieve2(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Issuer:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_retrieve2`."""
        from .credentials_orgs_users_issuers_retrieve2 import sync

        return sync(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    def credentials_orgs_users_issuers_retrieve2_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Response[Issuer]:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_retrieve2_detailed`."""
        from .credentials_orgs_users_issuers_retrieve2 import sync_detailed

        return sync_detailed(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    def credentials_orgs_users_issuers_update(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: IssuerRequest,
    ) -> Issuer:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_update`."""
        from .credentials_orgs_users_issuers_update import sync

        return sync(
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    def credentials_orgs_users_issuers_update_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: IssuerRequest,
    ) -> Response[Issuer]:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_update_detailed`."""
        from .credentials_orgs_users_issuers_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    def credentials_orgs_users_issuers_destroy(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Any:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_destroy`."""
        from .credentials_orgs_users_issuers_destroy import sync

        return sync(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    def credentials_orgs_users_issuers_destroy_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Response[Any]:
        """See `AsyncCredentialsApi.credentials_orgs_users_issuers_destroy_detailed`."""
        from .credentials_orgs_users_issuers_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    def credentials_orgs_users_retrieve2(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Credential:
        """See `AsyncCredentialsApi.credentials_orgs_users_retrieve2`."""
        from .credentials_orgs_users_retrieve2 import sync

        return sync(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    def credentials_orgs_users_retrieve2_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Response[Credential]:
        """See `AsyncCredentialsApi.credentials_orgs_users_retrieve2_detailed`."""
        from .credentials_orgs_users_retrieve2 import sync_detailed

        return sync_detailed(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    def credentials_orgs_users_update(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: CredentialInput,
    ) -> Credential:
        """See `AsyncCredentialsApi.credentials_orgs_users_update`."""
        from .credentials_orgs_users_update import sync

        return sync(
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    def credentials_orgs_users_update_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: CredentialInput,
    ) -> Response[Credential]:
        """See `AsyncCredentialsApi.credentials_orgs_users_update_detailed`."""
        from .credentials_orgs_users_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    def credentials_orgs_users_destroy(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Any:
        """See `AsyncCredentialsApi.credentials_orgs_users_destroy`."""
        from .credentials_orgs_users_destroy import sync

        return sync(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    def credentials_orgs_users_destroy_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Response[Any]:
        """See `AsyncCredentialsApi.credentials_orgs_users_destroy_detailed`."""
        from .credentials_orgs_users_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    def credentials_orgs_users_assertions_retrieve3(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> PaginatedAssertionsResponse:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_retrieve3`."""
        from .credentials_orgs_users_assertions_retrieve3 import sync

        return sync(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    def credentials_orgs_users_assertions_retrieve3_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
    ) -> Response[PaginatedAssertionsResponse]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_retrieve3_detailed`."""
        from .credentials_orgs_users_assertions_retrieve3 import sync_detailed

        return sync_detailed(
            org,
            user_id,
            entity_id,
            client=self._client,
        )

    def credentials_orgs_users_assertions_create(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: AssertionRequest,
    ) -> Assertion:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_create`."""
        from .credentials_orgs_users_assertions_create import sync

        return sync(
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    def credentials_orgs_users_assertions_create_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: AssertionRequest,
    ) -> Response[Assertion]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_create_detailed`."""
        from .credentials_orgs_users_assertions_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    def credentials_orgs_users_assertions_bulk_create(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: BulkCreateAssertion,
    ) -> BulkCreateAssertion:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_bulk_create`."""
        from .credentials_orgs_users_assertions_bulk_create import sync

        return sync(
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    def credentials_orgs_users_assertions_bulk_create_detailed(
        self,
        org: str,
        user_id: str,
        entity_id: str,
        *,
        body: BulkCreateAssertion,
    ) -> Response[BulkCreateAssertion]:
        """See `AsyncCredentialsApi.credentials_orgs_users_assertions_bulk_create_detailed`."""
        from .credentials_orgs_users_assertions_bulk_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            entity_id,
            body=body,
            client=self._client,
        )

    def credentials_public_assertions_retrieve(
        self,
        entity_id: str,
    ) -> Assertion:
        """See `AsyncCredentialsApi.credentials_public_assertions_retrieve`."""
        from .credentials_public_assertions_retrieve import sync

        return sync(
            entity_id,
            client=self._client,
        )

    def credentials_public_assertions_retrieve_detailed(
        self,
        entity_id: str,
    ) -> Response[Assertion]:
        """See `AsyncCredentialsApi.credentials_public_assertions_retrieve_detailed`."""
        from .credentials_public_assertions_retrieve import sync_detailed

        return sync_detailed(
            entity_id,
            client=self._client,
        )
