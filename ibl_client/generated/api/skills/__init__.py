"""Operations tagged ``skills`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncSkillsApi` / `SkillsApi`, reached as
``client.skills``. A method imports its operation module on first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._response import Response
    from ...models.desired_skill import DesiredSkill
    from ...models.patched_skill_threshold import PatchedSkillThreshold
    from ...models.points_percentile import PointsPercentile
    from ...models.reported_skill import ReportedSkill
    from ...models.skill_detail import SkillDetail
    from ...models.skill_info import SkillInfo
    from ...models.skill_threshold import SkillThreshold
    from ...models.user_skill import UserSkill
    from ...models.user_skill_points_percentile import UserSkillPointsPercentile
    from ...types import UNSET, Unset


class AsyncSkillsApi:
    """The ``skills`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def skills_orgs_skills_list(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[SkillInfo]:
        """List all available skills on the platform.

        This endpoint returns information about all skills that can be acquired on the platform.

        Path Parameters:
        org (str): The platform/organization identifier

        Returns:
        A list of all skills with basic information about each skill.

        Access Control:
        - Platform admins can access this information
        - All authenticated users can access this information

        ``GET /api/skills/orgs/{org}/skills`` (operation ``skills_orgs_skills_list``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[SkillInfo]
        """

        from .skills_orgs_skills_list import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_list_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[SkillInfo]]:
        """Like `skills_orgs_skills_list`, returning the whole `Response` and raising no status error."""
        from .skills_orgs_skills_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_percentile_list(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[PointsPercentile]:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        ``GET /api/skills/orgs/{org}/skills/percentile/`` (operation ``skills_orgs_skills_percentile_list``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[PointsPercentile]
        """

        from .skills_orgs_skills_percentile_list import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_percentile_list_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[PointsPercentile]]:
        """Like `skills_orgs_skills_percentile_list`, returning the whole `Response` and raising no status error."""
        from .skills_orgs_skills_percentile_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_thresholds_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SkillThreshold:
        """Manage skill thresholds for a platform.

        This endpoint allows platform administrators to view, create, update, and delete skill
        thresholds. Skill thresholds define the minimum points required to consider a skill as acquired
        or mastered.

        Path Parameters:
        org (str): The platform/organization identifier

        Methods:
        GET: Retrieve all skill thresholds for the platform
        POST: Create a new skill threshold
        PATCH: Update an existing skill threshold
        DELETE: Delete all skill thresholds for the platform

        Request Body (POST):
        name (str, required): The name of the threshold level (e.g., "Beginner", "Intermediate")
        threshold (int, required): The minimum points required to reach this threshold

        Request Body (PATCH):
        name (str, required): The name of the existing threshold to update
        threshold (int, required): The new minimum points value for this threshold

        Returns:
        GET: A list of all skill thresholds for the platform
        POST/PATCH: The created or updated skill threshold with format:
        {
        "name": "threshold_name",
        "threshold": threshold_value
        }
        DELETE: No content (204)

        Error Responses:
        400 Bad Request: If the request data is invalid or missing required fields
        404 Not Found: If the specified platform doesn't exist or the threshold
        to update cannot be found

        Access Control:
        - Only platform administrators can access this endpoint

        ``GET /api/skills/orgs/{org}/skills/thresholds/`` (operation ``skills_orgs_skills_thresholds_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SkillThreshold
        """

        from .skills_orgs_skills_thresholds_retrieve import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_thresholds_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SkillThreshold]:
        """Like `skills_orgs_skills_thresholds_retrieve`, returning the whole `Response` and raising no status error."""
        from .skills_orgs_skills_thresholds_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_thresholds_create(
        self,
        org: str,
        *,
        body: SkillThreshold | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SkillThreshold:
        """Manage skill thresholds for a platform.

        This endpoint allows platform administrators to view, create, update, and delete skill
        thresholds. Skill thresholds define the minimum points required to consider a skill as acquired
        or mastered.

        Path Parameters:
        org (str): The platform/organization identifier

        Methods:
        GET: Retrieve all skill thresholds for the platform
        POST: Create a new skill threshold
        PATCH: Update an existing skill threshold
        DELETE: Delete all skill thresholds for the platform

        Request Body (POST):
        name (str, required): The name of the threshold level (e.g., "Beginner", "Intermediate")
        threshold (int, required): The minimum points required to reach this threshold

        Request Body (PATCH):
        name (str, required): The name of the existing threshold to update
        threshold (int, required): The new minimum points value for this threshold

        Returns:
        GET: A list of all skill thresholds for the platform
        POST/PATCH: The created or updated skill threshold with format:
        {
        "name": "threshold_name",
        "threshold": threshold_value
        }
        DELETE: No content (204)

        Error Responses:
        400 Bad Request: If the request data is invalid or missing required fields
        404 Not Found: If the specified platform doesn't exist or the threshold
        to update cannot be found

        Access Control:
        - Only platform administrators can access this endpoint

        ``POST /api/skills/orgs/{org}/skills/thresholds/`` (operation ``skills_orgs_skills_thresholds_create``)

        Args:
            org (str):
            body (SkillThreshold):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SkillThreshold
        """

        from .skills_orgs_skills_thresholds_create import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_thresholds_create_detailed(
        self,
        org: str,
        *,
        body: SkillThreshold | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SkillThreshold]:
        """Like `skills_orgs_skills_thresholds_create`, returning the whole `Response` and raising no status error."""
        from .skills_orgs_skills_thresholds_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_thresholds_destroy(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Manage skill thresholds for a platform.

        This endpoint allows platform administrators to view, create, update, and delete skill
        thresholds. Skill thresholds define the minimum points required to consider a skill as acquired
        or mastered.

        Path Parameters:
        org (str): The platform/organization identifier

        Methods:
        GET: Retrieve all skill thresholds for the platform
        POST: Create a new skill threshold
        PATCH: Update an existing skill threshold
        DELETE: Delete all skill thresholds for the platform

        Request Body (POST):
        name (str, required): The name of the threshold level (e.g., "Beginner", "Intermediate")
        threshold (int, required): The minimum points required to reach this threshold

        Request Body (PATCH):
        name (str, required): The name of the existing threshold to update
        threshold (int, required): The new minimum points value for this threshold

        Returns:
        GET: A list of all skill thresholds for the platform
        POST/PATCH: The created or updated skill threshold with format:
        {
        "name": "threshold_name",
        "threshold": threshold_value
        }
        DELETE: No content (204)

        Error Responses:
        400 Bad Request: If the request data is invalid or missing required fields
        404 Not Found: If the specified platform doesn't exist or the threshold
        to update cannot be found

        Access Control:
        - Only platform administrators can access this endpoint

        ``DELETE /api/skills/orgs/{org}/skills/thresholds/`` (operation ``skills_orgs_skills_thresholds_destroy``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .skills_orgs_skills_thresholds_destroy import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_thresholds_destroy_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `skills_orgs_skills_thresholds_destroy`, returning the whole `Response` and raising no status error."""
        from .skills_orgs_skills_thresholds_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_thresholds_partial_update(
        self,
        org: str,
        *,
        body: PatchedSkillThreshold | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SkillThreshold:
        """Manage skill thresholds for a platform.

        This endpoint allows platform administrators to view, create, update, and delete skill
        thresholds. Skill thresholds define the minimum points required to consider a skill as acquired
        or mastered.

        Path Parameters:
        org (str): The platform/organization identifier

        Methods:
        GET: Retrieve all skill thresholds for the platform
        POST: Create a new skill threshold
        PATCH: Update an existing skill threshold
        DELETE: Delete all skill thresholds for the platform

        Request Body (POST):
        name (str, required): The name of the threshold level (e.g., "Beginner", "Intermediate")
        threshold (int, required): The minimum points required to reach this threshold

        Request Body (PATCH):
        name (str, required): The name of the existing threshold to update
        threshold (int, required): The new minimum points value for this threshold

        Returns:
        GET: A list of all skill thresholds for the platform
        POST/PATCH: The created or updated skill threshold with format:
        {
        "name": "threshold_name",
        "threshold": threshold_value
        }
        DELETE: No content (204)

        Error Responses:
        400 Bad Request: If the request data is invalid or missing required fields
        404 Not Found: If the specified platform doesn't exist or the threshold
        to update cannot be found

        Access Control:
        - Only platform administrators can access this endpoint

        ``PATCH /api/skills/orgs/{org}/skills/thresholds/`` (operation ``skills_orgs_skills_thresholds_partial_update``)

        Args:
            org (str):
            body (PatchedSkillThreshold | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SkillThreshold
        """

        from .skills_orgs_skills_thresholds_partial_update import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_thresholds_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedSkillThreshold | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SkillThreshold]:
        """Like `skills_orgs_skills_thresholds_partial_update`, returning the whole `Response` and raising no status error."""
        from .skills_orgs_skills_thresholds_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_users_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserSkill:
        """Retrieve a user's skill information.

        This endpoint returns information about skills that a user has acquired through the platform. It
        can return all skills or filter by a specific skill.

        Path Parameters:
        org (str): The platform/organization identifier
        user_id (str): The username of the user to retrieve skill information for

        Query Parameters:
        skill_name (str, optional): Filter results to a specific skill

        Returns:
        When skill_name is provided:
        Details about the specific skill including points earned and percentile ranking
        When skill_name is not provided:
        A list of all skills the user has acquired with their points

        Access Control:
        - Platform admins can access any user's skill information
        - Users can access their own skill information

        ``GET /api/skills/orgs/{org}/skills/users/{user_id}/`` (operation ``skills_orgs_skills_users_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserSkill
        """

        from .skills_orgs_skills_users_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_users_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserSkill]:
        """Like `skills_orgs_skills_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .skills_orgs_skills_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_users_desired_skills_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> DesiredSkill:
        """Retrieve a user's desired skills.

        This endpoint returns the skills that a user has indicated they want to develop or acquire
        through the platform.

        Path Parameters:
        org (str): The platform/organization identifier
        user_id (str): The username of the user to retrieve skill information for

        Returns:
        The user's desired skills information.

        Error Responses:
        400 Bad Request: If the user doesn't exist in the platform or has no desired skills
        404 Not Found: If the specified platform doesn't exist

        Access Control:
        - Platform admins can access any user's information
        - Users can access their own information

        ``GET /api/skills/orgs/{org}/skills/users/{user_id}/desired-skills/`` (operation ``skills_orgs_skills_users_desired_skills_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DesiredSkill
        """

        from .skills_orgs_skills_users_desired_skills_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_users_desired_skills_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[DesiredSkill]:
        """Like `skills_orgs_skills_users_desired_skills_retrieve`, returning the whole `Response` and raising no status error."""
        from .skills_orgs_skills_users_desired_skills_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_users_point_percentile_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserSkillPointsPercentile:
        """Retrieve a user's total skill points and percentile ranking.

        This endpoint returns the total skill points a user has earned across all skills and their
        percentile ranking compared to other users on the platform.

        Path Parameters:
        org (str): The platform/organization identifier
        user_id (str): The username of the user to retrieve information for

        Returns:
        The user's total skill points and percentile ranking information:
        - Username
        - Total points earned across all skills
        - Percentile ranking compared to other users

        Access Control:
        - Platform admins can access any user's information
        - Users can access their own information

        ``GET /api/skills/orgs/{org}/skills/users/{user_id}/point-percentile/`` (operation ``skills_orgs_skills_users_point_percentile_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserSkillPointsPercentile
        """

        from .skills_orgs_skills_users_point_percentile_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_users_point_percentile_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserSkillPointsPercentile]:
        """Like `skills_orgs_skills_users_point_percentile_retrieve`, returning the whole `Response` and raising no status error."""
        from .skills_orgs_skills_users_point_percentile_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_users_reported_skills_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ReportedSkill:
        """Retrieve a user's self-reported skills.

        This endpoint returns the skills that a user has reported having prior to or outside of the
        platform learning experience.

        Path Parameters:
        org (str): The platform/organization identifier
        user_id (str): The username of the user to retrieve skill information for

        Returns:
        The user's self-reported skills information.

        Error Responses:
        400 Bad Request: If the user doesn't exist in the platform or has no reported skills
        404 Not Found: If the specified platform doesn't exist

        Access Control:
        - Platform admins can access any user's information
        - Users can access their own information

        ``GET /api/skills/orgs/{org}/skills/users/{user_id}/reported-skills/`` (operation ``skills_orgs_skills_users_reported_skills_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ReportedSkill
        """

        from .skills_orgs_skills_users_reported_skills_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_users_reported_skills_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ReportedSkill]:
        """Like `skills_orgs_skills_users_reported_skills_retrieve`, returning the whole `Response` and raising no status error."""
        from .skills_orgs_skills_users_reported_skills_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_percentile_retrieve(
        self,
        org: str,
        skill_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PointsPercentile:
        """Retrieve percentile distribution for a specific skill.

        This endpoint returns the percentile distribution of points earned by users for a specific
        skill.

        Path Parameters:
        skill_id (int): The ID of the skill to retrieve percentile information for
        org (str, optional): The platform/organization identifier to filter results

        Returns:
        A list of percentile breakpoints for the specified skill.

        Error Responses:
        404 Not Found: If the specified skill doesn't exist

        Access Control:
        - Platform admins can access this information
        - All authenticated users can access this information

        ``GET /api/skills/orgs/{org}/skills/{skill_id}/percentile/`` (operation ``skills_orgs_skills_percentile_retrieve``)

        Args:
            org (str):
            skill_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PointsPercentile
        """

        from .skills_orgs_skills_percentile_retrieve import asyncio

        return await asyncio(
            org,
            skill_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_percentile_retrieve_detailed(
        self,
        org: str,
        skill_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PointsPercentile]:
        """Like `skills_orgs_skills_percentile_retrieve`, returning the whole `Response` and raising no status error."""
        from .skills_orgs_skills_percentile_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            skill_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_retrieve(
        self,
        org: str,
        skill_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SkillDetail:
        """Retrieve detailed information about a specific skill.

        This endpoint returns comprehensive information about a specific skill, including its
        description, categories, and related courses.

        Path Parameters:
        org (str): The platform/organization identifier
        skill_name (str): The name of the skill to retrieve details for

        Returns:
        Detailed information about the specified skill.

        Error Responses:
        404 Not Found: If the specified skill doesn't exist

        Access Control:
        - Platform admins can access this information
        - All authenticated users can access this information

        ``GET /api/skills/orgs/{org}/skills/{skill_name}/`` (operation ``skills_orgs_skills_retrieve``)

        Args:
            org (str):
            skill_name (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SkillDetail
        """

        from .skills_orgs_skills_retrieve import asyncio

        return await asyncio(
            org,
            skill_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def skills_orgs_skills_retrieve_detailed(
        self,
        org: str,
        skill_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SkillDetail]:
        """Like `skills_orgs_skills_retrieve`, returning the whole `Response` and raising no status error."""
        from .skills_orgs_skills_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            skill_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )


class SkillsApi:
    """The ``skills`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def skills_orgs_skills_list(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[SkillInfo]:
        """See `AsyncSkillsApi.skills_orgs_skills_list`."""
        from .skills_orgs_skills_list import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_list_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[SkillInfo]]:
        """See `AsyncSkillsApi.skills_orgs_skills_list_detailed`."""
        from .skills_orgs_skills_list import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_percentile_list(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[PointsPercentile]:
        """See `AsyncSkillsApi.skills_orgs_skills_percentile_list`."""
        from .skills_orgs_skills_percentile_list import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_percentile_list_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[PointsPercentile]]:
        """See `AsyncSkillsApi.skills_orgs_skills_percentile_list_detailed`."""
        from .skills_orgs_skills_percentile_list import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_thresholds_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SkillThreshold:
        """See `AsyncSkillsApi.skills_orgs_skills_thresholds_retrieve`."""
        from .skills_orgs_skills_thresholds_retrieve import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_thresholds_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SkillThreshold]:
        """See `AsyncSkillsApi.skills_orgs_skills_thresholds_retrieve_detailed`."""
        from .skills_orgs_skills_thresholds_retrieve import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_thresholds_create(
        self,
        org: str,
        *,
        body: SkillThreshold | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SkillThreshold:
        """See `AsyncSkillsApi.skills_orgs_skills_thresholds_create`."""
        from .skills_orgs_skills_thresholds_create import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_thresholds_create_detailed(
        self,
        org: str,
        *,
        body: SkillThreshold | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SkillThreshold]:
        """See `AsyncSkillsApi.skills_orgs_skills_thresholds_create_detailed`."""
        from .skills_orgs_skills_thresholds_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_thresholds_destroy(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncSkillsApi.skills_orgs_skills_thresholds_destroy`."""
        from .skills_orgs_skills_thresholds_destroy import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_thresholds_destroy_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncSkillsApi.skills_orgs_skills_thresholds_destroy_detailed`."""
        from .skills_orgs_skills_thresholds_destroy import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_thresholds_partial_update(
        self,
        org: str,
        *,
        body: PatchedSkillThreshold | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SkillThreshold:
        """See `AsyncSkillsApi.skills_orgs_skills_thresholds_partial_update`."""
        from .skills_orgs_skills_thresholds_partial_update import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_thresholds_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedSkillThreshold | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SkillThreshold]:
        """See `AsyncSkillsApi.skills_orgs_skills_thresholds_partial_update_detailed`."""
        from .skills_orgs_skills_thresholds_partial_update import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_users_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserSkill:
        """See `AsyncSkillsApi.skills_orgs_skills_users_retrieve`."""
        from .skills_orgs_skills_users_retrieve import sync

        return sync(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_users_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserSkill]:
        """See `AsyncSkillsApi.skills_orgs_skills_users_retrieve_detailed`."""
        from .skills_orgs_skills_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_users_desired_skills_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> DesiredSkill:
        """See `AsyncSkillsApi.skills_orgs_skills_users_desired_skills_retrieve`."""
        from .skills_orgs_skills_users_desired_skills_retrieve import sync

        return sync(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_users_desired_skills_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[DesiredSkill]:
        """See `AsyncSkillsApi.skills_orgs_skills_users_desired_skills_retrieve_detailed`."""
        from .skills_orgs_skills_users_desired_skills_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_users_point_percentile_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserSkillPointsPercentile:
        """See `AsyncSkillsApi.skills_orgs_skills_users_point_percentile_retrieve`."""
        from .skills_orgs_skills_users_point_percentile_retrieve import sync

        return sync(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_users_point_percentile_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserSkillPointsPercentile]:
        """See `AsyncSkillsApi.skills_orgs_skills_users_point_percentile_retrieve_detailed`."""
        from .skills_orgs_skills_users_point_percentile_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_users_reported_skills_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ReportedSkill:
        """See `AsyncSkillsApi.skills_orgs_skills_users_reported_skills_retrieve`."""
        from .skills_orgs_skills_users_reported_skills_retrieve import sync

        return sync(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_users_reported_skills_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ReportedSkill]:
        """See `AsyncSkillsApi.skills_orgs_skills_users_reported_skills_retrieve_detailed`."""
        from .skills_orgs_skills_users_reported_skills_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_percentile_retrieve(
        self,
        org: str,
        skill_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PointsPercentile:
        """See `AsyncSkillsApi.skills_orgs_skills_percentile_retrieve`."""
        from .skills_orgs_skills_percentile_retrieve import sync

        return sync(
            org,
            skill_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_percentile_retrieve_detailed(
        self,
        org: str,
        skill_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PointsPercentile]:
        """See `AsyncSkillsApi.skills_orgs_skills_percentile_retrieve_detailed`."""
        from .skills_orgs_skills_percentile_retrieve import sync_detailed

        return sync_detailed(
            org,
            skill_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_retrieve(
        self,
        org: str,
        skill_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SkillDetail:
        """See `AsyncSkillsApi.skills_orgs_skills_retrieve`."""
        from .skills_orgs_skills_retrieve import sync

        return sync(
            org,
            skill_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def skills_orgs_skills_retrieve_detailed(
        self,
        org: str,
        skill_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SkillDetail]:
        """See `AsyncSkillsApi.skills_orgs_skills_retrieve_detailed`."""
        from .skills_orgs_skills_retrieve import sync_detailed

        return sync_detailed(
            org,
            skill_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
