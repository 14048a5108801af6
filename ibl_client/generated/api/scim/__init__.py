"""Operations tagged ``scim`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncScimApi` / `ScimApi`, reached as
``client.scim``. A method imports its operation module on first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._response import Response
    from ...models.patched_scim_group import PatchedSCIMGroup
    from ...models.patched_scim_user_response import PatchedSCIMUserResponse
    from ...models.scim_group import SCIMGroup
    from ...models.scim_group_list_response import SCIMGroupListResponse
    from ...models.scim_user_create_request import SCIMUserCreateRequest
    from ...models.scim_user_list_response import SCIMUserListResponse
    from ...models.scim_user_response import SCIMUserResponse
    from ...types import UNSET, Unset


class AsyncScimApi:
    """The ``scim`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list_groups(
        self,
        platform_key: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[SCIMGroupListResponse]:
        """List existing RBAC groups

        List all existing RBAC groups for the specified platform. Only returns groups that have been
        pre-created in the RBAC system.

        ``GET /api/orgs/{platform_key}/scim/v2/Groups`` (operation ``list_groups``)

        Args:
            platform_key (str):
            format_ (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[SCIMGroupListResponse]
        """

        from .list_groups import asyncio

        return await asyncio(
            platform_key,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def list_groups_detailed(
        self,
        platform_key: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[SCIMGroupListResponse]]:
        """Like `list_groups`, returning the whole `Response` and raising no status error."""
        from .list_groups import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def manage_group(
        self,
        platform_key: str,
        *,
        body: SCIMGroup | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMGroup:
        """Manage existing user group

        Add/remove users from an existing RBAC group for the specified platform. Does not create new
        groups.

        ``POST /api/orgs/{platform_key}/scim/v2/Groups`` (operation ``manage_group``)

        Args:
            platform_key (str):
            format_ (str | Unset):
            body (SCIMGroup): SCIM group serializer for RBAC group management

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SCIMGroup
        """

        from .manage_group import asyncio

        return await asyncio(
            platform_key,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def manage_group_detailed(
        self,
        platform_key: str,
        *,
        body: SCIMGroup | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMGroup]:
        """Like `manage_group`, returning the whole `Response` and raising no status error."""
        from .manage_group import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def retrieve_group(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMGroup:
        """Get details of a specific RBAC group

        Get details of a specific existing RBAC group by unique ID for the specified platform

        ``GET /api/orgs/{platform_key}/scim/v2/Groups/{id}`` (operation ``retrieve_group``)

        Args:
            platform_key (str):
            id (str):
            format_ (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SCIMGroup
        """

        from .retrieve_group import asyncio

        return await asyncio(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def retrieve_group_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMGroup]:
        """Like `retrieve_group`, returning the whole `Response` and raising no status error."""
        from .retrieve_group import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def update_group(
        self,
        platform_key: str,
        id: str,
        *,
        body: SCIMGroup | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMGroup:
        """Update an existing RBAC group

        Update an existing RBAC group's name, description, and members for the specified platform

        ``PUT /api/orgs/{platform_key}/scim/v2/Groups/{id}`` (operation ``update_group``)

        Args:
            platform_key (str):
            id (str):
            format_ (str | Unset):
            body (SCIMGroup): SCIM group serializer for RBAC group management

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SCIMGroup
        """

        from .update_group import asyncio

        return await asyncio(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def update_group_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        body: SCIMGroup | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMGroup]:
        """Like `update_group`, returning the whole `Response` and raising no status error."""
        from .update_group import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def delete_group(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete an existing RBAC group

        Delete an existing RBAC group from the system

        ``DELETE /api/orgs/{platform_key}/scim/v2/Groups/{id}`` (operation ``delete_group``)

        Args:
            platform_key (str):
            id (str):
            format_ (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .delete_group import asyncio

        return await asyncio(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def delete_group_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `delete_group`, returning the whole `Response` and raising no status error."""
        from .delete_group import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def partial_update_group(
        self,
        platform_key: str,
        id: str,
        *,
        body: PatchedSCIMGroup | Mapping[str, Any] | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMGroup:
        """Partially update an existing RBAC group

        Partially update an existing RBAC group's name, description, and members for the specified
        platform using PATCH method

        ``PATCH /api/orgs/{platform_key}/scim/v2/Groups/{id}`` (operation ``partial_update_group``)

        Args:
            platform_key (str):
            id (str):
            format_ (str | Unset):
            body (PatchedSCIMGroup | Unset): SCIM group serializer for RBAC group management

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SCIMGroup
        """

        from .partial_update_group import asyncio

        return await asyncio(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def partial_update_group_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        body: PatchedSCIMGroup | Mapping[str, Any] | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMGroup]:
        """Like `partial_update_group`, returning the whole `Response` and raising no status error."""
        from .partial_update_group import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def retrieve_group2(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMGroup:
        """Get details of a specific RBAC group

        Get details of a specific existing RBAC group by unique ID for the specified platform

        ``GET /api/orgs/{platform_key}/scim/v2/Groups/{id}/`` (operation ``retrieve_group2``)

        Args:
            platform_key (str):
            id (str):
            format_ (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SCIMGroup
        """

        from .retrieve_group2 import asyncio

        return await asyncio(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def retrieve_group2_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMGroup]:
        """Like `retrieve_group2`, returning the whole `Response` and raising no status error."""
        from .retrieve_group2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def update_group2(
        self,
        platform_key: str,
        id: str,
        *,
        body: SCIMGroup | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMGroup:
        """Update an existing RBAC group

        Update an existing RBAC group's name, description, and members for the specified platform

        ``PUT /api/orgs/{platform_key}/scim/v2/Groups/{id}/`` (operation ``update_group2``)

        Args:
            platform_key (str):
            id (str):
            format_ (str | Unset):
            body (SCIMGroup): SCIM group serializer for RBAC group management

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SCIMGroup
        """

        from .update_group2 import asyncio

        return await asyncio(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def update_group2_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        body: SCIMGroup | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMGroup]:
        """Like `update_group2`, returning the whole `Response` and raising no status error."""
        from .update_group2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def delete_group2(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete an existing RBAC group

        Delete an existing RBAC group from the system

        ``DELETE /api/orgs/{platform_key}/scim/v2/Groups/{id}/`` (operation ``delete_group2``)

        Args:
            platform_key (str):
            id (str):
            format_ (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .delete_group2 import asyncio

        return await asyncio(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def delete_group2_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `delete_group2`, returning the whole `Response` and raising no status error."""
        from .delete_group2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def partial_update_group2(
        self,
        platform_key: str,
        id: str,
        *,
        body: PatchedSCIMGroup | Mapping[str, Any] | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMGroup:
        """Partially update an existing RBAC group

        Partially update an existing RBAC group's name, description, and members for the specified
        platform using PATCH method

        ``PATCH /api/orgs/{platform_key}/scim/v2/Groups/{id}/`` (operation ``partial_update_group2``)

        Args:
            platform_key (str):
            id (str):
            format_ (str | Unset):
            body (PatchedSCIMGroup | Unset): SCIM group serializer for RBAC group management

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SCIMGroup
        """

        from .partial_update_group2 import asyncio

        return await asyncio(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def partial_update_group2_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        body: PatchedSCIMGroup | Mapping[str, Any] | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMGroup]:
        """Like `partial_update_group2`, returning the whole `Response` and raising no status error."""
        from .partial_update_group2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def add_group_members(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMGroup:
        """Add members to an existing RBAC group

        Add members to an existing RBAC group using SCIM patch operations

        ``POST /api/orgs/{platform_key}/scim/v2/Groups/{id}/add_members`` (operation ``add_group_members``)

        Args:
            platform_key (str):
            id (str):
            format_ (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SCIMGroup
        """

        from .add_group_members import asyncio

        return await asyncio(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def add_group_members_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMGroup]:
        """Like `add_group_members`, returning the whole `Response` and raising no status error."""
        from .add_group_members import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def remove_group_members(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMGroup:
        """Remove members from an existing RBAC group

        Remove members from an existing RBAC group using SCIM patch operations

        ``POST /api/orgs/{platform_key}/scim/v2/Groups/{id}/remove_members`` (operation ``remove_group_members``)

        Args:
            platform_key (str):
            id (str):
            format_ (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SCIMGroup
        """

        from .remove_group_members import asyncio

        return await asyncio(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def remove_group_members_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMGroup]:
        """Like `remove_group_members`, returning the whole `Response` and raising no status error."""
        from .remove_group_members import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def list_users(
        self,
        platform_key: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[SCIMUserListResponse]:
        """List users in the system

        List users in the system for the specified platform

        ``GET /api/orgs/{platform_key}/scim/v2/Users`` (operation ``list_users``)

        Args:
            platform_key (str):
            format_ (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[SCIMUserListResponse]
        """

        from .list_users import asyncio

        return await asyncio(
            platform_key,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def list_users_detailed(
        self,
        platform_key: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[SCIMUserListResponse]]:
        """Like `list_users`, returning the whole `Response` and raising no status error."""
        from .list_users import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def create_user(
        self,
        platform_key: str,
        *,
        body: SCIMUserCreateRequest | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMUserResponse:
        """Create a new user in the system

        Create a new user in the system for the specified platform

        ``POST /api/orgs/{platform_key}/scim/v2/Users`` (operation ``create_user``)

        Args:
            platform_key (str):
            format_ (str | Unset):
            body (SCIMUserCreateRequest): SCIM user creation request serializer

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SCIMUserResponse
        """

        from .create_user import asyncio

        return await asyncio(
            platform_key,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def create_user_detailed(
        self,
        platform_key: str,
        *,
        body: SCIMUserCreateRequest | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMUserResponse]:
        """Like `create_user`, returning the whole `Response` and raising no status error."""
        from .create_user import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def retrieve_user(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMUserResponse:
        """Get details of a specific user

        Get details of a specific user by ID for the specified platform

        ``GET /api/orgs/{platform_key}/scim/v2/Users/{id}`` (operation ``retrieve_user``)

        Args:
            platform_key (str):
            id (str):
            format_ (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SCIMUserResponse
        """

        from .retrieve_user import asyncio

        return await asyncio(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def retrieve_user_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMUserResponse]:
        """Like `retrieve_user`, returning the whole `Response` and raising no status error."""
        from .retrieve_user import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def update_user(
        self,
        platform_key: str,
        id: str,
        *,
        body: SCIMUserCreateRequest | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMUserResponse:
        """Update a user

        Update a user for the specified platform

        ``PUT /api/orgs/{platform_key}/scim/v2/Users/{id}`` (operation ``update_user``)

        Args:
            platform_key (str):
            id (str):
            format_ (str | Unset):
            body (SCIMUserCreateRequest): SCIM user creation request serializer

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SCIMUserResponse
        """

        from .update_user import asyncio

        return await asyncio(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def update_user_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        body: SCIMUserCreateRequest | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMUserResponse]:
        """Like `update_user`, returning the whole `Response` and raising no status error."""
        from .update_user import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def delete_user(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete a user (not supported)

        Delete a user for the specified platform (not supported)

        ``DELETE /api/orgs/{platform_key}/scim/v2/Users/{id}`` (operation ``delete_user``)

        Args:
            platform_key (str):
            id (str):
            format_ (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .delete_user import asyncio

        return await asyncio(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def delete_user_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `delete_user`, returning the whole `Response` and raising no status error."""
        from .delete_user import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def partial_update_user(
        self,
        platform_key: str,
        id: str,
        *,
        body: PatchedSCIMUserResponse | Mapping[str, Any] | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMUserResponse:
        """Partially update an existing user

        Partially update an existing user's information using PATCH method

        ``PATCH /api/orgs/{platform_key}/scim/v2/Users/{id}`` (operation ``partial_update_user``)

        Args:
            platform_key (str):
            id (str):
            format_ (str | Unset):
            body (PatchedSCIMUserResponse | Unset): SCIM user response serializer

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SCIMUserResponse
        """

        from .partial_update_user import asyncio

        return await asyncio(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def partial_update_user_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        body: PatchedSCIMUserResponse | Mapping[str, Any] | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMUserResponse]:
        """Like `partial_update_user`, returning the whole `Response` and raising no status error."""
        from .partial_update_user import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def retrieve_user2(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMUserResponse:
        """Get details of a specific user

        Get details of a specific user by ID for the specified platform

        ``GET /api/orgs/{platform_key}/scim/v2/Users/{id}/`` (operation ``retrieve_user2``)

        Args:
            platform_key (str):
            id (str):
            format_ (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SCIMUserResponse
        """

        from .retrieve_user2 import asyncio

        return await asyncio(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def retrieve_user2_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMUserResponse]:
        """Like `retrieve_user2`, returning the whole `Response` and raising no status error."""
        from .retrieve_user2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def update_user2(
        self,
        platform_key: str,
        id: str,
        *,
        body: SCIMUserCreateRequest | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMUserResponse:
        """Update a user

        Update a user for the specified platform

        ``PUT /api/orgs/{platform_key}/scim/v2/Users/{id}/`` (operation ``update_user2``)

        Args:
            platform_key (str):
            id (str):
            format_ (str | Unset):
            body (SCIMUserCreateRequest): SCIM user creation request serializer

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SCIMUserResponse
        """

        from .update_user2 import asyncio

        return await asyncio(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def update_user2_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        body: SCIMUserCreateRequest | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMUserResponse]:
        """Like `update_user2`, returning the whole `Response` and raising no status error."""
        from .update_user2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def delete_user2(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete a user (not supported)

        Delete a user for the specified platform (not supported)

        ``DELETE /api/orgs/{platform_key}/scim/v2/Users/{id}/`` (operation ``delete_user2``)

        Args:
            platform_key (str):
            id (str):
            format_ (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .delete_user2 import asyncio

        return await asyncio(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def delete_user2_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `delete_user2`, returning the whole `Response` and raising no status error."""
        from .delete_user2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def partial_update_user2(
        self,
        platform_key: str,
        id: str,
        *,
        body: PatchedSCIMUserResponse | Mapping[str, Any] | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMUserResponse:
        """Partially update an existing user

        Partially update an existing user's information using PATCH method

        ``PATCH /api/orgs/{platform_key}/scim/v2/Users/{id}/`` (operation ``partial_update_user2``)

        Args:
            platform_key (str):
            id (str):
            format_ (str | Unset):
            body (PatchedSCIMUserResponse | Unset): SCIM user response serializer

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SCIMUserResponse
        """

        from .partial_update_user2 import asyncio

        return await asyncio(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def partial_update_user2_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        body: PatchedSCIMUserResponse | Mapping[str, Any] | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMUserResponse]:
        """Like `partial_update_user2`, returning the whole `Response` and raising no status error."""
        from .partial_update_user2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )


class ScimApi:
    """The ``scim`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_groups(
        self,
        platform_key: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[SCIMGroupListResponse]:
        """See `AsyncScimApi.list_groups`."""
        from .list_groups import sync

        return sync(
            platform_key,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def list_groups_detailed(
        self,
        platform_key: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[SCIMGroupListResponse]]:
        """See `AsyncScimApi.list_groups_detailed`."""
        from .list_groups import sync_detailed

        return sync_detailed(
            platform_key,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def manage_group(
        self,
        platform_key: str,
        *,
        body: SCIMGroup | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMGroup:
        """See `AsyncScimApi.manage_group`."""
        from .manage_group import sync

        return sync(
            platform_key,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def manage_group_detailed(
        self,
        platform_key: str,
        *,
        body: SCIMGroup | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMGroup]:
        """See `AsyncScimApi.manage_group_detailed`."""
        from .manage_group import sync_detailed

        return sync_detailed(
            platform_key,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def retrieve_group(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMGroup:
        """See `AsyncScimApi.retrieve_group`."""
        from .retrieve_group import sync

        return sync(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def retrieve_group_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMGroup]:
        """See `AsyncScimApi.retrieve_group_detailed`."""
        from .retrieve_group import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def update_group(
        self,
        platform_key: str,
        id: str,
        *,
        body: SCIMGroup | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMGroup:
        """See `AsyncScimApi.update_group`."""
        from .update_group import sync

        return sync(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def update_group_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        body: SCIMGroup | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMGroup]:
        """See `AsyncScimApi.update_group_detailed`."""
        from .update_group import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def delete_group(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncScimApi.delete_group`."""
        from .delete_group import sync

        return sync(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def delete_group_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncScimApi.delete_group_detailed`."""
        from .delete_group import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def partial_update_group(
        self,
        platform_key: str,
        id: str,
        *,
        body: PatchedSCIMGroup | Mapping[str, Any] | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMGroup:
        """See `AsyncScimApi.partial_update_group`."""
        from .partial_update_group import sync

        return sync(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def partial_update_group_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        body: PatchedSCIMGroup | Mapping[str, Any] | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMGroup]:
        """See `AsyncScimApi.partial_update_group_detailed`."""
        from .partial_update_group import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def retrieve_group2(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMGroup:
        """See `AsyncScimApi.retrieve_group2`."""
        from .retrieve_group2 import sync

        return sync(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def retrieve_group2_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMGroup]:
        """See `AsyncScimApi.retrieve_group2_detailed`."""
        from .retrieve_group2 import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def update_group2(
        self,
        platform_key: str,
        id: str,
        *,
        body: SCIMGroup | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMGroup:
        """See `AsyncScimApi.update_group2`."""
        from .update_group2 import sync

        return sync(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def update_group2_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        body: SCIMGroup | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMGroup]:
        """See `AsyncScimApi.update_group2_detailed`."""
        from .update_group2 import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def delete_group2(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncScimApi.delete_group2`."""
        from .delete_group2 import sync

        return sync(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def delete_group2_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncScimApi.delete_group2_detailed`."""
        from .delete_group2 import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def partial_update_group2(
        self,
        platform_key: str,
        id: str,
        *,
        body: PatchedSCIMGroup | Mapping[str, Any] | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMGroup:
        """See `AsyncScimApi.partial_update_group2`."""
        from .partial_update_group2 import sync

        return sync(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def partial_update_group2_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        body: PatchedSCIMGroup | Mapping[str, Any] | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMGroup]:
        """See `AsyncScimApi.partial_update_group2_detailed`."""
        from .partial_update_group2 import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def add_group_members(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMGroup:
        """See `AsyncScimApi.add_group_members`."""
        from .add_group_members import sync

        return sync(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def add_group_members_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMGroup]:
        """See `AsyncScimApi.add_group_members_detailed`."""
        from .add_group_members import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def remove_group_members(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMGroup:
        """See `AsyncScimApi.remove_group_members`."""
        from .remove_group_members import sync

        return sync(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def remove_group_members_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMGroup]:
        """See `AsyncScimApi.remove_group_members_detailed`."""
        from .remove_group_members import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def list_users(
        self,
        platform_key: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[SCIMUserListResponse]:
        """See `AsyncScimApi.list_users`."""
        from .list_users import sync

        return sync(
            platform_key,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def list_users_detailed(
        self,
        platform_key: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[SCIMUserListResponse]]:
        """See `AsyncScimApi.list_users_detailed`."""
        from .list_users import sync_detailed

        return sync_detailed(
            platform_key,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def create_user(
        self,
        platform_key: str,
        *,
        body: SCIMUserCreateRequest | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMUserResponse:
        """See `AsyncScimApi.create_user`."""
        from .create_user import sync

        return sync(
            platform_key,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def create_user_detailed(
        self,
        platform_key: str,
        *,
        body: SCIMUserCreateRequest | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMUserResponse]:
        """See `AsyncScimApi.create_user_detailed`."""
        from .create_user import sync_detailed

        return sync_detailed(
            platform_key,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def retrieve_user(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMUserResponse:
        """See `AsyncScimApi.retrieve_user`."""
        from .retrieve_user import sync

        return sync(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def retrieve_user_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMUserResponse]:
        """See `AsyncScimApi.retrieve_user_detailed`."""
        from .retrieve_user import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def update_user(
        self,
        platform_key: str,
        id: str,
        *,
        body: SCIMUserCreateRequest | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMUserResponse:
        """See `AsyncScimApi.update_user`."""
        from .update_user import sync

        return sync(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def update_user_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        body: SCIMUserCreateRequest | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMUserResponse]:
        """See `AsyncScimApi.update_user_detailed`."""
        from .update_user import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def delete_user(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncScimApi.delete_user`."""
        from .delete_user import sync

        return sync(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def delete_user_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncScimApi.delete_user_detailed`."""
        from .delete_user import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def partial_update_user(
        self,
        platform_key: str,
        id: str,
        *,
        body: PatchedSCIMUserResponse | Mapping[str, Any] | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMUserResponse:
        """See `AsyncScimApi.partial_update_user`."""
        from .partial_update_user import sync

        return sync(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def partial_update_user_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        body: PatchedSCIMUserResponse | Mapping[str, Any] | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMUserResponse]:
        """See `AsyncScimApi.partial_update_user_detailed`."""
        from .partial_update_user import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def retrieve_user2(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMUserResponse:
        """See `AsyncScimApi.retrieve_user2`."""
        from .retrieve_user2 import sync

        return sync(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def retrieve_user2_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMUserResponse]:
        """See `AsyncScimApi.retrieve_user2_detailed`."""
        from .retrieve_user2 import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def update_user2(
        self,
        platform_key: str,
        id: str,
        *,
        body: SCIMUserCreateRequest | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMUserResponse:
        """See `AsyncScimApi.update_user2`."""
        from .update_user2 import sync

        return sync(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def update_user2_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        body: SCIMUserCreateRequest | Mapping[str, Any],
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMUserResponse]:
        """See `AsyncScimApi.update_user2_detailed`."""
        from .update_user2 import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def delete_user2(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncScimApi.delete_user2`."""
        from .delete_user2 import sync

        return sync(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def delete_user2_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncScimApi.delete_user2_detailed`."""
        from .delete_user2 import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def partial_update_user2(
        self,
        platform_key: str,
        id: str,
        *,
        body: PatchedSCIMUserResponse | Mapping[str, Any] | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SCIMUserResponse:
        """See `AsyncScimApi.partial_update_user2`."""
        from .partial_update_user2 import sync

        return sync(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def partial_update_user2_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        body: PatchedSCIMUserResponse | Mapping[str, Any] | Unset = UNSET,
        format_: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SCIMUserResponse]:
        """See `AsyncScimApi.partial_update_user2_detailed`."""
        from .partial_update_user2 import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            body=body,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
