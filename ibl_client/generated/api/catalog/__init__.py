"""Operations tagged ``catalog`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncCatalogApi` / `CatalogApi`, reached as
``client.catalog``. A method imports its operation module on first call.
A pageable operation also has an ``_iter`` method: a pager over the items of every page
(ibl_client/_pagination.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._pagination import AsyncPager, Pager
    from ...._response import Response
    from ...models.blank_course_invitation_create import BlankCourseInvitationCreate
    from ...models.blank_platform_invitation_create import BlankPlatformInvitationCreate
    from ...models.blank_program_invitation_create import BlankProgramInvitationCreate
    from ...models.block_skill_point_info_request import BlockSkillPointInfoRequest
    from ...models.bulk_course_invitation_create import BulkCourseInvitationCreate
    from ...models.bulk_course_invitation_response import BulkCourseInvitationResponse
    from ...models.bulk_platform_invitation_create import BulkPlatformInvitationCreate
    from ...models.bulk_platform_invitation_response import BulkPlatformInvitationResponse
    from ...models.bulk_program_invitation_create import BulkProgramInvitationCreate
    from ...models.bulk_program_invitation_response import BulkProgramInvitationResponse
    from ...models.bulk_suggestion_response import BulkSuggestionResponse
    from ...models.catalog_auto_increment_response import CatalogAutoIncrementResponse
    from ...models.catalog_auto_increment_update_request import CatalogAutoIncrementUpdateRequest
    from ...models.catalog_eligibility_courses_check_retrieve_response_200 import (
        CatalogEligibilityCoursesCheckRetrieveResponse200,
    )
    from ...models.catalog_increment_create_response_400 import CatalogIncrementCreateResponse400
    from ...models.catalog_increment_create_response_500 import CatalogIncrementCreateResponse500
    from ...models.catalog_metadata_course_search_create_response_200 import (
        CatalogMetadataCourseSearchCreateResponse200,
    )
    from ...models.catalog_milestones_completions_course_catalog_retrieve_response_200 import (
        CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200,
    )
    from ...models.catalog_milestones_completions_course_manage_create_response_200 import (
        CatalogMilestonesCompletionsCourseManageCreateResponse200,
    )
    from ...models.catalog_milestones_completions_course_manage_create_response_201 import (
        CatalogMilestonesCompletionsCourseManageCreateResponse201,
    )
    from ...models.catalog_milestones_completions_course_manage_retrieve_response_200 import (
        CatalogMilestonesCompletionsCourseManageRetrieveResponse200,
    )
    from ...models.catalog_milestones_skill_points_block_retrieve_response_200 import (
        CatalogMilestonesSkillPointsBlockRetrieveResponse200,
    )
    from ...models.catalog_milestones_skill_points_course_retrieve_response_200 import (
        CatalogMilestonesSkillPointsCourseRetrieveResponse200,
    )
    from ...models.catalog_milestones_skill_points_user_retrieve_response_200 import (
        CatalogMilestonesSkillPointsUserRetrieveResponse200,
    )
    from ...models.catalog_resources_create_response_400 import CatalogResourcesCreateResponse400
    from ...models.course import Course
    from ...models.course_access_request_create import CourseAccessRequestCreate
    from ...models.course_access_request_detail import CourseAccessRequestDetail
    from ...models.course_access_request_status_response import CourseAccessRequestStatusResponse
    from ...models.course_access_request_update import CourseAccessRequestUpdate
    from ...models.course_completion_request import CourseCompletionRequest
    from ...models.course_create_update import CourseCreateUpdate
    from ...models.course_delete_response import CourseDeleteResponse
    from ...models.course_enrollment_search_response import CourseEnrollmentSearchResponse
    from ...models.course_group_suggestion_create import CourseGroupSuggestionCreate
    from ...models.course_group_suggestion_detail import CourseGroupSuggestionDetail
    from ...models.course_invitation_create import CourseInvitationCreate
    from ...models.course_invitation_detail import CourseInvitationDetail
    from ...models.course_invitation_redemption import CourseInvitationRedemption
    from ...models.course_license_assignment_create import CourseLicenseAssignmentCreate
    from ...models.course_license_assignment_detail import CourseLicenseAssignmentDetail
    from ...models.course_license_create import CourseLicenseCreate
    from ...models.course_license_detail import CourseLicenseDetail
    from ...models.course_license_group_assignment_create import CourseLicenseGroupAssignmentCreate
    from ...models.course_license_group_assignment_detail import CourseLicenseGroupAssignmentDetail
    from ...models.course_license_update import CourseLicenseUpdate
    from ...models.course_metadata_search_request import CourseMetadataSearchRequest
    from ...models.course_metadata_update_request import CourseMetadataUpdateRequest
    from ...models.course_review_info_response import CourseReviewInfoResponse
    from ...models.course_review_paginated_response import CourseReviewPaginatedResponse
    from ...models.course_review_paginated_response_results_item import (
        CourseReviewPaginatedResponseResultsItem,
    )
    from ...models.course_review_request import CourseReviewRequest
    from ...models.course_review_response import CourseReviewResponse
    from ...models.course_skill_point_info_request import CourseSkillPointInfoRequest
    from ...models.course_suggestion_bulk_create import CourseSuggestionBulkCreate
    from ...models.course_suggestion_create import CourseSuggestionCreate
    from ...models.course_suggestion_detail import CourseSuggestionDetail
    from ...models.desired_role import DesiredRole
    from ...models.desired_role_create_update_request import DesiredRoleCreateUpdateRequest
    from ...models.desired_skill import DesiredSkill
    from ...models.desired_skill_create_update_request import DesiredSkillCreateUpdateRequest
    from ...models.paginated_course_access_request import PaginatedCourseAccessRequest
    from ...models.paginated_course_group_suggestion import PaginatedCourseGroupSuggestion
    from ...models.paginated_course_invitation import PaginatedCourseInvitation
    from ...models.paginated_course_license import PaginatedCourseLicense
    from ...models.paginated_course_license_assignment import PaginatedCourseLicenseAssignment
    from ...models.paginated_course_license_group_assignment import (
        PaginatedCourseLicenseGroupAssignment,
    )
    from ...models.paginated_course_suggestion import PaginatedCourseSuggestion
    from ...models.paginated_pathway_group_suggestion import PaginatedPathwayGroupSuggestion
    from ...models.paginated_pathway_suggestion import PaginatedPathwaySuggestion
    from ...models.paginated_platform_invitation import PaginatedPlatformInvitation
    from ...models.paginated_platform_license import PaginatedPlatformLicense
    from ...models.paginated_program_group_suggestion import PaginatedProgramGroupSuggestion
    from ...models.paginated_program_invitation import PaginatedProgramInvitation
    from ...models.paginated_program_license import PaginatedProgramLicense
    from ...models.paginated_program_license_assignment import PaginatedProgramLicenseAssignment
    from ...models.paginated_program_license_group_assignment import (
        PaginatedProgramLicenseGroupAssignment,
    )
    from ...models.paginated_program_suggestion import PaginatedProgramSuggestion
    from ...models.paginated_skill import PaginatedSkill
    from ...models.paginated_skill_request import PaginatedSkillRequest
    from ...models.paginated_user_license import PaginatedUserLicense
    from ...models.paginated_user_license_assignment import PaginatedUserLicenseAssignment
    from ...models.paginated_user_license_group_assignment import (
        PaginatedUserLicenseGroupAssignment,
    )
    from ...models.pathway import Pathway
    from ...models.pathway_completion_response import PathwayCompletionResponse
    from ...models.pathway_create_update_request import PathwayCreateUpdateRequest
    from ...models.pathway_delete_response import PathwayDeleteResponse
    from ...models.pathway_enrollment import PathwayEnrollment
    from ...models.pathway_enrollment_plus import PathwayEnrollmentPlus
    from ...models.pathway_enrollment_request import PathwayEnrollmentRequest
    from ...models.pathway_group_suggestion_create import PathwayGroupSuggestionCreate
    from ...models.pathway_group_suggestion_detail import PathwayGroupSuggestionDetail
    from ...models.pathway_self_enrollment_request import PathwaySelfEnrollmentRequest
    from ...models.pathway_suggestion_bulk_create import PathwaySuggestionBulkCreate
    from ...models.pathway_suggestion_create import PathwaySuggestionCreate
    from ...models.pathway_suggestion_detail import PathwaySuggestionDetail
    from ...models.platform_invitation_create import PlatformInvitationCreate
    from ...models.platform_invitation_detail import PlatformInvitationDetail
    from ...models.platform_invitation_redemption import PlatformInvitationRedemption
    from ...models.platform_license_create import PlatformLicenseCreate
    from ...models.platform_license_detail import PlatformLicenseDetail
    from ...models.platform_license_update import PlatformLicenseUpdate
    from ...models.platform_skill_point_bulk_request import PlatformSkillPointBulkRequest
    from ...models.platform_skill_point_bulk_response import PlatformSkillPointBulkResponse
    from ...models.platform_skill_point_group_request import PlatformSkillPointGroupRequest
    from ...models.platform_skill_point_request import PlatformSkillPointRequest
    from ...models.platform_skill_point_response import PlatformSkillPointResponse
    from ...models.program import Program
    from ...models.program_completion_response import ProgramCompletionResponse
    from ...models.program_create_update_request import ProgramCreateUpdateRequest
    from ...models.program_delete_response import ProgramDeleteResponse
    from ...models.program_enrollment import ProgramEnrollment
    from ...models.program_enrollment_plus import ProgramEnrollmentPlus
    from ...models.program_enrollment_plus_request import ProgramEnrollmentPlusRequest
    from ...models.program_enrollment_request import ProgramEnrollmentRequest
    from ...models.program_enrollment_search_response import ProgramEnrollmentSearchResponse
    from ...models.program_group_suggestion_create import ProgramGroupSuggestionCreate
    from ...models.program_group_suggestion_detail import ProgramGroupSuggestionDetail
    from ...models.program_invitation_create import ProgramInvitationCreate
    from ...models.program_invitation_detail import ProgramInvitationDetail
    from ...models.program_invitation_redemption import ProgramInvitationRedemption
    from ...models.program_license_assignment_create import ProgramLicenseAssignmentCreate
    from ...models.program_license_assignment_detail import ProgramLicenseAssignmentDetail
    from ...models.program_license_create_detail import ProgramLicenseCreateDetail
    from ...models.program_license_detail import ProgramLicenseDetail
    from ...models.program_license_group_assignment_create import (
        ProgramLicenseGroupAssignmentCreate,
    )
    from ...models.program_license_group_assignment_detail import (
        ProgramLicenseGroupAssignmentDetail,
    )
    from ...models.program_license_update_detail import ProgramLicenseUpdateDetail
    from ...models.program_metadata_request import ProgramMetadataRequest
    from ...models.program_metadata_response import ProgramMetadataResponse
    from ...models.program_review import ProgramReview
    from ...models.program_review_info_response import ProgramReviewInfoResponse
    from ...models.program_review_paginated_response import ProgramReviewPaginatedResponse
    from ...models.program_review_request import ProgramReviewRequest
    from ...models.program_search import ProgramSearch
    from ...models.program_search_request import ProgramSearchRequest
    from ...models.program_suggestion_bulk_create import ProgramSuggestionBulkCreate
    from ...models.program_suggestion_create import ProgramSuggestionCreate
    from ...models.program_suggestion_detail import ProgramSuggestionDetail
    from ...models.reported_role import ReportedRole
    from ...models.reported_role_create_update_request import ReportedRoleCreateUpdateRequest
    from ...models.reported_skill import ReportedSkill
    from ...models.reported_skill_create_update_request import ReportedSkillCreateUpdateRequest
    from ...models.resource import Resource
    from ...models.resource_completion import ResourceCompletion
    from ...models.resource_completion_request import ResourceCompletionRequest
    from ...models.resource_create_update import ResourceCreateUpdate
    from ...models.resource_delete_response import ResourceDeleteResponse
    from ...models.role import Role
    from ...models.role_create_update_request import RoleCreateUpdateRequest
    from ...models.skill import Skill
    from ...models.skill_create_update_request import SkillCreateUpdateRequest
    from ...models.user_license_assignment_create import UserLicenseAssignmentCreate
    from ...models.user_license_assignment_detail import UserLicenseAssignmentDetail
    from ...models.user_license_create import UserLicenseCreate
    from ...models.user_license_detail import UserLicenseDetail
    from ...models.user_license_group_assignment_create import UserLicenseGroupAssignmentCreate
    from ...models.user_license_group_assignment_detail import UserLicenseGroupAssignmentDetail
    from ...models.user_license_update import UserLicenseUpdate
    from ...types import UNSET, Unset


class AsyncCatalogApi:
    """The ``catalog`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def catalog_access_requests_course_manage_retrieve(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        reviewed: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedCourseAccessRequest:
        """Retrieve a paginated list of access requests

        ``GET /api/catalog/access_requests/course/manage/`` (operation ``catalog_access_requests_course_manage_retrieve``)

        Args:
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            reviewed (bool | Unset): Filter by reviewed status
            sort (str | Unset): Field to sort results by

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedCourseAccessRequest
        """

        from .catalog_access_requests_course_manage_retrieve import asyncio

        return await asyncio(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            reviewed=reviewed,
            sort=sort,
            client=self._client,
        )

    async def catalog_access_requests_course_manage_retrieve_detailed(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        reviewed: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedCourseAccessRequest]:
        """Like `catalog_access_requests_course_manage_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_access_requests_course_manage_retrieve import asyncio_detailed

        return await asyncio_detailed(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            reviewed=reviewed,
            sort=sort,
            client=self._client,
        )

    def catalog_access_requests_course_manage_retrieve_iter(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        reviewed: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[CourseAccessRequestDetail]:
        """Every `CourseAccessRequestDetail` of `catalog_access_requests_course_manage_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_access_requests_course_manage_retrieve import asyncio

        return paginate(
            asyncio,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            reviewed=reviewed,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_access_requests_course_manage_create(
        self,
        *,
        body: CourseAccessRequestUpdate,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        reviewed: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> CourseAccessRequestDetail:
        """Update an existing access request (approve/reject)

        ``POST /api/catalog/access_requests/course/manage/`` (operation ``catalog_access_requests_course_manage_create``)

        Args:
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            reviewed (bool | Unset): Filter by reviewed status
            sort (str | Unset): Field to sort results by
            body (CourseAccessRequestUpdate): Request serializer for
                CourseLicenseAccessRequestManagementView POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseAccessRequestDetail
        """

        from .catalog_access_requests_course_manage_create import asyncio

        return await asyncio(
            body=body,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            reviewed=reviewed,
            sort=sort,
            client=self._client,
        )

    async def catalog_access_requests_course_manage_create_detailed(
        self,
        *,
        body: CourseAccessRequestUpdate,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        reviewed: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[CourseAccessRequestDetail]:
        """Like `catalog_access_requests_course_manage_create`, returning the whole `Response` and raising no status error."""
        from .catalog_access_requests_course_manage_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            reviewed=reviewed,
            sort=sort,
            client=self._client,
        )

    async def catalog_access_requests_course_request_retrieve(
        self,
        *,
        course_id: str,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
    ) -> CourseAccessRequestStatusResponse:
        """Check if the user has an active access request for a course

        ``GET /api/catalog/access_requests/course/request/`` (operation ``catalog_access_requests_course_request_retrieve``)

        Args:
            course_id (str): The unique identifier for the course
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseAccessRequestStatusResponse
        """

        from .catalog_access_requests_course_request_retrieve import asyncio

        return await asyncio(
            course_id=course_id,
            platform_key=platform_key,
            platform_org=platform_org,
            client=self._client,
        )

    async def catalog_access_requests_course_request_retrieve_detailed(
        self,
        *,
        course_id: str,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
    ) -> Response[CourseAccessRequestStatusResponse]:
        """Like `catalog_access_requests_course_request_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_access_requests_course_request_retrieve import asyncio_detailed

        return await asyncio_detailed(
            course_id=course_id,
            platform_key=platform_key,
            platform_org=platform_org,
            client=self._client,
        )

    async def catalog_access_requests_course_request_create(
        self,
        *,
        body: CourseAccessRequestCreate,
        course_id: str,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
    ) -> CourseAccessRequestDetail:
        """Create a new access request for a course

        ``POST /api/catalog/access_requests/course/request/`` (operation ``catalog_access_requests_course_request_create``)

        Args:
            course_id (str): The unique identifier for the course
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            body (CourseAccessRequestCreate): Request serializer for
                CourseLicenseAccessRequestUserView POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseAccessRequestDetail
        """

        from .catalog_access_requests_course_request_create import asyncio

        return await asyncio(
            body=body,
            course_id=course_id,
            platform_key=platform_key,
            platform_org=platform_org,
            client=self._client,
        )

    async def catalog_access_requests_course_request_create_detailed(
        self,
        *,
        body: CourseAccessRequestCreate,
        course_id: str,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
    ) -> Response[CourseAccessRequestDetail]:
        """Like `catalog_access_requests_course_request_create`, returning the whole `Response` and raising no status error."""
        from .catalog_access_requests_course_request_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            course_id=course_id,
            platform_key=platform_key,
            platform_org=platform_org,
            client=self._client,
        )

    async def catalog_conditionals_course_eligibility_retrieve(
        self,
    ) -> Any:
        """GET Retrieve prerequisite eligibility info for user/course

        Params: user_id/username course_id

        ``GET /api/catalog/conditionals/course/eligibility/`` (operation ``catalog_conditionals_course_eligibility_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_conditionals_course_eligibility_retrieve import asyncio

        return await asyncio(
            client=self._client,
        )

    async def catalog_conditionals_course_eligibility_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """Like `catalog_conditionals_course_eligibility_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_conditionals_course_eligibility_retrieve import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def catalog_conditionals_course_prerequisites_manage_retrieve(
        self,
    ) -> Any:
        """GET Retrieve prerequisite info for course

        Params: course_id

        key_only

        ``GET /api/catalog/conditionals/course/prerequisites/manage/`` (operation ``catalog_conditionals_course_prerequisites_manage_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_conditionals_course_prerequisites_manage_retrieve import asyncio

        return await asyncio(
            client=self._client,
        )

    async def catalog_conditionals_course_prerequisites_manage_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """Like `catalog_conditionals_course_prerequisites_manage_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_conditionals_course_prerequisites_manage_retrieve import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def catalog_conditionals_course_prerequisites_manage_bulk_create(
        self,
    ) -> Any:
        """Prerequisite bulk management view

        Params: course_id

        rules key_only

        ``POST /api/catalog/conditionals/course/prerequisites/manage/bulk/`` (operation ``catalog_conditionals_course_prerequisites_manage_bulk_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_conditionals_course_prerequisites_manage_bulk_create import asyncio

        return await asyncio(
            client=self._client,
        )

    async def catalog_conditionals_course_prerequisites_manage_bulk_create_detailed(
        self,
    ) -> Response[Any]:
        """Like `catalog_conditionals_course_prerequisites_manage_bulk_create`, returning the whole `Response` and raising no status error."""
        from .catalog_conditionals_course_prerequisites_manage_bulk_create import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def catalog_courses_list(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
    ) -> list[Course]:
        """Retrieve courses matching specified filters.

        ``GET /api/catalog/courses/`` (operation ``catalog_courses_list``)

        Args:
            course_id (str | Unset): Filter courses by their unique identifier
            org (str | Unset): Filter courses by their associated organization
            slug (str | Unset): Filter courses by their slug (case-insensitive)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[Course]
        """

        from .catalog_courses_list import asyncio

        return await asyncio(
            course_id=course_id,
            org=org,
            slug=slug,
            client=self._client,
        )

    async def catalog_courses_list_detailed(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
    ) -> Response[list[Course]]:
        """Like `catalog_courses_list`, returning the whole `Response` and raising no status error."""
        from .catalog_courses_list import asyncio_detailed

        return await asyncio_detailed(
            course_id=course_id,
            org=org,
            slug=slug,
            client=self._client,
        )

    async def catalog_courses_create(
        self,
        *,
        body: CourseCreateUpdate,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
    ) -> Course:
        """Add or update a course in the database.

        ``POST /api/catalog/courses/`` (operation ``catalog_courses_create``)

        Args:
            course_id (str | Unset): Filter courses by their unique identifier
            org (str | Unset): Filter courses by their associated organization
            slug (str | Unset): Filter courses by their slug (case-insensitive)
            body (CourseCreateUpdate): Serializer for course creation/update request body.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Course
        """

        from .catalog_courses_create import asyncio

        return await asyncio(
            body=body,
            course_id=course_id,
            org=org,
            slug=slug,
            client=self._client,
        )

    async def catalog_courses_create_detailed(
        self,
        *,
        body: CourseCreateUpdate,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
    ) -> Response[Course]:
        """Like `catalog_courses_create`, returning the whole `Response` and raising no status error."""
        from .catalog_courses_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            course_id=course_id,
            org=org,
            slug=slug,
            client=self._client,
        )

    async def catalog_courses_destroy(
        self,
        *,
        course_id: str,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
    ) -> CourseDeleteResponse:
        """Remove a course from the database.

        ``DELETE /api/catalog/courses/`` (operation ``catalog_courses_destroy``)

        Args:
            course_id (str): The unique identifier for the course to be deleted
            org (str | Unset): Filter courses by their associated organization
            slug (str | Unset): Filter courses by their slug (case-insensitive)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseDeleteResponse
        """

        from .catalog_courses_destroy import asyncio

        return await asyncio(
            course_id=course_id,
            org=org,
            slug=slug,
            client=self._client,
        )

    async def catalog_courses_destroy_detailed(
        self,
        *,
        course_id: str,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
    ) -> Response[CourseDeleteResponse]:
        """Like `catalog_courses_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_courses_destroy import asyncio_detailed

        return await asyncio_detailed(
            course_id=course_id,
            org=org,
            slug=slug,
            client=self._client,
        )

    async def catalog_eligibility_courses_list(
        self,
        *,
        org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> list[Course]:
        """List courses that a user is eligible for.

        ``GET /api/catalog/eligibility/courses/`` (operation ``catalog_eligibility_courses_list``)

        Args:
            org (str | Unset): Filter eligible courses by organization
            query (str | Unset): Search term to filter eligible courses
            user_id (str | Unset): User ID to check eligibility for
            username (str | Unset): Username to check eligibility for

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[Course]
        """

        from .catalog_eligibility_courses_list import asyncio

        return await asyncio(
            org=org,
            query=query,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_eligibility_courses_list_detailed(
        self,
        *,
        org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[list[Course]]:
        """Like `catalog_eligibility_courses_list`, returning the whole `Response` and raising no status error."""
        from .catalog_eligibility_courses_list import asyncio_detailed

        return await asyncio_detailed(
            org=org,
            query=query,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_eligibility_courses_check_retrieve(
        self,
        *,
        course_id: str,
        local_only: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> CatalogEligibilityCoursesCheckRetrieveResponse200:
        """Check whether a user is eligible to enroll in a specific course.

        ``GET /api/catalog/eligibility/courses/check/`` (operation ``catalog_eligibility_courses_check_retrieve``)

        Args:
            course_id (str): Course ID to check eligibility for
            local_only (bool | Unset): Whether to check eligibility only within the local organization
            org (str | Unset): Organization of the course
            user_id (str | Unset): User ID to check eligibility for
            username (str | Unset): Username to check eligibility for

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CatalogEligibilityCoursesCheckRetrieveResponse200
        """

        from .catalog_eligibility_courses_check_retrieve import asyncio

        return await asyncio(
            course_id=course_id,
            local_only=local_only,
            org=org,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_eligibility_courses_check_retrieve_detailed(
        self,
        *,
        course_id: str,
        local_only: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[CatalogEligibilityCoursesCheckRetrieveResponse200]:
        """Like `catalog_eligibility_courses_check_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_eligibility_courses_check_retrieve import asyncio_detailed

        return await asyncio_detailed(
            course_id=course_id,
            local_only=local_only,
            org=org,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_courses_search_retrieve(
        self,
        *,
        course_id: str | Unset = UNSET,
        course_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> CourseEnrollmentSearchResponse:
        """API View for searching course enrollments.

        This endpoint allows searching for course enrollments based on various filters such as user ID,
        username, email, course ID, slug, organization, and platform key. Results are paginated and
        include detailed enrollment information.

        Query Parameters:
        user_id (str, optional): Filter enrollments by user ID
        username (str, optional): Filter enrollments by username
        email (str, optional): Filter enrollments by user email
        course_id (str, optional): Filter enrollments by course ID
        slug (str, optional): Filter enrollments by course slug
        org (str, optional): Filter enrollments by organization
        platform_key (str, optional): Filter enrollments by platform key
        course_name (str, optional): Filter enrollments by course name (partial match)
        include_default_platform (bool, optional): Include enrollments from default platform
        sort (str, optional): Field to sort results by (default: '-id')
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Search for course enrollments with filtering and pagination

        Returns:
        GET: A paginated JSON response containing course enrollments:
        {
        "count": 42,
        "next": "https://api.example.com/api/catalog/enrollment/courses/search/?page=2",
        "previous": null,
        "results": [
        {
        "user_id": 123,
        "username": "student1",
        "email": "student1@example.com",
        "course_id": "course-v1:org+course+run",
        "active": true,
        "created": "2023-01-15T10:30:00Z",
        "started": "2023-01-15T10:30:00Z",
        "ended": null,
        "expired": null,
        "metadata": {},
        "name": "John Doe",
        "course_name": "Introduction to Data Science"
        },
        ...
        ]
        }

        Error Responses:
        400 Bad Request: If required parameters are missing or if enrollment search fails
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsEdxUserReadOnly, or IsPlatformAdminOfUserReadOnly permission
        - Users can view their own enrollments
        - Platform admins can view enrollments for users in their platform
        - DM admins can view all enrollments

        ``GET /api/catalog/enrollment/courses/search/`` (operation ``catalog_enrollment_courses_search_retrieve``)

        Args:
            course_id (str | Unset): Filter enrollments by course ID
            course_name (str | Unset): Filter enrollments by course name (partial match)
            email (str | Unset): Filter enrollments by user email
            include_default_platform (bool | Unset): Include enrollments from default platform
            org (str | Unset): Filter enrollments by organization
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str | Unset): Filter enrollments by platform key
            slug (str | Unset): Filter enrollments by course slug
            sort (str | Unset): Field to sort results by
            user_id (str | Unset): Filter enrollments by user ID
            username (str | Unset): Filter enrollments by username

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseEnrollmentSearchResponse
        """

        from .catalog_enrollment_courses_search_retrieve import asyncio

        return await asyncio(
            course_id=course_id,
            course_name=course_name,
            email=email,
            include_default_platform=include_default_platform,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_courses_search_retrieve_detailed(
        self,
        *,
        course_id: str | Unset = UNSET,
        course_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[CourseEnrollmentSearchResponse]:
        """Like `catalog_enrollment_courses_search_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_enrollment_courses_search_retrieve import asyncio_detailed

        return await asyncio_detailed(
            course_id=course_id,
            course_name=course_name,
            email=email,
            include_default_platform=include_default_platform,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_pathways_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PathwayEnrollmentPlus:
        """Search pathway enrollments. Requires user_id or username and pathway_id or slug.

        ``GET /api/catalog/enrollment/pathways/`` (operation ``catalog_enrollment_pathways_retrieve``)

        Args:
            active (bool | Unset): Whether the enrollment should be active
            include_default_platform (bool | Unset): Include enrollments from default platform
            include_metadata (bool | Unset): Include metadata in the response
            org (str | Unset): Organization for the pathway
            pathway_id (str | Unset): Pathway ID for enrollment
            pathway_key (str | Unset): Pathway key for enrollment
            pathway_uuid (str | Unset): Pathway UUID for enrollment
            platform_key (str | Unset): Platform key for the pathway
            slug (str | Unset): Pathway slug for enrollment
            user_id (str | Unset): User ID for enrollment
            username (str | Unset): Username for enrollment

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PathwayEnrollmentPlus
        """

        from .catalog_enrollment_pathways_retrieve import asyncio

        return await asyncio(
            active=active,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_pathways_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PathwayEnrollmentPlus]:
        """Like `catalog_enrollment_pathways_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_enrollment_pathways_retrieve import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_pathways_create(
        self,
        *,
        body: PathwayEnrollmentRequest | Unset = UNSET,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PathwayEnrollment:
        """Log user enrollment with a pathway.

        ``POST /api/catalog/enrollment/pathways/`` (operation ``catalog_enrollment_pathways_create``)

        Args:
            active (bool | Unset): Whether the enrollment should be active
            include_default_platform (bool | Unset): Include enrollments from default platform
            include_metadata (bool | Unset): Include metadata in the response
            org (str | Unset): Organization for the pathway
            pathway_id (str | Unset): Pathway ID for enrollment
            pathway_key (str | Unset): Pathway key for enrollment
            pathway_uuid (str | Unset): Pathway UUID for enrollment
            platform_key (str | Unset): Platform key for the pathway
            slug (str | Unset): Pathway slug for enrollment
            user_id (str | Unset): User ID for enrollment
            username (str | Unset): Username for enrollment
            body (PathwayEnrollmentRequest | Unset): Serializer for pathway enrollment request
                parameters.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PathwayEnrollment
        """

        from .catalog_enrollment_pathways_create import asyncio

        return await asyncio(
            body=body,
            active=active,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_pathways_create_detailed(
        self,
        *,
        body: PathwayEnrollmentRequest | Unset = UNSET,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PathwayEnrollment]:
        """Like `catalog_enrollment_pathways_create`, returning the whole `Response` and raising no status error."""
        from .catalog_enrollment_pathways_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            active=active,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_pathways_destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PathwayEnrollment:
        """Unenroll from a pathway. Deactivates enrollment.

        ``DELETE /api/catalog/enrollment/pathways/`` (operation ``catalog_enrollment_pathways_destroy``)

        Args:
            active (bool | Unset): Whether the enrollment should be active
            include_default_platform (bool | Unset): Include enrollments from default platform
            include_metadata (bool | Unset): Include metadata in the response
            org (str | Unset): Organization for the pathway
            pathway_id (str | Unset): Pathway ID for enrollment
            pathway_key (str | Unset): Pathway key for enrollment
            pathway_uuid (str | Unset): Pathway UUID for enrollment
            platform_key (str | Unset): Platform key for the pathway
            slug (str | Unset): Pathway slug for enrollment
            user_id (str | Unset): User ID for enrollment
            username (str | Unset): Username for enrollment

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PathwayEnrollment
        """

        from .catalog_enrollment_pathways_destroy import asyncio

        return await asyncio(
            active=active,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_pathways_destroy_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PathwayEnrollment]:
        """Like `catalog_enrollment_pathways_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_enrollment_pathways_destroy import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_pathways_search_retrieve(
        self,
    ) -> PathwayEnrollmentPlus:
        """Search pathway enrollments based on user or pathway identifiers. Returns paginated enrollment
        results.

        ``GET /api/catalog/enrollment/pathways/search/`` (operation ``catalog_enrollment_pathways_search_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PathwayEnrollmentPlus
        """

        from .catalog_enrollment_pathways_search_retrieve import asyncio

        return await asyncio(
            client=self._client,
        )

    async def catalog_enrollment_pathways_search_retrieve_detailed(
        self,
    ) -> Response[PathwayEnrollmentPlus]:
        """Like `catalog_enrollment_pathways_search_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_enrollment_pathways_search_retrieve import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def catalog_enrollment_pathways_self_create(
        self,
        *,
        body: PathwaySelfEnrollmentRequest | Unset = UNSET,
        active: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PathwayEnrollment:
        """Log user enrollment with a pathway.

        ``POST /api/catalog/enrollment/pathways/self/`` (operation ``catalog_enrollment_pathways_self_create``)

        Args:
            active (bool | Unset): Whether the enrollment should be active
            org (str | Unset): Organization for the pathway
            pathway_id (str | Unset): Pathway ID for self-enrollment
            pathway_key (str | Unset): Pathway key for self-enrollment
            platform_key (str | Unset): Platform key for the pathway
            slug (str | Unset): Pathway slug for self-enrollment
            user_id (str | Unset): User ID for self-enrollment
            username (str | Unset): Username for self-enrollment
            body (PathwaySelfEnrollmentRequest | Unset): Serializer for pathway self-enrollment
                request parameters.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PathwayEnrollment
        """

        from .catalog_enrollment_pathways_self_create import asyncio

        return await asyncio(
            body=body,
            active=active,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_pathways_self_create_detailed(
        self,
        *,
        body: PathwaySelfEnrollmentRequest | Unset = UNSET,
        active: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PathwayEnrollment]:
        """Like `catalog_enrollment_pathways_self_create`, returning the whole `Response` and raising no status error."""
        from .catalog_enrollment_pathways_self_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            active=active,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_pathways_self_destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PathwayEnrollment:
        """Unenroll from a pathway. Deactivates enrollment.

        ``DELETE /api/catalog/enrollment/pathways/self/`` (operation ``catalog_enrollment_pathways_self_destroy``)

        Args:
            active (bool | Unset): Whether the enrollment should be active
            org (str | Unset): Organization for the pathway
            pathway_id (str | Unset): Pathway ID for self-enrollment
            pathway_key (str | Unset): Pathway key for self-enrollment
            platform_key (str | Unset): Platform key for the pathway
            slug (str | Unset): Pathway slug for self-enrollment
            user_id (str | Unset): User ID for self-enrollment
            username (str | Unset): Username for self-enrollment

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PathwayEnrollment
        """

        from .catalog_enrollment_pathways_self_destroy import asyncio

        return await asyncio(
            active=active,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_pathways_self_destroy_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PathwayEnrollment]:
        """Like `catalog_enrollment_pathways_self_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_enrollment_pathways_self_destroy import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_programs_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ProgramEnrollmentPlus:
        """Search program enrollments. Requires user_id or username and program_id or slug.

        ``GET /api/catalog/enrollment/programs/`` (operation ``catalog_enrollment_programs_retrieve``)

        Args:
            active (bool | Unset): Whether the enrollment should be active
            expired (datetime.datetime | Unset): Date when enrollment expires
            ignore_expiration (bool | Unset): Whether to ignore expiration during unenrollment
            include_default_platform (bool | Unset): Include enrollments from default platform
            include_metadata (bool | Unset): Include metadata in the response
            org (str | Unset): Organization for the program
            platform_key (str | Unset): Platform key for the program
            program_id (str | Unset): Program ID for enrollment
            program_key (str | Unset): Program key for enrollment
            program_type (str | Unset): Program type (standard, platform, custom)
            slug (str | Unset): Program slug for enrollment
            started (datetime.datetime | Unset): Date when enrollment started
            user_id (str | Unset): User ID for enrollment
            username (str | Unset): Username for enrollment

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramEnrollmentPlus
        """

        from .catalog_enrollment_programs_retrieve import asyncio

        return await asyncio(
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            program_type=program_type,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_programs_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ProgramEnrollmentPlus]:
        """Like `catalog_enrollment_programs_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_enrollment_programs_retrieve import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            program_type=program_type,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_programs_create(
        self,
        *,
        body: ProgramEnrollmentPlusRequest | Unset = UNSET,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ProgramEnrollment:
        """Log user enrollment with a program.

        ``POST /api/catalog/enrollment/programs/`` (operation ``catalog_enrollment_programs_create``)

        Args:
            active (bool | Unset): Whether the enrollment should be active
            expired (datetime.datetime | Unset): Date when enrollment expires
            ignore_expiration (bool | Unset): Whether to ignore expiration during unenrollment
            include_default_platform (bool | Unset): Include enrollments from default platform
            include_metadata (bool | Unset): Include metadata in the response
            org (str | Unset): Organization for the program
            platform_key (str | Unset): Platform key for the program
            program_id (str | Unset): Program ID for enrollment
            program_key (str | Unset): Program key for enrollment
            program_type (str | Unset): Program type (standard, platform, custom)
            slug (str | Unset): Program slug for enrollment
            started (datetime.datetime | Unset): Date when enrollment started
            user_id (str | Unset): User ID for enrollment
            username (str | Unset): Username for enrollment
            body (ProgramEnrollmentPlusRequest | Unset): Includes metadata+

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramEnrollment
        """

        from .catalog_enrollment_programs_create import asyncio

        return await asyncio(
            body=body,
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            program_type=program_type,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_programs_create_detailed(
        self,
        *,
        body: ProgramEnrollmentPlusRequest | Unset = UNSET,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ProgramEnrollment]:
        """Like `catalog_enrollment_programs_create`, returning the whole `Response` and raising no status error."""
        from .catalog_enrollment_programs_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            program_type=program_type,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_programs_destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ProgramEnrollment:
        """Unenroll from a program. Deactivates enrollment.

        ``DELETE /api/catalog/enrollment/programs/`` (operation ``catalog_enrollment_programs_destroy``)

        Args:
            active (bool | Unset): Whether the enrollment should be active
            expired (datetime.datetime | Unset): Date when enrollment expires
            ignore_expiration (bool | Unset): Whether to ignore expiration during unenrollment
            include_default_platform (bool | Unset): Include enrollments from default platform
            include_metadata (bool | Unset): Include metadata in the response
            org (str | Unset): Organization for the program
            platform_key (str | Unset): Platform key for the program
            program_id (str | Unset): Program ID for enrollment
            program_key (str | Unset): Program key for enrollment
            program_type (str | Unset): Program type (standard, platform, custom)
            slug (str | Unset): Program slug for enrollment
            started (datetime.datetime | Unset): Date when enrollment started
            user_id (str | Unset): User ID for enrollment
            username (str | Unset): Username for enrollment

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramEnrollment
        """

        from .catalog_enrollment_programs_destroy import asyncio

        return await asyncio(
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            program_type=program_type,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_programs_destroy_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ProgramEnrollment]:
        """Like `catalog_enrollment_programs_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_enrollment_programs_destroy import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            program_type=program_type,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_programs_search_retrieve(
        self,
        *,
        include_default_platform: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ProgramEnrollmentSearchResponse:
        """Search program enrollments based on user or program identifiers. Returns paginated enrollment
        results.

        ``GET /api/catalog/enrollment/programs/search/`` (operation ``catalog_enrollment_programs_search_retrieve``)

        Args:
            include_default_platform (bool | Unset): Include enrollments from default platform
            org (str | Unset): Filter enrollments by organization
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str | Unset): Filter enrollments by platform key
            program_id (str | Unset): Filter enrollments by program ID
            program_type (str | Unset): Filter by program type (standard, platform, custom)
            slug (str | Unset): Filter enrollments by program slug
            sort (str | Unset): Field to sort results by
            user_id (str | Unset): Filter enrollments by user ID
            username (str | Unset): Filter enrollments by username

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramEnrollmentSearchResponse
        """

        from .catalog_enrollment_programs_search_retrieve import asyncio

        return await asyncio(
            include_default_platform=include_default_platform,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            program_id=program_id,
            program_type=program_type,
            slug=slug,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_programs_search_retrieve_detailed(
        self,
        *,
        include_default_platform: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ProgramEnrollmentSearchResponse]:
        """Like `catalog_enrollment_programs_search_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_enrollment_programs_search_retrieve import asyncio_detailed

        return await asyncio_detailed(
            include_default_platform=include_default_platform,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            program_id=program_id,
            program_type=program_type,
            slug=slug,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_programs_search_retrieve_iter(
        self,
        *,
        include_default_platform: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[ProgramEnrollmentPlus]:
        """Every `ProgramEnrollmentPlus` of `catalog_enrollment_programs_search_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_enrollment_programs_search_retrieve import asyncio

        return paginate(
            asyncio,
            include_default_platform=include_default_platform,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            program_id=program_id,
            program_type=program_type,
            slug=slug,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_enrollment_programs_self_create(
        self,
        *,
        body: ProgramEnrollmentRequest | Unset = UNSET,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ProgramEnrollment:
        """Log user enrollment with a program.

        ``POST /api/catalog/enrollment/programs/self/`` (operation ``catalog_enrollment_programs_self_create``)

        Args:
            active (bool | Unset): Whether the enrollment should be active
            expired (datetime.datetime | Unset): Date when enrollment expires
            ignore_expiration (bool | Unset): Whether to ignore expiration during unenrollment
            org (str | Unset): Organization for the program
            platform_key (str | Unset): Platform key for the program
            program_id (str | Unset): Program ID for self-enrollment
            program_key (str | Unset): Program key for self-enrollment
            slug (str | Unset): Program slug for self-enrollment
            started (datetime.datetime | Unset): Date when enrollment started
            user_id (str | Unset): User ID for self-enrollment
            username (str | Unset): Username for self-enrollment
            body (ProgramEnrollmentRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramEnrollment
        """

        from .catalog_enrollment_programs_self_create import asyncio

        return await asyncio(
            body=body,
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_programs_self_create_detailed(
        self,
        *,
        body: ProgramEnrollmentRequest | Unset = UNSET,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ProgramEnrollment]:
        """Like `catalog_enrollment_programs_self_create`, returning the whole `Response` and raising no status error."""
        from .catalog_enrollment_programs_self_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_programs_self_destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Any:
        """Unenroll from a program. Deactivates enrollment.

        ``DELETE /api/catalog/enrollment/programs/self/`` (operation ``catalog_enrollment_programs_self_destroy``)

        Args:
            active (bool | Unset): Whether the enrollment should be active
            expired (datetime.datetime | Unset): Date when enrollment expires
            ignore_expiration (bool | Unset): Whether to ignore expiration during unenrollment
            org (str | Unset): Organization for the program
            platform_key (str | Unset): Platform key for the program
            program_id (str | Unset): Program ID for self-enrollment
            program_key (str | Unset): Program key for self-enrollment
            slug (str | Unset): Program slug for self-enrollment
            started (datetime.datetime | Unset): Date when enrollment started
            user_id (str | Unset): User ID for self-enrollment
            username (str | Unset): Username for self-enrollment

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_enrollment_programs_self_destroy import asyncio

        return await asyncio(
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_enrollment_programs_self_destroy_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `catalog_enrollment_programs_self_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_enrollment_programs_self_destroy import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_increment_retrieve(
        self,
        *,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
    ) -> CatalogAutoIncrementResponse:
        """Retrieve auto increment information for a specific platform.

        ``GET /api/catalog/increment/`` (operation ``catalog_increment_retrieve``)

        Args:
            key (str | Unset): Platform key identifier
            org (str | Unset): Platform organization identifier

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CatalogAutoIncrementResponse
        """

        from .catalog_increment_retrieve import asyncio

        return await asyncio(
            key=key,
            org=org,
            client=self._client,
        )

    async def catalog_increment_retrieve_detailed(
        self,
        *,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
    ) -> Response[CatalogAutoIncrementResponse]:
        """Like `catalog_increment_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_increment_retrieve import asyncio_detailed

        return await asyncio_detailed(
            key=key,
            org=org,
            client=self._client,
        )

    async def catalog_increment_create(
        self,
        *,
        body: CatalogAutoIncrementUpdateRequest,
    ) -> int:
        """Update auto increment information and retrieve a new ID for a specific platform.

        ``POST /api/catalog/increment/`` (operation ``catalog_increment_create``)

        Args:
            body (CatalogAutoIncrementUpdateRequest): Serializer for auto increment update request
                parameters.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            int
        """

        from .catalog_increment_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_increment_create_detailed(
        self,
        *,
        body: CatalogAutoIncrementUpdateRequest,
    ) -> Response[int]:
        """Like `catalog_increment_create`, returning the whole `Response` and raising no status error."""
        from .catalog_increment_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_invitations_course_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> PaginatedCourseInvitation:
        """Retrieve a paginated list of course invitations

        ``GET /api/catalog/invitations/course/`` (operation ``catalog_invitations_course_retrieve``)

        Args:
            active (bool | Unset): Filter by active status
            course_id (str | Unset): Filter by course ID
            email (str | Unset): Filter by user email
            key (str | Unset): Alternative filter by platform key
            org (str | Unset): Alternative filter by platform organization
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): Filter by platform key
            platform_org (str | Unset): Filter by platform organization
            sort (str | Unset): Field to sort results by
            source (str | Unset): Filter by invitation source
            username (str | Unset): Filter by username
            verbose (bool | Unset): Whether to include verbose output

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedCourseInvitation
        """

        from .catalog_invitations_course_retrieve import asyncio

        return await asyncio(
            active=active,
            course_id=course_id,
            email=email,
            key=key,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    async def catalog_invitations_course_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[PaginatedCourseInvitation]:
        """Like `catalog_invitations_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_invitations_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            course_id=course_id,
            email=email,
            key=key,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_course_retrieve_iter(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[CourseInvitationDetail]:
        """Every `CourseInvitationDetail` of `catalog_invitations_course_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_invitations_course_retrieve import asyncio

        return paginate(
            asyncio,
            active=active,
            course_id=course_id,
            email=email,
            key=key,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_invitations_course_create(
        self,
        *,
        body: CourseInvitationCreate,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> CourseInvitationDetail:
        """Create a new course invitation

        ``POST /api/catalog/invitations/course/`` (operation ``catalog_invitations_course_create``)

        Args:
            active (bool | Unset): Filter by active status
            course_id (str | Unset): Filter by course ID
            email (str | Unset): Filter by user email
            key (str | Unset): Alternative filter by platform key
            org (str | Unset): Alternative filter by platform organization
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): Filter by platform key
            platform_org (str | Unset): Filter by platform organization
            sort (str | Unset): Field to sort results by
            source (str | Unset): Filter by invitation source
            username (str | Unset): Filter by username
            verbose (bool | Unset): Whether to include verbose output
            body (CourseInvitationCreate): Request serializer for CourseInvitationView POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseInvitationDetail
        """

        from .catalog_invitations_course_create import asyncio

        return await asyncio(
            body=body,
            active=active,
            course_id=course_id,
            email=email,
            key=key,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    async def catalog_invitations_course_create_detailed(
        self,
        *,
        body: CourseInvitationCreate,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[CourseInvitationDetail]:
        """Like `catalog_invitations_course_create`, returning the whole `Response` and raising no status error."""
        from .catalog_invitations_course_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            active=active,
            course_id=course_id,
            email=email,
            key=key,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    async def catalog_invitations_course_destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Any:
        """Remove a course invitation: TBD

        ``DELETE /api/catalog/invitations/course/`` (operation ``catalog_invitations_course_destroy``)

        Args:
            active (bool | Unset): Filter by active status
            course_id (str | Unset): Filter by course ID
            email (str | Unset): Filter by user email
            key (str | Unset): Alternative filter by platform key
            org (str | Unset): Alternative filter by platform organization
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): Filter by platform key
            platform_org (str | Unset): Filter by platform organization
            sort (str | Unset): Field to sort results by
            source (str | Unset): Filter by invitation source
            username (str | Unset): Filter by username
            verbose (bool | Unset): Whether to include verbose output

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_invitations_course_destroy import asyncio

        return await asyncio(
            active=active,
            course_id=course_id,
            email=email,
            key=key,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    async def catalog_invitations_course_destroy_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[Any]:
        """Like `catalog_invitations_course_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_invitations_course_destroy import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            course_id=course_id,
            email=email,
            key=key,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    async def catalog_invitations_course_blank_create(
        self,
        *,
        body: BlankCourseInvitationCreate,
    ) -> BulkCourseInvitationResponse:
        """Create multiple blank course invitations

        ``POST /api/catalog/invitations/course/blank/`` (operation ``catalog_invitations_course_blank_create``)

        Args:
            body (BlankCourseInvitationCreate): Request serializer for BlankCourseInvitationView POST
                endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BulkCourseInvitationResponse
        """

        from .catalog_invitations_course_blank_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_invitations_course_blank_create_detailed(
        self,
        *,
        body: BlankCourseInvitationCreate,
    ) -> Response[BulkCourseInvitationResponse]:
        """Like `catalog_invitations_course_blank_create`, returning the whole `Response` and raising no status error."""
        from .catalog_invitations_course_blank_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_invitations_course_bulk_create(
        self,
        *,
        body: BulkCourseInvitationCreate,
    ) -> BulkCourseInvitationResponse:
        """Create multiple course invitations

        ``POST /api/catalog/invitations/course/bulk/`` (operation ``catalog_invitations_course_bulk_create``)

        Args:
            body (BulkCourseInvitationCreate): Request serializer for BulkCourseInvitationView POST
                endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BulkCourseInvitationResponse
        """

        from .catalog_invitations_course_bulk_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_invitations_course_bulk_create_detailed(
        self,
        *,
        body: BulkCourseInvitationCreate,
    ) -> Response[BulkCourseInvitationResponse]:
        """Like `catalog_invitations_course_bulk_create`, returning the whole `Response` and raising no status error."""
        from .catalog_invitations_course_bulk_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_invitations_course_redeem_create(
        self,
        *,
        body: CourseInvitationRedemption,
    ) -> CourseInvitationDetail:
        """Redeem a blank course invitation

        ``POST /api/catalog/invitations/course/redeem/`` (operation ``catalog_invitations_course_redeem_create``)

        Args:
            body (CourseInvitationRedemption): Request serializer for CourseInvitationRedemptionView
                POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseInvitationDetail
        """

        from .catalog_invitations_course_redeem_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_invitations_course_redeem_create_detailed(
        self,
        *,
        body: CourseInvitationRedemption,
    ) -> Response[CourseInvitationDetail]:
        """Like `catalog_invitations_course_redeem_create`, returning the whole `Response` and raising no status error."""
        from .catalog_invitations_course_redeem_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_invitations_platform_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> PaginatedPlatformInvitation:
        """API View for managing platform invitations.

        This endpoint allows querying, creating, and deleting platform invitations for users.

        Query/Request Parameters:
        For GET:
        platform_key (str, optional): Filter by platform key
        org (str, optional): Filter by platform organization
        email (str, optional): Filter by user email
        source (str, optional): Filter by invitation source
        active (bool, optional): Filter by active status
        sort (str, optional): Field to sort results by (default: '-id')
        metadata fields: Any additional parameters will be treated as metadata filters
        For POST:
        platform_key (str, required): The platform to create an invitation for
        email (str, required): The email address to invite
        active (bool, optional): Whether the invitation is active
        metadata fields: Any additional parameters will be added as metadata
        For DELETE:
        id (int, required): The ID of the invitation to delete
        org (str, required): The platform organization for verification

        Methods:
        GET: Retrieve a paginated list of platform invitations
        POST: Create a new platform invitation
        DELETE: Remove a platform invitation

        Returns:
        GET: A paginated JSON response containing platform invitations:
        {
        "count": 10,
        "next": "https://example.com/api/catalog/invitations/platform/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "user_id": 456,
        "username": "username",
        "email": "user@example.com",
        "created": "2023-06-15T14:30:00Z",
        "started": "2023-06-15T14:30:00Z",
        "source": "source",
        "redirect_to": "https://example.com",
        "expired": null,
        "active": true,
        "metadata": {},
        "platform_key": "platform1"
        },
        ...
        ]
        }
        POST: A JSON response containing the created invitation:
        {
        "id": 123,
        "user_id": 456,
        "username": "username",
        "email": "user@example.com",
        "created": "2023-06-15T14:30:00Z",
        "started": "2023-06-15T14:30:00Z",
        "source": "source",
        "redirect_to": "https://example.com",
        "expired": null,
        "active": true,
        "metadata": {},
        "platform_key": "platform1"
        }
        DELETE: A success response with status 200

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the platform or invitation doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin or IsPlatformAdmin permission
        - Available to platform administrators and DM admins

        ``GET /api/catalog/invitations/platform/`` (operation ``catalog_invitations_platform_retrieve``)

        Args:
            active (bool | Unset): Filter by active status
            email (str | Unset): Filter by user email
            org (str | Unset): Filter by platform organization
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): Filter by platform key
            sort (str | Unset): Field to sort results by
            source (str | Unset): Filter by invitation source
            username (str | Unset): Filter by username
            verbose (bool | Unset): Whether to include verbose output

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedPlatformInvitation
        """

        from .catalog_invitations_platform_retrieve import asyncio

        return await asyncio(
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    async def catalog_invitations_platform_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[PaginatedPlatformInvitation]:
        """Like `catalog_invitations_platform_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_invitations_platform_retrieve import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_platform_retrieve_iter(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[PlatformInvitationDetail]:
        """Every `PlatformInvitationDetail` of `catalog_invitations_platform_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_invitations_platform_retrieve import asyncio

        return paginate(
            asyncio,
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_invitations_platform_create(
        self,
        *,
        body: PlatformInvitationCreate,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> PlatformInvitationDetail:
        """Create a new platform invitation

        ``POST /api/catalog/invitations/platform/`` (operation ``catalog_invitations_platform_create``)

        Args:
            active (bool | Unset): Filter by active status
            email (str | Unset): Filter by user email
            org (str | Unset): Filter by platform organization
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): Filter by platform key
            sort (str | Unset): Field to sort results by
            source (str | Unset): Filter by invitation source
            username (str | Unset): Filter by username
            verbose (bool | Unset): Whether to include verbose output
            body (PlatformInvitationCreate): Request serializer for PlatformInvitationView POST
                endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformInvitationDetail
        """

        from .catalog_invitations_platform_create import asyncio

        return await asyncio(
            body=body,
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    async def catalog_invitations_platform_create_detailed(
        self,
        *,
        body: PlatformInvitationCreate,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[PlatformInvitationDetail]:
        """Like `catalog_invitations_platform_create`, returning the whole `Response` and raising no status error."""
        from .catalog_invitations_platform_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    async def catalog_invitations_platform_destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Any:
        """Remove a platform invitation: TBD

        ``DELETE /api/catalog/invitations/platform/`` (operation ``catalog_invitations_platform_destroy``)

        Args:
            active (bool | Unset): Filter by active status
            email (str | Unset): Filter by user email
            org (str | Unset): Filter by platform organization
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): Filter by platform key
            sort (str | Unset): Field to sort results by
            source (str | Unset): Filter by invitation source
            username (str | Unset): Filter by username
            verbose (bool | Unset): Whether to include verbose output

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_invitations_platform_destroy import asyncio

        return await asyncio(
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    async def catalog_invitations_platform_destroy_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[Any]:
        """Like `catalog_invitations_platform_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_invitations_platform_destroy import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    async def catalog_invitations_platform_blank_create(
        self,
        *,
        body: BlankPlatformInvitationCreate,
    ) -> BulkPlatformInvitationResponse:
        """Create multiple blank platform invitations

        ``POST /api/catalog/invitations/platform/blank/`` (operation ``catalog_invitations_platform_blank_create``)

        Args:
            body (BlankPlatformInvitationCreate): Request serializer for BlankPlatformInvitationView
                POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BulkPlatformInvitationResponse
        """

        from .catalog_invitations_platform_blank_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_invitations_platform_blank_create_detailed(
        self,
        *,
        body: BlankPlatformInvitationCreate,
    ) -> Response[BulkPlatformInvitationResponse]:
        """Like `catalog_invitations_platform_blank_create`, returning the whole `Response` and raising no status error."""
        from .catalog_invitations_platform_blank_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_invitations_platform_bulk_create(
        self,
        *,
        body: BulkPlatformInvitationCreate,
    ) -> BulkPlatformInvitationResponse:
        """API View for bulk creating platform invitations.

        This endpoint allows creating multiple platform invitations in a single request.

        Request Parameters:
        invitation_data (list, required): List of invitation data objects, each containing:
        platform_key (str, required): The platform to create an invitation for
        email (str, required): The email address to invite
        active (bool, optional): Whether the invitation is active
        metadata fields: Any additional parameters will be added as metadata
        platform_key (str, required for platform admins): The platform key for permission validation

        Methods:
        POST: Create multiple platform invitations

        Returns:
        POST: A JSON response containing the creation results:
        {
        "successes": 5,
        "error_codes": []
        }

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        500 Internal Server Error: If an unexpected error occurs during creation

        Access Control:
        - Requires IsDMAdmin or IsPlatformAdmin permission
        - Available to platform administrators and DM admins

        ``POST /api/catalog/invitations/platform/bulk/`` (operation ``catalog_invitations_platform_bulk_create``)

        Args:
            body (BulkPlatformInvitationCreate): Request serializer for BulkPlatformInvitationView
                POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BulkPlatformInvitationResponse
        """

        from .catalog_invitations_platform_bulk_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_invitations_platform_bulk_create_detailed(
        self,
        *,
        body: BulkPlatformInvitationCreate,
    ) -> Response[BulkPlatformInvitationResponse]:
        """Like `catalog_invitations_platform_bulk_create`, returning the whole `Response` and raising no status error."""
        from .catalog_invitations_platform_bulk_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_invitations_platform_check_retrieve(
        self,
        *,
        email: str,
    ) -> Any:
        """Check if a user has an active platform invitation

        ``GET /api/catalog/invitations/platform/check/`` (operation ``catalog_invitations_platform_check_retrieve``)

        Args:
            email (str): The email address to check for active invitations

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_invitations_platform_check_retrieve import asyncio

        return await asyncio(
            email=email,
            client=self._client,
        )

    async def catalog_invitations_platform_check_retrieve_detailed(
        self,
        *,
        email: str,
    ) -> Response[Any]:
        """Like `catalog_invitations_platform_check_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_invitations_platform_check_retrieve import asyncio_detailed

        return await asyncio_detailed(
            email=email,
            client=self._client,
        )

    async def catalog_invitations_platform_redeem_create(
        self,
        *,
        body: PlatformInvitationRedemption,
    ) -> PlatformInvitationDetail:
        """Redeem a blank platform invitation

        ``POST /api/catalog/invitations/platform/redeem/`` (operation ``catalog_invitations_platform_redeem_create``)

        Args:
            body (PlatformInvitationRedemption): Request serializer for
                PlatformInvitationRedemptionView POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformInvitationDetail
        """

        from .catalog_invitations_platform_redeem_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_invitations_platform_redeem_create_detailed(
        self,
        *,
        body: PlatformInvitationRedemption,
    ) -> Response[PlatformInvitationDetail]:
        """Like `catalog_invitations_platform_redeem_create`, returning the whole `Response` and raising no status error."""
        from .catalog_invitations_platform_redeem_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_invitations_program_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> PaginatedProgramInvitation:
        """API View for managing program invitations.

        This endpoint allows querying, creating, and deleting program invitations for users.

        Query/Request Parameters:
        For GET:
        program_key (str, optional): Filter by program key
        org (str, optional): Filter by platform organization
        email (str, optional): Filter by user email
        source (str, optional): Filter by invitation source
        active (bool, optional): Filter by active status
        sort (str, optional): Field to sort results by (default: '-id')
        metadata fields: Any additional parameters will be treated as metadata filters
        For POST:
        program_key (str, required): The program to create an invitation for
        email (str, required): The email address to invite
        active (bool, optional): Whether the invitation is active
        metadata fields: Any additional parameters will be added as metadata
        For DELETE:
        id (int, required): The ID of the invitation to delete
        org (str, required): The platform organization for verification

        Methods:
        GET: Retrieve a paginated list of program invitations
        POST: Create a new program invitation
        DELETE: Remove a program invitation

        Returns:
        GET: A paginated JSON response containing program invitations:
        {
        "count": 10,
        "next": "https://example.com/api/catalog/invitations/program/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "user_id": 456,
        "username": "username",
        "email": "user@example.com",
        "created": "2023-06-15T14:30:00Z",
        "started": "2023-06-15T14:30:00Z",
        "source": "source",
        "redirect_to": "https://example.com",
        "expired": null,
        "active": true,
        "metadata": {},
        "program_key": "org+program1"
        },
        ...
        ]
        }
        POST: A JSON response containing the created invitation:
        {
        "id": 123,
        "user_id": 456,
        "username": "username",
        "email": "user@example.com",
        "created": "2023-06-15T14:30:00Z",
        "started": "2023-06-15T14:30:00Z",
        "source": "source",
        "redirect_to": "https://example.com",
        "expired": null,
        "active": true,
        "metadata": {},
        "program_key": "org+program1"
        }
        DELETE: A success response with status 200

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the program or invitation doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsPlatformAdminForProgram permission
        - Read-only access for platform admins, full access for DM admins and program-specific admins

        ``GET /api/catalog/invitations/program/`` (operation ``catalog_invitations_program_retrieve``)

        Args:
            active (bool | Unset): Filter by active status
            email (str | Unset): Filter by user email
            org (str | Unset): Filter by platform organization
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            program_key (str | Unset): Filter by program key
            sort (str | Unset): Field to sort results by
            source (str | Unset): Filter by invitation source
            username (str | Unset): Filter by username
            verbose (bool | Unset): Whether to include verbose output

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedProgramInvitation
        """

        from .catalog_invitations_program_retrieve import asyncio

        return await asyncio(
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            program_key=program_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    async def catalog_invitations_program_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[PaginatedProgramInvitation]:
        """Like `catalog_invitations_program_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_invitations_program_retrieve import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            program_key=program_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_program_retrieve_iter(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[ProgramInvitationDetail]:
        """Every `ProgramInvitationDetail` of `catalog_invitations_program_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_invitations_program_retrieve import asyncio

        return paginate(
            asyncio,
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            program_key=program_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_invitations_program_create(
        self,
        *,
        body: ProgramInvitationCreate,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> ProgramInvitationDetail:
        """API View for managing program invitations.

        This endpoint allows querying, creating, and deleting program invitations for users.

        Query/Request Parameters:
        For GET:
        program_key (str, optional): Filter by program key
        org (str, optional): Filter by platform organization
        email (str, optional): Filter by user email
        source (str, optional): Filter by invitation source
        active (bool, optional): Filter by active status
        sort (str, optional): Field to sort results by (default: '-id')
        metadata fields: Any additional parameters will be treated as metadata filters
        For POST:
        program_key (str, required): The program to create an invitation for
        email (str, required): The email address to invite
        active (bool, optional): Whether the invitation is active
        metadata fields: Any additional parameters will be added as metadata
        For DELETE:
        id (int, required): The ID of the invitation to delete
        org (str, required): The platform organization for verification

        Methods:
        GET: Retrieve a paginated list of program invitations
        POST: Create a new program invitation
        DELETE: Remove a program invitation

        Returns:
        GET: A paginated JSON response containing program invitations:
        {
        "count": 10,
        "next": "https://example.com/api/catalog/invitations/program/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "user_id": 456,
        "username": "username",
        "email": "user@example.com",
        "created": "2023-06-15T14:30:00Z",
        "started": "2023-06-15T14:30:00Z",
        "source": "source",
        "redirect_to": "https://example.com",
        "expired": null,
        "active": true,
        "metadata": {},
        "program_key": "org+program1"
        },
        ...
        ]
        }
        POST: A JSON response containing the created invitation:
        {
        "id": 123,
        "user_id": 456,
        "username": "username",
        "email": "user@example.com",
        "created": "2023-06-15T14:30:00Z",
        "started": "2023-06-15T14:30:00Z",
        "source": "source",
        "redirect_to": "https://example.com",
        "expired": null,
        "active": true,
        "metadata": {},
        "program_key": "org+program1"
        }
        DELETE: A success response with status 200

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If the program or invitation doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsPlatformAdminForProgram permission
        - Read-only access for platform admins, full access for DM admins and program-specific admins

        ``POST /api/catalog/invitations/program/`` (operation ``catalog_invitations_program_create``)

        Args:
            active (bool | Unset): Filter by active status
            email (str | Unset): Filter by user email
            org (str | Unset): Filter by platform organization
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            program_key (str | Unset): Filter by program key
            sort (str | Unset): Field to sort results by
            source (str | Unset): Filter by invitation source
            username (str | Unset): Filter by username
            verbose (bool | Unset): Whether to include verbose output
            body (ProgramInvitationCreate): Request serializer for ProgramInvitationView POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramInvitationDetail
        """

        from .catalog_invitations_program_create import asyncio

        return await asyncio(
            body=body,
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            program_key=program_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    async def catalog_invitations_program_create_detailed(
        self,
        *,
        body: ProgramInvitationCreate,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[ProgramInvitationDetail]:
        """Like `catalog_invitations_program_create`, returning the whole `Response` and raising no status error."""
        from .catalog_invitations_program_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            program_key=program_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    async def catalog_invitations_program_destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Any:
        """Remove a program invitation: TBD

        ``DELETE /api/catalog/invitations/program/`` (operation ``catalog_invitations_program_destroy``)

        Args:
            active (bool | Unset): Filter by active status
            email (str | Unset): Filter by user email
            org (str | Unset): Filter by platform organization
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            program_key (str | Unset): Filter by program key
            sort (str | Unset): Field to sort results by
            source (str | Unset): Filter by invitation source
            username (str | Unset): Filter by username
            verbose (bool | Unset): Whether to include verbose output

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_invitations_program_destroy import asyncio

        return await asyncio(
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            program_key=program_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    async def catalog_invitations_program_destroy_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[Any]:
        """Like `catalog_invitations_program_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_invitations_program_destroy import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            program_key=program_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    async def catalog_invitations_program_blank_create(
        self,
        *,
        body: BlankProgramInvitationCreate,
    ) -> BulkProgramInvitationResponse:
        """API View for creating blank program invitations.

        This endpoint allows creating multiple blank program invitations (without user association) that
        can be redeemed later.

        Request Parameters:
        program_key (str, required): The program to create invitations for
        source (str, required): The source identifier for the invitations
        count (int, required): The number of blank invitations to create
        metadata fields: Any additional parameters will be added as metadata

        Methods:
        POST: Create multiple blank program invitations

        Returns:
        POST: A JSON response containing the creation results:
        {
        "successes": 10,
        "error_codes": []
        }

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        500 Internal Server Error: If an unexpected error occurs during creation

        Access Control:
        - Requires IsDMAdmin or IsPlatformAdminForProgram permission
        - Available to DM admins and platform admins for the specific program

        ``POST /api/catalog/invitations/program/blank/`` (operation ``catalog_invitations_program_blank_create``)

        Args:
            body (BlankProgramInvitationCreate): Request serializer for BlankProgramInvitationView
                POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BulkProgramInvitationResponse
        """

        from .catalog_invitations_program_blank_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_invitations_program_blank_create_detailed(
        self,
        *,
        body: BlankProgramInvitationCreate,
    ) -> Response[BulkProgramInvitationResponse]:
        """Like `catalog_invitations_program_blank_create`, returning the whole `Response` and raising no status error."""
        from .catalog_invitations_program_blank_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_invitations_program_bulk_create(
        self,
        *,
        body: BulkProgramInvitationCreate,
    ) -> BulkProgramInvitationResponse:
        """API View for bulk creation of program invitations.

        This endpoint allows creating multiple program invitations at once.

        Request Parameters:
        invitation_data (list, required): List of invitation data objects, each containing:
        program_key (str, required): The program to create an invitation for
        email (str, required): The email address to invite
        active (bool, optional): Whether the invitation is active
        metadata fields: Any additional parameters will be added as metadata
        platform_key (str, required for platform admins): The platform key for permission validation

        Methods:
        POST: Create multiple program invitations

        Returns:
        POST: A JSON response containing the creation results:
        {
        "successes": 5,
        "error_codes": []
        }

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        500 Internal Server Error: If an unexpected error occurs during creation

        Access Control:
        - Requires IsDMAdmin or IsPlatformAdmin permission
        - Available to platform administrators and DM admins

        ``POST /api/catalog/invitations/program/bulk/`` (operation ``catalog_invitations_program_bulk_create``)

        Args:
            body (BulkProgramInvitationCreate): Request serializer for BulkProgramInvitationView POST
                endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BulkProgramInvitationResponse
        """

        from .catalog_invitations_program_bulk_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_invitations_program_bulk_create_detailed(
        self,
        *,
        body: BulkProgramInvitationCreate,
    ) -> Response[BulkProgramInvitationResponse]:
        """Like `catalog_invitations_program_bulk_create`, returning the whole `Response` and raising no status error."""
        from .catalog_invitations_program_bulk_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_invitations_program_redeem_create(
        self,
        *,
        body: ProgramInvitationRedemption,
    ) -> ProgramInvitationDetail:
        """API View for redeeming blank program invitations.

        This endpoint allows redeeming a blank program invitation by associating it with a user.

        Request Parameters:
        program_key (str, required): The program key for the invitation
        source (str, required): The source identifier for the invitation
        email (str, optional): The email to associate with the invitation
        username (str, optional): The username to associate with the invitation
        metadata fields: Any additional parameters will be added as metadata

        Methods:
        POST: Redeem a blank program invitation

        Returns:
        POST: A JSON response containing the redeemed invitation:
        {
        "id": 123,
        "user_id": 456,
        "username": "username",
        "email": "user@example.com",
        "created": "2023-06-15T14:30:00Z",
        "started": "2023-06-15T14:30:00Z",
        "source": "source",
        "redirect_to": "https://example.com",
        "expired": null,
        "active": true,
        "metadata": {},
        "program_key": "org+program1"
        }

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        404 Not Found: If no blank invitation is available
        500 Internal Server Error: If an unexpected error occurs during redemption

        Access Control:
        - Requires IsDMAdmin or IsPlatformAdminForProgram permission
        - Available to DM admins and platform admins for the specific program

        ``POST /api/catalog/invitations/program/redeem/`` (operation ``catalog_invitations_program_redeem_create``)

        Args:
            body (ProgramInvitationRedemption): Request serializer for ProgramInvitationRedemptionView
                POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramInvitationDetail
        """

        from .catalog_invitations_program_redeem_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_invitations_program_redeem_create_detailed(
        self,
        *,
        body: ProgramInvitationRedemption,
    ) -> Response[ProgramInvitationDetail]:
        """Like `catalog_invitations_program_redeem_create`, returning the whole `Response` and raising no status error."""
        from .catalog_invitations_program_redeem_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_licenses_course_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> PaginatedCourseLicense:
        """Retrieve a paginated list of course licenses

        ``GET /api/catalog/licenses/course/`` (operation ``catalog_licenses_course_retrieve``)

        Args:
            active (bool | Unset): Filter by active status
            course_id (str | Unset): Filter by course ID
            external_id (str | Unset): Filter by external identifier
            key (str | Unset): Alternative filter by platform key
            name (str | Unset): Filter by license name (exact match)
            org (str | Unset): Alternative filter by platform organization
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            query (str | Unset): Search license names (contains)
            sort (str | Unset): Field to sort results by
            source (str | Unset): Filter by license source
            verbose (bool | Unset): Include detailed assignment data in the response

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedCourseLicense
        """

        from .catalog_licenses_course_retrieve import asyncio

        return await asyncio(
            active=active,
            course_id=course_id,
            external_id=external_id,
            key=key,
            name=name,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
        )

    async def catalog_licenses_course_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[PaginatedCourseLicense]:
        """Like `catalog_licenses_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            course_id=course_id,
            external_id=external_id,
            key=key,
            name=name,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
        )

    def catalog_licenses_course_retrieve_iter(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[CourseLicenseDetail]:
        """Every `CourseLicenseDetail` of `catalog_licenses_course_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_licenses_course_retrieve import asyncio

        return paginate(
            asyncio,
            active=active,
            course_id=course_id,
            external_id=external_id,
            key=key,
            name=name,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_licenses_course_assignment_retrieve(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedCourseLicenseAssignment:
        """Retrieve a paginated list of course license assignments

        ``GET /api/catalog/licenses/course/assignment/`` (operation ``catalog_licenses_course_assignment_retrieve``)

        Args:
            license_id (int): The ID of the course license
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            sort (str | Unset): Field to sort results by

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedCourseLicenseAssignment
        """

        from .catalog_licenses_course_assignment_retrieve import asyncio

        return await asyncio(
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_course_assignment_retrieve_detailed(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedCourseLicenseAssignment]:
        """Like `catalog_licenses_course_assignment_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_course_assignment_retrieve import asyncio_detailed

        return await asyncio_detailed(
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_course_assignment_retrieve_iter(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[CourseLicenseAssignmentDetail]:
        """Every `CourseLicenseAssignmentDetail` of `catalog_licenses_course_assignment_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_licenses_course_assignment_retrieve import asyncio

        return paginate(
            asyncio,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_licenses_course_assignment_create(
        self,
        *,
        body: CourseLicenseAssignmentCreate,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> CourseLicenseAssignmentDetail:
        """Create or update a course license assignment

        ``POST /api/catalog/licenses/course/assignment/`` (operation ``catalog_licenses_course_assignment_create``)

        Args:
            license_id (int): The ID of the course license
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            sort (str | Unset): Field to sort results by
            body (CourseLicenseAssignmentCreate): Request serializer for CourseLicenseAssignmentView
                POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseLicenseAssignmentDetail
        """

        from .catalog_licenses_course_assignment_create import asyncio

        return await asyncio(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_course_assignment_create_detailed(
        self,
        *,
        body: CourseLicenseAssignmentCreate,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[CourseLicenseAssignmentDetail]:
        """Like `catalog_licenses_course_assignment_create`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_course_assignment_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_course_assignment_destroy(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Any:
        """Remove a course license assignment

        ``DELETE /api/catalog/licenses/course/assignment/`` (operation ``catalog_licenses_course_assignment_destroy``)

        Args:
            assignment_id (int): The ID of the assignment to delete
            license_id (int): The ID of the course license
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            sort (str | Unset): Field to sort results by

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_licenses_course_assignment_destroy import asyncio

        return await asyncio(
            assignment_id=assignment_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_course_assignment_destroy_detailed(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `catalog_licenses_course_assignment_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_course_assignment_destroy import asyncio_detailed

        return await asyncio_detailed(
            assignment_id=assignment_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_course_assignment_group_retrieve(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedCourseLicenseGroupAssignment:
        """Retrieve a paginated list of course license group assignments

        ``GET /api/catalog/licenses/course/assignment/group/`` (operation ``catalog_licenses_course_assignment_group_retrieve``)

        Args:
            license_id (int): The ID of the course license
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            sort (str | Unset): Field to sort results by

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedCourseLicenseGroupAssignment
        """

        from .catalog_licenses_course_assignment_group_retrieve import asyncio

        return await asyncio(
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_course_assignment_group_retrieve_detailed(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedCourseLicenseGroupAssignment]:
        """Like `catalog_licenses_course_assignment_group_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_course_assignment_group_retrieve import asyncio_detailed

        return await asyncio_detailed(
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_course_assignment_group_retrieve_iter(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[CourseLicenseGroupAssignmentDetail]:
        """Every `CourseLicenseGroupAssignmentDetail` of `catalog_licenses_course_assignment_group_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_licenses_course_assignment_group_retrieve import asyncio

        return paginate(
            asyncio,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_licenses_course_assignment_group_create(
        self,
        *,
        body: CourseLicenseGroupAssignmentCreate,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> CourseLicenseGroupAssignmentDetail:
        """Create or update a course license group assignment

        ``POST /api/catalog/licenses/course/assignment/group/`` (operation ``catalog_licenses_course_assignment_group_create``)

        Args:
            license_id (int): The ID of the course license
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            sort (str | Unset): Field to sort results by
            body (CourseLicenseGroupAssignmentCreate): Request serializer for
                CourseLicenseGroupAssignmentView POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseLicenseGroupAssignmentDetail
        """

        from .catalog_licenses_course_assignment_group_create import asyncio

        return await asyncio(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_course_assignment_group_create_detailed(
        self,
        *,
        body: CourseLicenseGroupAssignmentCreate,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[CourseLicenseGroupAssignmentDetail]:
        """Like `catalog_licenses_course_assignment_group_create`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_course_assignment_group_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_course_assignment_group_destroy(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Any:
        """Remove a course license group assignment

        ``DELETE /api/catalog/licenses/course/assignment/group/`` (operation ``catalog_licenses_course_assignment_group_destroy``)

        Args:
            assignment_id (int): The ID of the assignment to delete
            license_id (int): The ID of the course license
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            sort (str | Unset): Field to sort results by

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_licenses_course_assignment_group_destroy import asyncio

        return await asyncio(
            assignment_id=assignment_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_course_assignment_group_destroy_detailed(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `catalog_licenses_course_assignment_group_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_course_assignment_group_destroy import asyncio_detailed

        return await asyncio_detailed(
            assignment_id=assignment_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_course_create_create(
        self,
        *,
        body: CourseLicenseCreate,
    ) -> CourseLicenseDetail:
        """Create a new course license

        ``POST /api/catalog/licenses/course/create/`` (operation ``catalog_licenses_course_create_create``)

        Args:
            body (CourseLicenseCreate): Request serializer for CourseLicenseCreateView POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseLicenseDetail
        """

        from .catalog_licenses_course_create_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_licenses_course_create_create_detailed(
        self,
        *,
        body: CourseLicenseCreate,
    ) -> Response[CourseLicenseDetail]:
        """Like `catalog_licenses_course_create_create`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_course_create_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_licenses_course_update_create(
        self,
        *,
        body: CourseLicenseUpdate | Unset = UNSET,
    ) -> CourseLicenseDetail:
        """Update an existing course license

        ``POST /api/catalog/licenses/course/update/`` (operation ``catalog_licenses_course_update_create``)

        Args:
            body (CourseLicenseUpdate | Unset): Request serializer for CourseLicenseUpdateView POST
                endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseLicenseDetail
        """

        from .catalog_licenses_course_update_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_licenses_course_update_create_detailed(
        self,
        *,
        body: CourseLicenseUpdate | Unset = UNSET,
    ) -> Response[CourseLicenseDetail]:
        """Like `catalog_licenses_course_update_create`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_course_update_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_licenses_platform_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> PaginatedPlatformLicense:
        """Retrieve a paginated list of platform licenses

        ``GET /api/catalog/licenses/platform/`` (operation ``catalog_licenses_platform_retrieve``)

        Args:
            active (bool | Unset): Filter by active status
            external_id (str | Unset): Filter by external identifier
            key (str | Unset): Alternative filter by platform key
            name (str | Unset): Filter by license name (exact match)
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            query (str | Unset): Search license names (contains)
            sort (str | Unset): Field to sort results by
            source (str | Unset): Filter by license source
            verbose (bool | Unset): Include detailed assignment data in the response

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedPlatformLicense
        """

        from .catalog_licenses_platform_retrieve import asyncio

        return await asyncio(
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
        )

    async def catalog_licenses_platform_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[PaginatedPlatformLicense]:
        """Like `catalog_licenses_platform_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_platform_retrieve import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
        )

    def catalog_licenses_platform_retrieve_iter(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[PlatformLicenseDetail]:
        """Every `PlatformLicenseDetail` of `catalog_licenses_platform_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_licenses_platform_retrieve import asyncio

        return paginate(
            asyncio,
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_licenses_platform_create_create(
        self,
        *,
        body: PlatformLicenseCreate,
    ) -> PlatformLicenseDetail:
        """Create a new platform license

        ``POST /api/catalog/licenses/platform/create/`` (operation ``catalog_licenses_platform_create_create``)

        Args:
            body (PlatformLicenseCreate): Request serializer for PlatformLicenseCreateView POST
                endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformLicenseDetail
        """

        from .catalog_licenses_platform_create_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_licenses_platform_create_create_detailed(
        self,
        *,
        body: PlatformLicenseCreate,
    ) -> Response[PlatformLicenseDetail]:
        """Like `catalog_licenses_platform_create_create`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_platform_create_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_licenses_platform_update_create(
        self,
        *,
        body: PlatformLicenseUpdate | Unset = UNSET,
    ) -> PlatformLicenseDetail:
        """Update an existing platform license

        ``POST /api/catalog/licenses/platform/update/`` (operation ``catalog_licenses_platform_update_create``)

        Args:
            body (PlatformLicenseUpdate | Unset): Request serializer for PlatformLicenseUpdateView
                POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformLicenseDetail
        """

        from .catalog_licenses_platform_update_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_licenses_platform_update_create_detailed(
        self,
        *,
        body: PlatformLicenseUpdate | Unset = UNSET,
    ) -> Response[PlatformLicenseDetail]:
        """Like `catalog_licenses_platform_update_create`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_platform_update_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_licenses_program_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> PaginatedProgramLicense:
        """API View for managing program licenses.

        This endpoint allows retrieving program licenses with filtering and pagination support.

        Query Parameters:
        platform_key (str, optional): The unique identifier for the platform
        name (str, optional): Filter by license name (exact match)
        source (str, optional): Filter by license source
        active (bool, optional): Filter by active status
        program_id (str, optional): Filter by program ID
        query (str, optional): Search licenses by name (contains)
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page
        verbose (bool, optional): Include additional details in response
        sort (str, optional): Field to sort results by (default: '-id')

        Methods:
        GET: Retrieve a paginated list of program licenses

        Returns:
        GET: A paginated JSON response containing program licenses:
        {
        "count": 10,
        "next": "https://example.com/api/catalog/licenses/program/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "created": "2023-06-15T14:30:00Z",
        "started": "2023-06-15T14:30:00Z",
        "expired": null,
        "name": "Program License 2023",
        "count": 100,
        "active": true,
        "metadata": {},
        "source": "source",
        "external_id": "ext-123",
        "platform_key": "platform1",
        "program_id": "program-v1:org+program+run",
        "assignments": {
        "total": 50,
        "active": 45,
        "pending": 5
        }
        },
        ...
        ]
        }

        Error Responses:
        400 Bad Request: If query parameters are invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin or IsPlatformAdminReadOnly permission
        - Available to platform administrators (read-only) and DM admins

        ``GET /api/catalog/licenses/program/`` (operation ``catalog_licenses_program_retrieve``)

        Args:
            active (bool | Unset): Filter by active status
            external_id (str | Unset): Filter by external identifier
            key (str | Unset): Alternative filter by platform key
            name (str | Unset): Filter by license name (exact match)
            org (str | Unset): Alternative filter by platform organization
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            program_id (str | Unset): Filter by program ID
            query (str | Unset): Search license names (contains)
            sort (str | Unset): Field to sort results by (e.g., '-id', 'created', '-created')
            source (str | Unset): Filter by license source
            verbose (bool | Unset): Include detailed assignment data in the response

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedProgramLicense
        """

        from .catalog_licenses_program_retrieve import asyncio

        return await asyncio(
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            program_id=program_id,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
        )

    async def catalog_licenses_program_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[PaginatedProgramLicense]:
        """Like `catalog_licenses_program_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_program_retrieve import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            program_id=program_id,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
        )

    def catalog_licenses_program_retrieve_iter(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[ProgramLicenseDetail]:
        """Every `ProgramLicenseDetail` of `catalog_licenses_program_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_licenses_program_retrieve import asyncio

        return paginate(
            asyncio,
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            program_id=program_id,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_licenses_program_assignment_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
    ) -> PaginatedProgramLicenseAssignment:
        """Retrieve a paginated list of program license assignments

        ``GET /api/catalog/licenses/program/assignment/`` (operation ``catalog_licenses_program_assignment_retrieve``)

        Args:
            active (bool | Unset): Filter by the active status of assignments
            email (str | Unset): Filter assignments for a specific email
            fulfilled (bool | Unset): Filter by the fulfilled status of assignments
            license_id (int): The ID of the program license
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            sort (str | Unset): Field to sort results by (e.g., 'id', '-id', 'created', '-created')
            user_id (int | Unset): Filter assignments for a specific user ID

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedProgramLicenseAssignment
        """

        from .catalog_licenses_program_assignment_retrieve import asyncio

        return await asyncio(
            active=active,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_licenses_program_assignment_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
    ) -> Response[PaginatedProgramLicenseAssignment]:
        """Like `catalog_licenses_program_assignment_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_program_assignment_retrieve import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    def catalog_licenses_program_assignment_retrieve_iter(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[ProgramLicenseAssignmentDetail]:
        """Every `ProgramLicenseAssignmentDetail` of `catalog_licenses_program_assignment_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_licenses_program_assignment_retrieve import asyncio

        return paginate(
            asyncio,
            active=active,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_licenses_program_assignment_create(
        self,
        *,
        body: ProgramLicenseAssignmentCreate,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
    ) -> ProgramLicenseAssignmentDetail:
        """Create or update a program license assignment

        ``POST /api/catalog/licenses/program/assignment/`` (operation ``catalog_licenses_program_assignment_create``)

        Args:
            active (bool | Unset): Filter by the active status of assignments
            email (str | Unset): Filter assignments for a specific email
            fulfilled (bool | Unset): Filter by the fulfilled status of assignments
            license_id (int): The ID of the program license
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            sort (str | Unset): Field to sort results by (e.g., 'id', '-id', 'created', '-created')
            user_id (int | Unset): Filter assignments for a specific user ID
            body (ProgramLicenseAssignmentCreate): Request serializer for ProgramLicenseAssignmentView
                POST endpoint.

                This serializer validates the request data for creating or updating a program license
                assignment. Either user_id or email must be provided to identify the user to assign the
                license to.

                Fields:
                license_id: The ID of the program license to assign
                user_id: The user ID to assign the license to (required if email not provided)
                username: The username to assign the license to (alternative to user_id)
                email: The email to assign the license to (required if user_id not provided)
                platform_key: The unique identifier for the platform (for permission validation)
                platform_org: The organization identifier for the platform (for permission validation)
                active: Whether the assignment should be active
                fulfilled: Whether the assignment should be marked as fulfilled
                direct: Whether the assignment is being directly assigned to the user
                redirect_to: URL to redirect to after fulfillment
                metadata: Additional metadata for the assignment

                Notes:
                - If both user_id and email are provided, user_id takes precedence
                - If the user doesn't exist but email is provided, an email-only assignment will be
                created
                - The license must have available seats for the assignment to succeed

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramLicenseAssignmentDetail
        """

        from .catalog_licenses_program_assignment_create import asyncio

        return await asyncio(
            body=body,
            active=active,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_licenses_program_assignment_create_detailed(
        self,
        *,
        body: ProgramLicenseAssignmentCreate,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
    ) -> Response[ProgramLicenseAssignmentDetail]:
        """Like `catalog_licenses_program_assignment_create`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_program_assignment_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            active=active,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_licenses_program_assignment_destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        assignment_id: int,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
    ) -> Any:
        """Unassign single user from license

        ``DELETE /api/catalog/licenses/program/assignment/`` (operation ``catalog_licenses_program_assignment_destroy``)

        Args:
            active (bool | Unset): Filter by the active status of assignments
            assignment_id (int): The ID of the assignment to delete
            email (str | Unset): Filter assignments for a specific email
            fulfilled (bool | Unset): Filter by the fulfilled status of assignments
            license_id (int): The ID of the program license
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform (for permission
                validation)
            platform_org (str | Unset): The organization identifier for the platform (for permission
                validation)
            sort (str | Unset): Field to sort results by (e.g., 'id', '-id', 'created', '-created')
            user_id (int | Unset): Filter assignments for a specific user ID

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_licenses_program_assignment_destroy import asyncio

        return await asyncio(
            active=active,
            assignment_id=assignment_id,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_licenses_program_assignment_destroy_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        assignment_id: int,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
    ) -> Response[Any]:
        """Like `catalog_licenses_program_assignment_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_program_assignment_destroy import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            assignment_id=assignment_id,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_licenses_program_assignment_group_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedProgramLicenseGroupAssignment:
        """Retrieve a paginated list of program license group assignments

        ``GET /api/catalog/licenses/program/assignment/group/`` (operation ``catalog_licenses_program_assignment_group_retrieve``)

        Args:
            active (bool | Unset): Filter by the active status of group assignments
            fulfilled (bool | Unset): Filter by the fulfilled status of group assignments
            group_id (int | Unset): Filter assignments for a specific user group ID
            license_id (int): The ID of the program license
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            sort (str | Unset): Field to sort results by (e.g., 'id', '-id', 'created', '-created')

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedProgramLicenseGroupAssignment
        """

        from .catalog_licenses_program_assignment_group_retrieve import asyncio

        return await asyncio(
            active=active,
            fulfilled=fulfilled,
            group_id=group_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_program_assignment_group_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedProgramLicenseGroupAssignment]:
        """Like `catalog_licenses_program_assignment_group_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_program_assignment_group_retrieve import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            fulfilled=fulfilled,
            group_id=group_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_program_assignment_group_retrieve_iter(
        self,
        *,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[ProgramLicenseGroupAssignmentDetail]:
        """Every `ProgramLicenseGroupAssignmentDetail` of `catalog_licenses_program_assignment_group_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_licenses_program_assignment_group_retrieve import asyncio

        return paginate(
            asyncio,
            active=active,
            fulfilled=fulfilled,
            group_id=group_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_licenses_program_assignment_group_create(
        self,
        *,
        body: ProgramLicenseGroupAssignmentCreate,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> ProgramLicenseGroupAssignmentDetail:
        """Create or update a program license group assignment

        ``POST /api/catalog/licenses/program/assignment/group/`` (operation ``catalog_licenses_program_assignment_group_create``)

        Args:
            active (bool | Unset): Filter by the active status of group assignments
            fulfilled (bool | Unset): Filter by the fulfilled status of group assignments
            group_id (int | Unset): Filter assignments for a specific user group ID
            license_id (int): The ID of the program license
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            sort (str | Unset): Field to sort results by (e.g., 'id', '-id', 'created', '-created')
            body (ProgramLicenseGroupAssignmentCreate): Request serializer for
                ProgramLicenseGroupAssignmentView POST endpoint.

                This serializer validates the request data for creating or updating a program license
                group assignment. Group assignments will automatically create individual assignments for
                all users in the group.

                Fields:
                license_id: The ID of the program license to assign
                group_id: The ID of the user group to assign the license to
                platform_key: The unique identifier for the platform (for permission validation)
                platform_org: The organization identifier for the platform (for permission validation)
                active: Whether the group assignment should be active
                fulfilled: Whether the group assignment should be marked as fulfilled
                redirect_to: URL to redirect to after fulfillment
                metadata: Additional metadata for the group assignment

                Notes:
                - All users in the group will receive individual license assignments
                - The license must have enough available seats for all users in the group
                - If the license doesn't have enough seats, the operation will fail
                - Users who already have a direct assignment to this license will not be affected

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramLicenseGroupAssignmentDetail
        """

        from .catalog_licenses_program_assignment_group_create import asyncio

        return await asyncio(
            body=body,
            active=active,
            fulfilled=fulfilled,
            group_id=group_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_program_assignment_group_create_detailed(
        self,
        *,
        body: ProgramLicenseGroupAssignmentCreate,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[ProgramLicenseGroupAssignmentDetail]:
        """Like `catalog_licenses_program_assignment_group_create`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_program_assignment_group_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            active=active,
            fulfilled=fulfilled,
            group_id=group_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_program_assignment_group_destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        assignment_id: int,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        remove_user_assignments: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Any:
        """Remove a program license group assignment

        ``DELETE /api/catalog/licenses/program/assignment/group/`` (operation ``catalog_licenses_program_assignment_group_destroy``)

        Args:
            active (bool | Unset): Filter by the active status of group assignments
            assignment_id (int): The ID of the assignment to delete
            fulfilled (bool | Unset): Filter by the fulfilled status of group assignments
            group_id (int | Unset): Filter assignments for a specific user group ID
            license_id (int): The ID of the program license
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform (for permission
                validation)
            platform_org (str | Unset): The organization identifier for the platform (for permission
                validation)
            remove_user_assignments (bool | Unset): Whether to also remove individual user assignments
                that were created by this group assignment
            sort (str | Unset): Field to sort results by (e.g., 'id', '-id', 'created', '-created')

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_licenses_program_assignment_group_destroy import asyncio

        return await asyncio(
            active=active,
            assignment_id=assignment_id,
            fulfilled=fulfilled,
            group_id=group_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            remove_user_assignments=remove_user_assignments,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_program_assignment_group_destroy_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        assignment_id: int,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        remove_user_assignments: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `catalog_licenses_program_assignment_group_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_program_assignment_group_destroy import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            assignment_id=assignment_id,
            fulfilled=fulfilled,
            group_id=group_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            remove_user_assignments=remove_user_assignments,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_program_create_create(
        self,
        *,
        body: ProgramLicenseCreateDetail,
    ) -> ProgramLicenseDetail:
        """API View for creating program licenses.

        This endpoint allows administrators to create new program licenses with various configurations.

        Methods:
        POST: Create a new program license

        Request Body:
        A JSON object containing:
        - platform_key (str, required): The platform to create a license for
        - program_id (str, required): The program ID to create a license for
        - name (str, optional): Display name for the license
        - count (int, optional): Number of seats purchased (default: 0)
        - started (datetime, optional): Date when license should begin
        - expired (datetime, optional): Date when license should expire
        - active (bool, optional): Whether the license is active (default: true)
        - metadata (dict, optional): Additional license metadata
        - enrollment_config (dict, optional): Additional enrollment configuration
        - source (str, optional): Source identifier
        - external_id (str, optional): External identifier (must be unique)

        Returns:
        POST: A JSON response containing the created license:
        {
        "id": 123,
        "created": "2023-06-15T14:30:00Z",
        "started": "2023-06-15T14:30:00Z",
        "expired": null,
        "name": "Program License 2023",
        "count": 100,
        "active": true,
        "metadata": {},
        "source": "source",
        "external_id": "ext-123",
        "platform_key": "platform1",
        "program_id": "program-v1:org+program+run"
        }

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to create licenses
        500 Internal Server Error: If an unexpected error occurs during license creation

        Access Control:
        - Requires IsDMAdmin permission
        - Available only to DM administrators

        ``POST /api/catalog/licenses/program/create/`` (operation ``catalog_licenses_program_create_create``)

        Args:
            body (ProgramLicenseCreateDetail): Request serializer for ProgramLicenseCreateView POST
                endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramLicenseDetail
        """

        from .catalog_licenses_program_create_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_licenses_program_create_create_detailed(
        self,
        *,
        body: ProgramLicenseCreateDetail,
    ) -> Response[ProgramLicenseDetail]:
        """Like `catalog_licenses_program_create_create`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_program_create_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_licenses_program_update_create(
        self,
        *,
        body: ProgramLicenseUpdateDetail | Unset = UNSET,
    ) -> ProgramLicenseDetail:
        """API View for updating existing program licenses.

        This endpoint allows administrators to update the properties of an existing program license.

        Methods:
        POST: Update an existing program license

        Request Body:
        A JSON object containing:
        - license_id (int, optional): The ID of the license to update (required if external_id not
        provided)
        - external_id (str, optional): External identifier of the license to update (required if
        license_id not provided)
        - name (str, optional): Updated display name for the license
        - count (int, optional): Updated number of seats purchased
        - started (datetime, optional): Updated date when license should begin
        - expired (datetime, optional): Updated date when license should expire
        - active (bool, optional): Updated active status
        - metadata (dict, optional): Updated additional license metadata
        - enrollment_config (dict, optional): Updated enrollment configuration
        - source (str, optional): Updated source identifier
        - change_type (str, optional): Type of change being made (default: "update")

        Returns:
        POST: A JSON response containing the updated license:
        {
        "id": 123,
        "created": "2023-06-15T14:30:00Z",
        "started": "2023-06-15T14:30:00Z",
        "expired": "2024-06-15T14:30:00Z",
        "name": "Updated Program License 2023",
        "count": 150,
        "active": true,
        "metadata": {"updated": true},
        "source": "updated-source",
        "external_id": "ext-123",
        "platform_key": "platform1",
        "program_id": "program-v1:org+program+run"
        }

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to update licenses
        404 Not Found: If the specified license doesn't exist
        500 Internal Server Error: If an unexpected error occurs during license update

        Access Control:
        - Requires IsDMAdmin permission
        - Available only to DM administrators

        Notes:
        - Cannot update the platform or program associated with a license
        - A license history record is automatically created for each update

        ``POST /api/catalog/licenses/program/update/`` (operation ``catalog_licenses_program_update_create``)

        Args:
            body (ProgramLicenseUpdateDetail | Unset): Request serializer for ProgramLicenseUpdateView
                POST endpoint.

                This serializer validates the request data for updating an existing program license.
                Either license_id or external_id must be provided to identify the license to update.

                Fields:
                license_id: The ID of the license to update (required if external_id not provided)
                external_id: External identifier of the license to update (required if license_id not
                provided)
                name: Updated display name for the license
                count: Updated number of seats purchased
                started: Updated date when license should begin
                expired: Updated date when license should expire
                active: Updated active status
                metadata: Updated additional license metadata
                enrollment_config: Updated enrollment configuration
                source: Updated source identifier
                transaction_id: Transaction identifier for tracking
                change_type: Type of change being made (default: "update")

                Notes:
                - Cannot update the platform or program associated with a license
                - A license history record is automatically created for each update
                - If count is reduced, it must not be less than the number of active assignments
                - Setting active=false will not deactivate existing assignments

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramLicenseDetail
        """

        from .catalog_licenses_program_update_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_licenses_program_update_create_detailed(
        self,
        *,
        body: ProgramLicenseUpdateDetail | Unset = UNSET,
    ) -> Response[ProgramLicenseDetail]:
        """Like `catalog_licenses_program_update_create`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_program_update_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_licenses_user_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> PaginatedUserLicense:
        """Retrieve a paginated list of user licenses

        ``GET /api/catalog/licenses/user/`` (operation ``catalog_licenses_user_retrieve``)

        Args:
            active (bool | Unset): Filter by active status
            external_id (str | Unset): Filter by external identifier
            key (str | Unset): Alternative filter by platform key
            name (str | Unset): Filter by license name (exact match)
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            query (str | Unset): Search license names (contains)
            sort (str | Unset): Field to sort results by
            source (str | Unset): Filter by license source
            verbose (bool | Unset): Include detailed assignment data in the response

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedUserLicense
        """

        from .catalog_licenses_user_retrieve import asyncio

        return await asyncio(
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
        )

    async def catalog_licenses_user_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[PaginatedUserLicense]:
        """Like `catalog_licenses_user_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_user_retrieve import asyncio_detailed

        return await asyncio_detailed(
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
        )

    def catalog_licenses_user_retrieve_iter(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[UserLicenseDetail]:
        """Every `UserLicenseDetail` of `catalog_licenses_user_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_licenses_user_retrieve import asyncio

        return paginate(
            asyncio,
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_licenses_user_assignment_retrieve(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedUserLicenseAssignment:
        """Retrieve a paginated list of user license assignments

        ``GET /api/catalog/licenses/user/assignment/`` (operation ``catalog_licenses_user_assignment_retrieve``)

        Args:
            license_id (int): The ID of the user license
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            sort (str | Unset): Field to sort results by

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedUserLicenseAssignment
        """

        from .catalog_licenses_user_assignment_retrieve import asyncio

        return await asyncio(
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_user_assignment_retrieve_detailed(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedUserLicenseAssignment]:
        """Like `catalog_licenses_user_assignment_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_user_assignment_retrieve import asyncio_detailed

        return await asyncio_detailed(
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_user_assignment_retrieve_iter(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[UserLicenseAssignmentDetail]:
        """Every `UserLicenseAssignmentDetail` of `catalog_licenses_user_assignment_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_licenses_user_assignment_retrieve import asyncio

        return paginate(
            asyncio,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_licenses_user_assignment_create(
        self,
        *,
        body: UserLicenseAssignmentCreate,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> UserLicenseAssignmentDetail:
        """Create or update a user license assignment

        ``POST /api/catalog/licenses/user/assignment/`` (operation ``catalog_licenses_user_assignment_create``)

        Args:
            license_id (int): The ID of the user license
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            sort (str | Unset): Field to sort results by
            body (UserLicenseAssignmentCreate): Request serializer for UserLicenseAssignmentView POST
                endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserLicenseAssignmentDetail
        """

        from .catalog_licenses_user_assignment_create import asyncio

        return await asyncio(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_user_assignment_create_detailed(
        self,
        *,
        body: UserLicenseAssignmentCreate,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[UserLicenseAssignmentDetail]:
        """Like `catalog_licenses_user_assignment_create`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_user_assignment_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_user_assignment_destroy(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Any:
        """Remove a user license assignment

        ``DELETE /api/catalog/licenses/user/assignment/`` (operation ``catalog_licenses_user_assignment_destroy``)

        Args:
            assignment_id (int): The ID of the assignment to delete
            license_id (int): The ID of the user license
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            sort (str | Unset): Field to sort results by

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_licenses_user_assignment_destroy import asyncio

        return await asyncio(
            assignment_id=assignment_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_user_assignment_destroy_detailed(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `catalog_licenses_user_assignment_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_user_assignment_destroy import asyncio_detailed

        return await asyncio_detailed(
            assignment_id=assignment_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_user_assignment_check_retrieve(
        self,
        *,
        email: str,
    ) -> Any:
        """Check if a user has an active user license assignment

        ``GET /api/catalog/licenses/user/assignment/check/`` (operation ``catalog_licenses_user_assignment_check_retrieve``)

        Args:
            email (str): The email address to check for active license assignments

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_licenses_user_assignment_check_retrieve import asyncio

        return await asyncio(
            email=email,
            client=self._client,
        )

    async def catalog_licenses_user_assignment_check_retrieve_detailed(
        self,
        *,
        email: str,
    ) -> Response[Any]:
        """Like `catalog_licenses_user_assignment_check_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_user_assignment_check_retrieve import asyncio_detailed

        return await asyncio_detailed(
            email=email,
            client=self._client,
        )

    async def catalog_licenses_user_assignment_group_retrieve(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedUserLicenseGroupAssignment:
        """Retrieve a paginated list of user license group assignments

        ``GET /api/catalog/licenses/user/assignment/group/`` (operation ``catalog_licenses_user_assignment_group_retrieve``)

        Args:
            license_id (int): The ID of the user license
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            sort (str | Unset): Field to sort results by

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedUserLicenseGroupAssignment
        """

        from .catalog_licenses_user_assignment_group_retrieve import asyncio

        return await asyncio(
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_user_assignment_group_retrieve_detailed(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedUserLicenseGroupAssignment]:
        """Like `catalog_licenses_user_assignment_group_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_user_assignment_group_retrieve import asyncio_detailed

        return await asyncio_detailed(
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_user_assignment_group_retrieve_iter(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[UserLicenseGroupAssignmentDetail]:
        """Every `UserLicenseGroupAssignmentDetail` of `catalog_licenses_user_assignment_group_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_licenses_user_assignment_group_retrieve import asyncio

        return paginate(
            asyncio,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_licenses_user_assignment_group_create(
        self,
        *,
        body: UserLicenseGroupAssignmentCreate,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> UserLicenseGroupAssignmentDetail:
        """Create or update a user license group assignment

        ``POST /api/catalog/licenses/user/assignment/group/`` (operation ``catalog_licenses_user_assignment_group_create``)

        Args:
            license_id (int): The ID of the user license
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            sort (str | Unset): Field to sort results by
            body (UserLicenseGroupAssignmentCreate): Request serializer for
                UserLicenseGroupAssignmentView POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserLicenseGroupAssignmentDetail
        """

        from .catalog_licenses_user_assignment_group_create import asyncio

        return await asyncio(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_user_assignment_group_create_detailed(
        self,
        *,
        body: UserLicenseGroupAssignmentCreate,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[UserLicenseGroupAssignmentDetail]:
        """Like `catalog_licenses_user_assignment_group_create`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_user_assignment_group_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_user_assignment_group_destroy(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Any:
        """Remove a user license group assignment

        ``DELETE /api/catalog/licenses/user/assignment/group/`` (operation ``catalog_licenses_user_assignment_group_destroy``)

        Args:
            assignment_id (int): The ID of the assignment to delete
            license_id (int): The ID of the user license
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of results per page
            platform_key (str | Unset): The unique identifier for the platform
            platform_org (str | Unset): The organization identifier for the platform
            sort (str | Unset): Field to sort results by

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_licenses_user_assignment_group_destroy import asyncio

        return await asyncio(
            assignment_id=assignment_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_user_assignment_group_destroy_detailed(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `catalog_licenses_user_assignment_group_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_user_assignment_group_destroy import asyncio_detailed

        return await asyncio_detailed(
            assignment_id=assignment_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    async def catalog_licenses_user_create_create(
        self,
        *,
        body: UserLicenseCreate,
    ) -> UserLicenseDetail:
        """Create a new user license

        ``POST /api/catalog/licenses/user/create/`` (operation ``catalog_licenses_user_create_create``)

        Args:
            body (UserLicenseCreate): Request serializer for UserLicenseCreateView POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserLicenseDetail
        """

        from .catalog_licenses_user_create_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_licenses_user_create_create_detailed(
        self,
        *,
        body: UserLicenseCreate,
    ) -> Response[UserLicenseDetail]:
        """Like `catalog_licenses_user_create_create`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_user_create_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_licenses_user_update_create(
        self,
        *,
        body: UserLicenseUpdate | Unset = UNSET,
    ) -> UserLicenseDetail:
        """API View for updating existing user licenses.

        This endpoint allows administrators to update the properties of an existing user license.

        Methods:
        POST: Update an existing user license

        Request Body:
        A JSON object containing:
        - license_id (int, optional): The ID of the license to update (required if external_id not
        provided)
        - external_id (str, optional): External identifier of the license to update (required if
        license_id not provided)
        - name (str, optional): Updated display name for the license
        - count (int, optional): Updated number of seats purchased
        - started (datetime, optional): Updated date when license should begin
        - expired (datetime, optional): Updated date when license should expire
        - active (bool, optional): Updated active status
        - metadata (dict, optional): Updated additional license metadata
        - enrollment_config (dict, optional): Updated enrollment configuration
        - source (str, optional): Updated source identifier
        - change_type (str, optional): Type of change being made (default: "update")

        Returns:
        POST: A JSON response containing the updated license:
        {
        "id": 123,
        "created": "2023-06-15T14:30:00Z",
        "started": "2023-06-15T14:30:00Z",
        "expired": "2024-06-15T14:30:00Z",
        "name": "Updated User License 2023",
        "count": 150,
        "active": true,
        "metadata": {"updated": true},
        "source": "updated-source",
        "external_id": "ext-123",
        "platform_key": "platform1"
        }

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to update licenses
        404 Not Found: If the specified license doesn't exist
        500 Internal Server Error: If an unexpected error occurs during license update

        Access Control:
        - Requires IsDMAdmin permission
        - Available only to DM administrators

        Notes:
        - Cannot update the platform associated with a license
        - A license history record is automatically created for each update

        ``POST /api/catalog/licenses/user/update/`` (operation ``catalog_licenses_user_update_create``)

        Args:
            body (UserLicenseUpdate | Unset): Request serializer for UserLicenseUpdateView POST
                endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserLicenseDetail
        """

        from .catalog_licenses_user_update_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_licenses_user_update_create_detailed(
        self,
        *,
        body: UserLicenseUpdate | Unset = UNSET,
    ) -> Response[UserLicenseDetail]:
        """Like `catalog_licenses_user_update_create`, returning the whole `Response` and raising no status error."""
        from .catalog_licenses_user_update_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_metadata_choices_retrieve(
        self,
        *,
        field_key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        scope: str | Unset = UNSET,
    ) -> Any:
        """Query metadata choices based on field_key, scope, and org parameters.

        ``GET /api/catalog/metadata/choices/`` (operation ``catalog_metadata_choices_retrieve``)

        Args:
            field_key (str | Unset): The key of the field for which choices are being queried
            org (str | Unset): The organization context for the metadata choices
            scope (str | Unset): The scope within which to query the metadata choices (course,
                program, pathway, resource)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_metadata_choices_retrieve import asyncio

        return await asyncio(
            field_key=field_key,
            org=org,
            scope=scope,
            client=self._client,
        )

    async def catalog_metadata_choices_retrieve_detailed(
        self,
        *,
        field_key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        scope: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `catalog_metadata_choices_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_metadata_choices_retrieve import asyncio_detailed

        return await asyncio_detailed(
            field_key=field_key,
            org=org,
            scope=scope,
            client=self._client,
        )

    async def catalog_metadata_course_public_retrieve(
        self,
        *,
        course_id: str,
    ) -> Any:
        """Retrieve public metadata for a course.

        ``GET /api/catalog/metadata/course-public/`` (operation ``catalog_metadata_course_public_retrieve``)

        Args:
            course_id (str): The course ID to get metadata for

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_metadata_course_public_retrieve import asyncio

        return await asyncio(
            course_id=course_id,
            client=self._client,
        )

    async def catalog_metadata_course_public_retrieve_detailed(
        self,
        *,
        course_id: str,
    ) -> Response[Any]:
        """Like `catalog_metadata_course_public_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_metadata_course_public_retrieve import asyncio_detailed

        return await asyncio_detailed(
            course_id=course_id,
            client=self._client,
        )

    async def catalog_metadata_course_public_retrieve2(
        self,
        field: str,
        *,
        course_id: str,
    ) -> Any:
        """Retrieve public metadata for a course.

        ``GET /api/catalog/metadata/course-public/{field}/`` (operation ``catalog_metadata_course_public_retrieve2``)

        Args:
            field (str):
            course_id (str): The course ID to get metadata for

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_metadata_course_public_retrieve2 import asyncio

        return await asyncio(
            field,
            course_id=course_id,
            client=self._client,
        )

    async def catalog_metadata_course_public_retrieve2_detailed(
        self,
        field: str,
        *,
        course_id: str,
    ) -> Response[Any]:
        """Like `catalog_metadata_course_public_retrieve2`, returning the whole `Response` and raising no status error."""
        from .catalog_metadata_course_public_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            field,
            course_id=course_id,
            client=self._client,
        )

    async def catalog_metadata_course_search_create(
        self,
        *,
        body: CourseMetadataSearchRequest | Unset = UNSET,
    ) -> CatalogMetadataCourseSearchCreateResponse200:
        """Search for courses matching specified metadata filters.

        ``POST /api/catalog/metadata/course-search/`` (operation ``catalog_metadata_course_search_create``)

        Args:
            body (CourseMetadataSearchRequest | Unset): Serializer for course metadata search request
                body.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CatalogMetadataCourseSearchCreateResponse200
        """

        from .catalog_metadata_course_search_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_metadata_course_search_create_detailed(
        self,
        *,
        body: CourseMetadataSearchRequest | Unset = UNSET,
    ) -> Response[CatalogMetadataCourseSearchCreateResponse200]:
        """Like `catalog_metadata_course_search_create`, returning the whole `Response` and raising no status error."""
        from .catalog_metadata_course_search_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_metadata_course_retrieve(
        self,
        *,
        course_id: str,
    ) -> Any:
        """Retrieve metadata for a course.

        ``GET /api/catalog/metadata/course/`` (operation ``catalog_metadata_course_retrieve``)

        Args:
            course_id (str): The course ID to get metadata for

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_metadata_course_retrieve import asyncio

        return await asyncio(
            course_id=course_id,
            client=self._client,
        )

    async def catalog_metadata_course_retrieve_detailed(
        self,
        *,
        course_id: str,
    ) -> Response[Any]:
        """Like `catalog_metadata_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_metadata_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            course_id=course_id,
            client=self._client,
        )

    async def catalog_metadata_course_create(
        self,
        *,
        body: CourseMetadataUpdateRequest,
        course_id: str,
    ) -> Any:
        """Update metadata for a course.

        ``POST /api/catalog/metadata/course/`` (operation ``catalog_metadata_course_create``)

        Args:
            course_id (str): The course ID to get metadata for
            body (CourseMetadataUpdateRequest): Serializer for course metadata update request body.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_metadata_course_create import asyncio

        return await asyncio(
            body=body,
            course_id=course_id,
            client=self._client,
        )

    async def catalog_metadata_course_create_detailed(
        self,
        *,
        body: CourseMetadataUpdateRequest,
        course_id: str,
    ) -> Response[Any]:
        """Like `catalog_metadata_course_create`, returning the whole `Response` and raising no status error."""
        from .catalog_metadata_course_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            course_id=course_id,
            client=self._client,
        )

    async def catalog_metadata_course_retrieve2(
        self,
        field: str,
        *,
        course_id: str,
    ) -> Any:
        """Retrieve metadata for a course.

        ``GET /api/catalog/metadata/course/{field}/`` (operation ``catalog_metadata_course_retrieve2``)

        Args:
            field (str):
            course_id (str): The course ID to get metadata for

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_metadata_course_retrieve2 import asyncio

        return await asyncio(
            field,
            course_id=course_id,
            client=self._client,
        )

    async def catalog_metadata_course_retrieve2_detailed(
        self,
        field: str,
        *,
        course_id: str,
    ) -> Response[Any]:
        """Like `catalog_metadata_course_retrieve2`, returning the whole `Response` and raising no status error."""
        from .catalog_metadata_course_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            field,
            course_id=course_id,
            client=self._client,
        )

    async def catalog_metadata_course_create2(
        self,
        field: str,
        *,
        body: CourseMetadataUpdateRequest,
        course_id: str,
    ) -> Any:
        """Update metadata for a course.

        ``POST /api/catalog/metadata/course/{field}/`` (operation ``catalog_metadata_course_create2``)

        Args:
            field (str):
            course_id (str): The course ID to get metadata for
            body (CourseMetadataUpdateRequest): Serializer for course metadata update request body.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_metadata_course_create2 import asyncio

        return await asyncio(
            field,
            body=body,
            course_id=course_id,
            client=self._client,
        )

    async def catalog_metadata_course_create2_detailed(
        self,
        field: str,
        *,
        body: CourseMetadataUpdateRequest,
        course_id: str,
    ) -> Response[Any]:
        """Like `catalog_metadata_course_create2`, returning the whole `Response` and raising no status error."""
        from .catalog_metadata_course_create2 import asyncio_detailed

        return await asyncio_detailed(
            field,
            body=body,
            course_id=course_id,
            client=self._client,
        )

    async def catalog_metadata_program_public_retrieve(
        self,
        *,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> ProgramMetadataResponse:
        """Retrieve public metadata for a specified program

        ``GET /api/catalog/metadata/program-public/`` (operation ``catalog_metadata_program_public_retrieve``)

        Args:
            org (str | Unset): The organization associated with the program
            platform_key (str | Unset): Platform key identifier (alternative to org)
            program_id (str): The unique identifier for the program
            program_key (str | Unset): Program key (alternative to program_id + org)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramMetadataResponse
        """

        from .catalog_metadata_program_public_retrieve import asyncio

        return await asyncio(
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    async def catalog_metadata_program_public_retrieve_detailed(
        self,
        *,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> Response[ProgramMetadataResponse]:
        """Like `catalog_metadata_program_public_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_metadata_program_public_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    async def catalog_metadata_program_public_retrieve2(
        self,
        field: str,
        *,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> ProgramMetadataResponse:
        """Retrieve public metadata for a specified program

        ``GET /api/catalog/metadata/program-public/{field}/`` (operation ``catalog_metadata_program_public_retrieve2``)

        Args:
            field (str):
            org (str | Unset): The organization associated with the program
            platform_key (str | Unset): Platform key identifier (alternative to org)
            program_id (str): The unique identifier for the program
            program_key (str | Unset): Program key (alternative to program_id + org)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramMetadataResponse
        """

        from .catalog_metadata_program_public_retrieve2 import asyncio

        return await asyncio(
            field,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    async def catalog_metadata_program_public_retrieve2_detailed(
        self,
        field: str,
        *,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> Response[ProgramMetadataResponse]:
        """Like `catalog_metadata_program_public_retrieve2`, returning the whole `Response` and raising no status error."""
        from .catalog_metadata_program_public_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            field,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    async def catalog_metadata_program_retrieve(
        self,
        *,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> ProgramMetadataResponse:
        """Retrieve metadata for a specified program

        ``GET /api/catalog/metadata/program/`` (operation ``catalog_metadata_program_retrieve``)

        Args:
            org (str | Unset): The organization associated with the program
            platform_key (str | Unset): Platform key identifier (alternative to org)
            program_id (str): The unique identifier for the program
            program_key (str | Unset): Program key (alternative to program_id + org)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramMetadataResponse
        """

        from .catalog_metadata_program_retrieve import asyncio

        return await asyncio(
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    async def catalog_metadata_program_retrieve_detailed(
        self,
        *,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> Response[ProgramMetadataResponse]:
        """Like `catalog_metadata_program_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_metadata_program_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    async def catalog_metadata_program_create(
        self,
        *,
        body: ProgramMetadataRequest,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> ProgramMetadataResponse:
        """Update metadata for a specified program

        ``POST /api/catalog/metadata/program/`` (operation ``catalog_metadata_program_create``)

        Args:
            org (str | Unset): The organization associated with the program
            platform_key (str | Unset): Platform key identifier (alternative to org)
            program_id (str): The unique identifier for the program
            program_key (str | Unset): Program key (alternative to program_id + org)
            body (ProgramMetadataRequest): Request serializer for ProgramMetadataView POST endpoint.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramMetadataResponse
        """

        from .catalog_metadata_program_create import asyncio

        return await asyncio(
            body=body,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    async def catalog_metadata_program_create_detailed(
        self,
        *,
        body: ProgramMetadataRequest,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> Response[ProgramMetadataResponse]:
        """Like `catalog_metadata_program_create`, returning the whole `Response` and raising no status error."""
        from .catalog_metadata_program_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    async def catalog_metadata_program_retrieve2(
        self,
        field: str,
        *,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> ProgramMetadataResponse:
        """Retrieve metadata for a specified program

        ``GET /api/catalog/metadata/program/{field}/`` (operation ``catalog_metadata_program_retrieve2``)

        Args:
            field (str):
            org (str | Unset): The organization associated with the program
            platform_key (str | Unset): Platform key identifier (alternative to org)
            program_id (str): The unique identifier for the program
            program_key (str | Unset): Program key (alternative to program_id + org)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramMetadataResponse
        """

        from .catalog_metadata_program_retrieve2 import asyncio

        return await asyncio(
            field,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    async def catalog_metadata_program_retrieve2_detailed(
        self,
        field: str,
        *,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> Response[ProgramMetadataResponse]:
        """Like `catalog_metadata_program_retrieve2`, returning the whole `Response` and raising no status error."""
        from .catalog_metadata_program_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            field,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    async def catalog_metadata_program_create2(
        self,
        field: str,
        *,
        body: ProgramMetadataRequest,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> ProgramMetadataResponse:
        """Update metadata for a specified program

        ``POST /api/catalog/metadata/program/{field}/`` (operation ``catalog_metadata_program_create2``)

        Args:
            field (str):
            org (str | Unset): The organization associated with the program
            platform_key (str | Unset): Platform key identifier (alternative to org)
            program_id (str): The unique identifier for the program
            program_key (str | Unset): Program key (alternative to program_id + org)
            body (ProgramMetadataRequest): Request serializer for ProgramMetadataView POST endpoint.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramMetadataResponse
        """

        from .catalog_metadata_program_create2 import asyncio

        return await asyncio(
            field,
            body=body,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    async def catalog_metadata_program_create2_detailed(
        self,
        field: str,
        *,
        body: ProgramMetadataRequest,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> Response[ProgramMetadataResponse]:
        """Like `catalog_metadata_program_create2`, returning the whole `Response` and raising no status error."""
        from .catalog_metadata_program_create2 import asyncio_detailed

        return await asyncio_detailed(
            field,
            body=body,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    async def catalog_milestones_completions_course_catalog_retrieve(
        self,
        *,
        field_key: str | Unset = UNSET,
        user_id: int,
    ) -> CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200:
        """Retrieve catalog-compatible completion info for user

        ``GET /api/catalog/milestones/completions/course/catalog/`` (operation ``catalog_milestones_completions_course_catalog_retrieve``)

        Args:
            field_key (str | Unset): Specific field to include in the response
            user_id (int): The user identifier

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200
        """

        from .catalog_milestones_completions_course_catalog_retrieve import asyncio

        return await asyncio(
            field_key=field_key,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_milestones_completions_course_catalog_retrieve_detailed(
        self,
        *,
        field_key: str | Unset = UNSET,
        user_id: int,
    ) -> Response[CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200]:
        """Like `catalog_milestones_completions_course_catalog_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_milestones_completions_course_catalog_retrieve import asyncio_detailed

        return await asyncio_detailed(
            field_key=field_key,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_milestones_completions_course_manage_retrieve(
        self,
        *,
        course_id: str,
        user_id: int,
    ) -> CatalogMilestonesCompletionsCourseManageRetrieveResponse200:
        """Retrieve completion information for a specific user and course

        ``GET /api/catalog/milestones/completions/course/manage/`` (operation ``catalog_milestones_completions_course_manage_retrieve``)

        Args:
            course_id (str): The course identifier (e.g., 'course-v1:org+code+run')
            user_id (int): The user identifier

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CatalogMilestonesCompletionsCourseManageRetrieveResponse200
        """

        from .catalog_milestones_completions_course_manage_retrieve import asyncio

        return await asyncio(
            course_id=course_id,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_milestones_completions_course_manage_retrieve_detailed(
        self,
        *,
        course_id: str,
        user_id: int,
    ) -> Response[CatalogMilestonesCompletionsCourseManageRetrieveResponse200]:
        """Like `catalog_milestones_completions_course_manage_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_milestones_completions_course_manage_retrieve import asyncio_detailed

        return await asyncio_detailed(
            course_id=course_id,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_milestones_completions_course_manage_create(
        self,
        *,
        body: CourseCompletionRequest,
        course_id: str,
        user_id: int,
    ) -> (
        CatalogMilestonesCompletionsCourseManageCreateResponse200
        | CatalogMilestonesCompletionsCourseManageCreateResponse201
    ):
        """Create or update completion information for a specific user and course

        ``POST /api/catalog/milestones/completions/course/manage/`` (operation ``catalog_milestones_completions_course_manage_create``)

        Args:
            course_id (str): The course identifier (e.g., 'course-v1:org+code+run')
            user_id (int): The user identifier
            body (CourseCompletionRequest): Serializer for course completion data used in both request
                and response. Inherits common completion fields from CompletableBaseSerializer.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CatalogMilestonesCompletionsCourseManageCreateResponse200 | CatalogMilestonesCompletionsCourseManageCreateResponse201
        """

        from .catalog_milestones_completions_course_manage_create import asyncio

        return await asyncio(
            body=body,
            course_id=course_id,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_milestones_completions_course_manage_create_detailed(
        self,
        *,
        body: CourseCompletionRequest,
        course_id: str,
        user_id: int,
    ) -> Response[
        CatalogMilestonesCompletionsCourseManageCreateResponse200
        | CatalogMilestonesCompletionsCourseManageCreateResponse201
    ]:
        """Like `catalog_milestones_completions_course_manage_create`, returning the whole `Response` and raising no status error."""
        from .catalog_milestones_completions_course_manage_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            course_id=course_id,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_milestones_completions_pathway_query_retrieve(
        self,
        *,
        pathway_uuid: str,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PathwayCompletionResponse:
        """Retrieve pathway completion information

        ``GET /api/catalog/milestones/completions/pathway/query/`` (operation ``catalog_milestones_completions_pathway_query_retrieve``)

        Args:
            pathway_uuid (str): The unique identifier for the pathway
            user_id (int | Unset): The user identifier (either user_id or username required)
            username (str | Unset): The username (either user_id or username required)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PathwayCompletionResponse
        """

        from .catalog_milestones_completions_pathway_query_retrieve import asyncio

        return await asyncio(
            pathway_uuid=pathway_uuid,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_milestones_completions_pathway_query_retrieve_detailed(
        self,
        *,
        pathway_uuid: str,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PathwayCompletionResponse]:
        """Like `catalog_milestones_completions_pathway_query_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_milestones_completions_pathway_query_retrieve import asyncio_detailed

        return await asyncio_detailed(
            pathway_uuid=pathway_uuid,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_milestones_completions_program_query_retrieve(
        self,
        *,
        program_key: str,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ProgramCompletionResponse:
        """Retrieve program completion information

        ``GET /api/catalog/milestones/completions/program/query/`` (operation ``catalog_milestones_completions_program_query_retrieve``)

        Args:
            program_key (str): The unique identifier for the program
            user_id (int | Unset): The user identifier (either user_id or username required)
            username (str | Unset): The username (either user_id or username required)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramCompletionResponse
        """

        from .catalog_milestones_completions_program_query_retrieve import asyncio

        return await asyncio(
            program_key=program_key,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_milestones_completions_program_query_retrieve_detailed(
        self,
        *,
        program_key: str,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ProgramCompletionResponse]:
        """Like `catalog_milestones_completions_program_query_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_milestones_completions_program_query_retrieve import asyncio_detailed

        return await asyncio_detailed(
            program_key=program_key,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_milestones_completions_resource_manage_retrieve(
        self,
        *,
        resource_id: int,
        user_id: int,
    ) -> ResourceCompletion:
        """Retrieve completion info for resource/user

        ``GET /api/catalog/milestones/completions/resource/manage/`` (operation ``catalog_milestones_completions_resource_manage_retrieve``)

        Args:
            resource_id (int): The unique identifier for the resource
            user_id (int): The ID of the user

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ResourceCompletion
        """

        from .catalog_milestones_completions_resource_manage_retrieve import asyncio

        return await asyncio(
            resource_id=resource_id,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_milestones_completions_resource_manage_retrieve_detailed(
        self,
        *,
        resource_id: int,
        user_id: int,
    ) -> Response[ResourceCompletion]:
        """Like `catalog_milestones_completions_resource_manage_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_milestones_completions_resource_manage_retrieve import asyncio_detailed

        return await asyncio_detailed(
            resource_id=resource_id,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_milestones_completions_resource_manage_create(
        self,
        *,
        body: ResourceCompletionRequest,
        resource_id: int,
        user_id: int,
    ) -> ResourceCompletion:
        """Create or update completion information for a specific resource and user

        ``POST /api/catalog/milestones/completions/resource/manage/`` (operation ``catalog_milestones_completions_resource_manage_create``)

        Args:
            resource_id (int): The unique identifier for the resource
            user_id (int): The ID of the user
            body (ResourceCompletionRequest): Request serializer for ResourceCompletionManagementView
                POST endpoint.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ResourceCompletion
        """

        from .catalog_milestones_completions_resource_manage_create import asyncio

        return await asyncio(
            body=body,
            resource_id=resource_id,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_milestones_completions_resource_manage_create_detailed(
        self,
        *,
        body: ResourceCompletionRequest,
        resource_id: int,
        user_id: int,
    ) -> Response[ResourceCompletion]:
        """Like `catalog_milestones_completions_resource_manage_create`, returning the whole `Response` and raising no status error."""
        from .catalog_milestones_completions_resource_manage_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            resource_id=resource_id,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_milestones_skill_points_block_retrieve(
        self,
        *,
        block_id: str,
        get_obj: bool | Unset = UNSET,
    ) -> CatalogMilestonesSkillPointsBlockRetrieveResponse200:
        """Retrieve skill point information for a specific block

        ``GET /api/catalog/milestones/skill_points/block/`` (operation ``catalog_milestones_skill_points_block_retrieve``)

        Args:
            block_id (str): ID of the block to retrieve skill point information for
            get_obj (bool | Unset): If True, returns skill objects instead of skill names as keys

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CatalogMilestonesSkillPointsBlockRetrieveResponse200
        """

        from .catalog_milestones_skill_points_block_retrieve import asyncio

        return await asyncio(
            block_id=block_id,
            get_obj=get_obj,
            client=self._client,
        )

    async def catalog_milestones_skill_points_block_retrieve_detailed(
        self,
        *,
        block_id: str,
        get_obj: bool | Unset = UNSET,
    ) -> Response[CatalogMilestonesSkillPointsBlockRetrieveResponse200]:
        """Like `catalog_milestones_skill_points_block_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_milestones_skill_points_block_retrieve import asyncio_detailed

        return await asyncio_detailed(
            block_id=block_id,
            get_obj=get_obj,
            client=self._client,
        )

    async def catalog_milestones_skill_points_block_create(
        self,
        *,
        body: BlockSkillPointInfoRequest,
        block_id: str,
        get_obj: bool | Unset = UNSET,
    ) -> Any:
        """Update skill point information for a specific block

        ``POST /api/catalog/milestones/skill_points/block/`` (operation ``catalog_milestones_skill_points_block_create``)

        Args:
            block_id (str): ID of the block to retrieve skill point information for
            get_obj (bool | Unset): If True, returns skill objects instead of skill names as keys
            body (BlockSkillPointInfoRequest): Request serializer for BlockSkillPointInfoView POST
                endpoint. Validates request body for updating block skill point information.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_milestones_skill_points_block_create import asyncio

        return await asyncio(
            body=body,
            block_id=block_id,
            get_obj=get_obj,
            client=self._client,
        )

    async def catalog_milestones_skill_points_block_create_detailed(
        self,
        *,
        body: BlockSkillPointInfoRequest,
        block_id: str,
        get_obj: bool | Unset = UNSET,
    ) -> Response[Any]:
        """Like `catalog_milestones_skill_points_block_create`, returning the whole `Response` and raising no status error."""
        from .catalog_milestones_skill_points_block_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            block_id=block_id,
            get_obj=get_obj,
            client=self._client,
        )

    async def catalog_milestones_skill_points_course_retrieve(
        self,
        *,
        course_id: str,
        get_obj: bool | Unset = UNSET,
    ) -> CatalogMilestonesSkillPointsCourseRetrieveResponse200:
        """Retrieve skill point information for a specific course

        ``GET /api/catalog/milestones/skill_points/course/`` (operation ``catalog_milestones_skill_points_course_retrieve``)

        Args:
            course_id (str): ID of the course to retrieve skill point information for
            get_obj (bool | Unset): If True, returns skill objects instead of skill names as keys

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CatalogMilestonesSkillPointsCourseRetrieveResponse200
        """

        from .catalog_milestones_skill_points_course_retrieve import asyncio

        return await asyncio(
            course_id=course_id,
            get_obj=get_obj,
            client=self._client,
        )

    async def catalog_milestones_skill_points_course_retrieve_detailed(
        self,
        *,
        course_id: str,
        get_obj: bool | Unset = UNSET,
    ) -> Response[CatalogMilestonesSkillPointsCourseRetrieveResponse200]:
        """Like `catalog_milestones_skill_points_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_milestones_skill_points_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            course_id=course_id,
            get_obj=get_obj,
            client=self._client,
        )

    async def catalog_milestones_skill_points_course_create(
        self,
        *,
        body: CourseSkillPointInfoRequest,
        course_id: str,
        get_obj: bool | Unset = UNSET,
    ) -> Any:
        """Update skill point information for a specific course

        ``POST /api/catalog/milestones/skill_points/course/`` (operation ``catalog_milestones_skill_points_course_create``)

        Args:
            course_id (str): ID of the course to retrieve skill point information for
            get_obj (bool | Unset): If True, returns skill objects instead of skill names as keys
            body (CourseSkillPointInfoRequest): Request serializer for CourseSkillPointInfoView POST
                endpoint. Validates request body for updating course skill point information.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_milestones_skill_points_course_create import asyncio

        return await asyncio(
            body=body,
            course_id=course_id,
            get_obj=get_obj,
            client=self._client,
        )

    async def catalog_milestones_skill_points_course_create_detailed(
        self,
        *,
        body: CourseSkillPointInfoRequest,
        course_id: str,
        get_obj: bool | Unset = UNSET,
    ) -> Response[Any]:
        """Like `catalog_milestones_skill_points_course_create`, returning the whole `Response` and raising no status error."""
        from .catalog_milestones_skill_points_course_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            course_id=course_id,
            get_obj=get_obj,
            client=self._client,
        )

    async def catalog_milestones_skill_points_platform_retrieve(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PlatformSkillPointResponse:
        """Retrieve paginated list of platform skill points

        ``GET /api/catalog/milestones/skill_points/platform/`` (operation ``catalog_milestones_skill_points_platform_retrieve``)

        Args:
            department_mode (bool | Unset): If True, filters results by department user permissions
            platform_key (str | Unset): Platform key identifier
            platform_org (str | Unset): Platform organization identifier
            query (str | Unset): Search query for filtering skill points by user or skill name
            sort (str | Unset): Sort field for results. Default: '-id'

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformSkillPointResponse
        """

        from .catalog_milestones_skill_points_platform_retrieve import asyncio

        return await asyncio(
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_milestones_skill_points_platform_retrieve_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PlatformSkillPointResponse]:
        """Like `catalog_milestones_skill_points_platform_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_milestones_skill_points_platform_retrieve import asyncio_detailed

        return await asyncio_detailed(
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_milestones_skill_points_platform_create(
        self,
        *,
        body: PlatformSkillPointRequest,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Any:
        """Update platform skill points for a user

        ``POST /api/catalog/milestones/skill_points/platform/`` (operation ``catalog_milestones_skill_points_platform_create``)

        Args:
            department_mode (bool | Unset): If True, filters results by department user permissions
            platform_key (str | Unset): Platform key identifier
            platform_org (str | Unset): Platform organization identifier
            query (str | Unset): Search query for filtering skill points by user or skill name
            sort (str | Unset): Sort field for results. Default: '-id'
            body (PlatformSkillPointRequest): Request serializer for PlatformSkillPointManagementView
                POST endpoint.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_milestones_skill_points_platform_create import asyncio

        return await asyncio(
            body=body,
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_milestones_skill_points_platform_create_detailed(
        self,
        *,
        body: PlatformSkillPointRequest,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `catalog_milestones_skill_points_platform_create`, returning the whole `Response` and raising no status error."""
        from .catalog_milestones_skill_points_platform_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_milestones_skill_points_platform_destroy(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        skill_point_id: int,
        sort: str | Unset = UNSET,
    ) -> Any:
        """Delete a platform skill point entry

        ``DELETE /api/catalog/milestones/skill_points/platform/`` (operation ``catalog_milestones_skill_points_platform_destroy``)

        Args:
            department_mode (bool | Unset): If True, filters results by department user permissions
            platform_key (str | Unset): Platform key identifier
            platform_org (str | Unset): Platform organization identifier
            query (str | Unset): Search query for filtering skill points by user or skill name
            skill_point_id (int): ID of the skill point to delete
            sort (str | Unset): Sort field for results. Default: '-id'

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_milestones_skill_points_platform_destroy import asyncio

        return await asyncio(
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            skill_point_id=skill_point_id,
            sort=sort,
            client=self._client,
        )

    async def catalog_milestones_skill_points_platform_destroy_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        skill_point_id: int,
        sort: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `catalog_milestones_skill_points_platform_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_milestones_skill_points_platform_destroy import asyncio_detailed

        return await asyncio_detailed(
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            skill_point_id=skill_point_id,
            sort=sort,
            client=self._client,
        )

    async def catalog_milestones_skill_points_platform_bulk_create(
        self,
        *,
        body: PlatformSkillPointBulkRequest,
    ) -> PlatformSkillPointBulkResponse:
        """Bulk create/update platform skill points

        ``POST /api/catalog/milestones/skill_points/platform/bulk/`` (operation ``catalog_milestones_skill_points_platform_bulk_create``)

        Args:
            body (PlatformSkillPointBulkRequest): Request serializer for
                PlatformSkillPointBulkManagementView POST endpoint.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformSkillPointBulkResponse
        """

        from .catalog_milestones_skill_points_platform_bulk_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_milestones_skill_points_platform_bulk_create_detailed(
        self,
        *,
        body: PlatformSkillPointBulkRequest,
    ) -> Response[PlatformSkillPointBulkResponse]:
        """Like `catalog_milestones_skill_points_platform_bulk_create`, returning the whole `Response` and raising no status error."""
        from .catalog_milestones_skill_points_platform_bulk_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_milestones_skill_points_platform_group_create(
        self,
        *,
        body: PlatformSkillPointGroupRequest,
    ) -> Any:
        """Update skill points for all users in a group

        ``POST /api/catalog/milestones/skill_points/platform/group/`` (operation ``catalog_milestones_skill_points_platform_group_create``)

        Args:
            body (PlatformSkillPointGroupRequest): Request serializer for
                PlatformSkillPointGroupManagementView POST endpoint.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_milestones_skill_points_platform_group_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_milestones_skill_points_platform_group_create_detailed(
        self,
        *,
        body: PlatformSkillPointGroupRequest,
    ) -> Response[Any]:
        """Like `catalog_milestones_skill_points_platform_group_create`, returning the whole `Response` and raising no status error."""
        from .catalog_milestones_skill_points_platform_group_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_milestones_skill_points_user_retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> CatalogMilestonesSkillPointsUserRetrieveResponse200:
        """Retrieve skill point information for a specific user

        ``GET /api/catalog/milestones/skill_points/user/`` (operation ``catalog_milestones_skill_points_user_retrieve``)

        Args:
            user_id (int | Unset): ID of the user to retrieve skill point information for
            username (str | Unset): Username to retrieve skill point information for

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CatalogMilestonesSkillPointsUserRetrieveResponse200
        """

        from .catalog_milestones_skill_points_user_retrieve import asyncio

        return await asyncio(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_milestones_skill_points_user_retrieve_detailed(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[CatalogMilestonesSkillPointsUserRetrieveResponse200]:
        """Like `catalog_milestones_skill_points_user_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_milestones_skill_points_user_retrieve import asyncio_detailed

        return await asyncio_detailed(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_pathways_list(
        self,
        *,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
    ) -> list[Pathway]:
        """Retrieve pathways matching query. Limited parameters.

        ``GET /api/catalog/pathways/`` (operation ``catalog_pathways_list``)

        Args:
            item_id (str | Unset): Item ID associated with the pathway
            name (str | Unset): Pathway name
            pathway_id (str | Unset): Pathway ID
            pathway_uuid (str | Unset): Pathway UUID
            platform_key (str | Unset): Platform key
            slug (str | Unset): Pathway slug (case-insensitive)
            user_id (int | Unset): User ID of the pathway owner
            username (str | Unset): Username of the pathway owner
            visible (bool | Unset): Whether the pathway is visible

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[Pathway]
        """

        from .catalog_pathways_list import asyncio

        return await asyncio(
            item_id=item_id,
            name=name,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            visible=visible,
            client=self._client,
        )

    async def catalog_pathways_list_detailed(
        self,
        *,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
    ) -> Response[list[Pathway]]:
        """Like `catalog_pathways_list`, returning the whole `Response` and raising no status error."""
        from .catalog_pathways_list import asyncio_detailed

        return await asyncio_detailed(
            item_id=item_id,
            name=name,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            visible=visible,
            client=self._client,
        )

    async def catalog_pathways_create(
        self,
        *,
        body: PathwayCreateUpdateRequest,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
    ) -> Pathway:
        """Add or update a pathway.

        ``POST /api/catalog/pathways/`` (operation ``catalog_pathways_create``)

        Args:
            item_id (str | Unset): Item ID associated with the pathway
            name (str | Unset): Pathway name
            pathway_id (str | Unset): Pathway ID
            pathway_uuid (str | Unset): Pathway UUID
            platform_key (str | Unset): Platform key
            slug (str | Unset): Pathway slug (case-insensitive)
            user_id (int | Unset): User ID of the pathway owner
            username (str | Unset): Username of the pathway owner
            visible (bool | Unset): Whether the pathway is visible
            body (PathwayCreateUpdateRequest): Serializer for pathway creation/update request body.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Pathway
        """

        from .catalog_pathways_create import asyncio

        return await asyncio(
            body=body,
            item_id=item_id,
            name=name,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            visible=visible,
            client=self._client,
        )

    async def catalog_pathways_create_detailed(
        self,
        *,
        body: PathwayCreateUpdateRequest,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
    ) -> Response[Pathway]:
        """Like `catalog_pathways_create`, returning the whole `Response` and raising no status error."""
        from .catalog_pathways_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            item_id=item_id,
            name=name,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            visible=visible,
            client=self._client,
        )

    async def catalog_pathways_destroy(
        self,
        *,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
    ) -> PathwayDeleteResponse:
        """Remove a pathway from the database.

        ``DELETE /api/catalog/pathways/`` (operation ``catalog_pathways_destroy``)

        Args:
            item_id (str | Unset): Item ID associated with the pathway
            name (str | Unset): Pathway name
            pathway_id (str): Pathway ID to delete
            pathway_uuid (str | Unset): Pathway UUID
            platform_key (str | Unset): Platform key
            slug (str | Unset): Pathway slug (case-insensitive)
            user_id (int): User ID of the pathway owner
            username (str | Unset): Username of the pathway owner
            visible (bool | Unset): Whether the pathway is visible

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PathwayDeleteResponse
        """

        from .catalog_pathways_destroy import asyncio

        return await asyncio(
            item_id=item_id,
            name=name,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            visible=visible,
            client=self._client,
        )

    async def catalog_pathways_destroy_detailed(
        self,
        *,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
    ) -> Response[PathwayDeleteResponse]:
        """Like `catalog_pathways_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_pathways_destroy import asyncio_detailed

        return await asyncio_detailed(
            item_id=item_id,
            name=name,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            visible=visible,
            client=self._client,
        )

    async def catalog_programs_list(
        self,
        *,
        course_id: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        slug: str | Unset = UNSET,
    ) -> list[Program]:
        """Retrieve programs matching query parameters. Limited parameters include program_id, name, slug,
        enabled, and org.

        ``GET /api/catalog/programs/`` (operation ``catalog_programs_list``)

        Args:
            course_id (str | Unset): Course ID contained in the program
            enabled (bool | Unset): Whether the program is enabled
            name (str | Unset): Program name
            org (str | Unset): Organization of the program
            program_id (str | Unset): Program ID
            slug (str | Unset): Program slug (case-insensitive)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[Program]
        """

        from .catalog_programs_list import asyncio

        return await asyncio(
            course_id=course_id,
            enabled=enabled,
            name=name,
            org=org,
            program_id=program_id,
            slug=slug,
            client=self._client,
        )

    async def catalog_programs_list_detailed(
        self,
        *,
        course_id: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        slug: str | Unset = UNSET,
    ) -> Response[list[Program]]:
        """Like `catalog_programs_list`, returning the whole `Response` and raising no status error."""
        from .catalog_programs_list import asyncio_detailed

        return await asyncio_detailed(
            course_id=course_id,
            enabled=enabled,
            name=name,
            org=org,
            program_id=program_id,
            slug=slug,
            client=self._client,
        )

    async def catalog_programs_create(
        self,
        *,
        body: ProgramCreateUpdateRequest,
    ) -> Program:
        """Add or update a program. Accepts a list of courses and updates or creates a program.

        ``POST /api/catalog/programs/`` (operation ``catalog_programs_create``)

        Args:
            body (ProgramCreateUpdateRequest): Serializer for program creation/update request body.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Program
        """

        from .catalog_programs_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_programs_create_detailed(
        self,
        *,
        body: ProgramCreateUpdateRequest,
    ) -> Response[Program]:
        """Like `catalog_programs_create`, returning the whole `Response` and raising no status error."""
        from .catalog_programs_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_programs_destroy(
        self,
        *,
        org: str,
        program_id: str,
    ) -> ProgramDeleteResponse:
        """Remove a program from the database. Requires program_id and org as parameters.

        ``DELETE /api/catalog/programs/`` (operation ``catalog_programs_destroy``)

        Args:
            org (str): Organization of the program
            program_id (str): Program ID to delete

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramDeleteResponse
        """

        from .catalog_programs_destroy import asyncio

        return await asyncio(
            org=org,
            program_id=program_id,
            client=self._client,
        )

    async def catalog_programs_destroy_detailed(
        self,
        *,
        org: str,
        program_id: str,
    ) -> Response[ProgramDeleteResponse]:
        """Like `catalog_programs_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_programs_destroy import asyncio_detailed

        return await asyncio_detailed(
            org=org,
            program_id=program_id,
            client=self._client,
        )

    async def catalog_recommendation_courses_retrieve(
        self,
        *,
        course_id: str,
        org: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> Course:
        """GET Get a 'next' course

        This method retrieves the next recommended course for a user based on the provided parameters.
        It expects the following parameters in the request query: - user_id: The ID of the user for whom
        the next course is being recommended. - course_id: The ID of the current course. - org: The
        organization associated with the course.

        Returns: - A serialized representation of the next course if found, with a status code of 200. -
        A status code of 400 if the course_id is not provided. - A status code of 200 with a None
        response if no next course is found.

        Error Conditions: - Returns a 400 status code if the course_id is missing from the request
        parameters.

        Side Effects: - None

        ``GET /api/catalog/recommendation/courses/`` (operation ``catalog_recommendation_courses_retrieve``)

        Args:
            course_id (str): Current course ID
            org (str | Unset): Organization to filter recommendations
            user_id (str | Unset): User ID for personalized recommendations

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Course
        """

        from .catalog_recommendation_courses_retrieve import asyncio

        return await asyncio(
            course_id=course_id,
            org=org,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_recommendation_courses_retrieve_detailed(
        self,
        *,
        course_id: str,
        org: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> Response[Course]:
        """Like `catalog_recommendation_courses_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_recommendation_courses_retrieve import asyncio_detailed

        return await asyncio_detailed(
            course_id=course_id,
            org=org,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_resources_list(
        self,
        *,
        id: int | Unset = UNSET,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> list[Resource]:
        """Retrieve resources matching query. Limited parameters.

        ``GET /api/catalog/resources/`` (operation ``catalog_resources_list``)

        Args:
            id (int | Unset): Resource ID
            item_id (str | Unset): Item ID associated with the resource
            key (str | Unset): Platform key
            name (str | Unset): Resource name
            org (str | Unset): Platform organization
            platform_key (str | Unset): Platform key (alternative to key)
            platform_org (str | Unset): Platform organization (alternative to org)
            resource_type (str | Unset): Type of resource
            user_id (int | Unset): User ID who owns the resource
            username (str | Unset): Username who owns the resource

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[Resource]
        """

        from .catalog_resources_list import asyncio

        return await asyncio(
            id=id,
            item_id=item_id,
            key=key,
            name=name,
            org=org,
            platform_key=platform_key,
            platform_org=platform_org,
            resource_type=resource_type,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_resources_list_detailed(
        self,
        *,
        id: int | Unset = UNSET,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[list[Resource]]:
        """Like `catalog_resources_list`, returning the whole `Response` and raising no status error."""
        from .catalog_resources_list import asyncio_detailed

        return await asyncio_detailed(
            id=id,
            item_id=item_id,
            key=key,
            name=name,
            org=org,
            platform_key=platform_key,
            platform_org=platform_org,
            resource_type=resource_type,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_resources_create(
        self,
        *,
        body: ResourceCreateUpdate,
        id: int | Unset = UNSET,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Resource:
        """Create or update a resource with optional image upload

        Create or update a resource. For updates, include the resource ID.

        ``POST /api/catalog/resources/`` (operation ``catalog_resources_create``)

        Args:
            id (int | Unset): Resource ID
            item_id (str | Unset): Item ID associated with the resource
            key (str | Unset): Platform key
            name (str | Unset): Resource name
            org (str | Unset): Platform organization
            platform_key (str | Unset): Platform key (alternative to key)
            platform_org (str | Unset): Platform organization (alternative to org)
            resource_type (str | Unset): Type of resource
            user_id (int | Unset): User ID who owns the resource
            username (str | Unset): Username who owns the resource
            body (ResourceCreateUpdate):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Resource
        """

        from .catalog_resources_create import asyncio

        return await asyncio(
            body=body,
            id=id,
            item_id=item_id,
            key=key,
            name=name,
            org=org,
            platform_key=platform_key,
            platform_org=platform_org,
            resource_type=resource_type,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_resources_create_detailed(
        self,
        *,
        body: ResourceCreateUpdate,
        id: int | Unset = UNSET,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[Resource]:
        """Like `catalog_resources_create`, returning the whole `Response` and raising no status error."""
        from .catalog_resources_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            id=id,
            item_id=item_id,
            key=key,
            name=name,
            org=org,
            platform_key=platform_key,
            platform_org=platform_org,
            resource_type=resource_type,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_resources_destroy(
        self,
        *,
        id: int,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ResourceDeleteResponse:
        """Remove a resource from the database.

        ``DELETE /api/catalog/resources/`` (operation ``catalog_resources_destroy``)

        Args:
            id (int): Resource ID to delete
            item_id (str | Unset): Item ID associated with the resource
            key (str | Unset): Platform key
            name (str | Unset): Resource name
            org (str | Unset): Platform organization
            platform_key (str | Unset): Platform key
            platform_org (str | Unset): Platform organization (alternative to org)
            resource_type (str | Unset): Type of resource
            user_id (int | Unset): User ID who owns the resource
            username (str | Unset): Username who owns the resource

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ResourceDeleteResponse
        """

        from .catalog_resources_destroy import asyncio

        return await asyncio(
            id=id,
            item_id=item_id,
            key=key,
            name=name,
            org=org,
            platform_key=platform_key,
            platform_org=platform_org,
            resource_type=resource_type,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_resources_destroy_detailed(
        self,
        *,
        id: int,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ResourceDeleteResponse]:
        """Like `catalog_resources_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_resources_destroy import asyncio_detailed

        return await asyncio_detailed(
            id=id,
            item_id=item_id,
            key=key,
            name=name,
            org=org,
            platform_key=platform_key,
            platform_org=platform_org,
            resource_type=resource_type,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_reviews_course_retrieve(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> CourseReviewPaginatedResponse:
        """Retrieve a paginated list of course reviews with filtering options

        ``GET /api/catalog/reviews/course/`` (operation ``catalog_reviews_course_retrieve``)

        Args:
            course_id (str | Unset): Filter reviews by course ID
            org (str | Unset): Alias for platform_org
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str | Unset): Filter reviews by platform key
            platform_org (str | Unset): Filter reviews by platform organization
            sort (str | Unset): Field to sort results by (default: '-id')
            user_id (str | Unset): Filter reviews by user ID

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseReviewPaginatedResponse
        """

        from .catalog_reviews_course_retrieve import asyncio

        return await asyncio(
            course_id=course_id,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_reviews_course_retrieve_detailed(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> Response[CourseReviewPaginatedResponse]:
        """Like `catalog_reviews_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_reviews_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            course_id=course_id,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    def catalog_reviews_course_retrieve_iter(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[CourseReviewPaginatedResponseResultsItem]:
        """Every `CourseReviewPaginatedResponseResultsItem` of `catalog_reviews_course_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_reviews_course_retrieve import asyncio

        return paginate(
            asyncio,
            course_id=course_id,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_reviews_course_info_retrieve(
        self,
        *,
        course_id: str,
    ) -> CourseReviewInfoResponse:
        """Retrieve aggregate review information for a course.

        ``GET /api/catalog/reviews/course/info/`` (operation ``catalog_reviews_course_info_retrieve``)

        Args:
            course_id (str): The course ID to get review information for

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseReviewInfoResponse
        """

        from .catalog_reviews_course_info_retrieve import asyncio

        return await asyncio(
            course_id=course_id,
            client=self._client,
        )

    async def catalog_reviews_course_info_retrieve_detailed(
        self,
        *,
        course_id: str,
    ) -> Response[CourseReviewInfoResponse]:
        """Like `catalog_reviews_course_info_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_reviews_course_info_retrieve import asyncio_detailed

        return await asyncio_detailed(
            course_id=course_id,
            client=self._client,
        )

    async def catalog_reviews_course_update_create(
        self,
        *,
        body: CourseReviewRequest,
    ) -> CourseReviewResponse:
        """Create or update a course review

        ``POST /api/catalog/reviews/course/update/`` (operation ``catalog_reviews_course_update_create``)

        Args:
            body (CourseReviewRequest): Request serializer for CourseReviewUpdateView POST endpoint.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseReviewResponse
        """

        from .catalog_reviews_course_update_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_reviews_course_update_create_detailed(
        self,
        *,
        body: CourseReviewRequest,
    ) -> Response[CourseReviewResponse]:
        """Like `catalog_reviews_course_update_create`, returning the whole `Response` and raising no status error."""
        from .catalog_reviews_course_update_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_reviews_course_update_destroy(
        self,
        *,
        course_id: str,
        user_id: int | Unset = UNSET,
        username: str,
    ) -> Any:
        """Delete a course review

        ``DELETE /api/catalog/reviews/course/update/`` (operation ``catalog_reviews_course_update_destroy``)

        Args:
            course_id (str): The course ID of the review to delete
            user_id (int | Unset): The user ID of the reviewer (alternative to username)
            username (str): The username of the reviewer

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_reviews_course_update_destroy import asyncio

        return await asyncio(
            course_id=course_id,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_reviews_course_update_destroy_detailed(
        self,
        *,
        course_id: str,
        user_id: int | Unset = UNSET,
        username: str,
    ) -> Response[Any]:
        """Like `catalog_reviews_course_update_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_reviews_course_update_destroy import asyncio_detailed

        return await asyncio_detailed(
            course_id=course_id,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_reviews_program_retrieve(
        self,
        *,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> ProgramReviewPaginatedResponse:
        """Retrieve a paginated list of program reviews with filtering options

        ``GET /api/catalog/reviews/program/`` (operation ``catalog_reviews_program_retrieve``)

        Args:
            org (str | Unset): Alias for platform_org
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str | Unset): Filter reviews by platform key
            platform_org (str | Unset): Filter reviews by platform organization
            program_id (str | Unset): Filter reviews by program ID
            sort (str | Unset): Field to sort results by (default: '-id')
            user_id (str | Unset): Filter reviews by user ID

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramReviewPaginatedResponse
        """

        from .catalog_reviews_program_retrieve import asyncio

        return await asyncio(
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            program_id=program_id,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_reviews_program_retrieve_detailed(
        self,
        *,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> Response[ProgramReviewPaginatedResponse]:
        """Like `catalog_reviews_program_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_reviews_program_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            program_id=program_id,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    def catalog_reviews_program_retrieve_iter(
        self,
        *,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[ProgramReview]:
        """Every `ProgramReview` of `catalog_reviews_program_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_reviews_program_retrieve import asyncio

        return paginate(
            asyncio,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            program_id=program_id,
            sort=sort,
            user_id=user_id,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_reviews_program_info_retrieve(
        self,
        *,
        program_key: str,
    ) -> ProgramReviewInfoResponse:
        """Retrieve aggregate review information for a program.

        ``GET /api/catalog/reviews/program/info/`` (operation ``catalog_reviews_program_info_retrieve``)

        Args:
            program_key (str): The program key to get review information for

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramReviewInfoResponse
        """

        from .catalog_reviews_program_info_retrieve import asyncio

        return await asyncio(
            program_key=program_key,
            client=self._client,
        )

    async def catalog_reviews_program_info_retrieve_detailed(
        self,
        *,
        program_key: str,
    ) -> Response[ProgramReviewInfoResponse]:
        """Like `catalog_reviews_program_info_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_reviews_program_info_retrieve import asyncio_detailed

        return await asyncio_detailed(
            program_key=program_key,
            client=self._client,
        )

    async def catalog_reviews_program_update_create(
        self,
        *,
        body: ProgramReviewRequest,
    ) -> ProgramReview:
        """Create or update a program review

        ``POST /api/catalog/reviews/program/update/`` (operation ``catalog_reviews_program_update_create``)

        Args:
            body (ProgramReviewRequest): Request serializer for ProgramReviewUpdateView POST endpoint.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramReview
        """

        from .catalog_reviews_program_update_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_reviews_program_update_create_detailed(
        self,
        *,
        body: ProgramReviewRequest,
    ) -> Response[ProgramReview]:
        """Like `catalog_reviews_program_update_create`, returning the whole `Response` and raising no status error."""
        from .catalog_reviews_program_update_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_reviews_program_update_destroy(
        self,
        *,
        program_key: str,
        user_id: int | Unset = UNSET,
        username: str,
    ) -> Any:
        """Delete a program review

        ``DELETE /api/catalog/reviews/program/update/`` (operation ``catalog_reviews_program_update_destroy``)

        Args:
            program_key (str): The program key of the review to delete
            user_id (int | Unset): The user ID of the reviewer (alternative to username)
            username (str): The username of the reviewer

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_reviews_program_update_destroy import asyncio

        return await asyncio(
            program_key=program_key,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_reviews_program_update_destroy_detailed(
        self,
        *,
        program_key: str,
        user_id: int | Unset = UNSET,
        username: str,
    ) -> Response[Any]:
        """Like `catalog_reviews_program_update_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_reviews_program_update_destroy import asyncio_detailed

        return await asyncio_detailed(
            program_key=program_key,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_roles_retrieve(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Role:
        """Retrieve roles matching query parameters. Supports filtering by name, id, and slug.

        ``GET /api/catalog/roles/`` (operation ``catalog_roles_retrieve``)

        Args:
            id (int | Unset): Role ID
            name (str | Unset): Role name
            name_iexact (str | Unset): Exact match for role name (case insensitive)
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str | Unset): Platform key
            slug (str | Unset): Role slug
            sort (str | Unset): Field to sort results by

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Role
        """

        from .catalog_roles_retrieve import asyncio

        return await asyncio(
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=self._client,
        )

    async def catalog_roles_retrieve_detailed(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[Role]:
        """Like `catalog_roles_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_roles_retrieve import asyncio_detailed

        return await asyncio_detailed(
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=self._client,
        )

    async def catalog_roles_create(
        self,
        *,
        body: RoleCreateUpdateRequest,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Role:
        """Add a new role or update an existing role based on provided data.

        ``POST /api/catalog/roles/`` (operation ``catalog_roles_create``)

        Args:
            id (int | Unset): Role ID
            name (str | Unset): Role name
            name_iexact (str | Unset): Exact match for role name (case insensitive)
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str | Unset): Platform key
            slug (str | Unset): Role slug
            sort (str | Unset): Field to sort results by
            body (RoleCreateUpdateRequest): Serializer for role creation/update request parameters.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Role
        """

        from .catalog_roles_create import asyncio

        return await asyncio(
            body=body,
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=self._client,
        )

    async def catalog_roles_create_detailed(
        self,
        *,
        body: RoleCreateUpdateRequest,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[Role]:
        """Like `catalog_roles_create`, returning the whole `Response` and raising no status error."""
        from .catalog_roles_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=self._client,
        )

    async def catalog_roles_desired_retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> DesiredRole:
        """Retrieve desired roles for a user.

        ``GET /api/catalog/roles/desired/`` (operation ``catalog_roles_desired_retrieve``)

        Args:
            user_id (int | Unset): User ID
            username (str | Unset): Username

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DesiredRole
        """

        from .catalog_roles_desired_retrieve import asyncio

        return await asyncio(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_roles_desired_retrieve_detailed(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[DesiredRole]:
        """Like `catalog_roles_desired_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_roles_desired_retrieve import asyncio_detailed

        return await asyncio_detailed(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_roles_desired_create(
        self,
        *,
        body: DesiredRoleCreateUpdateRequest,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> DesiredRole:
        """Add or update desired roles for a user.

        ``POST /api/catalog/roles/desired/`` (operation ``catalog_roles_desired_create``)

        Args:
            user_id (int | Unset): User ID
            username (str | Unset): Username
            body (DesiredRoleCreateUpdateRequest): Serializer for desired role creation/update request
                parameters.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DesiredRole
        """

        from .catalog_roles_desired_create import asyncio

        return await asyncio(
            body=body,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_roles_desired_create_detailed(
        self,
        *,
        body: DesiredRoleCreateUpdateRequest,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[DesiredRole]:
        """Like `catalog_roles_desired_create`, returning the whole `Response` and raising no status error."""
        from .catalog_roles_desired_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_roles_public_create(
        self,
        *,
        body: RoleCreateUpdateRequest,
    ) -> Role:
        """Add or update a role through the public API (when enabled).

        ``POST /api/catalog/roles/public/`` (operation ``catalog_roles_public_create``)

        Args:
            body (RoleCreateUpdateRequest): Serializer for role creation/update request parameters.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Role
        """

        from .catalog_roles_public_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_roles_public_create_detailed(
        self,
        *,
        body: RoleCreateUpdateRequest,
    ) -> Response[Role]:
        """Like `catalog_roles_public_create`, returning the whole `Response` and raising no status error."""
        from .catalog_roles_public_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_roles_reported_retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ReportedRole:
        """Retrieve reported roles for a user.

        ``GET /api/catalog/roles/reported/`` (operation ``catalog_roles_reported_retrieve``)

        Args:
            user_id (int | Unset): User ID
            username (str | Unset): Username

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ReportedRole
        """

        from .catalog_roles_reported_retrieve import asyncio

        return await asyncio(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_roles_reported_retrieve_detailed(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ReportedRole]:
        """Like `catalog_roles_reported_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_roles_reported_retrieve import asyncio_detailed

        return await asyncio_detailed(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_roles_reported_create(
        self,
        *,
        body: ReportedRoleCreateUpdateRequest,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ReportedRole:
        """Add or update reported roles for a user.

        ``POST /api/catalog/roles/reported/`` (operation ``catalog_roles_reported_create``)

        Args:
            user_id (int | Unset): User ID
            username (str | Unset): Username
            body (ReportedRoleCreateUpdateRequest): Serializer for reported role creation/update
                request parameters.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ReportedRole
        """

        from .catalog_roles_reported_create import asyncio

        return await asyncio(
            body=body,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_roles_reported_create_detailed(
        self,
        *,
        body: ReportedRoleCreateUpdateRequest,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ReportedRole]:
        """Like `catalog_roles_reported_create`, returning the whole `Response` and raising no status error."""
        from .catalog_roles_reported_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_search_programs_create(
        self,
        *,
        body: ProgramSearchRequest,
        org: str | Unset = UNSET,
        query: str | Unset = UNSET,
    ) -> ProgramSearch:
        """POST Retrieve programs matching query.

        Params: query: The search term used to filter programs. org: The organization to which the
        programs belong.

        Returns: A JSON response containing a list of programs that match the search criteria.

        Error Conditions: - If the request data is malformed or missing required fields, a 400 Bad
        Request may be returned. - If there is an issue with the database query, a 500 Internal Server
        Error may be returned.

        Side Effects: - None

        Special Return Codes: - A 200 status code indicates successful retrieval of programs matching
        the query.

        ``POST /api/catalog/search/programs/`` (operation ``catalog_search_programs_create``)

        Args:
            org (str | Unset): The organization to which the programs belong
            query (str | Unset): The search term used to filter programs
            body (ProgramSearchRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramSearch
        """

        from .catalog_search_programs_create import asyncio

        return await asyncio(
            body=body,
            org=org,
            query=query,
            client=self._client,
        )

    async def catalog_search_programs_create_detailed(
        self,
        *,
        body: ProgramSearchRequest,
        org: str | Unset = UNSET,
        query: str | Unset = UNSET,
    ) -> Response[ProgramSearch]:
        """Like `catalog_search_programs_create`, returning the whole `Response` and raising no status error."""
        from .catalog_search_programs_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            org=org,
            query=query,
            client=self._client,
        )

    async def catalog_skills_retrieve(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedSkill:
        """Retrieve skills matching query. Limited parameters.

        ``GET /api/catalog/skills/`` (operation ``catalog_skills_retrieve``)

        Args:
            id (int | Unset): Skill ID
            name (str | Unset): Skill name
            name_iexact (str | Unset): Exact match for skill name (case insensitive)
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str | Unset): Platform key
            slug (str | Unset): Skill slug
            sort (str | Unset): Field to sort results by

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedSkill
        """

        from .catalog_skills_retrieve import asyncio

        return await asyncio(
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=self._client,
        )

    async def catalog_skills_retrieve_detailed(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedSkill]:
        """Like `catalog_skills_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_skills_retrieve import asyncio_detailed

        return await asyncio_detailed(
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=self._client,
        )

    def catalog_skills_retrieve_iter(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[Skill]:
        """Every `Skill` of `catalog_skills_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_skills_retrieve import asyncio

        return paginate(
            asyncio,
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_skills_create(
        self,
        *,
        body: PaginatedSkillRequest,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedSkill:
        """Add or update a skill.

        ``POST /api/catalog/skills/`` (operation ``catalog_skills_create``)

        Args:
            id (int | Unset): Skill ID
            name (str | Unset): Skill name
            name_iexact (str | Unset): Exact match for skill name (case insensitive)
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str | Unset): Platform key
            slug (str | Unset): Skill slug
            sort (str | Unset): Field to sort results by
            body (PaginatedSkillRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedSkill
        """

        from .catalog_skills_create import asyncio

        return await asyncio(
            body=body,
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=self._client,
        )

    async def catalog_skills_create_detailed(
        self,
        *,
        body: PaginatedSkillRequest,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedSkill]:
        """Like `catalog_skills_create`, returning the whole `Response` and raising no status error."""
        from .catalog_skills_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=self._client,
        )

    async def catalog_skills_desired_retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> DesiredSkill:
        """Retrieve desired skills for a user.

        ``GET /api/catalog/skills/desired/`` (operation ``catalog_skills_desired_retrieve``)

        Args:
            user_id (int | Unset): User ID
            username (str | Unset): Username

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DesiredSkill
        """

        from .catalog_skills_desired_retrieve import asyncio

        return await asyncio(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_skills_desired_retrieve_detailed(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[DesiredSkill]:
        """Like `catalog_skills_desired_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_skills_desired_retrieve import asyncio_detailed

        return await asyncio_detailed(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_skills_desired_create(
        self,
        *,
        body: DesiredSkillCreateUpdateRequest,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> DesiredSkill:
        """Add or update desired skills for a user.

        ``POST /api/catalog/skills/desired/`` (operation ``catalog_skills_desired_create``)

        Args:
            user_id (int | Unset): User ID
            username (str | Unset): Username
            body (DesiredSkillCreateUpdateRequest): Serializer for desired skill creation/update
                request parameters.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DesiredSkill
        """

        from .catalog_skills_desired_create import asyncio

        return await asyncio(
            body=body,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_skills_desired_create_detailed(
        self,
        *,
        body: DesiredSkillCreateUpdateRequest,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[DesiredSkill]:
        """Like `catalog_skills_desired_create`, returning the whole `Response` and raising no status error."""
        from .catalog_skills_desired_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_skills_public_create(
        self,
        *,
        body: SkillCreateUpdateRequest,
    ) -> Skill:
        """Add or update a skill.

        ``POST /api/catalog/skills/public/`` (operation ``catalog_skills_public_create``)

        Args:
            body (SkillCreateUpdateRequest): Serializer for skill creation/update request parameters.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Skill
        """

        from .catalog_skills_public_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_skills_public_create_detailed(
        self,
        *,
        body: SkillCreateUpdateRequest,
    ) -> Response[Skill]:
        """Like `catalog_skills_public_create`, returning the whole `Response` and raising no status error."""
        from .catalog_skills_public_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_skills_reported_retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ReportedSkill:
        """Retrieve reported skills for a user.

        ``GET /api/catalog/skills/reported/`` (operation ``catalog_skills_reported_retrieve``)

        Args:
            user_id (int | Unset): User ID
            username (str | Unset): Username

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ReportedSkill
        """

        from .catalog_skills_reported_retrieve import asyncio

        return await asyncio(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_skills_reported_retrieve_detailed(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ReportedSkill]:
        """Like `catalog_skills_reported_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_skills_reported_retrieve import asyncio_detailed

        return await asyncio_detailed(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_skills_reported_create(
        self,
        *,
        body: ReportedSkillCreateUpdateRequest,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ReportedSkill:
        """Add or update reported skills for a user.

        ``POST /api/catalog/skills/reported/`` (operation ``catalog_skills_reported_create``)

        Args:
            user_id (int | Unset): User ID
            username (str | Unset): Username
            body (ReportedSkillCreateUpdateRequest): Serializer for reported skill creation/update
                request parameters.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ReportedSkill
        """

        from .catalog_skills_reported_create import asyncio

        return await asyncio(
            body=body,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_skills_reported_create_detailed(
        self,
        *,
        body: ReportedSkillCreateUpdateRequest,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ReportedSkill]:
        """Like `catalog_skills_reported_create`, returning the whole `Response` and raising no status error."""
        from .catalog_skills_reported_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_suggestions_course_manage_retrieve(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedCourseSuggestion:
        """API View for managing course suggestions.

        This endpoint allows administrators to view, create, update, and delete course suggestions for
        users within a platform.

        Query Parameters (GET):
        platform_key (str, required): The platform to retrieve suggestions for
        platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions
        sort (str, optional): Field to sort results by (default: '-id')
        department_mode (bool, optional): Filter suggestions by department admin access
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Retrieve a paginated list of course suggestions for a platform
        POST: Create or update a course suggestion
        DELETE: Remove a course suggestion

        Request Body (POST):
        A JSON object containing:
        - platform_key (str, required): The platform for the suggestion
        - course_id (str, required): The course ID to suggest
        - user_id (str/int, required): The user to suggest the course to
        - accepted (bool, optional): Whether the suggestion is accepted
        - visible (bool, optional): Whether the suggestion is visible
        - metadata (dict, optional): Additional suggestion metadata

        Query Parameters (DELETE):
        suggestion_id (int, required): The ID of the suggestion to delete

        Returns:
        GET: A paginated JSON response containing course suggestions:
        {
        "count": 10,
        "next": "https://example.com/api/catalog/suggestions/course/manage/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "user_id": 456,
        "username": "student1",
        "name": "Student Name",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "course_id": "course-v1:org+course+run",
        "course_name": "Introduction to Programming"
        },
        ...
        ]
        }
        POST: A JSON response containing the created/updated suggestion:
        {
        "id": 123,
        "user_id": 456,
        "username": "student1",
        "name": "Student Name",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "course_id": "course-v1:org+course+run",
        "course_name": "Introduction to Programming"
        }
        DELETE: A success response with status 200

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid, or if suggestion operations fail
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage suggestions
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
        - Platform admins can manage suggestions for their platform
        - Department admins can manage suggestions for their departments
        - DM admins can manage all suggestions

        ``GET /api/catalog/suggestions/course/manage/`` (operation ``catalog_suggestions_course_manage_retrieve``)

        Args:
            department_mode (bool | Unset): Filter suggestions by department admin access
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str): The platform to retrieve suggestions for
            platform_org (str | Unset): The organization identifier for the platform
            query (str | Unset): Search term to filter suggestions
            sort (str | Unset): Field to sort results by

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedCourseSuggestion
        """

        from .catalog_suggestions_course_manage_retrieve import asyncio

        return await asyncio(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_suggestions_course_manage_retrieve_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedCourseSuggestion]:
        """Like `catalog_suggestions_course_manage_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_course_manage_retrieve import asyncio_detailed

        return await asyncio_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_course_manage_retrieve_iter(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[CourseSuggestionDetail]:
        """Every `CourseSuggestionDetail` of `catalog_suggestions_course_manage_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_suggestions_course_manage_retrieve import asyncio

        return paginate(
            asyncio,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_suggestions_course_manage_create(
        self,
        *,
        body: CourseSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> CourseSuggestionDetail:
        """API View for managing course suggestions.

        This endpoint allows administrators to view, create, update, and delete course suggestions for
        users within a platform.

        Query Parameters (GET):
        platform_key (str, required): The platform to retrieve suggestions for
        platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions
        sort (str, optional): Field to sort results by (default: '-id')
        department_mode (bool, optional): Filter suggestions by department admin access
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Retrieve a paginated list of course suggestions for a platform
        POST: Create or update a course suggestion
        DELETE: Remove a course suggestion

        Request Body (POST):
        A JSON object containing:
        - platform_key (str, required): The platform for the suggestion
        - course_id (str, required): The course ID to suggest
        - user_id (str/int, required): The user to suggest the course to
        - accepted (bool, optional): Whether the suggestion is accepted
        - visible (bool, optional): Whether the suggestion is visible
        - metadata (dict, optional): Additional suggestion metadata

        Query Parameters (DELETE):
        suggestion_id (int, required): The ID of the suggestion to delete

        Returns:
        GET: A paginated JSON response containing course suggestions:
        {
        "count": 10,
        "next": "https://example.com/api/catalog/suggestions/course/manage/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "user_id": 456,
        "username": "student1",
        "name": "Student Name",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "course_id": "course-v1:org+course+run",
        "course_name": "Introduction to Programming"
        },
        ...
        ]
        }
        POST: A JSON response containing the created/updated suggestion:
        {
        "id": 123,
        "user_id": 456,
        "username": "student1",
        "name": "Student Name",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "course_id": "course-v1:org+course+run",
        "course_name": "Introduction to Programming"
        }
        DELETE: A success response with status 200

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid, or if suggestion operations fail
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage suggestions
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
        - Platform admins can manage suggestions for their platform
        - Department admins can manage suggestions for their departments
        - DM admins can manage all suggestions

        ``POST /api/catalog/suggestions/course/manage/`` (operation ``catalog_suggestions_course_manage_create``)

        Args:
            department_mode (bool | Unset): Filter suggestions by department admin access
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str): The platform to retrieve suggestions for
            platform_org (str | Unset): The organization identifier for the platform
            query (str | Unset): Search term to filter suggestions
            sort (str | Unset): Field to sort results by
            body (CourseSuggestionCreate): Request serializer for CourseSuggestionManagementView POST
                endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseSuggestionDetail
        """

        from .catalog_suggestions_course_manage_create import asyncio

        return await asyncio(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_suggestions_course_manage_create_detailed(
        self,
        *,
        body: CourseSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[CourseSuggestionDetail]:
        """Like `catalog_suggestions_course_manage_create`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_course_manage_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_suggestions_course_manage_destroy(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Any:
        """Delete single suggestion

        ``DELETE /api/catalog/suggestions/course/manage/`` (operation ``catalog_suggestions_course_manage_destroy``)

        Args:
            department_mode (bool | Unset): Flag to ensure department admins can call the API
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str): The platform to retrieve suggestions for
            platform_org (str | Unset): The organization identifier for the platform
            query (str | Unset): Search term to filter suggestions
            sort (str | Unset): Field to sort results by
            suggestion_id (int): The ID of the suggestion to delete

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_suggestions_course_manage_destroy import asyncio

        return await asyncio(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    async def catalog_suggestions_course_manage_destroy_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Response[Any]:
        """Like `catalog_suggestions_course_manage_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_course_manage_destroy import asyncio_detailed

        return await asyncio_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    async def catalog_suggestions_course_manage_bulk_create(
        self,
        *,
        body: CourseSuggestionBulkCreate,
    ) -> BulkSuggestionResponse:
        """API View for bulk management of course suggestions.

        This endpoint allows administrators to create multiple course suggestions at once.

        Methods:
        POST: Create multiple course suggestions in bulk

        Request Body:
        A JSON object containing:
        - platform_key (str, required): The platform for the suggestions
        - suggestion_data (list, required): List of suggestion objects, each containing:
        - course_id (str, required): The course ID to suggest
        - user_id (str/int, required): The user to suggest the course to
        - accepted (bool, optional): Whether the suggestion is accepted
        - visible (bool, optional): Whether the suggestion is visible
        - metadata (dict, optional): Additional suggestion metadata

        Returns:
        POST: A JSON response containing the operation results:
        {
        "successes": 15,
        "error_codes": []
        }

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage suggestions
        500 Internal Server Error: If an unexpected error occurs during bulk creation

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
        - Platform admins can create suggestions for their platform
        - Department admins can create suggestions for their departments
        - DM admins can create suggestions for any platform

        ``POST /api/catalog/suggestions/course/manage/bulk/`` (operation ``catalog_suggestions_course_manage_bulk_create``)

        Args:
            body (CourseSuggestionBulkCreate): Request serializer for
                CourseSuggestionBulkManagementView POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BulkSuggestionResponse
        """

        from .catalog_suggestions_course_manage_bulk_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_suggestions_course_manage_bulk_create_detailed(
        self,
        *,
        body: CourseSuggestionBulkCreate,
    ) -> Response[BulkSuggestionResponse]:
        """Like `catalog_suggestions_course_manage_bulk_create`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_course_manage_bulk_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_suggestions_course_manage_group_retrieve(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedCourseGroupSuggestion:
        """API View for managing course group suggestions.

        This endpoint allows administrators to view, create, and delete course suggestions for groups of
        users within a platform.

        Query Parameters (GET):
        platform_key (str, required): The platform to retrieve group suggestions for
        platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter group suggestions
        sort (str, optional): Field to sort results by (default: 'id')
        department_mode (bool, optional): Filter suggestions by department admin access
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Retrieve a paginated list of course group suggestions for a platform
        POST: Create or update a course group suggestion
        DELETE: Remove a course group suggestion

        Request Body (POST):
        A JSON object containing:
        - platform_key (str, required): The platform for the group suggestion
        - course_id (str, required): The course ID to suggest
        - group_id (str/int, required): The group to suggest the course to
        - accepted (bool, optional): Whether the suggestion is accepted
        - visible (bool, optional): Whether the suggestion is visible
        - metadata (dict, optional): Additional suggestion metadata

        Query Parameters (DELETE):
        suggestion_id (int, required): The ID of the group suggestion to delete

        Returns:
        GET: A paginated JSON response containing course group suggestions:
        {
        "count": 5,
        "next": "https://example.com/api/catalog/suggestions/course/group/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "group_id": 789,
        "group_name": "Engineering Team",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "course_id": "course-v1:org+course+run",
        "course_name": "Introduction to Programming",
        "user_count": 25
        },
        ...
        ]
        }
        POST: A JSON response containing the created/updated group suggestion:
        {
        "id": 123,
        "group_id": 789,
        "group_name": "Engineering Team",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "course_id": "course-v1:org+course+run",
        "course_name": "Introduction to Programming",
        "user_count": 25
        }
        DELETE: A success response with status 200

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid, or if group suggestion
        operations fail
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage group suggestions
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
        - Platform admins can manage group suggestions for their platform
        - Department admins can manage group suggestions for their departments
        - DM admins can manage all group suggestions

        ``GET /api/catalog/suggestions/course/manage/group/`` (operation ``catalog_suggestions_course_manage_group_retrieve``)

        Args:
            department_mode (bool | Unset): Filter suggestions by department admin access
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str): The platform to retrieve group suggestions for
            platform_org (str | Unset): The organization identifier for the platform
            query (str | Unset): Search term to filter group suggestions
            sort (str | Unset): Field to sort results by

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedCourseGroupSuggestion
        """

        from .catalog_suggestions_course_manage_group_retrieve import asyncio

        return await asyncio(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_suggestions_course_manage_group_retrieve_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedCourseGroupSuggestion]:
        """Like `catalog_suggestions_course_manage_group_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_course_manage_group_retrieve import asyncio_detailed

        return await asyncio_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_course_manage_group_retrieve_iter(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[CourseGroupSuggestionDetail]:
        """Every `CourseGroupSuggestionDetail` of `catalog_suggestions_course_manage_group_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_suggestions_course_manage_group_retrieve import asyncio

        return paginate(
            asyncio,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_suggestions_course_manage_group_create(
        self,
        *,
        body: CourseGroupSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> CourseGroupSuggestionDetail:
        """API View for managing course group suggestions.

        This endpoint allows administrators to view, create, and delete course suggestions for groups of
        users within a platform.

        Query Parameters (GET):
        platform_key (str, required): The platform to retrieve group suggestions for
        platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter group suggestions
        sort (str, optional): Field to sort results by (default: 'id')
        department_mode (bool, optional): Filter suggestions by department admin access
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Retrieve a paginated list of course group suggestions for a platform
        POST: Create or update a course group suggestion
        DELETE: Remove a course group suggestion

        Request Body (POST):
        A JSON object containing:
        - platform_key (str, required): The platform for the group suggestion
        - course_id (str, required): The course ID to suggest
        - group_id (str/int, required): The group to suggest the course to
        - accepted (bool, optional): Whether the suggestion is accepted
        - visible (bool, optional): Whether the suggestion is visible
        - metadata (dict, optional): Additional suggestion metadata

        Query Parameters (DELETE):
        suggestion_id (int, required): The ID of the group suggestion to delete

        Returns:
        GET: A paginated JSON response containing course group suggestions:
        {
        "count": 5,
        "next": "https://example.com/api/catalog/suggestions/course/group/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "group_id": 789,
        "group_name": "Engineering Team",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "course_id": "course-v1:org+course+run",
        "course_name": "Introduction to Programming",
        "user_count": 25
        },
        ...
        ]
        }
        POST: A JSON response containing the created/updated group suggestion:
        {
        "id": 123,
        "group_id": 789,
        "group_name": "Engineering Team",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "course_id": "course-v1:org+course+run",
        "course_name": "Introduction to Programming",
        "user_count": 25
        }
        DELETE: A success response with status 200

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid, or if group suggestion
        operations fail
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage group suggestions
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
        - Platform admins can manage group suggestions for their platform
        - Department admins can manage group suggestions for their departments
        - DM admins can manage all group suggestions

        ``POST /api/catalog/suggestions/course/manage/group/`` (operation ``catalog_suggestions_course_manage_group_create``)

        Args:
            department_mode (bool | Unset): Filter suggestions by department admin access
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str): The platform to retrieve group suggestions for
            platform_org (str | Unset): The organization identifier for the platform
            query (str | Unset): Search term to filter group suggestions
            sort (str | Unset): Field to sort results by
            body (CourseGroupSuggestionCreate): Request serializer for
                CourseGroupSuggestionManagementView POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseGroupSuggestionDetail
        """

        from .catalog_suggestions_course_manage_group_create import asyncio

        return await asyncio(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_suggestions_course_manage_group_create_detailed(
        self,
        *,
        body: CourseGroupSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[CourseGroupSuggestionDetail]:
        """Like `catalog_suggestions_course_manage_group_create`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_course_manage_group_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_suggestions_course_manage_group_destroy(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Any:
        """API View for managing course group suggestions.

        This endpoint allows administrators to view, create, and delete course suggestions for groups of
        users within a platform.

        Query Parameters (GET):
        platform_key (str, required): The platform to retrieve group suggestions for
        platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter group suggestions
        sort (str, optional): Field to sort results by (default: 'id')
        department_mode (bool, optional): Filter suggestions by department admin access
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Retrieve a paginated list of course group suggestions for a platform
        POST: Create or update a course group suggestion
        DELETE: Remove a course group suggestion

        Request Body (POST):
        A JSON object containing:
        - platform_key (str, required): The platform for the group suggestion
        - course_id (str, required): The course ID to suggest
        - group_id (str/int, required): The group to suggest the course to
        - accepted (bool, optional): Whether the suggestion is accepted
        - visible (bool, optional): Whether the suggestion is visible
        - metadata (dict, optional): Additional suggestion metadata

        Query Parameters (DELETE):
        suggestion_id (int, required): The ID of the group suggestion to delete

        Returns:
        GET: A paginated JSON response containing course group suggestions:
        {
        "count": 5,
        "next": "https://example.com/api/catalog/suggestions/course/group/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "group_id": 789,
        "group_name": "Engineering Team",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "course_id": "course-v1:org+course+run",
        "course_name": "Introduction to Programming",
        "user_count": 25
        },
        ...
        ]
        }
        POST: A JSON response containing the created/updated group suggestion:
        {
        "id": 123,
        "group_id": 789,
        "group_name": "Engineering Team",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "course_id": "course-v1:org+course+run",
        "course_name": "Introduction to Programming",
        "user_count": 25
        }
        DELETE: A success response with status 200

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid, or if group suggestion
        operations fail
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage group suggestions
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
        - Platform admins can manage group suggestions for their platform
        - Department admins can manage group suggestions for their departments
        - DM admins can manage all group suggestions

        ``DELETE /api/catalog/suggestions/course/manage/group/`` (operation ``catalog_suggestions_course_manage_group_destroy``)

        Args:
            department_mode (bool | Unset): Flag to ensure department admins can call the API
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str): The platform to retrieve group suggestions for
            platform_org (str | Unset): The organization identifier for the platform
            query (str | Unset): Search term to filter group suggestions
            sort (str | Unset): Field to sort results by
            suggestion_id (int): The ID of the group suggestion to delete

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_suggestions_course_manage_group_destroy import asyncio

        return await asyncio(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    async def catalog_suggestions_course_manage_group_destroy_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Response[Any]:
        """Like `catalog_suggestions_course_manage_group_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_course_manage_group_destroy import asyncio_detailed

        return await asyncio_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    async def catalog_suggestions_course_user_retrieve(
        self,
        *,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user: str,
        user_id: int | Unset = UNSET,
    ) -> PaginatedCourseSuggestion:
        """API View for retrieving course suggestions for a specific user.

        This endpoint allows users to view course suggestions that have been made for them, with support
        for filtering by platform and pagination.

        Query Parameters:
        user (str, required): Username or user ID to retrieve suggestions for
        platform_key (str, optional): Filter suggestions by platform key
        platform_org (str, optional): Filter suggestions by platform organization
        sort (str, optional): Field to sort results by (default: '-id')
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Retrieve a paginated list of course suggestions for a user

        Returns:
        GET: A paginated JSON response containing course suggestions:
        {
        "count": 10,
        "next": "https://example.com/api/catalog/suggestions/course/user/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "user_id": 456,
        "username": "student1",
        "name": "Student Name",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "course_id": "course-v1:org+course+run",
        "course_name": "Introduction to Programming"
        },
        ...
        ]
        }

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid, or if suggestion retrieval fails
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsEdxUserReadOnly permission
        - Users can view their own suggestions
        - Platform admins can view suggestions for users in their platform (read-only)
        - DM admins can view all suggestions

        ``GET /api/catalog/suggestions/course/user/`` (operation ``catalog_suggestions_course_user_retrieve``)

        Args:
            email (str | Unset): Email to retrieve suggestions for
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str | Unset): Filter suggestions by platform key
            platform_org (str | Unset): Filter suggestions by platform organization
            sort (str | Unset): Field to sort results by
            user (str): Username or user ID to retrieve suggestions for
            user_id (int | Unset): User ID to retrieve suggestions for

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedCourseSuggestion
        """

        from .catalog_suggestions_course_user_retrieve import asyncio

        return await asyncio(
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user=user,
            user_id=user_id,
            client=self._client,
        )

    async def catalog_suggestions_course_user_retrieve_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user: str,
        user_id: int | Unset = UNSET,
    ) -> Response[PaginatedCourseSuggestion]:
        """Like `catalog_suggestions_course_user_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_course_user_retrieve import asyncio_detailed

        return await asyncio_detailed(
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user=user,
            user_id=user_id,
            client=self._client,
        )

    def catalog_suggestions_course_user_retrieve_iter(
        self,
        *,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user: str,
        user_id: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[CourseSuggestionDetail]:
        """Every `CourseSuggestionDetail` of `catalog_suggestions_course_user_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_suggestions_course_user_retrieve import asyncio

        return paginate(
            asyncio,
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user=user,
            user_id=user_id,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_suggestions_pathway_manage_retrieve(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedPathwaySuggestion:
        """API View for managing pathway suggestions.

        This endpoint allows administrators to view, create, update, and delete pathway suggestions for
        users within a platform.

        Query Parameters (GET):
        platform_key (str, required): The platform to retrieve suggestions for
        platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions
        sort (str, optional): Field to sort results by (default: '-id')
        department_mode (bool, optional): Filter suggestions by department admin access
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Retrieve a paginated list of pathway suggestions for a platform
        POST: Create or update a pathway suggestion
        DELETE: Remove a pathway suggestion

        Request Body (POST):
        A JSON object containing:
        - platform_key (str, required): The platform for the suggestion
        - pathway_id (str, required): The pathway ID to suggest
        - user_id (str/int, required): The user to suggest the pathway to
        - accepted (bool, optional): Whether the suggestion is accepted
        - visible (bool, optional): Whether the suggestion is visible
        - metadata (dict, optional): Additional suggestion metadata

        Query Parameters (DELETE):
        suggestion_id (int, required): The ID of the suggestion to delete

        Returns:
        GET: A paginated JSON response containing pathway suggestions:
        {
        "count": 10,
        "next": "https://example.com/api/catalog/suggestions/pathway/manage/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "user_id": 456,
        "username": "student1",
        "name": "Student Name",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "pathway_id": "pathway-v1:org+pathway+run",
        "pathway_uuid": "12345678-1234-5678-1234-567812345678",
        "pathway_name": "Data Science Pathway",
        "pathway_platform_key": "platform1"
        },
        ...
        ]
        }
        POST: A JSON response containing the created/updated suggestion:
        {
        "id": 123,
        "user_id": 456,
        "username": "student1",
        "name": "Student Name",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "pathway_id": "pathway-v1:org+pathway+run",
        "pathway_uuid": "12345678-1234-5678-1234-567812345678",
        "pathway_name": "Data Science Pathway",
        "pathway_platform_key": "platform1"
        }
        DELETE: A success response with status 200

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid, or if suggestion operations fail
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage suggestions
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
        - Platform admins can manage suggestions for their platform
        - Department admins can manage suggestions for their departments
        - DM admins can manage all suggestions

        ``GET /api/catalog/suggestions/pathway/manage/`` (operation ``catalog_suggestions_pathway_manage_retrieve``)

        Args:
            department_mode (bool | Unset): Filter suggestions by department admin access
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str): The platform to retrieve suggestions for
            platform_org (str | Unset): The organization identifier for the platform
            query (str | Unset): Search term to filter suggestions
            sort (str | Unset): Field to sort results by

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedPathwaySuggestion
        """

        from .catalog_suggestions_pathway_manage_retrieve import asyncio

        return await asyncio(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_suggestions_pathway_manage_retrieve_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedPathwaySuggestion]:
        """Like `catalog_suggestions_pathway_manage_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_pathway_manage_retrieve import asyncio_detailed

        return await asyncio_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_pathway_manage_retrieve_iter(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[PathwaySuggestionDetail]:
        """Every `PathwaySuggestionDetail` of `catalog_suggestions_pathway_manage_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_suggestions_pathway_manage_retrieve import asyncio

        return paginate(
            asyncio,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_suggestions_pathway_manage_create(
        self,
        *,
        body: PathwaySuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PathwaySuggestionDetail:
        """API View for managing pathway suggestions.

        This endpoint allows administrators to view, create, update, and delete pathway suggestions for
        users within a platform.

        Query Parameters (GET):
        platform_key (str, required): The platform to retrieve suggestions for
        platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions
        sort (str, optional): Field to sort results by (default: '-id')
        department_mode (bool, optional): Filter suggestions by department admin access
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Retrieve a paginated list of pathway suggestions for a platform
        POST: Create or update a pathway suggestion
        DELETE: Remove a pathway suggestion

        Request Body (POST):
        A JSON object containing:
        - platform_key (str, required): The platform for the suggestion
        - pathway_id (str, required): The pathway ID to suggest
        - user_id (str/int, required): The user to suggest the pathway to
        - accepted (bool, optional): Whether the suggestion is accepted
        - visible (bool, optional): Whether the suggestion is visible
        - metadata (dict, optional): Additional suggestion metadata

        Query Parameters (DELETE):
        suggestion_id (int, required): The ID of the suggestion to delete

        Returns:
        GET: A paginated JSON response containing pathway suggestions:
        {
        "count": 10,
        "next": "https://example.com/api/catalog/suggestions/pathway/manage/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "user_id": 456,
        "username": "student1",
        "name": "Student Name",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "pathway_id": "pathway-v1:org+pathway+run",
        "pathway_uuid": "12345678-1234-5678-1234-567812345678",
        "pathway_name": "Data Science Pathway",
        "pathway_platform_key": "platform1"
        },
        ...
        ]
        }
        POST: A JSON response containing the created/updated suggestion:
        {
        "id": 123,
        "user_id": 456,
        "username": "student1",
        "name": "Student Name",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "pathway_id": "pathway-v1:org+pathway+run",
        "pathway_uuid": "12345678-1234-5678-1234-567812345678",
        "pathway_name": "Data Science Pathway",
        "pathway_platform_key": "platform1"
        }
        DELETE: A success response with status 200

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid, or if suggestion operations fail
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage suggestions
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
        - Platform admins can manage suggestions for their platform
        - Department admins can manage suggestions for their departments
        - DM admins can manage all suggestions

        ``POST /api/catalog/suggestions/pathway/manage/`` (operation ``catalog_suggestions_pathway_manage_create``)

        Args:
            department_mode (bool | Unset): Filter suggestions by department admin access
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str): The platform to retrieve suggestions for
            platform_org (str | Unset): The organization identifier for the platform
            query (str | Unset): Search term to filter suggestions
            sort (str | Unset): Field to sort results by
            body (PathwaySuggestionCreate): Request serializer for PathwaySuggestionManagementView
                POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PathwaySuggestionDetail
        """

        from .catalog_suggestions_pathway_manage_create import asyncio

        return await asyncio(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_suggestions_pathway_manage_create_detailed(
        self,
        *,
        body: PathwaySuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PathwaySuggestionDetail]:
        """Like `catalog_suggestions_pathway_manage_create`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_pathway_manage_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_suggestions_pathway_manage_destroy(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Any:
        """Delete single suggestion

        ``DELETE /api/catalog/suggestions/pathway/manage/`` (operation ``catalog_suggestions_pathway_manage_destroy``)

        Args:
            department_mode (bool | Unset): Flag to ensure department admins can call the API
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str): The platform to retrieve suggestions for
            platform_org (str | Unset): The organization identifier for the platform
            query (str | Unset): Search term to filter suggestions
            sort (str | Unset): Field to sort results by
            suggestion_id (int): The ID of the suggestion to delete

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_suggestions_pathway_manage_destroy import asyncio

        return await asyncio(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    async def catalog_suggestions_pathway_manage_destroy_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Response[Any]:
        """Like `catalog_suggestions_pathway_manage_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_pathway_manage_destroy import asyncio_detailed

        return await asyncio_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    async def catalog_suggestions_pathway_manage_bulk_create(
        self,
        *,
        body: PathwaySuggestionBulkCreate,
    ) -> BulkSuggestionResponse:
        """API View for bulk creation of pathway suggestions.

        This endpoint allows administrators to create multiple pathway suggestions at once.

        Methods:
        POST: Create multiple pathway suggestions in a single request

        Request Body:
        A JSON object containing:
        - platform_key (str, required): The platform for the suggestions
        - suggestion_data (list, required): List of suggestion objects, each containing:
        - pathway_id (str, required): The pathway ID to suggest
        - user_id (str/int, required): The user to suggest the pathway to
        - accepted (bool, optional): Whether the suggestion is accepted
        - visible (bool, optional): Whether the suggestion is visible
        - metadata (dict, optional): Additional suggestion metadata

        Returns:
        POST: A JSON response containing the operation results:
        {
        "successes": 15,
        "error_codes": []
        }

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage suggestions
        500 Internal Server Error: If an unexpected error occurs during bulk creation

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
        - Platform admins can create suggestions for their platform
        - Department admins can create suggestions for their departments
        - DM admins can create suggestions for any platform

        ``POST /api/catalog/suggestions/pathway/manage/bulk/`` (operation ``catalog_suggestions_pathway_manage_bulk_create``)

        Args:
            body (PathwaySuggestionBulkCreate): Request serializer for
                PathwaySuggestionBulkManagementView POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BulkSuggestionResponse
        """

        from .catalog_suggestions_pathway_manage_bulk_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_suggestions_pathway_manage_bulk_create_detailed(
        self,
        *,
        body: PathwaySuggestionBulkCreate,
    ) -> Response[BulkSuggestionResponse]:
        """Like `catalog_suggestions_pathway_manage_bulk_create`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_pathway_manage_bulk_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_suggestions_pathway_manage_group_retrieve(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedPathwayGroupSuggestion:
        """API View for managing pathway group suggestions.

        This endpoint allows administrators to view, create, and delete pathway suggestions for groups
        of users within a platform.

        Query Parameters (GET):
        platform_key (str, required): The platform to retrieve group suggestions for
        platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter group suggestions
        sort (str, optional): Field to sort results by (default: 'id')
        department_mode (bool, optional): Filter suggestions by department admin access
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Retrieve a paginated list of pathway group suggestions for a platform
        POST: Create or update a pathway group suggestion
        DELETE: Remove a pathway group suggestion

        Request Body (POST):
        A JSON object containing:
        - platform_key (str, required): The platform for the group suggestion
        - pathway_id (str, required): The pathway ID to suggest
        - group_id (str/int, required): The group to suggest the pathway to
        - accepted (bool, optional): Whether the suggestion is accepted
        - visible (bool, optional): Whether the suggestion is visible
        - metadata (dict, optional): Additional suggestion metadata

        Query Parameters (DELETE):
        suggestion_id (int, required): The ID of the group suggestion to delete

        Returns:
        GET: A paginated JSON response containing pathway group suggestions:
        {
        "count": 5,
        "next": "https://example.com/api/catalog/suggestions/pathway/group/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "group_id": 789,
        "group_name": "Engineering Team",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "pathway_id": "pathway-v1:org+pathway+run",
        "pathway_uuid": "12345678-1234-5678-1234-567812345678",
        "pathway_name": "Data Science Pathway",
        "pathway_platform_key": "platform1",
        "user_count": 25
        },
        ...
        ]
        }
        POST: A JSON response containing the created/updated group suggestion:
        {
        "id": 123,
        "group_id": 789,
        "group_name": "Engineering Team",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "pathway_id": "pathway-v1:org+pathway+run",
        "pathway_uuid": "12345678-1234-5678-1234-567812345678",
        "pathway_name": "Data Science Pathway",
        "pathway_platform_key": "platform1",
        "user_count": 25
        }
        DELETE: A success response with status 200

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid, or if group suggestion
        operations fail
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage group suggestions
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
        - Platform admins can manage group suggestions for their platform
        - Department admins can manage group suggestions for their departments
        - DM admins can manage all group suggestions

        ``GET /api/catalog/suggestions/pathway/manage/group/`` (operation ``catalog_suggestions_pathway_manage_group_retrieve``)

        Args:
            department_mode (bool | Unset): Filter suggestions by department admin access
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str): The platform to retrieve group suggestions for
            platform_org (str | Unset): The organization identifier for the platform
            query (str | Unset): Search term to filter group suggestions
            sort (str | Unset): Field to sort results by

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedPathwayGroupSuggestion
        """

        from .catalog_suggestions_pathway_manage_group_retrieve import asyncio

        return await asyncio(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_suggestions_pathway_manage_group_retrieve_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedPathwayGroupSuggestion]:
        """Like `catalog_suggestions_pathway_manage_group_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_pathway_manage_group_retrieve import asyncio_detailed

        return await asyncio_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_pathway_manage_group_retrieve_iter(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[PathwayGroupSuggestionDetail]:
        """Every `PathwayGroupSuggestionDetail` of `catalog_suggestions_pathway_manage_group_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_suggestions_pathway_manage_group_retrieve import asyncio

        return paginate(
            asyncio,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_suggestions_pathway_manage_group_create(
        self,
        *,
        body: PathwayGroupSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PathwayGroupSuggestionDetail:
        """API View for managing pathway group suggestions.

        This endpoint allows administrators to view, create, and delete pathway suggestions for groups
        of users within a platform.

        Query Parameters (GET):
        platform_key (str, required): The platform to retrieve group suggestions for
        platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter group suggestions
        sort (str, optional): Field to sort results by (default: 'id')
        department_mode (bool, optional): Filter suggestions by department admin access
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Retrieve a paginated list of pathway group suggestions for a platform
        POST: Create or update a pathway group suggestion
        DELETE: Remove a pathway group suggestion

        Request Body (POST):
        A JSON object containing:
        - platform_key (str, required): The platform for the group suggestion
        - pathway_id (str, required): The pathway ID to suggest
        - group_id (str/int, required): The group to suggest the pathway to
        - accepted (bool, optional): Whether the suggestion is accepted
        - visible (bool, optional): Whether the suggestion is visible
        - metadata (dict, optional): Additional suggestion metadata

        Query Parameters (DELETE):
        suggestion_id (int, required): The ID of the group suggestion to delete

        Returns:
        GET: A paginated JSON response containing pathway group suggestions:
        {
        "count": 5,
        "next": "https://example.com/api/catalog/suggestions/pathway/group/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "group_id": 789,
        "group_name": "Engineering Team",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "pathway_id": "pathway-v1:org+pathway+run",
        "pathway_uuid": "12345678-1234-5678-1234-567812345678",
        "pathway_name": "Data Science Pathway",
        "pathway_platform_key": "platform1",
        "user_count": 25
        },
        ...
        ]
        }
        POST: A JSON response containing the created/updated group suggestion:
        {
        "id": 123,
        "group_id": 789,
        "group_name": "Engineering Team",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "pathway_id": "pathway-v1:org+pathway+run",
        "pathway_uuid": "12345678-1234-5678-1234-567812345678",
        "pathway_name": "Data Science Pathway",
        "pathway_platform_key": "platform1",
        "user_count": 25
        }
        DELETE: A success response with status 200

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid, or if group suggestion
        operations fail
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage group suggestions
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
        - Platform admins can manage group suggestions for their platform
        - Department admins can manage group suggestions for their departments
        - DM admins can manage all group suggestions

        ``POST /api/catalog/suggestions/pathway/manage/group/`` (operation ``catalog_suggestions_pathway_manage_group_create``)

        Args:
            department_mode (bool | Unset): Filter suggestions by department admin access
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str): The platform to retrieve group suggestions for
            platform_org (str | Unset): The organization identifier for the platform
            query (str | Unset): Search term to filter group suggestions
            sort (str | Unset): Field to sort results by
            body (PathwayGroupSuggestionCreate): Request serializer for
                PathwayGroupSuggestionManagementView POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PathwayGroupSuggestionDetail
        """

        from .catalog_suggestions_pathway_manage_group_create import asyncio

        return await asyncio(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_suggestions_pathway_manage_group_create_detailed(
        self,
        *,
        body: PathwayGroupSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PathwayGroupSuggestionDetail]:
        """Like `catalog_suggestions_pathway_manage_group_create`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_pathway_manage_group_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_suggestions_pathway_manage_group_destroy(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Any:
        """API View for managing pathway group suggestions.

        This endpoint allows administrators to view, create, and delete pathway suggestions for groups
        of users within a platform.

        Query Parameters (GET):
        platform_key (str, required): The platform to retrieve group suggestions for
        platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter group suggestions
        sort (str, optional): Field to sort results by (default: 'id')
        department_mode (bool, optional): Filter suggestions by department admin access
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Retrieve a paginated list of pathway group suggestions for a platform
        POST: Create or update a pathway group suggestion
        DELETE: Remove a pathway group suggestion

        Request Body (POST):
        A JSON object containing:
        - platform_key (str, required): The platform for the group suggestion
        - pathway_id (str, required): The pathway ID to suggest
        - group_id (str/int, required): The group to suggest the pathway to
        - accepted (bool, optional): Whether the suggestion is accepted
        - visible (bool, optional): Whether the suggestion is visible
        - metadata (dict, optional): Additional suggestion metadata

        Query Parameters (DELETE):
        suggestion_id (int, required): The ID of the group suggestion to delete

        Returns:
        GET: A paginated JSON response containing pathway group suggestions:
        {
        "count": 5,
        "next": "https://example.com/api/catalog/suggestions/pathway/group/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "group_id": 789,
        "group_name": "Engineering Team",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "pathway_id": "pathway-v1:org+pathway+run",
        "pathway_uuid": "12345678-1234-5678-1234-567812345678",
        "pathway_name": "Data Science Pathway",
        "pathway_platform_key": "platform1",
        "user_count": 25
        },
        ...
        ]
        }
        POST: A JSON response containing the created/updated group suggestion:
        {
        "id": 123,
        "group_id": 789,
        "group_name": "Engineering Team",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "pathway_id": "pathway-v1:org+pathway+run",
        "pathway_uuid": "12345678-1234-5678-1234-567812345678",
        "pathway_name": "Data Science Pathway",
        "pathway_platform_key": "platform1",
        "user_count": 25
        }
        DELETE: A success response with status 200

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid, or if group suggestion
        operations fail
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage group suggestions
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
        - Platform admins can manage group suggestions for their platform
        - Department admins can manage group suggestions for their departments
        - DM admins can manage all group suggestions

        ``DELETE /api/catalog/suggestions/pathway/manage/group/`` (operation ``catalog_suggestions_pathway_manage_group_destroy``)

        Args:
            department_mode (bool | Unset): Flag to ensure department admins can call the API
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str): The platform to retrieve group suggestions for
            platform_org (str | Unset): The organization identifier for the platform
            query (str | Unset): Search term to filter group suggestions
            sort (str | Unset): Field to sort results by
            suggestion_id (int): The ID of the group suggestion to delete

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_suggestions_pathway_manage_group_destroy import asyncio

        return await asyncio(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    async def catalog_suggestions_pathway_manage_group_destroy_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Response[Any]:
        """Like `catalog_suggestions_pathway_manage_group_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_pathway_manage_group_destroy import asyncio_detailed

        return await asyncio_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    async def catalog_suggestions_pathway_user_retrieve(
        self,
        *,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str,
    ) -> PaginatedPathwaySuggestion:
        """API View for retrieving pathway suggestions for a specific user.

        This endpoint allows users to view pathway suggestions that have been made for them, with
        support for filtering by platform and pagination.

        Query Parameters:
        user (str, required): Username or user ID to retrieve suggestions for
        platform_key (str, optional): Filter suggestions by platform key
        platform_org (str, optional): Filter suggestions by platform organization
        sort (str, optional): Field to sort results by (default: '-id')
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Retrieve a paginated list of pathway suggestions for a user

        Returns:
        GET: A paginated JSON response containing pathway suggestions:
        {
        "count": 10,
        "next": "https://example.com/api/catalog/suggestions/pathway/user/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "user_id": 456,
        "username": "student1",
        "name": "Student Name",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "pathway_id": "pathway-v1:org+pathway+run",
        "pathway_uuid": "12345678-1234-5678-1234-567812345678",
        "pathway_name": "Data Science Pathway",
        "pathway_platform_key": "platform1"
        },
        ...
        ]
        }

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid, or if suggestion retrieval fails
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsEdxUserReadOnly permission
        - Users can view their own suggestions
        - Platform admins can view suggestions for users in their platform (read-only)
        - DM admins can view all suggestions

        ``GET /api/catalog/suggestions/pathway/user/`` (operation ``catalog_suggestions_pathway_user_retrieve``)

        Args:
            email (str | Unset): Email to retrieve suggestions for
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str | Unset): Filter suggestions by platform key
            platform_org (str | Unset): Filter suggestions by platform organization
            sort (str | Unset): Field to sort results by
            user_id (int | Unset): User ID to retrieve suggestions for
            username (str): Username or user ID to retrieve suggestions for

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedPathwaySuggestion
        """

        from .catalog_suggestions_pathway_user_retrieve import asyncio

        return await asyncio(
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_suggestions_pathway_user_retrieve_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str,
    ) -> Response[PaginatedPathwaySuggestion]:
        """Like `catalog_suggestions_pathway_user_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_pathway_user_retrieve import asyncio_detailed

        return await asyncio_detailed(
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_suggestions_pathway_user_retrieve_iter(
        self,
        *,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[PathwaySuggestionDetail]:
        """Every `PathwaySuggestionDetail` of `catalog_suggestions_pathway_user_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_suggestions_pathway_user_retrieve import asyncio

        return paginate(
            asyncio,
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_suggestions_program_manage_retrieve(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedProgramSuggestion:
        """API View for managing program suggestions.

        This endpoint allows administrators to view, create, update, and delete program suggestions for
        users within a platform.

        Query Parameters (GET):
        platform_key (str, required): The platform to retrieve suggestions for
        platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions
        sort (str, optional): Field to sort results by (default: '-id')
        department_mode (bool, optional): Filter suggestions by department admin access
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Retrieve a paginated list of program suggestions for a platform
        POST: Create or update a program suggestion
        DELETE: Remove a program suggestion

        Request Body (POST):
        A JSON object containing:
        - platform_key (str, required): The platform for the suggestion
        - program_key (str, required): The program key to suggest
        - user_id (str/int, required): The user to suggest the program to
        - accepted (bool, optional): Whether the suggestion is accepted
        - visible (bool, optional): Whether the suggestion is visible
        - metadata (dict, optional): Additional suggestion metadata

        Query Parameters (DELETE):
        suggestion_id (int, required): The ID of the suggestion to delete

        Returns:
        GET: A paginated JSON response containing program suggestions:
        {
        "count": 10,
        "next": "https://example.com/api/catalog/suggestions/program/manage/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "user_id": 456,
        "username": "student1",
        "name": "Student Name",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "program_key": "program-v1:org+program+run",
        "program_name": "Data Science Program"
        },
        ...
        ]
        }
        POST: A JSON response containing the created/updated suggestion:
        {
        "id": 123,
        "user_id": 456,
        "username": "student1",
        "name": "Student Name",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "program_key": "program-v1:org+program+run",
        "program_name": "Data Science Program"
        }
        DELETE: A success response with status 200

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid, or if suggestion operations fail
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage suggestions
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
        - Platform admins can manage suggestions for their platform
        - Department admins can manage suggestions for their departments
        - DM admins can manage all suggestions

        ``GET /api/catalog/suggestions/program/manage/`` (operation ``catalog_suggestions_program_manage_retrieve``)

        Args:
            department_mode (bool | Unset): Filter suggestions by department admin access
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str): The platform to retrieve suggestions for
            platform_org (str | Unset): The organization identifier for the platform
            query (str | Unset): Search term to filter suggestions
            sort (str | Unset): Field to sort results by

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedProgramSuggestion
        """

        from .catalog_suggestions_program_manage_retrieve import asyncio

        return await asyncio(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_suggestions_program_manage_retrieve_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedProgramSuggestion]:
        """Like `catalog_suggestions_program_manage_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_program_manage_retrieve import asyncio_detailed

        return await asyncio_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_program_manage_retrieve_iter(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[ProgramSuggestionDetail]:
        """Every `ProgramSuggestionDetail` of `catalog_suggestions_program_manage_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_suggestions_program_manage_retrieve import asyncio

        return paginate(
            asyncio,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_suggestions_program_manage_create(
        self,
        *,
        body: ProgramSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> ProgramSuggestionDetail:
        """API View for managing program suggestions.

        This endpoint allows administrators to view, create, update, and delete program suggestions for
        users within a platform.

        Query Parameters (GET):
        platform_key (str, required): The platform to retrieve suggestions for
        platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions
        sort (str, optional): Field to sort results by (default: '-id')
        department_mode (bool, optional): Filter suggestions by department admin access
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Retrieve a paginated list of program suggestions for a platform
        POST: Create or update a program suggestion
        DELETE: Remove a program suggestion

        Request Body (POST):
        A JSON object containing:
        - platform_key (str, required): The platform for the suggestion
        - program_key (str, required): The program key to suggest
        - user_id (str/int, required): The user to suggest the program to
        - accepted (bool, optional): Whether the suggestion is accepted
        - visible (bool, optional): Whether the suggestion is visible
        - metadata (dict, optional): Additional suggestion metadata

        Query Parameters (DELETE):
        suggestion_id (int, required): The ID of the suggestion to delete

        Returns:
        GET: A paginated JSON response containing program suggestions:
        {
        "count": 10,
        "next": "https://example.com/api/catalog/suggestions/program/manage/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "user_id": 456,
        "username": "student1",
        "name": "Student Name",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "program_key": "program-v1:org+program+run",
        "program_name": "Data Science Program"
        },
        ...
        ]
        }
        POST: A JSON response containing the created/updated suggestion:
        {
        "id": 123,
        "user_id": 456,
        "username": "student1",
        "name": "Student Name",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "program_key": "program-v1:org+program+run",
        "program_name": "Data Science Program"
        }
        DELETE: A success response with status 200

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid, or if suggestion operations fail
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage suggestions
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
        - Platform admins can manage suggestions for their platform
        - Department admins can manage suggestions for their departments
        - DM admins can manage all suggestions

        ``POST /api/catalog/suggestions/program/manage/`` (operation ``catalog_suggestions_program_manage_create``)

        Args:
            department_mode (bool | Unset): Filter suggestions by department admin access
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str): The platform to retrieve suggestions for
            platform_org (str | Unset): The organization identifier for the platform
            query (str | Unset): Search term to filter suggestions
            sort (str | Unset): Field to sort results by
            body (ProgramSuggestionCreate): Request serializer for ProgramSuggestionManagementView
                POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramSuggestionDetail
        """

        from .catalog_suggestions_program_manage_create import asyncio

        return await asyncio(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_suggestions_program_manage_create_detailed(
        self,
        *,
        body: ProgramSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[ProgramSuggestionDetail]:
        """Like `catalog_suggestions_program_manage_create`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_program_manage_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_suggestions_program_manage_destroy(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Any:
        """API View for managing program suggestions.

        This endpoint allows administrators to view, create, update, and delete program suggestions for
        users within a platform.

        Query Parameters (GET):
        platform_key (str, required): The platform to retrieve suggestions for
        platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions
        sort (str, optional): Field to sort results by (default: '-id')
        department_mode (bool, optional): Filter suggestions by department admin access
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Retrieve a paginated list of program suggestions for a platform
        POST: Create or update a program suggestion
        DELETE: Remove a program suggestion

        Request Body (POST):
        A JSON object containing:
        - platform_key (str, required): The platform for the suggestion
        - program_key (str, required): The program key to suggest
        - user_id (str/int, required): The user to suggest the program to
        - accepted (bool, optional): Whether the suggestion is accepted
        - visible (bool, optional): Whether the suggestion is visible
        - metadata (dict, optional): Additional suggestion metadata

        Query Parameters (DELETE):
        suggestion_id (int, required): The ID of the suggestion to delete

        Returns:
        GET: A paginated JSON response containing program suggestions:
        {
        "count": 10,
        "next": "https://example.com/api/catalog/suggestions/program/manage/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "user_id": 456,
        "username": "student1",
        "name": "Student Name",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "program_key": "program-v1:org+program+run",
        "program_name": "Data Science Program"
        },
        ...
        ]
        }
        POST: A JSON response containing the created/updated suggestion:
        {
        "id": 123,
        "user_id": 456,
        "username": "student1",
        "name": "Student Name",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "program_key": "program-v1:org+program+run",
        "program_name": "Data Science Program"
        }
        DELETE: A success response with status 200

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid, or if suggestion operations fail
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage suggestions
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
        - Platform admins can manage suggestions for their platform
        - Department admins can manage suggestions for their departments
        - DM admins can manage all suggestions

        ``DELETE /api/catalog/suggestions/program/manage/`` (operation ``catalog_suggestions_program_manage_destroy``)

        Args:
            department_mode (bool | Unset): Filter suggestions by department admin access
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str | Unset): The platform to delete the suggestion from
            platform_org (str | Unset): The organization identifier for the platform
            query (str | Unset): Search term to filter suggestions
            sort (str | Unset): Field to sort results by
            suggestion_id (int): The ID of the suggestion to delete

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_suggestions_program_manage_destroy import asyncio

        return await asyncio(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    async def catalog_suggestions_program_manage_destroy_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Response[Any]:
        """Like `catalog_suggestions_program_manage_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_program_manage_destroy import asyncio_detailed

        return await asyncio_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    async def catalog_suggestions_program_manage_bulk_create(
        self,
        *,
        body: ProgramSuggestionBulkCreate,
    ) -> BulkSuggestionResponse:
        """API View for bulk creation of program suggestions.

        This endpoint allows administrators to create multiple program suggestions at once.

        Methods:
        POST: Create multiple program suggestions in bulk

        Request Body:
        A JSON object containing:
        - platform_key (str, required): The platform for the suggestions
        - suggestion_data (array, required): Array of suggestion objects with:
        - program_key (str, required): The program key to suggest
        - user_id (str/int, required): The user to suggest the program to
        - accepted (bool, optional): Whether the suggestion is accepted
        - visible (bool, optional): Whether the suggestion is visible
        - metadata (dict, optional): Additional suggestion metadata

        Returns:
        POST: A JSON response containing the results of the bulk operation:
        {
        "successes": 15,
        "error_codes": []
        }

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to create suggestions
        500 Internal Server Error: If an unexpected error occurs during bulk creation

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
        - Platform admins can create suggestions for their platform
        - Department admins can create suggestions for their departments
        - DM admins can create suggestions for all platforms

        ``POST /api/catalog/suggestions/program/manage/bulk/`` (operation ``catalog_suggestions_program_manage_bulk_create``)

        Args:
            body (ProgramSuggestionBulkCreate): Request serializer for
                ProgramSuggestionBulkManagementView POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BulkSuggestionResponse
        """

        from .catalog_suggestions_program_manage_bulk_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def catalog_suggestions_program_manage_bulk_create_detailed(
        self,
        *,
        body: ProgramSuggestionBulkCreate,
    ) -> Response[BulkSuggestionResponse]:
        """Like `catalog_suggestions_program_manage_bulk_create`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_program_manage_bulk_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def catalog_suggestions_program_manage_group_retrieve(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedProgramGroupSuggestion:
        """API View for managing program group suggestions.

        This endpoint allows administrators to view, create, and delete program suggestions for groups
        of users within a platform.

        Query Parameters (GET):
        platform_key (str, required): The platform to retrieve group suggestions for
        platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter group suggestions
        sort (str, optional): Field to sort results by (default: 'id')
        department_mode (bool, optional): Filter suggestions by department admin access
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Retrieve a paginated list of program group suggestions for a platform
        POST: Create or update a program group suggestion
        DELETE: Remove a program group suggestion

        Request Body (POST):
        A JSON object containing:
        - platform_key (str, required): The platform for the group suggestion
        - program_key (str, required): The program key to suggest
        - group_id (str/int, required): The group to suggest the program to
        - accepted (bool, optional): Whether the suggestion is accepted
        - visible (bool, optional): Whether the suggestion is visible
        - metadata (dict, optional): Additional suggestion metadata

        Query Parameters (DELETE):
        suggestion_id (int, required): The ID of the group suggestion to delete

        Returns:
        GET: A paginated JSON response containing program group suggestions:
        {
        "count": 5,
        "next": "https://example.com/api/catalog/suggestions/program/group/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "group_id": 789,
        "group_name": "Engineering Team",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "program_key": "program-v1:org+program+run",
        "program_name": "Data Science Program",
        "user_count": 25
        },
        ...
        ]
        }
        POST: A JSON response containing the created/updated group suggestion:
        {
        "id": 123,
        "group_id": 789,
        "group_name": "Engineering Team",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "program_key": "program-v1:org+program+run",
        "program_name": "Data Science Program",
        "user_count": 25
        }
        DELETE: A success response with status 200

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid, or if group suggestion
        operations fail
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage group suggestions
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
        - Platform admins can manage group suggestions for their platform
        - Department admins can manage group suggestions for their departments
        - DM admins can manage all group suggestions

        ``GET /api/catalog/suggestions/program/manage/group/`` (operation ``catalog_suggestions_program_manage_group_retrieve``)

        Args:
            department_mode (bool | Unset): Filter suggestions by department admin access
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str): The platform to retrieve group suggestions for
            platform_org (str | Unset): The organization identifier for the platform
            query (str | Unset): Search term to filter group suggestions
            sort (str | Unset): Field to sort results by

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedProgramGroupSuggestion
        """

        from .catalog_suggestions_program_manage_group_retrieve import asyncio

        return await asyncio(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_suggestions_program_manage_group_retrieve_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedProgramGroupSuggestion]:
        """Like `catalog_suggestions_program_manage_group_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_program_manage_group_retrieve import asyncio_detailed

        return await asyncio_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_program_manage_group_retrieve_iter(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[ProgramGroupSuggestionDetail]:
        """Every `ProgramGroupSuggestionDetail` of `catalog_suggestions_program_manage_group_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_suggestions_program_manage_group_retrieve import asyncio

        return paginate(
            asyncio,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def catalog_suggestions_program_manage_group_create(
        self,
        *,
        body: ProgramGroupSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> ProgramGroupSuggestionDetail:
        """API View for managing program group suggestions.

        This endpoint allows administrators to view, create, and delete program suggestions for groups
        of users within a platform.

        Query Parameters (GET):
        platform_key (str, required): The platform to retrieve group suggestions for
        platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter group suggestions
        sort (str, optional): Field to sort results by (default: 'id')
        department_mode (bool, optional): Filter suggestions by department admin access
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Retrieve a paginated list of program group suggestions for a platform
        POST: Create or update a program group suggestion
        DELETE: Remove a program group suggestion

        Request Body (POST):
        A JSON object containing:
        - platform_key (str, required): The platform for the group suggestion
        - program_key (str, required): The program key to suggest
        - group_id (str/int, required): The group to suggest the program to
        - accepted (bool, optional): Whether the suggestion is accepted
        - visible (bool, optional): Whether the suggestion is visible
        - metadata (dict, optional): Additional suggestion metadata

        Query Parameters (DELETE):
        suggestion_id (int, required): The ID of the group suggestion to delete

        Returns:
        GET: A paginated JSON response containing program group suggestions:
        {
        "count": 5,
        "next": "https://example.com/api/catalog/suggestions/program/group/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "group_id": 789,
        "group_name": "Engineering Team",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "program_key": "program-v1:org+program+run",
        "program_name": "Data Science Program",
        "user_count": 25
        },
        ...
        ]
        }
        POST: A JSON response containing the created/updated group suggestion:
        {
        "id": 123,
        "group_id": 789,
        "group_name": "Engineering Team",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "program_key": "program-v1:org+program+run",
        "program_name": "Data Science Program",
        "user_count": 25
        }
        DELETE: A success response with status 200

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid, or if group suggestion
        operations fail
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage group suggestions
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
        - Platform admins can manage group suggestions for their platform
        - Department admins can manage group suggestions for their departments
        - DM admins can manage all group suggestions

        ``POST /api/catalog/suggestions/program/manage/group/`` (operation ``catalog_suggestions_program_manage_group_create``)

        Args:
            department_mode (bool | Unset): Filter suggestions by department admin access
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str): The platform to retrieve group suggestions for
            platform_org (str | Unset): The organization identifier for the platform
            query (str | Unset): Search term to filter group suggestions
            sort (str | Unset): Field to sort results by
            body (ProgramGroupSuggestionCreate): Request serializer for
                ProgramGroupSuggestionManagementView POST endpoint

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ProgramGroupSuggestionDetail
        """

        from .catalog_suggestions_program_manage_group_create import asyncio

        return await asyncio(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_suggestions_program_manage_group_create_detailed(
        self,
        *,
        body: ProgramGroupSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[ProgramGroupSuggestionDetail]:
        """Like `catalog_suggestions_program_manage_group_create`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_program_manage_group_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    async def catalog_suggestions_program_manage_group_destroy(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Any:
        """API View for managing program group suggestions.

        This endpoint allows administrators to view, create, and delete program suggestions for groups
        of users within a platform.

        Query Parameters (GET):
        platform_key (str, required): The platform to retrieve group suggestions for
        platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter group suggestions
        sort (str, optional): Field to sort results by (default: 'id')
        department_mode (bool, optional): Filter suggestions by department admin access
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Retrieve a paginated list of program group suggestions for a platform
        POST: Create or update a program group suggestion
        DELETE: Remove a program group suggestion

        Request Body (POST):
        A JSON object containing:
        - platform_key (str, required): The platform for the group suggestion
        - program_key (str, required): The program key to suggest
        - group_id (str/int, required): The group to suggest the program to
        - accepted (bool, optional): Whether the suggestion is accepted
        - visible (bool, optional): Whether the suggestion is visible
        - metadata (dict, optional): Additional suggestion metadata

        Query Parameters (DELETE):
        suggestion_id (int, required): The ID of the group suggestion to delete

        Returns:
        GET: A paginated JSON response containing program group suggestions:
        {
        "count": 5,
        "next": "https://example.com/api/catalog/suggestions/program/group/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "group_id": 789,
        "group_name": "Engineering Team",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "program_key": "program-v1:org+program+run",
        "program_name": "Data Science Program",
        "user_count": 25
        },
        ...
        ]
        }
        POST: A JSON response containing the created/updated group suggestion:
        {
        "id": 123,
        "group_id": 789,
        "group_name": "Engineering Team",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "program_key": "program-v1:org+program+run",
        "program_name": "Data Science Program",
        "user_count": 25
        }
        DELETE: A success response with status 200

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid, or if group suggestion
        operations fail
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage group suggestions
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
        - Platform admins can manage group suggestions for their platform
        - Department admins can manage group suggestions for their departments
        - DM admins can manage all group suggestions

        ``DELETE /api/catalog/suggestions/program/manage/group/`` (operation ``catalog_suggestions_program_manage_group_destroy``)

        Args:
            department_mode (bool | Unset): Flag to ensure department admins can call the API
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str): The platform to retrieve group suggestions for
            platform_org (str | Unset): The organization identifier for the platform
            query (str | Unset): Search term to filter group suggestions
            sort (str | Unset): Field to sort results by
            suggestion_id (int): The ID of the group suggestion to delete

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .catalog_suggestions_program_manage_group_destroy import asyncio

        return await asyncio(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    async def catalog_suggestions_program_manage_group_destroy_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Response[Any]:
        """Like `catalog_suggestions_program_manage_group_destroy`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_program_manage_group_destroy import asyncio_detailed

        return await asyncio_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    async def catalog_suggestions_program_user_retrieve(
        self,
        *,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str,
    ) -> PaginatedProgramSuggestion:
        """API View for retrieving program suggestions for a specific user.

        This endpoint allows users to view program suggestions that have been made for them, with
        support for filtering by platform and pagination.

        Query Parameters:
        user (str, required): Username or user ID to retrieve suggestions for
        platform_key (str, optional): Filter suggestions by platform key
        platform_org (str, optional): Filter suggestions by platform organization
        sort (str, optional): Field to sort results by (default: '-id')
        page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page

        Methods:
        GET: Retrieve a paginated list of program suggestions for a user

        Returns:
        GET: A paginated JSON response containing program suggestions:
        {
        "count": 10,
        "next": "https://example.com/api/catalog/suggestions/program/user/?page=2",
        "previous": null,
        "results": [
        {
        "id": 123,
        "user_id": 456,
        "username": "student1",
        "name": "Student Name",
        "platform_key": "platform1",
        "accepted": false,
        "visible": true,
        "created": "2023-06-15T14:30:00Z",
        "modified": "2023-06-15T14:30:00Z",
        "metadata": {},
        "program_key": "program-v1:org+program+run",
        "program_name": "Data Science Program"
        },
        ...
        ]
        }

        Error Responses:
        400 Bad Request: If required parameters are missing or invalid, or if suggestion retrieval fails
        401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsEdxUserReadOnly permission
        - Users can view their own suggestions
        - Platform admins can view suggestions for users in their platform (read-only)
        - DM admins can view all suggestions

        ``GET /api/catalog/suggestions/program/user/`` (operation ``catalog_suggestions_program_user_retrieve``)

        Args:
            email (str | Unset): Email to retrieve suggestions for
            page (int | Unset): Page number for pagination
            page_size (int | Unset): Number of items per page
            platform_key (str | Unset): Filter suggestions by platform key
            platform_org (str | Unset): Filter suggestions by platform organization
            sort (str | Unset): Field to sort results by
            user_id (int | Unset): User ID to retrieve suggestions for
            username (str): Username or user ID to retrieve suggestions for

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedProgramSuggestion
        """

        from .catalog_suggestions_program_user_retrieve import asyncio

        return await asyncio(
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def catalog_suggestions_program_user_retrieve_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str,
    ) -> Response[PaginatedProgramSuggestion]:
        """Like `catalog_suggestions_program_user_retrieve`, returning the whole `Response` and raising no status error."""
        from .catalog_suggestions_program_user_retrieve import asyncio_detailed

        return await asyncio_detailed(
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_suggestions_program_user_retrieve_iter(
        self,
        *,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[ProgramSuggestionDetail]:
        """Every `ProgramSuggestionDetail` of `catalog_suggestions_program_user_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .catalog_suggestions_program_user_retrieve import asyncio

        return paginate(
            asyncio,
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )


class CatalogApi:
    """The ``catalog`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def catalog_access_requests_course_manage_retrieve(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        reviewed: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedCourseAccessRequest:
        """See `AsyncCatalogApi.catalog_access_requests_course_manage_retrieve`."""
        from .catalog_access_requests_course_manage_retrieve import sync

        return sync(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            reviewed=reviewed,
            sort=sort,
            client=self._client,
        )

    def catalog_access_requests_course_manage_retrieve_detailed(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        reviewed: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedCourseAccessRequest]:
        """See `AsyncCatalogApi.catalog_access_requests_course_manage_retrieve_detailed`."""
        from .catalog_access_requests_course_manage_retrieve import sync_detailed

        return sync_detailed(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            reviewed=reviewed,
            sort=sort,
            client=self._client,
        )

    def catalog_access_requests_course_manage_retrieve_iter(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        reviewed: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[CourseAccessRequestDetail]:
        """See `AsyncCatalogApi.catalog_access_requests_course_manage_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_access_requests_course_manage_retrieve import sync

        return paginate(
            sync,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            reviewed=reviewed,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_access_requests_course_manage_create(
        self,
        *,
        body: CourseAccessRequestUpdate,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        reviewed: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> CourseAccessRequestDetail:
        """See `AsyncCatalogApi.catalog_access_requests_course_manage_create`."""
        from .catalog_access_requests_course_manage_create import sync

        return sync(
            body=body,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            reviewed=reviewed,
            sort=sort,
            client=self._client,
        )

    def catalog_access_requests_course_manage_create_detailed(
        self,
        *,
        body: CourseAccessRequestUpdate,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        reviewed: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[CourseAccessRequestDetail]:
        """See `AsyncCatalogApi.catalog_access_requests_course_manage_create_detailed`."""
        from .catalog_access_requests_course_manage_create import sync_detailed

        return sync_detailed(
            body=body,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            reviewed=reviewed,
            sort=sort,
            client=self._client,
        )

    def catalog_access_requests_course_request_retrieve(
        self,
        *,
        course_id: str,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
    ) -> CourseAccessRequestStatusResponse:
        """See `AsyncCatalogApi.catalog_access_requests_course_request_retrieve`."""
        from .catalog_access_requests_course_request_retrieve import sync

        return sync(
            course_id=course_id,
            platform_key=platform_key,
            platform_org=platform_org,
            client=self._client,
        )

    def catalog_access_requests_course_request_retrieve_detailed(
        self,
        *,
        course_id: str,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
    ) -> Response[CourseAccessRequestStatusResponse]:
        """See `AsyncCatalogApi.catalog_access_requests_course_request_retrieve_detailed`."""
        from .catalog_access_requests_course_request_retrieve import sync_detailed

        return sync_detailed(
            course_id=course_id,
            platform_key=platform_key,
            platform_org=platform_org,
            client=self._client,
        )

    def catalog_access_requests_course_request_create(
        self,
        *,
        body: CourseAccessRequestCreate,
        course_id: str,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
    ) -> CourseAccessRequestDetail:
        """See `AsyncCatalogApi.catalog_access_requests_course_request_create`."""
        from .catalog_access_requests_course_request_create import sync

        return sync(
            body=body,
            course_id=course_id,
            platform_key=platform_key,
            platform_org=platform_org,
            client=self._client,
        )

    def catalog_access_requests_course_request_create_detailed(
        self,
        *,
        body: CourseAccessRequestCreate,
        course_id: str,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
    ) -> Response[CourseAccessRequestDetail]:
        """See `AsyncCatalogApi.catalog_access_requests_course_request_create_detailed`."""
        from .catalog_access_requests_course_request_create import sync_detailed

        return sync_detailed(
            body=body,
            course_id=course_id,
            platform_key=platform_key,
            platform_org=platform_org,
            client=self._client,
        )

    def catalog_conditionals_course_eligibility_retrieve(
        self,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_conditionals_course_eligibility_retrieve`."""
        from .catalog_conditionals_course_eligibility_retrieve import sync

        return sync(
            client=self._client,
        )

    def catalog_conditionals_course_eligibility_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_conditionals_course_eligibility_retrieve_detailed`."""
        from .catalog_conditionals_course_eligibility_retrieve import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def catalog_conditionals_course_prerequisites_manage_retrieve(
        self,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_conditionals_course_prerequisites_manage_retrieve`."""
        from .catalog_conditionals_course_prerequisites_manage_retrieve import sync

        return sync(
            client=self._client,
        )

    def catalog_conditionals_course_prerequisites_manage_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_conditionals_course_prerequisites_manage_retrieve_detailed`."""
        from .catalog_conditionals_course_prerequisites_manage_retrieve import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def catalog_conditionals_course_prerequisites_manage_bulk_create(
        self,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_conditionals_course_prerequisites_manage_bulk_create`."""
        from .catalog_conditionals_course_prerequisites_manage_bulk_create import sync

        return sync(
            client=self._client,
        )

    def catalog_conditionals_course_prerequisites_manage_bulk_create_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_conditionals_course_prerequisites_manage_bulk_create_detailed`."""
        from .catalog_conditionals_course_prerequisites_manage_bulk_create import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def catalog_courses_list(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
    ) -> list[Course]:
        """See `AsyncCatalogApi.catalog_courses_list`."""
        from .catalog_courses_list import sync

        return sync(
            course_id=course_id,
            org=org,
            slug=slug,
            client=self._client,
        )

    def catalog_courses_list_detailed(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
    ) -> Response[list[Course]]:
        """See `AsyncCatalogApi.catalog_courses_list_detailed`."""
        from .catalog_courses_list import sync_detailed

        return sync_detailed(
            course_id=course_id,
            org=org,
            slug=slug,
            client=self._client,
        )

    def catalog_courses_create(
        self,
        *,
        body: CourseCreateUpdate,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
    ) -> Course:
        """See `AsyncCatalogApi.catalog_courses_create`."""
        from .catalog_courses_create import sync

        return sync(
            body=body,
            course_id=course_id,
            org=org,
            slug=slug,
            client=self._client,
        )

    def catalog_courses_create_detailed(
        self,
        *,
        body: CourseCreateUpdate,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
    ) -> Response[Course]:
        """See `AsyncCatalogApi.catalog_courses_create_detailed`."""
        from .catalog_courses_create import sync_detailed

        return sync_detailed(
            body=body,
            course_id=course_id,
            org=org,
            slug=slug,
            client=self._client,
        )

    def catalog_courses_destroy(
        self,
        *,
        course_id: str,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
    ) -> CourseDeleteResponse:
        """See `AsyncCatalogApi.catalog_courses_destroy`."""
        from .catalog_courses_destroy import sync

        return sync(
            course_id=course_id,
            org=org,
            slug=slug,
            client=self._client,
        )

    def catalog_courses_destroy_detailed(
        self,
        *,
        course_id: str,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
    ) -> Response[CourseDeleteResponse]:
        """See `AsyncCatalogApi.catalog_courses_destroy_detailed`."""
        from .catalog_courses_destroy import sync_detailed

        return sync_detailed(
            course_id=course_id,
            org=org,
            slug=slug,
            client=self._client,
        )

    def catalog_eligibility_courses_list(
        self,
        *,
        org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> list[Course]:
        """See `AsyncCatalogApi.catalog_eligibility_courses_list`."""
        from .catalog_eligibility_courses_list import sync

        return sync(
            org=org,
            query=query,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_eligibility_courses_list_detailed(
        self,
        *,
        org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[list[Course]]:
        """See `AsyncCatalogApi.catalog_eligibility_courses_list_detailed`."""
        from .catalog_eligibility_courses_list import sync_detailed

        return sync_detailed(
            org=org,
            query=query,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_eligibility_courses_check_retrieve(
        self,
        *,
        course_id: str,
        local_only: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> CatalogEligibilityCoursesCheckRetrieveResponse200:
        """See `AsyncCatalogApi.catalog_eligibility_courses_check_retrieve`."""
        from .catalog_eligibility_courses_check_retrieve import sync

        return sync(
            course_id=course_id,
            local_only=local_only,
            org=org,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_eligibility_courses_check_retrieve_detailed(
        self,
        *,
        course_id: str,
        local_only: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[CatalogEligibilityCoursesCheckRetrieveResponse200]:
        """See `AsyncCatalogApi.catalog_eligibility_courses_check_retrieve_detailed`."""
        from .catalog_eligibility_courses_check_retrieve import sync_detailed

        return sync_detailed(
            course_id=course_id,
            local_only=local_only,
            org=org,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_courses_search_retrieve(
        self,
        *,
        course_id: str | Unset = UNSET,
        course_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> CourseEnrollmentSearchResponse:
        """See `AsyncCatalogApi.catalog_enrollment_courses_search_retrieve`."""
        from .catalog_enrollment_courses_search_retrieve import sync

        return sync(
            course_id=course_id,
            course_name=course_name,
            email=email,
            include_default_platform=include_default_platform,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_courses_search_retrieve_detailed(
        self,
        *,
        course_id: str | Unset = UNSET,
        course_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[CourseEnrollmentSearchResponse]:
        """See `AsyncCatalogApi.catalog_enrollment_courses_search_retrieve_detailed`."""
        from .catalog_enrollment_courses_search_retrieve import sync_detailed

        return sync_detailed(
            course_id=course_id,
            course_name=course_name,
            email=email,
            include_default_platform=include_default_platform,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_pathways_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PathwayEnrollmentPlus:
        """See `AsyncCatalogApi.catalog_enrollment_pathways_retrieve`."""
        from .catalog_enrollment_pathways_retrieve import sync

        return sync(
            active=active,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_pathways_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PathwayEnrollmentPlus]:
        """See `AsyncCatalogApi.catalog_enrollment_pathways_retrieve_detailed`."""
        from .catalog_enrollment_pathways_retrieve import sync_detailed

        return sync_detailed(
            active=active,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_pathways_create(
        self,
        *,
        body: PathwayEnrollmentRequest | Unset = UNSET,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PathwayEnrollment:
        """See `AsyncCatalogApi.catalog_enrollment_pathways_create`."""
        from .catalog_enrollment_pathways_create import sync

        return sync(
            body=body,
            active=active,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_pathways_create_detailed(
        self,
        *,
        body: PathwayEnrollmentRequest | Unset = UNSET,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PathwayEnrollment]:
        """See `AsyncCatalogApi.catalog_enrollment_pathways_create_detailed`."""
        from .catalog_enrollment_pathways_create import sync_detailed

        return sync_detailed(
            body=body,
            active=active,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_pathways_destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PathwayEnrollment:
        """See `AsyncCatalogApi.catalog_enrollment_pathways_destroy`."""
        from .catalog_enrollment_pathways_destroy import sync

        return sync(
            active=active,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_pathways_destroy_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PathwayEnrollment]:
        """See `AsyncCatalogApi.catalog_enrollment_pathways_destroy_detailed`."""
        from .catalog_enrollment_pathways_destroy import sync_detailed

        return sync_detailed(
            active=active,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_pathways_search_retrieve(
        self,
    ) -> PathwayEnrollmentPlus:
        """See `AsyncCatalogApi.catalog_enrollment_pathways_search_retrieve`."""
        from .catalog_enrollment_pathways_search_retrieve import sync

        return sync(
            client=self._client,
        )

    def catalog_enrollment_pathways_search_retrieve_detailed(
        self,
    ) -> Response[PathwayEnrollmentPlus]:
        """See `AsyncCatalogApi.catalog_enrollment_pathways_search_retrieve_detailed`."""
        from .catalog_enrollment_pathways_search_retrieve import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def catalog_enrollment_pathways_self_create(
        self,
        *,
        body: PathwaySelfEnrollmentRequest | Unset = UNSET,
        active: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PathwayEnrollment:
        """See `AsyncCatalogApi.catalog_enrollment_pathways_self_create`."""
        from .catalog_enrollment_pathways_self_create import sync

        return sync(
            body=body,
            active=active,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_pathways_self_create_detailed(
        self,
        *,
        body: PathwaySelfEnrollmentRequest | Unset = UNSET,
        active: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PathwayEnrollment]:
        """See `AsyncCatalogApi.catalog_enrollment_pathways_self_create_detailed`."""
        from .catalog_enrollment_pathways_self_create import sync_detailed

        return sync_detailed(
            body=body,
            active=active,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_pathways_self_destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PathwayEnrollment:
        """See `AsyncCatalogApi.catalog_enrollment_pathways_self_destroy`."""
        from .catalog_enrollment_pathways_self_destroy import sync

        return sync(
            active=active,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_pathways_self_destroy_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PathwayEnrollment]:
        """See `AsyncCatalogApi.catalog_enrollment_pathways_self_destroy_detailed`."""
        from .catalog_enrollment_pathways_self_destroy import sync_detailed

        return sync_detailed(
            active=active,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_programs_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ProgramEnrollmentPlus:
        """See `AsyncCatalogApi.catalog_enrollment_programs_retrieve`."""
        from .catalog_enrollment_programs_retrieve import sync

        return sync(
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            program_type=program_type,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_programs_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ProgramEnrollmentPlus]:
        """See `AsyncCatalogApi.catalog_enrollment_programs_retrieve_detailed`."""
        from .catalog_enrollment_programs_retrieve import sync_detailed

        return sync_detailed(
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            program_type=program_type,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_programs_create(
        self,
        *,
        body: ProgramEnrollmentPlusRequest | Unset = UNSET,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ProgramEnrollment:
        """See `AsyncCatalogApi.catalog_enrollment_programs_create`."""
        from .catalog_enrollment_programs_create import sync

        return sync(
            body=body,
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            program_type=program_type,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_programs_create_detailed(
        self,
        *,
        body: ProgramEnrollmentPlusRequest | Unset = UNSET,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ProgramEnrollment]:
        """See `AsyncCatalogApi.catalog_enrollment_programs_create_detailed`."""
        from .catalog_enrollment_programs_create import sync_detailed

        return sync_detailed(
            body=body,
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            program_type=program_type,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_programs_destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ProgramEnrollment:
        """See `AsyncCatalogApi.catalog_enrollment_programs_destroy`."""
        from .catalog_enrollment_programs_destroy import sync

        return sync(
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            program_type=program_type,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_programs_destroy_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ProgramEnrollment]:
        """See `AsyncCatalogApi.catalog_enrollment_programs_destroy_detailed`."""
        from .catalog_enrollment_programs_destroy import sync_detailed

        return sync_detailed(
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            program_type=program_type,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_programs_search_retrieve(
        self,
        *,
        include_default_platform: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ProgramEnrollmentSearchResponse:
        """See `AsyncCatalogApi.catalog_enrollment_programs_search_retrieve`."""
        from .catalog_enrollment_programs_search_retrieve import sync

        return sync(
            include_default_platform=include_default_platform,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            program_id=program_id,
            program_type=program_type,
            slug=slug,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_programs_search_retrieve_detailed(
        self,
        *,
        include_default_platform: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ProgramEnrollmentSearchResponse]:
        """See `AsyncCatalogApi.catalog_enrollment_programs_search_retrieve_detailed`."""
        from .catalog_enrollment_programs_search_retrieve import sync_detailed

        return sync_detailed(
            include_default_platform=include_default_platform,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            program_id=program_id,
            program_type=program_type,
            slug=slug,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_programs_search_retrieve_iter(
        self,
        *,
        include_default_platform: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[ProgramEnrollmentPlus]:
        """See `AsyncCatalogApi.catalog_enrollment_programs_search_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_enrollment_programs_search_retrieve import sync

        return paginate(
            sync,
            include_default_platform=include_default_platform,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            program_id=program_id,
            program_type=program_type,
            slug=slug,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_enrollment_programs_self_create(
        self,
        *,
        body: ProgramEnrollmentRequest | Unset = UNSET,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ProgramEnrollment:
        """See `AsyncCatalogApi.catalog_enrollment_programs_self_create`."""
        from .catalog_enrollment_programs_self_create import sync

        return sync(
            body=body,
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_programs_self_create_detailed(
        self,
        *,
        body: ProgramEnrollmentRequest | Unset = UNSET,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ProgramEnrollment]:
        """See `AsyncCatalogApi.catalog_enrollment_programs_self_create_detailed`."""
        from .catalog_enrollment_programs_self_create import sync_detailed

        return sync_detailed(
            body=body,
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_programs_self_destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_enrollment_programs_self_destroy`."""
        from .catalog_enrollment_programs_self_destroy import sync

        return sync(
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_enrollment_programs_self_destroy_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_enrollment_programs_self_destroy_detailed`."""
        from .catalog_enrollment_programs_self_destroy import sync_detailed

        return sync_detailed(
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_increment_retrieve(
        self,
        *,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
    ) -> CatalogAutoIncrementResponse:
        """See `AsyncCatalogApi.catalog_increment_retrieve`."""
        from .catalog_increment_retrieve import sync

        return sync(
            key=key,
            org=org,
            client=self._client,
        )

    def catalog_increment_retrieve_detailed(
        self,
        *,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
    ) -> Response[CatalogAutoIncrementResponse]:
        """See `AsyncCatalogApi.catalog_increment_retrieve_detailed`."""
        from .catalog_increment_retrieve import sync_detailed

        return sync_detailed(
            key=key,
            org=org,
            client=self._client,
        )

    def catalog_increment_create(
        self,
        *,
        body: CatalogAutoIncrementUpdateRequest,
    ) -> int:
        """See `AsyncCatalogApi.catalog_increment_create`."""
        from .catalog_increment_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_increment_create_detailed(
        self,
        *,
        body: CatalogAutoIncrementUpdateRequest,
    ) -> Response[int]:
        """See `AsyncCatalogApi.catalog_increment_create_detailed`."""
        from .catalog_increment_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_invitations_course_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> PaginatedCourseInvitation:
        """See `AsyncCatalogApi.catalog_invitations_course_retrieve`."""
        from .catalog_invitations_course_retrieve import sync

        return sync(
            active=active,
            course_id=course_id,
            email=email,
            key=key,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_course_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[PaginatedCourseInvitation]:
        """See `AsyncCatalogApi.catalog_invitations_course_retrieve_detailed`."""
        from .catalog_invitations_course_retrieve import sync_detailed

        return sync_detailed(
            active=active,
            course_id=course_id,
            email=email,
            key=key,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_course_retrieve_iter(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[CourseInvitationDetail]:
        """See `AsyncCatalogApi.catalog_invitations_course_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_invitations_course_retrieve import sync

        return paginate(
            sync,
            active=active,
            course_id=course_id,
            email=email,
            key=key,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_invitations_course_create(
        self,
        *,
        body: CourseInvitationCreate,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> CourseInvitationDetail:
        """See `AsyncCatalogApi.catalog_invitations_course_create`."""
        from .catalog_invitations_course_create import sync

        return sync(
            body=body,
            active=active,
            course_id=course_id,
            email=email,
            key=key,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_course_create_detailed(
        self,
        *,
        body: CourseInvitationCreate,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[CourseInvitationDetail]:
        """See `AsyncCatalogApi.catalog_invitations_course_create_detailed`."""
        from .catalog_invitations_course_create import sync_detailed

        return sync_detailed(
            body=body,
            active=active,
            course_id=course_id,
            email=email,
            key=key,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_course_destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_invitations_course_destroy`."""
        from .catalog_invitations_course_destroy import sync

        return sync(
            active=active,
            course_id=course_id,
            email=email,
            key=key,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_course_destroy_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_invitations_course_destroy_detailed`."""
        from .catalog_invitations_course_destroy import sync_detailed

        return sync_detailed(
            active=active,
            course_id=course_id,
            email=email,
            key=key,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_course_blank_create(
        self,
        *,
        body: BlankCourseInvitationCreate,
    ) -> BulkCourseInvitationResponse:
        """See `AsyncCatalogApi.catalog_invitations_course_blank_create`."""
        from .catalog_invitations_course_blank_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_invitations_course_blank_create_detailed(
        self,
        *,
        body: BlankCourseInvitationCreate,
    ) -> Response[BulkCourseInvitationResponse]:
        """See `AsyncCatalogApi.catalog_invitations_course_blank_create_detailed`."""
        from .catalog_invitations_course_blank_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_invitations_course_bulk_create(
        self,
        *,
        body: BulkCourseInvitationCreate,
    ) -> BulkCourseInvitationResponse:
        """See `AsyncCatalogApi.catalog_invitations_course_bulk_create`."""
        from .catalog_invitations_course_bulk_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_invitations_course_bulk_create_detailed(
        self,
        *,
        body: BulkCourseInvitationCreate,
    ) -> Response[BulkCourseInvitationResponse]:
        """See `AsyncCatalogApi.catalog_invitations_course_bulk_create_detailed`."""
        from .catalog_invitations_course_bulk_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_invitations_course_redeem_create(
        self,
        *,
        body: CourseInvitationRedemption,
    ) -> CourseInvitationDetail:
        """See `AsyncCatalogApi.catalog_invitations_course_redeem_create`."""
        from .catalog_invitations_course_redeem_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_invitations_course_redeem_create_detailed(
        self,
        *,
        body: CourseInvitationRedemption,
    ) -> Response[CourseInvitationDetail]:
        """See `AsyncCatalogApi.catalog_invitations_course_redeem_create_detailed`."""
        from .catalog_invitations_course_redeem_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_invitations_platform_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> PaginatedPlatformInvitation:
        """See `AsyncCatalogApi.catalog_invitations_platform_retrieve`."""
        from .catalog_invitations_platform_retrieve import sync

        return sync(
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_platform_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[PaginatedPlatformInvitation]:
        """See `AsyncCatalogApi.catalog_invitations_platform_retrieve_detailed`."""
        from .catalog_invitations_platform_retrieve import sync_detailed

        return sync_detailed(
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_platform_retrieve_iter(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[PlatformInvitationDetail]:
        """See `AsyncCatalogApi.catalog_invitations_platform_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_invitations_platform_retrieve import sync

        return paginate(
            sync,
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_invitations_platform_create(
        self,
        *,
        body: PlatformInvitationCreate,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> PlatformInvitationDetail:
        """See `AsyncCatalogApi.catalog_invitations_platform_create`."""
        from .catalog_invitations_platform_create import sync

        return sync(
            body=body,
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_platform_create_detailed(
        self,
        *,
        body: PlatformInvitationCreate,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[PlatformInvitationDetail]:
        """See `AsyncCatalogApi.catalog_invitations_platform_create_detailed`."""
        from .catalog_invitations_platform_create import sync_detailed

        return sync_detailed(
            body=body,
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_platform_destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_invitations_platform_destroy`."""
        from .catalog_invitations_platform_destroy import sync

        return sync(
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_platform_destroy_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_invitations_platform_destroy_detailed`."""
        from .catalog_invitations_platform_destroy import sync_detailed

        return sync_detailed(
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_platform_blank_create(
        self,
        *,
        body: BlankPlatformInvitationCreate,
    ) -> BulkPlatformInvitationResponse:
        """See `AsyncCatalogApi.catalog_invitations_platform_blank_create`."""
        from .catalog_invitations_platform_blank_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_invitations_platform_blank_create_detailed(
        self,
        *,
        body: BlankPlatformInvitationCreate,
    ) -> Response[BulkPlatformInvitationResponse]:
        """See `AsyncCatalogApi.catalog_invitations_platform_blank_create_detailed`."""
        from .catalog_invitations_platform_blank_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_invitations_platform_bulk_create(
        self,
        *,
        body: BulkPlatformInvitationCreate,
    ) -> BulkPlatformInvitationResponse:
        """See `AsyncCatalogApi.catalog_invitations_platform_bulk_create`."""
        from .catalog_invitations_platform_bulk_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_invitations_platform_bulk_create_detailed(
        self,
        *,
        body: BulkPlatformInvitationCreate,
    ) -> Response[BulkPlatformInvitationResponse]:
        """See `AsyncCatalogApi.catalog_invitations_platform_bulk_create_detailed`."""
        from .catalog_invitations_platform_bulk_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_invitations_platform_check_retrieve(
        self,
        *,
        email: str,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_invitations_platform_check_retrieve`."""
        from .catalog_invitations_platform_check_retrieve import sync

        return sync(
            email=email,
            client=self._client,
        )

    def catalog_invitations_platform_check_retrieve_detailed(
        self,
        *,
        email: str,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_invitations_platform_check_retrieve_detailed`."""
        from .catalog_invitations_platform_check_retrieve import sync_detailed

        return sync_detailed(
            email=email,
            client=self._client,
        )

    def catalog_invitations_platform_redeem_create(
        self,
        *,
        body: PlatformInvitationRedemption,
    ) -> PlatformInvitationDetail:
        """See `AsyncCatalogApi.catalog_invitations_platform_redeem_create`."""
        from .catalog_invitations_platform_redeem_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_invitations_platform_redeem_create_detailed(
        self,
        *,
        body: PlatformInvitationRedemption,
    ) -> Response[PlatformInvitationDetail]:
        """See `AsyncCatalogApi.catalog_invitations_platform_redeem_create_detailed`."""
        from .catalog_invitations_platform_redeem_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_invitations_program_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> PaginatedProgramInvitation:
        """See `AsyncCatalogApi.catalog_invitations_program_retrieve`."""
        from .catalog_invitations_program_retrieve import sync

        return sync(
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            program_key=program_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_program_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[PaginatedProgramInvitation]:
        """See `AsyncCatalogApi.catalog_invitations_program_retrieve_detailed`."""
        from .catalog_invitations_program_retrieve import sync_detailed

        return sync_detailed(
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            program_key=program_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_program_retrieve_iter(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[ProgramInvitationDetail]:
        """See `AsyncCatalogApi.catalog_invitations_program_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_invitations_program_retrieve import sync

        return paginate(
            sync,
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            program_key=program_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_invitations_program_create(
        self,
        *,
        body: ProgramInvitationCreate,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> ProgramInvitationDetail:
        """See `AsyncCatalogApi.catalog_invitations_program_create`."""
        from .catalog_invitations_program_create import sync

        return sync(
            body=body,
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            program_key=program_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_program_create_detailed(
        self,
        *,
        body: ProgramInvitationCreate,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[ProgramInvitationDetail]:
        """See `AsyncCatalogApi.catalog_invitations_program_create_detailed`."""
        from .catalog_invitations_program_create import sync_detailed

        return sync_detailed(
            body=body,
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            program_key=program_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_program_destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_invitations_program_destroy`."""
        from .catalog_invitations_program_destroy import sync

        return sync(
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            program_key=program_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_program_destroy_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_invitations_program_destroy_detailed`."""
        from .catalog_invitations_program_destroy import sync_detailed

        return sync_detailed(
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            program_key=program_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=self._client,
        )

    def catalog_invitations_program_blank_create(
        self,
        *,
        body: BlankProgramInvitationCreate,
    ) -> BulkProgramInvitationResponse:
        """See `AsyncCatalogApi.catalog_invitations_program_blank_create`."""
        from .catalog_invitations_program_blank_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_invitations_program_blank_create_detailed(
        self,
        *,
        body: BlankProgramInvitationCreate,
    ) -> Response[BulkProgramInvitationResponse]:
        """See `AsyncCatalogApi.catalog_invitations_program_blank_create_detailed`."""
        from .catalog_invitations_program_blank_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_invitations_program_bulk_create(
        self,
        *,
        body: BulkProgramInvitationCreate,
    ) -> BulkProgramInvitationResponse:
        """See `AsyncCatalogApi.catalog_invitations_program_bulk_create`."""
        from .catalog_invitations_program_bulk_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_invitations_program_bulk_create_detailed(
        self,
        *,
        body: BulkProgramInvitationCreate,
    ) -> Response[BulkProgramInvitationResponse]:
        """See `AsyncCatalogApi.catalog_invitations_program_bulk_create_detailed`."""
        from .catalog_invitations_program_bulk_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_invitations_program_redeem_create(
        self,
        *,
        body: ProgramInvitationRedemption,
    ) -> ProgramInvitationDetail:
        """See `AsyncCatalogApi.catalog_invitations_program_redeem_create`."""
        from .catalog_invitations_program_redeem_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_invitations_program_redeem_create_detailed(
        self,
        *,
        body: ProgramInvitationRedemption,
    ) -> Response[ProgramInvitationDetail]:
        """See `AsyncCatalogApi.catalog_invitations_program_redeem_create_detailed`."""
        from .catalog_invitations_program_redeem_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_licenses_course_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> PaginatedCourseLicense:
        """See `AsyncCatalogApi.catalog_licenses_course_retrieve`."""
        from .catalog_licenses_course_retrieve import sync

        return sync(
            active=active,
            course_id=course_id,
            external_id=external_id,
            key=key,
            name=name,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
        )

    def catalog_licenses_course_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[PaginatedCourseLicense]:
        """See `AsyncCatalogApi.catalog_licenses_course_retrieve_detailed`."""
        from .catalog_licenses_course_retrieve import sync_detailed

        return sync_detailed(
            active=active,
            course_id=course_id,
            external_id=external_id,
            key=key,
            name=name,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
        )

    def catalog_licenses_course_retrieve_iter(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[CourseLicenseDetail]:
        """See `AsyncCatalogApi.catalog_licenses_course_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_licenses_course_retrieve import sync

        return paginate(
            sync,
            active=active,
            course_id=course_id,
            external_id=external_id,
            key=key,
            name=name,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_licenses_course_assignment_retrieve(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedCourseLicenseAssignment:
        """See `AsyncCatalogApi.catalog_licenses_course_assignment_retrieve`."""
        from .catalog_licenses_course_assignment_retrieve import sync

        return sync(
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_course_assignment_retrieve_detailed(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedCourseLicenseAssignment]:
        """See `AsyncCatalogApi.catalog_licenses_course_assignment_retrieve_detailed`."""
        from .catalog_licenses_course_assignment_retrieve import sync_detailed

        return sync_detailed(
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_course_assignment_retrieve_iter(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[CourseLicenseAssignmentDetail]:
        """See `AsyncCatalogApi.catalog_licenses_course_assignment_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_licenses_course_assignment_retrieve import sync

        return paginate(
            sync,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_licenses_course_assignment_create(
        self,
        *,
        body: CourseLicenseAssignmentCreate,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> CourseLicenseAssignmentDetail:
        """See `AsyncCatalogApi.catalog_licenses_course_assignment_create`."""
        from .catalog_licenses_course_assignment_create import sync

        return sync(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_course_assignment_create_detailed(
        self,
        *,
        body: CourseLicenseAssignmentCreate,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[CourseLicenseAssignmentDetail]:
        """See `AsyncCatalogApi.catalog_licenses_course_assignment_create_detailed`."""
        from .catalog_licenses_course_assignment_create import sync_detailed

        return sync_detailed(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_course_assignment_destroy(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_licenses_course_assignment_destroy`."""
        from .catalog_licenses_course_assignment_destroy import sync

        return sync(
            assignment_id=assignment_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_course_assignment_destroy_detailed(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_licenses_course_assignment_destroy_detailed`."""
        from .catalog_licenses_course_assignment_destroy import sync_detailed

        return sync_detailed(
            assignment_id=assignment_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_course_assignment_group_retrieve(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedCourseLicenseGroupAssignment:
        """See `AsyncCatalogApi.catalog_licenses_course_assignment_group_retrieve`."""
        from .catalog_licenses_course_assignment_group_retrieve import sync

        return sync(
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_course_assignment_group_retrieve_detailed(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedCourseLicenseGroupAssignment]:
        """See `AsyncCatalogApi.catalog_licenses_course_assignment_group_retrieve_detailed`."""
        from .catalog_licenses_course_assignment_group_retrieve import sync_detailed

        return sync_detailed(
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_course_assignment_group_retrieve_iter(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[CourseLicenseGroupAssignmentDetail]:
        """See `AsyncCatalogApi.catalog_licenses_course_assignment_group_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_licenses_course_assignment_group_retrieve import sync

        return paginate(
            sync,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_licenses_course_assignment_group_create(
        self,
        *,
        body: CourseLicenseGroupAssignmentCreate,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> CourseLicenseGroupAssignmentDetail:
        """See `AsyncCatalogApi.catalog_licenses_course_assignment_group_create`."""
        from .catalog_licenses_course_assignment_group_create import sync

        return sync(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_course_assignment_group_create_detailed(
        self,
        *,
        body: CourseLicenseGroupAssignmentCreate,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[CourseLicenseGroupAssignmentDetail]:
        """See `AsyncCatalogApi.catalog_licenses_course_assignment_group_create_detailed`."""
        from .catalog_licenses_course_assignment_group_create import sync_detailed

        return sync_detailed(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_course_assignment_group_destroy(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_licenses_course_assignment_group_destroy`."""
        from .catalog_licenses_course_assignment_group_destroy import sync

        return sync(
            assignment_id=assignment_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_course_assignment_group_destroy_detailed(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_licenses_course_assignment_group_destroy_detailed`."""
        from .catalog_licenses_course_assignment_group_destroy import sync_detailed

        return sync_detailed(
            assignment_id=assignment_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_course_create_create(
        self,
        *,
        body: CourseLicenseCreate,
    ) -> CourseLicenseDetail:
        """See `AsyncCatalogApi.catalog_licenses_course_create_create`."""
        from .catalog_licenses_course_create_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_licenses_course_create_create_detailed(
        self,
        *,
        body: CourseLicenseCreate,
    ) -> Response[CourseLicenseDetail]:
        """See `AsyncCatalogApi.catalog_licenses_course_create_create_detailed`."""
        from .catalog_licenses_course_create_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_licenses_course_update_create(
        self,
        *,
        body: CourseLicenseUpdate | Unset = UNSET,
    ) -> CourseLicenseDetail:
        """See `AsyncCatalogApi.catalog_licenses_course_update_create`."""
        from .catalog_licenses_course_update_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_licenses_course_update_create_detailed(
        self,
        *,
        body: CourseLicenseUpdate | Unset = UNSET,
    ) -> Response[CourseLicenseDetail]:
        """See `AsyncCatalogApi.catalog_licenses_course_update_create_detailed`."""
        from .catalog_licenses_course_update_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_licenses_platform_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> PaginatedPlatformLicense:
        """See `AsyncCatalogApi.catalog_licenses_platform_retrieve`."""
        from .catalog_licenses_platform_retrieve import sync

        return sync(
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
        )

    def catalog_licenses_platform_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[PaginatedPlatformLicense]:
        """See `AsyncCatalogApi.catalog_licenses_platform_retrieve_detailed`."""
        from .catalog_licenses_platform_retrieve import sync_detailed

        return sync_detailed(
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
        )

    def catalog_licenses_platform_retrieve_iter(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[PlatformLicenseDetail]:
        """See `AsyncCatalogApi.catalog_licenses_platform_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_licenses_platform_retrieve import sync

        return paginate(
            sync,
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_licenses_platform_create_create(
        self,
        *,
        body: PlatformLicenseCreate,
    ) -> PlatformLicenseDetail:
        """See `AsyncCatalogApi.catalog_licenses_platform_create_create`."""
        from .catalog_licenses_platform_create_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_licenses_platform_create_create_detailed(
        self,
        *,
        body: PlatformLicenseCreate,
    ) -> Response[PlatformLicenseDetail]:
        """See `AsyncCatalogApi.catalog_licenses_platform_create_create_detailed`."""
        from .catalog_licenses_platform_create_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_licenses_platform_update_create(
        self,
        *,
        body: PlatformLicenseUpdate | Unset = UNSET,
    ) -> PlatformLicenseDetail:
        """See `AsyncCatalogApi.catalog_licenses_platform_update_create`."""
        from .catalog_licenses_platform_update_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_licenses_platform_update_create_detailed(
        self,
        *,
        body: PlatformLicenseUpdate | Unset = UNSET,
    ) -> Response[PlatformLicenseDetail]:
        """See `AsyncCatalogApi.catalog_licenses_platform_update_create_detailed`."""
        from .catalog_licenses_platform_update_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_licenses_program_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> PaginatedProgramLicense:
        """See `AsyncCatalogApi.catalog_licenses_program_retrieve`."""
        from .catalog_licenses_program_retrieve import sync

        return sync(
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            program_id=program_id,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
        )

    def catalog_licenses_program_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[PaginatedProgramLicense]:
        """See `AsyncCatalogApi.catalog_licenses_program_retrieve_detailed`."""
        from .catalog_licenses_program_retrieve import sync_detailed

        return sync_detailed(
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            program_id=program_id,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
        )

    def catalog_licenses_program_retrieve_iter(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[ProgramLicenseDetail]:
        """See `AsyncCatalogApi.catalog_licenses_program_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_licenses_program_retrieve import sync

        return paginate(
            sync,
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            program_id=program_id,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_licenses_program_assignment_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
    ) -> PaginatedProgramLicenseAssignment:
        """See `AsyncCatalogApi.catalog_licenses_program_assignment_retrieve`."""
        from .catalog_licenses_program_assignment_retrieve import sync

        return sync(
            active=active,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    def catalog_licenses_program_assignment_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
    ) -> Response[PaginatedProgramLicenseAssignment]:
        """See `AsyncCatalogApi.catalog_licenses_program_assignment_retrieve_detailed`."""
        from .catalog_licenses_program_assignment_retrieve import sync_detailed

        return sync_detailed(
            active=active,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    def catalog_licenses_program_assignment_retrieve_iter(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[ProgramLicenseAssignmentDetail]:
        """See `AsyncCatalogApi.catalog_licenses_program_assignment_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_licenses_program_assignment_retrieve import sync

        return paginate(
            sync,
            active=active,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_licenses_program_assignment_create(
        self,
        *,
        body: ProgramLicenseAssignmentCreate,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
    ) -> ProgramLicenseAssignmentDetail:
        """See `AsyncCatalogApi.catalog_licenses_program_assignment_create`."""
        from .catalog_licenses_program_assignment_create import sync

        return sync(
            body=body,
            active=active,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    def catalog_licenses_program_assignment_create_detailed(
        self,
        *,
        body: ProgramLicenseAssignmentCreate,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
    ) -> Response[ProgramLicenseAssignmentDetail]:
        """See `AsyncCatalogApi.catalog_licenses_program_assignment_create_detailed`."""
        from .catalog_licenses_program_assignment_create import sync_detailed

        return sync_detailed(
            body=body,
            active=active,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    def catalog_licenses_program_assignment_destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        assignment_id: int,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_licenses_program_assignment_destroy`."""
        from .catalog_licenses_program_assignment_destroy import sync

        return sync(
            active=active,
            assignment_id=assignment_id,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    def catalog_licenses_program_assignment_destroy_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        assignment_id: int,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_licenses_program_assignment_destroy_detailed`."""
        from .catalog_licenses_program_assignment_destroy import sync_detailed

        return sync_detailed(
            active=active,
            assignment_id=assignment_id,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    def catalog_licenses_program_assignment_group_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedProgramLicenseGroupAssignment:
        """See `AsyncCatalogApi.catalog_licenses_program_assignment_group_retrieve`."""
        from .catalog_licenses_program_assignment_group_retrieve import sync

        return sync(
            active=active,
            fulfilled=fulfilled,
            group_id=group_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_program_assignment_group_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedProgramLicenseGroupAssignment]:
        """See `AsyncCatalogApi.catalog_licenses_program_assignment_group_retrieve_detailed`."""
        from .catalog_licenses_program_assignment_group_retrieve import sync_detailed

        return sync_detailed(
            active=active,
            fulfilled=fulfilled,
            group_id=group_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_program_assignment_group_retrieve_iter(
        self,
        *,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[ProgramLicenseGroupAssignmentDetail]:
        """See `AsyncCatalogApi.catalog_licenses_program_assignment_group_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_licenses_program_assignment_group_retrieve import sync

        return paginate(
            sync,
            active=active,
            fulfilled=fulfilled,
            group_id=group_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_licenses_program_assignment_group_create(
        self,
        *,
        body: ProgramLicenseGroupAssignmentCreate,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> ProgramLicenseGroupAssignmentDetail:
        """See `AsyncCatalogApi.catalog_licenses_program_assignment_group_create`."""
        from .catalog_licenses_program_assignment_group_create import sync

        return sync(
            body=body,
            active=active,
            fulfilled=fulfilled,
            group_id=group_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_program_assignment_group_create_detailed(
        self,
        *,
        body: ProgramLicenseGroupAssignmentCreate,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[ProgramLicenseGroupAssignmentDetail]:
        """See `AsyncCatalogApi.catalog_licenses_program_assignment_group_create_detailed`."""
        from .catalog_licenses_program_assignment_group_create import sync_detailed

        return sync_detailed(
            body=body,
            active=active,
            fulfilled=fulfilled,
            group_id=group_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_program_assignment_group_destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        assignment_id: int,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        remove_user_assignments: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_licenses_program_assignment_group_destroy`."""
        from .catalog_licenses_program_assignment_group_destroy import sync

        return sync(
            active=active,
            assignment_id=assignment_id,
            fulfilled=fulfilled,
            group_id=group_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            remove_user_assignments=remove_user_assignments,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_program_assignment_group_destroy_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        assignment_id: int,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        remove_user_assignments: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_licenses_program_assignment_group_destroy_detailed`."""
        from .catalog_licenses_program_assignment_group_destroy import sync_detailed

        return sync_detailed(
            active=active,
            assignment_id=assignment_id,
            fulfilled=fulfilled,
            group_id=group_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            remove_user_assignments=remove_user_assignments,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_program_create_create(
        self,
        *,
        body: ProgramLicenseCreateDetail,
    ) -> ProgramLicenseDetail:
        """See `AsyncCatalogApi.catalog_licenses_program_create_create`."""
        from .catalog_licenses_program_create_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_licenses_program_create_create_detailed(
        self,
        *,
        body: ProgramLicenseCreateDetail,
    ) -> Response[ProgramLicenseDetail]:
        """See `AsyncCatalogApi.catalog_licenses_program_create_create_detailed`."""
        from .catalog_licenses_program_create_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_licenses_program_update_create(
        self,
        *,
        body: ProgramLicenseUpdateDetail | Unset = UNSET,
    ) -> ProgramLicenseDetail:
        """See `AsyncCatalogApi.catalog_licenses_program_update_create`."""
        from .catalog_licenses_program_update_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_licenses_program_update_create_detailed(
        self,
        *,
        body: ProgramLicenseUpdateDetail | Unset = UNSET,
    ) -> Response[ProgramLicenseDetail]:
        """See `AsyncCatalogApi.catalog_licenses_program_update_create_detailed`."""
        from .catalog_licenses_program_update_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_licenses_user_retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> PaginatedUserLicense:
        """See `AsyncCatalogApi.catalog_licenses_user_retrieve`."""
        from .catalog_licenses_user_retrieve import sync

        return sync(
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
        )

    def catalog_licenses_user_retrieve_detailed(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> Response[PaginatedUserLicense]:
        """See `AsyncCatalogApi.catalog_licenses_user_retrieve_detailed`."""
        from .catalog_licenses_user_retrieve import sync_detailed

        return sync_detailed(
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
        )

    def catalog_licenses_user_retrieve_iter(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[UserLicenseDetail]:
        """See `AsyncCatalogApi.catalog_licenses_user_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_licenses_user_retrieve import sync

        return paginate(
            sync,
            active=active,
            external_id=external_id,
            key=key,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_licenses_user_assignment_retrieve(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedUserLicenseAssignment:
        """See `AsyncCatalogApi.catalog_licenses_user_assignment_retrieve`."""
        from .catalog_licenses_user_assignment_retrieve import sync

        return sync(
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_user_assignment_retrieve_detailed(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedUserLicenseAssignment]:
        """See `AsyncCatalogApi.catalog_licenses_user_assignment_retrieve_detailed`."""
        from .catalog_licenses_user_assignment_retrieve import sync_detailed

        return sync_detailed(
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_user_assignment_retrieve_iter(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[UserLicenseAssignmentDetail]:
        """See `AsyncCatalogApi.catalog_licenses_user_assignment_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_licenses_user_assignment_retrieve import sync

        return paginate(
            sync,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_licenses_user_assignment_create(
        self,
        *,
        body: UserLicenseAssignmentCreate,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> UserLicenseAssignmentDetail:
        """See `AsyncCatalogApi.catalog_licenses_user_assignment_create`."""
        from .catalog_licenses_user_assignment_create import sync

        return sync(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_user_assignment_create_detailed(
        self,
        *,
        body: UserLicenseAssignmentCreate,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[UserLicenseAssignmentDetail]:
        """See `AsyncCatalogApi.catalog_licenses_user_assignment_create_detailed`."""
        from .catalog_licenses_user_assignment_create import sync_detailed

        return sync_detailed(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_user_assignment_destroy(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_licenses_user_assignment_destroy`."""
        from .catalog_licenses_user_assignment_destroy import sync

        return sync(
            assignment_id=assignment_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_user_assignment_destroy_detailed(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_licenses_user_assignment_destroy_detailed`."""
        from .catalog_licenses_user_assignment_destroy import sync_detailed

        return sync_detailed(
            assignment_id=assignment_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_user_assignment_check_retrieve(
        self,
        *,
        email: str,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_licenses_user_assignment_check_retrieve`."""
        from .catalog_licenses_user_assignment_check_retrieve import sync

        return sync(
            email=email,
            client=self._client,
        )

    def catalog_licenses_user_assignment_check_retrieve_detailed(
        self,
        *,
        email: str,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_licenses_user_assignment_check_retrieve_detailed`."""
        from .catalog_licenses_user_assignment_check_retrieve import sync_detailed

        return sync_detailed(
            email=email,
            client=self._client,
        )

    def catalog_licenses_user_assignment_group_retrieve(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedUserLicenseGroupAssignment:
        """See `AsyncCatalogApi.catalog_licenses_user_assignment_group_retrieve`."""
        from .catalog_licenses_user_assignment_group_retrieve import sync

        return sync(
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_user_assignment_group_retrieve_detailed(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedUserLicenseGroupAssignment]:
        """See `AsyncCatalogApi.catalog_licenses_user_assignment_group_retrieve_detailed`."""
        from .catalog_licenses_user_assignment_group_retrieve import sync_detailed

        return sync_detailed(
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_user_assignment_group_retrieve_iter(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[UserLicenseGroupAssignmentDetail]:
        """See `AsyncCatalogApi.catalog_licenses_user_assignment_group_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_licenses_user_assignment_group_retrieve import sync

        return paginate(
            sync,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_licenses_user_assignment_group_create(
        self,
        *,
        body: UserLicenseGroupAssignmentCreate,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> UserLicenseGroupAssignmentDetail:
        """See `AsyncCatalogApi.catalog_licenses_user_assignment_group_create`."""
        from .catalog_licenses_user_assignment_group_create import sync

        return sync(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_user_assignment_group_create_detailed(
        self,
        *,
        body: UserLicenseGroupAssignmentCreate,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[UserLicenseGroupAssignmentDetail]:
        """See `AsyncCatalogApi.catalog_licenses_user_assignment_group_create_detailed`."""
        from .catalog_licenses_user_assignment_group_create import sync_detailed

        return sync_detailed(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_user_assignment_group_destroy(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_licenses_user_assignment_group_destroy`."""
        from .catalog_licenses_user_assignment_group_destroy import sync

        return sync(
            assignment_id=assignment_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_user_assignment_group_destroy_detailed(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_licenses_user_assignment_group_destroy_detailed`."""
        from .catalog_licenses_user_assignment_group_destroy import sync_detailed

        return sync_detailed(
            assignment_id=assignment_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=self._client,
        )

    def catalog_licenses_user_create_create(
        self,
        *,
        body: UserLicenseCreate,
    ) -> UserLicenseDetail:
        """See `AsyncCatalogApi.catalog_licenses_user_create_create`."""
        from .catalog_licenses_user_create_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_licenses_user_create_create_detailed(
        self,
        *,
        body: UserLicenseCreate,
    ) -> Response[UserLicenseDetail]:
        """See `AsyncCatalogApi.catalog_licenses_user_create_create_detailed`."""
        from .catalog_licenses_user_create_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_licenses_user_update_create(
        self,
        *,
        body: UserLicenseUpdate | Unset = UNSET,
    ) -> UserLicenseDetail:
        """See `AsyncCatalogApi.catalog_licenses_user_update_create`."""
        from .catalog_licenses_user_update_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_licenses_user_update_create_detailed(
        self,
        *,
        body: UserLicenseUpdate | Unset = UNSET,
    ) -> Response[UserLicenseDetail]:
        """See `AsyncCatalogApi.catalog_licenses_user_update_create_detailed`."""
        from .catalog_licenses_user_update_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_metadata_choices_retrieve(
        self,
        *,
        field_key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        scope: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_metadata_choices_retrieve`."""
        from .catalog_metadata_choices_retrieve import sync

        return sync(
            field_key=field_key,
            org=org,
            scope=scope,
            client=self._client,
        )

    def catalog_metadata_choices_retrieve_detailed(
        self,
        *,
        field_key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        scope: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_metadata_choices_retrieve_detailed`."""
        from .catalog_metadata_choices_retrieve import sync_detailed

        return sync_detailed(
            field_key=field_key,
            org=org,
            scope=scope,
            client=self._client,
        )

    def catalog_metadata_course_public_retrieve(
        self,
        *,
        course_id: str,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_metadata_course_public_retrieve`."""
        from .catalog_metadata_course_public_retrieve import sync

        return sync(
            course_id=course_id,
            client=self._client,
        )

    def catalog_metadata_course_public_retrieve_detailed(
        self,
        *,
        course_id: str,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_metadata_course_public_retrieve_detailed`."""
        from .catalog_metadata_course_public_retrieve import sync_detailed

        return sync_detailed(
            course_id=course_id,
            client=self._client,
        )

    def catalog_metadata_course_public_retrieve2(
        self,
        field: str,
        *,
        course_id: str,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_metadata_course_public_retrieve2`."""
        from .catalog_metadata_course_public_retrieve2 import sync

        return sync(
            field,
            course_id=course_id,
            client=self._client,
        )

    def catalog_metadata_course_public_retrieve2_detailed(
        self,
        field: str,
        *,
        course_id: str,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_metadata_course_public_retrieve2_detailed`."""
        from .catalog_metadata_course_public_retrieve2 import sync_detailed

        return sync_detailed(
            field,
            course_id=course_id,
            client=self._client,
        )

    def catalog_metadata_course_search_create(
        self,
        *,
        body: CourseMetadataSearchRequest | Unset = UNSET,
    ) -> CatalogMetadataCourseSearchCreateResponse200:
        """See `AsyncCatalogApi.catalog_metadata_course_search_create`."""
        from .catalog_metadata_course_search_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_metadata_course_search_create_detailed(
        self,
        *,
        body: CourseMetadataSearchRequest | Unset = UNSET,
    ) -> Response[CatalogMetadataCourseSearchCreateResponse200]:
        """See `AsyncCatalogApi.catalog_metadata_course_search_create_detailed`."""
        from .catalog_metadata_course_search_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_metadata_course_retrieve(
        self,
        *,
        course_id: str,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_metadata_course_retrieve`."""
        from .catalog_metadata_course_retrieve import sync

        return sync(
            course_id=course_id,
            client=self._client,
        )

    def catalog_metadata_course_retrieve_detailed(
        self,
        *,
        course_id: str,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_metadata_course_retrieve_detailed`."""
        from .catalog_metadata_course_retrieve import sync_detailed

        return sync_detailed(
            course_id=course_id,
            client=self._client,
        )

    def catalog_metadata_course_create(
        self,
        *,
        body: CourseMetadataUpdateRequest,
        course_id: str,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_metadata_course_create`."""
        from .catalog_metadata_course_create import sync

        return sync(
            body=body,
            course_id=course_id,
            client=self._client,
        )

    def catalog_metadata_course_create_detailed(
        self,
        *,
        body: CourseMetadataUpdateRequest,
        course_id: str,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_metadata_course_create_detailed`."""
        from .catalog_metadata_course_create import sync_detailed

        return sync_detailed(
            body=body,
            course_id=course_id,
            client=self._client,
        )

    def catalog_metadata_course_retrieve2(
        self,
        field: str,
        *,
        course_id: str,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_metadata_course_retrieve2`."""
        from .catalog_metadata_course_retrieve2 import sync

        return sync(
            field,
            course_id=course_id,
            client=self._client,
        )

    def catalog_metadata_course_retrieve2_detailed(
        self,
        field: str,
        *,
        course_id: str,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_metadata_course_retrieve2_detailed`."""
        from .catalog_metadata_course_retrieve2 import sync_detailed

        return sync_detailed(
            field,
            course_id=course_id,
            client=self._client,
        )

    def catalog_metadata_course_create2(
        self,
        field: str,
        *,
        body: CourseMetadataUpdateRequest,
        course_id: str,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_metadata_course_create2`."""
        from .catalog_metadata_course_create2 import sync

        return sync(
            field,
            body=body,
            course_id=course_id,
            client=self._client,
        )

    def catalog_metadata_course_create2_detailed(
        self,
        field: str,
        *,
        body: CourseMetadataUpdateRequest,
        course_id: str,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_metadata_course_create2_detailed`."""
        from .catalog_metadata_course_create2 import sync_detailed

        return sync_detailed(
            field,
            body=body,
            course_id=course_id,
            client=self._client,
        )

    def catalog_metadata_program_public_retrieve(
        self,
        *,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> ProgramMetadataResponse:
        """See `AsyncCatalogApi.catalog_metadata_program_public_retrieve`."""
        from .catalog_metadata_program_public_retrieve import sync

        return sync(
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    def catalog_metadata_program_public_retrieve_detailed(
        self,
        *,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> Response[ProgramMetadataResponse]:
        """See `AsyncCatalogApi.catalog_metadata_program_public_retrieve_detailed`."""
        from .catalog_metadata_program_public_retrieve import sync_detailed

        return sync_detailed(
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    def catalog_metadata_program_public_retrieve2(
        self,
        field: str,
        *,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> ProgramMetadataResponse:
        """See `AsyncCatalogApi.catalog_metadata_program_public_retrieve2`."""
        from .catalog_metadata_program_public_retrieve2 import sync

        return sync(
            field,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    def catalog_metadata_program_public_retrieve2_detailed(
        self,
        field: str,
        *,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> Response[ProgramMetadataResponse]:
        """See `AsyncCatalogApi.catalog_metadata_program_public_retrieve2_detailed`."""
        from .catalog_metadata_program_public_retrieve2 import sync_detailed

        return sync_detailed(
            field,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    def catalog_metadata_program_retrieve(
        self,
        *,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> ProgramMetadataResponse:
        """See `AsyncCatalogApi.catalog_metadata_program_retrieve`."""
        from .catalog_metadata_program_retrieve import sync

        return sync(
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    def catalog_metadata_program_retrieve_detailed(
        self,
        *,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> Response[ProgramMetadataResponse]:
        """See `AsyncCatalogApi.catalog_metadata_program_retrieve_detailed`."""
        from .catalog_metadata_program_retrieve import sync_detailed

        return sync_detailed(
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    def catalog_metadata_program_create(
        self,
        *,
        body: ProgramMetadataRequest,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> ProgramMetadataResponse:
        """See `AsyncCatalogApi.catalog_metadata_program_create`."""
        from .catalog_metadata_program_create import sync

        return sync(
            body=body,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    def catalog_metadata_program_create_detailed(
        self,
        *,
        body: ProgramMetadataRequest,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> Response[ProgramMetadataResponse]:
        """See `AsyncCatalogApi.catalog_metadata_program_create_detailed`."""
        from .catalog_metadata_program_create import sync_detailed

        return sync_detailed(
            body=body,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    def catalog_metadata_program_retrieve2(
        self,
        field: str,
        *,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> ProgramMetadataResponse:
        """See `AsyncCatalogApi.catalog_metadata_program_retrieve2`."""
        from .catalog_metadata_program_retrieve2 import sync

        return sync(
            field,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    def catalog_metadata_program_retrieve2_detailed(
        self,
        field: str,
        *,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> Response[ProgramMetadataResponse]:
        """See `AsyncCatalogApi.catalog_metadata_program_retrieve2_detailed`."""
        from .catalog_metadata_program_retrieve2 import sync_detailed

        return sync_detailed(
            field,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    def catalog_metadata_program_create2(
        self,
        field: str,
        *,
        body: ProgramMetadataRequest,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> ProgramMetadataResponse:
        """See `AsyncCatalogApi.catalog_metadata_program_create2`."""
        from .catalog_metadata_program_create2 import sync

        return sync(
            field,
            body=body,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    def catalog_metadata_program_create2_detailed(
        self,
        field: str,
        *,
        body: ProgramMetadataRequest,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str,
        program_key: str | Unset = UNSET,
    ) -> Response[ProgramMetadataResponse]:
        """See `AsyncCatalogApi.catalog_metadata_program_create2_detailed`."""
        from .catalog_metadata_program_create2 import sync_detailed

        return sync_detailed(
            field,
            body=body,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=self._client,
        )

    def catalog_milestones_completions_course_catalog_retrieve(
        self,
        *,
        field_key: str | Unset = UNSET,
        user_id: int,
    ) -> CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200:
        """See `AsyncCatalogApi.catalog_milestones_completions_course_catalog_retrieve`."""
        from .catalog_milestones_completions_course_catalog_retrieve import sync

        return sync(
            field_key=field_key,
            user_id=user_id,
            client=self._client,
        )

    def catalog_milestones_completions_course_catalog_retrieve_detailed(
        self,
        *,
        field_key: str | Unset = UNSET,
        user_id: int,
    ) -> Response[CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200]:
        """See `AsyncCatalogApi.catalog_milestones_completions_course_catalog_retrieve_detailed`."""
        from .catalog_milestones_completions_course_catalog_retrieve import sync_detailed

        return sync_detailed(
            field_key=field_key,
            user_id=user_id,
            client=self._client,
        )

    def catalog_milestones_completions_course_manage_retrieve(
        self,
        *,
        course_id: str,
        user_id: int,
    ) -> CatalogMilestonesCompletionsCourseManageRetrieveResponse200:
        """See `AsyncCatalogApi.catalog_milestones_completions_course_manage_retrieve`."""
        from .catalog_milestones_completions_course_manage_retrieve import sync

        return sync(
            course_id=course_id,
            user_id=user_id,
            client=self._client,
        )

    def catalog_milestones_completions_course_manage_retrieve_detailed(
        self,
        *,
        course_id: str,
        user_id: int,
    ) -> Response[CatalogMilestonesCompletionsCourseManageRetrieveResponse200]:
        """See `AsyncCatalogApi.catalog_milestones_completions_course_manage_retrieve_detailed`."""
        from .catalog_milestones_completions_course_manage_retrieve import sync_detailed

        return sync_detailed(
            course_id=course_id,
            user_id=user_id,
            client=self._client,
        )

    def catalog_milestones_completions_course_manage_create(
        self,
        *,
        body: CourseCompletionRequest,
        course_id: str,
        user_id: int,
    ) -> (
        CatalogMilestonesCompletionsCourseManageCreateResponse200
        | CatalogMilestonesCompletionsCourseManageCreateResponse201
    ):
        """See `AsyncCatalogApi.catalog_milestones_completions_course_manage_create`."""
        from .catalog_milestones_completions_course_manage_create import sync

        return sync(
            body=body,
            course_id=course_id,
            user_id=user_id,
            client=self._client,
        )

    def catalog_milestones_completions_course_manage_create_detailed(
        self,
        *,
        body: CourseCompletionRequest,
        course_id: str,
        user_id: int,
    ) -> Response[
        CatalogMilestonesCompletionsCourseManageCreateResponse200
        | CatalogMilestonesCompletionsCourseManageCreateResponse201
    ]:
        """See `AsyncCatalogApi.catalog_milestones_completions_course_manage_create_detailed`."""
        from .catalog_milestones_completions_course_manage_create import sync_detailed

        return sync_detailed(
            body=body,
            course_id=course_id,
            user_id=user_id,
            client=self._client,
        )

    def catalog_milestones_completions_pathway_query_retrieve(
        self,
        *,
        pathway_uuid: str,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PathwayCompletionResponse:
        """See `AsyncCatalogApi.catalog_milestones_completions_pathway_query_retrieve`."""
        from .catalog_milestones_completions_pathway_query_retrieve import sync

        return sync(
            pathway_uuid=pathway_uuid,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_milestones_completions_pathway_query_retrieve_detailed(
        self,
        *,
        pathway_uuid: str,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PathwayCompletionResponse]:
        """See `AsyncCatalogApi.catalog_milestones_completions_pathway_query_retrieve_detailed`."""
        from .catalog_milestones_completions_pathway_query_retrieve import sync_detailed

        return sync_detailed(
            pathway_uuid=pathway_uuid,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_milestones_completions_program_query_retrieve(
        self,
        *,
        program_key: str,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ProgramCompletionResponse:
        """See `AsyncCatalogApi.catalog_milestones_completions_program_query_retrieve`."""
        from .catalog_milestones_completions_program_query_retrieve import sync

        return sync(
            program_key=program_key,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_milestones_completions_program_query_retrieve_detailed(
        self,
        *,
        program_key: str,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ProgramCompletionResponse]:
        """See `AsyncCatalogApi.catalog_milestones_completions_program_query_retrieve_detailed`."""
        from .catalog_milestones_completions_program_query_retrieve import sync_detailed

        return sync_detailed(
            program_key=program_key,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_milestones_completions_resource_manage_retrieve(
        self,
        *,
        resource_id: int,
        user_id: int,
    ) -> ResourceCompletion:
        """See `AsyncCatalogApi.catalog_milestones_completions_resource_manage_retrieve`."""
        from .catalog_milestones_completions_resource_manage_retrieve import sync

        return sync(
            resource_id=resource_id,
            user_id=user_id,
            client=self._client,
        )

    def catalog_milestones_completions_resource_manage_retrieve_detailed(
        self,
        *,
        resource_id: int,
        user_id: int,
    ) -> Response[ResourceCompletion]:
        """See `AsyncCatalogApi.catalog_milestones_completions_resource_manage_retrieve_detailed`."""
        from .catalog_milestones_completions_resource_manage_retrieve import sync_detailed

        return sync_detailed(
            resource_id=resource_id,
            user_id=user_id,
            client=self._client,
        )

    def catalog_milestones_completions_resource_manage_create(
        self,
        *,
        body: ResourceCompletionRequest,
        resource_id: int,
        user_id: int,
    ) -> ResourceCompletion:
        """See `AsyncCatalogApi.catalog_milestones_completions_resource_manage_create`."""
        from .catalog_milestones_completions_resource_manage_create import sync

        return sync(
            body=body,
            resource_id=resource_id,
            user_id=user_id,
            client=self._client,
        )

    def catalog_milestones_completions_resource_manage_create_detailed(
        self,
        *,
        body: ResourceCompletionRequest,
        resource_id: int,
        user_id: int,
    ) -> Response[ResourceCompletion]:
        """See `AsyncCatalogApi.catalog_milestones_completions_resource_manage_create_detailed`."""
        from .catalog_milestones_completions_resource_manage_create import sync_detailed

        return sync_detailed(
            body=body,
            resource_id=resource_id,
            user_id=user_id,
            client=self._client,
        )

    def catalog_milestones_skill_points_block_retrieve(
        self,
        *,
        block_id: str,
        get_obj: bool | Unset = UNSET,
    ) -> CatalogMilestonesSkillPointsBlockRetrieveResponse200:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_block_retrieve`."""
        from .catalog_milestones_skill_points_block_retrieve import sync

        return sync(
            block_id=block_id,
            get_obj=get_obj,
            client=self._client,
        )

    def catalog_milestones_skill_points_block_retrieve_detailed(
        self,
        *,
        block_id: str,
        get_obj: bool | Unset = UNSET,
    ) -> Response[CatalogMilestonesSkillPointsBlockRetrieveResponse200]:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_block_retrieve_detailed`."""
        from .catalog_milestones_skill_points_block_retrieve import sync_detailed

        return sync_detailed(
            block_id=block_id,
            get_obj=get_obj,
            client=self._client,
        )

    def catalog_milestones_skill_points_block_create(
        self,
        *,
        body: BlockSkillPointInfoRequest,
        block_id: str,
        get_obj: bool | Unset = UNSET,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_block_create`."""
        from .catalog_milestones_skill_points_block_create import sync

        return sync(
            body=body,
            block_id=block_id,
            get_obj=get_obj,
            client=self._client,
        )

    def catalog_milestones_skill_points_block_create_detailed(
        self,
        *,
        body: BlockSkillPointInfoRequest,
        block_id: str,
        get_obj: bool | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_block_create_detailed`."""
        from .catalog_milestones_skill_points_block_create import sync_detailed

        return sync_detailed(
            body=body,
            block_id=block_id,
            get_obj=get_obj,
            client=self._client,
        )

    def catalog_milestones_skill_points_course_retrieve(
        self,
        *,
        course_id: str,
        get_obj: bool | Unset = UNSET,
    ) -> CatalogMilestonesSkillPointsCourseRetrieveResponse200:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_course_retrieve`."""
        from .catalog_milestones_skill_points_course_retrieve import sync

        return sync(
            course_id=course_id,
            get_obj=get_obj,
            client=self._client,
        )

    def catalog_milestones_skill_points_course_retrieve_detailed(
        self,
        *,
        course_id: str,
        get_obj: bool | Unset = UNSET,
    ) -> Response[CatalogMilestonesSkillPointsCourseRetrieveResponse200]:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_course_retrieve_detailed`."""
        from .catalog_milestones_skill_points_course_retrieve import sync_detailed

        return sync_detailed(
            course_id=course_id,
            get_obj=get_obj,
            client=self._client,
        )

    def catalog_milestones_skill_points_course_create(
        self,
        *,
        body: CourseSkillPointInfoRequest,
        course_id: str,
        get_obj: bool | Unset = UNSET,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_course_create`."""
        from .catalog_milestones_skill_points_course_create import sync

        return sync(
            body=body,
            course_id=course_id,
            get_obj=get_obj,
            client=self._client,
        )

    def catalog_milestones_skill_points_course_create_detailed(
        self,
        *,
        body: CourseSkillPointInfoRequest,
        course_id: str,
        get_obj: bool | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_course_create_detailed`."""
        from .catalog_milestones_skill_points_course_create import sync_detailed

        return sync_detailed(
            body=body,
            course_id=course_id,
            get_obj=get_obj,
            client=self._client,
        )

    def catalog_milestones_skill_points_platform_retrieve(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PlatformSkillPointResponse:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_platform_retrieve`."""
        from .catalog_milestones_skill_points_platform_retrieve import sync

        return sync(
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_milestones_skill_points_platform_retrieve_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PlatformSkillPointResponse]:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_platform_retrieve_detailed`."""
        from .catalog_milestones_skill_points_platform_retrieve import sync_detailed

        return sync_detailed(
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_milestones_skill_points_platform_create(
        self,
        *,
        body: PlatformSkillPointRequest,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_platform_create`."""
        from .catalog_milestones_skill_points_platform_create import sync

        return sync(
            body=body,
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_milestones_skill_points_platform_create_detailed(
        self,
        *,
        body: PlatformSkillPointRequest,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_platform_create_detailed`."""
        from .catalog_milestones_skill_points_platform_create import sync_detailed

        return sync_detailed(
            body=body,
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_milestones_skill_points_platform_destroy(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        skill_point_id: int,
        sort: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_platform_destroy`."""
        from .catalog_milestones_skill_points_platform_destroy import sync

        return sync(
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            skill_point_id=skill_point_id,
            sort=sort,
            client=self._client,
        )

    def catalog_milestones_skill_points_platform_destroy_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        skill_point_id: int,
        sort: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_platform_destroy_detailed`."""
        from .catalog_milestones_skill_points_platform_destroy import sync_detailed

        return sync_detailed(
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            skill_point_id=skill_point_id,
            sort=sort,
            client=self._client,
        )

    def catalog_milestones_skill_points_platform_bulk_create(
        self,
        *,
        body: PlatformSkillPointBulkRequest,
    ) -> PlatformSkillPointBulkResponse:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_platform_bulk_create`."""
        from .catalog_milestones_skill_points_platform_bulk_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_milestones_skill_points_platform_bulk_create_detailed(
        self,
        *,
        body: PlatformSkillPointBulkRequest,
    ) -> Response[PlatformSkillPointBulkResponse]:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_platform_bulk_create_detailed`."""
        from .catalog_milestones_skill_points_platform_bulk_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_milestones_skill_points_platform_group_create(
        self,
        *,
        body: PlatformSkillPointGroupRequest,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_platform_group_create`."""
        from .catalog_milestones_skill_points_platform_group_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_milestones_skill_points_platform_group_create_detailed(
        self,
        *,
        body: PlatformSkillPointGroupRequest,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_platform_group_create_detailed`."""
        from .catalog_milestones_skill_points_platform_group_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_milestones_skill_points_user_retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> CatalogMilestonesSkillPointsUserRetrieveResponse200:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_user_retrieve`."""
        from .catalog_milestones_skill_points_user_retrieve import sync

        return sync(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_milestones_skill_points_user_retrieve_detailed(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[CatalogMilestonesSkillPointsUserRetrieveResponse200]:
        """See `AsyncCatalogApi.catalog_milestones_skill_points_user_retrieve_detailed`."""
        from .catalog_milestones_skill_points_user_retrieve import sync_detailed

        return sync_detailed(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_pathways_list(
        self,
        *,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
    ) -> list[Pathway]:
        """See `AsyncCatalogApi.catalog_pathways_list`."""
        from .catalog_pathways_list import sync

        return sync(
            item_id=item_id,
            name=name,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            visible=visible,
            client=self._client,
        )

    def catalog_pathways_list_detailed(
        self,
        *,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
    ) -> Response[list[Pathway]]:
        """See `AsyncCatalogApi.catalog_pathways_list_detailed`."""
        from .catalog_pathways_list import sync_detailed

        return sync_detailed(
            item_id=item_id,
            name=name,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            visible=visible,
            client=self._client,
        )

    def catalog_pathways_create(
        self,
        *,
        body: PathwayCreateUpdateRequest,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
    ) -> Pathway:
        """See `AsyncCatalogApi.catalog_pathways_create`."""
        from .catalog_pathways_create import sync

        return sync(
            body=body,
            item_id=item_id,
            name=name,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            visible=visible,
            client=self._client,
        )

    def catalog_pathways_create_detailed(
        self,
        *,
        body: PathwayCreateUpdateRequest,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
    ) -> Response[Pathway]:
        """See `AsyncCatalogApi.catalog_pathways_create_detailed`."""
        from .catalog_pathways_create import sync_detailed

        return sync_detailed(
            body=body,
            item_id=item_id,
            name=name,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            visible=visible,
            client=self._client,
        )

    def catalog_pathways_destroy(
        self,
        *,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
    ) -> PathwayDeleteResponse:
        """See `AsyncCatalogApi.catalog_pathways_destroy`."""
        from .catalog_pathways_destroy import sync

        return sync(
            item_id=item_id,
            name=name,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            visible=visible,
            client=self._client,
        )

    def catalog_pathways_destroy_detailed(
        self,
        *,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
    ) -> Response[PathwayDeleteResponse]:
        """See `AsyncCatalogApi.catalog_pathways_destroy_detailed`."""
        from .catalog_pathways_destroy import sync_detailed

        return sync_detailed(
            item_id=item_id,
            name=name,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            visible=visible,
            client=self._client,
        )

    def catalog_programs_list(
        self,
        *,
        course_id: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        slug: str | Unset = UNSET,
    ) -> list[Program]:
        """See `AsyncCatalogApi.catalog_programs_list`."""
        from .catalog_programs_list import sync

        return sync(
            course_id=course_id,
            enabled=enabled,
            name=name,
            org=org,
            program_id=program_id,
            slug=slug,
            client=self._client,
        )

    def catalog_programs_list_detailed(
        self,
        *,
        course_id: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        slug: str | Unset = UNSET,
    ) -> Response[list[Program]]:
        """See `AsyncCatalogApi.catalog_programs_list_detailed`."""
        from .catalog_programs_list import sync_detailed

        return sync_detailed(
            course_id=course_id,
            enabled=enabled,
            name=name,
            org=org,
            program_id=program_id,
            slug=slug,
            client=self._client,
        )

    def catalog_programs_create(
        self,
        *,
        body: ProgramCreateUpdateRequest,
    ) -> Program:
        """See `AsyncCatalogApi.catalog_programs_create`."""
        from .catalog_programs_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_programs_create_detailed(
        self,
        *,
        body: ProgramCreateUpdateRequest,
    ) -> Response[Program]:
        """See `AsyncCatalogApi.catalog_programs_create_detailed`."""
        from .catalog_programs_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_programs_destroy(
        self,
        *,
        org: str,
        program_id: str,
    ) -> ProgramDeleteResponse:
        """See `AsyncCatalogApi.catalog_programs_destroy`."""
        from .catalog_programs_destroy import sync

        return sync(
            org=org,
            program_id=program_id,
            client=self._client,
        )

    def catalog_programs_destroy_detailed(
        self,
        *,
        org: str,
        program_id: str,
    ) -> Response[ProgramDeleteResponse]:
        """See `AsyncCatalogApi.catalog_programs_destroy_detailed`."""
        from .catalog_programs_destroy import sync_detailed

        return sync_detailed(
            org=org,
            program_id=program_id,
            client=self._client,
        )

    def catalog_recommendation_courses_retrieve(
        self,
        *,
        course_id: str,
        org: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> Course:
        """See `AsyncCatalogApi.catalog_recommendation_courses_retrieve`."""
        from .catalog_recommendation_courses_retrieve import sync

        return sync(
            course_id=course_id,
            org=org,
            user_id=user_id,
            client=self._client,
        )

    def catalog_recommendation_courses_retrieve_detailed(
        self,
        *,
        course_id: str,
        org: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> Response[Course]:
        """See `AsyncCatalogApi.catalog_recommendation_courses_retrieve_detailed`."""
        from .catalog_recommendation_courses_retrieve import sync_detailed

        return sync_detailed(
            course_id=course_id,
            org=org,
            user_id=user_id,
            client=self._client,
        )

    def catalog_resources_list(
        self,
        *,
        id: int | Unset = UNSET,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> list[Resource]:
        """See `AsyncCatalogApi.catalog_resources_list`."""
        from .catalog_resources_list import sync

        return sync(
            id=id,
            item_id=item_id,
            key=key,
            name=name,
            org=org,
            platform_key=platform_key,
            platform_org=platform_org,
            resource_type=resource_type,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_resources_list_detailed(
        self,
        *,
        id: int | Unset = UNSET,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[list[Resource]]:
        """See `AsyncCatalogApi.catalog_resources_list_detailed`."""
        from .catalog_resources_list import sync_detailed

        return sync_detailed(
            id=id,
            item_id=item_id,
            key=key,
            name=name,
            org=org,
            platform_key=platform_key,
            platform_org=platform_org,
            resource_type=resource_type,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_resources_create(
        self,
        *,
        body: ResourceCreateUpdate,
        id: int | Unset = UNSET,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Resource:
        """See `AsyncCatalogApi.catalog_resources_create`."""
        from .catalog_resources_create import sync

        return sync(
            body=body,
            id=id,
            item_id=item_id,
            key=key,
            name=name,
            org=org,
            platform_key=platform_key,
            platform_org=platform_org,
            resource_type=resource_type,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_resources_create_detailed(
        self,
        *,
        body: ResourceCreateUpdate,
        id: int | Unset = UNSET,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[Resource]:
        """See `AsyncCatalogApi.catalog_resources_create_detailed`."""
        from .catalog_resources_create import sync_detailed

        return sync_detailed(
            body=body,
            id=id,
            item_id=item_id,
            key=key,
            name=name,
            org=org,
            platform_key=platform_key,
            platform_org=platform_org,
            resource_type=resource_type,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_resources_destroy(
        self,
        *,
        id: int,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ResourceDeleteResponse:
        """See `AsyncCatalogApi.catalog_resources_destroy`."""
        from .catalog_resources_destroy import sync

        return sync(
            id=id,
            item_id=item_id,
            key=key,
            name=name,
            org=org,
            platform_key=platform_key,
            platform_org=platform_org,
            resource_type=resource_type,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_resources_destroy_detailed(
        self,
        *,
        id: int,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ResourceDeleteResponse]:
        """See `AsyncCatalogApi.catalog_resources_destroy_detailed`."""
        from .catalog_resources_destroy import sync_detailed

        return sync_detailed(
            id=id,
            item_id=item_id,
            key=key,
            name=name,
            org=org,
            platform_key=platform_key,
            platform_org=platform_org,
            resource_type=resource_type,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_reviews_course_retrieve(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> CourseReviewPaginatedResponse:
        """See `AsyncCatalogApi.catalog_reviews_course_retrieve`."""
        from .catalog_reviews_course_retrieve import sync

        return sync(
            course_id=course_id,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    def catalog_reviews_course_retrieve_detailed(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> Response[CourseReviewPaginatedResponse]:
        """See `AsyncCatalogApi.catalog_reviews_course_retrieve_detailed`."""
        from .catalog_reviews_course_retrieve import sync_detailed

        return sync_detailed(
            course_id=course_id,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    def catalog_reviews_course_retrieve_iter(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[CourseReviewPaginatedResponseResultsItem]:
        """See `AsyncCatalogApi.catalog_reviews_course_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_reviews_course_retrieve import sync

        return paginate(
            sync,
            course_id=course_id,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_reviews_course_info_retrieve(
        self,
        *,
        course_id: str,
    ) -> CourseReviewInfoResponse:
        """See `AsyncCatalogApi.catalog_reviews_course_info_retrieve`."""
        from .catalog_reviews_course_info_retrieve import sync

        return sync(
            course_id=course_id,
            client=self._client,
        )

    def catalog_reviews_course_info_retrieve_detailed(
        self,
        *,
        course_id: str,
    ) -> Response[CourseReviewInfoResponse]:
        """See `AsyncCatalogApi.catalog_reviews_course_info_retrieve_detailed`."""
        from .catalog_reviews_course_info_retrieve import sync_detailed

        return sync_detailed(
            course_id=course_id,
            client=self._client,
        )

    def catalog_reviews_course_update_create(
        self,
        *,
        body: CourseReviewRequest,
    ) -> CourseReviewResponse:
        """See `AsyncCatalogApi.catalog_reviews_course_update_create`."""
        from .catalog_reviews_course_update_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_reviews_course_update_create_detailed(
        self,
        *,
        body: CourseReviewRequest,
    ) -> Response[CourseReviewResponse]:
        """See `AsyncCatalogApi.catalog_reviews_course_update_create_detailed`."""
        from .catalog_reviews_course_update_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_reviews_course_update_destroy(
        self,
        *,
        course_id: str,
        user_id: int | Unset = UNSET,
        username: str,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_reviews_course_update_destroy`."""
        from .catalog_reviews_course_update_destroy import sync

        return sync(
            course_id=course_id,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_reviews_course_update_destroy_detailed(
        self,
        *,
        course_id: str,
        user_id: int | Unset = UNSET,
        username: str,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_reviews_course_update_destroy_detailed`."""
        from .catalog_reviews_course_update_destroy import sync_detailed

        return sync_detailed(
            course_id=course_id,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_reviews_program_retrieve(
        self,
        *,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> ProgramReviewPaginatedResponse:
        """See `AsyncCatalogApi.catalog_reviews_program_retrieve`."""
        from .catalog_reviews_program_retrieve import sync

        return sync(
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            program_id=program_id,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    def catalog_reviews_program_retrieve_detailed(
        self,
        *,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
    ) -> Response[ProgramReviewPaginatedResponse]:
        """See `AsyncCatalogApi.catalog_reviews_program_retrieve_detailed`."""
        from .catalog_reviews_program_retrieve import sync_detailed

        return sync_detailed(
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            program_id=program_id,
            sort=sort,
            user_id=user_id,
            client=self._client,
        )

    def catalog_reviews_program_retrieve_iter(
        self,
        *,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[ProgramReview]:
        """See `AsyncCatalogApi.catalog_reviews_program_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_reviews_program_retrieve import sync

        return paginate(
            sync,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            program_id=program_id,
            sort=sort,
            user_id=user_id,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_reviews_program_info_retrieve(
        self,
        *,
        program_key: str,
    ) -> ProgramReviewInfoResponse:
        """See `AsyncCatalogApi.catalog_reviews_program_info_retrieve`."""
        from .catalog_reviews_program_info_retrieve import sync

        return sync(
            program_key=program_key,
            client=self._client,
        )

    def catalog_reviews_program_info_retrieve_detailed(
        self,
        *,
        program_key: str,
    ) -> Response[ProgramReviewInfoResponse]:
        """See `AsyncCatalogApi.catalog_reviews_program_info_retrieve_detailed`."""
        from .catalog_reviews_program_info_retrieve import sync_detailed

        return sync_detailed(
            program_key=program_key,
            client=self._client,
        )

    def catalog_reviews_program_update_create(
        self,
        *,
        body: ProgramReviewRequest,
    ) -> ProgramReview:
        """See `AsyncCatalogApi.catalog_reviews_program_update_create`."""
        from .catalog_reviews_program_update_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_reviews_program_update_create_detailed(
        self,
        *,
        body: ProgramReviewRequest,
    ) -> Response[ProgramReview]:
        """See `AsyncCatalogApi.catalog_reviews_program_update_create_detailed`."""
        from .catalog_reviews_program_update_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_reviews_program_update_destroy(
        self,
        *,
        program_key: str,
        user_id: int | Unset = UNSET,
        username: str,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_reviews_program_update_destroy`."""
        from .catalog_reviews_program_update_destroy import sync

        return sync(
            program_key=program_key,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_reviews_program_update_destroy_detailed(
        self,
        *,
        program_key: str,
        user_id: int | Unset = UNSET,
        username: str,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_reviews_program_update_destroy_detailed`."""
        from .catalog_reviews_program_update_destroy import sync_detailed

        return sync_detailed(
            program_key=program_key,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_roles_retrieve(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Role:
        """See `AsyncCatalogApi.catalog_roles_retrieve`."""
        from .catalog_roles_retrieve import sync

        return sync(
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=self._client,
        )

    def catalog_roles_retrieve_detailed(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[Role]:
        """See `AsyncCatalogApi.catalog_roles_retrieve_detailed`."""
        from .catalog_roles_retrieve import sync_detailed

        return sync_detailed(
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=self._client,
        )

    def catalog_roles_create(
        self,
        *,
        body: RoleCreateUpdateRequest,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Role:
        """See `AsyncCatalogApi.catalog_roles_create`."""
        from .catalog_roles_create import sync

        return sync(
            body=body,
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=self._client,
        )

    def catalog_roles_create_detailed(
        self,
        *,
        body: RoleCreateUpdateRequest,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[Role]:
        """See `AsyncCatalogApi.catalog_roles_create_detailed`."""
        from .catalog_roles_create import sync_detailed

        return sync_detailed(
            body=body,
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=self._client,
        )

    def catalog_roles_desired_retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> DesiredRole:
        """See `AsyncCatalogApi.catalog_roles_desired_retrieve`."""
        from .catalog_roles_desired_retrieve import sync

        return sync(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_roles_desired_retrieve_detailed(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[DesiredRole]:
        """See `AsyncCatalogApi.catalog_roles_desired_retrieve_detailed`."""
        from .catalog_roles_desired_retrieve import sync_detailed

        return sync_detailed(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_roles_desired_create(
        self,
        *,
        body: DesiredRoleCreateUpdateRequest,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> DesiredRole:
        """See `AsyncCatalogApi.catalog_roles_desired_create`."""
        from .catalog_roles_desired_create import sync

        return sync(
            body=body,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_roles_desired_create_detailed(
        self,
        *,
        body: DesiredRoleCreateUpdateRequest,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[DesiredRole]:
        """See `AsyncCatalogApi.catalog_roles_desired_create_detailed`."""
        from .catalog_roles_desired_create import sync_detailed

        return sync_detailed(
            body=body,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_roles_public_create(
        self,
        *,
        body: RoleCreateUpdateRequest,
    ) -> Role:
        """See `AsyncCatalogApi.catalog_roles_public_create`."""
        from .catalog_roles_public_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_roles_public_create_detailed(
        self,
        *,
        body: RoleCreateUpdateRequest,
    ) -> Response[Role]:
        """See `AsyncCatalogApi.catalog_roles_public_create_detailed`."""
        from .catalog_roles_public_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_roles_reported_retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ReportedRole:
        """See `AsyncCatalogApi.catalog_roles_reported_retrieve`."""
        from .catalog_roles_reported_retrieve import sync

        return sync(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_roles_reported_retrieve_detailed(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ReportedRole]:
        """See `AsyncCatalogApi.catalog_roles_reported_retrieve_detailed`."""
        from .catalog_roles_reported_retrieve import sync_detailed

        return sync_detailed(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_roles_reported_create(
        self,
        *,
        body: ReportedRoleCreateUpdateRequest,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ReportedRole:
        """See `AsyncCatalogApi.catalog_roles_reported_create`."""
        from .catalog_roles_reported_create import sync

        return sync(
            body=body,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_roles_reported_create_detailed(
        self,
        *,
        body: ReportedRoleCreateUpdateRequest,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ReportedRole]:
        """See `AsyncCatalogApi.catalog_roles_reported_create_detailed`."""
        from .catalog_roles_reported_create import sync_detailed

        return sync_detailed(
            body=body,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_search_programs_create(
        self,
        *,
        body: ProgramSearchRequest,
        org: str | Unset = UNSET,
        query: str | Unset = UNSET,
    ) -> ProgramSearch:
        """See `AsyncCatalogApi.catalog_search_programs_create`."""
        from .catalog_search_programs_create import sync

        return sync(
            body=body,
            org=org,
            query=query,
            client=self._client,
        )

    def catalog_search_programs_create_detailed(
        self,
        *,
        body: ProgramSearchRequest,
        org: str | Unset = UNSET,
        query: str | Unset = UNSET,
    ) -> Response[ProgramSearch]:
        """See `AsyncCatalogApi.catalog_search_programs_create_detailed`."""
        from .catalog_search_programs_create import sync_detailed

        return sync_detailed(
            body=body,
            org=org,
            query=query,
            client=self._client,
        )

    def catalog_skills_retrieve(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedSkill:
        """See `AsyncCatalogApi.catalog_skills_retrieve`."""
        from .catalog_skills_retrieve import sync

        return sync(
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=self._client,
        )

    def catalog_skills_retrieve_detailed(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedSkill]:
        """See `AsyncCatalogApi.catalog_skills_retrieve_detailed`."""
        from .catalog_skills_retrieve import sync_detailed

        return sync_detailed(
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=self._client,
        )

    def catalog_skills_retrieve_iter(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[Skill]:
        """See `AsyncCatalogApi.catalog_skills_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_skills_retrieve import sync

        return paginate(
            sync,
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_skills_create(
        self,
        *,
        body: PaginatedSkillRequest,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedSkill:
        """See `AsyncCatalogApi.catalog_skills_create`."""
        from .catalog_skills_create import sync

        return sync(
            body=body,
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=self._client,
        )

    def catalog_skills_create_detailed(
        self,
        *,
        body: PaginatedSkillRequest,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedSkill]:
        """See `AsyncCatalogApi.catalog_skills_create_detailed`."""
        from .catalog_skills_create import sync_detailed

        return sync_detailed(
            body=body,
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=self._client,
        )

    def catalog_skills_desired_retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> DesiredSkill:
        """See `AsyncCatalogApi.catalog_skills_desired_retrieve`."""
        from .catalog_skills_desired_retrieve import sync

        return sync(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_skills_desired_retrieve_detailed(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[DesiredSkill]:
        """See `AsyncCatalogApi.catalog_skills_desired_retrieve_detailed`."""
        from .catalog_skills_desired_retrieve import sync_detailed

        return sync_detailed(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_skills_desired_create(
        self,
        *,
        body: DesiredSkillCreateUpdateRequest,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> DesiredSkill:
        """See `AsyncCatalogApi.catalog_skills_desired_create`."""
        from .catalog_skills_desired_create import sync

        return sync(
            body=body,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_skills_desired_create_detailed(
        self,
        *,
        body: DesiredSkillCreateUpdateRequest,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[DesiredSkill]:
        """See `AsyncCatalogApi.catalog_skills_desired_create_detailed`."""
        from .catalog_skills_desired_create import sync_detailed

        return sync_detailed(
            body=body,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_skills_public_create(
        self,
        *,
        body: SkillCreateUpdateRequest,
    ) -> Skill:
        """See `AsyncCatalogApi.catalog_skills_public_create`."""
        from .catalog_skills_public_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_skills_public_create_detailed(
        self,
        *,
        body: SkillCreateUpdateRequest,
    ) -> Response[Skill]:
        """See `AsyncCatalogApi.catalog_skills_public_create_detailed`."""
        from .catalog_skills_public_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_skills_reported_retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ReportedSkill:
        """See `AsyncCatalogApi.catalog_skills_reported_retrieve`."""
        from .catalog_skills_reported_retrieve import sync

        return sync(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_skills_reported_retrieve_detailed(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ReportedSkill]:
        """See `AsyncCatalogApi.catalog_skills_reported_retrieve_detailed`."""
        from .catalog_skills_reported_retrieve import sync_detailed

        return sync_detailed(
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_skills_reported_create(
        self,
        *,
        body: ReportedSkillCreateUpdateRequest,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> ReportedSkill:
        """See `AsyncCatalogApi.catalog_skills_reported_create`."""
        from .catalog_skills_reported_create import sync

        return sync(
            body=body,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_skills_reported_create_detailed(
        self,
        *,
        body: ReportedSkillCreateUpdateRequest,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[ReportedSkill]:
        """See `AsyncCatalogApi.catalog_skills_reported_create_detailed`."""
        from .catalog_skills_reported_create import sync_detailed

        return sync_detailed(
            body=body,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_suggestions_course_manage_retrieve(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedCourseSuggestion:
        """See `AsyncCatalogApi.catalog_suggestions_course_manage_retrieve`."""
        from .catalog_suggestions_course_manage_retrieve import sync

        return sync(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_course_manage_retrieve_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedCourseSuggestion]:
        """See `AsyncCatalogApi.catalog_suggestions_course_manage_retrieve_detailed`."""
        from .catalog_suggestions_course_manage_retrieve import sync_detailed

        return sync_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_course_manage_retrieve_iter(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[CourseSuggestionDetail]:
        """See `AsyncCatalogApi.catalog_suggestions_course_manage_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_suggestions_course_manage_retrieve import sync

        return paginate(
            sync,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_suggestions_course_manage_create(
        self,
        *,
        body: CourseSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> CourseSuggestionDetail:
        """See `AsyncCatalogApi.catalog_suggestions_course_manage_create`."""
        from .catalog_suggestions_course_manage_create import sync

        return sync(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_course_manage_create_detailed(
        self,
        *,
        body: CourseSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[CourseSuggestionDetail]:
        """See `AsyncCatalogApi.catalog_suggestions_course_manage_create_detailed`."""
        from .catalog_suggestions_course_manage_create import sync_detailed

        return sync_detailed(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_course_manage_destroy(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_suggestions_course_manage_destroy`."""
        from .catalog_suggestions_course_manage_destroy import sync

        return sync(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    def catalog_suggestions_course_manage_destroy_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_suggestions_course_manage_destroy_detailed`."""
        from .catalog_suggestions_course_manage_destroy import sync_detailed

        return sync_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    def catalog_suggestions_course_manage_bulk_create(
        self,
        *,
        body: CourseSuggestionBulkCreate,
    ) -> BulkSuggestionResponse:
        """See `AsyncCatalogApi.catalog_suggestions_course_manage_bulk_create`."""
        from .catalog_suggestions_course_manage_bulk_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_suggestions_course_manage_bulk_create_detailed(
        self,
        *,
        body: CourseSuggestionBulkCreate,
    ) -> Response[BulkSuggestionResponse]:
        """See `AsyncCatalogApi.catalog_suggestions_course_manage_bulk_create_detailed`."""
        from .catalog_suggestions_course_manage_bulk_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_suggestions_course_manage_group_retrieve(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedCourseGroupSuggestion:
        """See `AsyncCatalogApi.catalog_suggestions_course_manage_group_retrieve`."""
        from .catalog_suggestions_course_manage_group_retrieve import sync

        return sync(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_course_manage_group_retrieve_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedCourseGroupSuggestion]:
        """See `AsyncCatalogApi.catalog_suggestions_course_manage_group_retrieve_detailed`."""
        from .catalog_suggestions_course_manage_group_retrieve import sync_detailed

        return sync_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_course_manage_group_retrieve_iter(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[CourseGroupSuggestionDetail]:
        """See `AsyncCatalogApi.catalog_suggestions_course_manage_group_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_suggestions_course_manage_group_retrieve import sync

        return paginate(
            sync,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_suggestions_course_manage_group_create(
        self,
        *,
        body: CourseGroupSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> CourseGroupSuggestionDetail:
        """See `AsyncCatalogApi.catalog_suggestions_course_manage_group_create`."""
        from .catalog_suggestions_course_manage_group_create import sync

        return sync(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_course_manage_group_create_detailed(
        self,
        *,
        body: CourseGroupSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[CourseGroupSuggestionDetail]:
        """See `AsyncCatalogApi.catalog_suggestions_course_manage_group_create_detailed`."""
        from .catalog_suggestions_course_manage_group_create import sync_detailed

        return sync_detailed(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_course_manage_group_destroy(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_suggestions_course_manage_group_destroy`."""
        from .catalog_suggestions_course_manage_group_destroy import sync

        return sync(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    def catalog_suggestions_course_manage_group_destroy_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_suggestions_course_manage_group_destroy_detailed`."""
        from .catalog_suggestions_course_manage_group_destroy import sync_detailed

        return sync_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    def catalog_suggestions_course_user_retrieve(
        self,
        *,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user: str,
        user_id: int | Unset = UNSET,
    ) -> PaginatedCourseSuggestion:
        """See `AsyncCatalogApi.catalog_suggestions_course_user_retrieve`."""
        from .catalog_suggestions_course_user_retrieve import sync

        return sync(
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user=user,
            user_id=user_id,
            client=self._client,
        )

    def catalog_suggestions_course_user_retrieve_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user: str,
        user_id: int | Unset = UNSET,
    ) -> Response[PaginatedCourseSuggestion]:
        """See `AsyncCatalogApi.catalog_suggestions_course_user_retrieve_detailed`."""
        from .catalog_suggestions_course_user_retrieve import sync_detailed

        return sync_detailed(
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user=user,
            user_id=user_id,
            client=self._client,
        )

    def catalog_suggestions_course_user_retrieve_iter(
        self,
        *,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user: str,
        user_id: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[CourseSuggestionDetail]:
        """See `AsyncCatalogApi.catalog_suggestions_course_user_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_suggestions_course_user_retrieve import sync

        return paginate(
            sync,
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user=user,
            user_id=user_id,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_suggestions_pathway_manage_retrieve(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedPathwaySuggestion:
        """See `AsyncCatalogApi.catalog_suggestions_pathway_manage_retrieve`."""
        from .catalog_suggestions_pathway_manage_retrieve import sync

        return sync(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_pathway_manage_retrieve_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedPathwaySuggestion]:
        """See `AsyncCatalogApi.catalog_suggestions_pathway_manage_retrieve_detailed`."""
        from .catalog_suggestions_pathway_manage_retrieve import sync_detailed

        return sync_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_pathway_manage_retrieve_iter(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[PathwaySuggestionDetail]:
        """See `AsyncCatalogApi.catalog_suggestions_pathway_manage_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_suggestions_pathway_manage_retrieve import sync

        return paginate(
            sync,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_suggestions_pathway_manage_create(
        self,
        *,
        body: PathwaySuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PathwaySuggestionDetail:
        """See `AsyncCatalogApi.catalog_suggestions_pathway_manage_create`."""
        from .catalog_suggestions_pathway_manage_create import sync

        return sync(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_pathway_manage_create_detailed(
        self,
        *,
        body: PathwaySuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PathwaySuggestionDetail]:
        """See `AsyncCatalogApi.catalog_suggestions_pathway_manage_create_detailed`."""
        from .catalog_suggestions_pathway_manage_create import sync_detailed

        return sync_detailed(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_pathway_manage_destroy(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_suggestions_pathway_manage_destroy`."""
        from .catalog_suggestions_pathway_manage_destroy import sync

        return sync(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    def catalog_suggestions_pathway_manage_destroy_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_suggestions_pathway_manage_destroy_detailed`."""
        from .catalog_suggestions_pathway_manage_destroy import sync_detailed

        return sync_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    def catalog_suggestions_pathway_manage_bulk_create(
        self,
        *,
        body: PathwaySuggestionBulkCreate,
    ) -> BulkSuggestionResponse:
        """See `AsyncCatalogApi.catalog_suggestions_pathway_manage_bulk_create`."""
        from .catalog_suggestions_pathway_manage_bulk_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_suggestions_pathway_manage_bulk_create_detailed(
        self,
        *,
        body: PathwaySuggestionBulkCreate,
    ) -> Response[BulkSuggestionResponse]:
        """See `AsyncCatalogApi.catalog_suggestions_pathway_manage_bulk_create_detailed`."""
        from .catalog_suggestions_pathway_manage_bulk_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_suggestions_pathway_manage_group_retrieve(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedPathwayGroupSuggestion:
        """See `AsyncCatalogApi.catalog_suggestions_pathway_manage_group_retrieve`."""
        from .catalog_suggestions_pathway_manage_group_retrieve import sync

        return sync(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_pathway_manage_group_retrieve_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedPathwayGroupSuggestion]:
        """See `AsyncCatalogApi.catalog_suggestions_pathway_manage_group_retrieve_detailed`."""
        from .catalog_suggestions_pathway_manage_group_retrieve import sync_detailed

        return sync_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_pathway_manage_group_retrieve_iter(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[PathwayGroupSuggestionDetail]:
        """See `AsyncCatalogApi.catalog_suggestions_pathway_manage_group_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_suggestions_pathway_manage_group_retrieve import sync

        return paginate(
            sync,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_suggestions_pathway_manage_group_create(
        self,
        *,
        body: PathwayGroupSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PathwayGroupSuggestionDetail:
        """See `AsyncCatalogApi.catalog_suggestions_pathway_manage_group_create`."""
        from .catalog_suggestions_pathway_manage_group_create import sync

        return sync(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_pathway_manage_group_create_detailed(
        self,
        *,
        body: PathwayGroupSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PathwayGroupSuggestionDetail]:
        """See `AsyncCatalogApi.catalog_suggestions_pathway_manage_group_create_detailed`."""
        from .catalog_suggestions_pathway_manage_group_create import sync_detailed

        return sync_detailed(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_pathway_manage_group_destroy(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_suggestions_pathway_manage_group_destroy`."""
        from .catalog_suggestions_pathway_manage_group_destroy import sync

        return sync(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    def catalog_suggestions_pathway_manage_group_destroy_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_suggestions_pathway_manage_group_destroy_detailed`."""
        from .catalog_suggestions_pathway_manage_group_destroy import sync_detailed

        return sync_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    def catalog_suggestions_pathway_user_retrieve(
        self,
        *,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str,
    ) -> PaginatedPathwaySuggestion:
        """See `AsyncCatalogApi.catalog_suggestions_pathway_user_retrieve`."""
        from .catalog_suggestions_pathway_user_retrieve import sync

        return sync(
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_suggestions_pathway_user_retrieve_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str,
    ) -> Response[PaginatedPathwaySuggestion]:
        """See `AsyncCatalogApi.catalog_suggestions_pathway_user_retrieve_detailed`."""
        from .catalog_suggestions_pathway_user_retrieve import sync_detailed

        return sync_detailed(
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_suggestions_pathway_user_retrieve_iter(
        self,
        *,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[PathwaySuggestionDetail]:
        """See `AsyncCatalogApi.catalog_suggestions_pathway_user_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_suggestions_pathway_user_retrieve import sync

        return paginate(
            sync,
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_suggestions_program_manage_retrieve(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedProgramSuggestion:
        """See `AsyncCatalogApi.catalog_suggestions_program_manage_retrieve`."""
        from .catalog_suggestions_program_manage_retrieve import sync

        return sync(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_program_manage_retrieve_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedProgramSuggestion]:
        """See `AsyncCatalogApi.catalog_suggestions_program_manage_retrieve_detailed`."""
        from .catalog_suggestions_program_manage_retrieve import sync_detailed

        return sync_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_program_manage_retrieve_iter(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[ProgramSuggestionDetail]:
        """See `AsyncCatalogApi.catalog_suggestions_program_manage_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_suggestions_program_manage_retrieve import sync

        return paginate(
            sync,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_suggestions_program_manage_create(
        self,
        *,
        body: ProgramSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> ProgramSuggestionDetail:
        """See `AsyncCatalogApi.catalog_suggestions_program_manage_create`."""
        from .catalog_suggestions_program_manage_create import sync

        return sync(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_program_manage_create_detailed(
        self,
        *,
        body: ProgramSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[ProgramSuggestionDetail]:
        """See `AsyncCatalogApi.catalog_suggestions_program_manage_create_detailed`."""
        from .catalog_suggestions_program_manage_create import sync_detailed

        return sync_detailed(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_program_manage_destroy(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_suggestions_program_manage_destroy`."""
        from .catalog_suggestions_program_manage_destroy import sync

        return sync(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    def catalog_suggestions_program_manage_destroy_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_suggestions_program_manage_destroy_detailed`."""
        from .catalog_suggestions_program_manage_destroy import sync_detailed

        return sync_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    def catalog_suggestions_program_manage_bulk_create(
        self,
        *,
        body: ProgramSuggestionBulkCreate,
    ) -> BulkSuggestionResponse:
        """See `AsyncCatalogApi.catalog_suggestions_program_manage_bulk_create`."""
        from .catalog_suggestions_program_manage_bulk_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def catalog_suggestions_program_manage_bulk_create_detailed(
        self,
        *,
        body: ProgramSuggestionBulkCreate,
    ) -> Response[BulkSuggestionResponse]:
        """See `AsyncCatalogApi.catalog_suggestions_program_manage_bulk_create_detailed`."""
        from .catalog_suggestions_program_manage_bulk_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def catalog_suggestions_program_manage_group_retrieve(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> PaginatedProgramGroupSuggestion:
        """See `AsyncCatalogApi.catalog_suggestions_program_manage_group_retrieve`."""
        from .catalog_suggestions_program_manage_group_retrieve import sync

        return sync(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_program_manage_group_retrieve_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[PaginatedProgramGroupSuggestion]:
        """See `AsyncCatalogApi.catalog_suggestions_program_manage_group_retrieve_detailed`."""
        from .catalog_suggestions_program_manage_group_retrieve import sync_detailed

        return sync_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_program_manage_group_retrieve_iter(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[ProgramGroupSuggestionDetail]:
        """See `AsyncCatalogApi.catalog_suggestions_program_manage_group_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_suggestions_program_manage_group_retrieve import sync

        return paginate(
            sync,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def catalog_suggestions_program_manage_group_create(
        self,
        *,
        body: ProgramGroupSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> ProgramGroupSuggestionDetail:
        """See `AsyncCatalogApi.catalog_suggestions_program_manage_group_create`."""
        from .catalog_suggestions_program_manage_group_create import sync

        return sync(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_program_manage_group_create_detailed(
        self,
        *,
        body: ProgramGroupSuggestionCreate,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[ProgramGroupSuggestionDetail]:
        """See `AsyncCatalogApi.catalog_suggestions_program_manage_group_create_detailed`."""
        from .catalog_suggestions_program_manage_group_create import sync_detailed

        return sync_detailed(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=self._client,
        )

    def catalog_suggestions_program_manage_group_destroy(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Any:
        """See `AsyncCatalogApi.catalog_suggestions_program_manage_group_destroy`."""
        from .catalog_suggestions_program_manage_group_destroy import sync

        return sync(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    def catalog_suggestions_program_manage_group_destroy_detailed(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        suggestion_id: int,
    ) -> Response[Any]:
        """See `AsyncCatalogApi.catalog_suggestions_program_manage_group_destroy_detailed`."""
        from .catalog_suggestions_program_manage_group_destroy import sync_detailed

        return sync_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=self._client,
        )

    def catalog_suggestions_program_user_retrieve(
        self,
        *,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str,
    ) -> PaginatedProgramSuggestion:
        """See `AsyncCatalogApi.catalog_suggestions_program_user_retrieve`."""
        from .catalog_suggestions_program_user_retrieve import sync

        return sync(
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_suggestions_program_user_retrieve_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str,
    ) -> Response[PaginatedProgramSuggestion]:
        """See `AsyncCatalogApi.catalog_suggestions_program_user_retrieve_detailed`."""
        from .catalog_suggestions_program_user_retrieve import sync_detailed

        return sync_detailed(
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def catalog_suggestions_program_user_retrieve_iter(
        self,
        *,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[ProgramSuggestionDetail]:
        """See `AsyncCatalogApi.catalog_suggestions_program_user_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .catalog_suggestions_program_user_retrieve import sync

        return paginate(
            sync,
            email=email,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )
