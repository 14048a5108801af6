"""Operations tagged ``core`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncCoreApi` / `CoreApi`, reached as
``client.core``. A method imports its operation module on first call.
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
    from ...models.lti_tool import LtiTool
    from ...models.lti_tool_request import LtiToolRequest
    from ...models.paginated_rbac_group_list import PaginatedRbacGroupList
    from ...models.paginated_rbac_policy_list import PaginatedRbacPolicyList
    from ...models.paginated_rbac_role_list import PaginatedRbacRoleList
    from ...models.patched_platform_public_metadata_request import (
        PatchedPlatformPublicMetadataRequest,
    )
    from ...models.patched_rbac_group_request import PatchedRbacGroupRequest
    from ...models.patched_rbac_policy_request import PatchedRbacPolicyRequest
    from ...models.patched_rbac_role_request import PatchedRbacRoleRequest
    from ...models.platform_api_key import PlatformApiKey
    from ...models.platform_api_key_request import PlatformApiKeyRequest
    from ...models.platform_list import PlatformList
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
    from ...models.token_proxy_input import TokenProxyInput
    from ...models.token_proxy_output import TokenProxyOutput
    from ...models.user_delete_api_error import UserDeleteAPIError
    from ...models.user_delete_api_request import UserDeleteAPIRequest
    from ...models.user_delete_api_response import UserDeleteAPIResponse
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
    from ...models.user_platform_view_post_request import UserPlatformViewPostRequest
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
        body: TokenProxyInput,
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
            client=self._client,
        )

    async def core_consolidated_token_proxy_create_detailed(
        self,
        *,
        body: TokenProxyInput,
    ) -> Response[TokenProxyOutput]:
        """Like `core_consolidated_token_proxy_create`, returning the whole `Response` and raising no status error."""
        from .core_consolidated_token_proxy_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def core_departments_retrieve(
        self,
    ) -> Any:
        """Show (active) departments associated with a platform

        ``GET /api/core/departments/`` (operation ``core_departments_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_departments_retrieve import asyncio

        return await asyncio(
            client=self._client,
        )

    async def core_departments_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """Like `core_departments_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_departments_retrieve import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_departments_create(
        self,
    ) -> Any:
        """Create/update a department

        ``POST /api/core/departments/`` (operation ``core_departments_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_departments_create import asyncio

        return await asyncio(
            client=self._client,
        )

    async def core_departments_create_detailed(
        self,
    ) -> Response[Any]:
        """Like `core_departments_create`, returning the whole `Response` and raising no status error."""
        from .core_departments_create import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_departments_destroy(
        self,
    ) -> Any:
        """Delete department

        ``DELETE /api/core/departments/`` (operation ``core_departments_destroy``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_departments_destroy import asyncio

        return await asyncio(
            client=self._client,
        )

    async def core_departments_destroy_detailed(
        self,
    ) -> Response[Any]:
        """Like `core_departments_destroy`, returning the whole `Response` and raising no status error."""
        from .core_departments_destroy import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_departments_members_retrieve(
        self,
    ) -> Any:
        """Show active users in department (paginated)

        ``GET /api/core/departments/members/`` (operation ``core_departments_members_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_departments_members_retrieve import asyncio

        return await asyncio(
            client=self._client,
        )

    async def core_departments_members_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """Like `core_departments_members_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_departments_members_retrieve import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_departments_members_create(
        self,
    ) -> Any:
        """Add single user to department, or update status

        ``POST /api/core/departments/members/`` (operation ``core_departments_members_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_departments_members_create import asyncio

        return await asyncio(
            client=self._client,
        )

    async def core_departments_members_create_detailed(
        self,
    ) -> Response[Any]:
        """Like `core_departments_members_create`, returning the whole `Response` and raising no status error."""
        from .core_departments_members_create import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_departments_members_destroy(
        self,
    ) -> Any:
        """Delete department member

        ``DELETE /api/core/departments/members/`` (operation ``core_departments_members_destroy``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_departments_members_destroy import asyncio

        return await asyncio(
            client=self._client,
        )

    async def core_departments_members_destroy_detailed(
        self,
    ) -> Response[Any]:
        """Like `core_departments_members_destroy`, returning the whole `Response` and raising no status error."""
        from .core_departments_members_destroy import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_departments_members_bulk_create(
        self,
    ) -> Any:
        """Add users to department, or update status

        ``POST /api/core/departments/members/bulk/`` (operation ``core_departments_members_bulk_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_departments_members_bulk_create import asyncio

        return await asyncio(
            client=self._client,
        )

    async def core_departments_members_bulk_create_detailed(
        self,
    ) -> Response[Any]:
        """Like `core_departments_members_bulk_create`, returning the whole `Response` and raising no status error."""
        from .core_departments_members_bulk_create import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_departments_members_check_retrieve(
        self,
    ) -> Any:
        """Get department member admin info of requesting user

        ``GET /api/core/departments/members/check/`` (operation ``core_departments_members_check_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_departments_members_check_retrieve import asyncio

        return await asyncio(
            client=self._client,
        )

    async def core_departments_members_check_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """Like `core_departments_members_check_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_departments_members_check_retrieve import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_domains_whitelist_retrieve(
        self,
        *,
        is_active: bool | Unset = UNSET,
        url_: str,
    ) -> Any:
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
            Any
        """

        from .core_domains_whitelist_retrieve import asyncio

        return await asyncio(
            is_active=is_active,
            url_=url_,
            client=self._client,
        )

    async def core_domains_whitelist_retrieve_detailed(
        self,
        *,
        is_active: bool | Unset = UNSET,
        url_: str,
    ) -> Response[Any]:
        """Like `core_domains_whitelist_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_domains_whitelist_retrieve import asyncio_detailed

        return await asyncio_detailed(
            is_active=is_active,
            url_=url_,
            client=self._client,
        )

    async def core_domains_whitelist_create(
        self,
        *,
        body: WhitelistedDomain,
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
            client=self._client,
        )

    async def core_domains_whitelist_create_detailed(
        self,
        *,
        body: WhitelistedDomain,
    ) -> Response[WhitelistedDomain]:
        """Like `core_domains_whitelist_create`, returning the whole `Response` and raising no status error."""
        from .core_domains_whitelist_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def core_heartbeat_celery_beat_retrieve(
        self,
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
            client=self._client,
        )

    async def core_heartbeat_celery_beat_retrieve_detailed(
        self,
    ) -> Response[CeleryHeartbeat]:
        """Like `core_heartbeat_celery_beat_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_heartbeat_celery_beat_retrieve import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_heartbeat_celery_retrieve(
        self,
    ) -> Any:
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
            Any
        """

        from .core_heartbeat_celery_retrieve import asyncio

        return await asyncio(
            client=self._client,
        )

    async def core_heartbeat_celery_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """Like `core_heartbeat_celery_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_heartbeat_celery_retrieve import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_launcher_retrieve(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
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
            client=self._client,
        )

    async def core_launcher_retrieve_detailed(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
    ) -> Response[PlatformList]:
        """Like `core_launcher_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_launcher_retrieve import asyncio_detailed

        return await asyncio_detailed(
            key=key,
            user_id=user_id,
            client=self._client,
        )

    async def core_launcher_create(
        self,
        *,
        body: LauncherViewPostRequest,
    ) -> PlatformList:
        """POST: Launch a new edX platform

        Params: user_id: The ID of the requesting user (required) key: The Deep LMS subdomain (required)
        name: The edX platform name ("optional") org: The edX organization ("optional") lms_url: LMS URL
        ("optional") cms_url: CMS URL ("optional") portal_url: Portal URL ("optional")

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
            client=self._client,
        )

    async def core_launcher_create_detailed(
        self,
        *,
        body: LauncherViewPostRequest,
    ) -> Response[PlatformList]:
        """Like `core_launcher_create`, returning the whole `Response` and raising no status error."""
        from .core_launcher_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_list(
        self,
        *,
        platform_key: str,
    ) -> list[LtiKey]:
        """List your LTI Provider Key's

        ``GET /api/core/lti/1p3/provider/lti-keys/`` (operation ``core_lti1p3_provider_lti_keys_list``)

        Args:
            platform_key (str): Platform Key

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
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_list_detailed(
        self,
        *,
        platform_key: str,
    ) -> Response[list[LtiKey]]:
        """Like `core_lti1p3_provider_lti_keys_list`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_keys_list import asyncio_detailed

        return await asyncio_detailed(
            platform_key=platform_key,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_create(
        self,
        *,
        body: LtiKeyRequest,
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
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_create_detailed(
        self,
        *,
        body: LtiKeyRequest,
    ) -> Response[LtiKey]:
        """Like `core_lti1p3_provider_lti_keys_create`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_keys_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_retrieve(
        self,
        id: str,
        *,
        platform_key: str,
    ) -> LtiKey:
        """Get details about a specific LTI Provider Key

        ``GET /api/core/lti/1p3/provider/lti-keys/{id}/`` (operation ``core_lti1p3_provider_lti_keys_retrieve``)

        Args:
            id (str):
            platform_key (str): Platform Key

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
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_retrieve_detailed(
        self,
        id: str,
        *,
        platform_key: str,
    ) -> Response[LtiKey]:
        """Like `core_lti1p3_provider_lti_keys_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_keys_retrieve import asyncio_detailed

        return await asyncio_detailed(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_update(
        self,
        id: str,
        *,
        body: LtiKeyRequest,
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
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_update_detailed(
        self,
        id: str,
        *,
        body: LtiKeyRequest,
    ) -> Response[LtiKey]:
        """Like `core_lti1p3_provider_lti_keys_update`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_keys_update import asyncio_detailed

        return await asyncio_detailed(
            id,
            body=body,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_destroy(
        self,
        id: str,
        *,
        platform_key: str,
    ) -> Any:
        """Delete an LTI Provider Key

        **DANGER:** Deleting a key will also delete all Tools that reference that Key. If you need to
        delete a Key you should first create a new one and update all Tools to reference the new Key
        before deleting the old one.

        ``DELETE /api/core/lti/1p3/provider/lti-keys/{id}/`` (operation ``core_lti1p3_provider_lti_keys_destroy``)

        Args:
            id (str):
            platform_key (str): Platform Key

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_lti1p3_provider_lti_keys_destroy import asyncio

        return await asyncio(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_keys_destroy_detailed(
        self,
        id: str,
        *,
        platform_key: str,
    ) -> Response[Any]:
        """Like `core_lti1p3_provider_lti_keys_destroy`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_keys_destroy import asyncio_detailed

        return await asyncio_detailed(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_list(
        self,
        *,
        platform_key: str,
    ) -> list[LtiTool]:
        """List your LTI Tool's

        ``GET /api/core/lti/1p3/provider/lti-tools/`` (operation ``core_lti1p3_provider_lti_tools_list``)

        Args:
            platform_key (str): Platform Key

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
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_list_detailed(
        self,
        *,
        platform_key: str,
    ) -> Response[list[LtiTool]]:
        """Like `core_lti1p3_provider_lti_tools_list`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_tools_list import asyncio_detailed

        return await asyncio_detailed(
            platform_key=platform_key,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_create(
        self,
        *,
        body: LtiToolRequest,
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
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_create_detailed(
        self,
        *,
        body: LtiToolRequest,
    ) -> Response[LtiTool]:
        """Like `core_lti1p3_provider_lti_tools_create`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_tools_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_retrieve(
        self,
        id: str,
        *,
        platform_key: str,
    ) -> LtiTool:
        """Get details about a specific LTI Tool

        ``GET /api/core/lti/1p3/provider/lti-tools/{id}/`` (operation ``core_lti1p3_provider_lti_tools_retrieve``)

        Args:
            id (str):
            platform_key (str): Platform Key

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
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_retrieve_detailed(
        self,
        id: str,
        *,
        platform_key: str,
    ) -> Response[LtiTool]:
        """Like `core_lti1p3_provider_lti_tools_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_tools_retrieve import asyncio_detailed

        return await asyncio_detailed(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_update(
        self,
        id: str,
        *,
        body: LtiToolRequest,
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
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_update_detailed(
        self,
        id: str,
        *,
        body: LtiToolRequest,
    ) -> Response[LtiTool]:
        """Like `core_lti1p3_provider_lti_tools_update`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_tools_update import asyncio_detailed

        return await asyncio_detailed(
            id,
            body=body,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_destroy(
        self,
        id: str,
        *,
        platform_key: str,
    ) -> Any:
        """Delete an LTI Tool

        ``DELETE /api/core/lti/1p3/provider/lti-tools/{id}/`` (operation ``core_lti1p3_provider_lti_tools_destroy``)

        Args:
            id (str):
            platform_key (str): Platform Key

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_lti1p3_provider_lti_tools_destroy import asyncio

        return await asyncio(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    async def core_lti1p3_provider_lti_tools_destroy_detailed(
        self,
        id: str,
        *,
        platform_key: str,
    ) -> Response[Any]:
        """Like `core_lti1p3_provider_lti_tools_destroy`, returning the whole `Response` and raising no status error."""
        from .core_lti1p3_provider_lti_tools_destroy import asyncio_detailed

        return await asyncio_detailed(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    async def core_orgs_dark_mode_logo_retrieve(
        self,
        org: str,
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
            client=self._client,
        )

    async def core_orgs_dark_mode_logo_retrieve_detailed(
        self,
        org: str,
    ) -> Response[CoreOrgsDarkModeLogoRetrieveResponse200]:
        """Like `core_orgs_dark_mode_logo_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_orgs_dark_mode_logo_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def core_orgs_dark_mode_logo_create_create(
        self,
        org: str,
        *,
        body: ImageUpload,
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
            client=self._client,
        )

    async def core_orgs_dark_mode_logo_create_create_detailed(
        self,
        org: str,
        *,
        body: ImageUpload,
    ) -> Response[ImageUpload]:
        """Like `core_orgs_dark_mode_logo_create_create`, returning the whole `Response` and raising no status error."""
        from .core_orgs_dark_mode_logo_create_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def core_orgs_favicon_retrieve(
        self,
        org: str,
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
            client=self._client,
        )

    async def core_orgs_favicon_retrieve_detailed(
        self,
        org: str,
    ) -> Response[CoreOrgsFaviconRetrieveResponse200]:
        """Like `core_orgs_favicon_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_orgs_favicon_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def core_orgs_favicon_create_create(
        self,
        org: str,
        *,
        body: ImageUpload,
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
            client=self._client,
        )

    async def core_orgs_favicon_create_create_detailed(
        self,
        org: str,
        *,
        body: ImageUpload,
    ) -> Response[ImageUpload]:
        """Like `core_orgs_favicon_create_create`, returning the whole `Response` and raising no status error."""
        from .core_orgs_favicon_create_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def core_orgs_logo_retrieve(
        self,
        org: str,
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
            client=self._client,
        )

    async def core_orgs_logo_retrieve_detailed(
        self,
        org: str,
    ) -> Response[CoreOrgsLogoRetrieveResponse200]:
        """Like `core_orgs_logo_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_orgs_logo_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def core_orgs_logo_create_create(
        self,
        org: str,
        *,
        body: ImageUpload,
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
            client=self._client,
        )

    async def core_orgs_logo_create_create_detailed(
        self,
        org: str,
        *,
        body: ImageUpload,
    ) -> Response[ImageUpload]:
        """Like `core_orgs_logo_create_create`, returning the whole `Response` and raising no status error."""
        from .core_orgs_logo_create_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def core_orgs_metadata_retrieve(
        self,
        org: str,
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
            client=self._client,
        )

    async def core_orgs_metadata_retrieve_detailed(
        self,
        org: str,
    ) -> Response[PlatformPublicMetadata]:
        """Like `core_orgs_metadata_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_orgs_metadata_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def core_orgs_metadata_update(
        self,
        org: str,
        *,
        body: PlatformPublicMetadataRequest | Unset = UNSET,
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
            client=self._client,
        )

    async def core_orgs_metadata_update_detailed(
        self,
        org: str,
        *,
        body: PlatformPublicMetadataRequest | Unset = UNSET,
    ) -> Response[PlatformPublicMetadata]:
        """Like `core_orgs_metadata_update`, returning the whole `Response` and raising no status error."""
        from .core_orgs_metadata_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def core_orgs_metadata_partial_update(
        self,
        org: str,
        *,
        body: PatchedPlatformPublicMetadataRequest | Unset = UNSET,
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
            client=self._client,
        )

    async def core_orgs_metadata_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedPlatformPublicMetadataRequest | Unset = UNSET,
    ) -> Response[PlatformPublicMetadata]:
        """Like `core_orgs_metadata_partial_update`, returning the whole `Response` and raising no status error."""
        from .core_orgs_metadata_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def core_orgs_redirect_tokens_create(
        self,
        org: str,
        *,
        body: RedirectTokenRequest,
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
            client=self._client,
        )

    async def core_orgs_redirect_tokens_create_detailed(
        self,
        org: str,
        *,
        body: RedirectTokenRequest,
    ) -> Response[RedirectTokenResponse]:
        """Like `core_orgs_redirect_tokens_create`, returning the whole `Response` and raising no status error."""
        from .core_orgs_redirect_tokens_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def core_orgs_redirect_tokens_retrieve(
        self,
        org: str,
        redirect_token: str,
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
            client=self._client,
        )

    async def core_orgs_redirect_tokens_retrieve_detailed(
        self,
        org: str,
        redirect_token: str,
    ) -> Response[RedirectTokenResponse]:
        """Like `core_orgs_redirect_tokens_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_orgs_redirect_tokens_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            redirect_token,
            client=self._client,
        )

    async def core_orgs_redirect_tokens_delete_destroy(
        self,
        org: str,
        redirect_token: str,
    ) -> Any:
        """Delete specific token

        ``DELETE /api/core/orgs/{org}/redirect-tokens/{redirect_token}/delete`` (operation ``core_orgs_redirect_tokens_delete_destroy``)

        Args:
            org (str):
            redirect_token (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_orgs_redirect_tokens_delete_destroy import asyncio

        return await asyncio(
            org,
            redirect_token,
            client=self._client,
        )

    async def core_orgs_redirect_tokens_delete_destroy_detailed(
        self,
        org: str,
        redirect_token: str,
    ) -> Response[Any]:
        """Like `core_orgs_redirect_tokens_delete_destroy`, returning the whole `Response` and raising no status error."""
        from .core_orgs_redirect_tokens_delete_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            redirect_token,
            client=self._client,
        )

    async def core_orgs_thumbnail_retrieve(
        self,
        org: str,
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
            client=self._client,
        )

    async def core_orgs_thumbnail_retrieve_detailed(
        self,
        org: str,
    ) -> Response[CoreOrgsThumbnailRetrieveResponse200]:
        """Like `core_orgs_thumbnail_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_orgs_thumbnail_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def core_orgs_thumbnail_create_create(
        self,
        org: str,
        *,
        body: ImageUpload,
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
            client=self._client,
        )

    async def core_orgs_thumbnail_create_create_detailed(
        self,
        org: str,
        *,
        body: ImageUpload,
    ) -> Response[ImageUpload]:
        """Like `core_orgs_thumbnail_create_create`, returning the whole `Response` and raising no status error."""
        from .core_orgs_thumbnail_create_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def core_platform_retrieve(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
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
            client=self._client,
        )

    async def core_platform_retrieve_detailed(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
    ) -> Response[PlatformList]:
        """Like `core_platform_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_platform_retrieve import asyncio_detailed

        return await asyncio_detailed(
            key=key,
            user_id=user_id,
            client=self._client,
        )

    async def core_platform_create(
        self,
        *,
        body: PlatformUpdatePostRequest,
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
            client=self._client,
        )

    async def core_platform_create_detailed(
        self,
        *,
        body: PlatformUpdatePostRequest,
    ) -> Response[PlatformList]:
        """Like `core_platform_create`, returning the whole `Response` and raising no status error."""
        from .core_platform_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def core_platform_api_tokens_list(
        self,
        *,
        platform_key: str,
    ) -> list[PlatformApiKey]:
        """List Platform API Key's belonging to the target platform

        ``GET /api/core/platform/api-tokens/`` (operation ``core_platform_api_tokens_list``)

        Args:
            platform_key (str): Platform key of target platform

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
            client=self._client,
        )

    async def core_platform_api_tokens_list_detailed(
        self,
        *,
        platform_key: str,
    ) -> Response[list[PlatformApiKey]]:
        """Like `core_platform_api_tokens_list`, returning the whole `Response` and raising no status error."""
        from .core_platform_api_tokens_list import asyncio_detailed

        return await asyncio_detailed(
            platform_key=platform_key,
            client=self._client,
        )

    async def core_platform_api_tokens_create(
        self,
        *,
        body: PlatformApiKeyRequest,
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
            client=self._client,
        )

    async def core_platform_api_tokens_create_detailed(
        self,
        *,
        body: PlatformApiKeyRequest,
    ) -> Response[PlatformApiKey]:
        """Like `core_platform_api_tokens_create`, returning the whole `Response` and raising no status error."""
        from .core_platform_api_tokens_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def core_platform_api_tokens_destroy(
        self,
        name: str,
        *,
        platform_key: str,
    ) -> Any:
        """Delete Platform Api Key by name in the target platform

        ``DELETE /api/core/platform/api-tokens/{name}`` (operation ``core_platform_api_tokens_destroy``)

        Args:
            name (str):
            platform_key (str): Platform key of target platform

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_platform_api_tokens_destroy import asyncio

        return await asyncio(
            name,
            platform_key=platform_key,
            client=self._client,
        )

    async def core_platform_api_tokens_destroy_detailed(
        self,
        name: str,
        *,
        platform_key: str,
    ) -> Response[Any]:
        """Like `core_platform_api_tokens_destroy`, returning the whole `Response` and raising no status error."""
        from .core_platform_api_tokens_destroy import asyncio_detailed

        return await asyncio_detailed(
            name,
            platform_key=platform_key,
            client=self._client,
        )

    async def core_platform_config_site_retrieve(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
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
            client=self._client,
        )

    async def core_platform_config_site_retrieve_detailed(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
    ) -> Response[CorePlatformConfigSiteRetrieveResponse200]:
        """Like `core_platform_config_site_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_platform_config_site_retrieve import asyncio_detailed

        return await asyncio_detailed(
            key=key,
            user_id=user_id,
            client=self._client,
        )

    async def core_platform_config_site_create(
        self,
        *,
        body: CorePlatformConfigSiteCreateBody | Unset = UNSET,
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
            client=self._client,
        )

    async def core_platform_config_site_create_detailed(
        self,
        *,
        body: CorePlatformConfigSiteCreateBody | Unset = UNSET,
    ) -> Response[CorePlatformConfigSiteCreateResponse200]:
        """Like `core_platform_config_site_create`, returning the whole `Response` and raising no status error."""
        from .core_platform_config_site_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
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
        sort: str | Unset = UNSET,
    ) -> UserPlatformManagementListViewGetResponse:
        """Retrieve users associated with platform

        Params: platform_key platform_org

        query sort

        is_admin: Return tenant admin users

        ``GET /api/core/platform/users/`` (operation ``core_platform_users_retrieve``)

        Args:
            page (int | Unset):
            page_size (int | Unset):
            platform_key (str | Unset):
            platform_org (str | Unset):
            query (str | Unset):
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
            sort=sort,
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
        sort: str | Unset = UNSET,
    ) -> Response[UserPlatformManagementListViewGetResponse]:
        """Like `core_platform_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_platform_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
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
        sort: str | Unset = UNSET,
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
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def core_rbac_groups_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
    ) -> PaginatedRbacGroupList:
        """List RBAC groups

        Retrieve a list of RBAC groups. Can be filtered by platform_key.

        ``GET /api/core/rbac/groups/`` (operation ``core_rbac_groups_list``)

        Args:
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            platform_key (str | Unset): Filter groups by platform key

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedRbacGroupList
        """

        from .core_rbac_groups_list import asyncio

        return await asyncio(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            client=self._client,
        )

    async def core_rbac_groups_list_detailed(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
    ) -> Response[PaginatedRbacGroupList]:
        """Like `core_rbac_groups_list`, returning the whole `Response` and raising no status error."""
        from .core_rbac_groups_list import asyncio_detailed

        return await asyncio_detailed(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            client=self._client,
        )

    def core_rbac_groups_list_iter(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
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
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def core_rbac_groups_create(
        self,
        *,
        body: RbacGroupRequest,
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
            client=self._client,
        )

    async def core_rbac_groups_create_detailed(
        self,
        *,
        body: RbacGroupRequest,
    ) -> Response[RbacGroup]:
        """Like `core_rbac_groups_create`, returning the whole `Response` and raising no status error."""
        from .core_rbac_groups_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def core_rbac_groups_retrieve(
        self,
        id: int,
    ) -> RbacGroup:
        """Retrieve RBAC group

        Retrieve details of a specific RBAC group including assigned users.

        ``GET /api/core/rbac/groups/{id}/`` (operation ``core_rbac_groups_retrieve``)

        Args:
            id (int): A unique integer value identifying this RBAC Group.

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
            client=self._client,
        )

    async def core_rbac_groups_retrieve_detailed(
        self,
        id: int,
    ) -> Response[RbacGroup]:
        """Like `core_rbac_groups_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_rbac_groups_retrieve import asyncio_detailed

        return await asyncio_detailed(
            id,
            client=self._client,
        )

    async def core_rbac_groups_update(
        self,
        id: int,
        *,
        body: RbacGroupRequest,
    ) -> RbacGroup:
        """Update RBAC group

        Update an existing RBAC group. Platform validation applies for user assignments.

        ``PUT /api/core/rbac/groups/{id}/`` (operation ``core_rbac_groups_update``)

        Args:
            id (int): A unique integer value identifying this RBAC Group.
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
            client=self._client,
        )

    async def core_rbac_groups_update_detailed(
        self,
        id: int,
        *,
        body: RbacGroupRequest,
    ) -> Response[RbacGroup]:
        """Like `core_rbac_groups_update`, returning the whole `Response` and raising no status error."""
        from .core_rbac_groups_update import asyncio_detailed

        return await asyncio_detailed(
            id,
            body=body,
            client=self._client,
        )

    async def core_rbac_groups_destroy(
        self,
        id: int,
        *,
        platform_key: str | Unset = UNSET,
    ) -> Any:
        """Delete RBAC group

        Delete an RBAC group and all associated group role assignments.

        ``DELETE /api/core/rbac/groups/{id}/`` (operation ``core_rbac_groups_destroy``)

        Args:
            id (int): A unique integer value identifying this RBAC Group.
            platform_key (str | Unset): platform key for authorization check

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_rbac_groups_destroy import asyncio

        return await asyncio(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    async def core_rbac_groups_destroy_detailed(
        self,
        id: int,
        *,
        platform_key: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `core_rbac_groups_destroy`, returning the whole `Response` and raising no status error."""
        from .core_rbac_groups_destroy import asyncio_detailed

        return await asyncio_detailed(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    async def core_rbac_groups_partial_update(
        self,
        id: int,
        *,
        body: PatchedRbacGroupRequest | Unset = UNSET,
    ) -> RbacGroup:
        """Partially update RBAC group

        Partially update an existing RBAC group. Platform validation applies for user assignments.

        ``PATCH /api/core/rbac/groups/{id}/`` (operation ``core_rbac_groups_partial_update``)

        Args:
            id (int): A unique integer value identifying this RBAC Group.
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
            client=self._client,
        )

    async def core_rbac_groups_partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedRbacGroupRequest | Unset = UNSET,
    ) -> Response[RbacGroup]:
        """Like `core_rbac_groups_partial_update`, returning the whole `Response` and raising no status error."""
        from .core_rbac_groups_partial_update import asyncio_detailed

        return await asyncio_detailed(
            id,
            body=body,
            client=self._client,
        )

    async def core_rbac_policies_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
    ) -> PaginatedRbacPolicyList:
        """List RBAC policies

        Retrieve a list of RBAC policies. Can be filtered by platform_key or role_id.

        ``GET /api/core/rbac/policies/`` (operation ``core_rbac_policies_list``)

        Args:
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            platform_key (str | Unset): Filter policies by platform key
            role_id (int | Unset): Filter policies by role ID

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedRbacPolicyList
        """

        from .core_rbac_policies_list import asyncio

        return await asyncio(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            role_id=role_id,
            client=self._client,
        )

    async def core_rbac_policies_list_detailed(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
    ) -> Response[PaginatedRbacPolicyList]:
        """Like `core_rbac_policies_list`, returning the whole `Response` and raising no status error."""
        from .core_rbac_policies_list import asyncio_detailed

        return await asyncio_detailed(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            role_id=role_id,
            client=self._client,
        )

    def core_rbac_policies_list_iter(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
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
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            role_id=role_id,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def core_rbac_policies_create(
        self,
        *,
        body: RbacPolicyRequest,
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
            client=self._client,
        )

    async def core_rbac_policies_create_detailed(
        self,
        *,
        body: RbacPolicyRequest,
    ) -> Response[RbacPolicy]:
        """Like `core_rbac_policies_create`, returning the whole `Response` and raising no status error."""
        from .core_rbac_policies_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def core_rbac_policies_retrieve(
        self,
        id: int,
    ) -> RbacPolicy:
        """Retrieve RBAC policy

        Retrieve details of a specific RBAC policy, including role, platform, resources, users, and
        groups.

        ``GET /api/core/rbac/policies/{id}/`` (operation ``core_rbac_policies_retrieve``)

        Args:
            id (int): A unique integer value identifying this RBAC Policy.

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
            client=self._client,
        )

    async def core_rbac_policies_retrieve_detailed(
        self,
        id: int,
    ) -> Response[RbacPolicy]:
        """Like `core_rbac_policies_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_rbac_policies_retrieve import asyncio_detailed

        return await asyncio_detailed(
            id,
            client=self._client,
        )

    async def core_rbac_policies_update(
        self,
        id: int,
        *,
        body: RbacPolicyRequest,
    ) -> RbacPolicy:
        """Update RBAC policy

        Update an existing RBAC policy.

        ``PUT /api/core/rbac/policies/{id}/`` (operation ``core_rbac_policies_update``)

        Args:
            id (int): A unique integer value identifying this RBAC Policy.
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
            client=self._client,
        )

    async def core_rbac_policies_update_detailed(
        self,
        id: int,
        *,
        body: RbacPolicyRequest,
    ) -> Response[RbacPolicy]:
        """Like `core_rbac_policies_update`, returning the whole `Response` and raising no status error."""
        from .core_rbac_policies_update import asyncio_detailed

        return await asyncio_detailed(
            id,
            body=body,
            client=self._client,
        )

    async def core_rbac_policies_destroy(
        self,
        id: int,
        *,
        platform_key: str | Unset = UNSET,
    ) -> Any:
        """Delete RBAC policy

        Delete an RBAC policy.

        ``DELETE /api/core/rbac/policies/{id}/`` (operation ``core_rbac_policies_destroy``)

        Args:
            id (int): A unique integer value identifying this RBAC Policy.
            platform_key (str | Unset): platform key for authorization check

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_rbac_policies_destroy import asyncio

        return await asyncio(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    async def core_rbac_policies_destroy_detailed(
        self,
        id: int,
        *,
        platform_key: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `core_rbac_policies_destroy`, returning the whole `Response` and raising no status error."""
        from .core_rbac_policies_destroy import asyncio_detailed

        return await asyncio_detailed(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    async def core_rbac_policies_partial_update(
        self,
        id: int,
        *,
        body: PatchedRbacPolicyRequest | Unset = UNSET,
    ) -> RbacPolicy:
        """Partially update RBAC policy

        Partially update an existing RBAC policy. Only provided fields will be updated.

        ``PATCH /api/core/rbac/policies/{id}/`` (operation ``core_rbac_policies_partial_update``)

        Args:
            id (int): A unique integer value identifying this RBAC Policy.
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
            client=self._client,
        )

    async def core_rbac_policies_partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedRbacPolicyRequest | Unset = UNSET,
    ) -> Response[RbacPolicy]:
        """Like `core_rbac_policies_partial_update`, returning the whole `Response` and raising no status error."""
        from .core_rbac_policies_partial_update import asyncio_detailed

        return await asyncio_detailed(
            id,
            body=body,
            client=self._client,
        )

    async def core_rbac_roles_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
    ) -> PaginatedRbacRoleList:
        """List RBAC roles

        Retrieve a list of RBAC roles. Can be filtered by platform_key.

        ``GET /api/core/rbac/roles/`` (operation ``core_rbac_roles_list``)

        Args:
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            platform_key (str | Unset): Filter roles by platform key

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedRbacRoleList
        """

        from .core_rbac_roles_list import asyncio

        return await asyncio(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            client=self._client,
        )

    async def core_rbac_roles_list_detailed(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
    ) -> Response[PaginatedRbacRoleList]:
        """Like `core_rbac_roles_list`, returning the whole `Response` and raising no status error."""
        from .core_rbac_roles_list import asyncio_detailed

        return await asyncio_detailed(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            client=self._client,
        )

    def core_rbac_roles_list_iter(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
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
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def core_rbac_roles_create(
        self,
        *,
        body: RbacRoleRequest,
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
            client=self._client,
        )

    async def core_rbac_roles_create_detailed(
        self,
        *,
        body: RbacRoleRequest,
    ) -> Response[RbacRole]:
        """Like `core_rbac_roles_create`, returning the whole `Response` and raising no status error."""
        from .core_rbac_roles_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def core_rbac_roles_retrieve(
        self,
        id: int,
    ) -> RbacRole:
        """Retrieve RBAC role

        Retrieve details of a specific RBAC role.

        ``GET /api/core/rbac/roles/{id}/`` (operation ``core_rbac_roles_retrieve``)

        Args:
            id (int): A unique integer value identifying this RBAC Role.

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
            client=self._client,
        )

    async def core_rbac_roles_retrieve_detailed(
        self,
        id: int,
    ) -> Response[RbacRole]:
        """Like `core_rbac_roles_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_rbac_roles_retrieve import asyncio_detailed

        return await asyncio_detailed(
            id,
            client=self._client,
        )

    async def core_rbac_roles_update(
        self,
        id: int,
        *,
        body: RbacRoleRequest,
    ) -> RbacRole:
        """Update RBAC role

        Update an existing RBAC role.

        ``PUT /api/core/rbac/roles/{id}/`` (operation ``core_rbac_roles_update``)

        Args:
            id (int): A unique integer value identifying this RBAC Role.
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
            client=self._client,
        )

    async def core_rbac_roles_update_detailed(
        self,
        id: int,
        *,
        body: RbacRoleRequest,
    ) -> Response[RbacRole]:
        """Like `core_rbac_roles_update`, returning the whole `Response` and raising no status error."""
        from .core_rbac_roles_update import asyncio_detailed

        return await asyncio_detailed(
            id,
            body=body,
            client=self._client,
        )

    async def core_rbac_roles_destroy(
        self,
        id: int,
        *,
        platform_key: str | Unset = UNSET,
    ) -> Any:
        """Delete RBAC role

        Delete an RBAC role.

        ``DELETE /api/core/rbac/roles/{id}/`` (operation ``core_rbac_roles_destroy``)

        Args:
            id (int): A unique integer value identifying this RBAC Role.
            platform_key (str | Unset): platform key for authorization check

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_rbac_roles_destroy import asyncio

        return await asyncio(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    async def core_rbac_roles_destroy_detailed(
        self,
        id: int,
        *,
        platform_key: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `core_rbac_roles_destroy`, returning the whole `Response` and raising no status error."""
        from .core_rbac_roles_destroy import asyncio_detailed

        return await asyncio_detailed(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    async def core_rbac_roles_partial_update(
        self,
        id: int,
        *,
        body: PatchedRbacRoleRequest | Unset = UNSET,
    ) -> RbacRole:
        """Partially update RBAC role

        Partially update an existing RBAC role.

        ``PATCH /api/core/rbac/roles/{id}/`` (operation ``core_rbac_roles_partial_update``)

        Args:
            id (int): A unique integer value identifying this RBAC Role.
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
            client=self._client,
        )

    async def core_rbac_roles_partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedRbacRoleRequest | Unset = UNSET,
    ) -> Response[RbacRole]:
        """Like `core_rbac_roles_partial_update`, returning the whole `Response` and raising no status error."""
        from .core_rbac_roles_partial_update import asyncio_detailed

        return await asyncio_detailed(
            id,
            body=body,
            client=self._client,
        )

    async def core_session_logout_create(
        self,
    ) -> Any:
        """Invalidate all tokens for the authenticated user

        ``POST /api/core/session/logout/`` (operation ``core_session_logout_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_session_logout_create import asyncio

        return await asyncio(
            client=self._client,
        )

    async def core_session_logout_create_detailed(
        self,
    ) -> Response[Any]:
        """Like `core_session_logout_create`, returning the whole `Response` and raising no status error."""
        from .core_session_logout_create import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_signals_edx_create(
        self,
        *,
        body: EdxSignalReceiverRequest,
    ) -> Any:
        """POST signals/edx/

        ``POST /api/core/signals/edx/`` (operation ``core_signals_edx_create``)

        Args:
            body (EdxSignalReceiverRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_signals_edx_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def core_signals_edx_create_detailed(
        self,
        *,
        body: EdxSignalReceiverRequest,
    ) -> Response[Any]:
        """Like `core_signals_edx_create`, returning the whole `Response` and raising no status error."""
        from .core_signals_edx_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def core_token_proxy_create(
        self,
    ) -> Any:
        """Param: Any of user_id/username/email

        ``POST /api/core/token/proxy/`` (operation ``core_token_proxy_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_token_proxy_create import asyncio

        return await asyncio(
            client=self._client,
        )

    async def core_token_proxy_create_detailed(
        self,
    ) -> Response[Any]:
        """Like `core_token_proxy_create`, returning the whole `Response` and raising no status error."""
        from .core_token_proxy_create import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_token_verify_retrieve(
        self,
    ) -> Any:
        """Check token user

        ``GET /api/core/token/verify/`` (operation ``core_token_verify_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_token_verify_retrieve import asyncio

        return await asyncio(
            client=self._client,
        )

    async def core_token_verify_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """Like `core_token_verify_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_token_verify_retrieve import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_user_groups_retrieve(
        self,
    ) -> Any:
        """Show (active) user groups associated with a platform

        ``GET /api/core/user_groups/`` (operation ``core_user_groups_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_user_groups_retrieve import asyncio

        return await asyncio(
            client=self._client,
        )

    async def core_user_groups_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """Like `core_user_groups_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_retrieve import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_user_groups_create(
        self,
    ) -> Any:
        """Create/update a user group

        ``POST /api/core/user_groups/`` (operation ``core_user_groups_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_user_groups_create import asyncio

        return await asyncio(
            client=self._client,
        )

    async def core_user_groups_create_detailed(
        self,
    ) -> Response[Any]:
        """Like `core_user_groups_create`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_create import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_user_groups_destroy(
        self,
    ) -> Any:
        """Delete user group

        ``DELETE /api/core/user_groups/`` (operation ``core_user_groups_destroy``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_user_groups_destroy import asyncio

        return await asyncio(
            client=self._client,
        )

    async def core_user_groups_destroy_detailed(
        self,
    ) -> Response[Any]:
        """Like `core_user_groups_destroy`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_destroy import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_user_groups_link_retrieve(
        self,
    ) -> Any:
        """Show active users in user group (paginated)

        group_id is numeric ID of group

        ``GET /api/core/user_groups/link/`` (operation ``core_user_groups_link_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_user_groups_link_retrieve import asyncio

        return await asyncio(
            client=self._client,
        )

    async def core_user_groups_link_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """Like `core_user_groups_link_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_link_retrieve import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_user_groups_link_create(
        self,
    ) -> Any:
        """Add single user to user group, or update status

        ``POST /api/core/user_groups/link/`` (operation ``core_user_groups_link_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_user_groups_link_create import asyncio

        return await asyncio(
            client=self._client,
        )

    async def core_user_groups_link_create_detailed(
        self,
    ) -> Response[Any]:
        """Like `core_user_groups_link_create`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_link_create import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_user_groups_link_destroy(
        self,
    ) -> Any:
        """Delete user group link

        ``DELETE /api/core/user_groups/link/`` (operation ``core_user_groups_link_destroy``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_user_groups_link_destroy import asyncio

        return await asyncio(
            client=self._client,
        )

    async def core_user_groups_link_destroy_detailed(
        self,
    ) -> Response[Any]:
        """Like `core_user_groups_link_destroy`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_link_destroy import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_user_groups_link_bulk_create(
        self,
    ) -> Any:
        """Add users to user group, or update status

        ``POST /api/core/user_groups/link/bulk/`` (operation ``core_user_groups_link_bulk_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .core_user_groups_link_bulk_create import asyncio

        return await asyncio(
            client=self._client,
        )

    async def core_user_groups_link_bulk_create_detailed(
        self,
    ) -> Response[Any]:
        """Like `core_user_groups_link_bulk_create`, returning the whole `Response` and raising no status error."""
        from .core_user_groups_link_bulk_create import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def core_users_delete_create(
        self,
        *,
        body: UserDeleteAPIRequest | Unset = UNSET,
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
            client=self._client,
        )

    async def core_users_delete_create_detailed(
        self,
        *,
        body: UserDeleteAPIRequest | Unset = UNSET,
    ) -> Response[UserDeleteAPIResponse]:
        """Like `core_users_delete_create`, returning the whole `Response` and raising no status error."""
        from .core_users_delete_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def core_users_metadata_proxy_retrieve(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Any:
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
            Any
        """

        from .core_users_metadata_proxy_retrieve import asyncio

        return await asyncio(
            email=email,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def core_users_metadata_proxy_retrieve_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `core_users_metadata_proxy_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_users_metadata_proxy_retrieve import asyncio_detailed

        return await asyncio_detailed(
            email=email,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def core_users_platforms_list(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
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
            client=self._client,
        )

    async def core_users_platforms_list_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[list[UserPlatformLink]]:
        """Like `core_users_platforms_list`, returning the whole `Response` and raising no status error."""
        from .core_users_platforms_list import asyncio_detailed

        return await asyncio_detailed(
            email=email,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def core_users_platforms_create(
        self,
        *,
        body: UserPlatformViewPostRequest,
    ) -> Any:
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
            Any
        """

        from .core_users_platforms_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def core_users_platforms_create_detailed(
        self,
        *,
        body: UserPlatformViewPostRequest,
    ) -> Response[Any]:
        """Like `core_users_platforms_create`, returning the whole `Response` and raising no status error."""
        from .core_users_platforms_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def core_users_proxy_retrieve(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
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
            client=self._client,
        )

    async def core_users_proxy_retrieve_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[UserProxyGetResponse]:
        """Like `core_users_proxy_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_users_proxy_retrieve import asyncio_detailed

        return await asyncio_detailed(
            email=email,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    async def core_users_proxy_create(
        self,
        *,
        body: UserProxyPostRequest,
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
            client=self._client,
        )

    async def core_users_proxy_create_detailed(
        self,
        *,
        body: UserProxyPostRequest,
    ) -> Response[UserProxyPostResponse]:
        """Like `core_users_proxy_create`, returning the whole `Response` and raising no status error."""
        from .core_users_proxy_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def core_users_proxy_bulk_create(
        self,
        *,
        body: UserProxyBulkRequest,
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
            client=self._client,
        )

    async def core_users_proxy_bulk_create_detailed(
        self,
        *,
        body: UserProxyBulkRequest,
    ) -> Response[list[CoreUsersProxyBulkCreateResponse200Item]]:
        """Like `core_users_proxy_bulk_create`, returning the whole `Response` and raising no status error."""
        from .core_users_proxy_bulk_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def core_users_search_retrieve(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
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
            client=self._client,
        )

    async def core_users_search_retrieve_detailed(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[UserSearchViewGetResponse]:
        """Like `core_users_search_retrieve`, returning the whole `Response` and raising no status error."""
        from .core_users_search_retrieve import asyncio_detailed

        return await asyncio_detailed(
            page=page,
            page_size=page_size,
            query=query,
            sort=sort,
            client=self._client,
        )

    def core_users_search_retrieve_iter(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
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
            department_id (int | Unset): When `department_mode=1` is passed, it allows to filter data
                for only user content groups for the specified department
            departments (list[str] | Unset): Departments search string. Single string or list of
                strings. e.g 'sample_department' or `['department', 'another department']`
            end_date (datetime.date | Unset): Filter by learners date_joined. Start date. ISO 8601
            format_ (DepartmentsOrgsRetrieveFormat | Unset): Format

                * `json` - json
            include_main_platform (bool | Unset): Include main platform data
            is_enrolled (bool | Unset): Filter for users who have at least an enro;lment
            length (int | Unset): Size of data to return
            location (str | Unset): Location search string
            page (int | Unset): Page offset
            pathway (str | Unset): Pathway string
            program (str | Unset): Program search string
            start_date (datetime.date | Unset): Filter by learners date_joined. Start date. ISO 8601

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
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def roles_platform_orgs_roles_users_desired_roles_retrieve(
        self,
        org: str,
        username: str,
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
            client=self._client,
        )

    async def roles_platform_orgs_roles_users_desired_roles_retrieve_detailed(
        self,
        org: str,
        username: str,
    ) -> Response[DesiredRole]:
        """Like `roles_platform_orgs_roles_users_desired_roles_retrieve`, returning the whole `Response` and raising no status error."""
        from .roles_platform_orgs_roles_users_desired_roles_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            client=self._client,
        )

    async def roles_platform_orgs_roles_users_reported_roles_retrieve(
        self,
        org: str,
        username: str,
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
            client=self._client,
        )

    async def roles_platform_orgs_roles_users_reported_roles_retrieve_detailed(
        self,
        org: str,
        username: str,
    ) -> Response[ReportedRole]:
        """Like `roles_platform_orgs_roles_users_reported_roles_retrieve`, returning the whole `Response` and raising no status error."""
        from .roles_platform_orgs_roles_users_reported_roles_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
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
            department_id (int | Unset): When `department_mode=1` is passed, it allows to filter data
                for only user content groups for the specified department
            end_date (datetime.date | Unset): Filter by learners date_joined. Start date. ISO 8601
            format_ (UserGroupsOrgsRetrieveFormat | Unset): Format

                * `json` - json
            groups (list[str] | Unset): Groups search string. Single string or list of strings. e.g
                'sample_group' or `['group', 'another group']`
            include_main_platform (bool | Unset): Include main platform data
            is_enrolled (bool | Unset): Filter for users who have at least an enrollment
            length (int | Unset): Size of data to return
            location (str | Unset): Location search string
            page (int | Unset): Page offset
            pathway (str | Unset): Pathway string
            program (str | Unset): Program search string
            start_date (datetime.date | Unset): Filter by learners date_joined. Start date. ISO 8601

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
        body: TokenProxyInput,
    ) -> TokenProxyOutput:
        """See `AsyncCoreApi.core_consolidated_token_proxy_create`."""
        from .core_consolidated_token_proxy_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def core_consolidated_token_proxy_create_detailed(
        self,
        *,
        body: TokenProxyInput,
    ) -> Response[TokenProxyOutput]:
        """See `AsyncCoreApi.core_consolidated_token_proxy_create_detailed`."""
        from .core_consolidated_token_proxy_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def core_departments_retrieve(
        self,
    ) -> Any:
        """See `AsyncCoreApi.core_departments_retrieve`."""
        from .core_departments_retrieve import sync

        return sync(
            client=self._client,
        )

    def core_departments_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_departments_retrieve_detailed`."""
        from .core_departments_retrieve import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_departments_create(
        self,
    ) -> Any:
        """See `AsyncCoreApi.core_departments_create`."""
        from .core_departments_create import sync

        return sync(
            client=self._client,
        )

    def core_departments_create_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_departments_create_detailed`."""
        from .core_departments_create import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_departments_destroy(
        self,
    ) -> Any:
        """See `AsyncCoreApi.core_departments_destroy`."""
        from .core_departments_destroy import sync

        return sync(
            client=self._client,
        )

    def core_departments_destroy_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_departments_destroy_detailed`."""
        from .core_departments_destroy import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_departments_members_retrieve(
        self,
    ) -> Any:
        """See `AsyncCoreApi.core_departments_members_retrieve`."""
        from .core_departments_members_retrieve import sync

        return sync(
            client=self._client,
        )

    def core_departments_members_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_departments_members_retrieve_detailed`."""
        from .core_departments_members_retrieve import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_departments_members_create(
        self,
    ) -> Any:
        """See `AsyncCoreApi.core_departments_members_create`."""
        from .core_departments_members_create import sync

        return sync(
            client=self._client,
        )

    def core_departments_members_create_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_departments_members_create_detailed`."""
        from .core_departments_members_create import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_departments_members_destroy(
        self,
    ) -> Any:
        """See `AsyncCoreApi.core_departments_members_destroy`."""
        from .core_departments_members_destroy import sync

        return sync(
            client=self._client,
        )

    def core_departments_members_destroy_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_departments_members_destroy_detailed`."""
        from .core_departments_members_destroy import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_departments_members_bulk_create(
        self,
    ) -> Any:
        """See `AsyncCoreApi.core_departments_members_bulk_create`."""
        from .core_departments_members_bulk_create import sync

        return sync(
            client=self._client,
        )

    def core_departments_members_bulk_create_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_departments_members_bulk_create_detailed`."""
        from .core_departments_members_bulk_create import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_departments_members_check_retrieve(
        self,
    ) -> Any:
        """See `AsyncCoreApi.core_departments_members_check_retrieve`."""
        from .core_departments_members_check_retrieve import sync

        return sync(
            client=self._client,
        )

    def core_departments_members_check_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_departments_members_check_retrieve_detailed`."""
        from .core_departments_members_check_retrieve import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_domains_whitelist_retrieve(
        self,
        *,
        is_active: bool | Unset = UNSET,
        url_: str,
    ) -> Any:
        """See `AsyncCoreApi.core_domains_whitelist_retrieve`."""
        from .core_domains_whitelist_retrieve import sync

        return sync(
            is_active=is_active,
            url_=url_,
            client=self._client,
        )

    def core_domains_whitelist_retrieve_detailed(
        self,
        *,
        is_active: bool | Unset = UNSET,
        url_: str,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_domains_whitelist_retrieve_detailed`."""
        from .core_domains_whitelist_retrieve import sync_detailed

        return sync_detailed(
            is_active=is_active,
            url_=url_,
            client=self._client,
        )

    def core_domains_whitelist_create(
        self,
        *,
        body: WhitelistedDomain,
    ) -> WhitelistedDomain:
        """See `AsyncCoreApi.core_domains_whitelist_create`."""
        from .core_domains_whitelist_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def core_domains_whitelist_create_detailed(
        self,
        *,
        body: WhitelistedDomain,
    ) -> Response[WhitelistedDomain]:
        """See `AsyncCoreApi.core_domains_whitelist_create_detailed`."""
        from .core_domains_whitelist_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def core_heartbeat_celery_beat_retrieve(
        self,
    ) -> CeleryHeartbeat:
        """See `AsyncCoreApi.core_heartbeat_celery_beat_retrieve`."""
        from .core_heartbeat_celery_beat_retrieve import sync

        return sync(
            client=self._client,
        )

    def core_heartbeat_celery_beat_retrieve_detailed(
        self,
    ) -> Response[CeleryHeartbeat]:
        """See `AsyncCoreApi.core_heartbeat_celery_beat_retrieve_detailed`."""
        from .core_heartbeat_celery_beat_retrieve import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_heartbeat_celery_retrieve(
        self,
    ) -> Any:
        """See `AsyncCoreApi.core_heartbeat_celery_retrieve`."""
        from .core_heartbeat_celery_retrieve import sync

        return sync(
            client=self._client,
        )

    def core_heartbeat_celery_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_heartbeat_celery_retrieve_detailed`."""
        from .core_heartbeat_celery_retrieve import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_launcher_retrieve(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
    ) -> PlatformList:
        """See `AsyncCoreApi.core_launcher_retrieve`."""
        from .core_launcher_retrieve import sync

        return sync(
            key=key,
            user_id=user_id,
            client=self._client,
        )

    def core_launcher_retrieve_detailed(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
    ) -> Response[PlatformList]:
        """See `AsyncCoreApi.core_launcher_retrieve_detailed`."""
        from .core_launcher_retrieve import sync_detailed

        return sync_detailed(
            key=key,
            user_id=user_id,
            client=self._client,
        )

    def core_launcher_create(
        self,
        *,
        body: LauncherViewPostRequest,
    ) -> PlatformList:
        """See `AsyncCoreApi.core_launcher_create`."""
        from .core_launcher_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def core_launcher_create_detailed(
        self,
        *,
        body: LauncherViewPostRequest,
    ) -> Response[PlatformList]:
        """See `AsyncCoreApi.core_launcher_create_detailed`."""
        from .core_launcher_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_list(
        self,
        *,
        platform_key: str,
    ) -> list[LtiKey]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_list`."""
        from .core_lti1p3_provider_lti_keys_list import sync

        return sync(
            platform_key=platform_key,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_list_detailed(
        self,
        *,
        platform_key: str,
    ) -> Response[list[LtiKey]]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_list_detailed`."""
        from .core_lti1p3_provider_lti_keys_list import sync_detailed

        return sync_detailed(
            platform_key=platform_key,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_create(
        self,
        *,
        body: LtiKeyRequest,
    ) -> LtiKey:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_create`."""
        from .core_lti1p3_provider_lti_keys_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_create_detailed(
        self,
        *,
        body: LtiKeyRequest,
    ) -> Response[LtiKey]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_create_detailed`."""
        from .core_lti1p3_provider_lti_keys_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_retrieve(
        self,
        id: str,
        *,
        platform_key: str,
    ) -> LtiKey:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_retrieve`."""
        from .core_lti1p3_provider_lti_keys_retrieve import sync

        return sync(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_retrieve_detailed(
        self,
        id: str,
        *,
        platform_key: str,
    ) -> Response[LtiKey]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_retrieve_detailed`."""
        from .core_lti1p3_provider_lti_keys_retrieve import sync_detailed

        return sync_detailed(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_update(
        self,
        id: str,
        *,
        body: LtiKeyRequest,
    ) -> LtiKey:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_update`."""
        from .core_lti1p3_provider_lti_keys_update import sync

        return sync(
            id,
            body=body,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_update_detailed(
        self,
        id: str,
        *,
        body: LtiKeyRequest,
    ) -> Response[LtiKey]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_update_detailed`."""
        from .core_lti1p3_provider_lti_keys_update import sync_detailed

        return sync_detailed(
            id,
            body=body,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_destroy(
        self,
        id: str,
        *,
        platform_key: str,
    ) -> Any:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_destroy`."""
        from .core_lti1p3_provider_lti_keys_destroy import sync

        return sync(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    def core_lti1p3_provider_lti_keys_destroy_detailed(
        self,
        id: str,
        *,
        platform_key: str,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_keys_destroy_detailed`."""
        from .core_lti1p3_provider_lti_keys_destroy import sync_detailed

        return sync_detailed(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_list(
        self,
        *,
        platform_key: str,
    ) -> list[LtiTool]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_list`."""
        from .core_lti1p3_provider_lti_tools_list import sync

        return sync(
            platform_key=platform_key,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_list_detailed(
        self,
        *,
        platform_key: str,
    ) -> Response[list[LtiTool]]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_list_detailed`."""
        from .core_lti1p3_provider_lti_tools_list import sync_detailed

        return sync_detailed(
            platform_key=platform_key,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_create(
        self,
        *,
        body: LtiToolRequest,
    ) -> LtiTool:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_create`."""
        from .core_lti1p3_provider_lti_tools_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_create_detailed(
        self,
        *,
        body: LtiToolRequest,
    ) -> Response[LtiTool]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_create_detailed`."""
        from .core_lti1p3_provider_lti_tools_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_retrieve(
        self,
        id: str,
        *,
        platform_key: str,
    ) -> LtiTool:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_retrieve`."""
        from .core_lti1p3_provider_lti_tools_retrieve import sync

        return sync(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_retrieve_detailed(
        self,
        id: str,
        *,
        platform_key: str,
    ) -> Response[LtiTool]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_retrieve_detailed`."""
        from .core_lti1p3_provider_lti_tools_retrieve import sync_detailed

        return sync_detailed(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_update(
        self,
        id: str,
        *,
        body: LtiToolRequest,
    ) -> LtiTool:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_update`."""
        from .core_lti1p3_provider_lti_tools_update import sync

        return sync(
            id,
            body=body,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_update_detailed(
        self,
        id: str,
        *,
        body: LtiToolRequest,
    ) -> Response[LtiTool]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_update_detailed`."""
        from .core_lti1p3_provider_lti_tools_update import sync_detailed

        return sync_detailed(
            id,
            body=body,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_destroy(
        self,
        id: str,
        *,
        platform_key: str,
    ) -> Any:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_destroy`."""
        from .core_lti1p3_provider_lti_tools_destroy import sync

        return sync(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    def core_lti1p3_provider_lti_tools_destroy_detailed(
        self,
        id: str,
        *,
        platform_key: str,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_lti1p3_provider_lti_tools_destroy_detailed`."""
        from .core_lti1p3_provider_lti_tools_destroy import sync_detailed

        return sync_detailed(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    def core_orgs_dark_mode_logo_retrieve(
        self,
        org: str,
    ) -> CoreOrgsDarkModeLogoRetrieveResponse200:
        """See `AsyncCoreApi.core_orgs_dark_mode_logo_retrieve`."""
        from .core_orgs_dark_mode_logo_retrieve import sync

        return sync(
            org,
            client=self._client,
        )

    def core_orgs_dark_mode_logo_retrieve_detailed(
        self,
        org: str,
    ) -> Response[CoreOrgsDarkModeLogoRetrieveResponse200]:
        """See `AsyncCoreApi.core_orgs_dark_mode_logo_retrieve_detailed`."""
        from .core_orgs_dark_mode_logo_retrieve import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def core_orgs_dark_mode_logo_create_create(
        self,
        org: str,
        *,
        body: ImageUpload,
    ) -> ImageUpload:
        """See `AsyncCoreApi.core_orgs_dark_mode_logo_create_create`."""
        from .core_orgs_dark_mode_logo_create_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def core_orgs_dark_mode_logo_create_create_detailed(
        self,
        org: str,
        *,
        body: ImageUpload,
    ) -> Response[ImageUpload]:
        """See `AsyncCoreApi.core_orgs_dark_mode_logo_create_create_detailed`."""
        from .core_orgs_dark_mode_logo_create_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def core_orgs_favicon_retrieve(
        self,
        org: str,
    ) -> CoreOrgsFaviconRetrieveResponse200:
        """See `AsyncCoreApi.core_orgs_favicon_retrieve`."""
        from .core_orgs_favicon_retrieve import sync

        return sync(
            org,
            client=self._client,
        )

    def core_orgs_favicon_retrieve_detailed(
        self,
        org: str,
    ) -> Response[CoreOrgsFaviconRetrieveResponse200]:
        """See `AsyncCoreApi.core_orgs_favicon_retrieve_detailed`."""
        from .core_orgs_favicon_retrieve import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def core_orgs_favicon_create_create(
        self,
        org: str,
        *,
        body: ImageUpload,
    ) -> ImageUpload:
        """See `AsyncCoreApi.core_orgs_favicon_create_create`."""
        from .core_orgs_favicon_create_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def core_orgs_favicon_create_create_detailed(
        self,
        org: str,
        *,
        body: ImageUpload,
    ) -> Response[ImageUpload]:
        """See `AsyncCoreApi.core_orgs_favicon_create_create_detailed`."""
        from .core_orgs_favicon_create_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def core_orgs_logo_retrieve(
        self,
        org: str,
    ) -> CoreOrgsLogoRetrieveResponse200:
        """See `AsyncCoreApi.core_orgs_logo_retrieve`."""
        from .core_orgs_logo_retrieve import sync

        return sync(
            org,
            client=self._client,
        )

    def core_orgs_logo_retrieve_detailed(
        self,
        org: str,
    ) -> Response[CoreOrgsLogoRetrieveResponse200]:
        """See `AsyncCoreApi.core_orgs_logo_retrieve_detailed`."""
        from .core_orgs_logo_retrieve import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def core_orgs_logo_create_create(
        self,
        org: str,
        *,
        body: ImageUpload,
    ) -> ImageUpload:
        """See `AsyncCoreApi.core_orgs_logo_create_create`."""
        from .core_orgs_logo_create_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def core_orgs_logo_create_create_detailed(
        self,
        org: str,
        *,
        body: ImageUpload,
    ) -> Response[ImageUpload]:
        """See `AsyncCoreApi.core_orgs_logo_create_create_detailed`."""
        from .core_orgs_logo_create_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def core_orgs_metadata_retrieve(
        self,
        org: str,
    ) -> PlatformPublicMetadata:
        """See `AsyncCoreApi.core_orgs_metadata_retrieve`."""
        from .core_orgs_metadata_retrieve import sync

        return sync(
            org,
            client=self._client,
        )

    def core_orgs_metadata_retrieve_detailed(
        self,
        org: str,
    ) -> Response[PlatformPublicMetadata]:
        """See `AsyncCoreApi.core_orgs_metadata_retrieve_detailed`."""
        from .core_orgs_metadata_retrieve import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def core_orgs_metadata_update(
        self,
        org: str,
        *,
        body: PlatformPublicMetadataRequest | Unset = UNSET,
    ) -> PlatformPublicMetadata:
        """See `AsyncCoreApi.core_orgs_metadata_update`."""
        from .core_orgs_metadata_update import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def core_orgs_metadata_update_detailed(
        self,
        org: str,
        *,
        body: PlatformPublicMetadataRequest | Unset = UNSET,
    ) -> Response[PlatformPublicMetadata]:
        """See `AsyncCoreApi.core_orgs_metadata_update_detailed`."""
        from .core_orgs_metadata_update import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def core_orgs_metadata_partial_update(
        self,
        org: str,
        *,
        body: PatchedPlatformPublicMetadataRequest | Unset = UNSET,
    ) -> PlatformPublicMetadata:
        """See `AsyncCoreApi.core_orgs_metadata_partial_update`."""
        from .core_orgs_metadata_partial_update import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def core_orgs_metadata_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedPlatformPublicMetadataRequest | Unset = UNSET,
    ) -> Response[PlatformPublicMetadata]:
        """See `AsyncCoreApi.core_orgs_metadata_partial_update_detailed`."""
        from .core_orgs_metadata_partial_update import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def core_orgs_redirect_tokens_create(
        self,
        org: str,
        *,
        body: RedirectTokenRequest,
    ) -> RedirectTokenResponse:
        """See `AsyncCoreApi.core_orgs_redirect_tokens_create`."""
        from .core_orgs_redirect_tokens_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def core_orgs_redirect_tokens_create_detailed(
        self,
        org: str,
        *,
        body: RedirectTokenRequest,
    ) -> Response[RedirectTokenResponse]:
        """See `AsyncCoreApi.core_orgs_redirect_tokens_create_detailed`."""
        from .core_orgs_redirect_tokens_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def core_orgs_redirect_tokens_retrieve(
        self,
        org: str,
        redirect_token: str,
    ) -> RedirectTokenResponse:
        """See `AsyncCoreApi.core_orgs_redirect_tokens_retrieve`."""
        from .core_orgs_redirect_tokens_retrieve import sync

        return sync(
            org,
            redirect_token,
            client=self._client,
        )

    def core_orgs_redirect_tokens_retrieve_detailed(
        self,
        org: str,
        redirect_token: str,
    ) -> Response[RedirectTokenResponse]:
        """See `AsyncCoreApi.core_orgs_redirect_tokens_retrieve_detailed`."""
        from .core_orgs_redirect_tokens_retrieve import sync_detailed

        return sync_detailed(
            org,
            redirect_token,
            client=self._client,
        )

    def core_orgs_redirect_tokens_delete_destroy(
        self,
        org: str,
        redirect_token: str,
    ) -> Any:
        """See `AsyncCoreApi.core_orgs_redirect_tokens_delete_destroy`."""
        from .core_orgs_redirect_tokens_delete_destroy import sync

        return sync(
            org,
            redirect_token,
            client=self._client,
        )

    def core_orgs_redirect_tokens_delete_destroy_detailed(
        self,
        org: str,
        redirect_token: str,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_orgs_redirect_tokens_delete_destroy_detailed`."""
        from .core_orgs_redirect_tokens_delete_destroy import sync_detailed

        return sync_detailed(
            org,
            redirect_token,
            client=self._client,
        )

    def core_orgs_thumbnail_retrieve(
        self,
        org: str,
    ) -> CoreOrgsThumbnailRetrieveResponse200:
        """See `AsyncCoreApi.core_orgs_thumbnail_retrieve`."""
        from .core_orgs_thumbnail_retrieve import sync

        return sync(
            org,
            client=self._client,
        )

    def core_orgs_thumbnail_retrieve_detailed(
        self,
        org: str,
    ) -> Response[CoreOrgsThumbnailRetrieveResponse200]:
        """See `AsyncCoreApi.core_orgs_thumbnail_retrieve_detailed`."""
        from .core_orgs_thumbnail_retrieve import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def core_orgs_thumbnail_create_create(
        self,
        org: str,
        *,
        body: ImageUpload,
    ) -> ImageUpload:
        """See `AsyncCoreApi.core_orgs_thumbnail_create_create`."""
        from .core_orgs_thumbnail_create_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def core_orgs_thumbnail_create_create_detailed(
        self,
        org: str,
        *,
        body: ImageUpload,
    ) -> Response[ImageUpload]:
        """See `AsyncCoreApi.core_orgs_thumbnail_create_create_detailed`."""
        from .core_orgs_thumbnail_create_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def core_platform_retrieve(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
    ) -> PlatformList:
        """See `AsyncCoreApi.core_platform_retrieve`."""
        from .core_platform_retrieve import sync

        return sync(
            key=key,
            user_id=user_id,
            client=self._client,
        )

    def core_platform_retrieve_detailed(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
    ) -> Response[PlatformList]:
        """See `AsyncCoreApi.core_platform_retrieve_detailed`."""
        from .core_platform_retrieve import sync_detailed

        return sync_detailed(
            key=key,
            user_id=user_id,
            client=self._client,
        )

    def core_platform_create(
        self,
        *,
        body: PlatformUpdatePostRequest,
    ) -> PlatformList:
        """See `AsyncCoreApi.core_platform_create`."""
        from .core_platform_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def core_platform_create_detailed(
        self,
        *,
        body: PlatformUpdatePostRequest,
    ) -> Response[PlatformList]:
        """See `AsyncCoreApi.core_platform_create_detailed`."""
        from .core_platform_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def core_platform_api_tokens_list(
        self,
        *,
        platform_key: str,
    ) -> list[PlatformApiKey]:
        """See `AsyncCoreApi.core_platform_api_tokens_list`."""
        from .core_platform_api_tokens_list import sync

        return sync(
            platform_key=platform_key,
            client=self._client,
        )

    def core_platform_api_tokens_list_detailed(
        self,
        *,
        platform_key: str,
    ) -> Response[list[PlatformApiKey]]:
        """See `AsyncCoreApi.core_platform_api_tokens_list_detailed`."""
        from .core_platform_api_tokens_list import sync_detailed

        return sync_detailed(
            platform_key=platform_key,
            client=self._client,
        )

    def core_platform_api_tokens_create(
        self,
        *,
        body: PlatformApiKeyRequest,
    ) -> PlatformApiKey:
        """See `AsyncCoreApi.core_platform_api_tokens_create`."""
        from .core_platform_api_tokens_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def core_platform_api_tokens_create_detailed(
        self,
        *,
        body: PlatformApiKeyRequest,
    ) -> Response[PlatformApiKey]:
        """See `AsyncCoreApi.core_platform_api_tokens_create_detailed`."""
        from .core_platform_api_tokens_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def core_platform_api_tokens_destroy(
        self,
        name: str,
        *,
        platform_key: str,
    ) -> Any:
        """See `AsyncCoreApi.core_platform_api_tokens_destroy`."""
        from .core_platform_api_tokens_destroy import sync

        return sync(
            name,
            platform_key=platform_key,
            client=self._client,
        )

    def core_platform_api_tokens_destroy_detailed(
        self,
        name: str,
        *,
        platform_key: str,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_platform_api_tokens_destroy_detailed`."""
        from .core_platform_api_tokens_destroy import sync_detailed

        return sync_detailed(
            name,
            platform_key=platform_key,
            client=self._client,
        )

    def core_platform_config_site_retrieve(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
    ) -> CorePlatformConfigSiteRetrieveResponse200:
        """See `AsyncCoreApi.core_platform_config_site_retrieve`."""
        from .core_platform_config_site_retrieve import sync

        return sync(
            key=key,
            user_id=user_id,
            client=self._client,
        )

    def core_platform_config_site_retrieve_detailed(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
    ) -> Response[CorePlatformConfigSiteRetrieveResponse200]:
        """See `AsyncCoreApi.core_platform_config_site_retrieve_detailed`."""
        from .core_platform_config_site_retrieve import sync_detailed

        return sync_detailed(
            key=key,
            user_id=user_id,
            client=self._client,
        )

    def core_platform_config_site_create(
        self,
        *,
        body: CorePlatformConfigSiteCreateBody | Unset = UNSET,
    ) -> CorePlatformConfigSiteCreateResponse200:
        """See `AsyncCoreApi.core_platform_config_site_create`."""
        from .core_platform_config_site_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def core_platform_config_site_create_detailed(
        self,
        *,
        body: CorePlatformConfigSiteCreateBody | Unset = UNSET,
    ) -> Response[CorePlatformConfigSiteCreateResponse200]:
        """See `AsyncCoreApi.core_platform_config_site_create_detailed`."""
        from .core_platform_config_site_create import sync_detailed

        return sync_detailed(
            body=body,
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
        sort: str | Unset = UNSET,
    ) -> UserPlatformManagementListViewGetResponse:
        """See `AsyncCoreApi.core_platform_users_retrieve`."""
        from .core_platform_users_retrieve import sync

        return sync(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
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
        sort: str | Unset = UNSET,
    ) -> Response[UserPlatformManagementListViewGetResponse]:
        """See `AsyncCoreApi.core_platform_users_retrieve_detailed`."""
        from .core_platform_users_retrieve import sync_detailed

        return sync_detailed(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
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
        sort: str | Unset = UNSET,
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
            sort=sort,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def core_rbac_groups_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
    ) -> PaginatedRbacGroupList:
        """See `AsyncCoreApi.core_rbac_groups_list`."""
        from .core_rbac_groups_list import sync

        return sync(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            client=self._client,
        )

    def core_rbac_groups_list_detailed(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
    ) -> Response[PaginatedRbacGroupList]:
        """See `AsyncCoreApi.core_rbac_groups_list_detailed`."""
        from .core_rbac_groups_list import sync_detailed

        return sync_detailed(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            client=self._client,
        )

    def core_rbac_groups_list_iter(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[RbacGroup]:
        """See `AsyncCoreApi.core_rbac_groups_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .core_rbac_groups_list import sync

        return paginate(
            sync,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def core_rbac_groups_create(
        self,
        *,
        body: RbacGroupRequest,
    ) -> RbacGroup:
        """See `AsyncCoreApi.core_rbac_groups_create`."""
        from .core_rbac_groups_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def core_rbac_groups_create_detailed(
        self,
        *,
        body: RbacGroupRequest,
    ) -> Response[RbacGroup]:
        """See `AsyncCoreApi.core_rbac_groups_create_detailed`."""
        from .core_rbac_groups_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def core_rbac_groups_retrieve(
        self,
        id: int,
    ) -> RbacGroup:
        """See `AsyncCoreApi.core_rbac_groups_retrieve`."""
        from .core_rbac_groups_retrieve import sync

        return sync(
            id,
            client=self._client,
        )

    def core_rbac_groups_retrieve_detailed(
        self,
        id: int,
    ) -> Response[RbacGroup]:
        """See `AsyncCoreApi.core_rbac_groups_retrieve_detailed`."""
        from .core_rbac_groups_retrieve import sync_detailed

        return sync_detailed(
            id,
            client=self._client,
        )

    def core_rbac_groups_update(
        self,
        id: int,
        *,
        body: RbacGroupRequest,
    ) -> RbacGroup:
        """See `AsyncCoreApi.core_rbac_groups_update`."""
        from .core_rbac_groups_update import sync

        return sync(
            id,
            body=body,
            client=self._client,
        )

    def core_rbac_groups_update_detailed(
        self,
        id: int,
        *,
        body: RbacGroupRequest,
    ) -> Response[RbacGroup]:
        """See `AsyncCoreApi.core_rbac_groups_update_detailed`."""
        from .core_rbac_groups_update import sync_detailed

        return sync_detailed(
            id,
            body=body,
            client=self._client,
        )

    def core_rbac_groups_destroy(
        self,
        id: int,
        *,
        platform_key: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncCoreApi.core_rbac_groups_destroy`."""
        from .core_rbac_groups_destroy import sync

        return sync(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    def core_rbac_groups_destroy_detailed(
        self,
        id: int,
        *,
        platform_key: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_rbac_groups_destroy_detailed`."""
        from .core_rbac_groups_destroy import sync_detailed

        return sync_detailed(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    def core_rbac_groups_partial_update(
        self,
        id: int,
        *,
        body: PatchedRbacGroupRequest | Unset = UNSET,
    ) -> RbacGroup:
        """See `AsyncCoreApi.core_rbac_groups_partial_update`."""
        from .core_rbac_groups_partial_update import sync

        return sync(
            id,
            body=body,
            client=self._client,
        )

    def core_rbac_groups_partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedRbacGroupRequest | Unset = UNSET,
    ) -> Response[RbacGroup]:
        """See `AsyncCoreApi.core_rbac_groups_partial_update_detailed`."""
        from .core_rbac_groups_partial_update import sync_detailed

        return sync_detailed(
            id,
            body=body,
            client=self._client,
        )

    def core_rbac_policies_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
    ) -> PaginatedRbacPolicyList:
        """See `AsyncCoreApi.core_rbac_policies_list`."""
        from .core_rbac_policies_list import sync

        return sync(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            role_id=role_id,
            client=self._client,
        )

    def core_rbac_policies_list_detailed(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
    ) -> Response[PaginatedRbacPolicyList]:
        """See `AsyncCoreApi.core_rbac_policies_list_detailed`."""
        from .core_rbac_policies_list import sync_detailed

        return sync_detailed(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            role_id=role_id,
            client=self._client,
        )

    def core_rbac_policies_list_iter(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[RbacPolicy]:
        """See `AsyncCoreApi.core_rbac_policies_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .core_rbac_policies_list import sync

        return paginate(
            sync,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            role_id=role_id,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def core_rbac_policies_create(
        self,
        *,
        body: RbacPolicyRequest,
    ) -> RbacPolicy:
        """See `AsyncCoreApi.core_rbac_policies_create`."""
        from .core_rbac_policies_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def core_rbac_policies_create_detailed(
        self,
        *,
        body: RbacPolicyRequest,
    ) -> Response[RbacPolicy]:
        """See `AsyncCoreApi.core_rbac_policies_create_detailed`."""
        from .core_rbac_policies_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def core_rbac_policies_retrieve(
        self,
        id: int,
    ) -> RbacPolicy:
        """See `AsyncCoreApi.core_rbac_policies_retrieve`."""
        from .core_rbac_policies_retrieve import sync

        return sync(
            id,
            client=self._client,
        )

    def core_rbac_policies_retrieve_detailed(
        self,
        id: int,
    ) -> Response[RbacPolicy]:
        """See `AsyncCoreApi.core_rbac_policies_retrieve_detailed`."""
        from .core_rbac_policies_retrieve import sync_detailed

        return sync_detailed(
            id,
            client=self._client,
        )

    def core_rbac_policies_update(
        self,
        id: int,
        *,
        body: RbacPolicyRequest,
    ) -> RbacPolicy:
        """See `AsyncCoreApi.core_rbac_policies_update`."""
        from .core_rbac_policies_update import sync

        return sync(
            id,
            body=body,
            client=self._client,
        )

    def core_rbac_policies_update_detailed(
        self,
        id: int,
        *,
        body: RbacPolicyRequest,
    ) -> Response[RbacPolicy]:
        """See `AsyncCoreApi.core_rbac_policies_update_detailed`."""
        from .core_rbac_policies_update import sync_detailed

        return sync_detailed(
            id,
            body=body,
            client=self._client,
        )

    def core_rbac_policies_destroy(
        self,
        id: int,
        *,
        platform_key: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncCoreApi.core_rbac_policies_destroy`."""
        from .core_rbac_policies_destroy import sync

        return sync(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    def core_rbac_policies_destroy_detailed(
        self,
        id: int,
        *,
        platform_key: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_rbac_policies_destroy_detailed`."""
        from .core_rbac_policies_destroy import sync_detailed

        return sync_detailed(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    def core_rbac_policies_partial_update(
        self,
        id: int,
        *,
        body: PatchedRbacPolicyRequest | Unset = UNSET,
    ) -> RbacPolicy:
        """See `AsyncCoreApi.core_rbac_policies_partial_update`."""
        from .core_rbac_policies_partial_update import sync

        return sync(
            id,
            body=body,
            client=self._client,
        )

    def core_rbac_policies_partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedRbacPolicyRequest | Unset = UNSET,
    ) -> Response[RbacPolicy]:
        """See `AsyncCoreApi.core_rbac_policies_partial_update_detailed`."""
        from .core_rbac_policies_partial_update import sync_detailed

        return sync_detailed(
            id,
            body=body,
            client=self._client,
        )

    def core_rbac_roles_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
    ) -> PaginatedRbacRoleList:
        """See `AsyncCoreApi.core_rbac_roles_list`."""
        from .core_rbac_roles_list import sync

        return sync(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            client=self._client,
        )

    def core_rbac_roles_list_detailed(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
    ) -> Response[PaginatedRbacRoleList]:
        """See `AsyncCoreApi.core_rbac_roles_list_detailed`."""
        from .core_rbac_roles_list import sync_detailed

        return sync_detailed(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            client=self._client,
        )

    def core_rbac_roles_list_iter(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[RbacRole]:
        """See `AsyncCoreApi.core_rbac_roles_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .core_rbac_roles_list import sync

        return paginate(
            sync,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def core_rbac_roles_create(
        self,
        *,
        body: RbacRoleRequest,
    ) -> RbacRole:
        """See `AsyncCoreApi.core_rbac_roles_create`."""
        from .core_rbac_roles_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def core_rbac_roles_create_detailed(
        self,
        *,
        body: RbacRoleRequest,
    ) -> Response[RbacRole]:
        """See `AsyncCoreApi.core_rbac_roles_create_detailed`."""
        from .core_rbac_roles_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def core_rbac_roles_retrieve(
        self,
        id: int,
    ) -> RbacRole:
        """See `AsyncCoreApi.core_rbac_roles_retrieve`."""
        from .core_rbac_roles_retrieve import sync

        return sync(
            id,
            client=self._client,
        )

    def core_rbac_roles_retrieve_detailed(
        self,
        id: int,
    ) -> Response[RbacRole]:
        """See `AsyncCoreApi.core_rbac_roles_retrieve_detailed`."""
        from .core_rbac_roles_retrieve import sync_detailed

        return sync_detailed(
            id,
            client=self._client,
        )

    def core_rbac_roles_update(
        self,
        id: int,
        *,
        body: RbacRoleRequest,
    ) -> RbacRole:
        """See `AsyncCoreApi.core_rbac_roles_update`."""
        from .core_rbac_roles_update import sync

        return sync(
            id,
            body=body,
            client=self._client,
        )

    def core_rbac_roles_update_detailed(
        self,
        id: int,
        *,
        body: RbacRoleRequest,
    ) -> Response[RbacRole]:
        """See `AsyncCoreApi.core_rbac_roles_update_detailed`."""
        from .core_rbac_roles_update import sync_detailed

        return sync_detailed(
            id,
            body=body,
            client=self._client,
        )

    def core_rbac_roles_destroy(
        self,
        id: int,
        *,
        platform_key: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncCoreApi.core_rbac_roles_destroy`."""
        from .core_rbac_roles_destroy import sync

        return sync(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    def core_rbac_roles_destroy_detailed(
        self,
        id: int,
        *,
        platform_key: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_rbac_roles_destroy_detailed`."""
        from .core_rbac_roles_destroy import sync_detailed

        return sync_detailed(
            id,
            platform_key=platform_key,
            client=self._client,
        )

    def core_rbac_roles_partial_update(
        self,
        id: int,
        *,
        body: PatchedRbacRoleRequest | Unset = UNSET,
    ) -> RbacRole:
        """See `AsyncCoreApi.core_rbac_roles_partial_update`."""
        from .core_rbac_roles_partial_update import sync

        return sync(
            id,
            body=body,
            client=self._client,
        )

    def core_rbac_roles_partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedRbacRoleRequest | Unset = UNSET,
    ) -> Response[RbacRole]:
        """See `AsyncCoreApi.core_rbac_roles_partial_update_detailed`."""
        from .core_rbac_roles_partial_update import sync_detailed

        return sync_detailed(
            id,
            body=body,
            client=self._client,
        )

    def core_session_logout_create(
        self,
    ) -> Any:
        """See `AsyncCoreApi.core_session_logout_create`."""
        from .core_session_logout_create import sync

        return sync(
            client=self._client,
        )

    def core_session_logout_create_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_session_logout_create_detailed`."""
        from .core_session_logout_create import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_signals_edx_create(
        self,
        *,
        body: EdxSignalReceiverRequest,
    ) -> Any:
        """See `AsyncCoreApi.core_signals_edx_create`."""
        from .core_signals_edx_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def core_signals_edx_create_detailed(
        self,
        *,
        body: EdxSignalReceiverRequest,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_signals_edx_create_detailed`."""
        from .core_signals_edx_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def core_token_proxy_create(
        self,
    ) -> Any:
        """See `AsyncCoreApi.core_token_proxy_create`."""
        from .core_token_proxy_create import sync

        return sync(
            client=self._client,
        )

    def core_token_proxy_create_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_token_proxy_create_detailed`."""
        from .core_token_proxy_create import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_token_verify_retrieve(
        self,
    ) -> Any:
        """See `AsyncCoreApi.core_token_verify_retrieve`."""
        from .core_token_verify_retrieve import sync

        return sync(
            client=self._client,
        )

    def core_token_verify_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_token_verify_retrieve_detailed`."""
        from .core_token_verify_retrieve import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_user_groups_retrieve(
        self,
    ) -> Any:
        """See `AsyncCoreApi.core_user_groups_retrieve`."""
        from .core_user_groups_retrieve import sync

        return sync(
            client=self._client,
        )

    def core_user_groups_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_user_groups_retrieve_detailed`."""
        from .core_user_groups_retrieve import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_user_groups_create(
        self,
    ) -> Any:
        """See `AsyncCoreApi.core_user_groups_create`."""
        from .core_user_groups_create import sync

        return sync(
            client=self._client,
        )

    def core_user_groups_create_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_user_groups_create_detailed`."""
        from .core_user_groups_create import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_user_groups_destroy(
        self,
    ) -> Any:
        """See `AsyncCoreApi.core_user_groups_destroy`."""
        from .core_user_groups_destroy import sync

        return sync(
            client=self._client,
        )

    def core_user_groups_destroy_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_user_groups_destroy_detailed`."""
        from .core_user_groups_destroy import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_user_groups_link_retrieve(
        self,
    ) -> Any:
        """See `AsyncCoreApi.core_user_groups_link_retrieve`."""
        from .core_user_groups_link_retrieve import sync

        return sync(
            client=self._client,
        )

    def core_user_groups_link_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_user_groups_link_retrieve_detailed`."""
        from .core_user_groups_link_retrieve import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_user_groups_link_create(
        self,
    ) -> Any:
        """See `AsyncCoreApi.core_user_groups_link_create`."""
        from .core_user_groups_link_create import sync

        return sync(
            client=self._client,
        )

    def core_user_groups_link_create_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_user_groups_link_create_detailed`."""
        from .core_user_groups_link_create import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_user_groups_link_destroy(
        self,
    ) -> Any:
        """See `AsyncCoreApi.core_user_groups_link_destroy`."""
        from .core_user_groups_link_destroy import sync

        return sync(
            client=self._client,
        )

    def core_user_groups_link_destroy_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_user_groups_link_destroy_detailed`."""
        from .core_user_groups_link_destroy import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_user_groups_link_bulk_create(
        self,
    ) -> Any:
        """See `AsyncCoreApi.core_user_groups_link_bulk_create`."""
        from .core_user_groups_link_bulk_create import sync

        return sync(
            client=self._client,
        )

    def core_user_groups_link_bulk_create_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_user_groups_link_bulk_create_detailed`."""
        from .core_user_groups_link_bulk_create import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def core_users_delete_create(
        self,
        *,
        body: UserDeleteAPIRequest | Unset = UNSET,
    ) -> UserDeleteAPIResponse:
        """See `AsyncCoreApi.core_users_delete_create`."""
        from .core_users_delete_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def core_users_delete_create_detailed(
        self,
        *,
        body: UserDeleteAPIRequest | Unset = UNSET,
    ) -> Response[UserDeleteAPIResponse]:
        """See `AsyncCoreApi.core_users_delete_create_detailed`."""
        from .core_users_delete_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def core_users_metadata_proxy_retrieve(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncCoreApi.core_users_metadata_proxy_retrieve`."""
        from .core_users_metadata_proxy_retrieve import sync

        return sync(
            email=email,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def core_users_metadata_proxy_retrieve_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_users_metadata_proxy_retrieve_detailed`."""
        from .core_users_metadata_proxy_retrieve import sync_detailed

        return sync_detailed(
            email=email,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def core_users_platforms_list(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> list[UserPlatformLink]:
        """See `AsyncCoreApi.core_users_platforms_list`."""
        from .core_users_platforms_list import sync

        return sync(
            email=email,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def core_users_platforms_list_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[list[UserPlatformLink]]:
        """See `AsyncCoreApi.core_users_platforms_list_detailed`."""
        from .core_users_platforms_list import sync_detailed

        return sync_detailed(
            email=email,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def core_users_platforms_create(
        self,
        *,
        body: UserPlatformViewPostRequest,
    ) -> Any:
        """See `AsyncCoreApi.core_users_platforms_create`."""
        from .core_users_platforms_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def core_users_platforms_create_detailed(
        self,
        *,
        body: UserPlatformViewPostRequest,
    ) -> Response[Any]:
        """See `AsyncCoreApi.core_users_platforms_create_detailed`."""
        from .core_users_platforms_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def core_users_proxy_retrieve(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> UserProxyGetResponse:
        """See `AsyncCoreApi.core_users_proxy_retrieve`."""
        from .core_users_proxy_retrieve import sync

        return sync(
            email=email,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def core_users_proxy_retrieve_detailed(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[UserProxyGetResponse]:
        """See `AsyncCoreApi.core_users_proxy_retrieve_detailed`."""
        from .core_users_proxy_retrieve import sync_detailed

        return sync_detailed(
            email=email,
            user_id=user_id,
            username=username,
            client=self._client,
        )

    def core_users_proxy_create(
        self,
        *,
        body: UserProxyPostRequest,
    ) -> UserProxyPostResponse:
        """See `AsyncCoreApi.core_users_proxy_create`."""
        from .core_users_proxy_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def core_users_proxy_create_detailed(
        self,
        *,
        body: UserProxyPostRequest,
    ) -> Response[UserProxyPostResponse]:
        """See `AsyncCoreApi.core_users_proxy_create_detailed`."""
        from .core_users_proxy_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def core_users_proxy_bulk_create(
        self,
        *,
        body: UserProxyBulkRequest,
    ) -> list[CoreUsersProxyBulkCreateResponse200Item]:
        """See `AsyncCoreApi.core_users_proxy_bulk_create`."""
        from .core_users_proxy_bulk_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def core_users_proxy_bulk_create_detailed(
        self,
        *,
        body: UserProxyBulkRequest,
    ) -> Response[list[CoreUsersProxyBulkCreateResponse200Item]]:
        """See `AsyncCoreApi.core_users_proxy_bulk_create_detailed`."""
        from .core_users_proxy_bulk_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def core_users_search_retrieve(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> UserSearchViewGetResponse:
        """See `AsyncCoreApi.core_users_search_retrieve`."""
        from .core_users_search_retrieve import sync

        return sync(
            page=page,
            page_size=page_size,
            query=query,
            sort=sort,
            client=self._client,
        )

    def core_users_search_retrieve_detailed(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[UserSearchViewGetResponse]:
        """See `AsyncCoreApi.core_users_search_retrieve_detailed`."""
        from .core_users_search_retrieve import sync_detailed

        return sync_detailed(
            page=page,
            page_size=page_size,
            query=query,
            sort=sort,
            client=self._client,
        )

    def core_users_search_retrieve_iter(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
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
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def roles_platform_orgs_roles_users_desired_roles_retrieve(
        self,
        org: str,
        username: str,
    ) -> DesiredRole:
        """See `AsyncCoreApi.roles_platform_orgs_roles_users_desired_roles_retrieve`."""
        from .roles_platform_orgs_roles_users_desired_roles_retrieve import sync

        return sync(
            org,
            username,
            client=self._client,
        )

    def roles_platform_orgs_roles_users_desired_roles_retrieve_detailed(
        self,
        org: str,
        username: str,
    ) -> Response[DesiredRole]:
        """See `AsyncCoreApi.roles_platform_orgs_roles_users_desired_roles_retrieve_detailed`."""
        from .roles_platform_orgs_roles_users_desired_roles_retrieve import sync_detailed

        return sync_detailed(
            org,
            username,
            client=self._client,
        )

    def roles_platform_orgs_roles_users_reported_roles_retrieve(
        self,
        org: str,
        username: str,
    ) -> ReportedRole:
        """See `AsyncCoreApi.roles_platform_orgs_roles_users_reported_roles_retrieve`."""
        from .roles_platform_orgs_roles_users_reported_roles_retrieve import sync

        return sync(
            org,
            username,
            client=self._client,
        )

    def roles_platform_orgs_roles_users_reported_roles_retrieve_detailed(
        self,
        org: str,
        username: str,
    ) -> Response[ReportedRole]:
        """See `AsyncCoreApi.roles_platform_orgs_roles_users_reported_roles_retrieve_detailed`."""
        from .roles_platform_orgs_roles_users_reported_roles_retrieve import sync_detailed

        return sync_detailed(
            org,
            username,
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
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )
