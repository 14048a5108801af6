"""Operations tagged ``core`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncCoreApi` / `CoreApi`, reached as
``client.core``. A method imports its operation module on first call.
A pageable operation also has an ``_iter`` method: a pager over the items of every page
(ibl_client/_pagination.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    import datetime
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._pagination import AsyncPager, Pager
    from ...._response import Response
    from ...models.celery_heartbeat import CeleryHeartbeat
    from ...models.celery_heartbeat_fail import CeleryHeartbeatFail
    from ...models.core_orgs_dark_mode_logo_retrieve_response_200 import (
        CoreOrgsDarkModeLogoRetrieveResponse200,
    )
    from ...models.core_orgs_favicon_retrieve_response_200 import CoreOrgsFaviconRetrieveResponse200
    from ...models.core_orgs_logo_retrieve_response_200 import CoreOrgsLogoRetrieveResponse200
    from ...models.core_orgs_thumbnail_retrieve_response_200 import (
        CoreOrgsThumbnailRetrieveResponse200,
    )
    from ...models.core_platform_config_site_create_body import CorePlatformConfigSiteCreateBody
    from ...models.core_platform_config_site_create_response_200 import (
        CorePlatformConfigSiteCreateResponse200,
    )
    from ...models.core_platform_config_site_retrieve_response_200 import (
        CorePlatformConfigSiteRetrieveResponse200,
    )
    from ...models.core_platforms_public_image_assets_file_retrieve_response_200 import (
        CorePlatformsPublicImageAssetsFileRetrieveResponse200,
    )
    from ...models.core_users_proxy_bulk_create_response_200_item import (
        CoreUsersProxyBulkCreateResponse200Item,
    )
    from ...models.departments_orgs_retrieve_format import (
        DepartmentsOrgsRetrieveFormat,
        check_departments_orgs_retrieve_format,
    )
    from ...models.desired_role import DesiredRole
    from ...models.edx_signal_receiver_request import EdxSignalReceiverRequest
    from ...models.group_list import GroupList
    from ...models.group_list_data import GroupListData
    from ...models.image_upload import ImageUpload
    from ...models.launcher_view_post_request import LauncherViewPostRequest
    from ...models.lti_key import LtiKey
    from ...models.lti_key_request import LtiKeyRequest
    from ...models.lti_mentor import LtiMentor
    from ...models.lti_mentor_request import LtiMentorRequest
    from ...models.lti_tool import LtiTool
    from ...models.lti_tool_request import LtiToolRequest
    from ...models.mentor_policy import MentorPolicy
    from ...models.mentor_policy_request import MentorPolicyRequest
    from ...models.paginated_rbac_group_list import PaginatedRbacGroupList
    from ...models.paginated_rbac_policy_list import PaginatedRbacPolicyList
    from ...models.paginated_rbac_role_list import PaginatedRbacRoleList
    from ...models.paginated_user_group_list import PaginatedUserGroupList
    from ...models.patched_platform_public_image_asset_request import (
        PatchedPlatformPublicImageAssetRequest,
    )
    from ...models.patched_platform_public_metadata_request import (
        PatchedPlatformPublicMetadataRequest,
    )
    from ...models.patched_rbac_group_request import PatchedRbacGroupRequest
    from ...models.patched_rbac_policy_request import PatchedRbacPolicyRequest
    from ...models.patched_rbac_role_request import PatchedRbacRoleRequest
    from ...models.patched_user_group_request import PatchedUserGroupRequest
    from ...models.permission_check_request import PermissionCheckRequest
    from ...models.platform_api_key import PlatformApiKey
    from ...models.platform_api_key_request import PlatformApiKeyRequest
    from ...models.platform_configuration_list import PlatformConfigurationList
    from ...models.platform_configuration_set import PlatformConfigurationSet
    from ...models.platform_configuration_set_response import PlatformConfigurationSetResponse
    from ...models.platform_list import PlatformList
    from ...models.platform_membership_config import PlatformMembershipConfig
    from ...models.platform_membership_config_post_request import (
        PlatformMembershipConfigPostRequest,
    )
    from ...models.platform_public_image_asset import PlatformPublicImageAsset
    from ...models.platform_public_image_asset_request import PlatformPublicImageAssetRequest
    from ...models.platform_public_metadata import PlatformPublicMetadata
    from ...models.platform_public_metadata_request import PlatformPublicMetadataRequest
    from ...models.platform_update_post_request import PlatformUpdatePostRequest
    from ...models.rbac_group import RbacGroup
    from ...models.rbac_group_request import RbacGroupRequest
    from ...models.rbac_policy import RbacPolicy
    from ...models.rbac_policy_request import RbacPolicyRequest
    from ...models.rbac_role import RbacRole
    from ...models.rbac_role_request import RbacRoleRequest
    from ...models.redirect_token_request import RedirectTokenRequest
    from ...models.redirect_token_response import RedirectTokenResponse
    from ...models.reported_role import ReportedRole
    from ...models.set_student_llm_access import SetStudentLLMAccess
    from ...models.set_student_mentor_creation_permission import SetStudentMentorCreationPermission
    from ...models.student_llm_access_response import StudentLLMAccessResponse
    from ...models.student_mentor_creation_permission_response import (
        StudentMentorCreationPermissionResponse,
    )
    from ...models.token_proxy_input import TokenProxyInput
    from ...models.token_proxy_output import TokenProxyOutput
    from ...models.user_delete_api_error import UserDeleteAPIError
    from ...models.user_delete_api_request import UserDeleteAPIRequest
    from ...models.user_delete_api_response import UserDeleteAPIResponse
    from ...models.user_group import UserGroup
    from ...models.user_group_access import UserGroupAccess
    from ...models.user_group_access_request import UserGroupAccessRequest
    from ...models.user_group_policy import UserGroupPolicy
    from ...models.user_group_policy_request import UserGroupPolicyRequest
    from ...models.user_group_request import UserGroupRequest
    from ...models.user_groups_orgs_retrieve_format import (
        UserGroupsOrgsRetrieveFormat,
        check_user_groups_orgs_retrieve_format,
    )
    from ...models.user_platform_link import UserPlatformLink
    from ...models.user_platform_management_list_view_get_response import (
        UserPlatformManagementListViewGetResponse,
    )
    from ...models.user_platform_management_list_view_get_response_results_item import (
        UserPlatformManagementListViewGetResponseResultsItem,
    )
    from ...models.user_platform_self_link_error import UserPlatformSelfLinkError
    from ...models.user_platform_self_link_forbidden import UserPlatformSelfLinkForbidden
    from ...models.user_platform_self_link_request import UserPlatformSelfLinkRequest
    from ...models.user_platform_self_link_response import UserPlatformSelfLinkResponse
    from ...models.user_platform_view_post_request import UserPlatformViewPostRequest
    from ...models.user_policy_update import UserPolicyUpdate
    from ...models.user_policy_update_error import UserPolicyUpdateError
    from ...models.user_policy_update_forbidden import UserPolicyUpdateForbidden
    from ...models.user_policy_update_response import UserPolicyUpdateResponse
    from ...models.user_proxy_bulk_request import UserProxyBulkRequest
    from ...models.user_proxy_get_response import UserProxyGetResponse
    from ...models.user_proxy_post_request import UserProxyPostRequest
    from ...models.user_proxy_post_response import UserProxyPostResponse
    from ...models.user_search_view_get_response import UserSearchViewGetResponse
    from ...models.user_search_view_get_response_results_item import (
        UserSearchViewGetResponseResultsItem,
    )
    from ...models.whitelisted_domain import WhitelistedDomain
    from ...types import UNSET, Unset


class AsyncCoreApi:
    """The ``core`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def core_consolidated_token_proxy_create(
        self,
        *,
        body: TokenProxyInput | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TokenProxyOutput:
        """Create DM and AXD Tokens for user and platform_key

        Params: - Any of user_id, username, or email (choose one only, required) - platform_key: str
        (required)

        ``POST /api/core/consolidated-token/proxy/`` (operation ``core_consolidated_token_proxy_create``)

        Args:
            body (TokenProxyInput): Serializer for TokenProxyView POST request input data

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TokenProxyOutput
        """

        from .core_consolidated_token_proxy_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_consolidated_token_proxy_create_detailed(
        self,
        *,
        body: TokenProxyInput | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TokenProxyOutput]:
        """Like `core_consolidated_token_proxy_create`, returning the whole `Response` and raising no status error."""
        from .core_consolidated_token_proxy_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_departments_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Show (active) departments associated with a platform

        ``GET /api/core/departments/`` (operation ``core_departments_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_departments_retrieve import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_departments_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_departments_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_departments_retrieve import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_departments_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Create/update a department

        ``POST /api/core/departments/`` (operation ``core_departments_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_departments_create import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_departments_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_departments_create`, returning the whole `Response` and raising no status error."""
        from .core_departments_create import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_departments_destroy(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete department

        ``DELETE /api/core/departments/`` (operation ``core_departments_destroy``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .core_departments_destroy import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_departments_destroy_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `core_departments_destroy`, returning the whole `Response` and raising no status error."""
        from .core_departments_destroy import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_departments_members_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Show active users in department (paginated)

        ``GET /api/core/departments/members/`` (operation ``core_departments_members_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_departments_members_retrieve import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_departments_members_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_departments_members_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_departments_members_retrieve import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_departments_members_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Add single user to department, or update status

        ``POST /api/core/departments/members/`` (operation ``core_departments_members_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_departments_members_create import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_departments_members_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_departments_members_create`, returning the whole `Response` and raising no status error."""
        from .core_departments_members_create import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_departments_members_destroy(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete department member

        ``DELETE /api/core/departments/members/`` (operation ``core_departments_members_destroy``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .core_departments_members_destroy import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_departments_members_destroy_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `core_departments_members_destroy`, returning the whole `Response` and raising no status error."""
        from .core_departments_members_destroy import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_departments_members_bulk_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Add users to department, or update status

        ``POST /api/core/departments/members/bulk/`` (operation ``core_departments_members_bulk_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_departments_members_bulk_create import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_departments_members_bulk_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_departments_members_bulk_create`, returning the whole `Response` and raising no status error."""
        from .core_departments_members_bulk_create import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_departments_members_check_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Get department member admin info of requesting user

        ``GET /api/core/departments/members/check/`` (operation ``core_departments_members_check_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_departments_members_check_retrieve import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_departments_members_check_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_departments_members_check_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_departments_members_check_retrieve import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_domains_whitelist_retrieve(
        self,
        *,
        is_active: bool | Unset = UNSET,
        url_: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Check if a domain is whitelisted

        ``GET /api/core/domains/whitelist/`` (operation ``core_domains_whitelist_retrieve``)

        Args:
            is_active (bool | Unset):
            url_ (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_domains_whitelist_retrieve import asyncio

        return await asyncio(
            is_active=is_active,
            url_=url_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_domains_whitelist_retrieve_detailed(
        self,
        *,
        is_active: bool | Unset = UNSET,
        url_: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_domains_whitelist_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_domains_whitelist_retrieve import asyncio_detailed

        return await asyncio_detailed(
            is_active=is_active,
            url_=url_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_domains_whitelist_create(
        self,
        *,
        body: WhitelistedDomain | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhitelistedDomain:
        """Add a new domain to whitelist

        ``POST /api/core/domains/whitelist/`` (operation ``core_domains_whitelist_create``)

        Args:
            body (WhitelistedDomain):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            WhitelistedDomain
        """

        from .core_domains_whitelist_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_domains_whitelist_create_detailed(
        self,
        *,
        body: WhitelistedDomain | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhitelistedDomain]:
        """Like `core_domains_whitelist_create`, returning the whole `Response` and raising no status error."""
        from .core_domains_whitelist_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_heartbeat_celery_beat_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CeleryHeartbeat:
        """**Use Case**
        Celery Beat heartbeat endpoint.

        **Example Request**
        GET /api/core/heartbeat/celery-beat/

        **Response Values**
        * 200 on success.
        * 500 on failure.

        ``GET /api/core/heartbeat/celery-beat/`` (operation ``core_heartbeat_celery_beat_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CeleryHeartbeat
        """

        from .core_heartbeat_celery_beat_retrieve import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_heartbeat_celery_beat_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CeleryHeartbeat]:
        """Like `core_heartbeat_celery_beat_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_heartbeat_celery_beat_retrieve import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_heartbeat_celery_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """**Use Case**
        Celery heartbeat endpoint.

        **Example Request**
        GET /api/core/heartbeat/celery/

        **Response Values**
        * 200 on success.
        * 500 on failure.

        ``GET /api/core/heartbeat/celery/`` (operation ``core_heartbeat_celery_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_heartbeat_celery_retrieve import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_heartbeat_celery_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_heartbeat_celery_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_heartbeat_celery_retrieve import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_launcher_retrieve(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformList:
        """GET Launch status

        Params: key user_id: Optional

        ``GET /api/core/launcher/`` (operation ``core_launcher_retrieve``)

        Args:
            key (str):
            user_id (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformList
        """

        from .core_launcher_retrieve import asyncio

        return await asyncio(
            key=key,
            user_id=user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_launcher_retrieve_detailed(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformList]:
        """Like `core_launcher_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_launcher_retrieve import asyncio_detailed

        return await asyncio_detailed(
            key=key,
            user_id=user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_launcher_create(
        self,
        *,
        body: LauncherViewPostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformList:
        """POST: Launch a new edX platform

        Params: user_id: The ID of the requesting user (required) key: The Deep LMS subdomain (required)
        name: The edX platform name ("optional") org: The edX organization ("optional") lms_url: LMS URL
        ("optional") cms_url: CMS URL ("optional") portal_url: Portal URL ("optional")
        use_default_hosts: Use Django settings for LMS/CMS hosts ("optional")

        ``POST /api/core/launcher/`` (operation ``core_launcher_create``)

        Args:
            body (LauncherViewPostRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformList
        """

        from .core_launcher_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_launcher_create_detailed(
        self,
        *,
        body: LauncherViewPostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformList]:
        """Like `core_launcher_create`, returning the whole `Response` and raising no status error."""
        from .core_launcher_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_list(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[LtiKey]:
        """List your LTI Provider Key's

        ``GET /api/core/lti/1p3/provider/lti-keys/`` (operation ``core_lti1p3_provider_lti_keys_list``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[LtiKey]
        """

        from .core_lti1p3_provider_lti_keys_list import asyncio

        return await asyncio(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_list_detailed(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[LtiKey]]:
        """Like `core_lti1p3_provider_lti_keys_list`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_keys_list import asyncio_detailed

        return await asyncio_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_create(
        self,
        *,
        body: LtiKeyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LtiKey:
        """Create a new LTI Provider Key

        ``POST /api/core/lti/1p3/provider/lti-keys/`` (operation ``core_lti1p3_provider_lti_keys_create``)

        Args:
            body (LtiKeyRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LtiKey
        """

        from .core_lti1p3_provider_lti_keys_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_create_detailed(
        self,
        *,
        body: LtiKeyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LtiKey]:
        """Like `core_lti1p3_provider_lti_keys_create`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_keys_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_retrieve(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LtiKey:
        """Get details about a specific LTI Provider Key

        ``GET /api/core/lti/1p3/provider/lti-keys/{id}/`` (operation ``core_lti1p3_provider_lti_keys_retrieve``)

        Args:
            id (str):
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LtiKey
        """

        from .core_lti1p3_provider_lti_keys_retrieve import asyncio

        return await asyncio(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_retrieve_detailed(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LtiKey]:
        """Like `core_lti1p3_provider_lti_keys_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_keys_retrieve import asyncio_detailed

        return await asyncio_detailed(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_update(
        self,
        id: str,
        *,
        body: LtiKeyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LtiKey:
        """Update an LTI Provider Key

        ``PUT /api/core/lti/1p3/provider/lti-keys/{id}/`` (operation ``core_lti1p3_provider_lti_keys_update``)

        Args:
            id (str):
            body (LtiKeyRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LtiKey
        """

        from .core_lti1p3_provider_lti_keys_update import asyncio

        return await asyncio(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_update_detailed(
        self,
        id: str,
        *,
        body: LtiKeyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LtiKey]:
        """Like `core_lti1p3_provider_lti_keys_update`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_keys_update import asyncio_detailed

        return await asyncio_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_destroy(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete an LTI Provider Key

        ``DELETE /api/core/lti/1p3/provider/lti-keys/{id}/`` (operation ``core_lti1p3_provider_lti_keys_destroy``)

        Args:
            id (str):
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .core_lti1p3_provider_lti_keys_destroy import asyncio

        return await asyncio(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_destroy_detailed(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `core_lti1p3_provider_lti_keys_destroy`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_keys_destroy import asyncio_detailed

        return await asyncio_detailed(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_mentors_list(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[LtiMentor]:
        """List your LTI Mentor's

        ``GET /api/core/lti/1p3/provider/lti-mentors/`` (operation ``core_lti1p3_provider_lti_mentors_list``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[LtiMentor]
        """

        from .core_lti1p3_provider_lti_mentors_list import asyncio

        return await asyncio(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_mentors_list_detailed(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[LtiMentor]]:
        """Like `core_lti1p3_provider_lti_mentors_list`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_mentors_list import asyncio_detailed

        return await asyncio_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_mentors_create(
        self,
        *,
        body: LtiMentorRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LtiMentor:
        """Create a new LTI Mentor

        ``POST /api/core/lti/1p3/provider/lti-mentors/`` (operation ``core_lti1p3_provider_lti_mentors_create``)

        Args:
            body (LtiMentorRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LtiMentor
        """

        from .core_lti1p3_provider_lti_mentors_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_mentors_create_detailed(
        self,
        *,
        body: LtiMentorRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LtiMentor]:
        """Like `core_lti1p3_provider_lti_mentors_create`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_mentors_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_mentors_retrieve(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LtiMentor:
        """Get details about a specific LTI Mentor

        ``GET /api/core/lti/1p3/provider/lti-mentors/{id}/`` (operation ``core_lti1p3_provider_lti_mentors_retrieve``)

        Args:
            id (str):
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LtiMentor
        """

        from .core_lti1p3_provider_lti_mentors_retrieve import asyncio

        return await asyncio(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_mentors_retrieve_detailed(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LtiMentor]:
        """Like `core_lti1p3_provider_lti_mentors_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_mentors_retrieve import asyncio_detailed

        return await asyncio_detailed(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_mentors_update(
        self,
        id: str,
        *,
        body: LtiMentorRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LtiMentor:
        """Update an LTI Mentor

        ``PUT /api/core/lti/1p3/provider/lti-mentors/{id}/`` (operation ``core_lti1p3_provider_lti_mentors_update``)

        Args:
            id (str):
            body (LtiMentorRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LtiMentor
        """

        from .core_lti1p3_provider_lti_mentors_update import asyncio

        return await asyncio(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_mentors_update_detailed(
        self,
        id: str,
        *,
        body: LtiMentorRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LtiMentor]:
        """Like `core_lti1p3_provider_lti_mentors_update`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_mentors_update import asyncio_detailed

        return await asyncio_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_mentors_destroy(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete an LTI Mentor

        ``DELETE /api/core/lti/1p3/provider/lti-mentors/{id}/`` (operation ``core_lti1p3_provider_lti_mentors_destroy``)

        Args:
            id (str):
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .core_lti1p3_provider_lti_mentors_destroy import asyncio

        return await asyncio(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_mentors_destroy_detailed(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `core_lti1p3_provider_lti_mentors_destroy`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_mentors_destroy import asyncio_detailed

        return await asyncio_detailed(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_list(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[LtiTool]:
        """List your LTI Tool's

        ``GET /api/core/lti/1p3/provider/lti-tools/`` (operation ``core_lti1p3_provider_lti_tools_list``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[LtiTool]
        """

        from .core_lti1p3_provider_lti_tools_list import asyncio

        return await asyncio(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_list_detailed(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[LtiTool]]:
        """Like `core_lti1p3_provider_lti_tools_list`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_tools_list import asyncio_detailed

        return await asyncio_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_create(
        self,
        *,
        body: LtiToolRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LtiTool:
        """Create a new LTI Tool

        ``POST /api/core/lti/1p3/provider/lti-tools/`` (operation ``core_lti1p3_provider_lti_tools_create``)

        Args:
            body (LtiToolRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LtiTool
        """

        from .core_lti1p3_provider_lti_tools_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_create_detailed(
        self,
        *,
        body: LtiToolRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LtiTool]:
        """Like `core_lti1p3_provider_lti_tools_create`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_tools_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_retrieve(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LtiTool:
        """Get details about a specific LTI Tool

        ``GET /api/core/lti/1p3/provider/lti-tools/{id}/`` (operation ``core_lti1p3_provider_lti_tools_retrieve``)

        Args:
            id (str):
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LtiTool
        """

        from .core_lti1p3_provider_lti_tools_retrieve import asyncio

        return await asyncio(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_retrieve_detailed(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LtiTool]:
        """Like `core_lti1p3_provider_lti_tools_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_tools_retrieve import asyncio_detailed

        return await asyncio_detailed(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_update(
        self,
        id: str,
        *,
        body: LtiToolRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LtiTool:
        """Update an LTI Tool

        ``PUT /api/core/lti/1p3/provider/lti-tools/{id}/`` (operation ``core_lti1p3_provider_lti_tools_update``)

        Args:
            id (str):
            body (LtiToolRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LtiTool
        """

        from .core_lti1p3_provider_lti_tools_update import asyncio

        return await asyncio(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_update_detailed(
        self,
        id: str,
        *,
        body: LtiToolRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LtiTool]:
        """Like `core_lti1p3_provider_lti_tools_update`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_tools_update import asyncio_detailed

        return await asyncio_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_destroy(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete an LTI Tool

        ``DELETE /api/core/lti/1p3/provider/lti-tools/{id}/`` (operation ``core_lti1p3_provider_lti_tools_destroy``)

        Args:
            id (str):
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .core_lti1p3_provider_lti_tools_destroy import asyncio

        return await asyncio(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_destroy_detailed(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `core_lti1p3_provider_lti_tools_destroy`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_tools_destroy import asyncio_detailed

        return await asyncio_detailed(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_dark_mode_logo_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CoreOrgsDarkModeLogoRetrieveResponse200:
        """Get platform logo

        ``GET /api/core/orgs/{org}/dark-mode-logo/`` (operation ``core_orgs_dark_mode_logo_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CoreOrgsDarkModeLogoRetrieveResponse200
        """

        from .core_orgs_dark_mode_logo_retrieve import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_dark_mode_logo_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CoreOrgsDarkModeLogoRetrieveResponse200]:
        """Like `core_orgs_dark_mode_logo_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_orgs_dark_mode_logo_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_dark_mode_logo_create_create(
        self,
        org: str,
        *,
        body: ImageUpload | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ImageUpload:
        """Upload a new platform logo

        ``POST /api/core/orgs/{org}/dark-mode-logo/create/`` (operation ``core_orgs_dark_mode_logo_create_create``)

        Args:
            org (str):
            body (ImageUpload):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ImageUpload
        """

        from .core_orgs_dark_mode_logo_create_create import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_dark_mode_logo_create_create_detailed(
        self,
        org: str,
        *,
        body: ImageUpload | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ImageUpload]:
        """Like `core_orgs_dark_mode_logo_create_create`, returning the whole `Response` and raising no status error."""
        from .core_orgs_dark_mode_logo_create_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_favicon_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CoreOrgsFaviconRetrieveResponse200:
        """Get platform logo

        ``GET /api/core/orgs/{org}/favicon/`` (operation ``core_orgs_favicon_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CoreOrgsFaviconRetrieveResponse200
        """

        from .core_orgs_favicon_retrieve import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_favicon_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CoreOrgsFaviconRetrieveResponse200]:
        """Like `core_orgs_favicon_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_orgs_favicon_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_favicon_create_create(
        self,
        org: str,
        *,
        body: ImageUpload | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ImageUpload:
        """Upload a new platform logo

        ``POST /api/core/orgs/{org}/favicon/create/`` (operation ``core_orgs_favicon_create_create``)

        Args:
            org (str):
            body (ImageUpload):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ImageUpload
        """

        from .core_orgs_favicon_create_create import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_favicon_create_create_detailed(
        self,
        org: str,
        *,
        body: ImageUpload | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ImageUpload]:
        """Like `core_orgs_favicon_create_create`, returning the whole `Response` and raising no status error."""
        from .core_orgs_favicon_create_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_logo_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CoreOrgsLogoRetrieveResponse200:
        """Get platform logo

        ``GET /api/core/orgs/{org}/logo/`` (operation ``core_orgs_logo_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CoreOrgsLogoRetrieveResponse200
        """

        from .core_orgs_logo_retrieve import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_logo_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CoreOrgsLogoRetrieveResponse200]:
        """Like `core_orgs_logo_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_orgs_logo_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_logo_create_create(
        self,
        org: str,
        *,
        body: ImageUpload | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ImageUpload:
        """Upload a new platform logo

        ``POST /api/core/orgs/{org}/logo/create/`` (operation ``core_orgs_logo_create_create``)

        Args:
            org (str):
            body (ImageUpload):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ImageUpload
        """

        from .core_orgs_logo_create_create import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_logo_create_create_detailed(
        self,
        org: str,
        *,
        body: ImageUpload | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ImageUpload]:
        """Like `core_orgs_logo_create_create`, returning the whole `Response` and raising no status error."""
        from .core_orgs_logo_create_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_metadata_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPublicMetadata:
        """``GET /api/core/orgs/{org}/metadata/`` (operation ``core_orgs_metadata_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformPublicMetadata
        """

        from .core_orgs_metadata_retrieve import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_metadata_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPublicMetadata]:
        """Like `core_orgs_metadata_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_orgs_metadata_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_metadata_update(
        self,
        org: str,
        *,
        body: PlatformPublicMetadataRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPublicMetadata:
        """``PUT /api/core/orgs/{org}/metadata/`` (operation ``core_orgs_metadata_update``)

        Args:
            org (str):
            body (PlatformPublicMetadataRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformPublicMetadata
        """

        from .core_orgs_metadata_update import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_metadata_update_detailed(
        self,
        org: str,
        *,
        body: PlatformPublicMetadataRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPublicMetadata]:
        """Like `core_orgs_metadata_update`, returning the whole `Response` and raising no status error."""
        from .core_orgs_metadata_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_metadata_partial_update(
        self,
        org: str,
        *,
        body: PatchedPlatformPublicMetadataRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPublicMetadata:
        """``PATCH /api/core/orgs/{org}/metadata/`` (operation ``core_orgs_metadata_partial_update``)

        Args:
            org (str):
            body (PatchedPlatformPublicMetadataRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformPublicMetadata
        """

        from .core_orgs_metadata_partial_update import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_metadata_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedPlatformPublicMetadataRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPublicMetadata]:
        """Like `core_orgs_metadata_partial_update`, returning the whole `Response` and raising no status error."""
        from .core_orgs_metadata_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_redirect_tokens_create(
        self,
        org: str,
        *,
        body: RedirectTokenRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RedirectTokenResponse:
        """Creates redirect tokens for a URL specified by for a platform

        ``POST /api/core/orgs/{org}/redirect-tokens/`` (operation ``core_orgs_redirect_tokens_create``)

        Args:
            org (str):
            body (RedirectTokenRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RedirectTokenResponse
        """

        from .core_orgs_redirect_tokens_create import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_redirect_tokens_create_detailed(
        self,
        org: str,
        *,
        body: RedirectTokenRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RedirectTokenResponse]:
        """Like `core_orgs_redirect_tokens_create`, returning the whole `Response` and raising no status error."""
        from .core_orgs_redirect_tokens_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_redirect_tokens_retrieve(
        self,
        org: str,
        redirect_token: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RedirectTokenResponse:
        """Returns Redirect URL for the token specified.

        ``` Requires user to be a member of the platform with the token passed ```

        ``GET /api/core/orgs/{org}/redirect-tokens/{redirect_token}/`` (operation ``core_orgs_redirect_tokens_retrieve``)

        Args:
            org (str):
            redirect_token (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RedirectTokenResponse
        """

        from .core_orgs_redirect_tokens_retrieve import asyncio

        return await asyncio(
            org,
            redirect_token,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_redirect_tokens_retrieve_detailed(
        self,
        org: str,
        redirect_token: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RedirectTokenResponse]:
        """Like `core_orgs_redirect_tokens_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_orgs_redirect_tokens_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            redirect_token,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_redirect_tokens_delete_destroy(
        self,
        org: str,
        redirect_token: str,
        *,
        mentor_unique_id: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete specific token

        ``DELETE /api/core/orgs/{org}/redirect-tokens/{redirect_token}/delete`` (operation ``core_orgs_redirect_tokens_delete_destroy``)

        Args:
            org (str):
            redirect_token (str):
            mentor_unique_id (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .core_orgs_redirect_tokens_delete_destroy import asyncio

        return await asyncio(
            org,
            redirect_token,
            mentor_unique_id=mentor_unique_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_redirect_tokens_delete_destroy_detailed(
        self,
        org: str,
        redirect_token: str,
        *,
        mentor_unique_id: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `core_orgs_redirect_tokens_delete_destroy`, returning the whole `Response` and raising no status error."""
        from .core_orgs_redirect_tokens_delete_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            redirect_token,
            mentor_unique_id=mentor_unique_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_thumbnail_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CoreOrgsThumbnailRetrieveResponse200:
        """Get platform logo

        ``GET /api/core/orgs/{org}/thumbnail/`` (operation ``core_orgs_thumbnail_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CoreOrgsThumbnailRetrieveResponse200
        """

        from .core_orgs_thumbnail_retrieve import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_thumbnail_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CoreOrgsThumbnailRetrieveResponse200]:
        """Like `core_orgs_thumbnail_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_orgs_thumbnail_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_thumbnail_create_create(
        self,
        org: str,
        *,
        body: ImageUpload | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ImageUpload:
        """Upload a new platform logo

        ``POST /api/core/orgs/{org}/thumbnail/create/`` (operation ``core_orgs_thumbnail_create_create``)

        Args:
            org (str):
            body (ImageUpload):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ImageUpload
        """

        from .core_orgs_thumbnail_create_create import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_orgs_thumbnail_create_create_detailed(
        self,
        org: str,
        *,
        body: ImageUpload | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ImageUpload]:
        """Like `core_orgs_thumbnail_create_create`, returning the whole `Response` and raising no status error."""
        from .core_orgs_thumbnail_create_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_retrieve(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformList:
        """GET /api/core/platform/ Get main platform info.

        POST /api/core/platform/ Save main platform settings.

        Params: user_id (optional) key field_key (POST) value (POST)

        ``GET /api/core/platform/`` (operation ``core_platform_retrieve``)

        Args:
            key (str):
            user_id (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformList
        """

        from .core_platform_retrieve import asyncio

        return await asyncio(
            key=key,
            user_id=user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_retrieve_detailed(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformList]:
        """Like `core_platform_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_platform_retrieve import asyncio_detailed

        return await asyncio_detailed(
            key=key,
            user_id=user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_create(
        self,
        *,
        body: PlatformUpdatePostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformList:
        """Update platform object

        Params: user_id

        key new_key (If changing platform key) name

        Advanced Params (Don't expose these to users) lms_url cms_url portal_url

        ``POST /api/core/platform/`` (operation ``core_platform_create``)

        Args:
            body (PlatformUpdatePostRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformList
        """

        from .core_platform_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_create_detailed(
        self,
        *,
        body: PlatformUpdatePostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformList]:
        """Like `core_platform_create`, returning the whole `Response` and raising no status error."""
        from .core_platform_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_api_tokens_list(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[PlatformApiKey]:
        """List Platform API Key's belonging to the target platform

        ``GET /api/core/platform/api-tokens/`` (operation ``core_platform_api_tokens_list``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[PlatformApiKey]
        """

        from .core_platform_api_tokens_list import asyncio

        return await asyncio(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_api_tokens_list_detailed(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[PlatformApiKey]]:
        """Like `core_platform_api_tokens_list`, returning the whole `Response` and raising no status error."""
        from .core_platform_api_tokens_list import asyncio_detailed

        return await asyncio_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_api_tokens_create(
        self,
        *,
        body: PlatformApiKeyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformApiKey:
        """Create a new Platform Api Key for the target platform

        ``POST /api/core/platform/api-tokens/`` (operation ``core_platform_api_tokens_create``)

        Args:
            body (PlatformApiKeyRequest): Serializer for PlatformApiKey's

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformApiKey
        """

        from .core_platform_api_tokens_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_api_tokens_create_detailed(
        self,
        *,
        body: PlatformApiKeyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformApiKey]:
        """Like `core_platform_api_tokens_create`, returning the whole `Response` and raising no status error."""
        from .core_platform_api_tokens_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_api_tokens_destroy(
        self,
        name: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete Platform Api Key by name in the target platform

        ``DELETE /api/core/platform/api-tokens/{name}`` (operation ``core_platform_api_tokens_destroy``)

        Args:
            name (str):
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .core_platform_api_tokens_destroy import asyncio

        return await asyncio(
            name,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_api_tokens_destroy_detailed(
        self,
        name: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `core_platform_api_tokens_destroy`, returning the whole `Response` and raising no status error."""
        from .core_platform_api_tokens_destroy import asyncio_detailed

        return await asyncio_detailed(
            name,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_config_site_retrieve(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CorePlatformConfigSiteRetrieveResponse200:
        """GET /site Get site settings.

        POST /site Save site settings.

        Params: user_id key field_key (POST) value (POST)

        ``GET /api/core/platform/config/site/`` (operation ``core_platform_config_site_retrieve``)

        Args:
            key (str):
            user_id (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CorePlatformConfigSiteRetrieveResponse200
        """

        from .core_platform_config_site_retrieve import asyncio

        return await asyncio(
            key=key,
            user_id=user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_config_site_retrieve_detailed(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CorePlatformConfigSiteRetrieveResponse200]:
        """Like `core_platform_config_site_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_platform_config_site_retrieve import asyncio_detailed

        return await asyncio_detailed(
            key=key,
            user_id=user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_config_site_create(
        self,
        *,
        body: CorePlatformConfigSiteCreateBody | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CorePlatformConfigSiteCreateResponse200:
        """GET /site Get site settings.

        POST /site Save site settings.

        Params: user_id key field_key (POST) value (POST)

        ``POST /api/core/platform/config/site/`` (operation ``core_platform_config_site_create``)

        Args:
            body (CorePlatformConfigSiteCreateBody | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CorePlatformConfigSiteCreateResponse200
        """

        from .core_platform_config_site_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_config_site_create_detailed(
        self,
        *,
        body: CorePlatformConfigSiteCreateBody | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CorePlatformConfigSiteCreateResponse200]:
        """Like `core_platform_config_site_create`, returning the whole `Response` and raising no status error."""
        from .core_platform_config_site_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_configurations_list(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[PlatformConfigurationList]:
        """List Platform Configurations

        Get all configuration values for a platform with proper type casting.

        ``GET /api/core/platform/configurations/`` (operation ``core_platform_configurations_list``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[PlatformConfigurationList]
        """

        from .core_platform_configurations_list import asyncio

        return await asyncio(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_configurations_list_detailed(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[PlatformConfigurationList]]:
        """Like `core_platform_configurations_list`, returning the whole `Response` and raising no status error."""
        from .core_platform_configurations_list import asyncio_detailed

        return await asyncio_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_configurations_create(
        self,
        *,
        body: PlatformConfigurationSet | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformConfigurationSetResponse:
        """Set Platform Configurations

        Set or update multiple platform configuration values.Values will be automatically normalized for
        storage and cast appropriately on retrieval.

        ``POST /api/core/platform/configurations/`` (operation ``core_platform_configurations_create``)

        Args:
            body (PlatformConfigurationSet): Serializer for setting platform configurations

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformConfigurationSetResponse
        """

        from .core_platform_configurations_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_configurations_create_detailed(
        self,
        *,
        body: PlatformConfigurationSet | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformConfigurationSetResponse]:
        """Like `core_platform_configurations_create`, returning the whole `Response` and raising no status error."""
        from .core_platform_configurations_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_configurations_available_settings_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformConfigurationList:
        """Get all available settings that can be configured with current platform values

        ``GET /api/core/platform/configurations/available-settings/`` (operation ``core_platform_configurations_available_settings_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformConfigurationList
        """

        from .core_platform_configurations_available_settings_retrieve import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_configurations_available_settings_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformConfigurationList]:
        """Like `core_platform_configurations_available_settings_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_platform_configurations_available_settings_retrieve import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_configurations_delete_config_destroy(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete a specific platform configuration

        Query Parameters: - platform_key: Platform key - key: Configuration key to delete

        ``DELETE /api/core/platform/configurations/delete-config/`` (operation ``core_platform_configurations_delete_config_destroy``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .core_platform_configurations_delete_config_destroy import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_configurations_delete_config_destroy_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `core_platform_configurations_delete_config_destroy`, returning the whole `Response` and raising no status error."""
        from .core_platform_configurations_delete_config_destroy import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_configurations_public_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformConfigurationList:
        """Get public platform configurations for platform members

        Query Parameters: - platform_key: Platform key to get public configurations for

        Returns: - platform_key: The platform key - configurations: Dictionary of public config key-
        value pairs - count: Number of public configurations returned

        ``GET /api/core/platform/configurations/public/`` (operation ``core_platform_configurations_public_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformConfigurationList
        """

        from .core_platform_configurations_public_retrieve import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_configurations_public_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformConfigurationList]:
        """Like `core_platform_configurations_public_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_platform_configurations_public_retrieve import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_users_retrieve(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        return_policies: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserPlatformManagementListViewGetResponse:
        """Retrieve users associated with platform and optionally their policies when return_policies is
        set

        ``GET /api/core/platform/users/`` (operation ``core_platform_users_retrieve``)

        Args:
            page (int | Unset):
            page_size (int | Unset):
            platform_key (str | Unset):
            platform_org (str | Unset):
            query (str | Unset):
            return_policies (str | Unset):
            sort (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserPlatformManagementListViewGetResponse
        """

        from .core_platform_users_retrieve import asyncio

        return await asyncio(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            return_policies=return_policies,
            sort=sort,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_users_retrieve_detailed(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        return_policies: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserPlatformManagementListViewGetResponse]:
        """Like `core_platform_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_platform_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            return_policies=return_policies,
            sort=sort,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_users_retrieve_iter(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        return_policies: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[UserPlatformManagementListViewGetResponseResultsItem]:
        """Every `UserPlatformManagementListViewGetResponseResultsItem` of `core_platform_users_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .core_platform_users_retrieve import asyncio

        return paginate(
            asyncio,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            return_policies=return_policies,
            sort=sort,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def core_platform_users_policies_update(
        self,
        *,
        body: list[UserPolicyUpdate],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserPolicyUpdateResponse:
        """Bulk update user policies on a platform. Requires Ibl.Core/UserPolicies/write permission.

        Policy removals are processed before policy additions.

        ``PUT /api/core/platform/users/policies/`` (operation ``core_platform_users_policies_update``)

        Args:
            body (list[UserPolicyUpdate]):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserPolicyUpdateResponse
        """

        from .core_platform_users_policies_update import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platform_users_policies_update_detailed(
        self,
        *,
        body: list[UserPolicyUpdate],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserPolicyUpdateResponse]:
        """Like `core_platform_users_policies_update`, returning the whole `Response` and raising no status error."""
        from .core_platform_users_policies_update import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platforms_public_image_assets_list(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[PlatformPublicImageAsset]:
        """Shared functionality for platform public image asset views.

        ``GET /api/core/platforms/{platform_key}/public-image-assets/`` (operation ``core_platforms_public_image_assets_list``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[PlatformPublicImageAsset]
        """

        from .core_platforms_public_image_assets_list import asyncio

        return await asyncio(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platforms_public_image_assets_list_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[PlatformPublicImageAsset]]:
        """Like `core_platforms_public_image_assets_list`, returning the whole `Response` and raising no status error."""
        from .core_platforms_public_image_assets_list import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platforms_public_image_assets_create(
        self,
        platform_key: str,
        *,
        body: PlatformPublicImageAssetRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPublicImageAsset:
        """Shared functionality for platform public image asset views.

        ``POST /api/core/platforms/{platform_key}/public-image-assets/`` (operation ``core_platforms_public_image_assets_create``)

        Args:
            platform_key (str):
            body (PlatformPublicImageAssetRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformPublicImageAsset
        """

        from .core_platforms_public_image_assets_create import asyncio

        return await asyncio(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platforms_public_image_assets_create_detailed(
        self,
        platform_key: str,
        *,
        body: PlatformPublicImageAssetRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPublicImageAsset]:
        """Like `core_platforms_public_image_assets_create`, returning the whole `Response` and raising no status error."""
        from .core_platforms_public_image_assets_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platforms_public_image_assets_retrieve(
        self,
        platform_key: str,
        asset_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPublicImageAsset:
        """Shared functionality for platform public image asset views.

        ``GET /api/core/platforms/{platform_key}/public-image-assets/{asset_id}/`` (operation ``core_platforms_public_image_assets_retrieve``)

        Args:
            platform_key (str):
            asset_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformPublicImageAsset
        """

        from .core_platforms_public_image_assets_retrieve import asyncio

        return await asyncio(
            platform_key,
            asset_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platforms_public_image_assets_retrieve_detailed(
        self,
        platform_key: str,
        asset_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPublicImageAsset]:
        """Like `core_platforms_public_image_assets_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_platforms_public_image_assets_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            asset_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platforms_public_image_assets_update(
        self,
        platform_key: str,
        asset_id: int,
        *,
        body: PlatformPublicImageAssetRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPublicImageAsset:
        """Shared functionality for platform public image asset views.

        ``PUT /api/core/platforms/{platform_key}/public-image-assets/{asset_id}/`` (operation ``core_platforms_public_image_assets_update``)

        Args:
            platform_key (str):
            asset_id (int):
            body (PlatformPublicImageAssetRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformPublicImageAsset
        """

        from .core_platforms_public_image_assets_update import asyncio

        return await asyncio(
            platform_key,
            asset_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platforms_public_image_assets_update_detailed(
        self,
        platform_key: str,
        asset_id: int,
        *,
        body: PlatformPublicImageAssetRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPublicImageAsset]:
        """Like `core_platforms_public_image_assets_update`, returning the whole `Response` and raising no status error."""
        from .core_platforms_public_image_assets_update import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            asset_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platforms_public_image_assets_destroy(
        self,
        platform_key: str,
        asset_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Shared functionality for platform public image asset views.

        ``DELETE /api/core/platforms/{platform_key}/public-image-assets/{asset_id}/`` (operation ``core_platforms_public_image_assets_destroy``)

        Args:
            platform_key (str):
            asset_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .core_platforms_public_image_assets_destroy import asyncio

        return await asyncio(
            platform_key,
            asset_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platforms_public_image_assets_destroy_detailed(
        self,
        platform_key: str,
        asset_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `core_platforms_public_image_assets_destroy`, returning the whole `Response` and raising no status error."""
        from .core_platforms_public_image_assets_destroy import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            asset_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platforms_public_image_assets_partial_update(
        self,
        platform_key: str,
        asset_id: int,
        *,
        body: PatchedPlatformPublicImageAssetRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPublicImageAsset:
        """Shared functionality for platform public image asset views.

        ``PATCH /api/core/platforms/{platform_key}/public-image-assets/{asset_id}/`` (operation ``core_platforms_public_image_assets_partial_update``)

        Args:
            platform_key (str):
            asset_id (int):
            body (PatchedPlatformPublicImageAssetRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformPublicImageAsset
        """

        from .core_platforms_public_image_assets_partial_update import asyncio

        return await asyncio(
            platform_key,
            asset_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platforms_public_image_assets_partial_update_detailed(
        self,
        platform_key: str,
        asset_id: int,
        *,
        body: PatchedPlatformPublicImageAssetRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPublicImageAsset]:
        """Like `core_platforms_public_image_assets_partial_update`, returning the whole `Response` and raising no status error."""
        from .core_platforms_public_image_assets_partial_update import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            asset_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platforms_public_image_assets_file_retrieve(
        self,
        platform_key: str,
        asset_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CorePlatformsPublicImageAssetsFileRetrieveResponse200:
        """Shared functionality for platform public image asset views.

        ``GET /api/core/platforms/{platform_key}/public-image-assets/{asset_id}/file/`` (operation ``core_platforms_public_image_assets_file_retrieve``)

        Args:
            platform_key (str):
            asset_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CorePlatformsPublicImageAssetsFileRetrieveResponse200
        """

        from .core_platforms_public_image_assets_file_retrieve import asyncio

        return await asyncio(
            platform_key,
            asset_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_platforms_public_image_assets_file_retrieve_detailed(
        self,
        platform_key: str,
        asset_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CorePlatformsPublicImageAssetsFileRetrieveResponse200]:
        """Like `core_platforms_public_image_assets_file_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_platforms_public_image_assets_file_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            asset_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_groups_list(
        self,
        *,
        email: str | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        owner: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedRbacGroupList:
        """List RBAC groups

        Retrieve a list of RBAC groups. Can be filtered by platform_key, owner, name, username, or
        email. Use include_users to control response payload.

        ``GET /api/core/rbac/groups/`` (operation ``core_rbac_groups_list``)

        Args:
            email (str | Unset):
            include_users (bool | Unset):
            name (str | Unset):
            owner (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            platform_key (str | Unset):
            username (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedRbacGroupList
        """

        from .core_rbac_groups_list import asyncio

        return await asyncio(
            email=email,
            include_users=include_users,
            name=name,
            owner=owner,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_groups_list_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        owner: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedRbacGroupList]:
        """Like `core_rbac_groups_list`, returning the whole `Response` and raising no status error."""
        from .core_rbac_groups_list import asyncio_detailed

        return await asyncio_detailed(
            email=email,
            include_users=include_users,
            name=name,
            owner=owner,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_groups_list_iter(
        self,
        *,
        email: str | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        owner: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[RbacGroup]:
        """Every `RbacGroup` of `core_rbac_groups_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .core_rbac_groups_list import asyncio

        return paginate(
            asyncio,
            email=email,
            include_users=include_users,
            name=name,
            owner=owner,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def core_rbac_groups_create(
        self,
        *,
        body: RbacGroupRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacGroup:
        """Create RBAC group

        Create a new RBAC group for a platform. Users can be assigned during creation.

        ``POST /api/core/rbac/groups/`` (operation ``core_rbac_groups_create``)

        Args:
            body (RbacGroupRequest): Serializer for RBAC groups.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RbacGroup
        """

        from .core_rbac_groups_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_groups_create_detailed(
        self,
        *,
        body: RbacGroupRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacGroup]:
        """Like `core_rbac_groups_create`, returning the whole `Response` and raising no status error."""
        from .core_rbac_groups_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_groups_retrieve(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacGroup:
        """Retrieve RBAC group

        Retrieve details of a specific RBAC group including assigned users.

        ``GET /api/core/rbac/groups/{id}/`` (operation ``core_rbac_groups_retrieve``)

        Args:
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RbacGroup
        """

        from .core_rbac_groups_retrieve import asyncio

        return await asyncio(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_groups_retrieve_detailed(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacGroup]:
        """Like `core_rbac_groups_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_rbac_groups_retrieve import asyncio_detailed

        return await asyncio_detailed(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_groups_update(
        self,
        id: int,
        *,
        body: RbacGroupRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacGroup:
        """Update RBAC group

        Update an existing RBAC group. Platform validation applies for user assignments. Cannot update
        internal system groups.

        ``PUT /api/core/rbac/groups/{id}/`` (operation ``core_rbac_groups_update``)

        Args:
            id (int):
            body (RbacGroupRequest): Serializer for RBAC groups.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RbacGroup
        """

        from .core_rbac_groups_update import asyncio

        return await asyncio(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_groups_update_detailed(
        self,
        id: int,
        *,
        body: RbacGroupRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacGroup]:
        """Like `core_rbac_groups_update`, returning the whole `Response` and raising no status error."""
        from .core_rbac_groups_update import asyncio_detailed

        return await asyncio_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_groups_destroy(
        self,
        id: int,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete RBAC group

        Delete an RBAC group and all associated group role assignments. Cannot delete internal system
        groups.

        ``DELETE /api/core/rbac/groups/{id}/`` (operation ``core_rbac_groups_destroy``)

        Args:
            id (int):
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .core_rbac_groups_destroy import asyncio

        return await asyncio(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_groups_destroy_detailed(
        self,
        id: int,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `core_rbac_groups_destroy`, returning the whole `Response` and raising no status error."""
        from .core_rbac_groups_destroy import asyncio_detailed

        return await asyncio_detailed(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_groups_partial_update(
        self,
        id: int,
        *,
        body: PatchedRbacGroupRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacGroup:
        """Partially update RBAC group

        Partially update an existing RBAC group. Platform validation applies for user assignments.
        Cannot update internal system groups.

        ``PATCH /api/core/rbac/groups/{id}/`` (operation ``core_rbac_groups_partial_update``)

        Args:
            id (int):
            body (PatchedRbacGroupRequest | Unset): Serializer for RBAC groups.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RbacGroup
        """

        from .core_rbac_groups_partial_update import asyncio

        return await asyncio(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_groups_partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedRbacGroupRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacGroup]:
        """Like `core_rbac_groups_partial_update`, returning the whole `Response` and raising no status error."""
        from .core_rbac_groups_partial_update import asyncio_detailed

        return await asyncio_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_mentor_access_list(
        self,
        *,
        mentor_id: int,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[MentorPolicy]:
        """Get mentor access status

        Retrieve current access information for a specific mentor, including all groups and users that
        have access with their respective roles.

        ``GET /api/core/rbac/mentor-access/`` (operation ``core_rbac_mentor_access_list``)

        Args:
            mentor_id (int):
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[MentorPolicy]
        """

        from .core_rbac_mentor_access_list import asyncio

        return await asyncio(
            mentor_id=mentor_id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_mentor_access_list_detailed(
        self,
        *,
        mentor_id: int,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[MentorPolicy]]:
        """Like `core_rbac_mentor_access_list`, returning the whole `Response` and raising no status error."""
        from .core_rbac_mentor_access_list import asyncio_detailed

        return await asyncio_detailed(
            mentor_id=mentor_id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_mentor_access_create(
        self,
        *,
        body: MentorPolicyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> MentorPolicy:
        """Control which RbacGroups and/or Users have access to a mentor and with what Role

        Create or update RBAC policies to manage group and user access to specific mentors. Creates
        role-specific policies and handles adding/removing groups and users.

        ``POST /api/core/rbac/mentor-access/`` (operation ``core_rbac_mentor_access_create``)

        Args:
            body (MentorPolicyRequest): Serializer for mentor-specific RBAC policies using
                ModelSerializer pattern. Accepts mentor_id and role, generates resources and role
                internally.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorPolicy
        """

        from .core_rbac_mentor_access_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_mentor_access_create_detailed(
        self,
        *,
        body: MentorPolicyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[MentorPolicy]:
        """Like `core_rbac_mentor_access_create`, returning the whole `Response` and raising no status error."""
        from .core_rbac_mentor_access_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_permissions_check_create(
        self,
        *,
        body: PermissionCheckRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Check user permissions

        Check user permissions for specified resources

        ``POST /api/core/rbac/permissions/check/`` (operation ``core_rbac_permissions_check_create``)

        Args:
            body (PermissionCheckRequest): Serializer for permission check requests

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_rbac_permissions_check_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_permissions_check_create_detailed(
        self,
        *,
        body: PermissionCheckRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_rbac_permissions_check_create`, returning the whole `Response` and raising no status error."""
        from .core_rbac_permissions_check_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_policies_list(
        self,
        *,
        email: str | Unset = UNSET,
        group: str | Unset = UNSET,
        include_groups: bool | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedRbacPolicyList:
        """List RBAC policies

        Retrieve a list of RBAC policies. Can be filtered by platform_key, role_id, name, username,
        email, or group. Use include_users and include_groups to control response payload.

        ``GET /api/core/rbac/policies/`` (operation ``core_rbac_policies_list``)

        Args:
            email (str | Unset):
            group (str | Unset):
            include_groups (bool | Unset):
            include_users (bool | Unset):
            name (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            platform_key (str | Unset):
            role_id (int | Unset):
            username (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedRbacPolicyList
        """

        from .core_rbac_policies_list import asyncio

        return await asyncio(
            email=email,
            group=group,
            include_groups=include_groups,
            include_users=include_users,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            role_id=role_id,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_policies_list_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        group: str | Unset = UNSET,
        include_groups: bool | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedRbacPolicyList]:
        """Like `core_rbac_policies_list`, returning the whole `Response` and raising no status error."""
        from .core_rbac_policies_list import asyncio_detailed

        return await asyncio_detailed(
            email=email,
            group=group,
            include_groups=include_groups,
            include_users=include_users,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            role_id=role_id,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_policies_list_iter(
        self,
        *,
        email: str | Unset = UNSET,
        group: str | Unset = UNSET,
        include_groups: bool | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[RbacPolicy]:
        """Every `RbacPolicy` of `core_rbac_policies_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .core_rbac_policies_list import asyncio

        return paginate(
            asyncio,
            email=email,
            group=group,
            include_groups=include_groups,
            include_users=include_users,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            role_id=role_id,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def core_rbac_policies_create(
        self,
        *,
        body: RbacPolicyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacPolicy:
        """Create RBAC policy

        Create a new RBAC policy that defines resource access for a role

        ``POST /api/core/rbac/policies/`` (operation ``core_rbac_policies_create``)

        Args:
            body (RbacPolicyRequest): Serializer for policies.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RbacPolicy
        """

        from .core_rbac_policies_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_policies_create_detailed(
        self,
        *,
        body: RbacPolicyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacPolicy]:
        """Like `core_rbac_policies_create`, returning the whole `Response` and raising no status error."""
        from .core_rbac_policies_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_policies_retrieve(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacPolicy:
        """Retrieve RBAC policy

        Retrieve details of a specific RBAC policy, including role, platform, resources, users, and
        groups.

        ``GET /api/core/rbac/policies/{id}/`` (operation ``core_rbac_policies_retrieve``)

        Args:
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RbacPolicy
        """

        from .core_rbac_policies_retrieve import asyncio

        return await asyncio(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_policies_retrieve_detailed(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacPolicy]:
        """Like `core_rbac_policies_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_rbac_policies_retrieve import asyncio_detailed

        return await asyncio_detailed(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_policies_update(
        self,
        id: int,
        *,
        body: RbacPolicyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacPolicy:
        """Update RBAC policy

        Update an existing RBAC policy.

        ``PUT /api/core/rbac/policies/{id}/`` (operation ``core_rbac_policies_update``)

        Args:
            id (int):
            body (RbacPolicyRequest): Serializer for policies.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RbacPolicy
        """

        from .core_rbac_policies_update import asyncio

        return await asyncio(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_policies_update_detailed(
        self,
        id: int,
        *,
        body: RbacPolicyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacPolicy]:
        """Like `core_rbac_policies_update`, returning the whole `Response` and raising no status error."""
        from .core_rbac_policies_update import asyncio_detailed

        return await asyncio_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_policies_destroy(
        self,
        id: int,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete RBAC policy

        Delete an RBAC policy.

        ``DELETE /api/core/rbac/policies/{id}/`` (operation ``core_rbac_policies_destroy``)

        Args:
            id (int):
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .core_rbac_policies_destroy import asyncio

        return await asyncio(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_policies_destroy_detailed(
        self,
        id: int,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `core_rbac_policies_destroy`, returning the whole `Response` and raising no status error."""
        from .core_rbac_policies_destroy import asyncio_detailed

        return await asyncio_detailed(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_policies_partial_update(
        self,
        id: int,
        *,
        body: PatchedRbacPolicyRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacPolicy:
        """Partially update RBAC policy

        Partially update an existing RBAC policy. Only provided fields will be updated.

        ``PATCH /api/core/rbac/policies/{id}/`` (operation ``core_rbac_policies_partial_update``)

        Args:
            id (int):
            body (PatchedRbacPolicyRequest | Unset): Serializer for policies.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RbacPolicy
        """

        from .core_rbac_policies_partial_update import asyncio

        return await asyncio(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_policies_partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedRbacPolicyRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacPolicy]:
        """Like `core_rbac_policies_partial_update`, returning the whole `Response` and raising no status error."""
        from .core_rbac_policies_partial_update import asyncio_detailed

        return await asyncio_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_roles_list(
        self,
        *,
        include_global_roles: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedRbacRoleList:
        """List RBAC roles

        Retrieve a list of RBAC roles. Can be filtered by platform_key and name.

        ``GET /api/core/rbac/roles/`` (operation ``core_rbac_roles_list``)

        Args:
            include_global_roles (bool | Unset):
            name (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            platform_key (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedRbacRoleList
        """

        from .core_rbac_roles_list import asyncio

        return await asyncio(
            include_global_roles=include_global_roles,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_roles_list_detailed(
        self,
        *,
        include_global_roles: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedRbacRoleList]:
        """Like `core_rbac_roles_list`, returning the whole `Response` and raising no status error."""
        from .core_rbac_roles_list import asyncio_detailed

        return await asyncio_detailed(
            include_global_roles=include_global_roles,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_roles_list_iter(
        self,
        *,
        include_global_roles: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[RbacRole]:
        """Every `RbacRole` of `core_rbac_roles_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .core_rbac_roles_list import asyncio

        return paginate(
            asyncio,
            include_global_roles=include_global_roles,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def core_rbac_roles_create(
        self,
        *,
        body: RbacRoleRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacRole:
        """Create RBAC role

        Create a new RBAC role for a platform.

        ``POST /api/core/rbac/roles/`` (operation ``core_rbac_roles_create``)

        Args:
            body (RbacRoleRequest): Serializer for roles.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RbacRole
        """

        from .core_rbac_roles_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_roles_create_detailed(
        self,
        *,
        body: RbacRoleRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacRole]:
        """Like `core_rbac_roles_create`, returning the whole `Response` and raising no status error."""
        from .core_rbac_roles_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_roles_retrieve(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacRole:
        """Retrieve RBAC role

        Retrieve details of a specific RBAC role.

        ``GET /api/core/rbac/roles/{id}/`` (operation ``core_rbac_roles_retrieve``)

        Args:
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RbacRole
        """

        from .core_rbac_roles_retrieve import asyncio

        return await asyncio(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_roles_retrieve_detailed(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacRole]:
        """Like `core_rbac_roles_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_rbac_roles_retrieve import asyncio_detailed

        return await asyncio_detailed(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_roles_update(
        self,
        id: int,
        *,
        body: RbacRoleRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacRole:
        """Update RBAC role

        Update an existing RBAC role.

        ``PUT /api/core/rbac/roles/{id}/`` (operation ``core_rbac_roles_update``)

        Args:
            id (int):
            body (RbacRoleRequest): Serializer for roles.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RbacRole
        """

        from .core_rbac_roles_update import asyncio

        return await asyncio(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_roles_update_detailed(
        self,
        id: int,
        *,
        body: RbacRoleRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacRole]:
        """Like `core_rbac_roles_update`, returning the whole `Response` and raising no status error."""
        from .core_rbac_roles_update import asyncio_detailed

        return await asyncio_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_roles_destroy(
        self,
        id: int,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete RBAC role

        Delete an RBAC role. WARNING: Deleting a role will remove all policies referencing it.

        ``DELETE /api/core/rbac/roles/{id}/`` (operation ``core_rbac_roles_destroy``)

        Args:
            id (int):
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .core_rbac_roles_destroy import asyncio

        return await asyncio(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_roles_destroy_detailed(
        self,
        id: int,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `core_rbac_roles_destroy`, returning the whole `Response` and raising no status error."""
        from .core_rbac_roles_destroy import asyncio_detailed

        return await asyncio_detailed(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_roles_partial_update(
        self,
        id: int,
        *,
        body: PatchedRbacRoleRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacRole:
        """Partially update RBAC role

        Partially update an existing RBAC role.

        ``PATCH /api/core/rbac/roles/{id}/`` (operation ``core_rbac_roles_partial_update``)

        Args:
            id (int):
            body (PatchedRbacRoleRequest | Unset): Serializer for roles.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RbacRole
        """

        from .core_rbac_roles_partial_update import asyncio

        return await asyncio(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_roles_partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedRbacRoleRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacRole]:
        """Like `core_rbac_roles_partial_update`, returning the whole `Response` and raising no status error."""
        from .core_rbac_roles_partial_update import asyncio_detailed

        return await asyncio_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_student_llm_access_set_create(
        self,
        *,
        body: SetStudentLLMAccess | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StudentLLMAccessResponse:
        """Set student LLM access permissions

        Configure which LLM resources students can access on a platform by replacing the LLM Users
        policy resources

        ``POST /api/core/rbac/student-llm-access/set/`` (operation ``core_rbac_student_llm_access_set_create``)

        Args:
            body (SetStudentLLMAccess): Serializer for setting student LLM access permissions

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StudentLLMAccessResponse
        """

        from .core_rbac_student_llm_access_set_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_student_llm_access_set_create_detailed(
        self,
        *,
        body: SetStudentLLMAccess | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StudentLLMAccessResponse]:
        """Like `core_rbac_student_llm_access_set_create`, returning the whole `Response` and raising no status error."""
        from .core_rbac_student_llm_access_set_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_student_llm_access_status_retrieve(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StudentLLMAccessResponse:
        """Get student LLM access permissions

        Check which LLM resources students are currently allowed to access on a platform

        ``GET /api/core/rbac/student-llm-access/status/`` (operation ``core_rbac_student_llm_access_status_retrieve``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StudentLLMAccessResponse
        """

        from .core_rbac_student_llm_access_status_retrieve import asyncio

        return await asyncio(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_student_llm_access_status_retrieve_detailed(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StudentLLMAccessResponse]:
        """Like `core_rbac_student_llm_access_status_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_rbac_student_llm_access_status_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_student_mentor_creation_set_create(
        self,
        *,
        body: SetStudentMentorCreationPermission | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StudentMentorCreationPermissionResponse:
        """Set student mentor creation permission

        Enable or disable the ability for students to create mentors on a platform

        ``POST /api/core/rbac/student-mentor-creation/set/`` (operation ``core_rbac_student_mentor_creation_set_create``)

        Args:
            body (SetStudentMentorCreationPermission): Serializer for setting student mentor creation
                permission

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StudentMentorCreationPermissionResponse
        """

        from .core_rbac_student_mentor_creation_set_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_student_mentor_creation_set_create_detailed(
        self,
        *,
        body: SetStudentMentorCreationPermission | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StudentMentorCreationPermissionResponse]:
        """Like `core_rbac_student_mentor_creation_set_create`, returning the whole `Response` and raising no status error."""
        from .core_rbac_student_mentor_creation_set_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_student_mentor_creation_status_retrieve(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StudentMentorCreationPermissionResponse:
        """Get student mentor creation permission status

        Check whether students are currently allowed to create mentors on a platform

        ``GET /api/core/rbac/student-mentor-creation/status/`` (operation ``core_rbac_student_mentor_creation_status_retrieve``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StudentMentorCreationPermissionResponse
        """

        from .core_rbac_student_mentor_creation_status_retrieve import asyncio

        return await asyncio(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_student_mentor_creation_status_retrieve_detailed(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StudentMentorCreationPermissionResponse]:
        """Like `core_rbac_student_mentor_creation_status_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_rbac_student_mentor_creation_status_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_teams_access_list(
        self,
        *,
        platform_key: str,
        usergroup_id: int,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[UserGroupPolicy]:
        """Get usergroup access status

        Retrieve current access information for a specific usergroup, including all groups and users
        that have access with their respective roles.

        ``GET /api/core/rbac/teams/access/`` (operation ``core_rbac_teams_access_list``)

        Args:
            platform_key (str):
            usergroup_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[UserGroupPolicy]
        """

        from .core_rbac_teams_access_list import asyncio

        return await asyncio(
            platform_key=platform_key,
            usergroup_id=usergroup_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_teams_access_list_detailed(
        self,
        *,
        platform_key: str,
        usergroup_id: int,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[UserGroupPolicy]]:
        """Like `core_rbac_teams_access_list`, returning the whole `Response` and raising no status error."""
        from .core_rbac_teams_access_list import asyncio_detailed

        return await asyncio_detailed(
            platform_key=platform_key,
            usergroup_id=usergroup_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_teams_access_create(
        self,
        *,
        body: UserGroupPolicyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserGroupPolicy:
        """Control which RbacGroups and/or Users have access to a UserGroup (team) and with what Role

        Create or update RBAC policies to manage group and user access to specific UserGroups (teams).
        Creates role-specific policies and handles adding/removing groups and users. Automatically adds
        users/groups to appropriate secondary policies as needed.

        ``POST /api/core/rbac/teams/access/`` (operation ``core_rbac_teams_access_create``)

        Args:
            body (UserGroupPolicyRequest): Serializer for usergroup-specific RBAC policies using
                ModelSerializer pattern. Accepts usergroup_id and role, generates resources and role
                internally.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserGroupPolicy
        """

        from .core_rbac_teams_access_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_teams_access_create_detailed(
        self,
        *,
        body: UserGroupPolicyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserGroupPolicy]:
        """Like `core_rbac_teams_access_create`, returning the whole `Response` and raising no status error."""
        from .core_rbac_teams_access_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_user_group_access_retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserGroupAccess:
        """Get user group access status

        Retrieve current group access information for a specific user, including all groups the user has
        access to and whether they have mentor management permissions.

        ``GET /api/core/rbac/user-group-access/`` (operation ``core_rbac_user_group_access_retrieve``)

        Args:
            platform_key (str):
            user_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserGroupAccess
        """

        from .core_rbac_user_group_access_retrieve import asyncio

        return await asyncio(
            platform_key=platform_key,
            user_id=user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_user_group_access_retrieve_detailed(
        self,
        *,
        platform_key: str,
        user_id: int,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserGroupAccess]:
        """Like `core_rbac_user_group_access_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_rbac_user_group_access_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key=platform_key,
            user_id=user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_user_group_access_create(
        self,
        *,
        body: UserGroupAccessRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserGroupAccess:
        """Manage user access to groups

        Create or update user access to groups by adding/removing group access. Creates one policy per
        user with GROUP_MENTOR_MANAGER role for managing mentor access.

        ``POST /api/core/rbac/user-group-access/`` (operation ``core_rbac_user_group_access_create``)

        Args:
            body (UserGroupAccessRequest): ModelSerializer for user group access policies

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserGroupAccess
        """

        from .core_rbac_user_group_access_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_rbac_user_group_access_create_detailed(
        self,
        *,
        body: UserGroupAccessRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserGroupAccess]:
        """Like `core_rbac_user_group_access_create`, returning the whole `Response` and raising no status error."""
        from .core_rbac_user_group_access_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_session_logout_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Invalidate all tokens for the authenticated user

        ``POST /api/core/session/logout/`` (operation ``core_session_logout_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_session_logout_create import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_session_logout_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_session_logout_create`, returning the whole `Response` and raising no status error."""
        from .core_session_logout_create import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_signals_edx_create(
        self,
        *,
        body: EdxSignalReceiverRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """POST signals/edx/

        ``POST /api/core/signals/edx/`` (operation ``core_signals_edx_create``)

        Args:
            body (EdxSignalReceiverRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_signals_edx_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_signals_edx_create_detailed(
        self,
        *,
        body: EdxSignalReceiverRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_signals_edx_create`, returning the whole `Response` and raising no status error."""
        from .core_signals_edx_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_token_proxy_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Param: Any of user_id/username/email

        ``POST /api/core/token/proxy/`` (operation ``core_token_proxy_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_token_proxy_create import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_token_proxy_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_token_proxy_create`, returning the whole `Response` and raising no status error."""
        from .core_token_proxy_create import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_token_verify_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Check token user

        ``GET /api/core/token/verify/`` (operation ``core_token_verify_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_token_verify_retrieve import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_token_verify_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_token_verify_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_token_verify_retrieve import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_list(
        self,
        *,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        required_action: str | Unset = UNSET,
        with_permissions: bool | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedUserGroupList:
        """List UserGroups

        Retrieve a list of UserGroups. Can be filtered by platform_key, name, and include_users.

        ``GET /api/core/user-groups/`` (operation ``core_user_groups_list``)

        Args:
            include_users (bool | Unset):
            name (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            platform_key (str | Unset):
            required_action (str | Unset):
            with_permissions (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedUserGroupList
        """

        from .core_user_groups_list import asyncio

        return await asyncio(
            include_users=include_users,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            required_action=required_action,
            with_permissions=with_permissions,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_list_detailed(
        self,
        *,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        required_action: str | Unset = UNSET,
        with_permissions: bool | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedUserGroupList]:
        """Like `core_user_groups_list`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_list import asyncio_detailed

        return await asyncio_detailed(
            include_users=include_users,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            required_action=required_action,
            with_permissions=with_permissions,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_list_iter(
        self,
        *,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        required_action: str | Unset = UNSET,
        with_permissions: bool | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[UserGroup]:
        """Every `UserGroup` of `core_user_groups_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .core_user_groups_list import asyncio

        return paginate(
            asyncio,
            include_users=include_users,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            required_action=required_action,
            with_permissions=with_permissions,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def core_user_groups_create(
        self,
        *,
        body: UserGroupRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserGroup:
        """Create UserGroup

        Create a new UserGroup for a platform. Users can be assigned during creation.

        ``POST /api/core/user-groups/`` (operation ``core_user_groups_create``)

        Args:
            body (UserGroupRequest): Serializer for UserGroups.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserGroup
        """

        from .core_user_groups_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_create_detailed(
        self,
        *,
        body: UserGroupRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserGroup]:
        """Like `core_user_groups_create`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_retrieve(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserGroup:
        """Retrieve UserGroup

        Retrieve details of a specific UserGroup including assigned users.

        ``GET /api/core/user-groups/{id}/`` (operation ``core_user_groups_retrieve``)

        Args:
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserGroup
        """

        from .core_user_groups_retrieve import asyncio

        return await asyncio(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_retrieve_detailed(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserGroup]:
        """Like `core_user_groups_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_retrieve import asyncio_detailed

        return await asyncio_detailed(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_update(
        self,
        id: int,
        *,
        body: UserGroupRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserGroup:
        """Update UserGroup

        Update an existing UserGroup. Platform validation applies for user assignments.

        ``PUT /api/core/user-groups/{id}/`` (operation ``core_user_groups_update``)

        Args:
            id (int):
            body (UserGroupRequest): Serializer for UserGroups.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserGroup
        """

        from .core_user_groups_update import asyncio

        return await asyncio(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_update_detailed(
        self,
        id: int,
        *,
        body: UserGroupRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserGroup]:
        """Like `core_user_groups_update`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_update import asyncio_detailed

        return await asyncio_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_destroy(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete UserGroup

        Delete a UserGroup and all associated user group links.

        ``DELETE /api/core/user-groups/{id}/`` (operation ``core_user_groups_destroy``)

        Args:
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .core_user_groups_destroy import asyncio

        return await asyncio(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_destroy_detailed(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `core_user_groups_destroy`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_destroy import asyncio_detailed

        return await asyncio_detailed(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_partial_update(
        self,
        id: int,
        *,
        body: PatchedUserGroupRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserGroup:
        """Partially update UserGroup

        Partially update an existing UserGroup. Platform validation applies for user assignments.

        ``PATCH /api/core/user-groups/{id}/`` (operation ``core_user_groups_partial_update``)

        Args:
            id (int):
            body (PatchedUserGroupRequest | Unset): Serializer for UserGroups.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserGroup
        """

        from .core_user_groups_partial_update import asyncio

        return await asyncio(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedUserGroupRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserGroup]:
        """Like `core_user_groups_partial_update`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_partial_update import asyncio_detailed

        return await asyncio_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_retrieve2(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Show (active) user groups associated with a platform

        ``GET /api/core/user_groups/`` (operation ``core_user_groups_retrieve2``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_user_groups_retrieve2 import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_retrieve2_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_user_groups_retrieve2`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_create2(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Create/update a user group

        ``POST /api/core/user_groups/`` (operation ``core_user_groups_create2``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_user_groups_create2 import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_create2_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_user_groups_create2`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_create2 import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_destroy2(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete user group

        ``DELETE /api/core/user_groups/`` (operation ``core_user_groups_destroy2``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .core_user_groups_destroy2 import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_destroy2_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `core_user_groups_destroy2`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_destroy2 import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_link_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Show active users in user group (paginated)

        group_id is numeric ID of group

        ``GET /api/core/user_groups/link/`` (operation ``core_user_groups_link_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_user_groups_link_retrieve import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_link_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_user_groups_link_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_link_retrieve import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_link_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Add single user to user group, or update status

        ``POST /api/core/user_groups/link/`` (operation ``core_user_groups_link_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_user_groups_link_create import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_link_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_user_groups_link_create`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_link_create import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_link_destroy(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete user group link

        ``DELETE /api/core/user_groups/link/`` (operation ``core_user_groups_link_destroy``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .core_user_groups_link_destroy import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_link_destroy_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `core_user_groups_link_destroy`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_link_destroy import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_link_bulk_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Add users to user group, or update status

        ``POST /api/core/user_groups/link/bulk/`` (operation ``core_user_groups_link_bulk_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_user_groups_link_bulk_create import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_user_groups_link_bulk_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_user_groups_link_bulk_create`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_link_bulk_create import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_delete_create(
        self,
        *,
        body: UserDeleteAPIRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserDeleteAPIResponse:
        """Initiates the account deletion process for the authenticated user or specified username.

        ``POST /api/core/users/delete/`` (operation ``core_users_delete_create``)

        Args:
            body (UserDeleteAPIRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserDeleteAPIResponse
        """

        from .core_users_delete_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_delete_create_detailed(
        self,
        *,
        body: UserDeleteAPIRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserDeleteAPIResponse]:
        """Like `core_users_delete_create`, returning the whole `Response` and raising no status error."""
        from .core_users_delete_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_metadata_proxy_retrieve(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Get detailed user information.

        Make permission check for platform admins here, then proxy request to edx.

        ``GET /api/core/users/metadata/proxy/`` (operation ``core_users_metadata_proxy_retrieve``)

        Args:
            email (str | Unset):
            user_id (int | Unset):
            username (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_users_metadata_proxy_retrieve import asyncio

        return await asyncio(
            email=email,
            user_id=user_id,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_metadata_proxy_retrieve_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_users_metadata_proxy_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_users_metadata_proxy_retrieve import asyncio_detailed

        return await asyncio_detailed(
            email=email,
            user_id=user_id,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_platforms_list(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[UserPlatformLink]:
        """Retrieve platforms associated with user_id

        Params: user_id username email

        ``GET /api/core/users/platforms/`` (operation ``core_users_platforms_list``)

        Args:
            email (str | Unset):
            user_id (int | Unset):
            username (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[UserPlatformLink]
        """

        from .core_users_platforms_list import asyncio

        return await asyncio(
            email=email,
            user_id=user_id,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_platforms_list_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[UserPlatformLink]]:
        """Like `core_users_platforms_list`, returning the whole `Response` and raising no status error."""
        from .core_users_platforms_list import asyncio_detailed

        return await asyncio_detailed(
            email=email,
            user_id=user_id,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_platforms_create(
        self,
        *,
        body: UserPlatformViewPostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Explicitly link platform to user_id

        Params: user_id platform_key added_on (optional) expired_on (optional) is_admin (optional)
        active (optional)

        ``POST /api/core/users/platforms/`` (operation ``core_users_platforms_create``)

        Args:
            body (UserPlatformViewPostRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .core_users_platforms_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_platforms_create_detailed(
        self,
        *,
        body: UserPlatformViewPostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `core_users_platforms_create`, returning the whole `Response` and raising no status error."""
        from .core_users_platforms_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_platforms_config_retrieve(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformMembershipConfig:
        """Get platform self-linking configuration

        Params: platform_key: The key of the platform to get configuration for

        ``GET /api/core/users/platforms/config/`` (operation ``core_users_platforms_config_retrieve``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformMembershipConfig
        """

        from .core_users_platforms_config_retrieve import asyncio

        return await asyncio(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_platforms_config_retrieve_detailed(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformMembershipConfig]:
        """Like `core_users_platforms_config_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_users_platforms_config_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_platforms_config_create(
        self,
        *,
        body: PlatformMembershipConfigPostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformMembershipConfig:
        """Set platform self-linking configuration

        Params: platform_key: The key of the platform to configure allow_self_linking: Whether to allow
        self-linking for this platform

        ``POST /api/core/users/platforms/config/`` (operation ``core_users_platforms_config_create``)

        Args:
            body (PlatformMembershipConfigPostRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformMembershipConfig
        """

        from .core_users_platforms_config_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_platforms_config_create_detailed(
        self,
        *,
        body: PlatformMembershipConfigPostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformMembershipConfig]:
        """Like `core_users_platforms_config_create`, returning the whole `Response` and raising no status error."""
        from .core_users_platforms_config_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_platforms_self_link_create(
        self,
        *,
        body: UserPlatformSelfLinkRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserPlatformSelfLinkResponse:
        """Allow authenticated users to self-link to platforms that have self-linking enabled

        Params: platform_key: The key of the platform to link to

        ``POST /api/core/users/platforms/self-link/`` (operation ``core_users_platforms_self_link_create``)

        Args:
            body (UserPlatformSelfLinkRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserPlatformSelfLinkResponse
        """

        from .core_users_platforms_self_link_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_platforms_self_link_create_detailed(
        self,
        *,
        body: UserPlatformSelfLinkRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserPlatformSelfLinkResponse]:
        """Like `core_users_platforms_self_link_create`, returning the whole `Response` and raising no status error."""
        from .core_users_platforms_self_link_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_proxy_retrieve(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserProxyGetResponse:
        """Retrieve proxy user information by user_id

        ``GET /api/core/users/proxy/`` (operation ``core_users_proxy_retrieve``)

        Args:
            email (str | Unset):
            user_id (int | Unset):
            username (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserProxyGetResponse
        """

        from .core_users_proxy_retrieve import asyncio

        return await asyncio(
            email=email,
            user_id=user_id,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_proxy_retrieve_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserProxyGetResponse]:
        """Like `core_users_proxy_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_users_proxy_retrieve import asyncio_detailed

        return await asyncio_detailed(
            email=email,
            user_id=user_id,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_proxy_create(
        self,
        *,
        body: UserProxyPostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserProxyPostResponse:
        """Add proxy user

        Params: user_id username email edx_data data

        ``POST /api/core/users/proxy/`` (operation ``core_users_proxy_create``)

        Args:
            body (UserProxyPostRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserProxyPostResponse
        """

        from .core_users_proxy_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_proxy_create_detailed(
        self,
        *,
        body: UserProxyPostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserProxyPostResponse]:
        """Like `core_users_proxy_create`, returning the whole `Response` and raising no status error."""
        from .core_users_proxy_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_proxy_bulk_create(
        self,
        *,
        body: UserProxyBulkRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[CoreUsersProxyBulkCreateResponse200Item]:
        """Add proxy users by bulk

        Params: users: list of user objects ``` [
        {"user_id": 1, ...},
        {"user_id": 2, ...} ] ```

        ``POST /api/core/users/proxy/bulk/`` (operation ``core_users_proxy_bulk_create``)

        Args:
            body (UserProxyBulkRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[CoreUsersProxyBulkCreateResponse200Item]
        """

        from .core_users_proxy_bulk_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_proxy_bulk_create_detailed(
        self,
        *,
        body: UserProxyBulkRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[CoreUsersProxyBulkCreateResponse200Item]]:
        """Like `core_users_proxy_bulk_create`, returning the whole `Response` and raising no status error."""
        from .core_users_proxy_bulk_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_search_retrieve(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserSearchViewGetResponse:
        """Retrieve users based on query Not intended for public use with multitenant platforms

        Params: query sort

        ``GET /api/core/users/search/`` (operation ``core_users_search_retrieve``)

        Args:
            page (int | Unset):
            page_size (int | Unset):
            query (str | Unset):
            sort (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserSearchViewGetResponse
        """

        from .core_users_search_retrieve import asyncio

        return await asyncio(
            page=page,
            page_size=page_size,
            query=query,
            sort=sort,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def core_users_search_retrieve_detailed(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserSearchViewGetResponse]:
        """Like `core_users_search_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_users_search_retrieve import asyncio_detailed

        return await asyncio_detailed(
            page=page,
            page_size=page_size,
            query=query,
            sort=sort,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_search_retrieve_iter(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[UserSearchViewGetResponseResultsItem]:
        """Every `UserSearchViewGetResponseResultsItem` of `core_users_search_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .core_users_search_retrieve import asyncio

        return paginate(
            asyncio,
            page=page,
            page_size=page_size,
            query=query,
            sort=sort,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def departments_orgs_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        departments: list[str] | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: DepartmentsOrgsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> GroupList:
        """Get a list of departments with metrics and filtering options.

        This endpoint provides a paginated list of departments with aggregated metrics about learner
        performance, course completions, and skill acquisition.

        Query Parameters:
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page
        program (str, optional): Filter by program
        pathway (str, optional): Filter by pathway
        departments (list, optional): Filter by department ids
        department_id (str, optional): Filter by department id
        location (str, optional): Filter by location
        is_enrolled (bool, optional): Filter for departments with enrolled users
        start_date (date, optional): Filter by learner join date (start range)
        end_date (date, optional): Filter by learner join date (end range)

        Returns:
        A paginated list of departments with comprehensive metrics.

        ``GET /api/departments/orgs/{org}/`` (operation ``departments_orgs_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            departments (list[str] | Unset):
            end_date (datetime.date | Unset):
            format_ (DepartmentsOrgsRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            is_enrolled (bool | Unset):
            length (int | Unset):
            location (str | Unset):
            page (int | Unset):
            pathway (str | Unset):
            program (str | Unset):
            start_date (datetime.date | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            GroupList
        """

        from .departments_orgs_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            departments=departments,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def departments_orgs_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        departments: list[str] | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: DepartmentsOrgsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[GroupList]:
        """Like `departments_orgs_retrieve`, returning the whole `Response` and raising no status error."""
        from .departments_orgs_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            departments=departments,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def departments_orgs_retrieve_iter(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        departments: list[str] | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: DepartmentsOrgsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[GroupListData]:
        """Every `GroupListData` of `departments_orgs_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``length`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .departments_orgs_retrieve import asyncio

        return paginate(
            asyncio,
            org,
            department_id=department_id,
            departments=departments,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def roles_platform_orgs_roles_users_desired_roles_retrieve(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> DesiredRole:
        """Retrieve a user's desired role information.

        This endpoint returns the role and skills that a user has indicated they want to develop or
        acquire. This represents the user's career goals and learning objectives.

        Path Parameters:
        org (str): The platform/organization identifier
        username (str): The username of the user to retrieve role information for

        Returns:
        The user's desired role information including:
        - Target role title
        - Skills needed for the role
        - Current progress toward skill acquisition

        Error Responses:
        400 Bad Request: If the user doesn't exist in the platform or has no desired role
        404 Not Found: If the specified platform doesn't exist

        ``GET /api/roles/platform/orgs/{org}/roles/users/{username}/desired-roles/`` (operation ``roles_platform_orgs_roles_users_desired_roles_retrieve``)

        Args:
            org (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DesiredRole
        """

        from .roles_platform_orgs_roles_users_desired_roles_retrieve import asyncio

        return await asyncio(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def roles_platform_orgs_roles_users_desired_roles_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[DesiredRole]:
        """Like `roles_platform_orgs_roles_users_desired_roles_retrieve`, returning the whole `Response` and raising no status error."""
        from .roles_platform_orgs_roles_users_desired_roles_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def roles_platform_orgs_roles_users_reported_roles_retrieve(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ReportedRole:
        """Retrieve a user's reported role information.

        This endpoint returns the role and skills that a user has reported having in their profile. This
        represents the user's current skills and professional role.

        Path Parameters:
        org (str): The platform/organization identifier
        username (str): The username of the user to retrieve role information for

        Returns:
        The user's reported role information including:
        - Role title
        - Skills associated with the role
        - Experience level

        Error Responses:
        400 Bad Request: If the user doesn't exist in the platform or has no reported role
        404 Not Found: If the specified platform doesn't exist

        ``GET /api/roles/platform/orgs/{org}/roles/users/{username}/reported-roles/`` (operation ``roles_platform_orgs_roles_users_reported_roles_retrieve``)

        Args:
            org (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ReportedRole
        """

        from .roles_platform_orgs_roles_users_reported_roles_retrieve import asyncio

        return await asyncio(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def roles_platform_orgs_roles_users_reported_roles_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ReportedRole]:
        """Like `roles_platform_orgs_roles_users_reported_roles_retrieve`, returning the whole `Response` and raising no status error."""
        from .roles_platform_orgs_roles_users_reported_roles_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def user_groups_orgs_retrieve(
        self,
        key: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: UserGroupsOrgsRetrieveFormat | Unset = UNSET,
        groups: list[str] | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> GroupList:
        """Get a list of user groups with metrics and filtering options.

        This endpoint provides a paginated list of user groups with aggregated metrics about learner
        performance, course completions, and skill acquisition.

        This endpoint uses DM token authentication and respects department-based access controls.

        Query Parameters:
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page
        program (str, optional): Filter by program
        pathway (str, optional): Filter by pathway
        groups (list, optional): Filter by group names
        location (str, optional): Filter by location
        is_enrolled (bool, optional): Filter for groups with enrolled users
        start_date (date, optional): Filter by learner join date (start range)
        end_date (date, optional): Filter by learner join date (end range)

        Returns:
        A paginated list of user groups with comprehensive metrics.

        Access Control:
        - Platform admins can see all groups
        - Department admins can only see groups in their departments

        ``GET /api/user-groups/orgs/{key}/`` (operation ``user_groups_orgs_retrieve``)

        Args:
            key (str):
            department_id (int | Unset):
            end_date (datetime.date | Unset):
            format_ (UserGroupsOrgsRetrieveFormat | Unset):
            groups (list[str] | Unset):
            include_main_platform (bool | Unset):
            is_enrolled (bool | Unset):
            length (int | Unset):
            location (str | Unset):
            page (int | Unset):
            pathway (str | Unset):
            program (str | Unset):
            start_date (datetime.date | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            GroupList
        """

        from .user_groups_orgs_retrieve import asyncio

        return await asyncio(
            key,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            groups=groups,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def user_groups_orgs_retrieve_detailed(
        self,
        key: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: UserGroupsOrgsRetrieveFormat | Unset = UNSET,
        groups: list[str] | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[GroupList]:
        """Like `user_groups_orgs_retrieve`, returning the whole `Response` and raising no status error."""
        from .user_groups_orgs_retrieve import asyncio_detailed

        return await asyncio_detailed(
            key,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            groups=groups,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def user_groups_orgs_retrieve_iter(
        self,
        key: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: UserGroupsOrgsRetrieveFormat | Unset = UNSET,
        groups: list[str] | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[GroupListData]:
        """Every `GroupListData` of `user_groups_orgs_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``length`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .user_groups_orgs_retrieve import asyncio

        return paginate(
            asyncio,
            key,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            groups=groups,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )


class CoreApi:
    """The ``core`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def core_consolidated_token_proxy_create(
        self,
        *,
        body: TokenProxyInput | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TokenProxyOutput:
        """See `AsyncCoreApi.core_consolidated_token_proxy_create`."""
        from .core_consolidated_token_proxy_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_consolidated_token_proxy_create_detailed(
        self,
        *,
        body: TokenProxyInput | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TokenProxyOutput]:
        """See `AsyncCoreApi.core_consolidated_token_proxy_create_detailed`."""
        from .core_consolidated_token_proxy_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_departments_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_departments_retrieve`."""
        from .core_departments_retrieve import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_departments_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_departments_retrieve_detailed`."""
        from .core_departments_retrieve import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_departments_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_departments_create`."""
        from .core_departments_create import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_departments_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_departments_create_detailed`."""
        from .core_departments_create import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_departments_destroy(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCoreApi.core_departments_destroy`."""
        from .core_departments_destroy import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_departments_destroy_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCoreApi.core_departments_destroy_detailed`."""
        from .core_departments_destroy import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_departments_members_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_departments_members_retrieve`."""
        from .core_departments_members_retrieve import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_departments_members_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_departments_members_retrieve_detailed`."""
        from .core_departments_members_retrieve import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_departments_members_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_departments_members_create`."""
        from .core_departments_members_create import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_departments_members_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_departments_members_create_detailed`."""
        from .core_departments_members_create import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_departments_members_destroy(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCoreApi.core_departments_members_destroy`."""
        from .core_departments_members_destroy import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_departments_members_destroy_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCoreApi.core_departments_members_destroy_detailed`."""
        from .core_departments_members_destroy import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_departments_members_bulk_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_departments_members_bulk_create`."""
        from .core_departments_members_bulk_create import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_departments_members_bulk_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_departments_members_bulk_create_detailed`."""
        from .core_departments_members_bulk_create import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_departments_members_check_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_departments_members_check_retrieve`."""
        from .core_departments_members_check_retrieve import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_departments_members_check_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_departments_members_check_retrieve_detailed`."""
        from .core_departments_members_check_retrieve import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_domains_whitelist_retrieve(
        self,
        *,
        is_active: bool | Unset = UNSET,
        url_: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_domains_whitelist_retrieve`."""
        from .core_domains_whitelist_retrieve import sync

        return sync(
            is_active=is_active,
            url_=url_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_domains_whitelist_retrieve_detailed(
        self,
        *,
        is_active: bool | Unset = UNSET,
        url_: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_domains_whitelist_retrieve_detailed`."""
        from .core_domains_whitelist_retrieve import sync_detailed

        return sync_detailed(
            is_active=is_active,
            url_=url_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_domains_whitelist_create(
        self,
        *,
        body: WhitelistedDomain | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhitelistedDomain:
        """See `AsyncCoreApi.core_domains_whitelist_create`."""
        from .core_domains_whitelist_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_domains_whitelist_create_detailed(
        self,
        *,
        body: WhitelistedDomain | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhitelistedDomain]:
        """See `AsyncCoreApi.core_domains_whitelist_create_detailed`."""
        from .core_domains_whitelist_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_heartbeat_celery_beat_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CeleryHeartbeat:
        """See `AsyncCoreApi.core_heartbeat_celery_beat_retrieve`."""
        from .core_heartbeat_celery_beat_retrieve import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_heartbeat_celery_beat_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CeleryHeartbeat]:
        """See `AsyncCoreApi.core_heartbeat_celery_beat_retrieve_detailed`."""
        from .core_heartbeat_celery_beat_retrieve import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_heartbeat_celery_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_heartbeat_celery_retrieve`."""
        from .core_heartbeat_celery_retrieve import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_heartbeat_celery_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_heartbeat_celery_retrieve_detailed`."""
        from .core_heartbeat_celery_retrieve import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_launcher_retrieve(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformList:
        """See `AsyncCoreApi.core_launcher_retrieve`."""
        from .core_launcher_retrieve import sync

        return sync(
            key=key,
            user_id=user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_launcher_retrieve_detailed(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformList]:
        """See `AsyncCoreApi.core_launcher_retrieve_detailed`."""
        from .core_launcher_retrieve import sync_detailed

        return sync_detailed(
            key=key,
            user_id=user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_launcher_create(
        self,
        *,
        body: LauncherViewPostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformList:
        """See `AsyncCoreApi.core_launcher_create`."""
        from .core_launcher_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_launcher_create_detailed(
        self,
        *,
        body: LauncherViewPostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformList]:
        """See `AsyncCoreApi.core_launcher_create_detailed`."""
        from .core_launcher_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_list(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[LtiKey]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_list`."""
        from .core_lti1p3_provider_lti_keys_list import sync

        return sync(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_list_detailed(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[LtiKey]]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_list_detailed`."""
        from .core_lti1p3_provider_lti_keys_list import sync_detailed

        return sync_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_create(
        self,
        *,
        body: LtiKeyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LtiKey:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_create`."""
        from .core_lti1p3_provider_lti_keys_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_create_detailed(
        self,
        *,
        body: LtiKeyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LtiKey]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_create_detailed`."""
        from .core_lti1p3_provider_lti_keys_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_retrieve(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LtiKey:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_retrieve`."""
        from .core_lti1p3_provider_lti_keys_retrieve import sync

        return sync(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_retrieve_detailed(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LtiKey]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_retrieve_detailed`."""
        from .core_lti1p3_provider_lti_keys_retrieve import sync_detailed

        return sync_detailed(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_update(
        self,
        id: str,
        *,
        body: LtiKeyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LtiKey:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_update`."""
        from .core_lti1p3_provider_lti_keys_update import sync

        return sync(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_update_detailed(
        self,
        id: str,
        *,
        body: LtiKeyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LtiKey]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_update_detailed`."""
        from .core_lti1p3_provider_lti_keys_update import sync_detailed

        return sync_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_destroy(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_destroy`."""
        from .core_lti1p3_provider_lti_keys_destroy import sync

        return sync(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_destroy_detailed(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_destroy_detailed`."""
        from .core_lti1p3_provider_lti_keys_destroy import sync_detailed

        return sync_detailed(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_mentors_list(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[LtiMentor]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_mentors_list`."""
        from .core_lti1p3_provider_lti_mentors_list import sync

        return sync(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_mentors_list_detailed(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[LtiMentor]]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_mentors_list_detailed`."""
        from .core_lti1p3_provider_lti_mentors_list import sync_detailed

        return sync_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_mentors_create(
        self,
        *,
        body: LtiMentorRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LtiMentor:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_mentors_create`."""
        from .core_lti1p3_provider_lti_mentors_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_mentors_create_detailed(
        self,
        *,
        body: LtiMentorRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LtiMentor]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_mentors_create_detailed`."""
        from .core_lti1p3_provider_lti_mentors_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_mentors_retrieve(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LtiMentor:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_mentors_retrieve`."""
        from .core_lti1p3_provider_lti_mentors_retrieve import sync

        return sync(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_mentors_retrieve_detailed(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LtiMentor]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_mentors_retrieve_detailed`."""
        from .core_lti1p3_provider_lti_mentors_retrieve import sync_detailed

        return sync_detailed(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_mentors_update(
        self,
        id: str,
        *,
        body: LtiMentorRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LtiMentor:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_mentors_update`."""
        from .core_lti1p3_provider_lti_mentors_update import sync

        return sync(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_mentors_update_detailed(
        self,
        id: str,
        *,
        body: LtiMentorRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LtiMentor]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_mentors_update_detailed`."""
        from .core_lti1p3_provider_lti_mentors_update import sync_detailed

        return sync_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_mentors_destroy(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_mentors_destroy`."""
        from .core_lti1p3_provider_lti_mentors_destroy import sync

        return sync(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_mentors_destroy_detailed(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_mentors_destroy_detailed`."""
        from .core_lti1p3_provider_lti_mentors_destroy import sync_detailed

        return sync_detailed(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_list(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[LtiTool]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_list`."""
        from .core_lti1p3_provider_lti_tools_list import sync

        return sync(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_list_detailed(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[LtiTool]]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_list_detailed`."""
        from .core_lti1p3_provider_lti_tools_list import sync_detailed

        return sync_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_create(
        self,
        *,
        body: LtiToolRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LtiTool:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_create`."""
        from .core_lti1p3_provider_lti_tools_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_create_detailed(
        self,
        *,
        body: LtiToolRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LtiTool]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_create_detailed`."""
        from .core_lti1p3_provider_lti_tools_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_retrieve(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LtiTool:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_retrieve`."""
        from .core_lti1p3_provider_lti_tools_retrieve import sync

        return sync(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_retrieve_detailed(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LtiTool]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_retrieve_detailed`."""
        from .core_lti1p3_provider_lti_tools_retrieve import sync_detailed

        return sync_detailed(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_update(
        self,
        id: str,
        *,
        body: LtiToolRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LtiTool:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_update`."""
        from .core_lti1p3_provider_lti_tools_update import sync

        return sync(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_update_detailed(
        self,
        id: str,
        *,
        body: LtiToolRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LtiTool]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_update_detailed`."""
        from .core_lti1p3_provider_lti_tools_update import sync_detailed

        return sync_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_destroy(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_destroy`."""
        from .core_lti1p3_provider_lti_tools_destroy import sync

        return sync(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_destroy_detailed(
        self,
        id: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_destroy_detailed`."""
        from .core_lti1p3_provider_lti_tools_destroy import sync_detailed

        return sync_detailed(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_dark_mode_logo_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CoreOrgsDarkModeLogoRetrieveResponse200:
        """See `AsyncCoreApi.core_orgs_dark_mode_logo_retrieve`."""
        from .core_orgs_dark_mode_logo_retrieve import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_dark_mode_logo_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CoreOrgsDarkModeLogoRetrieveResponse200]:
        """See `AsyncCoreApi.core_orgs_dark_mode_logo_retrieve_detailed`."""
        from .core_orgs_dark_mode_logo_retrieve import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_dark_mode_logo_create_create(
        self,
        org: str,
        *,
        body: ImageUpload | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ImageUpload:
        """See `AsyncCoreApi.core_orgs_dark_mode_logo_create_create`."""
        from .core_orgs_dark_mode_logo_create_create import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_dark_mode_logo_create_create_detailed(
        self,
        org: str,
        *,
        body: ImageUpload | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ImageUpload]:
        """See `AsyncCoreApi.core_orgs_dark_mode_logo_create_create_detailed`."""
        from .core_orgs_dark_mode_logo_create_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_favicon_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CoreOrgsFaviconRetrieveResponse200:
        """See `AsyncCoreApi.core_orgs_favicon_retrieve`."""
        from .core_orgs_favicon_retrieve import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_favicon_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CoreOrgsFaviconRetrieveResponse200]:
        """See `AsyncCoreApi.core_orgs_favicon_retrieve_detailed`."""
        from .core_orgs_favicon_retrieve import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_favicon_create_create(
        self,
        org: str,
        *,
        body: ImageUpload | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ImageUpload:
        """See `AsyncCoreApi.core_orgs_favicon_create_create`."""
        from .core_orgs_favicon_create_create import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_favicon_create_create_detailed(
        self,
        org: str,
        *,
        body: ImageUpload | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ImageUpload]:
        """See `AsyncCoreApi.core_orgs_favicon_create_create_detailed`."""
        from .core_orgs_favicon_create_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_logo_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CoreOrgsLogoRetrieveResponse200:
        """See `AsyncCoreApi.core_orgs_logo_retrieve`."""
        from .core_orgs_logo_retrieve import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_logo_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CoreOrgsLogoRetrieveResponse200]:
        """See `AsyncCoreApi.core_orgs_logo_retrieve_detailed`."""
        from .core_orgs_logo_retrieve import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_logo_create_create(
        self,
        org: str,
        *,
        body: ImageUpload | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ImageUpload:
        """See `AsyncCoreApi.core_orgs_logo_create_create`."""
        from .core_orgs_logo_create_create import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_logo_create_create_detailed(
        self,
        org: str,
        *,
        body: ImageUpload | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ImageUpload]:
        """See `AsyncCoreApi.core_orgs_logo_create_create_detailed`."""
        from .core_orgs_logo_create_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_metadata_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPublicMetadata:
        """See `AsyncCoreApi.core_orgs_metadata_retrieve`."""
        from .core_orgs_metadata_retrieve import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_metadata_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPublicMetadata]:
        """See `AsyncCoreApi.core_orgs_metadata_retrieve_detailed`."""
        from .core_orgs_metadata_retrieve import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_metadata_update(
        self,
        org: str,
        *,
        body: PlatformPublicMetadataRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPublicMetadata:
        """See `AsyncCoreApi.core_orgs_metadata_update`."""
        from .core_orgs_metadata_update import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_metadata_update_detailed(
        self,
        org: str,
        *,
        body: PlatformPublicMetadataRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPublicMetadata]:
        """See `AsyncCoreApi.core_orgs_metadata_update_detailed`."""
        from .core_orgs_metadata_update import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_metadata_partial_update(
        self,
        org: str,
        *,
        body: PatchedPlatformPublicMetadataRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPublicMetadata:
        """See `AsyncCoreApi.core_orgs_metadata_partial_update`."""
        from .core_orgs_metadata_partial_update import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_metadata_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedPlatformPublicMetadataRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPublicMetadata]:
        """See `AsyncCoreApi.core_orgs_metadata_partial_update_detailed`."""
        from .core_orgs_metadata_partial_update import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_redirect_tokens_create(
        self,
        org: str,
        *,
        body: RedirectTokenRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RedirectTokenResponse:
        """See `AsyncCoreApi.core_orgs_redirect_tokens_create`."""
        from .core_orgs_redirect_tokens_create import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_redirect_tokens_create_detailed(
        self,
        org: str,
        *,
        body: RedirectTokenRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RedirectTokenResponse]:
        """See `AsyncCoreApi.core_orgs_redirect_tokens_create_detailed`."""
        from .core_orgs_redirect_tokens_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_redirect_tokens_retrieve(
        self,
        org: str,
        redirect_token: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RedirectTokenResponse:
        """See `AsyncCoreApi.core_orgs_redirect_tokens_retrieve`."""
        from .core_orgs_redirect_tokens_retrieve import sync

        return sync(
            org,
            redirect_token,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_redirect_tokens_retrieve_detailed(
        self,
        org: str,
        redirect_token: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RedirectTokenResponse]:
        """See `AsyncCoreApi.core_orgs_redirect_tokens_retrieve_detailed`."""
        from .core_orgs_redirect_tokens_retrieve import sync_detailed

        return sync_detailed(
            org,
            redirect_token,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_redirect_tokens_delete_destroy(
        self,
        org: str,
        redirect_token: str,
        *,
        mentor_unique_id: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCoreApi.core_orgs_redirect_tokens_delete_destroy`."""
        from .core_orgs_redirect_tokens_delete_destroy import sync

        return sync(
            org,
            redirect_token,
            mentor_unique_id=mentor_unique_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_redirect_tokens_delete_destroy_detailed(
        self,
        org: str,
        redirect_token: str,
        *,
        mentor_unique_id: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCoreApi.core_orgs_redirect_tokens_delete_destroy_detailed`."""
        from .core_orgs_redirect_tokens_delete_destroy import sync_detailed

        return sync_detailed(
            org,
            redirect_token,
            mentor_unique_id=mentor_unique_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_thumbnail_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CoreOrgsThumbnailRetrieveResponse200:
        """See `AsyncCoreApi.core_orgs_thumbnail_retrieve`."""
        from .core_orgs_thumbnail_retrieve import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_thumbnail_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CoreOrgsThumbnailRetrieveResponse200]:
        """See `AsyncCoreApi.core_orgs_thumbnail_retrieve_detailed`."""
        from .core_orgs_thumbnail_retrieve import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_thumbnail_create_create(
        self,
        org: str,
        *,
        body: ImageUpload | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ImageUpload:
        """See `AsyncCoreApi.core_orgs_thumbnail_create_create`."""
        from .core_orgs_thumbnail_create_create import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_orgs_thumbnail_create_create_detailed(
        self,
        org: str,
        *,
        body: ImageUpload | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ImageUpload]:
        """See `AsyncCoreApi.core_orgs_thumbnail_create_create_detailed`."""
        from .core_orgs_thumbnail_create_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_retrieve(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformList:
        """See `AsyncCoreApi.core_platform_retrieve`."""
        from .core_platform_retrieve import sync

        return sync(
            key=key,
            user_id=user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_retrieve_detailed(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformList]:
        """See `AsyncCoreApi.core_platform_retrieve_detailed`."""
        from .core_platform_retrieve import sync_detailed

        return sync_detailed(
            key=key,
            user_id=user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_create(
        self,
        *,
        body: PlatformUpdatePostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformList:
        """See `AsyncCoreApi.core_platform_create`."""
        from .core_platform_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_create_detailed(
        self,
        *,
        body: PlatformUpdatePostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformList]:
        """See `AsyncCoreApi.core_platform_create_detailed`."""
        from .core_platform_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_api_tokens_list(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[PlatformApiKey]:
        """See `AsyncCoreApi.core_platform_api_tokens_list`."""
        from .core_platform_api_tokens_list import sync

        return sync(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_api_tokens_list_detailed(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[PlatformApiKey]]:
        """See `AsyncCoreApi.core_platform_api_tokens_list_detailed`."""
        from .core_platform_api_tokens_list import sync_detailed

        return sync_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_api_tokens_create(
        self,
        *,
        body: PlatformApiKeyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformApiKey:
        """See `AsyncCoreApi.core_platform_api_tokens_create`."""
        from .core_platform_api_tokens_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_api_tokens_create_detailed(
        self,
        *,
        body: PlatformApiKeyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformApiKey]:
        """See `AsyncCoreApi.core_platform_api_tokens_create_detailed`."""
        from .core_platform_api_tokens_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_api_tokens_destroy(
        self,
        name: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCoreApi.core_platform_api_tokens_destroy`."""
        from .core_platform_api_tokens_destroy import sync

        return sync(
            name,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_api_tokens_destroy_detailed(
        self,
        name: str,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCoreApi.core_platform_api_tokens_destroy_detailed`."""
        from .core_platform_api_tokens_destroy import sync_detailed

        return sync_detailed(
            name,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_config_site_retrieve(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CorePlatformConfigSiteRetrieveResponse200:
        """See `AsyncCoreApi.core_platform_config_site_retrieve`."""
        from .core_platform_config_site_retrieve import sync

        return sync(
            key=key,
            user_id=user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_config_site_retrieve_detailed(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CorePlatformConfigSiteRetrieveResponse200]:
        """See `AsyncCoreApi.core_platform_config_site_retrieve_detailed`."""
        from .core_platform_config_site_retrieve import sync_detailed

        return sync_detailed(
            key=key,
            user_id=user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_config_site_create(
        self,
        *,
        body: CorePlatformConfigSiteCreateBody | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CorePlatformConfigSiteCreateResponse200:
        """See `AsyncCoreApi.core_platform_config_site_create`."""
        from .core_platform_config_site_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_config_site_create_detailed(
        self,
        *,
        body: CorePlatformConfigSiteCreateBody | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CorePlatformConfigSiteCreateResponse200]:
        """See `AsyncCoreApi.core_platform_config_site_create_detailed`."""
        from .core_platform_config_site_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_configurations_list(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[PlatformConfigurationList]:
        """See `AsyncCoreApi.core_platform_configurations_list`."""
        from .core_platform_configurations_list import sync

        return sync(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_configurations_list_detailed(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[PlatformConfigurationList]]:
        """See `AsyncCoreApi.core_platform_configurations_list_detailed`."""
        from .core_platform_configurations_list import sync_detailed

        return sync_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_configurations_create(
        self,
        *,
        body: PlatformConfigurationSet | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformConfigurationSetResponse:
        """See `AsyncCoreApi.core_platform_configurations_create`."""
        from .core_platform_configurations_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_configurations_create_detailed(
        self,
        *,
        body: PlatformConfigurationSet | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformConfigurationSetResponse]:
        """See `AsyncCoreApi.core_platform_configurations_create_detailed`."""
        from .core_platform_configurations_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_configurations_available_settings_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformConfigurationList:
        """See `AsyncCoreApi.core_platform_configurations_available_settings_retrieve`."""
        from .core_platform_configurations_available_settings_retrieve import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_configurations_available_settings_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformConfigurationList]:
        """See `AsyncCoreApi.core_platform_configurations_available_settings_retrieve_detailed`."""
        from .core_platform_configurations_available_settings_retrieve import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_configurations_delete_config_destroy(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCoreApi.core_platform_configurations_delete_config_destroy`."""
        from .core_platform_configurations_delete_config_destroy import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_configurations_delete_config_destroy_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCoreApi.core_platform_configurations_delete_config_destroy_detailed`."""
        from .core_platform_configurations_delete_config_destroy import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_configurations_public_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformConfigurationList:
        """See `AsyncCoreApi.core_platform_configurations_public_retrieve`."""
        from .core_platform_configurations_public_retrieve import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_configurations_public_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformConfigurationList]:
        """See `AsyncCoreApi.core_platform_configurations_public_retrieve_detailed`."""
        from .core_platform_configurations_public_retrieve import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_users_retrieve(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        return_policies: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserPlatformManagementListViewGetResponse:
        """See `AsyncCoreApi.core_platform_users_retrieve`."""
        from .core_platform_users_retrieve import sync

        return sync(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            return_policies=return_policies,
            sort=sort,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_users_retrieve_detailed(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        return_policies: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserPlatformManagementListViewGetResponse]:
        """See `AsyncCoreApi.core_platform_users_retrieve_detailed`."""
        from .core_platform_users_retrieve import sync_detailed

        return sync_detailed(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            return_policies=return_policies,
            sort=sort,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_users_retrieve_iter(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        return_policies: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[UserPlatformManagementListViewGetResponseResultsItem]:
        """See `AsyncCoreApi.core_platform_users_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .core_platform_users_retrieve import sync

        return paginate(
            sync,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            return_policies=return_policies,
            sort=sort,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def core_platform_users_policies_update(
        self,
        *,
        body: list[UserPolicyUpdate],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserPolicyUpdateResponse:
        """See `AsyncCoreApi.core_platform_users_policies_update`."""
        from .core_platform_users_policies_update import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platform_users_policies_update_detailed(
        self,
        *,
        body: list[UserPolicyUpdate],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserPolicyUpdateResponse]:
        """See `AsyncCoreApi.core_platform_users_policies_update_detailed`."""
        from .core_platform_users_policies_update import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platforms_public_image_assets_list(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[PlatformPublicImageAsset]:
        """See `AsyncCoreApi.core_platforms_public_image_assets_list`."""
        from .core_platforms_public_image_assets_list import sync

        return sync(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platforms_public_image_assets_list_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[PlatformPublicImageAsset]]:
        """See `AsyncCoreApi.core_platforms_public_image_assets_list_detailed`."""
        from .core_platforms_public_image_assets_list import sync_detailed

        return sync_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platforms_public_image_assets_create(
        self,
        platform_key: str,
        *,
        body: PlatformPublicImageAssetRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPublicImageAsset:
        """See `AsyncCoreApi.core_platforms_public_image_assets_create`."""
        from .core_platforms_public_image_assets_create import sync

        return sync(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platforms_public_image_assets_create_detailed(
        self,
        platform_key: str,
        *,
        body: PlatformPublicImageAssetRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPublicImageAsset]:
        """See `AsyncCoreApi.core_platforms_public_image_assets_create_detailed`."""
        from .core_platforms_public_image_assets_create import sync_detailed

        return sync_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platforms_public_image_assets_retrieve(
        self,
        platform_key: str,
        asset_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPublicImageAsset:
        """See `AsyncCoreApi.core_platforms_public_image_assets_retrieve`."""
        from .core_platforms_public_image_assets_retrieve import sync

        return sync(
            platform_key,
            asset_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platforms_public_image_assets_retrieve_detailed(
        self,
        platform_key: str,
        asset_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPublicImageAsset]:
        """See `AsyncCoreApi.core_platforms_public_image_assets_retrieve_detailed`."""
        from .core_platforms_public_image_assets_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            asset_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platforms_public_image_assets_update(
        self,
        platform_key: str,
        asset_id: int,
        *,
        body: PlatformPublicImageAssetRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPublicImageAsset:
        """See `AsyncCoreApi.core_platforms_public_image_assets_update`."""
        from .core_platforms_public_image_assets_update import sync

        return sync(
            platform_key,
            asset_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platforms_public_image_assets_update_detailed(
        self,
        platform_key: str,
        asset_id: int,
        *,
        body: PlatformPublicImageAssetRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPublicImageAsset]:
        """See `AsyncCoreApi.core_platforms_public_image_assets_update_detailed`."""
        from .core_platforms_public_image_assets_update import sync_detailed

        return sync_detailed(
            platform_key,
            asset_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platforms_public_image_assets_destroy(
        self,
        platform_key: str,
        asset_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCoreApi.core_platforms_public_image_assets_destroy`."""
        from .core_platforms_public_image_assets_destroy import sync

        return sync(
            platform_key,
            asset_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platforms_public_image_assets_destroy_detailed(
        self,
        platform_key: str,
        asset_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCoreApi.core_platforms_public_image_assets_destroy_detailed`."""
        from .core_platforms_public_image_assets_destroy import sync_detailed

        return sync_detailed(
            platform_key,
            asset_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platforms_public_image_assets_partial_update(
        self,
        platform_key: str,
        asset_id: int,
        *,
        body: PatchedPlatformPublicImageAssetRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPublicImageAsset:
        """See `AsyncCoreApi.core_platforms_public_image_assets_partial_update`."""
        from .core_platforms_public_image_assets_partial_update import sync

        return sync(
            platform_key,
            asset_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platforms_public_image_assets_partial_update_detailed(
        self,
        platform_key: str,
        asset_id: int,
        *,
        body: PatchedPlatformPublicImageAssetRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPublicImageAsset]:
        """See `AsyncCoreApi.core_platforms_public_image_assets_partial_update_detailed`."""
        from .core_platforms_public_image_assets_partial_update import sync_detailed

        return sync_detailed(
            platform_key,
            asset_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platforms_public_image_assets_file_retrieve(
        self,
        platform_key: str,
        asset_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CorePlatformsPublicImageAssetsFileRetrieveResponse200:
        """See `AsyncCoreApi.core_platforms_public_image_assets_file_retrieve`."""
        from .core_platforms_public_image_assets_file_retrieve import sync

        return sync(
            platform_key,
            asset_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_platforms_public_image_assets_file_retrieve_detailed(
        self,
        platform_key: str,
        asset_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CorePlatformsPublicImageAssetsFileRetrieveResponse200]:
        """See `AsyncCoreApi.core_platforms_public_image_assets_file_retrieve_detailed`."""
        from .core_platforms_public_image_assets_file_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            asset_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_groups_list(
        self,
        *,
        email: str | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        owner: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedRbacGroupList:
        """See `AsyncCoreApi.core_rbac_groups_list`."""
        from .core_rbac_groups_list import sync

        return sync(
            email=email,
            include_users=include_users,
            name=name,
            owner=owner,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_groups_list_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        owner: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedRbacGroupList]:
        """See `AsyncCoreApi.core_rbac_groups_list_detailed`."""
        from .core_rbac_groups_list import sync_detailed

        return sync_detailed(
            email=email,
            include_users=include_users,
            name=name,
            owner=owner,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_groups_list_iter(
        self,
        *,
        email: str | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        owner: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[RbacGroup]:
        """See `AsyncCoreApi.core_rbac_groups_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .core_rbac_groups_list import sync

        return paginate(
            sync,
            email=email,
            include_users=include_users,
            name=name,
            owner=owner,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def core_rbac_groups_create(
        self,
        *,
        body: RbacGroupRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacGroup:
        """See `AsyncCoreApi.core_rbac_groups_create`."""
        from .core_rbac_groups_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_groups_create_detailed(
        self,
        *,
        body: RbacGroupRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacGroup]:
        """See `AsyncCoreApi.core_rbac_groups_create_detailed`."""
        from .core_rbac_groups_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_groups_retrieve(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacGroup:
        """See `AsyncCoreApi.core_rbac_groups_retrieve`."""
        from .core_rbac_groups_retrieve import sync

        return sync(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_groups_retrieve_detailed(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacGroup]:
        """See `AsyncCoreApi.core_rbac_groups_retrieve_detailed`."""
        from .core_rbac_groups_retrieve import sync_detailed

        return sync_detailed(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_groups_update(
        self,
        id: int,
        *,
        body: RbacGroupRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacGroup:
        """See `AsyncCoreApi.core_rbac_groups_update`."""
        from .core_rbac_groups_update import sync

        return sync(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_groups_update_detailed(
        self,
        id: int,
        *,
        body: RbacGroupRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacGroup]:
        """See `AsyncCoreApi.core_rbac_groups_update_detailed`."""
        from .core_rbac_groups_update import sync_detailed

        return sync_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_groups_destroy(
        self,
        id: int,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCoreApi.core_rbac_groups_destroy`."""
        from .core_rbac_groups_destroy import sync

        return sync(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_groups_destroy_detailed(
        self,
        id: int,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCoreApi.core_rbac_groups_destroy_detailed`."""
        from .core_rbac_groups_destroy import sync_detailed

        return sync_detailed(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_groups_partial_update(
        self,
        id: int,
        *,
        body: PatchedRbacGroupRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacGroup:
        """See `AsyncCoreApi.core_rbac_groups_partial_update`."""
        from .core_rbac_groups_partial_update import sync

        return sync(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_groups_partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedRbacGroupRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacGroup]:
        """See `AsyncCoreApi.core_rbac_groups_partial_update_detailed`."""
        from .core_rbac_groups_partial_update import sync_detailed

        return sync_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_mentor_access_list(
        self,
        *,
        mentor_id: int,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[MentorPolicy]:
        """See `AsyncCoreApi.core_rbac_mentor_access_list`."""
        from .core_rbac_mentor_access_list import sync

        return sync(
            mentor_id=mentor_id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_mentor_access_list_detailed(
        self,
        *,
        mentor_id: int,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[MentorPolicy]]:
        """See `AsyncCoreApi.core_rbac_mentor_access_list_detailed`."""
        from .core_rbac_mentor_access_list import sync_detailed

        return sync_detailed(
            mentor_id=mentor_id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_mentor_access_create(
        self,
        *,
        body: MentorPolicyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> MentorPolicy:
        """See `AsyncCoreApi.core_rbac_mentor_access_create`."""
        from .core_rbac_mentor_access_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_mentor_access_create_detailed(
        self,
        *,
        body: MentorPolicyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[MentorPolicy]:
        """See `AsyncCoreApi.core_rbac_mentor_access_create_detailed`."""
        from .core_rbac_mentor_access_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_permissions_check_create(
        self,
        *,
        body: PermissionCheckRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_rbac_permissions_check_create`."""
        from .core_rbac_permissions_check_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_permissions_check_create_detailed(
        self,
        *,
        body: PermissionCheckRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_rbac_permissions_check_create_detailed`."""
        from .core_rbac_permissions_check_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_policies_list(
        self,
        *,
        email: str | Unset = UNSET,
        group: str | Unset = UNSET,
        include_groups: bool | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedRbacPolicyList:
        """See `AsyncCoreApi.core_rbac_policies_list`."""
        from .core_rbac_policies_list import sync

        return sync(
            email=email,
            group=group,
            include_groups=include_groups,
            include_users=include_users,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            role_id=role_id,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_policies_list_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        group: str | Unset = UNSET,
        include_groups: bool | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedRbacPolicyList]:
        """See `AsyncCoreApi.core_rbac_policies_list_detailed`."""
        from .core_rbac_policies_list import sync_detailed

        return sync_detailed(
            email=email,
            group=group,
            include_groups=include_groups,
            include_users=include_users,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            role_id=role_id,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_policies_list_iter(
        self,
        *,
        email: str | Unset = UNSET,
        group: str | Unset = UNSET,
        include_groups: bool | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[RbacPolicy]:
        """See `AsyncCoreApi.core_rbac_policies_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .core_rbac_policies_list import sync

        return paginate(
            sync,
            email=email,
            group=group,
            include_groups=include_groups,
            include_users=include_users,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            role_id=role_id,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def core_rbac_policies_create(
        self,
        *,
        body: RbacPolicyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacPolicy:
        """See `AsyncCoreApi.core_rbac_policies_create`."""
        from .core_rbac_policies_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_policies_create_detailed(
        self,
        *,
        body: RbacPolicyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacPolicy]:
        """See `AsyncCoreApi.core_rbac_policies_create_detailed`."""
        from .core_rbac_policies_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_policies_retrieve(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacPolicy:
        """See `AsyncCoreApi.core_rbac_policies_retrieve`."""
        from .core_rbac_policies_retrieve import sync

        return sync(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_policies_retrieve_detailed(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacPolicy]:
        """See `AsyncCoreApi.core_rbac_policies_retrieve_detailed`."""
        from .core_rbac_policies_retrieve import sync_detailed

        return sync_detailed(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_policies_update(
        self,
        id: int,
        *,
        body: RbacPolicyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacPolicy:
        """See `AsyncCoreApi.core_rbac_policies_update`."""
        from .core_rbac_policies_update import sync

        return sync(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_policies_update_detailed(
        self,
        id: int,
        *,
        body: RbacPolicyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacPolicy]:
        """See `AsyncCoreApi.core_rbac_policies_update_detailed`."""
        from .core_rbac_policies_update import sync_detailed

        return sync_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_policies_destroy(
        self,
        id: int,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCoreApi.core_rbac_policies_destroy`."""
        from .core_rbac_policies_destroy import sync

        return sync(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_policies_destroy_detailed(
        self,
        id: int,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCoreApi.core_rbac_policies_destroy_detailed`."""
        from .core_rbac_policies_destroy import sync_detailed

        return sync_detailed(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_policies_partial_update(
        self,
        id: int,
        *,
        body: PatchedRbacPolicyRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacPolicy:
        """See `AsyncCoreApi.core_rbac_policies_partial_update`."""
        from .core_rbac_policies_partial_update import sync

        return sync(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_policies_partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedRbacPolicyRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacPolicy]:
        """See `AsyncCoreApi.core_rbac_policies_partial_update_detailed`."""
        from .core_rbac_policies_partial_update import sync_detailed

        return sync_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_roles_list(
        self,
        *,
        include_global_roles: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedRbacRoleList:
        """See `AsyncCoreApi.core_rbac_roles_list`."""
        from .core_rbac_roles_list import sync

        return sync(
            include_global_roles=include_global_roles,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_roles_list_detailed(
        self,
        *,
        include_global_roles: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedRbacRoleList]:
        """See `AsyncCoreApi.core_rbac_roles_list_detailed`."""
        from .core_rbac_roles_list import sync_detailed

        return sync_detailed(
            include_global_roles=include_global_roles,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_roles_list_iter(
        self,
        *,
        include_global_roles: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[RbacRole]:
        """See `AsyncCoreApi.core_rbac_roles_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .core_rbac_roles_list import sync

        return paginate(
            sync,
            include_global_roles=include_global_roles,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def core_rbac_roles_create(
        self,
        *,
        body: RbacRoleRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacRole:
        """See `AsyncCoreApi.core_rbac_roles_create`."""
        from .core_rbac_roles_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_roles_create_detailed(
        self,
        *,
        body: RbacRoleRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacRole]:
        """See `AsyncCoreApi.core_rbac_roles_create_detailed`."""
        from .core_rbac_roles_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_roles_retrieve(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacRole:
        """See `AsyncCoreApi.core_rbac_roles_retrieve`."""
        from .core_rbac_roles_retrieve import sync

        return sync(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_roles_retrieve_detailed(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacRole]:
        """See `AsyncCoreApi.core_rbac_roles_retrieve_detailed`."""
        from .core_rbac_roles_retrieve import sync_detailed

        return sync_detailed(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_roles_update(
        self,
        id: int,
        *,
        body: RbacRoleRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacRole:
        """See `AsyncCoreApi.core_rbac_roles_update`."""
        from .core_rbac_roles_update import sync

        return sync(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_roles_update_detailed(
        self,
        id: int,
        *,
        body: RbacRoleRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacRole]:
        """See `AsyncCoreApi.core_rbac_roles_update_detailed`."""
        from .core_rbac_roles_update import sync_detailed

        return sync_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_roles_destroy(
        self,
        id: int,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCoreApi.core_rbac_roles_destroy`."""
        from .core_rbac_roles_destroy import sync

        return sync(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_roles_destroy_detailed(
        self,
        id: int,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCoreApi.core_rbac_roles_destroy_detailed`."""
        from .core_rbac_roles_destroy import sync_detailed

        return sync_detailed(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_roles_partial_update(
        self,
        id: int,
        *,
        body: PatchedRbacRoleRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RbacRole:
        """See `AsyncCoreApi.core_rbac_roles_partial_update`."""
        from .core_rbac_roles_partial_update import sync

        return sync(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_roles_partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedRbacRoleRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RbacRole]:
        """See `AsyncCoreApi.core_rbac_roles_partial_update_detailed`."""
        from .core_rbac_roles_partial_update import sync_detailed

        return sync_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_student_llm_access_set_create(
        self,
        *,
        body: SetStudentLLMAccess | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StudentLLMAccessResponse:
        """See `AsyncCoreApi.core_rbac_student_llm_access_set_create`."""
        from .core_rbac_student_llm_access_set_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_student_llm_access_set_create_detailed(
        self,
        *,
        body: SetStudentLLMAccess | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StudentLLMAccessResponse]:
        """See `AsyncCoreApi.core_rbac_student_llm_access_set_create_detailed`."""
        from .core_rbac_student_llm_access_set_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_student_llm_access_status_retrieve(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StudentLLMAccessResponse:
        """See `AsyncCoreApi.core_rbac_student_llm_access_status_retrieve`."""
        from .core_rbac_student_llm_access_status_retrieve import sync

        return sync(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_student_llm_access_status_retrieve_detailed(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StudentLLMAccessResponse]:
        """See `AsyncCoreApi.core_rbac_student_llm_access_status_retrieve_detailed`."""
        from .core_rbac_student_llm_access_status_retrieve import sync_detailed

        return sync_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_student_mentor_creation_set_create(
        self,
        *,
        body: SetStudentMentorCreationPermission | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StudentMentorCreationPermissionResponse:
        """See `AsyncCoreApi.core_rbac_student_mentor_creation_set_create`."""
        from .core_rbac_student_mentor_creation_set_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_student_mentor_creation_set_create_detailed(
        self,
        *,
        body: SetStudentMentorCreationPermission | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StudentMentorCreationPermissionResponse]:
        """See `AsyncCoreApi.core_rbac_student_mentor_creation_set_create_detailed`."""
        from .core_rbac_student_mentor_creation_set_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_student_mentor_creation_status_retrieve(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StudentMentorCreationPermissionResponse:
        """See `AsyncCoreApi.core_rbac_student_mentor_creation_status_retrieve`."""
        from .core_rbac_student_mentor_creation_status_retrieve import sync

        return sync(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_student_mentor_creation_status_retrieve_detailed(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StudentMentorCreationPermissionResponse]:
        """See `AsyncCoreApi.core_rbac_student_mentor_creation_status_retrieve_detailed`."""
        from .core_rbac_student_mentor_creation_status_retrieve import sync_detailed

        return sync_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_teams_access_list(
        self,
        *,
        platform_key: str,
        usergroup_id: int,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[UserGroupPolicy]:
        """See `AsyncCoreApi.core_rbac_teams_access_list`."""
        from .core_rbac_teams_access_list import sync

        return sync(
            platform_key=platform_key,
            usergroup_id=usergroup_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_teams_access_list_detailed(
        self,
        *,
        platform_key: str,
        usergroup_id: int,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[UserGroupPolicy]]:
        """See `AsyncCoreApi.core_rbac_teams_access_list_detailed`."""
        from .core_rbac_teams_access_list import sync_detailed

        return sync_detailed(
            platform_key=platform_key,
            usergroup_id=usergroup_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_teams_access_create(
        self,
        *,
        body: UserGroupPolicyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserGroupPolicy:
        """See `AsyncCoreApi.core_rbac_teams_access_create`."""
        from .core_rbac_teams_access_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_teams_access_create_detailed(
        self,
        *,
        body: UserGroupPolicyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserGroupPolicy]:
        """See `AsyncCoreApi.core_rbac_teams_access_create_detailed`."""
        from .core_rbac_teams_access_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_user_group_access_retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserGroupAccess:
        """See `AsyncCoreApi.core_rbac_user_group_access_retrieve`."""
        from .core_rbac_user_group_access_retrieve import sync

        return sync(
            platform_key=platform_key,
            user_id=user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_user_group_access_retrieve_detailed(
        self,
        *,
        platform_key: str,
        user_id: int,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserGroupAccess]:
        """See `AsyncCoreApi.core_rbac_user_group_access_retrieve_detailed`."""
        from .core_rbac_user_group_access_retrieve import sync_detailed

        return sync_detailed(
            platform_key=platform_key,
            user_id=user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_user_group_access_create(
        self,
        *,
        body: UserGroupAccessRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserGroupAccess:
        """See `AsyncCoreApi.core_rbac_user_group_access_create`."""
        from .core_rbac_user_group_access_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_rbac_user_group_access_create_detailed(
        self,
        *,
        body: UserGroupAccessRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserGroupAccess]:
        """See `AsyncCoreApi.core_rbac_user_group_access_create_detailed`."""
        from .core_rbac_user_group_access_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_session_logout_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_session_logout_create`."""
        from .core_session_logout_create import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_session_logout_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_session_logout_create_detailed`."""
        from .core_session_logout_create import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_signals_edx_create(
        self,
        *,
        body: EdxSignalReceiverRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_signals_edx_create`."""
        from .core_signals_edx_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_signals_edx_create_detailed(
        self,
        *,
        body: EdxSignalReceiverRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_signals_edx_create_detailed`."""
        from .core_signals_edx_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_token_proxy_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_token_proxy_create`."""
        from .core_token_proxy_create import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_token_proxy_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_token_proxy_create_detailed`."""
        from .core_token_proxy_create import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_token_verify_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_token_verify_retrieve`."""
        from .core_token_verify_retrieve import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_token_verify_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_token_verify_retrieve_detailed`."""
        from .core_token_verify_retrieve import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_list(
        self,
        *,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        required_action: str | Unset = UNSET,
        with_permissions: bool | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedUserGroupList:
        """See `AsyncCoreApi.core_user_groups_list`."""
        from .core_user_groups_list import sync

        return sync(
            include_users=include_users,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            required_action=required_action,
            with_permissions=with_permissions,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_list_detailed(
        self,
        *,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        required_action: str | Unset = UNSET,
        with_permissions: bool | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedUserGroupList]:
        """See `AsyncCoreApi.core_user_groups_list_detailed`."""
        from .core_user_groups_list import sync_detailed

        return sync_detailed(
            include_users=include_users,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            required_action=required_action,
            with_permissions=with_permissions,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_list_iter(
        self,
        *,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        required_action: str | Unset = UNSET,
        with_permissions: bool | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[UserGroup]:
        """See `AsyncCoreApi.core_user_groups_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .core_user_groups_list import sync

        return paginate(
            sync,
            include_users=include_users,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            required_action=required_action,
            with_permissions=with_permissions,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def core_user_groups_create(
        self,
        *,
        body: UserGroupRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserGroup:
        """See `AsyncCoreApi.core_user_groups_create`."""
        from .core_user_groups_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_create_detailed(
        self,
        *,
        body: UserGroupRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserGroup]:
        """See `AsyncCoreApi.core_user_groups_create_detailed`."""
        from .core_user_groups_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_retrieve(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserGroup:
        """See `AsyncCoreApi.core_user_groups_retrieve`."""
        from .core_user_groups_retrieve import sync

        return sync(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_retrieve_detailed(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserGroup]:
        """See `AsyncCoreApi.core_user_groups_retrieve_detailed`."""
        from .core_user_groups_retrieve import sync_detailed

        return sync_detailed(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_update(
        self,
        id: int,
        *,
        body: UserGroupRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserGroup:
        """See `AsyncCoreApi.core_user_groups_update`."""
        from .core_user_groups_update import sync

        return sync(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_update_detailed(
        self,
        id: int,
        *,
        body: UserGroupRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserGroup]:
        """See `AsyncCoreApi.core_user_groups_update_detailed`."""
        from .core_user_groups_update import sync_detailed

        return sync_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_destroy(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCoreApi.core_user_groups_destroy`."""
        from .core_user_groups_destroy import sync

        return sync(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_destroy_detailed(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCoreApi.core_user_groups_destroy_detailed`."""
        from .core_user_groups_destroy import sync_detailed

        return sync_detailed(
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_partial_update(
        self,
        id: int,
        *,
        body: PatchedUserGroupRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserGroup:
        """See `AsyncCoreApi.core_user_groups_partial_update`."""
        from .core_user_groups_partial_update import sync

        return sync(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedUserGroupRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserGroup]:
        """See `AsyncCoreApi.core_user_groups_partial_update_detailed`."""
        from .core_user_groups_partial_update import sync_detailed

        return sync_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_retrieve2(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_user_groups_retrieve2`."""
        from .core_user_groups_retrieve2 import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_retrieve2_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_user_groups_retrieve2_detailed`."""
        from .core_user_groups_retrieve2 import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_create2(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_user_groups_create2`."""
        from .core_user_groups_create2 import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_create2_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_user_groups_create2_detailed`."""
        from .core_user_groups_create2 import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_destroy2(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCoreApi.core_user_groups_destroy2`."""
        from .core_user_groups_destroy2 import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_destroy2_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCoreApi.core_user_groups_destroy2_detailed`."""
        from .core_user_groups_destroy2 import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_link_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_user_groups_link_retrieve`."""
        from .core_user_groups_link_retrieve import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_link_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_user_groups_link_retrieve_detailed`."""
        from .core_user_groups_link_retrieve import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_link_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_user_groups_link_create`."""
        from .core_user_groups_link_create import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_link_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_user_groups_link_create_detailed`."""
        from .core_user_groups_link_create import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_link_destroy(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCoreApi.core_user_groups_link_destroy`."""
        from .core_user_groups_link_destroy import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_link_destroy_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCoreApi.core_user_groups_link_destroy_detailed`."""
        from .core_user_groups_link_destroy import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_link_bulk_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_user_groups_link_bulk_create`."""
        from .core_user_groups_link_bulk_create import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_user_groups_link_bulk_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_user_groups_link_bulk_create_detailed`."""
        from .core_user_groups_link_bulk_create import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_delete_create(
        self,
        *,
        body: UserDeleteAPIRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserDeleteAPIResponse:
        """See `AsyncCoreApi.core_users_delete_create`."""
        from .core_users_delete_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_delete_create_detailed(
        self,
        *,
        body: UserDeleteAPIRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserDeleteAPIResponse]:
        """See `AsyncCoreApi.core_users_delete_create_detailed`."""
        from .core_users_delete_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_metadata_proxy_retrieve(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_users_metadata_proxy_retrieve`."""
        from .core_users_metadata_proxy_retrieve import sync

        return sync(
            email=email,
            user_id=user_id,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_metadata_proxy_retrieve_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_users_metadata_proxy_retrieve_detailed`."""
        from .core_users_metadata_proxy_retrieve import sync_detailed

        return sync_detailed(
            email=email,
            user_id=user_id,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_platforms_list(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[UserPlatformLink]:
        """See `AsyncCoreApi.core_users_platforms_list`."""
        from .core_users_platforms_list import sync

        return sync(
            email=email,
            user_id=user_id,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_platforms_list_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[UserPlatformLink]]:
        """See `AsyncCoreApi.core_users_platforms_list_detailed`."""
        from .core_users_platforms_list import sync_detailed

        return sync_detailed(
            email=email,
            user_id=user_id,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_platforms_create(
        self,
        *,
        body: UserPlatformViewPostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCoreApi.core_users_platforms_create`."""
        from .core_users_platforms_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_platforms_create_detailed(
        self,
        *,
        body: UserPlatformViewPostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCoreApi.core_users_platforms_create_detailed`."""
        from .core_users_platforms_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_platforms_config_retrieve(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformMembershipConfig:
        """See `AsyncCoreApi.core_users_platforms_config_retrieve`."""
        from .core_users_platforms_config_retrieve import sync

        return sync(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_platforms_config_retrieve_detailed(
        self,
        *,
        platform_key: str,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformMembershipConfig]:
        """See `AsyncCoreApi.core_users_platforms_config_retrieve_detailed`."""
        from .core_users_platforms_config_retrieve import sync_detailed

        return sync_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_platforms_config_create(
        self,
        *,
        body: PlatformMembershipConfigPostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformMembershipConfig:
        """See `AsyncCoreApi.core_users_platforms_config_create`."""
        from .core_users_platforms_config_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_platforms_config_create_detailed(
        self,
        *,
        body: PlatformMembershipConfigPostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformMembershipConfig]:
        """See `AsyncCoreApi.core_users_platforms_config_create_detailed`."""
        from .core_users_platforms_config_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_platforms_self_link_create(
        self,
        *,
        body: UserPlatformSelfLinkRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserPlatformSelfLinkResponse:
        """See `AsyncCoreApi.core_users_platforms_self_link_create`."""
        from .core_users_platforms_self_link_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_platforms_self_link_create_detailed(
        self,
        *,
        body: UserPlatformSelfLinkRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserPlatformSelfLinkResponse]:
        """See `AsyncCoreApi.core_users_platforms_self_link_create_detailed`."""
        from .core_users_platforms_self_link_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_proxy_retrieve(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserProxyGetResponse:
        """See `AsyncCoreApi.core_users_proxy_retrieve`."""
        from .core_users_proxy_retrieve import sync

        return sync(
            email=email,
            user_id=user_id,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_proxy_retrieve_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserProxyGetResponse]:
        """See `AsyncCoreApi.core_users_proxy_retrieve_detailed`."""
        from .core_users_proxy_retrieve import sync_detailed

        return sync_detailed(
            email=email,
            user_id=user_id,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_proxy_create(
        self,
        *,
        body: UserProxyPostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserProxyPostResponse:
        """See `AsyncCoreApi.core_users_proxy_create`."""
        from .core_users_proxy_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_proxy_create_detailed(
        self,
        *,
        body: UserProxyPostRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserProxyPostResponse]:
        """See `AsyncCoreApi.core_users_proxy_create_detailed`."""
        from .core_users_proxy_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_proxy_bulk_create(
        self,
        *,
        body: UserProxyBulkRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[CoreUsersProxyBulkCreateResponse200Item]:
        """See `AsyncCoreApi.core_users_proxy_bulk_create`."""
        from .core_users_proxy_bulk_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_proxy_bulk_create_detailed(
        self,
        *,
        body: UserProxyBulkRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[CoreUsersProxyBulkCreateResponse200Item]]:
        """See `AsyncCoreApi.core_users_proxy_bulk_create_detailed`."""
        from .core_users_proxy_bulk_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_search_retrieve(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserSearchViewGetResponse:
        """See `AsyncCoreApi.core_users_search_retrieve`."""
        from .core_users_search_retrieve import sync

        return sync(
            page=page,
            page_size=page_size,
            query=query,
            sort=sort,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_search_retrieve_detailed(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserSearchViewGetResponse]:
        """See `AsyncCoreApi.core_users_search_retrieve_detailed`."""
        from .core_users_search_retrieve import sync_detailed

        return sync_detailed(
            page=page,
            page_size=page_size,
            query=query,
            sort=sort,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def core_users_search_retrieve_iter(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[UserSearchViewGetResponseResultsItem]:
        """See `AsyncCoreApi.core_users_search_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .core_users_search_retrieve import sync

        return paginate(
            sync,
            page=page,
            page_size=page_size,
            query=query,
            sort=sort,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def departments_orgs_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        departments: list[str] | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: DepartmentsOrgsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> GroupList:
        """See `AsyncCoreApi.departments_orgs_retrieve`."""
        from .departments_orgs_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            departments=departments,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def departments_orgs_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        departments: list[str] | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: DepartmentsOrgsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[GroupList]:
        """See `AsyncCoreApi.departments_orgs_retrieve_detailed`."""
        from .departments_orgs_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            departments=departments,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def departments_orgs_retrieve_iter(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        departments: list[str] | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: DepartmentsOrgsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[GroupListData]:
        """See `AsyncCoreApi.departments_orgs_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .departments_orgs_retrieve import sync

        return paginate(
            sync,
            org,
            department_id=department_id,
            departments=departments,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def roles_platform_orgs_roles_users_desired_roles_retrieve(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> DesiredRole:
        """See `AsyncCoreApi.roles_platform_orgs_roles_users_desired_roles_retrieve`."""
        from .roles_platform_orgs_roles_users_desired_roles_retrieve import sync

        return sync(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def roles_platform_orgs_roles_users_desired_roles_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[DesiredRole]:
        """See `AsyncCoreApi.roles_platform_orgs_roles_users_desired_roles_retrieve_detailed`."""
        from .roles_platform_orgs_roles_users_desired_roles_retrieve import sync_detailed

        return sync_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def roles_platform_orgs_roles_users_reported_roles_retrieve(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ReportedRole:
        """See `AsyncCoreApi.roles_platform_orgs_roles_users_reported_roles_retrieve`."""
        from .roles_platform_orgs_roles_users_reported_roles_retrieve import sync

        return sync(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def roles_platform_orgs_roles_users_reported_roles_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ReportedRole]:
        """See `AsyncCoreApi.roles_platform_orgs_roles_users_reported_roles_retrieve_detailed`."""
        from .roles_platform_orgs_roles_users_reported_roles_retrieve import sync_detailed

        return sync_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def user_groups_orgs_retrieve(
        self,
        key: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: UserGroupsOrgsRetrieveFormat | Unset = UNSET,
        groups: list[str] | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> GroupList:
        """See `AsyncCoreApi.user_groups_orgs_retrieve`."""
        from .user_groups_orgs_retrieve import sync

        return sync(
            key,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            groups=groups,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def user_groups_orgs_retrieve_detailed(
        self,
        key: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: UserGroupsOrgsRetrieveFormat | Unset = UNSET,
        groups: list[str] | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[GroupList]:
        """See `AsyncCoreApi.user_groups_orgs_retrieve_detailed`."""
        from .user_groups_orgs_retrieve import sync_detailed

        return sync_detailed(
            key,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            groups=groups,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def user_groups_orgs_retrieve_iter(
        self,
        key: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: UserGroupsOrgsRetrieveFormat | Unset = UNSET,
        groups: list[str] | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[GroupListData]:
        """See `AsyncCoreApi.user_groups_orgs_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .user_groups_orgs_retrieve import sync

        return paginate(
            sync,
            key,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            groups=groups,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )
